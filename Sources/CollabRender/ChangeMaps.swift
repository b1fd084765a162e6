import CollabGraph
import Foundation

/// Small multiples of a system across waves: one map per wave with every actor in the same
/// place, so that the eye sees ties appear and lapse rather than a new drawing each time.
///
/// The union of the waves (every actor present in some wave, every tie of some wave) is laid
/// out once by Graphviz (`neato`, seed 1); each wave is then drawn with every node pinned at
/// that position (`pos="x,y!"`): actors present in the wave filled by kind, absent ones
/// faint; ties kept from the previous wave grey, gained green, and lost since the previous
/// wave dashed orange. Takes typed inputs only (views on one actor index), no analysis.
///
/// - Complexity: one layout of the union (``GraphvizRenderer``) and one render per wave.
public enum ChangeMaps {
    /// Kind fills (Okabe–Ito, as the maps): anchor, sme, employer, public, network, other.
    static func fill(_ kind: ActorKind) -> String {
        switch kind {
        case .anchor: "#0072B2"
        case .sme: "#E69F00"
        case .employer: "#D55E00"
        case .public: "#F0E442"
        case .network: "#CC79A7"
        default: "#56B4E9"
        }
    }

    /// The maps as SVG and PNG (the same drawing), one per wave, and the actors drawn (at most `maximumActors`, the
    /// best-connected over all waves first).
    public static func render(actors: [Actor], views: [GraphView], labels: [String],
                              maximumActors: Int = 400) throws -> (svgs: [Data], pngs: [Data], drawn: Int, present: Int) {
        precondition(views.count == labels.count && !views.isEmpty)
        let n = actors.count
        // Union degree (distinct partners over all waves).
        var unionSources: [Int32] = [], unionTargets: [Int32] = []
        for view in views {
            let rows = view.partners
            for u in 0 ..< n { for v in rows.neighbours(of: u) where Int(v) > u { unionSources.append(Int32(u)); unionTargets.append(v) } }
        }
        let union = CompressedAdjacency(nodeCount: n, sources: unionSources + unionTargets, targets: unionTargets + unionSources,
                                        weights: Array(repeating: 1, count: 2 * unionSources.count))
        let present = (0 ..< n).filter { union.degree($0) > 0 }.map { Int32($0) }
        let drawn = Ranking.top(maximumActors, of: present) { Double(union.degree(Int($0))) }.sorted()
        var keep = [Bool](repeating: false, count: n)
        for u in drawn { keep[Int(u)] = true }
        func node(_ u: Int32) -> String { "a\(u)" }

        // One layout of the union.
        var layout = DOTGraph(name: "union", isDirected: false,
                              graphAttributes: [DOTAttribute("start", "1"), DOTAttribute("overlap", "false"), DOTAttribute("splines", "false")],
                              nodeDefaults: [DOTAttribute("shape", "circle"), DOTAttribute("width", "0.15"), DOTAttribute("fixedsize", "true"),
                                             DOTAttribute("label", "")])
        layout.nodes = drawn.map { DOTNode(id: node($0)) }
        for u in drawn { for v in union.neighbours(of: Int(u)) where v > u && keep[Int(v)] { layout.edges.append(DOTEdge(source: node(u), target: node(v))) } }
        let laidOut = try GraphvizRenderer.render(dot: DOTWriter.write(layout), engine: .neato, format: .dot)
        let parsed = try GraphvizRenderer.parse(dot: String(decoding: laidOut, as: UTF8.self))
        var position: [String: String] = [:]
        for p in parsed.nodes { if let pos = p.attributes["pos"] { position[p.id] = pos } }

        // One drawing per wave, nodes pinned (positions in points: inches = points / 72).
        var svgs: [Data] = [], pngs: [Data] = []
        for (w, view) in views.enumerated() {
            let rows = view.partners
            let previous = w > 0 ? views[w - 1].partners : nil
            var graph = DOTGraph(name: labels[w], isDirected: false,
                                 graphAttributes: [DOTAttribute("label", "\(labels[w])"), DOTAttribute("labelloc", "t"),
                                                   DOTAttribute("fontname", "DejaVu Sans"), DOTAttribute("fontsize", "20"),
                                                   DOTAttribute("splines", "false"), DOTAttribute("notranslate", "true"),
                                                   DOTAttribute("inputscale", "72")],
                                 nodeDefaults: [DOTAttribute("shape", "circle"), DOTAttribute("width", "0.15"), DOTAttribute("fixedsize", "true"),
                                                DOTAttribute("label", ""), DOTAttribute("style", "filled"), DOTAttribute("penwidth", "0.5")],
                                 edgeDefaults: [DOTAttribute("penwidth", "0.8")])
            for u in drawn {
                let isPresent = rows.degree(Int(u)) > 0
                var attributes = [DOTAttribute("pos", (position[node(u)] ?? "0,0") + "!"),
                                  DOTAttribute("tooltip", actors[Int(u)].label)]
                if isPresent {
                    attributes.append(DOTAttribute("fillcolor", fill(actors[Int(u)].actorKind)))
                    attributes.append(DOTAttribute("color", "#333333"))
                } else {
                    attributes.append(DOTAttribute("fillcolor", "#f2f2f2"))
                    attributes.append(DOTAttribute("color", "#d9d9d9"))
                }
                graph.nodes.append(DOTNode(id: node(u), attributes: attributes))
            }
            for u in drawn {
                for v in rows.neighbours(of: Int(u)) where v > u && keep[Int(v)] {
                    let kept = previous.map { $0.contains(from: Int(u), to: v) } ?? true
                    graph.edges.append(DOTEdge(source: node(u), target: node(v), attributes:
                        kept ? [DOTAttribute("color", "#9a9a9a")] : [DOTAttribute("color", "#009E73"), DOTAttribute("penwidth", "1.6")]))
                }
                if let previous {
                    for v in previous.neighbours(of: Int(u)) where v > u && keep[Int(v)] && !rows.contains(from: Int(u), to: v) {
                        graph.edges.append(DOTEdge(source: node(u), target: node(v), attributes:
                            [DOTAttribute("color", "#B00020"), DOTAttribute("style", "dashed")]))
                    }
                }
            }
            let rendered = try GraphvizRenderer.render(dot: DOTWriter.write(graph), engine: .neato, formats: [.svg, .png],
                                                       bitmapDPI: 96, bitmapMaximumPixels: 1600)
            svgs.append(rendered[0])
            pngs.append(rendered[1])
        }
        return (svgs, pngs, drawn.count, present.count)
    }

