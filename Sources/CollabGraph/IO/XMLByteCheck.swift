import Foundation

/// Checks an XML document's bytes before Foundation's `XMLParser` sees them.
///
/// Foundation's parser on Linux traps (SIGILL) when an element or attribute *name* holds
/// bytes that are not valid UTF-8: libxml2 hands the name over and Foundation force-unwraps
/// its conversion to a `String`. So a document is accepted only when:
/// - it declares no encoding, or declares UTF-8 (or its subset US-ASCII), and its bytes are
///   valid UTF-8 (no overlong forms, no surrogates); or
/// - it declares a single-byte encoding (ISO-8859-*, Latin-1, windows-125*), where every
///   byte is a character and libxml2 converts the document to UTF-8 before any name is read.
/// Other encodings (UTF-16 and UTF-32 with or without a byte-order mark, multi-byte legacy
/// encodings) are refused with a sentence saying how to convert the file.
///
/// - Complexity: O(n) in the document's bytes; the common valid case is one pass of the
///   standard library's UTF-8 validation.
public enum XMLByteCheck {
    /// Throws an ``InputError`` at the line and column of the first offending byte.
    public static func check(_ data: Data, file: String) throws {
        try data.withUnsafeBytes { raw in
            try check(raw.bindMemory(to: UInt8.self), file: file)
        }
    }

    public static func check(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        try GraphImport.refuseWideEncodings(UnsafeRawBufferPointer(bytes), file: file)
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
        if let encoding = declaredEncoding(body) {
            let name = encoding.lowercased()
            if singleByteEncodings.contains(where: { name.hasPrefix($0) }) { return }
            guard name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii" else {
                throw InputError(file: file, line: 1, column: 1,
                                 "the file declares the encoding '\(Excerpt.of(encoding))'; GraphML is read as UTF-8 or a single-byte encoding (ISO-8859-*, windows-125*): convert it first (for example with iconv -t UTF-8)")
            }
        }
        if String(validating: bytes, as: UTF8.self) != nil { return }
        // Slow path, only for invalid input: find the first bad sequence.
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error:
                let (line, column) = position(of: offset, in: bytes)
                throw InputError(file: file, line: line, column: column,
                                 "byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) is not valid UTF-8; GraphML is read as UTF-8: fix the byte or declare the file's real encoding")
            }
        }
    }

    /// Prefixes of encoding names (lower case) in which every byte is one character.
    static let singleByteEncodings = ["iso-8859-", "iso8859-", "latin", "windows-125", "cp125"]

    /// The `encoding="…"` of a leading `<?xml …?>` declaration, if any.
    static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let limit = min(bytes.count, 256)
        guard let close = (0 ..< limit).first(where: { bytes[$0] == UInt8(ascii: ">") }) else { return nil }
        let declaration = String(decoding: UnsafeBufferPointer(rebasing: bytes[0 ..< close]), as: UTF8.self)
        guard let range = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        for b in bytes[0 ..< offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
