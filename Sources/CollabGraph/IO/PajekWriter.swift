import Foundation

/// Writes Pajek `.net` (and `.clu` partitions).
///
/// Vertices are numbered in load order and labelled with the actor **id** (unique, so
/// NetworkX's `read_pajek` keys nodes by it); records are `*Edges` lines when the graph is
/// declared undirected, else `*Arcs`, one line per record (`i j weight`). Pajek keeps no
/// actor labels besides that, no attributes, relation types, dates or memberships:
/// ``notes(for:)`` says what is left out. A `"` in an id is written as `'` (Pajek has no
/// escape).
public enum PajekWriter {
    public static func net(_ graph: CollaborationGraph) -> String {
        var out = "*Vertices \(graph.actorCount)\n"
        for (i, actor) in graph.actors.enumerated() {
            out += "\(i + 1) \"\(quoted(actor.id))\"\n"
        }
        out += graph.declaration.direction == .undirected ? "*Edges\n" : "*Arcs\n"
        for tie in graph.ties {
            out += "\(tie.source + 1) \(tie.target + 1) \(NumberFormat.shortest(tie.weight))\n"
        }
        return out
    }

    /// A Pajek partition of the actors by `attribute`: classes 1, 2, … for its values in
    /// sorted order (listed in `%` comment lines), 0 for actors without a value.
    public static func clu(_ graph: CollaborationGraph, attribute: String) -> String {
        let values = Set(graph.actors.compactMap { $0.value(of: attribute) }).sorted()
        var classes: [String: Int] = [:]
        for (i, value) in values.enumerated() { classes[value] = i + 1 }
        var out = "% partition by \(attribute.replacingOccurrences(of: "\n", with: " "))\n"
        out += "% 0 = no value\n"
        for (i, value) in values.enumerated() { out += "% \(i + 1) = \(value.replacingOccurrences(of: "\n", with: " "))\n" }
        out += "*Vertices \(graph.actorCount)\n"
        for actor in graph.actors { out += "\(actor.value(of: attribute).flatMap { classes[$0] } ?? 0)\n" }
        return out
    }

    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    /// What a `.net` file of this graph leaves out.
    public static func notes(for graph: CollaborationGraph) -> [String] {
        InterchangeLosses.notes(graph, format: "Pajek", keeps: [.weights, .parallelRecords], extra: InterchangeLosses.idNotes(graph))
    }
}