    /// A page showing the maps side by side, with a legend.
    public static func page(title: String, labels: [String], files: [String], note: String) -> String {
        func escape(_ text: String) -> String { XMLEscaping.escape(text) }
        var html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(escape(title))</title>\n"
        html += "<style>body{font-family:'DejaVu Sans',sans-serif;margin:1.5em}.maps{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:1em}"
        html += "figure{margin:0;border:1px solid #ddd;padding:.5em}figure img{width:100%;height:auto}figcaption{font-weight:bold}"
        html += ".key span{display:inline-block;margin-right:1.2em}</style></head><body>\n"
        html += "<h1>\(escape(title))</h1>\n<p>\(escape(note))</p>\n"
        html += "<p class=\"key\"><span style=\"color:#9a9a9a\">━ kept from the wave before</span><span style=\"color:#009E73\">━ gained</span>"
        html += "<span style=\"color:#B00020\">╍ lost since the wave before</span><span>● present (anchor <b style=\"color:#0072B2\">●</b>, SME <b style=\"color:#E69F00\">●</b>, employer <b style=\"color:#D55E00\">●</b>, public <b style=\"color:#F0E442\">●</b>, network <b style=\"color:#CC79A7\">●</b>, other <b style=\"color:#56B4E9\">●</b>)</span><span style=\"color:#bbb\">○ absent in that wave</span></p>\n"
        html += "<div class=\"maps\">\n"
        for (label, file) in zip(labels, files) {
            html += "<figure><figcaption>\(escape(label))</figcaption><img src=\"\(escape(file))\" alt=\"the system in \(escape(label))\"></figure>\n"
        }
        html += "</div>\n</body></html>\n"
        return html
    }
}
