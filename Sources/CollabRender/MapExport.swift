import Foundation
import CollabGraph
import CollabAnalysis
import CollabOutput

/// The project's map styling as per-actor drawing values for files that carry their own
/// drawing (GEXF's `viz`): the fill colour `collab render` gives each actor (by sector, else
/// kind), a size from the map's size measure (default betweenness), and the position of
/// the same Graphviz layout `collab render` draws (neato up to 400 actors, sfdp above).
///
/// It builds the standard map (``StandardMap``, ``MapBuilder``, ``MapStyle``), lays it
/// out once with Graphviz into DOT, and reads back each node's `pos` (points, y upwards as
/// in Gephi), `fillcolor` and `size_value` with Graphviz's own parser.
public enum MapExport {
    /// One entry per actor (load order); nil for actors the map leaves out.
    /// With `layout: false` no Graphviz layout runs and positions are nil.
    /// `map`: the standard map of `graph` (``StandardMap/whole(_:)``).
    public static func actorViz(_ graph: CollaborationGraph, map: ActorMap, layout: Bool = true) throws -> [ActorViz?] {
        let style = StyleOptions(title: graph.declaration.title ?? "map")
        let engine = LayoutEngine.automatic(actorCount: graph.actorCount)
        let rendered = try MapRenderer.render(graph, map: map, style: style, engine: engine, format: .dot)
        let laidOut = layout ? try GraphvizRenderer.render(dot: rendered.dot, engine: rendered.engine, format: .dot) : Data(rendered.dot.utf8)
        let parsed = try GraphvizRenderer.parse(dot: String(decoding: laidOut, as: UTF8.self))
        let maxSize = rendered.map.size.max() ?? 0
        var result = [ActorViz?](repeating: nil, count: graph.actorCount)
        for node in parsed.nodes {
            guard node.id.hasPrefix("a"), let index = Int(node.id.dropFirst()), index < graph.actorCount else { continue }
            let (r, g, b) = rgb(node.attributes["fillcolor"] ?? MapStyle.uniformColour)
            let value = Double(node.attributes["size_value"] ?? "") ?? 0
            let size = 5 + 25 * (maxSize > 0 ? (value / maxSize).squareRoot() : 0)
            var viz = ActorViz(red: r, green: g, blue: b, size: (size * 1000).rounded() / 1000)
            if let pos = node.attributes["pos"] {
                let parts = pos.split(separator: ",").compactMap { Double($0) }
                if parts.count >= 2 { viz.x = parts[0]; viz.y = parts[1] }
            }
            result[index] = viz
        }
        return result
    }

    /// `#RRGGBB` (or `#RRGGBBAA`) as integers; grey for anything else.
    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count >= 6, let value = Int(digits.prefix(6), radix: 16) else { return (187, 187, 187) }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
