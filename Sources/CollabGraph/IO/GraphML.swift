import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Writes a collaboration graph as GraphML (read by NetworkX, igraph, Gephi and yEd).
///
/// Every record is one `<edge>` (the graph is a directed multigraph, so parallel records
/// survive); memberships are edges carrying `collab.membership = true`. Keys: actor
/// `label`, `kind` and each attribute column; record `type`, `weight`, `start`, `end` and
/// each attribute column. All text is XML-escaped.
public enum GraphMLWriter {
    public static let membershipKey = "collab.membership"

    public static func graphML(_ graph: CollaborationGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        var nodeKeys: [(name: String, id: String)] = []
        var edgeKeys: [(name: String, id: String)] = []
        func key(_ name: String, for domain: String, type: String) -> String {
            let id = domain == "node" ? "n\(nodeKeys.count)" : "e\(edgeKeys.count)"
            if domain == "node" { nodeKeys.append((name, id)) } else { edgeKeys.append((name, id)) }
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLEscaping.escape(name))\" attr.type=\"\(type)\"/>\n"
            return id
        }
        let labelKey = key("label", for: "node", type: "string")
        let kindKey = key("kind", for: "node", type: "string")
        let actorAttributeKeys = graph.actorAttributeNames.map { key($0, for: "node", type: "string") }
        let typeKey = key("type", for: "edge", type: "string")
        let weightKey = key("weight", for: "edge", type: "double")
        let startKey = key("start", for: "edge", type: "string")
        let endKey = key("end", for: "edge", type: "string")
        let membershipFlag = key(membershipKey, for: "edge", type: "boolean")
        var extraEdgeNames: [String] = graph.tieAttributeNames
        for name in graph.membershipAttributeNames where !extraEdgeNames.contains(name) { extraEdgeNames.append(name) }
        var extraEdgeKeys: [String: String] = [:]
        for name in extraEdgeNames where !["type", "weight", "start", "end", membershipKey].contains(name) {
            extraEdgeKeys[name] = key(name, for: "edge", type: "string")
        }
        let edgeDefault = graph.declaration.direction == .undirected ? "undirected" : "directed"
        out += "  <graph id=\"G\" edgedefault=\"\(edgeDefault)\">\n"
        func data(_ key: String, _ value: String) -> String {
            "      <data key=\"\(key)\">\(XMLEscaping.escape(value))</data>\n"
        }
        for actor in graph.actors {
            out += "    <node id=\"\(XMLEscaping.escape(actor.id))\">\n"
            if actor.label != actor.id { out += data(labelKey, actor.label) }
            if !actor.kind.isEmpty { out += data(kindKey, actor.kind) }
            for (name, keyID) in zip(graph.actorAttributeNames, actorAttributeKeys) {
                if let value = actor.attributes[name] { out += data(keyID, value) }
            }
            out += "    </node>\n"
        }
        func extras(_ attributes: [String: String]) -> String {
            var s = ""
            for name in extraEdgeNames { if let value = attributes[name], let k = extraEdgeKeys[name] { s += data(k, value) } }
            return s
        }
        for tie in graph.ties {
            out += "    <edge source=\"\(XMLEscaping.escape(graph.actors[Int(tie.source)].id))\" target=\"\(XMLEscaping.escape(graph.actors[Int(tie.target)].id))\">\n"
            let type = graph.typeName(of: tie)
            if !type.isEmpty { out += data(typeKey, type) }
            out += data(weightKey, NumberFormat.shortest(tie.weight))
            if let start = tie.start { out += data(startKey, start.description) }
            if let end = tie.end { out += data(endKey, end.description) }
            out += extras(tie.attributes)
            out += "    </edge>\n"
        }
        for m in graph.memberships {
            out += "    <edge source=\"\(XMLEscaping.escape(graph.actors[Int(m.member)].id))\" target=\"\(XMLEscaping.escape(graph.actors[Int(m.network)].id))\">\n"
            out += data(membershipFlag, "true")
            if let start = m.start { out += data(startKey, start.description) }
            if let end = m.end { out += data(endKey, end.description) }
            out += extras(m.attributes)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

/// Reads GraphML as NetworkX, igraph and Gephi write it (and as ``GraphMLWriter`` does).
///
/// Node `id`s become actor ids; data named `label` and `kind` fill those fields, other
/// node data become attributes. Edge data `type`, `weight`, `start`, `end` fill the record;
/// `collab.membership = true` marks a membership; other edge data become attributes.
/// Key defaults (`<default>`) apply. Malformed XML, unknown endpoints, duplicate node
/// ids and invalid weights or dates are errors with line and column.
public enum GraphMLReader {
    public static func read(_ path: String) throws -> CollaborationGraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        return try read(data: data, file: path)
    }

    public static func read(data: Data, file: String) throws -> CollaborationGraph {
        try XMLByteCheck.check(data, file: file)
        let parser = XMLParser(data: data)
        let handler = Handler(file: file)
        parser.delegate = handler
        let ok = parser.parse()
        if let error = handler.error { throw error }
        guard ok, parser.parserError == nil, handler.openElements.isEmpty else {
            let message = "malformed XML: " + describe(parser.parserError, open: handler.openElements)
            throw InputError(file: file, line: parser.lineNumber, column: parser.columnNumber, message)
        }
        guard handler.sawGraph else { throw InputError(file: file, "no <graph> element: not a GraphML file") }
        return try handler.finish()
    }

    /// A readable cause for XMLParser's numeric error codes (libxml2's on Linux).
    private static func describe(_ error: Error?, open: [String]) -> String {
        let code = (error as NSError?)?.code
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ended early" + (open.last.map { ": <\($0)> is not closed" } ?? "")
        case 38, 41, 65, 73: return "malformed attribute"
        case 76: return "an end tag does not match its start tag"
        case 9: return "invalid character"
        case 26, 68: return "undefined or malformed entity"
        default: return "XML parser error \(code.map(String.init) ?? "unknown")" + (open.last.map { " inside <\($0)>" } ?? "")
        }
    }

