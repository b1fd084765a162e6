import Foundation

/// Joins the columns of a register (a CSV of organisations: `id`, a name, and attributes
/// such as a size band, a sector code, a locality) onto a graph's actors.
///
/// Actors are matched to register rows by id; with a name matcher, an actor whose id is
/// in no row is matched by its label (auto decisions only) and carries the row's id as the
/// attribute `register_id`. Every register column other than the id and the name columns
/// (`name`, `label`, `short_name`) becomes an actor attribute; where the actor already had
/// a different value the register's is written and the change listed. Empty cells change
/// nothing.
///
/// With `smeFrom` (a size-band or headcount column) the attribute `sme` is derived by the
/// EU definition's headcount criterion (Commission Recommendation 2003/361/EC: fewer than
/// 250 employees; turnover and balance sheet are not checked): `yes` for micro, small and
/// medium bands and for counts or ranges whose upper end is below 250 (`0-9`, `10-49`,
/// `50-249`, `120`); `no` for large bands and counts from 250 (`250+`, `250-499`,
/// `1000`); values it cannot read leave `sme` unset and are listed.
///
/// Refused with file, line and column: a register without an id column, an empty or a
/// duplicate id, a missing `smeFrom` column.
///
/// - Complexity: O(rows + actors) hash look-ups, plus the matcher's cost per unmatched actor.
public enum RegisterJoin {
    public struct Report: Sendable {
        /// Actors given a register row (by id, and by name).
        public var matchedByID = 0
        public var matchedByName: [(actor: String, registerID: String)] = []
        public var actorsWithoutRow: [String] = []
        public var rowsWithoutActor: [(id: String, line: Int)] = []
        public var changed: [(actor: String, attribute: String, old: String, new: String)] = []
        public var attributes: [String] = []
        public var sme: (yes: Int, no: Int)?
        public var unreadableBands: [(actor: String, value: String)] = []
    }

    /// Whether a size band or headcount is an SME by the EU headcount criterion; nil when
    /// the text cannot be read (see the type's comment).
    public static func isSME(_ band: String) -> Bool? {
        let text = band.lowercased().trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        if text.hasPrefix("large") || text == "l" { return false }
        if ["micro", "small", "medium", "sme", "micro enterprise", "small enterprise", "medium enterprise", "medium-sized"].contains(where: { text.hasPrefix($0) }) { return true }
        // Numbers: a count, a range a-b (or a–b, "a to b"), or a+ (open upward).
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard !digits.isEmpty else { return nil }
        if text.contains("+") || text.contains("over") || text.contains("more") { return digits.max()! < 250 ? nil : false }
        return digits.max()! < 250
    }

    public static func join(_ graph: CollaborationGraph, register path: String, idColumn: String = "id",
                            smeFrom: String? = nil, matchName: ((String) -> String?)? = nil) throws -> (graph: CollaborationGraph, report: Report) {
        var table = try GraphLoader.Table(path: path)
        guard let id = table.column(idColumn.lowercased()) else {
            throw InputError(file: path, line: 1, column: 1,
                             "no '\(idColumn)' column: a register needs an id for every organisation (found: \(Excerpt.list(table.originalNames)))")
        }
        let nameColumns: Set<Int> = Set(["name", "label", "short_name"].compactMap { table.column($0) })
        let attributeColumns = table.names.indices.filter { $0 != id && !nameColumns.contains($0) }
        var smeColumn: Int?
        if let smeFrom {
            guard let column = table.column(smeFrom.lowercased()) else {
                throw InputError(file: path, line: 1, column: 1, "no '\(smeFrom)' column to derive the SME flag from (found: \(Excerpt.list(table.originalNames)))")
            }
            smeColumn = column
        }
        var rows: [(id: String, line: Int, values: [(String, String)], band: String?)] = []
        var rowOf: [String: Int] = [:]
        while try table.next() {
            let rowID = try table.identifier(id, "register id").trimmingCharacters(in: .whitespaces)
            let line = table.fields[id].line
            if let first = rowOf[rowID] {
                throw table.error(id, "duplicate register id '\(Excerpt.of(rowID))' (first on line \(rows[first].line))")
            }
            var values: [(String, String)] = []
            for column in attributeColumns where !table.reader.isEmpty(table.fields[column]) {
                let value = try table.string(column).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { values.append((table.originalNames[column], value)) }
            }
            let band = try smeColumn.map { try table.string($0) }
            rowOf[rowID] = rows.count
            rows.append((rowID, line, values, band))
        }
        var report = Report()
        report.attributes = attributeColumns.map { table.originalNames[$0] } + (smeFrom == nil ? [] : ["sme"])
        var joined = graph
        var used = [Bool](repeating: false, count: rows.count)
        var yes = 0, no = 0
        for actor in graph.actors {
            var row = rowOf[actor.id]
            var described = actor
            if row != nil {
                report.matchedByID += 1
            } else if let matchName, let matchedID = matchName(actor.label), let found = rowOf[matchedID] {
                row = found
                described.attributes["register_id"] = matchedID
                report.matchedByName.append((actor.id, matchedID))
            }
            guard let row else { report.actorsWithoutRow.append(actor.id); continue }
            used[row] = true
            for (name, value) in rows[row].values {
                let old = name.lowercased() == "kind" ? actor.kind : actor.attributes[name] ?? ""
                if !old.isEmpty && old != value { report.changed.append((actor.id, name, old, value)) }
                if name.lowercased() == "kind" { described.kind = value } else { described.attributes[name] = value }
            }
            if let band = rows[row].band {
                switch isSME(band) {
                case true?: described.attributes["sme"] = "yes"; yes += 1
                case false?: described.attributes["sme"] = "no"; no += 1
                case nil: if !band.trimmingCharacters(in: .whitespaces).isEmpty { report.unreadableBands.append((actor.id, band)) }
                }
            }
            joined.describe(described)
        }
        // Columns in order: the dataset's, then the register's in header order, then derived.
        let added = attributeColumns.map { table.originalNames[$0] }.filter { $0.lowercased() != "kind" } + ["register_id", "sme"]
        joined.actorAttributeNames = graph.actorAttributeNames
            + added.filter { name in !graph.actorAttributeNames.contains(name) && joined.actors.contains { $0.attributes[name] != nil } }
        if smeFrom != nil { report.sme = (yes, no) }
        report.rowsWithoutActor = rows.indices.filter { !used[$0] }.map { (rows[$0].id, rows[$0].line) }
        return (joined, report)
    }
}
