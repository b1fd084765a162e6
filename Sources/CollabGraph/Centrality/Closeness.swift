/// Closeness centrality: how near an actor is to the actors that can reach it, scaled for
/// disconnected views (Wasserman and Faust).
///
///     C(u) = (r(u) / Σ_{v ∈ R(u)} d(v, u)) · (r(u) / (n − 1))
///
/// with R(u) the actors v ≠ u that reach u and r(u) = |R(u)|; C(u) = 0 when r(u) = 0 or
/// n ≤ 1. On a connected undirected view this is the classic (n − 1) / Σ d.
///
/// References: L. C. Freeman, "Centrality in social networks: conceptual clarification",
/// Social Networks 1(3), 215–239, 1979, doi:10.1016/0378-8733(78)90021-7; S. Wasserman and
/// K. Faust, *Social Network Analysis*, Cambridge University Press, 1994,
/// doi:10.1017/CBO9780511815478 (the improved formula for disconnected graphs).
/// Matches NetworkX 3.6.1 `closeness_centrality(G, distance=…, wf_improved=True)`.
///
/// - Complexity: O(n m) unweighted, O(n m log m) weighted (one search per source, shared
///   with betweenness and harmonic centrality in ``GraphView/pathCentralities``).
/// - Conventions: directed views use incoming distances d(v, u) (NetworkX reverses the
///   graph); these are accumulated as column sums of the searches from every source v.
///   Weighted: tie length 1/w.
enum Closeness {
    /// Adds d(s, t), 1 and 1/d(s, t) to t's column sums for every t ≠ s reached from s.
    @inline(__always)
    static func accumulate(_ workspace: ShortestPathWorkspace, into sums: PathSums, weighted: Bool) {
        let order = workspace.order
        let distanceSum = sums.distanceSum!, reachCount = sums.reachCount!
        let harmonicSum = sums.harmonicSum!
        var j = 1                                  // order[0] is the source
        while j < workspace.reached {
            let t = Int(order[j])
            let d = workspace.distance(of: t, weighted: weighted)
            distanceSum[t] += d
            reachCount[t] += 1
            harmonicSum[t] += 1 / d
            j += 1
        }
    }

    static func finish(distanceSum: [Double], reachCount: [Int]) -> [Double] {
        let n = distanceSum.count
        return (0 ..< n).map { u in
            let total = distanceSum[u]
            guard total > 0, n > 1 else { return 0 }
            let r = Double(reachCount[u])
            return (r / total) * (r / Double(n - 1))
        }
    }
}

extension GraphView {
    /// Closeness centrality of every actor (see ``Closeness``).
    public func closeness(weighted: Bool = false, threads: Int? = nil,
                          progress: ProgressHandler? = nil) -> [Double] {
        pathCentralities(betweenness: false, closeness: true, harmonic: false, weighted: weighted,
                         threads: threads, progress: progress).closeness!
    }
}
