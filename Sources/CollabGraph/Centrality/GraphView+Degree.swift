/// Degree and strength: how many partners an actor has and how much collaboration it
/// carries.
///
///     degree(u)   = |N(u)|,  N(u) = in-partners ∪ out-partners (distinct actors ≠ u)
///     strength(u) = Σ_{records r incident to u} w_r   (in + out when directed)
///
/// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
/// Social Networks 1(3), 215–239, 1979, doi:10.1016/0378-8733(78)90021-7 (degree);
/// A. Barrat et al., "The architecture of complex weighted networks", PNAS 101(11),
/// 3747–3752, 2004, doi:10.1073/pnas.0400087101 (strength). Strength matches NetworkX
/// `MultiGraph(records).degree(weight="weight")` (`MultiDiGraph` when directed).
///
/// - Complexity: O(n + m).
/// - Conventions: degree counts distinct partners, so parallel records and a reciprocated
///   pair (u→v and v→u) count once; it is not normalised. Strength sums every record of the
///   view, parallel ones included. A self-loop record is incident to its actor at both ends
///   and adds 2w (as in NetworkX, and so that Σ strength = 2 Σ w); it adds nothing to degree.
extension GraphView {
    /// The number of distinct partners of every actor.
    public func degrees() -> [Int] {
        (0 ..< nodeCount).map { partners.degree($0) }
    }

    /// The summed weight of the records incident to every actor (see above).
    public func strengths() -> [Double] {
        func rowSums(_ rows: CompressedAdjacency) -> [Double] {
            (0 ..< nodeCount).map { u in rows.row(u).reduce(0.0) { $0 + rows.weights[$1] } }
        }
        var strength = rowSums(outgoing)
        if isDirected {
            let incomingSums = rowSums(incoming)
            for u in 0 ..< nodeCount { strength[u] += incomingSums[u] }
        }
        for u in 0 ..< nodeCount { strength[u] += 2 * selfLoopWeight[u] }
        return strength
    }
}
