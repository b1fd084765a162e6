/// Regular equivalence (REGE): two actors are alike when they have alike ties to *alike*
/// others — the same roles towards the same kinds of actors, not the same partners.
///
/// White's REGGE iterates a similarity E (start: all 1). With SUM_ik = a_ik + a_ki and
/// deg_i = Σ_k SUM_ik, each pass (for i < j, from the previous pass's E):
///
///     M_ij = Σ_{k: SUM_ik>0} max_{m: SUM_jm>0} [min(a_ik, a_jm) + min(a_ki, a_mj)] E_km
///          + Σ_{k: SUM_jk>0} max_{m: SUM_im>0} [min(a_jk, a_im) + min(a_kj, a_mi)] E_km
///     E_ij = M_ij / (deg_i + deg_j)
///
/// with E_ii = 1; E_ij = 0 when j has no ties and i has, 1 when neither has.
///
/// Reference: D. R. White & K. P. Reitz (1983), "Graph and semigroup homomorphisms on
/// networks of relations", *Social Networks* 5(2):193–234,
/// doi:10.1016/0378-8733(83)90025-4; D. R. White (1985), REGGE (Fortran); A. Žiberna
/// (2008), "Direct and indirect approaches to blockmodeling of valued networks in terms of
/// regular equivalence", *J. Math. Sociol.* 32(1):57–84, doi:10.1080/00222500701790207.
/// Matches R `blockmodeling::REGE.for(M, iter = 3)$E` (blockmodeling 1.1.4, White's
/// Fortran) to 1e-9 (checked by `Tests/Fixtures/reference_positions.R`).
///
/// - Complexity: O(iterations · Σ_{i<j} (d_i d_j)) ≤ O(iterations · m²) time over the
///   pairs (rows in parallel), O(n²) memory for E.
/// - Conventions: a fixed number of passes (3, as REGE.for), no convergence test; binary
///   ties unless `weighted`; an undirected view is the symmetric matrix, so SUM_ik = 2a_ik.
public struct RegularEquivalenceOptions: Sendable, Hashable {
    public var iterations: Int
    public var weighted: Bool

    public init(iterations: Int = 3, weighted: Bool = false) {
        self.iterations = iterations
        self.weighted = weighted
    }
}

extension GraphView {
    /// REGE similarities of every pair of actors, in [0, 1] (see
    /// ``RegularEquivalenceOptions``).
    public func regularEquivalence(_ options: RegularEquivalenceOptions = RegularEquivalenceOptions()) -> SquareMatrix {
        let n = nodeCount
        // Each actor's partners k (in or out, ascending) with a_ik and a_ki.
        let rows = partners
        var out = [Double](repeating: 0, count: rows.entryCount)
        var inn = [Double](repeating: 0, count: rows.entryCount)
        var degree = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            for e in rows.row(i) {
                let k = rows.neighbours[e]
                let a = outgoing.weight(from: i, to: k), b = incoming.weight(from: i, to: k)
                out[e] = a.map { options.weighted ? $0 : 1 } ?? 0
                inn[e] = b.map { options.weighted ? $0 : 1 } ?? 0
                degree[i] += out[e] + inn[e]
            }
        }
        let partnerRows = RegularEquivalence.Partners(rows: rows, out: out, inn: inn, degree: degree)
        var e = SquareMatrix(order: n, repeating: 1)
        for _ in 0 ..< max(0, options.iterations) {
            let previous = e
            let upper = Parallel.mapChunks(count: n, minimumChunk: 8) { range -> [Double] in
                var values: [Double] = []
                for i in range where i + 1 < n {
                    for j in i + 1 ..< n { values.append(RegularEquivalence.similarity(partnerRows, previous, i, j)) }
                }
                return values
            }
            // The chunks hold the upper-triangle cells row by row.
            var cells = upper.joined().makeIterator()
            for i in 0 ..< n {
                for j in i + 1 ..< n {
                    let value = cells.next()!
                    e[i, j] = value
                    e[j, i] = value
                }
            }
        }
        return e
    }
}

enum RegularEquivalence {
    struct Partners: Sendable {
        let rows: CompressedAdjacency
        /// a_ik and a_ki for each entry of `rows`.
        let out: [Double]
        let inn: [Double]
        let degree: [Double]
    }

    static func similarity(_ p: Partners, _ e: SquareMatrix, _ i: Int, _ j: Int) -> Double {
        let denominator = p.degree[i] + p.degree[j]
        guard p.degree[j] != 0 else { return denominator != 0 ? 0 : 1 }
        let numerator = bestMatches(p, e, i, j) + bestMatches(p, e, j, i)
        return denominator != 0 ? numerator / denominator : 1
    }

    /// Σ over i's partners k of the best match m among j's partners.
    @inline(__always)
    static func bestMatches(_ p: Partners, _ e: SquareMatrix, _ i: Int, _ j: Int) -> Double {
        let rows = p.rows
        var total = 0.0
        for f in rows.row(i) {
            let k = Int(rows.neighbours[f])
            let aik = p.out[f], aki = p.inn[f], sum = aik + aki
            var best = 0.0
            for g in rows.row(j) {
                let m = Int(rows.neighbours[g])
                let matched = (Swift.min(aik, p.out[g]) + Swift.min(aki, p.inn[g])) * e[Swift.max(k, m), Swift.min(k, m)]
                if matched > best { best = matched }
                if best == sum { break }
            }
            total += best
        }
        return total
    }
}
