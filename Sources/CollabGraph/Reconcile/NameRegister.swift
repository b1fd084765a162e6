import Foundation

/// A register of organisations to reconcile names against: each entry an id, a name and
/// whatever else the register knows (short name, country, city, postcode, street).
///
/// Read from a CSV (`id`, `name` or `label`, optional `short_name`, `country`, `city`,
/// `postcode`, `street`/`address`) or from a dataset folder (its `nodes.csv`). Ids must be
/// present and unique: an empty or repeated id is an ``InputError`` at file:line:column.
public struct NameRegister: Sendable {
    /// One organisation of the register: an id and the fields a name query has, read
    /// through as `entry.name`, `entry.postcode`, ….
    @dynamicMemberLookup
    public struct Entry: Sendable, Equatable {
        public var id: String
        /// The entry's fields as a query (what ``NameReconciler`` compares).
        public var fields: NameQuery

        public init(id: String, name: String, shortName: String = "", country: String = "", city: String = "",
                    postcode: String = "", street: String = "") {
            self.init(id: id, NameQuery(name: name, shortName: shortName, country: country, city: city,
                                        postcode: postcode, street: street))
        }

        public init(id: String, _ fields: NameQuery) {
            self.id = id
            self.fields = fields
        }

        public subscript<Value>(dynamicMember keyPath: WritableKeyPath<NameQuery, Value>) -> Value {
            get { fields[keyPath: keyPath] }
            set { fields[keyPath: keyPath] = newValue }
        }
    }

    /// The entries, in register order.
    public let entries: [Entry]
    /// Where the register was read from (for messages).
    public let file: String

    /// A register of these entries; throws an ``InputError`` on an empty or repeated id.
    public init(entries: [Entry], file: String = "register") throws {
        var seen: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard !entry.id.isEmpty else { throw InputError(file: file, "entry \(index + 1) has no id") }
            if let first = seen[entry.id] {
                throw InputError(file: file, "duplicate id '\(entry.id)' (entries \(first + 1) and \(index + 1))")
            }
            seen[entry.id] = index
        }
        self.entries = entries
        self.file = file
    }

    /// Reads a register CSV, or the `nodes.csv` of a dataset folder.
    public init(contentsOf path: String, columns: NameColumns = NameColumns()) throws {
        var isDirectory: ObjCBool = false
        let file = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? (path as NSString).appendingPathComponent("nodes.csv") : path
        try self.init(table: try NameTable(contentsOf: file, columns: columns), columns: columns)
    }

    /// A register from an already read table (its id column: `--columns id=…` or `id`).
    public init(table: NameTable, columns: NameColumns = NameColumns()) throws {
        let idHeader = columns.idHeader ?? "id"
        guard let idColumn = table.column(idHeader) else {
            throw InputError(file: table.file, line: 1, column: 1,
                             "no '\(idHeader)' column: a register needs an id for every organisation; columns: \(table.header.joined(separator: ", "))")
        }
        var seen: [String: Int] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(table.rows.count)
        for index in table.rows.indices {
            let id = table.rows[index][idColumn]
            let line = table.lines[index]
            guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw InputError(file: table.file, line: line, column: table.startColumn(row: index, column: idColumn),
                                 "empty id: every organisation of a register needs one")
            }
            if let first = seen[id] {
                throw InputError(file: table.file, line: line, column: table.startColumn(row: index, column: idColumn),
                                 "duplicate id '\(id)' (first on line \(first)): register ids must be unique")
            }
            seen[id] = line
            entries.append(Entry(id: id, table.query(index)))
        }
        self.entries = entries
        file = table.file
    }

    public var count: Int { entries.count }
}
