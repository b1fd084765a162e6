import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// Seeded random graphs shaped like collaboration networks, for property tests of the fast
/// paths: several components, each a preferential-attachment core with triadic closure
/// (Holme–Kim), plus pendant chains, structurally identical twins, a bridge between two
/// components, isolates, parallel records and self-loops.
struct SeededGraph {
    var nodeCount: Int
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var directed: Bool

    var view: GraphView {
        GraphView(nodeCount: nodeCount, sources: sources, targets: targets, weights: weights, directed: directed)
    }

    /// Records as a bare `source,target,weight` CSV (actor ids `a0`, `a1`, …).
    var csv: String {
        var text = "source,target,weight\n"
        for i in sources.indices { text += "a\(sources[i]),a\(targets[i]),\(Int(weights[i]))\n" }
        return text
    }

    /// A graph of about `size` actors (weights 1, 2 or 4). Directed graphs orient each tie
    /// at random and reciprocate about a third of them.
    static func make(size: Int, directed: Bool, seed: UInt64) -> SeededGraph {
        var random = SplitMix64(seed: seed)
        var graph = SeededGraph(nodeCount: 0, directed: directed)
        var neighbours: [[Int32]] = []
        func newActor() -> Int32 {
            neighbours.append([])
            graph.nodeCount += 1
            return Int32(graph.nodeCount - 1)
        }
        func tie(_ a: Int32, _ b: Int32) {
            let weight = [1.0, 2, 4][random.below(3)]
            if directed && random.below(2) == 0 { add(b, a, weight) } else { add(a, b, weight) }
            if directed && random.below(3) == 0 { add(b, a, weight) }
            neighbours[Int(a)].append(b)
            neighbours[Int(b)].append(a)
        }
        func add(_ a: Int32, _ b: Int32, _ weight: Double) {
            graph.sources.append(a)
            graph.targets.append(b)
            graph.weights.append(weight)
        }
        var components: [[Int32]] = []
        let componentCount = 1 + random.below(4)
        for _ in 0 ..< componentCount {
            let coreSize = 3 + random.below(max(1, size / componentCount))
            var members: [Int32] = []
            var ends: [Int32] = []                 // one entry per tie end: preferential attachment
            for _ in 0 ..< coreSize {
                let v = newActor()
                let m = 1 + random.below(3)
                var chosen: [Int32] = []
                for _ in 0 ..< min(m, members.count) {
                    // Triadic closure: a partner of the last partner, else a preferential pick.
                    var u: Int32
                    if let last = chosen.last, random.below(10) < 3, let friend = neighbours[Int(last)].randomElement(using: &random) {
                        u = friend
                    } else {
                        u = ends.isEmpty ? members[random.below(members.count)] : ends[random.below(ends.count)]
                    }
                    if u == v || chosen.contains(u) { continue }
                    chosen.append(u)
                    tie(v, u)
                    ends.append(u)
                    ends.append(v)
                }
                members.append(v)
            }
            // Pendant chains of length 1–3.
            for _ in 0 ..< (coreSize / 4) {
                var anchor = members[random.below(members.count)]
                for _ in 0 ..< (1 + random.below(3)) {
                    let p = newActor()
                    tie(anchor, p)
                    anchor = p
                }
            }
            // Twins: a new actor with exactly the partners of an existing one.
            for _ in 0 ..< (coreSize / 10) {
                let original = members[random.below(members.count)]
                let twin = newActor()
                for u in Set(neighbours[Int(original)]).sorted() where u != twin { tie(twin, u) }
            }
            components.append(members)
        }
        // A bridge between the first two components (sometimes), isolates, a parallel record
        // and a self-loop.
        if components.count > 1 && random.below(2) == 0 {
            tie(components[0][random.below(components[0].count)], components[1][random.below(components[1].count)])
        }
        for _ in 0 ..< random.below(3) { _ = newActor() }
        if let first = graph.sources.first, let firstTarget = graph.targets.first {
            add(first, firstTarget, 1)
            add(first, first, 2)
        }
        return graph
    }
}
