/// Harmonic centrality: the sum of inverse distances from the other actors, which stays
/// meaningful on disconnected views (an unreachable actor adds 0).
///
///     H(u) = Σ_{v ≠ u, v reaches u} 1 / d(v, u)
///
/// References: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285,
/// 539–546, 2000, doi:10.1016/S0378-4371(00)00311-3; P. Boldi and S. Vigna, "Axioms for
/// centrality", Internet Mathematics 10, 222–262, 2014, doi:10.1080/15427951.2013.865686.
/// Matches NetworkX 3.6.1 `harmonic_centrality(G, distance=…)`.
///
/// - Complexity: O(n m) unweighted, O(n m log m) weighted, from the searches shared with
///   betweenness and closeness (``GraphView/pathCentralities``); the sums are accumulated
///   by ``Closeness/accumulate(_:weighted:)``.
/// - Conventions: not normalised (NetworkX's convention; divide by n − 1 for a share).
///   Directed views use incoming distances d(v, u), as NetworkX does. Weighted: tie
///   length 1/w.
extension GraphView {
    /// Harmonic centrality of every actor (see above).
    public func harmonic(weighted: Bool = false, threads: Int? = nil,
                         progress: ProgressHandler? = nil) -> [Double] {
        pathCentralities(betweenness: false, closeness: false, harmonic: true, weighted: weighted,
                         threads: threads, progress: progress).harmonic!
    }
}
