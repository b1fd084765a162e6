import Foundation

/// The files `collab reconcile` writes and reads back: the matches table (every input row,
/// its columns unchanged, then ``addedColumns``) and the alias file (`alias,id`) that
/// `--aliases` reads.
public enum NameMatchTable {
    /// The columns added after the input's own.
    public static let addedColumns = ["match_id", "match_name", "score", "decision", "candidates"]

    /// The columns `explain` adds.
    public static let explainColumns = ["name_score", "address_score"]

    /// The matches table: `table`'s header and rows unchanged, each followed by its match.
    /// Scores have three decimals; candidates are `id:score` joined by `;`.
    /// `explain` adds `name_score` and `address_score`, the best candidate's evidence.
    public static func csv(_ table: NameTable, _ matches: [NameMatch], explain: Bool = false) -> String {
        precondition(table.rows.count == matches.count, "one match per row")
        var writer = CSVWriter(header: table.header + addedColumns + (explain ? explainColumns : []))
        for (row, match) in zip(table.rows, matches) {
            writer.row(row + [match.matchID ?? "", match.matchName ?? "", score(match.score), match.decision.rawValue,
                              match.candidates.map { "\($0.id):\(score($0.score))" }.joined(separator: ";")]
                       + (explain ? [score(match.nameScore), score(match.addressScore)] : []))
        }
        return writer.text
    }

    /// A score as written: three decimals.
    public static func score(_ value: Double) -> String { String(format: "%.3f", value) }

    /// An alias and the id it stands for.
    public struct Alias: Sendable, Equatable {
        public var alias: String
        public var id: String
        public init(alias: String, id: String) { self.alias = alias; self.id = id }
    }

    /// Aliases from accepted rows (each a name and the id matched to it), in first-seen order,
    /// repeats dropped. A name accepted for two different ids is ambiguous: it is left out
    /// and returned in `conflicts` (with its ids) so the caller can say so. A name equal to
    /// its id needs no alias.
    public static func aliases(_ accepted: [Alias]) -> (aliases: [Alias], conflicts: [(alias: String, ids: [String])]) {
        var idsByAlias: [String: [String]] = [:]
        var order: [String] = []
        for pair in accepted where !pair.alias.isEmpty && !pair.id.isEmpty && pair.alias != pair.id {
            if idsByAlias[pair.alias] == nil { order.append(pair.alias) }
            if !(idsByAlias[pair.alias, default: []].contains(pair.id)) { idsByAlias[pair.alias, default: []].append(pair.id) }
        }
        var aliases: [Alias] = []
        var conflicts: [(alias: String, ids: [String])] = []
        for alias in order {
            let ids = idsByAlias[alias]!
            if ids.count == 1 { aliases.append(Alias(alias: alias, id: ids[0])) } else { conflicts.append((alias, ids)) }
        }
        return (aliases, conflicts)
    }

    /// The `auto` rows of a matches run as aliases: each row's name → its match id.
    public static func automaticAliases(_ table: NameTable, _ matches: [NameMatch]) -> [Alias] {
        let nameColumn = table.fieldColumns[.name]![0]
        return zip(table.rows, matches).compactMap { row, match in
            match.decision == .auto ? match.matchID.map { Alias(alias: row[nameColumn], id: $0) } : nil
        }
    }

    /// The decisions that accept a row when a reviewed matches table is read back.
    public static let acceptingDecisions: Set<String> = ["auto", "accept", "accepted", "yes", "y"]

    /// The accepted rows of a reviewed matches table (its `decision` column edited to `auto`
    /// or `accept`, its `match_id` possibly corrected): name → match id. A row accepted
    /// without a match id is an ``InputError`` at its line.
    public static func acceptedAliases(_ table: NameTable) throws -> [Alias] {
        guard let decision = table.column("decision"), let matchID = table.column("match_id") else {
            throw InputError(file: table.file, line: 1, "no 'decision' and 'match_id' columns: expected a table written by collab reconcile")
        }
        let nameColumn = table.fieldColumns[.name]![0]
        var accepted: [Alias] = []
        for (index, row) in table.rows.enumerated() {
            guard acceptingDecisions.contains(row[decision].trimmingCharacters(in: .whitespaces).lowercased()) else { continue }
            let id = row[matchID].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                throw InputError(file: table.file, line: table.lines[index], column: table.startColumn(row: index, column: matchID),
                                 "row accepted ('\(row[decision])') but its match_id is empty: fill in the id or change the decision")
            }
            accepted.append(Alias(alias: row[nameColumn], id: id))
        }
        return accepted
    }

    /// The alias file: `alias,id` then one row per alias.
    public static func aliasCSV(_ aliases: [Alias]) -> String {
        var writer = CSVWriter(header: ["alias", "id"])
        for alias in aliases { writer.row([alias.alias, alias.id]) }
        return writer.text
    }
}