    private struct Key { var name: String; var domain: String; var defaultValue: String? }

    private struct PendingEdge {
        var source: String, target: String
        var data: [String: String]
        var line: Int, column: Int
    }

    private final class Handler: NSObject, XMLParserDelegate {
        let file: String
        var error: InputError?
        var sawGraph = false
        var keys: [String: Key] = [:]
        var keyOrder: [String] = []
        var graph = CollaborationGraph()
        var nodeLines: [Int] = []
        var edges: [PendingEdge] = []
        // Current element state.
        var currentKey: String?
        var currentNode: Actor?
        var currentEdge: PendingEdge?
        var currentData: String?
        var inDefault = false
        var text = ""
        /// Element names open at this point: libxml2 in FoundationXML does not always
        /// report a mismatched end tag, so nesting is checked here too.
        var openElements: [String] = []

        init(file: String) { self.file = file }

        func fail(_ parser: XMLParser, _ message: String) {
            if error == nil { error = InputError(file: file, line: parser.lineNumber, column: parser.columnNumber, message) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            openElements.append(name)
            switch name {
            case "key":
                guard let id = attributes["id"] else { return fail(parser, "<key> without an id") }
                let attrName = attributes["attr.name"] ?? id
                keys[id] = Key(name: attrName, domain: attributes["for"] ?? "all", defaultValue: nil)
                keyOrder.append(id)
                currentKey = id
            case "default":
                inDefault = true
                text = ""
            case "graph":
                sawGraph = true
                switch attributes["edgedefault"] {
                case "directed"?: graph.declaration.direction = .directed
                case "undirected"?: graph.declaration.direction = .undirected
                case nil: break
                case let other?:
                    return fail(parser, "edgedefault must be 'directed' or 'undirected', got '\(other)'")
                }
                if attributes["edgedefault"] != nil { graph.declaration.directionSource = "GraphML edgedefault" }
            case "node":
                guard let id = attributes["id"] else { return fail(parser, "<node> without an id") }
                currentNode = Actor(id: id)
                nodeLines.append(parser.lineNumber)
            case "edge":
                guard let s = attributes["source"], let t = attributes["target"] else {
                    return fail(parser, "<edge> without source and target")
                }
                currentEdge = PendingEdge(source: s, target: t, data: [:], line: parser.lineNumber, column: parser.columnNumber)
            case "data":
                guard let key = attributes["key"] else { return fail(parser, "<data> without a key") }
                currentData = key
                text = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if currentData != nil || inDefault { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard openElements.last == name else {
                return fail(parser, "malformed XML: </\(name)> closes <\(openElements.last ?? "nothing")>")
            }
            openElements.removeLast()
            switch name {
            case "default":
                if let k = currentKey { keys[k]?.defaultValue = text }
                inDefault = false
            case "key":
                currentKey = nil
            case "data":
                guard let keyID = currentData else { return }
                currentData = nil
                guard let key = keys[keyID] else { return fail(parser, "<data> refers to undeclared key '\(keyID)'") }
                if var node = currentNode {
                    apply(key.name, text, to: &node)
                    currentNode = node
                } else if currentEdge != nil {
                    currentEdge!.data[key.name] = text
                }
            case "node":
                guard var node = currentNode else { return }
                currentNode = nil
                for id in keyOrder {
                    if let key = keys[id], key.domain == "node" || key.domain == "all", let value = key.defaultValue,
                       node.value(of: key.name) == nil, key.name != "label" || node.label == node.id {
                        apply(key.name, value, to: &node)
                    }
                }
                if graph.addActor(node) == nil { return fail(parser, "duplicate node id '\(node.id)'") }
            case "edge":
                guard var edge = currentEdge else { return }
                currentEdge = nil
                for id in keyOrder {
                    if let key = keys[id], key.domain == "edge" || key.domain == "all", let value = key.defaultValue,
                       edge.data[key.name] == nil {
                        edge.data[key.name] = value
                    }
                }
                edges.append(edge)
            default:
                break
            }
        }

        func apply(_ name: String, _ value: String, to actor: inout Actor) {
            switch name {
            case "label": actor.label = value
            case "kind": actor.kind = value
            default:
                if !value.isEmpty { actor.attributes[name] = value }
            }
        }

        func finish() throws -> CollaborationGraph {
            var attributeNames: [String] = []
            for id in keyOrder {
                if let key = keys[id], key.domain == "node" || key.domain == "all",
                   !["label", "kind"].contains(key.name), !attributeNames.contains(key.name) {
                    attributeNames.append(key.name)
                }
            }
            graph.actorAttributeNames = attributeNames.filter { name in graph.actors.contains { $0.attributes[name] != nil } }
            var tieNames: [String] = []
            var membershipNames: [String] = []
            for edge in edges {
                func fail(_ message: String) -> InputError { InputError(file: file, line: edge.line, column: edge.column, message) }
                guard let s = graph.index(of: edge.source) else { throw fail("edge source '\(edge.source)' is not a node") }
                guard let t = graph.index(of: edge.target) else { throw fail("edge target '\(edge.target)' is not a node") }
                func day(_ name: String, _ end: Day.PeriodEnd) throws -> Day? {
                    guard let text = edge.data[name], !text.isEmpty else { return nil }
                    guard let d = Day(iso: text.trimmingCharacters(in: .whitespaces), periodEnd: end) else {
                        throw fail("unparsable \(name) date '\(text)': expected YYYY-MM-DD")
                    }
                    return d
                }
                let start = try day("start", .first), end = try day("end", .last)
                if let a = start, let b = end, b < a { throw fail("end date \(b) is before start date \(a)") }
                var extras: [String: String] = [:]
                for (name, value) in edge.data where !["type", "weight", "start", "end", GraphMLWriter.membershipKey].contains(name) {
                    if !value.isEmpty { extras[name] = value }
                }
                if let flag = edge.data[GraphMLWriter.membershipKey], flag.lowercased() == "true" || flag == "1" {
                    for name in extras.keys.sorted() where !membershipNames.contains(name) { membershipNames.append(name) }
                    graph.addMembership(Membership(member: s, network: t, start: start, end: end, attributes: extras))
                    continue
                }
                var weight = 1.0
                if let text = edge.data["weight"], !text.isEmpty {
                    guard let w = Double(text.trimmingCharacters(in: .whitespaces)), w.isFinite, w > 0 else {
                        throw fail("invalid weight '\(text)': expected a number greater than 0")
                    }
                    weight = w
                }
                for name in extras.keys.sorted() where !tieNames.contains(name) { tieNames.append(name) }
                let type = graph.relationTypeIndex(for: edge.data["type"] ?? "")
                graph.addTie(Tie(source: s, target: t, relationType: type, weight: weight, start: start, end: end, attributes: extras))
            }
            // Keep the declared key order for attribute columns.
            let declared = keyOrder.compactMap { keys[$0]?.name }
            graph.tieAttributeNames = declared.filter { tieNames.contains($0) }
            graph.membershipAttributeNames = declared.filter { membershipNames.contains($0) }
            return graph
        }
    }
}
