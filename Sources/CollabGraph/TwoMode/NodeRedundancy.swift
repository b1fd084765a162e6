/// Latapy, Magnien and Del Vecchio's redundancy of a node in a two-mode graph: the share of
/// pairs of its neighbours that are also joined through some other node — how much of what
/// the node brings together would stay together without it.
///
///     rc(v) = |{ {u, w} ⊆ N(v), u ≠ w : ∃ v′ ≠ v with u, w ∈ N(v′) }| / (d(v)(d(v) − 1)/2)
///
/// For an actor: the share of pairs of its networks that share another member (an actor
/// whose boards all interlock anyway is redundant; one that alone links two boards is not).
/// Undefined (nil) below two neighbours, where NetworkX raises an error.
///
/// Reference: M. Latapy, C. Magnien and N. Del Vecchio, "Basic notions for the analysis of
/// large two-mode networks", Social Networks 30(1), 31–48, 2008,
/// doi:10.1016/j.socnet.2007.04.006. Matches NetworkX 3.6.1 `bipartite.node_redundancy`.
///
/// - Complexity: O(Σ_v Σ_{u ∈ N(v)} Σ_{x ∈ N(u)} |N(x) ∩ N(v)|) time: for each neighbour u
///   of v the pairs it closes are marked through each x ≠ v beside it; O(N) space (a
///   position and a stamp per node, reset only where touched). Unweighted (as NetworkX).
public struct NodeRedundancy: Sendable, Equatable {
    /// rc(v), nil for nodes with fewer than two neighbours.
    public var values: [Double?]

    public init(_ graph: TwoModeGraph) {
        let N = graph.nodeCount
        let adjacency = graph.adjacency
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        var values = [Double?](repeating: nil, count: N)
        var position = [Int32](repeating: -1, count: N)   // index of u in N(v), −1 outside
        var stamp = [Int32](repeating: -1, count: N)      // last u (by position) that marked w
        for v in 0 ..< N {
            let d = offsets[v + 1] - offsets[v]
            guard d >= 2 else { continue }
            for (k, i) in (offsets[v] ..< offsets[v + 1]).enumerated() { position[Int(neighbours[i])] = Int32(k) }
            var overlapping = 0
            for (k, i) in (offsets[v] ..< offsets[v + 1]).enumerated() {
                let u = Int(neighbours[i])
                // Pairs {u, w} with w after u in N(v) that meet at some x ≠ v.
                for j in offsets[u] ..< offsets[u + 1] {
                    let x = Int(neighbours[j])
                    if x == v { continue }
                    for l in offsets[x] ..< offsets[x + 1] {
                        let w = Int(neighbours[l])
                        let p = position[w]
                        if p > Int32(k) && stamp[w] != Int32(k) {
                            stamp[w] = Int32(k)
                            overlapping += 1
                        }
                    }
                }
            }
            for i in offsets[v] ..< offsets[v + 1] {
                position[Int(neighbours[i])] = -1
                stamp[Int(neighbours[i])] = -1
            }
            values[v] = 2 * Double(overlapping) / (Double(d) * Double(d - 1))
        }
        self.values = values
    }
}
