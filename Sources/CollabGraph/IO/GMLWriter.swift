import Foundation

/// Writes GML that NetworkX (`read_gml(path)`) and igraph (`Graph.Read_GML`) read.
///
/// `directed` follows the declaration (0 when declared undirected), `multigraph 1` (every
/// record is an edge). Nodes: `id` (0-based), `label` = the actor **id** (NetworkX keys
/// nodes by label), `name` = the actor's label, `kind` and each attribute. Edges: `source`,
/// `target`, `weight`, `type`, `start`, `end` and each attribute; memberships are edges with
/// `collab_membership 1`. GML keys are letters, digits and `_`: other characters in
/// attribute names become `_` (``notes(for:)`` lists them). The file is ASCII, as GML
/// requires: strings write `&`, `"`, line breaks and every non-ASCII character as
/// character references (`&amp;`, `&quot;`, `&#233;`).
public enum GMLWriter {
    public static let membershipKey = "collab_membership"

    public static func gml(_ graph: CollaborationGraph, creator: String = "collab") -> String {
        var out = "Creator \"\(escape(creator))\"\ngraph [\n"
        out += "  directed \(graph.declaration.direction == .undirected ? 0 : 1)\n  multigraph 1\n"
        if let title = graph.declaration.title { out += "  label \"\(escape(title))\"\n" }
        let reserved: Set<String> = ["id", "label", "name", "kind", "source", "target", "weight", "type", "start", "end", "key", membershipKey]
        for (i, actor) in graph.actors.enumerated() {
            out += "  node [\n    id \(i)\n    label \"\(escape(actor.id))\"\n"
            if actor.label != actor.id { out += "    name \"\(escape(actor.label))\"\n" }
            if !actor.kind.isEmpty { out += "    kind \"\(escape(actor.kind))\"\n" }
            for name in graph.actorAttributeNames {
                if let value = actor.attributes[name] { out += "    \(key(name, avoiding: reserved)) \"\(escape(value))\"\n" }
            }
            out += "  ]\n"
        }
        func dates(_ start: Day?, _ end: Day?) -> String {
            var s = ""
            if let start { s += "    start \"\(start)\"\n" }
            if let end { s += "    end \"\(end)\"\n" }
            return s
        }
        func attributes(_ values: [String: String], _ order: [String]) -> String {
            var s = ""
            for name in order { if let value = values[name] { s += "    \(key(name, avoiding: reserved)) \"\(escape(value))\"\n" } }
            return s
        }
        for tie in graph.ties {
            out += "  edge [\n    source \(tie.source)\n    target \(tie.target)\n    weight \(NumberFormat.shortest(tie.weight))\n"
            let type = graph.typeName(of: tie)
            if !type.isEmpty { out += "    type \"\(escape(type))\"\n" }
            out += dates(tie.start, tie.end) + attributes(tie.attributes, graph.tieAttributeNames) + "  ]\n"
        }
        for m in graph.memberships {
            out += "  edge [\n    source \(m.member)\n    target \(m.network)\n    \(membershipKey) 1\n"
            out += dates(m.start, m.end) + attributes(m.attributes, graph.membershipAttributeNames) + "  ]\n"
        }
        return out + "]\n"
    }

    /// A GML key for an attribute name: letters, digits and `_`, starting with a letter or
    /// `_`; a name equal to a structural key gets a trailing `_`.
    static func key(_ name: String, avoiding reserved: Set<String>) -> String {
        var key = String(String.UnicodeScalarView(name.unicodeScalars.map { GMLReader.Parser.isKeyScalar($0, first: false) && $0.isASCII ? $0 : "_" }))
        if key.isEmpty || !GMLReader.Parser.isKeyScalar(key.unicodeScalars.first!, first: true) { key = "_" + key }
        if reserved.contains(key.lowercased()) { key += "_" }
        return key
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                // GML is ASCII (NetworkX refuses anything else): other characters as references.
                if scalar.isASCII { out.unicodeScalars.append(scalar) } else { out += "&#\(scalar.value);" }
            }
        }
        return out
    }

    /// Attribute names the file writes under another key.
    public static func notes(for graph: CollaborationGraph) -> [String] {
        let reserved: Set<String> = ["id", "label", "name", "kind", "source", "target", "weight", "type", "start", "end", "key", membershipKey]
        let renamed = Set(graph.actorAttributeNames + graph.tieAttributeNames + graph.membershipAttributeNames)
            .sorted().compactMap { name -> String? in
                let k = key(name, avoiding: reserved)
                return k == name ? nil : "'\(name)' as \(k)"
            }
        return renamed.isEmpty ? [] : ["GML keys are letters, digits and _: attributes written as " + renamed.joined(separator: ", ")]
    }
}
