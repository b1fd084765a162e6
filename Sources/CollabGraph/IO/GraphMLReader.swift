import Foundation

/// Reads GraphML as NetworkX, igraph, Gephi, yEd, Cytoscape and ``GraphMLWriter`` write it,
/// with the strict ``XMLPullReader`` (errors at their real line and column).
///
/// Node `id`s become actor ids; data named `label` and `kind` fill those fields (a yFiles
/// `NodeLabel` gives the label when there is none), other node data become attributes.
/// Edge data `type`, `weight`, `start`, `end` fill the record; `collab.membership = true`
/// marks a membership; other edge data become attributes. Key defaults apply.
///
/// Files from the wild:
/// - `<data>` naming an undeclared key is read as a string attribute named by the key id,
///   with a note (as NetworkX does).
/// - **Nested graphs**: every node at any depth is an actor, and every edge at any depth a
///   record. A group node (a node holding a `<graph>`) stays a plain actor; the actors
///   inside it carry the attribute `graphml.parent` = the group node's id (kept through
///   every format, usable with `--group graphml.parent`). Nothing is turned into
///   memberships: a yFiles group is a drawing container as often as an organisation.
/// - A second top-level `<graph>` is an error: one graph per file.
/// - Hyperedges are an error (ties join two actors); ports are ignored (edges attach to
///   their nodes). Data with XML content (yFiles graphics) is not kept.
/// - Weights of 0 follow ``ZeroWeightPolicy``.
public enum GraphMLReader {
    public static func read(_ path: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        try read(data: try GraphImport.contents(path), file: path, options: options)
    }

    public static func read(data: Data, file: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        // Encodings first (UTF-16, declared encodings, invalid UTF-8, with their advice);
        // then the whole document's well-formedness, each fault at its position.
        try XMLByteCheck.check(data, file: file)
        var parser = Parser(reader: try XMLPullReader.wellFormed(data: data, file: file), options: options)
        return try parser.parse()
    }

    /// The attribute that carries a nested node's group node id.
    public static let parentAttribute = "graphml.parent"

    private struct Key { var name: String; var domain: String; var defaultValue: String? }

    private struct PendingEdge {
        var source: String, target: String
        var data: [String: String]
        var offset: Int
    }

    private struct Parser {
        var reader: XMLPullReader
        var importer: GraphImport
        var keys: [String: Key] = [:]
        var keyOrder: [String] = []
        var graph = CollaborationGraph()
        var edges: [PendingEdge] = []
        var topGraphLine: Int?
        var declared: RecordDirection?
        var undeclared: [String] = []
        var undeclaredLine = 0

        init(reader: XMLPullReader, options: LoadOptions) {
            self.reader = reader
            importer = GraphImport(file: reader.file, format: "GraphML", options: options)
        }

        mutating func parse() throws -> CollaborationGraph {
            // The root element.
            let root = try reader.rootName()
            guard root == "graphml" || root?.hasSuffix(":graphml") == true else {
                throw reader.error("not a GraphML file: the root element is <\(Excerpt.of(root ?? ""))>, expected <graphml>")
            }
            while let event = try reader.next() {
                guard case .start(let name, let attributes) = event else { continue }
                switch name {
                case "key": try readKey(attributes)
                case "graph":
                    if let first = topGraphLine {
                        throw reader.error("a second <graph> in one file (the first is on line \(first)): collab reads one graph per file; split the file, one <graph> in each")
                    }
                    topGraphLine = reader.location().line
                    switch attributes["edgedefault"] {
                    case "directed"?: declared = .directed
                    case "undirected"?: declared = .undirected
                    case nil: break
                    case let other?: throw reader.error("edgedefault must be 'directed' or 'undirected', got '\(Excerpt.of(other))'")
                    }
                    try readGraph(parent: nil)
                default:
                    try reader.skipElement()
                }
            }
            guard topGraphLine != nil else { throw InputError(file: reader.file, "no <graph> element: not a GraphML file") }
            return try finish()
        }

        mutating func readKey(_ attributes: [XMLAttribute]) throws {
            guard let id = attributes["id"] else { throw reader.error("<key> without an id") }
            var key = Key(name: attributes["attr.name"] ?? id, domain: attributes["for"] ?? "all", defaultValue: nil)
            while let event = try reader.next() {
                if case .end = event { break }
                if case .start(let name, _) = event {
                    if name == "default" { key.defaultValue = try reader.readElementText() } else { try reader.skipElement() }
                }
            }
            if keys[id] == nil { keyOrder.append(id) }
            keys[id] = key
        }

