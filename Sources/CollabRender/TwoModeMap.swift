import CollabGraph
import Foundation

/// A drawing of the memberships as a two-mode network (`collab render --two-mode`): actors
/// as circles filled by kind, the networks they belong to (boards, forums, projects) as grey
/// squares, one line per membership. Both modes are sized by their number of memberships
/// (width ∝ √(degree / largest degree) of their mode). Networks are labelled when there are
/// at most `labelAllBelow` of them, else the `labelCount` largest; actors likewise.
///
/// An actor that is both a member and a network (split by ``TwoModeGraph``) is drawn twice,
/// once in each mode. Takes the two-mode graph only; no analysis.
///
/// - Complexity: O(n + m) to write the DOT, then one Graphviz layout
///   (``GraphvizRenderer``).
public enum TwoModeMap {
    /// What to draw and how.
    public struct Options: Sendable {
        public var title: String
        public var engine: LayoutEngine?
        public var labelAllBelow = 60
        public var labelCount = 25
        public var dpi: Int?
        public var maximumPixels: Int?

        public init(title: String, engine: LayoutEngine? = nil, dpi: Int? = nil, maximumPixels: Int? = nil) {
            self.title = title
            self.engine = engine
            self.dpi = dpi
            self.maximumPixels = maximumPixels
        }
    }

    /// The layout used when none is asked for: neato up to 400 nodes, sfdp above.
    public static func defaultEngine(nodeCount: Int) -> LayoutEngine { nodeCount <= 400 ? .neato : .sfdp }

    /// The DOT of the drawing.
    public static func dot(_ graph: TwoModeGraph, model: CollaborationGraph, options: Options) -> DOTGraph {
        let legend = "\(options.title)\n\(graph.actorCount) actors (circles, fill by kind) in \(graph.networkCount) networks (grey squares); \(graph.edgeCount) memberships; size: memberships"
        var dot = DOTGraph(name: "two_mode", isDirected: false,
                           graphAttributes: [DOTAttribute("label", legend), DOTAttribute("labelloc", "t"),
                                             DOTAttribute("fontname", "DejaVu Sans"), DOTAttribute("fontsize", "14"),
                                             DOTAttribute("overlap", "false"), DOTAttribute("splines", "false"),
                                             DOTAttribute("outputorder", "edgesfirst"), DOTAttribute("start", "1")],
                           nodeDefaults: [DOTAttribute("fixedsize", "true"), DOTAttribute("style", "filled"),
                                          DOTAttribute("fontname", "DejaVu Sans"), DOTAttribute("fontsize", "9"),
                                          DOTAttribute("penwidth", "0.6"), DOTAttribute("color", "#333333")],
                           edgeDefaults: [DOTAttribute("color", "#9a9a9a80"), DOTAttribute("penwidth", "0.6")])
        let degree = (0 ..< graph.nodeCount).map { graph.adjacency.degree($0) }
        for mode in TwoModeGraph.Mode.allCases {
            let nodes = graph.nodes(mode)
            let largest = max(1, nodes.map { degree[$0] }.max() ?? 1)
            let labelled: Set<Int> = nodes.count <= options.labelAllBelow ? Set(nodes)
                : Set(Ranking.top(options.labelCount, of: nodes.map(Int32.init)) { Double(degree[Int($0)]) }.map(Int.init))
            for v in nodes {
                let actor = model.actors[Int(graph.modelIndex[v])]
                let width = 0.12 + 0.38 * (Double(degree[v]) / Double(largest)).squareRoot()
                var attributes = [DOTAttribute("width", NumberFormat.fixed(width, digits: 3)),
                                  DOTAttribute("height", NumberFormat.fixed(width, digits: 3)),
                                  DOTAttribute("tooltip", "\(actor.label) (" + ([mode == .actor ? actor.kind : "network"].filter { !$0.isEmpty }
                                      + ["\(degree[v]) \(mode == .actor ? "networks" : "members")"]).joined(separator: ", ") + ")")]
                if mode == .actor {
                    attributes += [DOTAttribute("shape", "circle"), DOTAttribute("fillcolor", ChangeMaps.fill(actor.actorKind))]
                } else {
                    attributes += [DOTAttribute("shape", "square"), DOTAttribute("fillcolor", "#bdbdbd")]
                }
                if labelled.contains(v) {
                    attributes += [DOTAttribute("xlabel", actor.label), DOTAttribute("label", "")]
                } else {
                    attributes.append(DOTAttribute("label", ""))
                }
                dot.nodes.append(DOTNode(id: "n\(v)", attributes: attributes))
            }
        }
        for v in graph.nodes(.actor) {
            for w in graph.adjacency.neighbours(of: v) { dot.edges.append(DOTEdge(source: "n\(v)", target: "n\(w)")) }
        }
        return dot
    }

    /// The drawing in `format` (SVG, PNG, PDF or DOT).
    public static func render(_ graph: TwoModeGraph, model: CollaborationGraph, options: Options, format: RenderFormat) throws -> (data: Data, engine: LayoutEngine) {
        let engine = options.engine ?? defaultEngine(nodeCount: graph.nodeCount)
        let text = DOTWriter.write(dot(graph, model: model, options: options))
        if format == .dot { return (Data(text.utf8), engine) }
        let data = try GraphvizRenderer.render(dot: text, engine: engine, formats: [format], bitmapDPI: options.dpi ?? (graph.nodeCount > 400 ? 72 : 110),
                                               bitmapMaximumPixels: options.maximumPixels)[0]
        return (data, engine)
    }
}
