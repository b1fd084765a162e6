import Foundation

/// How an actor is drawn in a GEXF file (`viz:color`, `viz:size`, `viz:position`), from the
/// project's map styling; computed by the caller (CollabRender) and handed to the writer.
public struct ActorViz: Sendable, Equatable {
    public var red: Int, green: Int, blue: Int
    public var size: Double
    public var x: Double?, y: Double?

    public init(red: Int, green: Int, blue: Int, size: Double, x: Double? = nil, y: Double? = nil) {
        self.red = red
        self.green = green
        self.blue = blue
        self.size = size
        self.x = x
        self.y = y
    }
}

/// Writes a collaboration graph as GEXF 1.3 (Gephi's format; read by NetworkX's
/// `read_gexf(path, version="1.3")`).
///
/// - Actors are `<node>`s with their label and, as attribute values, `kind` and every
///   attribute column; with `viz`, each node carries `viz:color`, `viz:size` and (when the
///   layout gave one) `viz:position`, so Gephi opens the styled map.
/// - Every record is one `<edge>` (parallel records stay separate edges: GEXF allows them)
///   with its `weight`, its relation type as the attribute value `type` and every
///   attribute column; memberships are edges with `collab.membership = true`.
/// - **Time**: a record's `start`/`end` become the edge's `<spell>` (open at an end the
///   record leaves open), a membership's dates its edge's spell, so Gephi's timeline plays
///   the network's history (`mode="dynamic"`, `timeformat="date"`). Undated records and
///   all actors have no spell: they are present throughout.
/// - `defaultedgetype` follows the declaration: undirected when declared so, else directed.
///
/// All text is XML-escaped.
public enum GEXFWriter {
    /// - Parameter collapse: one edge per pair (per direction when directed) instead of one
    ///   per record: weights summed, the attribute `records` counting them, `type` their
    ///   distinct relation types joined by "; ", one spell per dated record; record
    ///   attributes are left out. Memberships stay one edge each.
    public static func gexf(_ graph: CollaborationGraph, viz: [ActorViz?]? = nil, collapse: Bool = false,
                            creator: String = "collab") -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>\(XMLEscaping.escape(creator))</creator>\n"
        if let title = graph.declaration.title { out += "    <title>\(XMLEscaping.escape(title))</title>\n" }
        if let description = graph.declaration.notes["description"] {
            out += "    <description>\(XMLEscaping.escape(description))</description>\n"
        }
        out += "  </meta>\n"
        let dated = graph.ties.contains { $0.start != nil || $0.end != nil } || graph.memberships.contains { $0.start != nil || $0.end != nil }
        let edgeType = graph.declaration.direction == .undirected ? "undirected" : "directed"
        out += "  <graph defaultedgetype=\"\(edgeType)\" mode=\"\(dated ? "dynamic" : "static")\""
        out += dated ? " timeformat=\"date\" timerepresentation=\"interval\">\n" : ">\n"
        let nodeAttributes = ["kind"] + graph.actorAttributeNames.filter { $0 != "kind" && $0 != "label" }
        var edgeAttributes = collapse ? ["type", "records"] : ["type"]
        for name in (collapse ? [] : graph.tieAttributeNames) + graph.membershipAttributeNames
            where !edgeAttributes.contains(name) && !["weight", "start", "end", GraphMLWriter.membershipKey].contains(name) {
            edgeAttributes.append(name)
        }
        out += "    <attributes class=\"node\">\n"
        for (i, name) in nodeAttributes.enumerated() {
            out += "      <attribute id=\"n\(i)\" title=\"\(XMLEscaping.escape(name))\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (i, name) in edgeAttributes.enumerated() {
            out += "      <attribute id=\"e\(i)\" title=\"\(XMLEscaping.escape(name))\" type=\"string\"/>\n"
        }
        out += "      <attribute id=\"m\" title=\"\(GraphMLWriter.membershipKey)\" type=\"boolean\">\n        <default>false</default>\n      </attribute>\n"
        out += "    </attributes>\n    <nodes>\n"
        func value(_ id: String, _ text: String) -> String {
            "          <attvalue for=\"\(id)\" value=\"\(XMLEscaping.escape(text))\"/>\n"
        }
        for (index, actor) in graph.actors.enumerated() {
            out += "      <node id=\"\(XMLEscaping.escape(actor.id))\" label=\"\(XMLEscaping.escape(actor.label))\">\n"
            var values = ""
            for (i, name) in nodeAttributes.enumerated() {
                if let text = actor.value(of: name) { values += value("n\(i)", text) }
            }
            if !values.isEmpty { out += "        <attvalues>\n" + values + "        </attvalues>\n" }
            if let viz, index < viz.count, let style = viz[index] {
                out += "        <viz:color r=\"\(style.red)\" g=\"\(style.green)\" b=\"\(style.blue)\"/>\n"
                out += "        <viz:size value=\"\(NumberFormat.shortest(style.size))\"/>\n"
                if let x = style.x, let y = style.y {
                    out += "        <viz:position x=\"\(NumberFormat.shortest(x))\" y=\"\(NumberFormat.shortest(y))\" z=\"0\"/>\n"
                }
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        func spells(_ intervals: [(Day?, Day?)]) -> String {
            let dated = intervals.filter { $0.0 != nil || $0.1 != nil }
            guard !dated.isEmpty else { return "" }
            var s = "        <spells>\n"
            for (start, end) in dated {
                s += "          <spell"
                if let start { s += " start=\"\(start)\"" }
                if let end { s += " end=\"\(end)\"" }
                s += "/>\n"
            }
            return s + "        </spells>\n"
        }
        func spell(_ start: Day?, _ end: Day?) -> String { spells([(start, end)]) }
        func extras(_ attributes: [String: String]) -> String {
            var s = ""
            for (i, name) in edgeAttributes.enumerated() where i > 0 {
                if let text = attributes[name] { s += value("e\(i)", text) }
            }
            return s
        }
        if collapse {
            out += collapsedTies(graph, value: value, spells: spells)
        } else {
            for (i, tie) in graph.ties.enumerated() {
                let source = XMLEscaping.escape(graph.actors[Int(tie.source)].id)
                let target = XMLEscaping.escape(graph.actors[Int(tie.target)].id)
                out += "      <edge id=\"r\(i)\" source=\"\(source)\" target=\"\(target)\" weight=\"\(NumberFormat.shortest(tie.weight))\">\n"
                var values = ""
                let type = graph.typeName(of: tie)
                if !type.isEmpty { values += value("e0", type) }
                values += extras(tie.attributes)
                if !values.isEmpty { out += "        <attvalues>\n" + values + "        </attvalues>\n" }
                out += spell(tie.start, tie.end)
                out += "      </edge>\n"
            }
        }
        for (i, m) in graph.memberships.enumerated() {
            let member = XMLEscaping.escape(graph.actors[Int(m.member)].id)
            let network = XMLEscaping.escape(graph.actors[Int(m.network)].id)
            out += "      <edge id=\"m\(i)\" source=\"\(member)\" target=\"\(network)\">\n"
            out += "        <attvalues>\n" + value("m", "true") + extras(m.attributes) + "        </attvalues>\n"
            out += spell(m.start, m.end)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}

extension GEXFWriter {
    /// One edge per pair (ordered when the graph is not declared undirected), in order of
    /// the pair's first record.
    static func collapsedTies(_ graph: CollaborationGraph, value: (String, String) -> String,
                              spells: ([(Day?, Day?)]) -> String) -> String {
        let undirected = graph.declaration.direction == .undirected
        var order: [UInt64] = []
        var records: [UInt64: [Int]] = [:]
        for (i, tie) in graph.ties.enumerated() {
            var (a, b) = (tie.source, tie.target)
            if undirected && a > b { swap(&a, &b) }
            let pair = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
            if records[pair] == nil { order.append(pair) }
            records[pair, default: []].append(i)
        }
        var out = ""
        for (k, pair) in order.enumerated() {
            let members = records[pair]!.map { graph.ties[$0] }
            let source = XMLEscaping.escape(graph.actors[Int(pair >> 32)].id)
            let target = XMLEscaping.escape(graph.actors[Int(pair & 0xFFFF_FFFF)].id)
            let weight = members.reduce(0) { $0 + $1.weight }
            out += "      <edge id=\"p\(k)\" source=\"\(source)\" target=\"\(target)\" weight=\"\(NumberFormat.shortest(weight))\">\n"
            let types = Set(members.map { graph.typeName(of: $0) }).subtracting([""]).sorted()
            var values = value("e1", String(members.count))
            if !types.isEmpty { values = value("e0", types.joined(separator: "; ")) + values }
            out += "        <attvalues>\n" + values + "        </attvalues>\n"
            out += spells(members.map { ($0.start, $0.end) })
            out += "      </edge>\n"
        }
        return out
    }
}
