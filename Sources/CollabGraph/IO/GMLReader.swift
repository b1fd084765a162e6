import Foundation

/// Reads GML (Graph Modelling Language) as NetworkX, igraph, yEd, Cytoscape and Gephi write it.
///
/// The file is a list of `key value` pairs; values are integers, reals, `"strings"` (with
/// HTML character references such as `&#34;` or `&amp;` decoded, as NetworkX writes them)
/// or `[ … ]` lists. Structural keys (`graph`, `node`, `edge`, `id`, `source`, `target`,
/// `directed`, `label`) are matched without regard to case (GraphStream writes `Node`,
/// `Id`), and a bare word is read as a string (Gephi writes `id A`).
///
/// - **Actor ids**: the nodes' `label`s when all nodes have distinct labels (NetworkX's
///   dialect: `read_gml(path)` keys nodes by label), else their `name`s when distinct
///   (igraph's dialect), else their `id`s. The actor's label is then `name` (or `label`).
/// - Other scalar node keys become actor attributes (`kind` fills the kind); edge keys
///   `weight`, `type` (relation type), `start`, `end` (dates) fill the record, and
///   `collab_membership 1` marks a membership; other scalar edge keys become attributes.
///   NetworkX's multigraph `key` and list values (`graphics`, `LabelGraphics`) are not
///   kept (a note says so for lists).
/// - Direction: `directed 1` → directed, `directed 0` or absent → undirected (GML's default).
/// - Parallel edges are separate records (NetworkX needs `multigraph 1` for them; collab
///   always keeps them). Zero weights follow ``ZeroWeightPolicy``.
public enum GMLReader {
    public static func read(_ path: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        try read(text: GraphImport.text(try GraphImport.contents(path), file: path), file: path, options: options)
    }

    /// A GML value with its position.
    indirect enum Value {
        case number(String)
        case string(String)
        case list([(key: String, value: Value, line: Int, column: Int)])

        var scalar: String? {
            switch self {
            case .number(let s), .string(let s): return s
            case .list: return nil
            }
        }
    }

