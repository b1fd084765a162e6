import CollabGraph
import CollabOutput
import Foundation

/// `collab import survey FILE -o DIR` and `collab import register FILE --into DIR`: getting
/// surveys and registers into dataset folders.
struct ImportCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Import a roster or name-generator survey (or an egor ego-network survey) as a dataset, or join a register's attributes onto a dataset.",
        discussion: """
        collab import survey FILE -o DIR reads one row per respondent and partner named
        (columns respondent and partner; optional rating; any other column is an attribute
        of the respondent, the same on each of its rows; --columns maps other headers). It
        writes a dataset folder: nodes.csv (every respondent and partner, with respondent =
        yes/no), edges.csv (one record per nomination, from respondent to partner, typed by
        the rating, with report = confirmed when both sides named each other and reported
        when one did), types.csv (each rating's rung on the co-production ladder), meta.json
        ("directed": true) and names.csv (each name as typed and the actor it became).
        Ratings map through a stated scale: by default the collaboration continuum of Frey
        et al. (2006), 1 networking (engagement) < 2 cooperation, 3 coordination (exchange)
        < 4 coalition, 5 collaboration (co-production), 0 no interaction (no tie); give
        another with --ratings FILE (rating,type,depth). Names are actors as typed (trimmed);
        with --register REGISTER they are reconciled first (collab reconcile's matcher): auto
        matches become the register's id and name, review and none stay actors of their own
        and are listed. A partner named twice by one respondent is one record (the higher
        rating); a respondent naming itself is left out; both are counted on standard error.

        collab import register FILE --into DIR joins the register's columns (size band,
        sector code, locality, …) onto the dataset's actors by id — with --match-names, an
        actor whose id is in no row is matched by its label (auto decisions only) — and
        rewrites the dataset (all or nothing). --sme-from COLUMN derives sme = yes/no from a
        size band or headcount by the EU headcount rule (fewer than 250 employees,
        Recommendation 2003/361/EC). Actors without a register row, rows without an actor
        and changed values are reported on standard error.

        collab import egor FILE -o DIR reads an ego-network survey in the R package egor's
        one-file layout (one row per ego: egoID, its attributes, alter.<attribute>.<k>
        columns, X<i>.to.<j> alter–alter ties); with --alters ALTERS, the two-file layout
        (FILE holds the egos and their X<i>.to.<j> ties, ALTERS one row per alter: egoID,
        alterID, attributes). Alters are <ego>/<k> unless they carry a name, which is then
        their id. Records: ego → alter nominations (confirmed / reported) and the
        alter–alter ties the ego reported (report = ego-reported, reported_by = the ego).
        See docs/survey-import.md.
        """,
        arguments: [ArgumentSpec("what", help: "survey, egor or register."),
                    ArgumentSpec("file", help: "The survey CSV, the egos CSV (egor), or the register CSV.")],
        options: [
            OptionSpec("output", short: "o", value: "dir", help: "survey, egor: the dataset folder to write (written all or nothing)."),
            OptionSpec("alters", value: "file", help: "egor: the alters file of the two-file layout (egoID, alterID, attributes)."),
            OptionSpec("into", value: "dir", help: "register: the dataset folder whose actors get the register's columns (rewritten all or nothing)."),
            OptionSpec("columns", value: "map", help: "Header names, role=HEADER comma-separated: survey roles respondent, partner, rating; egor roles ego, alter; register role id (default: respondent or ego, partner or alter, rating or level; egoID, alterID; id)."),
            OptionSpec("ratings", value: "file", help: "survey: a rating scale CSV (rating,type,depth; depth engagement, exchange, co-production or none), one row per level in rising order."),
            OptionSpec("register", value: "file", help: "survey: reconcile respondent and partner names against this register (a CSV with id and name, or a dataset folder), as collab reconcile does."),
            OptionSpec("title", value: "text", help: "survey, egor: the dataset's title in meta.json (default: the file's name)."),
            OptionSpec("match-names", help: "register: match actors whose id is in no row by their label against the register's names (auto decisions only)."),
            OptionSpec("sme-from", value: "column", help: "register: derive sme = yes/no from this size-band or headcount column (fewer than 250 employees)."),
        ],
        examples: [
            "collab import survey docs/examples/survey/responses.csv -o /tmp/survey-dataset",
            "collab import survey responses.csv -o partners/ --columns respondent=Organisation,partner=Partner,rating=Level",
            "collab import survey responses.csv -o partners/ --register register.csv --ratings ratings.csv",
            "collab import register docs/examples/survey/register.csv --into /tmp/survey-dataset --sme-from size_band",
            "collab import egor docs/examples/survey/egos.csv --alters docs/examples/survey/alters.csv -o /tmp/ego-dataset",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let columns = try columnMap(arguments.value("columns"))
        switch arguments.positional(0)! {
        case "egor":
            for option in ["into", "match-names", "sme-from", "ratings", "register"] where arguments.has(option) {
                throw UsageError("'--\(option)' does not go with 'collab import egor'")
            }
            return try egor(arguments, columns: columns, console: console)
        case "survey":
            for option in ["into", "match-names", "sme-from", "alters"] where arguments.has(option) {
                throw UsageError("'--\(option)' goes with 'collab import register'")
            }
            return try survey(arguments, columns: columns, console: console)
        case "register":
            for option in ["output", "ratings", "register", "title", "alters"] where arguments.has(option) {
                throw UsageError("'--\(option)' goes with 'collab import survey'")
            }
            return try register(arguments, columns: columns, console: console)
        case let other:
            throw UsageError("unknown import '\(other)': give survey, egor or register")
        }
    }

    /// `role=HEADER,…` as a dictionary.
    static func columnMap(_ text: String?) throws -> [String: String] {
        guard let text else { return [:] }
        var map: [String: String] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                throw UsageError("'--columns' expects role=HEADER pairs separated by commas, got '\(part)'")
            }
            guard ["respondent", "partner", "rating", "id", "ego", "alter"].contains(pair[0].lowercased()) else {
                throw UsageError("'--columns': unknown role '\(pair[0])'; roles: respondent, partner, rating (survey), ego, alter (egor), id (register)")
            }
            map[pair[0].lowercased()] = pair[1]
        }
        return map
    }

    static func survey(_ arguments: ParsedArguments, columns map: [String: String], console: Console) throws -> Int32 {
        guard let output = arguments.value("output") else { throw UsageError("give the dataset folder to write: -o DIR") }
        let file = arguments.positional(1)!
        var columns = SurveyImport.Columns()
        if let header = map["respondent"] { columns.respondent = [header] }
        if let header = map["partner"] { columns.partner = [header] }
        if let header = map["rating"] { columns.rating = [header] }
        if map["id"] != nil { throw UsageError("'--columns id=…' goes with 'collab import register'") }
        let scale = try arguments.value("ratings").map(RatingScale.read(contentsOf:)) ?? .collaborationContinuum
        var resolve: ((String) -> SurveyImport.Resolution)?
        if let path = arguments.value("register") {
            let reconciler = NameReconciler(register: try NameRegister(contentsOf: path))
            resolve = { name in
                let match = reconciler.match(NameQuery(name: name))
                if match.decision == .auto, let id = match.matchID { return .matched(id: id, label: match.matchName ?? id) }
                let candidates = match.candidates.map { "\($0.id):\(NumberFormat.fixed($0.score, digits: 3))" }.joined(separator: ";")
                return .unmatched(decision: match.decision.rawValue, candidates: candidates)
            }
        }
        var result = try SurveyImport.read(file, columns: columns, scale: scale, resolve: resolve)
        var graph = result.graph
        graph.declaration.title = arguments.value("title") ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        graph.declaration.notes["source"] = "survey \((file as NSString).lastPathComponent), imported by collab import survey: \(result.respondents) respondents, \(result.nominations) nominations (from respondent to partner); ratings mapped by \(scale.source)"
        result.graph = graph
        var names = CSVWriter(header: ["name", "actor", "decision", "candidates", "first_line"])
        for name in result.names { names.row([name.text, name.actor, name.decision, name.candidates, String(name.firstLine)]) }
        let files = DatasetWriter.files(graph) + [OutputFolder.File(name: "names.csv", data: Data(names.text.utf8))]
        try OutputFolder.write(files, to: output, owned: { DatasetWriter.fileNames.contains($0) || $0 == "names.csv" })
        for line in surveyLines(result, file: file) { console.err(CollabCLI.bounded(line) + "\n") }
        console.err("Wrote \(output) (nodes.csv, edges.csv, types.csv, meta.json, names.csv)\n")
        return 0
    }

    /// What the import did, one line each, for standard error.
    static func surveyLines(_ r: SurveyImport.Result, file: String) -> [String] {
        let actors = r.graph.actorCount
        var lines = ["Read \(r.rows) rows of \(file): \(r.respondents) respondents and \(actors - r.respondents) organisations only named; \(r.nominations) nominations, \(r.confirmedRecords) of them confirmed by the other side (both named each other), \(r.nominations - r.confirmedRecords) reported by one side."]
        if r.emptyRows > 0 { lines.append("  \(r.emptyRows) row\(r.emptyRows == 1 ? " names" : "s name") no partner (the respondent is kept).") }
        if r.noTieRows > 0 { lines.append("  \(r.noTieRows) row\(r.noTieRows == 1 ? " is" : "s are") rated 'no interaction': no tie recorded.") }
        for repeated in r.repeatedNominations.prefix(10) {
            lines.append("  '\(repeated.respondent)' names '\(repeated.partner)' again on line \(repeated.line) (first on line \(repeated.firstLine)): one record, the higher rating kept.")
        }
        if r.repeatedNominations.count > 10 { lines.append("  … and \(r.repeatedNominations.count - 10) more repeated nominations.") }
        for own in r.selfNominations.prefix(10) {
            lines.append("  '\(own.respondent)' names itself on line \(own.line): left out.")
        }
        let unmatched = r.names.filter { $0.decision == "review" || $0.decision == "none" }
        if r.names.contains(where: { $0.decision != "exact" }) {
            let auto = r.names.filter { $0.decision == "auto" }.count
            lines.append("Names reconciled against the register: \(auto) of \(r.names.count) matched (auto); \(unmatched.count) kept as their own actors (review or none; see names.csv):")
            for name in unmatched.prefix(20) {
                lines.append("  \(name.decision): '\(name.text)' (line \(name.firstLine))" + (name.candidates.isEmpty ? "" : " — candidates \(name.candidates)"))
            }
            if unmatched.count > 20 { lines.append("  … and \(unmatched.count - 20) more.") }
        }
        return lines
    }

    static func egor(_ arguments: ParsedArguments, columns map: [String: String], console: Console) throws -> Int32 {
        guard let output = arguments.value("output") else { throw UsageError("give the dataset folder to write: -o DIR") }
        if let role = map.keys.first(where: { $0 != "ego" && $0 != "alter" }) { throw UsageError("'--columns \(role)=…' does not go with 'collab import egor' (roles: ego, alter)") }
        let file = arguments.positional(1)!
        let egoColumn = map["ego"] ?? "egoID"
        let result: EgorImport.Result
        if let alters = arguments.value("alters") {
            result = try EgorImport.readTwoFiles(egos: file, alters: alters, egoColumn: egoColumn, alterColumn: map["alter"] ?? "alterID")
        } else {
            if map["alter"] != nil { throw UsageError("'--columns alter=…' names the alters file's id column: give --alters FILE") }
            result = try EgorImport.readOneFile(file, egoColumn: egoColumn)
        }
        var graph = result.graph
        graph.declaration.title = arguments.value("title") ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        graph.declaration.notes["source"] = "ego-network survey \((file as NSString).lastPathComponent) (egor \(arguments.has("alters") ? "two-file" : "one-file") layout), imported by collab import egor: \(result.egos) egos, \(result.alters) alters named, \(result.alterTies) alter–alter ties reported by the egos"
        try DatasetWriter.write(graph, toFolder: output)
        let confirmed = graph.ties.filter { $0.attributes["report"] == "confirmed" }.count
        console.err("Read \(result.egos) egos and \(result.alters) alters (\(graph.actorCount) actors): \(graph.ties.filter { $0.attributes["report"] != "ego-reported" }.count) nominations (\(confirmed) confirmed by the other side), \(result.alterTies) alter–alter ties as the egos reported them.\n")
        console.err("Wrote \(output) (nodes.csv, edges.csv, meta.json)\n")
        return 0
    }

    static func register(_ arguments: ParsedArguments, columns map: [String: String], console: Console) throws -> Int32 {
        guard let folder = arguments.value("into") else { throw UsageError("give the dataset folder to join onto: --into DIR") }
        if map.keys.contains(where: { $0 != "id" }) { throw UsageError("'--columns' for a register maps only id=HEADER") }
        let file = arguments.positional(1)!
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("'--into' needs a dataset folder (nodes.csv, edges.csv), got '\(folder)'")
        }
        let graph = try GraphLoader.load(folder)
        var matchName: ((String) -> String?)?
        if arguments.flag("match-names") {
            let columns = map["id"].map { NameColumns(idHeader: $0) } ?? NameColumns()
            let reconciler = NameReconciler(register: try NameRegister(contentsOf: file, columns: columns))
            matchName = { label in
                let match = reconciler.match(NameQuery(name: label))
                return match.decision == .auto ? match.matchID : nil
            }
        }
        let (joined, report) = try RegisterJoin.join(graph, register: file, idColumn: map["id"] ?? "id",
                                                     smeFrom: arguments.value("sme-from"), matchName: matchName)
        try DatasetWriter.write(joined, toFolder: folder)
        var lines = ["Joined \(file) onto \(folder): \(report.matchedByID + report.matchedByName.count) of \(graph.actorCount) actors have a register row (\(report.matchedByID) by id\(matchName == nil ? "" : ", \(report.matchedByName.count) by name")); columns added: \(report.attributes.joined(separator: ", "))."]
        if let sme = report.sme {
            lines.append("  sme (fewer than 250 employees, from \(arguments.value("sme-from")!)): \(sme.yes) yes, \(sme.no) no" + (report.unreadableBands.isEmpty ? "." : "; \(report.unreadableBands.count) unreadable, left unset: " + report.unreadableBands.prefix(10).map { "\($0.actor) '\($0.value)'" }.joined(separator: ", ") + "."))
        }
        for (actor, id) in report.matchedByName.prefix(20) { lines.append("  by name: '\(actor)' is register row '\(id)' (register_id)") }
        if !report.actorsWithoutRow.isEmpty {
            lines.append("  \(report.actorsWithoutRow.count) actor\(report.actorsWithoutRow.count == 1 ? "" : "s") without a register row: " + report.actorsWithoutRow.prefix(20).joined(separator: ", ") + (report.actorsWithoutRow.count > 20 ? ", …" : ""))
        }
        if !report.rowsWithoutActor.isEmpty {
            lines.append("  \(report.rowsWithoutActor.count) register row\(report.rowsWithoutActor.count == 1 ? "" : "s") without an actor: " + report.rowsWithoutActor.prefix(20).map { "\($0.id) (line \($0.line))" }.joined(separator: ", ") + (report.rowsWithoutActor.count > 20 ? ", …" : ""))
        }
        for change in report.changed.prefix(20) {
            lines.append("  changed: \(change.actor) \(change.attribute) '\(change.old)' → '\(change.new)'")
        }
        if report.changed.count > 20 { lines.append("  … and \(report.changed.count - 20) more changed values.") }
        for line in lines { console.err(CollabCLI.bounded(line) + "\n") }
        console.err("Wrote \(folder)\n")
        return 0
    }
}
