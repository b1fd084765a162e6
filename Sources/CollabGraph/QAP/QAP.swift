import Foundation

/// QAP (quadratic assignment procedure) tests of dyadic data: is one relation explained
/// by another, or by shared attributes, when dyads are not independent?
///
/// - **Dyadic matrices** (``DyadicMatrix``) hold one value per off-diagonal cell: pairs
///   i < j for undirected data, ordered pairs i ≠ j for directed data, in row-major order.
///   They come from relation types (1 where a tie exists, or its summed weight), from an
///   attribute (`same:ATTR` 1 when both actors have the same value; `diff:ATTR` the
///   absolute difference of a numeric value), or from co-membership (the number of
///   networks two actors share).
/// - **QAP correlation** (Krackhardt 1987, doi:10.1016/0378-8733(87)90015-3): the Pearson
///   correlation of two matrices' cells; its null distribution permutes the rows and
///   columns of one matrix together (actors relabelled by a random permutation π:
///   X^π_ij = X_π(i)π(j)), keeping each matrix's structure.
/// - **MR-QAP** (Dekker, Krackhardt & Snijders 2007, "Sensitivity of MRQAP tests to
///   collinearity and autocorrelation conditions", *Psychometrika* 72(4):563–581,
///   doi:10.1007/s11336-007-9016-1), double semi-partialling: ordinary least squares of Y
///   on the predictors over the cells gives the coefficients b, R² and each t_k; for the
///   null of predictor k, X_k is regressed on the other predictors, its residual matrix E_k
///   is permuted, Y is regressed on the other predictors and E_k^π, and the t of E_k^π is
///   recorded. p-values are (1 + #{permuted ≥ observed})/(1 + P) (and ≤, and |·|).
///   By Frisch–Waugh–Lovell the observed t_k equals the t of E_k itself.
///
/// Reference for the coefficients: OLS on the off-diagonal cells, checked against NumPy's
/// `lstsq` to 1e-9 in `Tests/Fixtures/reference_qap.py`; the permutation null's mean and
/// spread checked statistically against the same script's own DSP permutations.
///
/// Conventions: seeded (``SplitMix64``): permutation r draws from a generator seeded by
/// the seed and r, so results do not depend on the thread count. Permuting a matrix
/// moves off-diagonal cells onto off-diagonal cells, so Σ E^π = Σ E and Σ (E^π)² = Σ E²
/// are constants; each permutation needs only the dot products of E^π with Y and the
/// other predictors.
///
/// - Complexity: O(c p²) to fit for c cells and p predictors; O(c p) per permutation of
///   one predictor (one pass over the cells with a permuted index), O(c) memory per
///   matrix; permutations run in parallel.
public struct DyadicMatrix: Sendable {
    public let name: String
    public let actorCount: Int
    public let isDirected: Bool
    /// One value per off-diagonal cell (see above).
    public let values: [Double]

    public init(name: String, actorCount: Int, directed: Bool, values: [Double]) {
        precondition(values.count == Self.cellCount(actorCount, directed: directed))
        self.name = name
        self.actorCount = actorCount
        isDirected = directed
        self.values = values
    }

    public static func cellCount(_ n: Int, directed: Bool) -> Int { directed ? n * (n - 1) : n * (n - 1) / 2 }

    /// The cell of (a, b), a ≠ b.
    @inline(__always)
    static func cell(_ a: Int, _ b: Int, n: Int, directed: Bool) -> Int {
        if directed { return a * (n - 1) + (b < a ? b : b - 1) }
        let (i, j) = a < b ? (a, b) : (b, a)
        return i * n - i * (i + 1) / 2 + (j - i - 1)
    }

    /// A relation: the ties of `view` (1 each, or their summed weight when `weighted`).
    /// `directed` chooses the cells; an undirected reading sums both directions.
    public init(name: String, view: GraphView, directed: Bool, weighted: Bool) {
        let n = view.nodeCount
        var values = [Double](repeating: 0, count: Self.cellCount(n, directed: directed))
        let rows = directed ? view.outgoing : view.partners
        for u in 0 ..< n {
            for i in rows.row(u) {
                let v = Int(rows.neighbours[i])
                if !directed && v < u { continue }
                values[Self.cell(u, v, n: n, directed: directed)] = weighted ? rows.weights[i] : 1
            }
        }
        self.init(name: name, actorCount: n, directed: directed, values: values)
    }

