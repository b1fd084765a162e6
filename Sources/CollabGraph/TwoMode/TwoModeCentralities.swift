/// Degree, closeness and betweenness centrality of both modes of a two-mode graph,
/// normalised against the largest value possible in a bipartite graph of the same mode
/// sizes (one-mode normalisation is not valid there: a node can only touch the other mode).
///
/// With n the size of a node's own mode and m the size of the other mode, N = n + m:
/// - degree centrality d(v) / m (Borgatti & Everett 1997, eq. 1); `strength` is the
///   weighted degree Σ w (NetworkX `bipartite.degrees(B, nodes, weight="weight")`);
/// - closeness (m + 2(n − 1)) / Σ_u d(v, u), the smallest possible distance sum over the
///   actual one, then multiplied by (r(v) − 1)/(N − 1) with r(v) the nodes in v's
///   component (v included) — NetworkX's `normalized=True`, which on a disconnected graph
///   scales each node by the share of the graph it reaches (Wasserman–Faust style); 0 when
///   v reaches nobody;
/// - betweenness Σ_{s<t} σ_st(v)/σ_st over unordered pairs (Brandes), divided by the
///   largest value a node of v's mode can take (Borgatti & Everett 1997, eq. 6), with
///   s, t = divmod(n − 1, m):
///
///       b_max = [m² (s + 1)² + m (s + 1)(2t − s − 1) − t (2s − t + 3)] / 2
///
///   (0 when b_max = 0, that is one node facing one node, where no path has a middle).
///
/// Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social
/// Networks 19(3), 243–269, 1997, doi:10.1016/S0378-8733(96)00301-2. Matches NetworkX 3.6.1
/// `bipartite.degree_centrality`, `bipartite.closeness_centrality` (normalized) and
/// `bipartite.betweenness_centrality`, `nodes` = the actor mode (the result does not depend
/// on which mode is named); checked by `Tests/Fixtures/reference_two_mode.py`.
///
/// - Complexity: O(N m_e) for m_e edges: betweenness runs the shared Brandes kernel (trees
///   folded, twins merged: ``BetweennessReduction``) and closeness the shared bit-parallel
///   breadth-first searches (``BitParallelDistances``), both on the project's scheduler;
///   O(N + m_e) memory per thread. Unweighted paths (the weights do not enter closeness or
///   betweenness, as in NetworkX).
public struct TwoModeCentralities: Sendable, Equatable {
    /// Number of networks of an actor, members of a network.
    public var degree: [Int]
    /// Summed membership weights (equal to `degree` when unweighted).
    public var strength: [Double]
    /// degree / size of the other mode.
    public var degreeCentrality: [Double]
    /// Two-mode closeness (NetworkX `normalized=True`).
    public var closeness: [Double]
    /// Two-mode betweenness (Borgatti–Everett maxima).
    public var betweenness: [Double]
    /// Unnormalised betweenness: Σ over unordered pairs of the share of shortest paths
    /// through the node.
    public var rawBetweenness: [Double]

    /// The centralities of every node of `graph`.
    ///
    /// - Parameters:
    ///   - threads: worker threads for the path searches (default: all cores).
    ///   - progress: called with (searches done, searches) for the two passes together.
    public init(_ graph: TwoModeGraph, threads: Int? = nil, progress: ProgressHandler? = nil) {
        let N = graph.nodeCount
        let adjacency = graph.adjacency
        degree = (0 ..< N).map(adjacency.degree)
        strength = (0 ..< N).map { v in adjacency.row(v).reduce(0.0) { $0 + adjacency.weights[$1] } }
        degreeCentrality = (0 ..< N).map { v in
            let m = graph.otherModeCount(of: v)
            return m == 0 ? 0 : Double(adjacency.degree(v)) / Double(m)
        }
        guard N > 0 else {
            closeness = []; betweenness = []; rawBetweenness = []
            return
        }
        let view = graph.view
        var first: ProgressHandler?, second: ProgressHandler?
        if let progress {
            first = { done, total in progress(done, 2 * total) }
            second = { done, total in progress(total + done, 2 * total) }
        }
        // Σ over ordered pairs (s, t), s ≠ v ≠ t; NetworkX's undirected sum is half of it.
        // (The sums own their buffers: kept alive until they are copied.)
        let ordered = view.reducedBetweenness(threads: threads, progress: first) ?? {
            let sums = view.searches(from: nil, betweenness: true, distances: false, weighted: false,
                                     threads: threads, progress: first)
            return withExtendedLifetime(sums) { PathSums.array(sums.betweenness, N) }
        }()
        rawBetweenness = ordered.map { $0 / 2 }
        let maxima = Mode.allCases.map { TwoModeCentralities.maximumBetweenness(graph, $0) }
        betweenness = (0 ..< N).map { v in
            let maximum = maxima[v < graph.actorCount ? 0 : 1]
            return maximum > 0 ? ordered[v] / 2 / maximum : 0
        }
        let distances = view.bitParallelDistances(threads: threads, progress: second)
        let (distanceSum, reached) = withExtendedLifetime(distances) {
            (PathSums.array(distances.distanceSum, N), PathSums.array(distances.reachCount, N))
        }
        closeness = (0 ..< N).map { v in
            let total = distanceSum[v]
            guard total > 0, N > 1 else { return 0 }
            let n = Double(graph.count(graph.mode(of: v))), m = Double(graph.otherModeCount(of: v))
            return (m + 2 * (n - 1)) / total * (Double(reached[v]) / Double(N - 1))
        }
    }

    private typealias Mode = TwoModeGraph.Mode

    /// The largest unordered-pair betweenness a node of `mode` can have (Borgatti & Everett
    /// 1997), with n its mode's size and m the other's; 0 when a mode is empty.
    static func maximumBetweenness(_ graph: TwoModeGraph, _ mode: TwoModeGraph.Mode) -> Double {
        let n = graph.count(mode), m = graph.count(mode == .actor ? .network : .actor)
        guard m > 0, n > 0 else { return 0 }
        let (s, t) = (n - 1).quotientAndRemainder(dividingBy: m)
        let M = Double(m), S = Double(s), T = Double(t)
        return (M * M * (S + 1) * (S + 1) + M * (S + 1) * (2 * T - S - 1) - T * (2 * S - T + 3)) / 2
    }
}
