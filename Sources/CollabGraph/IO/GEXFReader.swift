import Foundation

/// Reads GEXF 1.1, 1.2 and 1.3 (Gephi, NetworkX, Neo4j APOC, ``GEXFWriter``).
///
/// - Nodes become actors (`id`, `label`; attribute values named `kind` fill the kind, others
///   become attributes; the value `null` of a typed attribute, which Gephi writes for a
///   missing value, is absent). Nested nodes (GEXF hierarchies) are actors too, with the
///   attribute `gexf.parent`; `pid` gives the same.
/// - Each edge is a record: `weight`, relation type from the attribute value `type` or the
///   edge's `kind` (GEXF 1.3), dates from the edge's `start`/`end` or its spells (an edge
///   with several spells is one record from the earliest start to the latest end);
///   `collab.membership = true` marks a membership.
/// - Direction: `defaultedgetype` (`directed`, `undirected`; `mutual` reads as undirected).
///   Per-edge `type` overrides cannot be kept (one direction per graph): noted.
/// - Dates: `timeformat="date"` or `dateTime` (the day is kept). With `double` or `integer`
///   times there are no calendar dates: the times are kept as the record attributes
///   `gexf.start` and `gexf.end`, with a note.
/// - Dynamic attribute values: the value with the latest start is kept, with a note.
/// - NetworkX's `networkx_key` (its multigraph edge key) is structure and not kept.
/// - Not kept (with a note): `viz` (collab draws its own maps), node spells and dates
///   (actors are undated), edge labels.
/// - Edges naming an undeclared node are an error, or with `--allow-unknown-actors` add
///   the actor (as Gephi does). Zero weights follow ``ZeroWeightPolicy``.
public enum GEXFReader {
    public static let parentAttribute = "gexf.parent"

    public static func read(_ path: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        try read(data: try GraphImport.contents(path), file: path, options: options)
    }

    public static func read(data: Data, file: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        var parser = Parser(reader: try XMLPullReader.wellFormed(data: data, file: file), options: options)
        return try parser.parse()
    }

    private struct AttributeDeclaration { var title: String; var type: String; var defaultValue: String? }

    /// An attribute value, with its time (for dynamic values).
    private struct TimedValue { var value: String; var start: String? }

    private struct PendingEdge {
        var source: String, target: String
        var weight: String?
        var kind: String?
        var spells: [(start: String?, end: String?)]
        var values: [String: TimedValue]
        var offset: Int
    }

    private struct Parser {
        var reader: XMLPullReader
        var importer: GraphImport
        let allowUnknownActors: Bool
        var graph = CollaborationGraph()
        var nodeDeclarations: [String: AttributeDeclaration] = [:]
        var edgeDeclarations: [String: AttributeDeclaration] = [:]
        var nodeOrder: [String] = []
        var edgeOrder: [String] = []
        var edges: [PendingEdge] = []
        var direction: RecordDirection?
        var timeFormat = "double"
        var sawGraph = false
        var undeclared: [String] = []

        init(reader: XMLPullReader, options: LoadOptions) {
            self.reader = reader
            importer = GraphImport(file: reader.file, format: "GEXF", options: options)
            allowUnknownActors = options.allowUnknownActors
        }

        mutating func parse() throws -> CollaborationGraph {
            let root = try reader.rootName()
            guard root == "gexf" else {
                throw reader.error("not a GEXF file: the root element is <\(Excerpt.of(root ?? ""))>, expected <gexf>")
            }
            while let event = try reader.next() {
                guard case .start(let name, let attributes) = event else { continue }
                switch name {
                case "meta": try readMeta()
                case "graph":
                    if sawGraph { throw reader.error("a second <graph> in one file: collab reads one graph per file") }
                    sawGraph = true
                    try readGraph(attributes)
                default: try reader.skipElement()
                }
            }
            guard sawGraph else { throw InputError(file: reader.file, "no <graph> element: a GEXF file with only metadata holds no network") }
            return try finish()
        }