    /// `same:ATTR`: 1 where both actors have the same (non-empty) value, else 0.
    public init(name: String, sameValue labels: [String?], directed: Bool) {
        let n = labels.count
        var values = [Double](repeating: 0, count: Self.cellCount(n, directed: directed))
        Self.fill(&values, n: n, directed: directed) { a, b in
            if let x = labels[a], let y = labels[b], x == y { return 1 }
            return 0
        }
        self.init(name: name, actorCount: n, directed: directed, values: values)
    }

    /// `diff:ATTR`: |x_a − x_b| of a number every actor has.
    public init(name: String, difference numbers: [Double], directed: Bool) {
        let n = numbers.count
        var values = [Double](repeating: 0, count: Self.cellCount(n, directed: directed))
        Self.fill(&values, n: n, directed: directed) { a, b in abs(numbers[a] - numbers[b]) }
        self.init(name: name, actorCount: n, directed: directed, values: values)
    }

    private static func fill(_ values: inout [Double], n: Int, directed: Bool, _ value: (Int, Int) -> Double) {
        var c = 0
        for a in 0 ..< n {
            for b in (directed ? 0 : a + 1) ..< n where a != b {
                values[c] = value(a, b)
                c += 1
            }
        }
    }

    /// The matrix as n full rows (both triangles; 0 on the diagonal), the form a
    /// permutation reads: row π(a) is contiguous, so relabelled reads stay in one row
    /// instead of striding down a column of the triangle.
    func fullRows() -> PermutableMatrix {
        let n = actorCount
        var rows = [Double](repeating: 0, count: n * n)
        var c = 0
        for a in 0 ..< n {
            for b in (isDirected ? 0 : a + 1) ..< n where a != b {
                rows[a * n + b] = values[c]
                if !isDirected { rows[b * n + a] = values[c] }
                c += 1
            }
        }
        return PermutableMatrix(actorCount: n, isDirected: isDirected, rows: rows)
    }
}

/// A dyadic matrix in full rows, ready to be read under relabellings of its actors.
struct PermutableMatrix: Sendable {
    let actorCount: Int
    let isDirected: Bool
    let rows: [Double]

    /// Σ_c self^π[c] · other[c] over the off-diagonal cells in ``DyadicMatrix`` order,
    /// where self^π(a, b) = self(π(a), π(b)): one pass, row π(a) read for each a.
    func permutedDot(_ permutation: [Int], with other: [Double]) -> Double {
        let n = actorCount
        var sum = 0.0, c = 0
        rows.withUnsafeBufferPointer { x in
            other.withUnsafeBufferPointer { y in
                permutation.withUnsafeBufferPointer { p in
                    for a in 0 ..< n {
                        let row = x.baseAddress! + p[a] * n
                        for b in (isDirected ? 0 : a + 1) ..< n where a != b {
                            sum += row[p[b]] * y[c]
                            c += 1
                        }
                    }
                }
            }
        }
        return sum
    }
}

/// One permutation test result: the observed statistic and where it falls in the null.
public struct PermutationTest: Sendable, Equatable {
    public var observed: Double
    /// (1 + #{permuted ≥ observed}) / (1 + P).
    public var pGreater: Double
    /// (1 + #{permuted ≤ observed}) / (1 + P).
    public var pLess: Double
    /// (1 + #{|permuted| ≥ |observed|}) / (1 + P).
    public var pAbsolute: Double
    /// Mean and standard deviation of the permuted statistics.
    public var nullMean: Double
    public var nullStandardDeviation: Double

    init(observed: Double, null: [Double]) {
        self.observed = observed
        let p = Double(null.count + 1)
        // A relative tolerance so that a permutation reproducing the observed value up
        // to rounding counts as reaching it.
        let slack = 1e-12 * max(1, abs(observed))
        pGreater = Double(1 + null.filter { $0 >= observed - slack }.count) / p
        pLess = Double(1 + null.filter { $0 <= observed + slack }.count) / p
        pAbsolute = Double(1 + null.filter { abs($0) >= abs(observed) - slack }.count) / p
        let mean = null.isEmpty ? 0 : null.reduce(0, +) / Double(null.count)
        nullMean = mean
        nullStandardDeviation = null.count < 2 ? 0
            : (null.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(null.count - 1)).squareRoot()
    }
}

