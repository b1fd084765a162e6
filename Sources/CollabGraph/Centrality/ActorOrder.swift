/// A relabelling of the actors for the all-sources searches, chosen for the cache: `rows` is
/// the same adjacency under the new labels, `newIndex[old]` the new label of an actor and
/// `oldIndex[new]` the actor with that label. The searches run on `rows` and their per-actor
/// sums are mapped back with ``restore(_:)``, so the labels never leave the kernels.
///
/// Two orders:
/// - ``byDegree(_:)``: decreasing degree, ties by index. On collaboration graphs most ties lead
///   to a few hubs, whose search state then shares a few cache lines.
/// - ``breadthFirst(_:)``: breadth-first search from the actor first in the degree order
///   (each further component from its own first actor in that order), the partners of each
///   actor labelled in the degree order. The hubs still come first, and an actor's partners —
///   on a co-authorship network mostly the co-authors of the same papers — get neighbouring
///   labels, so the state a search reads for one actor's ties lies in fewer cache lines
///   (a Cuthill–McKee order seeded by degree; E. Cuthill and J. McKee, "Reducing the
///   bandwidth of sparse symmetric matrices", ACM '69, 157–172, doi:10.1145/800195.805928).
///   On ca-HepPh, ca-CondMat and a Holme–Kim graph of 20,000 actors it takes 10–16% off
///   exact betweenness against the degree order (Benchmarks/RESULTS.md, 2026-12-08).
///
/// Both depend on the adjacency only, never on the thread count.
/// - Complexity: O(n + m log Δ) (each row's unlabelled partners are sorted), O(n + m) memory
///   for the relabelled rows.
struct ActorOrder {
    let rows: CompressedAdjacency
    let newIndex: [Int32]
    let oldIndex: [Int32]

    /// Decreasing degree, ties by index.
    static func byDegree(_ adjacency: CompressedAdjacency) -> ActorOrder {
        ActorOrder(adjacency, oldIndex: degreeOrder(adjacency))
    }

    /// Breadth-first from the best-connected actor, partners in the degree order (see the
    /// type's documentation).
    static func breadthFirst(_ adjacency: CompressedAdjacency) -> ActorOrder {
        let n = adjacency.nodeCount
        let byDegree = degreeOrder(adjacency)
        var rank = [Int32](repeating: 0, count: n)
        for (position, actor) in byDegree.enumerated() { rank[Int(actor)] = Int32(position) }
        var labelled = [Bool](repeating: false, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        var partners: [Int32] = []
        for start in byDegree where !labelled[Int(start)] {
            labelled[Int(start)] = true
            var head = order.count
            order.append(start)
            while head < order.count {
                let v = Int(order[head])
                head += 1
                partners.removeAll(keepingCapacity: true)
                for i in adjacency.row(v) where !labelled[Int(adjacency.neighbours[i])] {
                    let w = adjacency.neighbours[i]
                    labelled[Int(w)] = true
                    partners.append(w)
                }
                partners.sort { rank[Int($0)] < rank[Int($1)] }
                order.append(contentsOf: partners)
            }
        }
        return ActorOrder(adjacency, oldIndex: order)
    }

    /// `adjacency` (any rows over the same actors) under the new labels.
    func relabelled(_ adjacency: CompressedAdjacency) -> CompressedAdjacency {
        ActorOrder.relabel(adjacency, newIndex)
    }

    /// Rewrites per-actor values from new labels to actor indices, in place.
    func restore<T>(_ values: UnsafeMutablePointer<T>) {
        let copy = Array(UnsafeBufferPointer(start: values, count: oldIndex.count))
        for v in 0 ..< oldIndex.count { values[Int(oldIndex[v])] = copy[v] }
    }

    private init(_ adjacency: CompressedAdjacency, oldIndex: [Int32]) {
        var newIndex = [Int32](repeating: 0, count: oldIndex.count)
        for (new, old) in oldIndex.enumerated() { newIndex[Int(old)] = Int32(new) }
        rows = ActorOrder.relabel(adjacency, newIndex)
        self.newIndex = newIndex
        self.oldIndex = oldIndex
    }

    /// The actors by decreasing degree, ties by index (a stable counting sort).
    private static func degreeOrder(_ adjacency: CompressedAdjacency) -> [Int32] {
        let n = adjacency.nodeCount
        let maxDegree = (0 ..< n).map(adjacency.degree).max() ?? 0
        var start = [Int](repeating: 0, count: maxDegree + 2)
        for u in 0 ..< n { start[maxDegree - adjacency.degree(u) + 1] += 1 }
        for d in 0 ... maxDegree { start[d + 1] += start[d] }
        var order = [Int32](repeating: 0, count: n)
        for u in 0 ..< n {
            let slot = maxDegree - adjacency.degree(u)
            order[start[slot]] = Int32(u)
            start[slot] += 1
        }
        return order
    }

    private static func relabel(_ adjacency: CompressedAdjacency, _ newIndex: [Int32]) -> CompressedAdjacency {
        var sources = [Int32](), targets = [Int32](), weights = [Double]()
        sources.reserveCapacity(adjacency.entryCount)
        targets.reserveCapacity(adjacency.entryCount)
        weights.reserveCapacity(adjacency.entryCount)
        for u in 0 ..< adjacency.nodeCount {
            for i in adjacency.row(u) {
                sources.append(newIndex[u])
                targets.append(newIndex[Int(adjacency.neighbours[i])])
                weights.append(adjacency.weights[i])
            }
        }
        // Rows sorted by the new labels (two counting-sort passes; no repeats to sum).
        return CompressedAdjacency(nodeCount: adjacency.nodeCount, sources: sources, targets: targets, weights: weights)
    }
}
