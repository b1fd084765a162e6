import Foundation

/// A small, strict XML 1.0 pull parser for the graph formats (GraphML, GEXF).
///
/// It checks what a conforming parser must check and reports each problem at its real
/// position (1-based line, and column in Unicode scalars, as ``CSVReader`` does): invalid
/// UTF-8 and characters XML forbids (C0 controls other than tab, LF, CR), malformed tags and
/// attributes, duplicate attributes, unquoted or unterminated values, `<` inside values,
/// undefined entities, mismatched or unclosed tags, more than one root element and text
/// outside it. It understands the XML declaration, comments, processing instructions,
/// CDATA sections, the five predefined entities and character references, and skips a
/// DOCTYPE (whose entity declarations are not expanded: a reference to one is an error).
///
/// Names are returned as written (`y:ShapeNode`); namespaces are not resolved, so readers
/// match the unprefixed names of their own vocabulary and ignore prefixed (foreign) ones.
///
/// Written instead of Foundation's `XMLParser`, which on Linux crashes on some invalid
/// UTF-8, reports errors at the end of the document and does not always detect a
/// mismatched end tag.
///
/// - Complexity: O(n) time in the input's bytes; memory for the input and one element.
public struct XMLPullReader {
    public enum Event: Equatable {
        /// A start tag (or an empty-element tag, followed at once by its `.end`).
        case start(name: String, attributes: [XMLAttribute])
        case end(name: String)
        /// Character data (entities resolved, CDATA included), possibly only whitespace.
        case text(String)
    }

    public let file: String
    /// The deepest nesting of elements accepted.
    public static let maximumDepth = 512
    private let bytes: [UInt8]
    private var position: Int
    private var open: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false
    /// Byte offset of the start of the last event returned (for ``location``).
    public private(set) var eventStart = 0
    // Incremental line counting: the line of `lineScanOffset`, and where that line starts.
    private var lineScanOffset = 0
    private var lineNumber = 1
    private var lineStart = 0

