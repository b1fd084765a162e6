import Foundation

/// An alias table for matching actors across datasets observed as waves: a CSV with the
/// header `alias,id` and one row per alternative id, read as "the actor called `alias` in
/// some wave is the actor `id`". Blank rows are skipped.
///
/// Refused, with file, line and column: a missing header, an empty cell, an alias given
/// twice with different ids, and an id that is itself an alias (chains are not followed:
/// name the final id).
///
/// - Complexity: O(bytes) to read.
public enum AliasTable {
    public static func read(contentsOf path: String) throws -> [String: String] {
        var reader = try CSVReader(contentsOf: path)
        var fields: [CSVField] = []
        guard try reader.nextRecord(into: &fields) else { throw InputError(file: path, line: 1, "empty alias file: expected the header alias,id") }
        let header = try fields.map { try reader.string($0).trimmingCharacters(in: .whitespaces).lowercased() }
        guard header.count == 2, header[0] == "alias", header[1] == "id" else {
            throw InputError(file: path, line: 1, column: 1, "expected the header alias,id")
        }
        var table: [String: String] = [:]
        var lineOf: [String: Int] = [:]
        var targets: [(id: String, line: Int, column: Int)] = []
        while try reader.nextRecord(into: &fields) {
            if reader.isBlank(fields) { continue }
            let line = fields[0].line
            guard fields.count == 2 else {
                throw InputError(file: path, line: line, column: fields[min(fields.count, 2) - 1].column,
                                 "expected two cells (alias,id), found \(fields.count)")
            }
            let alias = try reader.string(fields[0]).trimmingCharacters(in: .whitespaces)
            let id = try reader.string(fields[1]).trimmingCharacters(in: .whitespaces)
            guard !alias.isEmpty else { throw InputError(file: path, line: line, column: fields[0].column, "empty alias") }
            guard !id.isEmpty else { throw InputError(file: path, line: line, column: fields[1].column, "empty id for the alias '\(Excerpt.of(alias))'") }
            if let existing = table[alias], existing != id {
                throw InputError(file: path, line: line, column: fields[1].column,
                                 "the alias '\(Excerpt.of(alias))' is already given to '\(Excerpt.of(existing))' on line \(lineOf[alias]!)")
            }
            if alias != id {
                table[alias] = id
                lineOf[alias] = line
                targets.append((id, line, fields[1].column))
            }
        }
        for target in targets where table[target.id] != nil {
            throw InputError(file: path, line: target.line, column: target.column,
                             "'\(Excerpt.of(target.id))' is itself an alias (line \(lineOf[target.id]!)): give the final id")
        }
        return table
    }
}