public enum QAP {
    /// The permutation of actors used for permutation `index` under `seed` (Fisher–Yates
    /// driven by ``SplitMix64``).
    public static func permutation(_ index: Int, actors n: Int, seed: UInt64) -> [Int] {
        var generator = SplitMix64(seed: seed ^ (UInt64(index + 1) &* 0xD1B5_4A32_D192_ED03))
        var p = Array(0 ..< n)
        for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, generator.below(i + 1)) }
        return p
    }

    /// Runs `statistic(permutation)` for `count` seeded permutations in parallel.
    static func null(count: Int, actors: Int, seed: UInt64, _ statistic: @escaping @Sendable ([Int]) -> Double) -> [Double] {
        var values = [Double](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            Parallel.forEachChunk(count: count, minimumChunk: 1) { range in
                for r in range { out[r] = statistic(permutation(r, actors: actors, seed: seed)) }
            }
        }
        return values
    }

    /// QAP correlation of `y` and `x` with `permutations` relabellings of `x`.
    public static func correlation(_ y: DyadicMatrix, _ x: DyadicMatrix, permutations: Int, seed: UInt64) -> PermutationTest {
        let c = Double(y.values.count)
        let sy = y.values.reduce(0, +), sx = x.values.reduce(0, +)
        let syy = y.values.reduce(0) { $0 + $1 * $1 }, sxx = x.values.reduce(0) { $0 + $1 * $1 }
        let denominator = ((c * sxx - sx * sx) * (c * syy - sy * sy)).squareRoot()
        @Sendable func r(_ sxy: Double) -> Double { denominator == 0 ? 0 : (c * sxy - sx * sy) / denominator }
        let observed = r(zip(x.values, y.values).reduce(0) { $0 + $1.0 * $1.1 })
        let permutable = x.fullRows(), yValues = y.values
        let null = Self.null(count: permutations, actors: x.actorCount, seed: seed) { p in r(permutable.permutedDot(p, with: yValues)) }
        return PermutationTest(observed: observed, null: null)
    }
}

/// An MR-QAP regression (see ``QAP``).
public struct QAPRegression: Sendable {
    public let dependent: String
    /// "(intercept)" first, then the predictors.
    public let terms: [String]
    public let coefficients: [Double]
    public let standardErrors: [Double]
    public let tValues: [Double]
    public let rSquared: Double
    public let adjustedRSquared: Double
    public let cells: Int
    /// One per predictor (not the intercept): the DSP permutation test of its t.
    public let tests: [PermutationTest]
    public let permutations: Int
    public let seed: UInt64

    /// Fits `y` on `predictors` and runs the DSP permutation test of each.
    /// Throws ``RequestError`` when the predictors are collinear (or constant).
    public init(_ y: DyadicMatrix, on predictors: [DyadicMatrix], permutations: Int, seed: UInt64) throws {
        let p = predictors.count
        let columns = predictors.map(\.values)
        let fit = try OrdinaryLeastSquares(y.values, columns)
        dependent = y.name
        terms = ["(intercept)"] + predictors.map(\.name)
        coefficients = fit.coefficients
        standardErrors = fit.standardErrors
        tValues = fit.tValues
        rSquared = fit.rSquared
        adjustedRSquared = fit.adjustedRSquared
        cells = y.values.count
        self.permutations = permutations
        self.seed = seed
        var tests: [PermutationTest] = []
        for k in 0 ..< p {
            let others = (0 ..< p).filter { $0 != k }.map { columns[$0] }
            // Semi-partialling: E_k, the part of X_k the other predictors do not explain.
            let residual = try OrdinaryLeastSquares(columns[k], others).residuals
            let matrix = DyadicMatrix(name: predictors[k].name, actorCount: y.actorCount, directed: y.isDirected, values: residual)
                .fullRows()
            let base = OrdinaryLeastSquares.CrossProducts(y: y.values, columns: others)
            let ee = residual.reduce(0) { $0 + $1 * $1 }, e1 = residual.reduce(0, +)
            let yValues = y.values
            let observed = fit.tValues[k + 1]
            let null = QAP.null(count: permutations, actors: y.actorCount, seed: seed &+ UInt64(k)) { permutation in
                let ey = matrix.permutedDot(permutation, with: yValues)
                let ex = others.map { matrix.permutedDot(permutation, with: $0) }
                return base.tOfAddedColumn(sum: e1, squares: ee, withColumns: ex, withY: ey) ?? 0
            }
            tests.append(PermutationTest(observed: observed, null: null))
        }
        self.tests = tests
    }
}

/// Ordinary least squares with an intercept, through the normal equations (solved by
/// Gaussian elimination with partial pivoting on the (p + 1)² cross-product matrix).
struct OrdinaryLeastSquares {
    let coefficients: [Double]
    let standardErrors: [Double]
    let tValues: [Double]
    let rSquared: Double
    let adjustedRSquared: Double
    let residuals: [Double]