        /// Reads the content of a `<graph>` through its end tag.
        mutating func readGraph(parent: String?) throws {
            while let event = try reader.next() {
                switch event {
                case .end: return
                case .text: continue
                case .start(let name, let attributes):
                    switch name {
                    case "node": try readNode(attributes, parent: parent)
                    case "edge": try readEdge(attributes)
                    case "graph":
                        importer.note("a <graph> directly inside a <graph> (line \(reader.location().line)) is not GraphML's nesting (a graph inside a node): its nodes and edges are read as part of the graph")
                        try readGraph(parent: parent)
                    case "hyperedge":
                        throw reader.error("hyperedges are not supported: collab's ties join two actors (write each pair as an <edge>)")
                    default:
                        try reader.skipElement()
                    }
                }
            }
        }

        mutating func readNode(_ attributes: [XMLAttribute], parent: String?) throws {
            let offset = reader.eventStart
            guard let id = attributes["id"] else { throw reader.error("<node> without an id") }
            var actor = Actor(id: id)
            var yLabel: String?
            var data: [(String, String)] = []
            var nested = false
            while let event = try reader.next() {
                if case .end = event { break }
                guard case .start(let name, let childAttributes) = event else { continue }
                switch name {
                case "data":
                    let (keyName, value, label) = try readData(childAttributes, domain: "node")
                    if let value { data.append((keyName, value)) }
                    if yLabel == nil, let label { yLabel = label }
                case "graph":
                    // The nodes inside come after this group node, in document order.
                    nested = true
                    try addActor(&actor, data: data, yLabel: yLabel, parent: parent, offset: offset)
                    try readGraph(parent: id)
                default:
                    try reader.skipElement()
                }
            }
            if !nested { try addActor(&actor, data: data, yLabel: yLabel, parent: parent, offset: offset) }
        }

        mutating func addActor(_ actor: inout Actor, data: [(String, String)], yLabel: String?, parent: String?, offset: Int) throws {
            for (name, value) in data { apply(name, value, to: &actor) }
            for id in keyOrder {
                if let key = keys[id], key.domain == "node" || key.domain == "all", let value = key.defaultValue,
                   actor.value(of: key.name) == nil, key.name != "label" || actor.label == actor.id {
                    apply(key.name, value, to: &actor)
                }
            }
            if actor.label == actor.id, let yLabel, !yLabel.isEmpty { actor.label = yLabel }
            if let parent { actor.attributes[GraphMLReader.parentAttribute] = parent }
            if graph.addActor(actor) == nil { throw reader.error(at: offset, "duplicate node id '\(Excerpt.of(actor.id))'") }
        }

        mutating func readEdge(_ attributes: [XMLAttribute]) throws {
            let offset = reader.eventStart
            guard let s = attributes["source"], let t = attributes["target"] else {
                throw reader.error("<edge> without source and target")
            }
            var edge = PendingEdge(source: s, target: t, data: [:], offset: offset)
            while let event = try reader.next() {
                if case .end = event { break }
                guard case .start(let name, let childAttributes) = event else { continue }
                if name == "data" {
                    let (keyName, value, _) = try readData(childAttributes, domain: "edge")
                    if let value { edge.data[keyName] = value }
                } else if name == "graph" {
                    importer.note("a graph nested in an edge (line \(reader.location().line)) is read as part of the graph")
                    try readGraph(parent: nil)
                } else {
                    try reader.skipElement()
                }
            }
            edges.append(edge)
        }

        /// A `<data>` element: its key's name, its text (nil when it holds XML markup), and
        /// the text of a yFiles `NodeLabel` inside it.
        mutating func readData(_ attributes: [XMLAttribute], domain: String) throws -> (String, String?, String?) {
            guard let keyID = attributes["key"] else { throw reader.error("<data> without a key") }
            let name: String
            if let key = keys[keyID] {
                name = key.name
            } else {
                name = keyID
                if undeclared.isEmpty { undeclaredLine = reader.location().line }
                undeclared.append(keyID)
                keys[keyID] = Key(name: keyID, domain: domain, defaultValue: nil)
                keyOrder.append(keyID)
            }
            var text = ""
            var hasMarkup = false
            var label: String?
            var depth = 1
            while depth > 0, let event = try reader.next() {
                switch event {
                case .start(let child, _):
                    hasMarkup = true
                    if label == nil, child.hasSuffix(":NodeLabel") || child == "NodeLabel" {
                        label = try reader.readElementText().trimmingCharacters(in: .whitespacesAndNewlines)
                    } else {
                        depth += 1
                    }
                case .end: depth -= 1
                case .text(let t): if depth == 1 { text += t }
                }
            }
            if hasMarkup { return (name, nil, label) }
            return (name, text, label)
        }

