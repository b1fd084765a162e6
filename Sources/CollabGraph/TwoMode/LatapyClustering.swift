/// Latapy, Magnien and Del Vecchio's clustering of a node in a two-mode graph: how much its
/// neighbourhood overlaps with those of the nodes two steps away (the same mode), averaged
/// over those nodes.
///
///     cc(u) = Σ_{v ∈ N(N(u)) ∖ {u}} cc(u, v) / |N(N(u)) ∖ {u}|,   0 when there is none
///
/// with, for N(u) the neighbours of u,
///
///     cc_dot(u, v) = |N(u) ∩ N(v)| / |N(u) ∪ N(v)|
///     cc_min(u, v) = |N(u) ∩ N(v)| / min(|N(u)|, |N(v)|)
///     cc_max(u, v) = |N(u) ∩ N(v)| / max(|N(u)|, |N(v)|)
///
/// `dot` is the default the report and the CSV use (`clustering`). An actor's clustering
/// says whether its networks share their other members (a closed club) or bring it
/// different crowds; a network's, whether its members meet again elsewhere.
///
/// Reference: M. Latapy, C. Magnien and N. Del Vecchio, "Basic notions for the analysis of
/// large two-mode networks", Social Networks 30(1), 31–48, 2008,
/// doi:10.1016/j.socnet.2007.04.006. Matches NetworkX 3.6.1
/// `bipartite.latapy_clustering(G, mode=…)` and `bipartite.average_clustering`.
///
/// - Complexity: O(Σ_w d(w)²) time (every two-step walk u → w → v once), O(N) space: a
///   counter per node, reset only where touched. Unweighted (as NetworkX).
public struct LatapyClustering: Sendable, Equatable {
    /// cc_dot per node.
    public var dot: [Double]
    /// cc_min per node.
    public var min: [Double]
    /// cc_max per node.
    public var max: [Double]

    public init(_ graph: TwoModeGraph) {
        let N = graph.nodeCount
        let adjacency = graph.adjacency
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        var dot = [Double](repeating: 0, count: N)
        var min = dot, max = dot
        var common = [Int](repeating: 0, count: N)   // |N(u) ∩ N(v)| for the v met from u
        var reached: [Int32] = []
        for u in 0 ..< N {
            reached.removeAll(keepingCapacity: true)
            for i in offsets[u] ..< offsets[u + 1] {
                let w = Int(neighbours[i])
                for j in offsets[w] ..< offsets[w + 1] {
                    let v = Int(neighbours[j])
                    if v == u { continue }
                    if common[v] == 0 { reached.append(Int32(v)) }
                    common[v] += 1
                }
            }
            guard !reached.isEmpty else { continue }
            let du = Double(offsets[u + 1] - offsets[u])
            var sumDot = 0.0, sumMin = 0.0, sumMax = 0.0
            for v32 in reached {
                let v = Int(v32)
                let c = Double(common[v]), dv = Double(offsets[v + 1] - offsets[v])
                sumDot += c / (du + dv - c)
                sumMin += c / Swift.min(du, dv)
                sumMax += c / Swift.max(du, dv)
                common[v] = 0
            }
            let k = Double(reached.count)
            dot[u] = sumDot / k
            min[u] = sumMin / k
            max[u] = sumMax / k
        }
        self.dot = dot
        self.min = min
        self.max = max
    }

    /// The mean of `values` over the nodes of `mode` (0 for an empty mode): NetworkX
    /// `bipartite.average_clustering(G, nodes=<mode>)`.
    public static func average(_ values: [Double], over mode: TwoModeGraph.Mode, in graph: TwoModeGraph) -> Double {
        let nodes = graph.nodes(mode)
        guard !nodes.isEmpty else { return 0 }
        return nodes.reduce(0.0) { $0 + values[$1] } / Double(nodes.count)
    }
}
