/// Structural equivalence: how alike two actors' tie profiles are — "same ties to the
/// same others" — as a distance (Euclidean) or a similarity (Pearson correlation).
///
/// The profile of actor i is its row and its column of the tie matrix A,
/// x_i = (a_i1 … a_in, a_1i … a_ni). Comparing i with j leaves out the cells of i and j
/// themselves (the diagonal and the pair's own ties: k ∉ {i, j}), which `sna::sedist`
/// does by setting the diagonal to NA and comparing pairwise-complete entries:
///
///     d_ij = √( Σ_{k≠i,j} (a_ik − a_jk)² + Σ_{k≠i,j} (a_ki − a_kj)² )
///     r_ij = Pearson correlation of the 2(n − 2) values of x_i and x_j with k ∉ {i, j}
///
/// computed from sparse products: with r_i = Σ_k a_ik², c_i = Σ_k a_ki² and
/// S_ij = Σ_k a_ik a_jk + Σ_k a_ki a_kj,
/// d_ij² = r_i + r_j + c_i + c_j − 2a_ij² − 2a_ji² − 2S_ij, and the correlation from the
/// sums, sums of squares and S_ij of the two profiles with the pair's own cells removed.
///
/// Reference: F. Lorrain & H. C. White (1971), "Structural equivalence of individuals in
/// social networks", *J. Math. Sociol.* 1(1):49–80, doi:10.1080/0022250X.1971.9989788;
/// R. S. Burt (1976), "Positions in networks", *Social Forces* 55(1):93–122,
/// doi:10.2307/2577097 (Euclidean distance); Wasserman & Faust (1994) §9.3.
/// Matches R `sna::sedist(A, method = "euclidean" | "correlation")` (sna 2.7, diag =
/// FALSE) to 1e-9, checked by `Tests/Fixtures/reference_positions.R`.
///
/// - Complexity: O(n² + Σ_k d(k)²) time (one sparse product row per actor, then n
///   cells per row), O(n²) memory for the result; rows in parallel.
/// - Conventions: binary (every tie 1) unless `weighted`; an undirected view is the
///   symmetric matrix, so its row and column halves repeat each other (d is √2 times the
///   row-only distance, as in `sna`). The diagonal is 0 (distance) and 1 for correlation,
///   except that a profile with no variance (an isolate) correlates 0 with every actor and
///   itself — `sna` turns the undefined correlation (NA) into 0. With n ≤ 2 every
///   off-diagonal correlation is 0 (no cells left to compare).
public enum EquivalenceMeasure: String, Sendable, CaseIterable {
    /// Euclidean distance between profiles (0 = structurally equivalent).
    case euclidean
    /// Pearson correlation between profiles (1 = structurally equivalent).
    case correlation
}

extension GraphView {
    /// The n × n structural-equivalence matrix of every pair of actors (see
    /// ``EquivalenceMeasure``).
    public func structuralEquivalence(_ measure: EquivalenceMeasure, weighted: Bool = false) -> SquareMatrix {
        let matrix = TieMatrix(self, weighted: weighted)
        let n = nodeCount
        let rows = Parallel.mapChunks(count: n, minimumChunk: 32) { range -> [Double] in
            var out = [Double](repeating: 0, count: range.count * n)
            var dot = [Double](repeating: 0, count: n)
            var touched: [Int32] = []
            for i in range {
                matrix.addProducts(of: i, into: &dot, touched: &touched)
                let base = (i - range.lowerBound) * n
                for j in 0 ..< n {
                    out[base + j] = measure == .euclidean
                        ? StructuralEquivalence.distance(matrix, i, j, dot[j])
                        : StructuralEquivalence.correlation(matrix, i, j, dot[j])
                }
                for j in touched { dot[Int(j)] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            return out
        }
        return SquareMatrix(order: n, values: Array(rows.joined()))
    }
}

enum StructuralEquivalence {
    @inline(__always)
    static func distance(_ m: TieMatrix, _ i: Int, _ j: Int, _ s: Double) -> Double {
        if i == j { return 0 }
        let aij = m.value(i, j), aji = m.value(j, i)
        let squared = m.rowSquares[i] + m.rowSquares[j] + m.columnSquares[i] + m.columnSquares[j]
            - 2 * aij * aij - 2 * aji * aji - 2 * s
        return squared > 0 ? squared.squareRoot() : 0
    }

    /// Pearson's r from L cells: (L Σxy − Σx Σy) / √((L Σx² − (Σx)²)(L Σy² − (Σy)²)), in
    /// that form so integer tie values give exact sums; 0 when either profile is constant.
    @inline(__always)
    static func correlation(_ m: TieMatrix, _ i: Int, _ j: Int, _ s: Double) -> Double {
        if i == j {
            let length = Double(2 * (m.n - 1))
            let sum = m.rowSum[i] + m.columnSum[i], squares = m.rowSquares[i] + m.columnSquares[i]
            return length > 0 && length * squares - sum * sum > 0 ? 1 : 0
        }
        let length = Double(2 * (m.n - 2))
        guard length > 0 else { return 0 }
        let aij = m.value(i, j), aji = m.value(j, i)
        let sx = m.rowSum[i] - aij + m.columnSum[i] - aji
        let sy = m.rowSum[j] - aji + m.columnSum[j] - aij
        let sxx = m.rowSquares[i] - aij * aij + m.columnSquares[i] - aji * aji
        let syy = m.rowSquares[j] - aji * aji + m.columnSquares[j] - aij * aij
        let vx = length * sxx - sx * sx, vy = length * syy - sy * sy
        guard vx > 0, vy > 0 else { return 0 }
        return (length * s - sx * sy) / (vx * vy).squareRoot()
    }
}
