import Foundation

/// An alias table: a CSV with (at least) the columns `alias` and `id`, one row per other
/// name of an actor, read as "the actor whose id — or, failing that, whose exact label — is
/// `alias` is the actor `id`". The project's one alias file: `--aliases FILE` on every
/// command applies it at load (``CollaborationGraph/merging(_:knownIDs:)``), and
/// `collab change` uses it to match actors across datasets given as waves.
///
/// Other columns (a note, a score, who decided) are allowed and ignored; blank rows are
/// skipped; a row mapping a name onto itself is ignored. Chains are followed (`a → b`,
/// `b → c` maps `a` onto `c`).
///
/// Refused, with file, line and column: a file without both the `alias` and `id` columns,
/// an empty cell, an alias given twice with different ids, and a cycle (`a → b`, `b → a`).
///
/// - Complexity: O(bytes) to read; ``canonical(_:)`` is O(1) (chains resolved once, when
///   the table is made).
public struct AliasTable: Sendable, Equatable {
    /// One row: `alias` maps onto `id`; `line` and `column` locate the id cell.
    public struct Entry: Sendable, Equatable {
        public var alias: String
        public var id: String
        public var line: Int
        public var column: Int

        public init(alias: String, id: String, line: Int, column: Int = 1) {
            self.alias = alias
            self.id = id
            self.line = line
            self.column = column
        }
    }

    /// The file the table was read from (named in errors and in the merge log).
    public let file: String
    /// The rows in file order (rows mapping a name onto itself left out).
    public let entries: [Entry]
    /// Each alias's final id, chains followed.
    private let resolved: [String: String]
    /// Each alias's row (index into ``entries``).
    private let rowOf: [String: Int]

    /// A table from rows; refuses duplicates with different ids and cycles.
    public init(file: String, entries: [Entry]) throws {
        self.file = file
        var kept: [Entry] = []
        var rowOf: [String: Int] = [:]
        for entry in entries where entry.alias != entry.id {
            if let first = rowOf[entry.alias] {
                guard kept[first].id != entry.id else { continue }
                throw InputError(file: file, line: entry.line, column: entry.column,
                                 "the alias '\(Excerpt.of(entry.alias))' is already given to '\(Excerpt.of(kept[first].id))' on line \(kept[first].line)")
            }
            rowOf[entry.alias] = kept.count
            kept.append(entry)
        }
        var resolved: [String: String] = [:]
        for entry in kept {
            var path = [entry.alias]
            var current = entry.id
            while let next = rowOf[current] {
                if path.contains(current) {
                    let cycle = (path + [current]).map { "'\(Excerpt.of($0))'" }.joined(separator: " → ")
                    let lines = path.map { String(kept[rowOf[$0]!].line) }.joined(separator: ", ")
                    throw InputError(file: file, line: entry.line, column: entry.column,
                                     "alias cycle \(cycle) (lines \(lines)): an alias must lead to one final id")
                }
                path.append(current)
                current = kept[next].id
            }
            resolved[entry.alias] = current
        }
        self.entries = kept
        self.resolved = resolved
        self.rowOf = rowOf
    }

    /// The final id `name` stands for, nil when it is no alias.
    public func canonical(_ name: String) -> String? { resolved[name] }

    /// The row that makes `name` an alias.
    public func entry(_ name: String) -> Entry? { rowOf[name].map { entries[$0] } }

    /// Every alias with its final id.
    public var mapping: [String: String] { resolved }

    public var isEmpty: Bool { entries.isEmpty }

    public static func == (a: AliasTable, b: AliasTable) -> Bool { a.file == b.file && a.entries == b.entries }

    /// Reads an alias file (UTF-8 CSV, header with `alias` and `id`).
    public static func read(contentsOf path: String) throws -> AliasTable {
        var table: GraphLoader.Table
        do {
            table = try GraphLoader.Table(path: path)
        } catch let error as InputError where error.message.hasPrefix("empty file") {
            throw InputError(file: path, line: 1, column: 1, "empty alias file: expected a header with the columns alias and id")
        }
        guard let aliasColumn = table.column("alias"), let idColumn = table.column("id") else {
            let missing = ["alias", "id"].filter { table.column($0) == nil }.joined(separator: " and ")
            throw InputError(file: path, line: 1, column: 1,
                             "an alias file needs the columns alias and id; missing \(missing) (found: \(Excerpt.list(table.originalNames)))")
        }
        var entries: [Entry] = []
        while try table.next() {
            let alias = try table.string(aliasColumn).trimmingCharacters(in: .whitespaces)
            let id = try table.string(idColumn).trimmingCharacters(in: .whitespaces)
            guard !alias.isEmpty else { throw table.error(aliasColumn, "empty alias") }
            guard !id.isEmpty else { throw table.error(idColumn, "empty id for the alias '\(Excerpt.of(alias))'") }
            entries.append(Entry(alias: alias, id: id, line: table.fields[idColumn].line, column: table.fields[idColumn].column))
        }
        return try AliasTable(file: path, entries: entries)
    }
}
