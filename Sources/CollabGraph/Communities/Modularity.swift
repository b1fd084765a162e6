/// The quality of a partition of the actors into communities: modularity with a resolution
/// (undirected or directed) and the constant Potts model.
///
/// - **Modularity** (Newman & Girvan 2004; resolution γ: Reichardt & Bornholdt 2006),
///   undirected: Q = Σ_c [ L_c / m − γ (K_c / 2m)² ], with m the total tie weight, L_c the
///   weight of the ties inside community c (each tie once) and K_c the summed strength
///   (degree when unweighted) of its actors. Directed (Leicht & Newman 2008):
///   Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ] over arcs.
/// - **Constant Potts model** (Traag, Van Dooren & Nesterov 2011,
///   doi:10.1103/PhysRevE.84.016114): H = Σ_c [ e_c − γ n_c (n_c − 1) / 2 ] with e_c the
///   tie weight inside c and n_c its number of actors (leidenalg's `CPMVertexPartition`
///   with unit node sizes; igraph's CPM differs by the constant γ n / 2).
///
/// Reference: M. E. J. Newman and M. Girvan, Phys. Rev. E 69, 026113 (2004),
/// doi:10.1103/PhysRevE.69.026113; E. A. Leicht and M. E. J. Newman, Phys. Rev. Lett. 100,
/// 118703 (2008), doi:10.1103/PhysRevLett.100.118703. Matches NetworkX 3.6.1
/// `networkx.community.modularity(G, communities, weight=..., resolution=γ)` on the same
/// collapsed graph to 1e-12 (fixtures in Tests/Fixtures/reference/communities/).
///
/// - Complexity: O(n + m) time, O(n) space.
/// - Conventions: the view's collapsed ties (parallel records summed; self-loops are not
///   in views, as in every other measure); unweighted counts each tie as 1. A community is
///   any Int32 label ≥ 0 (labels need not be consecutive). Modularity is undefined (nil)
///   without ties.
public enum Modularity {
    /// Modularity of `communityOf` on the undirected reading given by symmetric `rows`.
    public static func score(of communityOf: [Int32], rows: CompressedAdjacency, weighted: Bool,
                             resolution: Double = 1) -> Double? {
        precondition(communityOf.count == rows.nodeCount, "one community per actor")
        let labels = labelCount(communityOf)
        var inside = [Double](repeating: 0, count: labels)
        var strength = [Double](repeating: 0, count: labels)
        var total = 0.0
        for u in 0 ..< rows.nodeCount {
            let c = Int(communityOf[u])
            for entry in rows.row(u) {
                let w = weighted ? rows.weights[entry] : 1
                strength[c] += w
                let v = Int(rows.neighbours[entry])
                guard v > u else { continue }   // each tie once
                total += w
                if communityOf[v] == communityOf[u] { inside[c] += w }
            }
        }
        guard total > 0 else { return nil }
        let norm = 1 / (4 * total * total)
        var q = 0.0
        for c in 0 ..< labels where strength[c] > 0 || inside[c] > 0 {
            q += inside[c] / total - resolution * strength[c] * strength[c] * norm
        }
        return q
    }

    /// Modularity of `communityOf` on `view`: directed (Leicht–Newman) when the view is
    /// directed, otherwise as ``score(of:rows:weighted:resolution:)``.
    public static func score(of communityOf: [Int32], view: GraphView, weighted: Bool,
                             resolution: Double = 1) -> Double? {
        guard view.isDirected else {
            return score(of: communityOf, rows: view.partners, weighted: weighted, resolution: resolution)
        }
        precondition(communityOf.count == view.nodeCount, "one community per actor")
        let rows = view.outgoing
        let labels = labelCount(communityOf)
        var inside = [Double](repeating: 0, count: labels)
        var outStrength = [Double](repeating: 0, count: labels)
        var inStrength = [Double](repeating: 0, count: labels)
        var total = 0.0
        for u in 0 ..< rows.nodeCount {
            let c = Int(communityOf[u])
            for entry in rows.row(u) {
                let w = weighted ? rows.weights[entry] : 1
                let v = Int(rows.neighbours[entry])
                total += w
                outStrength[c] += w
                inStrength[Int(communityOf[v])] += w
                if communityOf[v] == communityOf[u] { inside[c] += w }
            }
        }
        guard total > 0 else { return nil }
        let norm = 1 / (total * total)
        var q = 0.0
        for c in 0 ..< labels where outStrength[c] > 0 || inStrength[c] > 0 {
            q += inside[c] / total - resolution * outStrength[c] * inStrength[c] * norm
        }
        return q
    }

    /// The constant Potts model quality Σ_c [e_c − γ n_c(n_c − 1)/2] of `communityOf` on
    /// symmetric `rows` (leidenalg's `CPMVertexPartition.quality()` with unit node sizes).
    public static func constantPotts(of communityOf: [Int32], rows: CompressedAdjacency, weighted: Bool,
                                     resolution: Double) -> Double {
        precondition(communityOf.count == rows.nodeCount, "one community per actor")
        let labels = labelCount(communityOf)
        var inside = [Double](repeating: 0, count: labels)
        var size = [Double](repeating: 0, count: labels)
        for u in 0 ..< rows.nodeCount {
            let c = Int(communityOf[u])
            size[c] += 1
            for entry in rows.row(u) {
                let v = Int(rows.neighbours[entry])
                if v > u && communityOf[v] == communityOf[u] { inside[c] += weighted ? rows.weights[entry] : 1 }
            }
        }
        var h = 0.0
        for c in 0 ..< labels where size[c] > 0 {
            h += inside[c] - resolution * size[c] * (size[c] - 1) / 2
        }
        return h
    }

    /// One more than the largest label (labels must be ≥ 0).
    static func labelCount(_ communityOf: [Int32]) -> Int {
        var top: Int32 = -1
        for c in communityOf {
            precondition(c >= 0, "community labels must be non-negative")
            top = max(top, c)
        }
        return Int(top) + 1
    }
}