        mutating func readMeta() throws {
            while let event = try reader.next() {
                if case .end = event { return }
                guard case .start(let name, _) = event else { continue }
                let text = try reader.readElementText().trimmingCharacters(in: .whitespacesAndNewlines)
                if text.isEmpty { continue }
                switch name {
                case "title": graph.declaration.title = text
                case "description": graph.declaration.notes["description"] = text
                default: break
                }
            }
        }

        mutating func readGraph(_ attributes: [XMLAttribute]) throws {
            switch attributes["defaultedgetype"] {
            case "directed"?: direction = .directed
            case "undirected"?: direction = .undirected
            case "mutual"?:
                direction = .undirected
                importer.note("defaultedgetype 'mutual' read as undirected")
            case nil: direction = nil
            case let other?: throw reader.error("defaultedgetype must be directed, undirected or mutual, got '\(Excerpt.of(other))'")
            }
            if let format = attributes["timeformat"] { timeFormat = format }
            else if attributes["mode"] == "dynamic" || attributes["mode"] == "slice" { timeFormat = "double" }
            while let event = try reader.next() {
                if case .end = event { return }
                guard case .start(let name, let childAttributes) = event else { continue }
                switch name {
                case "attributes": try readDeclarations(childAttributes)
                case "nodes": try readNodes(parent: nil)
                case "edges": try readEdges()
                default: try reader.skipElement()
                }
            }
        }

        mutating func readDeclarations(_ attributes: [XMLAttribute]) throws {
            let isEdge = attributes["class"] == "edge"
            while let event = try reader.next() {
                if case .end = event { return }
                guard case .start(let name, let a) = event else { continue }
                guard name == "attribute" else { try reader.skipElement(); continue }
                guard let id = a["id"] else { throw reader.error("<attribute> without an id") }
                var declaration = AttributeDeclaration(title: a["title"] ?? id, type: a["type"] ?? "string", defaultValue: nil)
                while let inner = try reader.next() {
                    if case .end = inner { break }
                    if case .start(let child, _) = inner {
                        if child == "default" { declaration.defaultValue = try reader.readElementText() } else { try reader.skipElement() }
                    }
                }
                if isEdge {
                    if edgeDeclarations[id] == nil { edgeOrder.append(id) }
                    edgeDeclarations[id] = declaration
                } else {
                    if nodeDeclarations[id] == nil { nodeOrder.append(id) }
                    nodeDeclarations[id] = declaration
                }
            }
        }

        /// `<attvalues>` (or bare `<attvalue>`s, which some writers emit): values by attribute id.
        mutating func readValue(_ a: [XMLAttribute], into values: inout [String: TimedValue]) throws {
            guard let id = a["for"] ?? a["id"] else { throw reader.error("<attvalue> without 'for'") }
            guard let value = a["value"] else { throw reader.error("<attvalue for=\"\(Excerpt.of(id))\"> without a value") }
            let start = a["start"] ?? a["timestamp"]
            if let old = values[id] {
                importer.note("attributes with several values over time: the value with the latest start is kept")
                if (old.start ?? "") > (start ?? "") { return }
            }
            values[id] = TimedValue(value: value, start: start)
        }

        mutating func readAttvalues(into values: inout [String: TimedValue]) throws {
            while let event = try reader.next() {
                if case .end = event { return }
                guard case .start(let name, let a) = event else { continue }
                if name == "attvalue" { try readValue(a, into: &values) }
                try reader.skipElement()
            }
        }

        mutating func readNodes(parent: String?) throws {
            while let event = try reader.next() {
                if case .end = event { return }
                guard case .start(let name, let a) = event else { continue }
                guard name == "node" else { try reader.skipElement(); continue }
                let offset = reader.eventStart
                guard let id = a["id"] else { throw reader.error("<node> without an id") }
                var actor = Actor(id: id, label: a["label"])
                if a["start"] != nil || a["end"] != nil { importer.note("node dates and spells not kept: actors are undated in collab") }
                var values: [String: TimedValue] = [:]
                var children = false
                let parentID = a["pid"] ?? parent
                while let inner = try reader.next() {
                    if case .end = inner { break }
                    guard case .start(let child, let ca) = inner else { continue }
                    switch child {
                    case "attvalues": try readAttvalues(into: &values)
                    case "attvalue": try readValue(ca, into: &values); try reader.skipElement()
                    case "nodes":
                        if !children { try add(&actor, values: values, parent: parentID, offset: offset); children = true }
                        try readNodes(parent: id)
                    case "spells":
                        importer.note("node dates and spells not kept: actors are undated in collab")
                        try reader.skipElement()
                    default:
                        if child.hasPrefix("viz:") { importer.note("viz colour, size and position not kept (collab draws its own maps)") }
                        try reader.skipElement()
                    }
                }
                if !children { try add(&actor, values: values, parent: parentID, offset: offset) }
            }
        }

