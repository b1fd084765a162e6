import Foundation

/// A field of a CSV record: where its bytes are and where it started in the file.
public struct CSVField: Sendable {
    /// Byte range of the content (inside the quotes for a quoted field).
    public var start: Int
    public var end: Int
    /// The field was quoted.
    public var quoted: Bool = false
    /// The field contained doubled quotes (`""`) that must be unescaped.
    public var hasEscapedQuotes: Bool
    /// 1-based line and column (in Unicode scalars) of the field's first character.
    public var line: Int
    public var column: Int
}

/// An RFC 4180 CSV reader over bytes.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; records end with LF or
/// CRLF; a UTF-8 byte-order mark is skipped. It never builds a `String` unless asked:
/// ``string(_:)`` decodes (and validates) one field, ``double(_:)`` parses a number
/// straight from the bytes.
///
/// - Complexity: O(bytes), one pass.
public struct CSVReader {
    public let file: String
    /// The file's bytes (empty after ``releaseBytes()``).
    public private(set) var bytes: [UInt8]
    private var position: Int
    private var line = 1
    private var column = 1

    public init(bytes: [UInt8], file: String) {
        self.file = file
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public init(contentsOf path: String) throws {
        guard let bytes = CSVReader.readFile(path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw InputError(file: path, exists ? (isDirectory.boolValue ? "is a folder, expected a CSV file" : "cannot be read") : "no such file")
        }
        try bytes.withUnsafeBytes { try GraphImport.refuseWideEncodings($0, file: path) }
        self.init(bytes: bytes, file: path)
    }

    /// The whole file read straight into one array (one copy of the file in memory, not the
    /// two that going through `Data` holds at once); nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { failed = got < 0; break }
                count += got
            }
        }
        return failed ? nil : bytes
    }

    /// Drops the file's bytes once nothing will read them again (the fast loader, after
    /// parsing), so they are not held while the records are built.
    public mutating func releaseBytes() {
        bytes = []
        position = 0
    }

    public var isAtEnd: Bool { position >= bytes.count }

    /// The byte offset where the next record starts.
    public var offset: Int { position }

    /// The 1-based line the next record starts on.
    public var currentLine: Int { line }

    /// Reads the next record into `fields` (cleared first). Returns false at end of input.
    /// Throws on an unterminated quoted field or a stray character after a closing quote.
    /// `check`, when given, sees each field as soon as it is read (before the rest of the
    /// record), so a header can refuse a duplicate column without reading 100 million more.
    public mutating func nextRecord(into fields: inout [CSVField], check: ((CSVField) throws -> Void)? = nil) throws -> Bool {
        fields.removeAll(keepingCapacity: true)
        guard position < bytes.count else { return false }
        try bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            while true {
                var field = CSVField(start: position, end: position, quoted: false, hasEscapedQuotes: false, line: line, column: column)
                if position < count && buffer[position] == UInt8(ascii: "\"") {
                    // Quoted field.
                    position += 1; column += 1
                    field.start = position
                    field.quoted = true
                    var closed = false
                    while position < count {
                        let byte = buffer[position]
                        if byte == UInt8(ascii: "\"") {
                            if position + 1 < count && buffer[position + 1] == UInt8(ascii: "\"") {
                                field.hasEscapedQuotes = true
                                position += 2; column += 2
                                continue
                            }
                            field.end = position
                            position += 1; column += 1
                            closed = true
                            break
                        }
                        if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
                        position += 1
                    }
                    guard closed else {
                        throw InputError(file: file, line: field.line, column: field.column,
                                         "unterminated quoted field: expected a closing '\"' before the end of the file")
                    }
                    if position < count {
                        let next = buffer[position]
                        if next != UInt8(ascii: ",") && next != UInt8(ascii: "\n") && next != UInt8(ascii: "\r") {
                            throw InputError(file: file, line: line, column: column,
                                             "unexpected character after a closing quote: expected ',' or the end of the line")
                        }
                    }
                } else {
                    while position < count {
                        let byte = buffer[position]
                        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                        if byte == UInt8(ascii: "\"") {
                            throw InputError(file: file, line: line, column: column,
                                             "a quote inside an unquoted field: quote the whole field and double the quote (\"\")")
                        }
                        if byte & 0xC0 != 0x80 { column += 1 }
                        position += 1
                    }
                    field.end = position
                }
                fields.append(field)
                if let check { try check(field) }
                // Separator or end of record.
                if position >= count { return }
                let byte = buffer[position]
                if byte == UInt8(ascii: ",") { position += 1; column += 1; continue }
                if byte == UInt8(ascii: "\r") {
                    position += 1
                    if position < count && buffer[position] == UInt8(ascii: "\n") { position += 1 }
                } else {
                    position += 1
                }
                line += 1; column = 1
                return
            }
        }
        return true
    }

    /// Whether the record is one empty field (a blank line).
    public func isBlank(_ fields: [CSVField]) -> Bool {
        fields.count == 1 && fields[0].start == fields[0].end && !fields[0].quoted
    }

    /// The field's text, decoded as UTF-8 (quotes unescaped). Throws on invalid UTF-8.
    public func string(_ field: CSVField) throws -> String {
        let slice = bytes[field.start ..< field.end]
        guard var text = String(validating: slice, as: UTF8.self) else {
            throw InputError(file: file, line: field.line, column: field.column, "invalid UTF-8 in this field: the file must be UTF-8 encoded")
        }
        if field.hasEscapedQuotes { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
        return text
    }

    /// Whether the field is empty.
    public func isEmpty(_ field: CSVField) -> Bool { field.start == field.end }

    /// Parses the field as a decimal or scientific number straight from its bytes
    /// (leading and trailing spaces allowed); nil if it is not a complete number.
    public func double(_ field: CSVField) -> Double? {
        bytes.withUnsafeBufferPointer { CSVReader.number(in: $0, field.start ..< field.end) }
    }

    /// A decimal or scientific number in `bytes[range]` (spaces around it allowed); nil
    /// unless the whole range is one finite or overflowing number (`nan`, `inf` and hex
    /// floats are rejected).
    public static func number(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var start = range.lowerBound, end = range.upperBound
        while start < end && bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        let length = end - start
        guard length > 0, length < 64 else { return nil }
        // Fast path: plain non-negative integers.
        if length <= 15 {
            var integer = 0
            var allDigits = true
            for i in start ..< end {
                let digit = Int(bytes[i]) &- 48
                if digit < 0 || digit > 9 { allDigits = false; break }
                integer = integer * 10 + digit
            }
            if allDigits { return Double(integer) }
        }
        for i in start ..< end {
            let b = bytes[i]
            let ok = (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
                || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            if !ok { return nil }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer -> Double? in
            for i in 0 ..< length { buffer[i] = CChar(bitPattern: bytes[start + i]) }
            buffer[length] = 0
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &endPointer)
            guard let endPointer, endPointer == buffer.baseAddress! + length else { return nil }
            return value
        }
    }
}
