import Foundation

/// A CSV file of organisation names as read for reconciliation: its header and rows kept as
/// text (so output can repeat them unchanged), where each row starts, and the ``NameQuery``
/// each row describes through the columns ``NameColumns`` picks.
///
/// Bad input is an ``InputError`` at file:line(:column): a file without a name column, a row
/// with more or fewer fields than the header, invalid UTF-8, broken quoting.
public struct NameTable: Sendable {
    public let file: String
    public let header: [String]
    /// Every data row's fields, in file order (blank lines are skipped).
    public let rows: [[String]]
    /// The 1-based line each row starts on.
    public let lines: [Int]
    /// Where each field starts (1-based column of its line), row by row, `header.count` a row.
    private let fieldStarts: [Int32]
    /// The column index of each field found (`street` may have two: street and address).
    public let fieldColumns: [NameField: [Int]]

    /// Reads `path`; `columns` maps fields to headers. The name column is required.
    public init(contentsOf path: String, columns: NameColumns = NameColumns()) throws {
        var reader = try CSVReader(contentsOf: path)
        try self.init(reader: &reader, columns: columns)
    }

    /// Reads CSV text (tests, standard input); `file` names it in errors.
    public init(text: String, file: String, columns: NameColumns = NameColumns()) throws {
        var reader = CSVReader(bytes: Array(text.utf8), file: file)
        try self.init(reader: &reader, columns: columns)
    }

    private init(reader: inout CSVReader, columns: NameColumns) throws {
        file = reader.file
        var fields: [CSVField] = []
        guard try reader.nextRecord(into: &fields), !reader.isBlank(fields) else {
            throw InputError(file: file, line: 1, "the file is empty: expected a header row with a 'name' column")
        }
        let header = try fields.map { try reader.string($0) }
        var rows: [[String]] = []
        var lines: [Int] = []
        var starts: [Int32] = []
        while true {
            let line = reader.currentLine
            guard try reader.nextRecord(into: &fields) else { break }
            if reader.isBlank(fields) { continue }
            guard fields.count == header.count else {
                throw InputError(file: file, line: line, column: fields.count > header.count ? fields[header.count].column : nil,
                                 "this row has \(fields.count) fields, the header has \(header.count)")
            }
            rows.append(try fields.map { try reader.string($0) })
            lines.append(line)
            starts.append(contentsOf: fields.map { Int32(clamping: $0.line == line ? $0.column : 1) })
        }
        fieldStarts = starts
        self.header = header
        self.rows = rows
        self.lines = lines
        var found: [NameField: [Int]] = [:]
        let comparableHeader = header.map(NameColumns.comparable)
        for field in NameField.allCases {
            if let explicit = columns.headers[field] {
                guard let index = comparableHeader.firstIndex(of: NameColumns.comparable(explicit)) else {
                    throw InputError(file: file, line: 1, "no column '\(explicit)' (asked for \(field.rawValue) by --columns); columns: \(header.joined(separator: ", "))")
                }
                found[field] = [index]
                continue
            }
            let candidates = field == .street ? field.defaultHeaders : Array(field.defaultHeaders.prefix(field == .name ? 2 : field.defaultHeaders.count))
            var indices: [Int] = []
            for candidate in candidates {
                if let index = comparableHeader.firstIndex(of: NameColumns.comparable(candidate)) {
                    indices.append(index)
                    if field != .street { break }
                }
            }
            if !indices.isEmpty { found[field] = indices }
        }
        guard found[.name] != nil else {
            throw InputError(file: file, line: 1, column: 1,
                             "no 'name' or 'label' column; columns: \(header.joined(separator: ", ")) (map one with --columns name=HEADER)")
        }
        fieldColumns = found
    }

    /// The 1-based column where field `column` of row `row` starts on the row's first line.
    public func startColumn(row: Int, column: Int) -> Int {
        Int(fieldStarts[row * header.count + column])
    }

    /// The 1-based column where header field `column` starts on line 1.
    public func startColumn(header column: Int) -> Int {
        header.prefix(column).reduce(1) { $0 + CSVWriter.quote($1).count + 1 }
    }

    /// The query row `index` describes.
    public func query(_ index: Int) -> NameQuery {
        var query = NameQuery(name: "")
        let row = rows[index]
        for (field, columns) in fieldColumns {
            query[field] = columns.map { row[$0] }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        return query
    }

    /// Every row's query, in file order.
    public var queries: [NameQuery] { rows.indices.map(query) }

    /// The index of the column with this header (compared as ``NameColumns`` compares), if any.
    public func column(_ header: String) -> Int? {
        self.header.map(NameColumns.comparable).firstIndex(of: NameColumns.comparable(header))
    }
}
