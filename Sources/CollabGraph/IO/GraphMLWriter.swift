import Foundation

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