    public static func read(text: String, file: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        var parser = Parser(scalars: Array(text.unicodeScalars), file: file)
        let top = try parser.list(closing: false)
        let graphs = top.filter { $0.key.lowercased() == "graph" }
        guard let graphEntry = graphs.first, case .list(let entries) = graphEntry.value else {
            throw InputError(file: file, "no 'graph [ … ]': not a GML graph")
        }
        if graphs.count > 1 {
            throw InputError(file: file, line: graphs[1].line, column: graphs[1].column, "a second graph in one file: collab reads one graph per file")
        }
        var importer = GraphImport(file: file, format: "GML", options: options)
        var direction = RecordDirection.undirected
        var directionSource = "GML (no 'directed' key: undirected, GML's default)"
        var title: String?
        struct Node { var id: String; var fields: [(String, String)]; var line: Int; var column: Int }
        var nodes: [Node] = []
        var listKeys: [String] = []
        var edges: [(fields: [(String, String)], line: Int, column: Int)] = []
        func error(_ line: Int, _ column: Int, _ message: String) -> InputError {
            InputError(file: file, line: line, column: column, message)
        }
        func scalars(_ list: [(key: String, value: Value, line: Int, column: Int)]) -> [(String, String)] {
            var result: [(String, String)] = []
            for entry in list {
                if let text = entry.value.scalar { result.append((entry.key, text)) } else if !listKeys.contains(entry.key) {
                    listKeys.append(entry.key)
                }
            }
            return result
        }
        for entry in entries {
            switch entry.key.lowercased() {
            case "directed":
                guard let text = entry.value.scalar, ["0", "1", "true", "false"].contains(text.lowercased()) else {
                    throw error(entry.line, entry.column, "'directed' must be 0 or 1")
                }
                direction = text == "1" || text.lowercased() == "true" ? .directed : .undirected
                directionSource = "GML directed"
            case "node":
                guard case .list(let list) = entry.value else { throw error(entry.line, entry.column, "'node' must be a list [ … ]") }
                guard let idEntry = list.first(where: { $0.key.lowercased() == "id" }), let id = idEntry.value.scalar else {
                    throw error(entry.line, entry.column, "a node without an id")
                }
                nodes.append(Node(id: id, fields: scalars(list.filter { $0.key.lowercased() != "id" }), line: entry.line, column: entry.column))
            case "edge":
                guard case .list(let list) = entry.value else { throw error(entry.line, entry.column, "'edge' must be a list [ … ]") }
                edges.append((scalars(list), entry.line, entry.column))
            case "label", "name":
                title = entry.value.scalar.flatMap { $0.isEmpty ? nil : $0 }
            default:
                break
            }
        }
        // Actor ids: distinct labels, else distinct names, else ids.
        func distinct(_ key: String) -> [String]? {
            let values = nodes.map { node in node.fields.first { $0.0.lowercased() == key }?.1 }
            let present = values.compactMap { $0 }
            return present.count == nodes.count && Set(present).count == nodes.count ? present : nil
        }
        let labels = distinct("label"), names = distinct("name")
        let idKey: String? = labels != nil ? "label" : names != nil ? "name" : nil
        var graph = CollaborationGraph()
        graph.declaration.title = title
        var byGMLId: [String: Int32] = [:]
        // Attribute columns in order of first appearance in the file.
        var actorOrder: [String] = [], edgeOrder: [String] = []
        for (i, node) in nodes.enumerated() {
            let actorID = labels?[i] ?? names?[i] ?? node.id
            var actor = Actor(id: actorID)
            for (key, value) in node.fields {
                let lower = key.lowercased()
                if lower == idKey { continue }
                switch lower {
                case "label", "name": if actor.label == actor.id { actor.label = value } else { actor.attributes[key] = value }
                case "kind": actor.kind = value
                default: if !value.isEmpty { actor.attributes[key] = value }
                }
                if actor.attributes[key] != nil, !actorOrder.contains(key) { actorOrder.append(key) }
            }
            guard byGMLId[node.id] == nil, let index = graph.addActor(actor) else {
                throw error(node.line, node.column, "duplicate node id '\(Excerpt.of(node.id))'")
            }
            byGMLId[node.id] = index
        }
        for edge in edges {
            func fail(_ message: String) -> InputError { error(edge.line, edge.column, message) }
            func field(_ name: String) -> String? { edge.fields.first { $0.0.lowercased() == name }?.1 }
            guard let sourceID = field("source"), let targetID = field("target") else { throw fail("an edge without source and target") }
            guard let s = byGMLId[sourceID] else { throw fail("edge source '\(Excerpt.of(sourceID))' is not a node id") }
            guard let t = byGMLId[targetID] else { throw fail("edge target '\(Excerpt.of(targetID))' is not a node id") }
            func day(_ name: String, _ end: Day.PeriodEnd) throws -> Day? {
                guard let text = field(name), !text.isEmpty else { return nil }
                guard let d = Day(iso: text, periodEnd: end) else { throw fail("unparsable \(name) date '\(Excerpt.of(text))': expected YYYY-MM-DD") }
                return d
            }
            let start = try day("start", .first), end = try day("end", .last)
            if let a = start, let b = end, b < a { throw fail("end date \(b) is before start date \(a)") }
            var attributes: [String: String] = [:]
            for (key, value) in edge.fields where !["source", "target", "weight", "type", "start", "end", "key", GMLWriter.membershipKey].contains(key.lowercased()) {
                if !value.isEmpty {
                    attributes[key] = value
                    if !edgeOrder.contains(key) { edgeOrder.append(key) }
                }
            }
            if let flag = field(GMLWriter.membershipKey), flag == "1" || flag.lowercased() == "true" {
                graph.addMembership(Membership(member: s, network: t, start: start, end: end, attributes: attributes))
                continue
            }
            var weight = 1.0
            if let text = field("weight") {
                guard let w = try importer.weight(text, error: fail) else { continue }
                weight = w
            }
            graph.addTie(Tie(source: s, target: t, relationType: graph.relationTypeIndex(for: field("type") ?? ""),
                             weight: weight, start: start, end: end, attributes: attributes))
        }
        graph.orderAttributeNames(actors: actorOrder, ties: edgeOrder)
        if !listKeys.isEmpty { importer.note("list values not kept: \(Excerpt.list(listKeys))") }
        importer.finish(&graph, direction: direction, source: directionSource)
        return graph
    }