        func apply(_ name: String, _ value: String, to actor: inout Actor) {
            switch name {
            case "label": actor.label = value
            case "kind": actor.kind = value
            default:
                if !value.isEmpty { actor.attributes[name] = value }
            }
        }

        mutating func finish() throws -> CollaborationGraph {
            var attributeNames: [String] = []
            for id in keyOrder {
                if let key = keys[id], key.domain == "node" || key.domain == "all",
                   !["label", "kind"].contains(key.name), !attributeNames.contains(key.name) {
                    attributeNames.append(key.name)
                }
            }
            if graph.actors.contains(where: { $0.attributes[GraphMLReader.parentAttribute] != nil }) {
                attributeNames.append(GraphMLReader.parentAttribute)
            }
            graph.actorAttributeNames = attributeNames.filter { name in graph.actors.contains { $0.attributes[name] != nil } }
            var tieNames: [String] = []
            var membershipNames: [String] = []
            let reserved = ["type", "weight", "start", "end", GraphMLWriter.membershipKey]
            let weightDefault = keyOrder.compactMap { id -> (String, String)? in
                guard let key = keys[id], key.name == "weight", key.domain == "edge" || key.domain == "all", let value = key.defaultValue else { return nil }
                return (id, value)
            }.first
            for edge in edges {
                func fail(_ message: String) -> InputError { reader.error(at: edge.offset, message) }
                guard let s = graph.index(of: edge.source) else { throw fail("edge source '\(Excerpt.of(edge.source))' is not a node") }
                guard let t = graph.index(of: edge.target) else { throw fail("edge target '\(Excerpt.of(edge.target))' is not a node") }
                var data = edge.data
                for id in keyOrder {
                    if let key = keys[id], key.domain == "edge" || key.domain == "all", let value = key.defaultValue,
                       data[key.name] == nil {
                        data[key.name] = value
                    }
                }
                func day(_ name: String, _ end: Day.PeriodEnd) throws -> Day? {
                    guard let text = data[name], !text.isEmpty else { return nil }
                    guard let d = Day(iso: text.trimmingCharacters(in: .whitespaces), periodEnd: end) else {
                        throw fail("unparsable \(name) date '\(Excerpt.of(text))': expected YYYY-MM-DD")
                    }
                    return d
                }
                let start = try day("start", .first), end = try day("end", .last)
                if let a = start, let b = end, b < a { throw fail("end date \(b) is before start date \(a)") }
                var extras: [String: String] = [:]
                for (name, value) in data where !reserved.contains(name) {
                    if !value.isEmpty { extras[name] = value }
                }
                if let flag = data[GraphMLWriter.membershipKey], flag.lowercased() == "true" || flag == "1" {
                    for name in extras.keys.sorted() where !membershipNames.contains(name) { membershipNames.append(name) }
                    graph.addMembership(Membership(member: s, network: t, start: start, end: end, attributes: extras))
                    continue
                }
                var weight = 1.0
                if let text = data["weight"], !text.isEmpty {
                    let origin = edge.data["weight"] == nil ? weightDefault.map { "the default of key '\($0.0)'" } : nil
                    guard let w = try importer.weight(text, origin: origin, error: fail) else { continue }
                    weight = w
                }
                for name in extras.keys.sorted() where !tieNames.contains(name) { tieNames.append(name) }
                let type = graph.relationTypeIndex(for: data["type"] ?? "")
                graph.addTie(Tie(source: s, target: t, relationType: type, weight: weight, start: start, end: end, attributes: extras))
            }
            // Keep the declared key order for attribute columns.
            let declaredNames = keyOrder.compactMap { keys[$0]?.name }
            graph.tieAttributeNames = declaredNames.filter { tieNames.contains($0) }
            graph.membershipAttributeNames = declaredNames.filter { membershipNames.contains($0) }
            if !undeclared.isEmpty {
                let list = Excerpt.list(undeclared.map { "'\($0)'" })
                importer.note("<data> refers to \(undeclared.count == 1 ? "a key" : "keys") not declared by a <key> (first on line \(undeclaredLine)): \(list), read as \(undeclared.count == 1 ? "a string attribute of that name" : "string attributes of those names")")
            }
            importer.finish(&graph, direction: declared, source: "GraphML edgedefault")
            return graph
        }
    }
}
