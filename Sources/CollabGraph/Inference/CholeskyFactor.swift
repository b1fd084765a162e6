import Foundation

/// The Cholesky factorisation A = L Lᵀ of a small dense symmetric positive-definite matrix
/// (the p × p information matrix of a model with p terms), with solves and the inverse.
///
/// Column-by-column (Cholesky–Banachiewicz) elimination:
///
///     L_jj = √(A_jj − Σ_{k<j} L_jk²),   L_ij = (A_ij − Σ_{k<j} L_ik L_jk) / L_jj  (i > j)
///
/// Reference: G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §4.2
/// (Johns Hopkins, 2013). No pivoting: a positive-definite matrix needs none; a pivot at or
/// below `relativeTolerance × max_j A_jj` means A is singular to working precision (in a
/// model: collinear terms or a term without variation), reported as the failing column.
///
/// - Complexity: O(p³) time to factor, O(p²) per solve, O(p²) space; meant for p ≲ 100.
/// - Conventions: row-major storage, `A[i * p + j]`; only the lower triangle is read.
public struct CholeskyFactor: Sendable, Equatable {
    /// The order p.
    public let order: Int
    /// L, row-major p × p (upper triangle zero).
    public let lower: [Double]

    /// The column at which a factorisation failed: A is not positive definite there.
    public struct NotPositiveDefinite: Error, Equatable, Sendable {
        public let column: Int
    }

    /// Factors the symmetric matrix `a` (row-major `order` × `order`).
    /// Throws ``NotPositiveDefinite`` naming the first column whose pivot is not positive.
    public init(_ a: [Double], order p: Int, relativeTolerance: Double = 1e-12) throws {
        precondition(a.count == p * p, "a p × p matrix")
        var l = [Double](repeating: 0, count: p * p)
        var largest = 0.0
        for j in 0 ..< p { largest = max(largest, abs(a[j * p + j])) }
        let floor = relativeTolerance * max(largest, Double.leastNormalMagnitude)
        for j in 0 ..< p {
            var pivot = a[j * p + j]
            for k in 0 ..< j { pivot -= l[j * p + k] * l[j * p + k] }
            guard pivot > floor, pivot.isFinite else { throw NotPositiveDefinite(column: j) }
            let ljj = pivot.squareRoot()
            l[j * p + j] = ljj
            for i in (j + 1) ..< max(j + 1, p) {
                var sum = a[i * p + j]
                for k in 0 ..< j { sum -= l[i * p + k] * l[j * p + k] }
                l[i * p + j] = sum / ljj
            }
        }
        order = p
        lower = l
    }

    /// x with A x = b (forward then backward substitution).
    public func solve(_ b: [Double]) -> [Double] {
        let p = order
        precondition(b.count == p)
        var y = b
        for i in 0 ..< p {
            var sum = y[i]
            for k in 0 ..< i { sum -= lower[i * p + k] * y[k] }
            y[i] = sum / lower[i * p + i]
        }
        var x = y
        for i in stride(from: p - 1, through: 0, by: -1) {
            var sum = x[i]
            for k in (i + 1) ..< max(i + 1, p) { sum -= lower[k * p + i] * x[k] }
            x[i] = sum / lower[i * p + i]
        }
        return x
    }

    /// A⁻¹, row-major (each column solved from a unit vector; symmetrised).
    public func inverse() -> [Double] {
        let p = order
        var inverse = [Double](repeating: 0, count: p * p)
        for j in 0 ..< p {
            var unit = [Double](repeating: 0, count: p)
            unit[j] = 1
            let column = solve(unit)
            for i in 0 ..< p { inverse[i * p + j] = column[i] }
        }
        for i in 0 ..< p {
            for j in 0 ..< i {
                let mean = (inverse[i * p + j] + inverse[j * p + i]) / 2
                inverse[i * p + j] = mean
                inverse[j * p + i] = mean
            }
        }
        return inverse
    }
}
