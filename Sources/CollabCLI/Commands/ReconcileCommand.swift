import CollabGraph
import Foundation

/// `collab reconcile NAMES.csv --register REGISTER -o MATCHES.csv`: organisation names matched
/// to a register's ids, every decision a row a person can read and overturn.
struct ReconcileCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "reconcile",
        abstract: "Match organisation names to a register's ids (auto / review / none), or find duplicates in a register.",
        discussion: """
        NAMES is any CSV with a 'name' (or 'label') column and any of 'short_name',
        'country', 'city', 'postcode', 'street' or 'address' (--columns maps other headers).
        REGISTER is a CSV with 'id', 'name' or 'label' and the same optional columns, or a
        dataset folder (its nodes.csv). The output is every input row, in input order, its
        columns unchanged, then match_id, match_name, score (0-1), decision (auto, review,
        none) and candidates (up to three id:score joined by ';').

        Names are compared after repairing mojibake (UTF-8 read as Latin-1 or Mac Roman),
        escaped and doubled quotes; case, accents, punctuation, word order, legal forms
        (Ltd, GmbH, S.r.l., N.V., AE, SAS, e.V., ... for all of Europe) and abbreviations
        (Univ., Inst., Tech.) aside; words weighted by their rarity in the register. A
        shared street, city or postcode adds evidence; different country codes halve the
        score. Score = name + (1 - name) x 0.75 x address agreement.

        Decisions (thresholds settable): auto when the score is at least 0.90
        (--auto-above), leads the runner-up by 0.05 (--margin), the countries do not
        differ, more than a common name agrees (the address, the short name, or an
        identical distinctive name) and the names do not look like two members of one
        group (each with words the other lacks, none rare); review when the score is at least 0.50
        (--review-above); none otherwise. Nothing is merged: --aliases-out writes an
        alias,id file from the auto rows for --aliases. To review by hand, edit the
        decision column (auto or accept keeps a row, anything else drops it; match_id may
        be corrected) and derive the aliases with --accept.

        --within REGISTER compares every entry of one register with the others: the same
        columns, each row's best other entry; --aliases-out then maps each auto-matched
        duplicate to the first entry of its group. Progress is shown on a terminal.
        """,
        arguments: [ArgumentSpec("names", optional: true, help: "CSV of names to match (not with --within or --accept).")],
        options: [
            OptionSpec("register", value: "file|folder", help: "The register: a CSV with id and name, or a dataset folder."),
            OptionSpec("output", short: "o", value: "file", help: "Write the matches table here (default: standard output)."),
            OptionSpec("columns", value: "field=header,...", help: "Headers of the names file for name, short_name, country, city, postcode, street, address."),
            OptionSpec("register-columns", value: "field=header,...", help: "The same for the register (also id=header)."),
            OptionSpec("auto-above", value: "score", help: "Lowest score of an auto match (default 0.90)."),
            OptionSpec("review-above", value: "score", help: "Lowest score of a review match (default 0.50)."),
            OptionSpec("margin", value: "score", help: "How far an auto match leads the runner-up (default 0.05)."),
            OptionSpec("within", value: "file|folder", help: "Find likely duplicates inside this register instead."),
            OptionSpec("accept", value: "file", help: "Read a reviewed matches table back and write its accepted rows with --aliases-out."),
            OptionSpec("aliases-out", value: "file", help: "Also write an alias,id file (auto rows, or accepted rows with --accept)."),
            OptionSpec("explain", help: "Add name_score and address_score (the best candidate's evidence) after the match columns."),
            GraphInput.threadsOption,
        ],
        examples: [
            "collab reconcile partners.csv --register register.csv -o matches.csv",
            "collab reconcile survey.csv --register Datasets/east-london --columns name=partner,postcode=zip -o matches.csv",
            "collab reconcile partners.csv --register register.csv --auto-above 0.95 --aliases-out aliases.csv -o matches.csv",
            "collab reconcile --accept matches.csv --aliases-out aliases.csv",
            "collab reconcile --within register.csv -o duplicates.csv --aliases-out merges.csv",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let columns = try parseColumns(arguments.value("columns"), option: "columns")
        let registerColumns = try parseColumns(arguments.value("register-columns"), option: "register-columns")
        let names = arguments.positional(0)
        if let reviewed = arguments.value("accept") {
            guard names == nil, !arguments.has("register"), !arguments.has("within") else {
                throw UsageError("'--accept' reads a reviewed matches table on its own: give no names file, --register or --within")
            }
            guard let aliasPath = arguments.value("aliases-out") else { throw UsageError("'--accept' needs '--aliases-out FILE'") }
            let table = try NameTable(contentsOf: reviewed, columns: columns)
            try writeAliases(NameMatchTable.acceptedAliases(table), to: aliasPath, console: console)
            return 0
        }
        var thresholds = NameReconciler.Thresholds.standard
        thresholds.autoAbove = try score(arguments, "auto-above") ?? thresholds.autoAbove
        thresholds.reviewAbove = try score(arguments, "review-above") ?? thresholds.reviewAbove
        thresholds.margin = try score(arguments, "margin") ?? thresholds.margin
        guard thresholds.reviewAbove <= thresholds.autoAbove else {
            throw UsageError("'--review-above' (\(thresholds.reviewAbove)) must not exceed '--auto-above' (\(thresholds.autoAbove))")
        }
        let threads = try arguments.integer("threads", range: 1 ... 1024)
        let table: NameTable
        let matches: [NameMatch]
        var aliases: [NameMatchTable.Alias] = []
        if let within = arguments.value("within") {
            guard names == nil, !arguments.has("register") else {
                throw UsageError("'--within REGISTER' compares one register with itself: give no names file or --register")
            }
            table = try NameTable(contentsOf: registerFile(within), columns: registerColumns)
            let register = try NameRegister(table: table, columns: registerColumns)
            let reconciler = NameReconciler(register: register, thresholds: thresholds)
            matches = reconciler.duplicates(threads: threads, progress: console.progress("reconcile"))
            for group in reconciler.duplicateGroups(matches) {
                for entry in group.dropFirst() {
                    aliases.append(NameMatchTable.Alias(alias: register.entries[entry].id, id: register.entries[group[0]].id))
                }
            }
        } else {
            guard let names else { throw UsageError("missing argument <names> (or use --within REGISTER, or --accept MATCHES)") }
            guard let registerPath = arguments.value("register") else { throw UsageError("missing '--register FILE|FOLDER'") }
            let register = try NameRegister(contentsOf: registerPath, columns: registerColumns)
            table = try NameTable(contentsOf: names, columns: columns)
            if let clash = NameMatchTable.addedColumns.first(where: { table.column($0) != nil }) {
                throw InputError(file: names, line: 1, column: table.startColumn(header: table.column(clash)!),
                                 "the names file already has a '\(clash)' column (a matches table?): to read back a reviewed table use --accept")
            }
            let reconciler = NameReconciler(register: register, thresholds: thresholds)
            matches = reconciler.matchAll(table.queries, threads: threads, progress: console.progress("reconcile"))
            aliases = NameMatchTable.automaticAliases(table, matches)
        }
        let counts = NameMatch.Decision.allCases.map { decision in matches.filter { $0.decision == decision }.count }
        let text = NameMatchTable.csv(table, matches, explain: arguments.flag("explain"))
        if let aliasPath = arguments.value("aliases-out") {
            // Both files are complete in memory before either is written.
            try console.emit(text, to: arguments.value("output"))
            try writeAliases(aliases, to: aliasPath, console: console)
        } else {
            try console.emit(text, to: arguments.value("output"))
        }
        console.err("\(matches.count) \(arguments.has("within") ? "entries" : "names"): \(counts[0]) auto, \(counts[1]) review, \(counts[2]) none "
                    + "(auto at score ≥ \(NameMatchTable.score(thresholds.autoAbove)) leading by \(NameMatchTable.score(thresholds.margin)), "
                    + "review at ≥ \(NameMatchTable.score(thresholds.reviewAbove)))\n")
        return 0
    }

    private static func parseColumns(_ text: String?, option: String) throws -> NameColumns {
        guard let text else { return NameColumns() }
        do { return try NameColumns.parse(text) } catch { throw UsageError("'--\(option)': \(error.message)") }
    }

    private static func score(_ arguments: ParsedArguments, _ option: String) throws -> Double? {
        guard let value = try arguments.number(option) else { return nil }
        guard (0 ... 1).contains(value) else { throw UsageError("'--\(option)' expects a score between 0 and 1, got '\(arguments.value(option)!)'") }
        return value
    }

    private static func registerFile(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? (path as NSString).appendingPathComponent("nodes.csv") : path
    }

    private static func writeAliases(_ accepted: [NameMatchTable.Alias], to path: String, console: Console) throws {
        let (aliases, conflicts) = NameMatchTable.aliases(accepted)
        for conflict in conflicts {
            console.err("Note: '\(conflict.alias)' was accepted for several ids (\(conflict.ids.joined(separator: ", "))); left out of \(path)\n")
        }
        try AtomicFile.write(NameMatchTable.aliasCSV(aliases), to: path)
        console.err("Wrote \(path) (\(aliases.count) \(aliases.count == 1 ? "alias" : "aliases"))\n")
    }
}
