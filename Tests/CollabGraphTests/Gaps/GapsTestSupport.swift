import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// Helpers for the gaps tests: raw tie arrays of a view, the view with one tie added, and
/// a seeded random graph.
enum GapsTestSupport {
    /// The distinct ties of `view` as raw arrays (undirected: each tie once, u < v).
    static func rawTies(_ view: GraphView) -> (sources: [Int32], targets: [Int32], weights: [Double]) {
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        let rows = view.outgoing
        for u in 0 ..< rows.nodeCount {
            for i in rows.row(u) where view.isDirected || Int(rows.neighbours[i]) > u {
                s.append(Int32(u)); t.append(rows.neighbours[i]); w.append(rows.weights[i])
            }
        }
        return (s, t, w)
    }

    /// `view` rebuilt from scratch with the tie (arc) focus → target of weight `weight` added.
    static func adding(_ view: GraphView, _ focus: Int, _ target: Int, weight: Double) -> GraphView {
        var raw = rawTies(view)
        raw.sources.append(Int32(focus)); raw.targets.append(Int32(target)); raw.weights.append(weight)
        return GraphView(nodeCount: view.nodeCount, sources: raw.sources, targets: raw.targets, weights: raw.weights,
                         directed: view.isDirected)
    }

    /// Actors within `k` hops of `focus` on the partner rows (focus excluded), by plain BFS.
    static func reachCount(_ view: GraphView, _ focus: Int, _ k: Int) -> Int {
        var level = [Int](repeating: -1, count: view.nodeCount)
        level[focus] = 0
        var queue = [focus], head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            guard level[u] < k else { continue }
            for v in view.partners.neighbours(of: u) where level[Int(v)] < 0 { level[Int(v)] = level[u] + 1; queue.append(Int(v)) }
        }
        return queue.count - 1
    }

    /// A seeded random graph: n actors, about `ties` records with weights 1…4 in halves,
    /// kinds and sectors from small lists.
    static func randomGraph(n: Int, ties: Int, directed: Bool, seed: UInt64) -> (graph: CollaborationGraph, view: GraphView) {
        var random = SplitMix64(seed: seed)
        var graph = CollaborationGraph()
        let kinds = ["anchor", "sme", "employer", "network"], sectors = ["digital", "health", "creative"]
        for i in 0 ..< n {
            graph.addActor(Actor(id: "a\(i)", kind: kinds[Int(random.next() % 4)], attributes: ["sector": sectors[Int(random.next() % 3)]]))
        }
        for _ in 0 ..< ties {
            let s = Int(random.next() % UInt64(n)), t = Int(random.next() % UInt64(n))
            graph.addTie(from: "a\(s)", to: "a\(t)", weight: 1 + Double(random.next() % 7) / 2)
        }
        return (graph, graph.view(ViewOptions(directed: directed)))
    }
}
