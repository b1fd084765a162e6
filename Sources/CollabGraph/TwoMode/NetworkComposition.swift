/// Who sits in each network: its members counted by an attribute (kind, sector, …) and
/// the diversity of that mix.
///
/// With p_k the share of a network's members (those with a value) in category k of K:
///
///     Blau index   B = 1 − Σ_k p_k²                (0: all alike; the chance that two
///                                                  members drawn with replacement differ)
///     IQV          B / (1 − 1/K)                   (B scaled to 0–1 by its largest value
///                                                  with K categories)
///
/// K is the number of categories the attribute takes among all the actor mode's members
/// (the categories a network could have drawn from). Members without a value are counted
/// apart (`missing`) and left out of the shares; a network none of whose members has a value
/// has no index (nil), and IQV is nil when K < 2.
///
/// References: P. M. Blau, *Inequality and Heterogeneity*, Free Press, 1977 (the index);
/// A. Agresti and B. F. Agresti, "Statistical analysis of qualitative variation",
/// Sociological Methodology 9, 204–237, 1978, doi:10.2307/270810 (the index of qualitative
/// variation). No reference implementation: checked by hand-derived tests.
///
/// - Complexity: O(m_e + N_networks · K) time and space.
public struct NetworkComposition: Sendable, Equatable {
    /// The attribute counted (`kind`, `sector`, or any actor column).
    public var attribute: String
    /// The categories, in ascending order.
    public var categories: [String]
    /// Members of network `k` (0-based within the network mode) in category `c` at
    /// `counts[k * categories.count + c]`.
    public var counts: [Int]
    /// Members of each network without a value.
    public var missing: [Int]
    /// Blau index of each network (nil when no member has a value).
    public var blau: [Double?]
    /// Index of qualitative variation of each network (nil when no member has a value or
    /// K < 2).
    public var iqv: [Double?]

    /// Members of network `k` in each category.
    public func counts(ofNetwork k: Int) -> ArraySlice<Int> {
        counts[(k * categories.count) ..< ((k + 1) * categories.count)]
    }

    public init(_ graph: TwoModeGraph, model: CollaborationGraph, attribute: String) {
        let adjacency = graph.adjacency
        // Category of each actor-mode node (−1: no value).
        let values = graph.nodes(.actor).map { model.actors[Int(graph.modelIndex[$0])].value(of: attribute) }
        let categories = Array(Set(values.compactMap { $0 })).sorted()
        var code: [String: Int] = [:]
        for (i, c) in categories.enumerated() { code[c] = i }
        let category = values.map { $0.map { code[$0]! } ?? -1 }
        let K = categories.count
        var counts = [Int](repeating: 0, count: graph.networkCount * K)
        var missing = [Int](repeating: 0, count: graph.networkCount)
        var blau = [Double?](repeating: nil, count: graph.networkCount)
        var iqv = [Double?](repeating: nil, count: graph.networkCount)
        for (k, v) in graph.nodes(.network).enumerated() {
            var valued = 0
            for i in adjacency.row(v) {
                let c = category[Int(adjacency.neighbours[i])]
                if c < 0 { missing[k] += 1 } else { counts[k * K + c] += 1; valued += 1 }
            }
            guard valued > 0 else { continue }
            var squares = 0.0
            for c in 0 ..< K {
                let p = Double(counts[k * K + c]) / Double(valued)
                squares += p * p
            }
            let b = 1 - squares
            blau[k] = b
            if K >= 2 { iqv[k] = b / (1 - 1 / Double(K)) }
        }
        self.attribute = attribute
        self.categories = categories
        self.counts = counts
        self.missing = missing
        self.blau = blau
        self.iqv = iqv
    }
}
