import Foundation

/// Reads a dataset folder's `meta.json` (what the dataset declares about itself) and the
/// first heading of its `README.md`.
///
/// `meta.json` is one JSON object with these optional fields:
/// - `directed` (true or false): whether tie records run from the initiating actor;
/// - `weighted` (true or false): whether tie weights carry meaning (informational:
///   analyses use weights only when asked, e.g. `--weighted`);
/// - `title`, `description`, `source`, `citation`, `license`, `url` (strings).
///
/// Anything else — a syntax error, a field of the wrong type, an unknown field (usually a
/// typo) — is an ``InputError`` naming the file, line and column: a declaration that is
/// silently ignored would change every verdict without a word.
public enum DatasetMeta {
    /// The descriptive string fields meta.json may hold besides `directed` and `title`.
    public static let noteFields = ["description", "source", "citation", "license", "url"]
    static let knownFields = ["directed", "weighted", "title"] + noteFields

    /// The declaration of the dataset folder at `folder` (empty when it has neither
    /// meta.json nor a README heading).
    public static func declaration(ofFolder folder: String) throws -> DatasetDeclaration {
        var declaration = DatasetDeclaration()
        let meta = folder + "/meta.json"
        if FileManager.default.fileExists(atPath: meta) {
            declaration = try read(meta)
        }
        if declaration.title == nil { declaration.title = readmeTitle(folder + "/README.md") }
        return declaration
    }

    /// Parses and validates one meta.json file.
    public static func read(_ path: String) throws -> DatasetDeclaration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        let bytes = [UInt8](data)
        let root = try JSONValue.parse(bytes, file: path)
        guard let fields = root.objectValue else {
            throw InputError(file: path, line: 1, column: 1, "expected a JSON object such as {\"directed\": false}")
        }
        func fail(_ key: String, _ message: String) -> InputError {
            let place = location(ofKey: key, in: bytes)
            return InputError(file: path, line: place?.line, column: place?.column, message)
        }
        var declaration = DatasetDeclaration()
        var seen: Set<String> = []
        for (key, value) in fields {
            guard seen.insert(key).inserted else { throw fail(key, "duplicate field \"\(key)\"") }
            switch key {
            case "directed":
                guard case .bool(let directed) = value else {
                    throw fail(key, "\"directed\" must be true or false (whether tie records run from the initiating actor)")
                }
                declaration.direction = directed ? .directed : .undirected
                declaration.directionSource = "meta.json"
            case "weighted":
                guard case .bool(let weighted) = value else {
                    throw fail(key, "\"weighted\" must be true or false (whether tie weights carry meaning)")
                }
                declaration.weighted = weighted
            case "title":
                guard let title = value.stringValue else { throw fail(key, "\"title\" must be a string") }
                declaration.title = title
            default:
                guard noteFields.contains(key) else {
                    let hint = Suggestions.closest(to: key, in: knownFields).first.map { " (did you mean \"\($0)\"?)" } ?? ""
                    throw fail(key, "unknown field \"\(key)\"\(hint); meta.json may hold: \(knownFields.joined(separator: ", "))")
                }
                guard let text = value.stringValue else { throw fail(key, "\"\(key)\" must be a string") }
                declaration.notes[key] = text
            }
        }
        return declaration
    }

    /// The meta.json object for a declaration; nil when it declares nothing.
    public static func json(_ declaration: DatasetDeclaration) -> JSONValue? {
        var fields: [(String, JSONValue)] = []
        if let direction = declaration.direction { fields.append(("directed", .bool(direction.isDirected))) }
        if let weighted = declaration.weighted { fields.append(("weighted", .bool(weighted))) }
        if let title = declaration.title { fields.append(("title", .string(title))) }
        for key in noteFields { if let text = declaration.notes[key] { fields.append((key, .string(text))) } }
        return fields.isEmpty ? nil : .object(fields)
    }

    /// The first `# heading` of a README.md, if any.
    static func readmeTitle(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let first = String(decoding: data, as: UTF8.self).split(separator: "\n", maxSplits: 1).first ?? ""
        guard first.hasPrefix("# ") else { return nil }
        let title = first.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : title
    }

    /// The line and column of the first `"key"` followed by a colon (a flat object's field).
    static func location(ofKey key: String, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        let quoted = Array(("\"" + key + "\"").utf8)
        guard bytes.count >= quoted.count else { return nil }
        var line = 1, column = 1, i = 0
        while i + quoted.count <= bytes.count {
            if bytes[i] == quoted[0], Array(bytes[i ..< i + quoted.count]) == quoted {
                var j = i + quoted.count
                while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ":") { return (line, column) }
            }
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return nil
    }
}