    public init(data: Data, file: String) throws {
        self.file = file
        var bytes = [UInt8](data)
        if bytes.count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)) {
            throw InputError(file: file, line: 1, column: 1, "the file is UTF-16: convert it to UTF-8 first (for example with iconv -t UTF-8)")
        }
        // A declared single-byte encoding is converted to UTF-8: one byte is one character,
        // so lines and columns stay those of the file.
        let declared = bytes.withUnsafeBufferPointer { XMLByteCheck.declaredEncoding($0) }
        if let declared, let encoding = try XMLPullReader.singleByteEncoding(declared, file: file) {
            guard let text = String(data: Data(bytes), encoding: encoding) else {
                throw InputError(file: file, line: 1, column: 1, "the file is not valid \(declared), the encoding it declares")
            }
            bytes = Array(text.utf8)
        }
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        try validateCharacters()
    }

    /// The Foundation encoding of a declared encoding name; nil for UTF-8 and ASCII; an
    /// error for an encoding collab does not convert.
    static func singleByteEncoding(_ name: String, file: String) throws -> String.Encoding? {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8", "us-ascii", "ascii": return nil
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1": return .isoLatin1
        case "iso-8859-2", "iso8859-2", "latin2", "latin-2", "l2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1252", "cp1252": return .windowsCP1252
        case "windows-1253", "cp1253": return .windowsCP1253
        case "windows-1254", "cp1254": return .windowsCP1254
        default:
            throw InputError(file: file, line: 1, column: 1,
                             "the file declares the encoding '\(name)', which collab does not convert: convert it to UTF-8 first (for example with iconv -t UTF-8)")
        }
    }

    /// The 1-based line and column of a byte offset.
    public mutating func location(of offset: Int) -> (line: Int, column: Int) {
        if offset < lineScanOffset { lineScanOffset = 0; lineNumber = 1; lineStart = 0 }
        var i = lineScanOffset
        while i < offset {
            if bytes[i] == 0x0A { lineNumber += 1; lineStart = i + 1 }
            i += 1
        }
        lineScanOffset = offset
        var column = 1
        var j = lineStart
        while j < offset { if bytes[j] & 0xC0 != 0x80 { column += 1 }; j += 1 }
        return (lineNumber, column)
    }

    /// The position of the last event returned.
    public mutating func location() -> (line: Int, column: Int) { location(of: eventStart) }

    /// An error at a byte offset.
    public mutating func error(at offset: Int, _ message: String) -> InputError {
        let (line, column) = location(of: offset)
        return InputError(file: file, line: line, column: column, message)
    }

    /// A well-formedness error at a byte offset.
    private mutating func syntax(at offset: Int, _ message: String) -> InputError {
        error(at: offset, "malformed XML: " + message)
    }

    /// An error at the last event.
    public mutating func error(_ message: String) -> InputError { error(at: eventStart, message) }

    /// Names of the elements open now, outermost first.
    public var openElements: [String] { open }

    /// Checks UTF-8 and XML's character range over the whole input before parsing.
    private mutating func validateCharacters() throws {
        var i = position
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
                    throw syntax(at: i, String(format: "character U+%04X is not allowed in XML", Int(b)))
                }
                i += 1
                continue
            }
            var length = 0
            var scalar: UInt32 = 0
            if b & 0xE0 == 0xC0 { length = 2; scalar = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { length = 3; scalar = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { length = 4; scalar = UInt32(b & 0x07) }
            guard length > 0, i + length <= n else {
                throw syntax(at: i, String(format: "invalid UTF-8 (byte 0x%02X): the file must be UTF-8", Int(b)))
            }
            for k in 1 ..< length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else {
                    throw syntax(at: i, String(format: "invalid UTF-8 (byte 0x%02X): the file must be UTF-8", Int(b)))
                }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800 ... 0xDFFF).contains(scalar) else {
                throw syntax(at: i, String(format: "invalid UTF-8 (byte 0x%02X): the file must be UTF-8", Int(b)))
            }
            if scalar == 0xFFFE || scalar == 0xFFFF {
                throw syntax(at: i, String(format: "character U+%04X is not allowed in XML", Int(scalar)))
            }
            i += length
        }
    }

    // MARK: - Events

    /// The next event, or nil at the end of a well-formed document.
    public mutating func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            eventStart = position
            if bytes[position] != UInt8(ascii: "<") {
                let text = try readText()
                if open.isEmpty {
                    if text.unicodeScalars.contains(where: { !isSpace($0.value) }) {
                        throw syntax(at: eventStart, sawRoot ? "text after the root element" : "text before the root element")
                    }
                    continue
                }
                return .text(text)
            }
            if matches("<!--") {
                guard let end = find("-->", from: position + 4) else { throw syntax(at: eventStart, "comment is not closed") }
                position = end + 3
                continue
            }
            if matches("<![CDATA[") {
                guard !open.isEmpty else { throw syntax(at: eventStart, "CDATA outside the root element") }
                guard let end = find("]]>", from: position + 9) else { throw syntax(at: eventStart, "CDATA section is not closed") }
                let text = String(decoding: bytes[(position + 9) ..< end], as: UTF8.self)
                position = end + 3
                return .text(text)
            }
            if matches("<?") {
                guard let end = find("?>", from: position + 2) else { throw syntax(at: eventStart, "processing instruction is not closed") }
                position = end + 2
                continue
            }
            if matches("<!DOCTYPE") {
                guard !sawRoot else { throw syntax(at: eventStart, "DOCTYPE after the root element") }
                try skipDoctype()
                continue
            }
            if matches("</") {
                position += 2
                let name = try readName()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
                    throw syntax(at: position, "expected '>' to end </\(name)>")
                }
                position += 1
                guard let last = open.last else { throw syntax(at: eventStart, "end tag </\(name)> without a start tag") }
                guard last == name else { throw syntax(at: eventStart, "end tag </\(name)> does not match <\(last)>") }
                open.removeLast()
                return .end(name: name)
            }
            return try readStartTag()
        }
        if let last = open.last {
            throw syntax(at: bytes.count, "the document ended early: <\(last)> is not closed")
        }
        guard sawRoot else { throw syntax(at: bytes.count, "the document is empty: no root element") }
        return nil
    }

    private mutating func readStartTag() throws -> Event {
        if open.isEmpty && sawRoot { throw syntax(at: eventStart, "a second root element: an XML document has one") }
        // Readers recurse into nested graphs: bound the depth (no graph file nests this deep).
        if open.count >= XMLPullReader.maximumDepth {
            throw syntax(at: eventStart, "elements nested more than \(XMLPullReader.maximumDepth) deep")
        }
        position += 1
        let name = try readName()
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw syntax(at: eventStart, "tag <\(name)> is not closed") }
            let b = bytes[position]
            if b == UInt8(ascii: ">") {
                position += 1
                open.append(name)
                sawRoot = true
                return .start(name: name, attributes: attributes)
            }
            if b == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw syntax(at: position, "expected '/>' in <\(name)>")
                }
                position += 2
                open.append(name)
                sawRoot = true
                pendingEnd = name
                return .start(name: name, attributes: attributes)
            }
            guard hadSpace else {
                let found = String(decoding: bytes[position ..< min(position + 4, bytes.count)], as: UTF8.self).unicodeScalars.first.map { String($0) } ?? "?"
                throw syntax(at: position, "unexpected '\(found)' in <\(name)>: expected a space and an attribute, '>' or '/>'")
            }
            let attributeStart = position
            let attributeName = try readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw syntax(at: position, "attribute '\(attributeName)' in <\(name)> has no value (expected '=')")
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw syntax(at: position, "the value of attribute '\(attributeName)' must be quoted")
            }
            let quote = bytes[position]
            position += 1
            let valueStart = position
            while position < bytes.count, bytes[position] != quote {
                if bytes[position] == UInt8(ascii: "<") {
                    throw syntax(at: position, "'<' in the value of attribute '\(attributeName)' (write &lt;)")
                }
                position += 1
            }
            guard position < bytes.count else { throw syntax(at: valueStart - 1, "the value of attribute '\(attributeName)' is not closed") }
            let value = try resolve(valueStart ..< position, normaliseWhitespace: true)
            position += 1
            if attributes.contains(where: { $0.name == attributeName }) {
                throw syntax(at: attributeStart, "attribute '\(attributeName)' appears twice in <\(name)>")
            }
            attributes.append(XMLAttribute(name: attributeName, value: value))
        }
    }

    private mutating func readText() throws -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try resolve(start ..< position, normaliseWhitespace: false)
    }

    /// Decodes text, resolving entity and character references.
    private mutating func resolve(_ range: Range<Int>, normaliseWhitespace: Bool) throws -> String {
        var hasSpecial = false
        for i in range where bytes[i] == UInt8(ascii: "&") || (normaliseWhitespace && bytes[i] < 0x20) || bytes[i] == 0x0D {
            hasSpecial = true
            break
        }
        if !hasSpecial { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x0D {
                // Line ends normalise to LF.
                out.append(normaliseWhitespace ? 0x20 : 0x0A)
                if i + 1 < range.upperBound, bytes[i + 1] == 0x0A { i += 1 }
                i += 1
                continue
            }
            if normaliseWhitespace && (b == 0x0A || b == 0x09) { out.append(0x20); i += 1; continue }
            guard b == UInt8(ascii: "&") else { out.append(b); i += 1; continue }
            var j = i + 1
            while j < range.upperBound, bytes[j] != UInt8(ascii: ";"), j - i < 12 { j += 1 }
            guard j < range.upperBound, bytes[j] == UInt8(ascii: ";") else {
                throw syntax(at: i, "'&' must start a reference such as &amp; (write &amp; for a literal '&')")
            }
            let reference = String(decoding: bytes[(i + 1) ..< j], as: UTF8.self)
            switch reference {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                guard reference.hasPrefix("#") else { throw syntax(at: i, "undefined entity '&\(reference);'") }
                let digits = reference.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let value, let scalar = Unicode.Scalar(value), isXMLCharacter(value) else {
                    throw syntax(at: i, "invalid character reference '&\(reference);'")
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func isXMLCharacter(_ v: UInt32) -> Bool {
        v == 0x09 || v == 0x0A || v == 0x0D || (0x20 ... 0xD7FF).contains(v) || (0xE000 ... 0xFFFD).contains(v) || (0x10000 ... 0x10FFFF).contains(v)
    }

    private func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D }

    private mutating func readName() throws -> String {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            let isNameByte = b >= 0x80 || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
                || (position > start && ((b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")))
            if !isNameByte { break }
            position += 1
        }
        guard position > start else {
            if position >= bytes.count { throw syntax(at: start, "the document ended inside a tag") }
            let scalar = String(decoding: bytes[position ..< min(position + 4, bytes.count)], as: UTF8.self).unicodeScalars.first.map { String($0) } ?? "?"
            throw syntax(at: start, "expected a name, found '\(scalar)'")
        }
        return String(decoding: bytes[start ..< position], as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, isSpace(UInt32(bytes[position])) { position += 1 }
        return position > start
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for k in 0 ..< count where bytes[position + k] != buffer[k] { return false }
            return true
        }
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        return literal.withUTF8Buffer { buffer -> Int? in
            var i = start
            while i + count <= bytes.count {
                if bytes[i] == buffer[0] {
                    var k = 1
                    while k < count && bytes[i + k] == buffer[k] { k += 1 }
                    if k == count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    private mutating func skipDoctype() throws {
        var depth = 0
        var quote: UInt8?
        position += 9
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if let q = quote { if b == q { quote = nil }; continue }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return
            default: break
            }
        }
        throw syntax(at: eventStart, "DOCTYPE is not closed")
    }

    /// A reader of `data` whose whole document has been checked to be well-formed.
    public static func wellFormed(data: Data, file: String) throws -> XMLPullReader {
        let reader = try XMLPullReader(data: data, file: file)
        try reader.checkWellFormed()
        return reader
    }

    /// Reads to the root element's start tag and returns its name (nil for no element).
    public mutating func rootName() throws -> String? {
        while let event = try next() {
            if case .start(let name, _) = event { return name }
        }
        return nil
    }

    /// Reads a copy of this reader to the end, so that a well-formedness error anywhere is
    /// reported (at its position) before any semantic error a reader would find earlier.
    public func checkWellFormed() throws {
        var copy = self
        while try copy.next() != nil {}
    }

    /// Skips the content of the element just started (after a `.start` event), through its end.
    public mutating func skipElement() throws {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    /// Reads the text content of the element just started through its end tag, ignoring
    /// child elements' markup (their text is included).
    public mutating func readElementText() throws -> String {
        var depth = 1
        var text = ""
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text(let t): text += t
            }
        }
        return text
    }
}

/// One attribute of an XML start tag, its value with references resolved.
public struct XMLAttribute: Equatable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == XMLAttribute {
    /// The value of the attribute with this name, if present.
    public subscript(_ name: String) -> String? { first { $0.name == name }?.value }
}