    init(_ y: [Double], _ columns: [[Double]]) throws {
        let cross = CrossProducts(y: y, columns: columns)
        guard let solution = cross.solve() else {
            throw RequestError.collinearPredictors
        }
        coefficients = solution.coefficients
        var residuals = y
        for c in residuals.indices {
            var fitted = coefficients[0]
            for (k, column) in columns.enumerated() { fitted += coefficients[k + 1] * column[c] }
            residuals[c] -= fitted
        }
        self.residuals = residuals
        let count = Double(y.count), parameters = Double(columns.count + 1)
        let sse = residuals.reduce(0) { $0 + $1 * $1 }
        let mean = y.reduce(0, +) / count
        let sst = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        rSquared = sst == 0 ? 0 : 1 - sse / sst
        adjustedRSquared = count - parameters <= 0 || sst == 0 ? 0 : 1 - (sse / (count - parameters)) / (sst / (count - 1))
        let variance = count - parameters > 0 ? sse / (count - parameters) : .nan
        standardErrors = solution.inverseDiagonal.map { (variance * $0).squareRoot() }
        tValues = zip(coefficients, standardErrors).map { $1 > 0 ? $0 / $1 : 0 }
    }

    /// X'X and X'y of an intercept plus `columns`, and y'y.
    struct CrossProducts {
        var xx: [[Double]]
        var xy: [Double]
        var yy: Double
        var count: Int

        init(y: [Double], columns: [[Double]]) {
            let k = columns.count + 1
            var xx = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
            var xy = [Double](repeating: 0, count: k)
            xx[0][0] = Double(y.count)
            xy[0] = y.reduce(0, +)
            for a in 0 ..< columns.count {
                let ca = columns[a]
                xx[0][a + 1] = ca.reduce(0, +)
                xx[a + 1][0] = xx[0][a + 1]
                xy[a + 1] = zip(ca, y).reduce(0) { $0 + $1.0 * $1.1 }
                for b in a ..< columns.count {
                    let s = zip(ca, columns[b]).reduce(0) { $0 + $1.0 * $1.1 }
                    xx[a + 1][b + 1] = s
                    xx[b + 1][a + 1] = s
                }
            }
            self.xx = xx
            self.xy = xy
            yy = y.reduce(0) { $0 + $1 * $1 }
            count = y.count
        }

        /// Coefficients and the diagonal of (X'X)⁻¹; nil when X'X is singular.
        func solve() -> (coefficients: [Double], inverseDiagonal: [Double])? {
            let k = xx.count
            // Augmented [X'X | X'y | I], eliminated in place.
            var m = (0 ..< k).map { i in xx[i] + [xy[i]] + (0 ..< k).map { $0 == i ? 1.0 : 0.0 } }
            let scale = (0 ..< k).map { xx[$0][$0] }.max() ?? 1
            for col in 0 ..< k {
                let pivot = (col ..< k).max { abs(m[$0][col]) < abs(m[$1][col]) }!
                guard abs(m[pivot][col]) > 1e-12 * max(scale, 1) else { return nil }
                m.swapAt(col, pivot)
                let divisor = m[col][col]
                for j in 0 ..< m[col].count { m[col][j] /= divisor }
                for row in 0 ..< k where row != col {
                    let factor = m[row][col]
                    if factor == 0 { continue }
                    for j in 0 ..< m[row].count { m[row][j] -= factor * m[col][j] }
                }
            }
            return ((0 ..< k).map { m[$0][k] }, (0 ..< k).map { m[$0][k + 1 + $0] })
        }

        /// The t of a column e added to these columns, given Σe, Σe², e'x_j and e'y.
        func tOfAddedColumn(sum: Double, squares: Double, withColumns ex: [Double], withY ey: Double) -> Double? {
            var extended = self
            let k = xx.count
            let row = [sum] + ex
            for i in 0 ..< k { extended.xx[i].append(row[i]) }
            extended.xx.append(row + [squares])
            extended.xy.append(ey)
            guard let solution = extended.solve() else { return nil }
            let b = solution.coefficients
            var explained = 0.0
            for i in b.indices { explained += b[i] * extended.xy[i] }
            let sse = max(0, yy - explained)
            let freedom = Double(count - b.count)
            guard freedom > 0 else { return nil }
            let se = (sse / freedom * solution.inverseDiagonal[k]).squareRoot()
            return se > 0 ? b[k] / se : nil
        }
    }
}
