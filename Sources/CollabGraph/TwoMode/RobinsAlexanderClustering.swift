/// Robins and Alexander's clustering of a whole two-mode graph: the share of three-paths
/// that close into four-cycles (two actors who share two networks).
///
///     C_RA = 4 C₄ / L₃
///
/// with C₄ the number of four-cycles and L₃ the number of paths of length three. In a
/// bipartite graph every three-path is u – w – x – y with a middle edge (w, x), so
/// L₃ = Σ_{edges (w,x)} (d(w) − 1)(d(x) − 1), and every four-cycle is a pair of actors with
/// a pair of common networks: C₄ = Σ_{actor pairs {a,b}} C(|N(a) ∩ N(b)|, 2).
/// 0 when the graph has fewer than 4 nodes or 3 edges, or no three-path (NetworkX's
/// conventions).
///
/// Reference: G. Robins and M. Alexander, "Small worlds among interlocking directors:
/// network structure and distance in bipartite graphs", Computational & Mathematical
/// Organization Theory 10(1), 69–94, 2004, doi:10.1023/B:CMOT.0000032580.12184.c0. Matches
/// NetworkX 3.6.1 `bipartite.robins_alexander_clustering`.
///
/// - Complexity: O(Σ_w d(w)²) time, O(N) space; exact integer counts.
public struct RobinsAlexanderClustering: Sendable, Equatable {
    /// Four-cycles.
    public var fourCycles: Int
    /// Paths of length three.
    public var threePaths: Int
    /// 4 C₄ / L₃.
    public var value: Double

    public init(_ graph: TwoModeGraph) {
        let adjacency = graph.adjacency
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        var paths = 0
        for w in 0 ..< graph.actorCount {
            let dw = adjacency.degree(w) - 1
            for i in offsets[w] ..< offsets[w + 1] { paths += dw * (adjacency.degree(Int(neighbours[i])) - 1) }
        }
        var cycles = 0
        var common = [Int](repeating: 0, count: graph.nodeCount)
        var reached: [Int32] = []
        for a in 0 ..< graph.actorCount {
            reached.removeAll(keepingCapacity: true)
            for i in offsets[a] ..< offsets[a + 1] {
                let w = Int(neighbours[i])
                for j in offsets[w] ..< offsets[w + 1] {
                    let b = Int(neighbours[j])
                    if b <= a { continue }                 // each actor pair once
                    if common[b] == 0 { reached.append(Int32(b)) }
                    common[b] += 1
                }
            }
            for b in reached {
                let c = common[Int(b)]
                cycles += c * (c - 1) / 2
                common[Int(b)] = 0
            }
        }
        fourCycles = cycles
        threePaths = paths
        if graph.nodeCount < 4 || graph.edgeCount < 3 || paths == 0 {
            value = 0
        } else {
            value = 4 * Double(cycles) / Double(paths)
        }
    }
}