    /// A recursive-descent reader of GML's key–value lists.
    struct Parser {
        let scalars: [Unicode.Scalar]
        let file: String
        var position = 0
        var line = 1
        var column = 1
        var depth = 0

        init(scalars: [Unicode.Scalar], file: String) {
            self.scalars = scalars
            self.file = file
        }

        mutating func advance() {
            if scalars[position] == "\n" { line += 1; column = 1 } else { column += 1 }
            position += 1
        }

        mutating func skipSpaceAndComments() {
            while position < scalars.count {
                let c = scalars[position]
                if c == " " || c == "\t" || c == "\n" || c == "\r" { advance(); continue }
                if c == "#" {
                    while position < scalars.count, scalars[position] != "\n" { advance() }
                    continue
                }
                break
            }
        }

        func error(_ message: String) -> InputError { InputError(file: file, line: line, column: column, message) }

        static func isKeyScalar(_ c: Unicode.Scalar, first: Bool) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (!first && c >= "0" && c <= "9")
        }

        mutating func list(closing: Bool) throws -> [(key: String, value: Value, line: Int, column: Int)] {
            var entries: [(key: String, value: Value, line: Int, column: Int)] = []
            while true {
                skipSpaceAndComments()
                guard position < scalars.count else {
                    if closing { throw error("the file ended inside a list: a ']' is missing") }
                    return entries
                }
                if scalars[position] == "]" {
                    guard closing else { throw error("']' without a matching '['") }
                    advance()
                    return entries
                }
                let keyLine = line, keyColumn = column
                guard Parser.isKeyScalar(scalars[position], first: true) else {
                    throw error("expected a key (a name such as node or label), found '\(scalars[position])'")
                }
                var key = ""
                while position < scalars.count, Parser.isKeyScalar(scalars[position], first: false) {
                    key.unicodeScalars.append(scalars[position])
                    advance()
                }
                skipSpaceAndComments()
                guard position < scalars.count else { throw error("the key '\(Excerpt.of(key))' has no value") }
                entries.append((key, try value(), keyLine, keyColumn))
            }
        }

        mutating func value() throws -> Value {
            let c = scalars[position]
            if c == "[" {
                // The parser recurses into lists: bound the depth (no graph nests this deep).
                guard depth < 512 else { throw error("lists nested more than 512 deep") }
                advance()
                depth += 1
                defer { depth -= 1 }
                return .list(try list(closing: true))
            }
            if c == "\"" {
                let startLine = line, startColumn = column
                advance()
                var text = ""
                while position < scalars.count, scalars[position] != "\"" {
                    text.unicodeScalars.append(scalars[position])
                    advance()
                }
                guard position < scalars.count else {
                    throw InputError(file: file, line: startLine, column: startColumn, "the string opened here is not closed")
                }
                advance()
                return .string(GMLReader.decodeReferences(text))
            }
            var text = ""
            while position < scalars.count {
                let s = scalars[position]
                if s == " " || s == "\t" || s == "\n" || s == "\r" || s == "]" || s == "[" { break }
                text.unicodeScalars.append(s)
                advance()
            }
            if Double(text) != nil { return .number(text) }
            // A bare word (Gephi's `id A`, GraphStream's `true`): read as a string.
            guard !text.isEmpty else { throw error("expected a value") }
            return .string(text)
        }
    }

    /// Decodes `&#NN;`, `&#xNN;` and the named references NetworkX and igraph write.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        let named = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var decoded: String?
                if let v = named[name] { decoded = v } else if name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                    decoded = code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