        mutating func add(_ actor: inout Actor, values: [String: TimedValue], parent: String?, offset: Int) throws {
            var merged = values
            for id in nodeOrder where merged[id] == nil {
                if let value = nodeDeclarations[id]?.defaultValue { merged[id] = TimedValue(value: value, start: nil) }
            }
            for (id, timed) in merged.sorted(by: { $0.key < $1.key }) {
                let declaration = nodeDeclarations[id]
                if declaration == nil && !undeclared.contains(id) { undeclared.append(id) }
                let title = declaration?.title ?? id
                if timed.value.isEmpty || (timed.value == "null" && (declaration?.type ?? "string") != "string") { continue }
                switch title {
                case "kind": actor.kind = timed.value
                case "label": if actor.label == actor.id { actor.label = timed.value }
                default: actor.attributes[title] = timed.value
                }
            }
            if let parent { actor.attributes[GEXFReader.parentAttribute] = parent }
            if graph.addActor(actor) == nil { throw reader.error(at: offset, "duplicate node id '\(Excerpt.of(actor.id))'") }
        }

        mutating func readEdges() throws {
            while let event = try reader.next() {
                if case .end = event { return }
                guard case .start(let name, let a) = event else { continue }
                guard name == "edge" else { try reader.skipElement(); continue }
                let offset = reader.eventStart
                guard let source = a["source"], let target = a["target"] else {
                    throw reader.error("<edge> without source and target")
                }
                if let type = a["type"], type != (direction == .undirected ? "undirected" : "directed") {
                    importer.note("edges whose own type differs from defaultedgetype are read with the graph's direction (collab keeps one direction per graph)")
                }
                if a["label"] != nil { importer.note("edge labels not kept") }
                var edge = PendingEdge(source: source, target: target, weight: a["weight"], kind: a["kind"],
                                       spells: [], values: [:], offset: offset)
                if a["start"] != nil || a["end"] != nil { edge.spells.append((a["start"], a["end"])) }
                while let inner = try reader.next() {
                    if case .end = inner { break }
                    guard case .start(let child, let ca) = inner else { continue }
                    switch child {
                    case "attvalues": try readAttvalues(into: &edge.values)
                    case "attvalue": try readValue(ca, into: &edge.values); try reader.skipElement()
                    case "spells":
                        while let s = try reader.next() {
                            if case .end = s { break }
                            if case .start(let spellName, let sa) = s {
                                if spellName == "spell" { edge.spells.append((sa["start"] ?? sa["timestamp"], sa["end"] ?? sa["timestamp"])) }
                                try reader.skipElement()
                            }
                        }
                    default:
                        if child.hasPrefix("viz:") { importer.note("viz colour, size and position not kept (collab draws its own maps)") }
                        try reader.skipElement()
                    }
                }
                edges.append(edge)
            }
        }

        func day(_ text: String?, _ end: Day.PeriodEnd, _ fail: (String) -> InputError) throws -> Day? {
            guard let text, !text.isEmpty else { return nil }
            var trimmed = text.trimmingCharacters(in: .whitespaces)
            if timeFormat == "dateTime" || timeFormat == "datetime", let t = trimmed.firstIndex(of: "T") { trimmed = String(trimmed[..<t]) }
            guard let d = Day(iso: trimmed, periodEnd: end) else {
                throw fail("unparsable date '\(Excerpt.of(text))': expected YYYY-MM-DD (timeformat \(Excerpt.of(timeFormat)))")
            }
            return d
        }

        mutating func finish() throws -> CollaborationGraph {
            let calendar = ["date", "dateTime", "datetime"].contains(timeFormat)
            for edge in edges {
                func fail(_ message: String) -> InputError { reader.error(at: edge.offset, message) }
                func actor(_ id: String, _ role: String) throws -> Int32 {
                    if let index = graph.index(of: id) { return index }
                    guard allowUnknownActors else {
                        throw fail("edge \(role) '\(Excerpt.of(id))' is not a node (use --allow-unknown-actors to add it)")
                    }
                    return graph.addActor(Actor(id: id))!
                }
                let s = try actor(edge.source, "source"), t = try actor(edge.target, "target")
                var values: [String: String] = [:]
                for id in edgeOrder {
                    if let value = edgeDeclarations[id]?.defaultValue { values[edgeDeclarations[id]!.title] = value }
                }
                for (id, timed) in edge.values.sorted(by: { $0.key < $1.key }) {
                    let declaration = edgeDeclarations[id]
                    if declaration == nil && !undeclared.contains(id) { undeclared.append(id) }
                    if timed.value == "null" && (declaration?.type ?? "string") != "string" { continue }
                    values[declaration?.title ?? id] = timed.value
                }
                let isMembership = values[GraphMLWriter.membershipKey].map { $0.lowercased() == "true" || $0 == "1" } ?? false
                let typeName = values["type"] ?? edge.kind ?? ""
                var weightText = edge.weight
                if weightText == nil, let w = values["weight"] { weightText = w }
                var extras: [String: String] = [:]
                // networkx_key is NetworkX's multigraph edge key: structure, not data.
                for (name, value) in values where !["type", "weight", "networkx_key", GraphMLWriter.membershipKey].contains(name) && !value.isEmpty {
                    extras[name] = value
                }
                var weight = 1.0
                if !isMembership, let text = weightText, !text.isEmpty {
                    guard let w = try importer.weight(text, error: fail) else { continue }
                    weight = w
                }
                // One record per edge; several spells span from the earliest start to the
                // latest end (an open end anywhere leaves the span open there).
                if edge.spells.count > 1 {
                    importer.note("edges with several spells are read as one record from the earliest start to the latest end")
                }
                var start: Day?, end: Day?
                var attributes = extras
                if calendar {
                    var starts: [Day?] = [], ends: [Day?] = []
                    for spell in edge.spells {
                        let a = try day(spell.start, .first, fail), b = try day(spell.end, .last, fail)
                        if let a, let b, b < a { throw fail("end date \(b) is before start date \(a)") }
                        starts.append(a)
                        ends.append(b)
                    }
                    start = starts.contains { $0 == nil } ? nil : starts.compactMap { $0 }.min()
                    end = ends.contains { $0 == nil } ? nil : ends.compactMap { $0 }.max()
                } else if let first = edge.spells.first, let last = edge.spells.last {
                    importer.note("times in timeformat '\(Excerpt.of(timeFormat))' are not calendar dates: kept as the record attributes gexf.start and gexf.end")
                    if let v = first.start { attributes["gexf.start"] = v }
                    if let v = last.end { attributes["gexf.end"] = v }
                }
                if isMembership {
                    graph.addMembership(Membership(member: s, network: t, start: start, end: end, attributes: attributes))
                } else {
                    graph.addTie(Tie(source: s, target: t, relationType: graph.relationTypeIndex(for: typeName),
                                     weight: weight, start: start, end: end, attributes: attributes))
                }
            }
            if !undeclared.isEmpty {
                importer.note("attribute values refer to undeclared attributes \(Excerpt.list(undeclared.map { "'\($0)'" })): read as string attributes of those names")
            }
            let nodeTitles = nodeOrder.compactMap { nodeDeclarations[$0]?.title }.filter { $0 != "kind" && $0 != "label" }
            graph.orderAttributeNames(actors: nodeTitles, ties: edgeOrder.compactMap { edgeDeclarations[$0]?.title })
            importer.finish(&graph, direction: direction, source: "GEXF defaultedgetype")
            return graph
        }
    }
}
