import Foundation
import Synchronization

/// A dyad-independent exponential random graph model: what explains a tie?
///
///     logit P(Y_ij = 1) = θᵀ x_ij
///
/// over every dyad (unordered pairs i < j, or ordered pairs i ≠ j when directed), with x_ij
/// the change statistics of the model's terms (``DyadicTerm``). When no term depends on
/// other ties the ERGM likelihood factorises over dyads and its maximum-likelihood estimate
/// is exactly this logistic regression's (Frank & Strauss 1986,
/// doi:10.1080/01621459.1986.10478342; Handcock et al. 2008, doi:10.18637/jss.v024.i03,
/// where `ergm` fits such models by the same regression, "MPLE = MLE").
///
/// Fitted by Newton–Raphson (= iteratively reweighted least squares for the canonical
/// link), from θ = 0 (the edges coefficient from logit of the density), each step
///
///     θ ← θ + (XᵀWX)⁻¹ Xᵀ(y − p),   p = σ(Xθ),  W = diag(p(1 − p))
///
/// halved while the log-likelihood falls, until every |Δθ_k| < 1e-10 (1 + |θ_k|). Standard
/// errors from the inverse information (XᵀWX)⁻¹ at the estimate (``CholeskyFactor``);
/// z = θ/se; two-sided normal p = erfc(|z|/√2); AIC = −2ℓ + 2k; BIC = −2ℓ + k ln D with k
/// estimated coefficients and D the dyads that enter the fit. Matches `statsmodels`'
/// `Logit` and R's `glm(family = binomial)` on the same dyads to 1e-6
/// (`Tests/Fixtures/reference_inference.py`).
///
/// Separation: when every dyad with x_k > 0 of a non-negative column is tied (or none is),
/// the likelihood keeps rising as θ_k → +∞ (−∞) and no estimate exists. As `ergm` does,
/// the coefficient is reported as ±∞ (never as a number: ``ModelCoefficient/separation``),
/// those dyads are set aside (their probability is 1 or 0 in the limit, contributing 0 to
/// ℓ) and the other coefficients are estimated on the remaining dyads. A separation no
/// single column shows stops the fit with ``DyadicModelError/notConverged(iterations:)``.
///
/// Conventions: ties are binary (weights ignored); self-pairs are not dyads.
/// Deterministic: each pass over the dyads is cut into fixed chunks of rows
/// (``SourceScheduler``) whose sums are merged in order, so estimates are the same bits for
/// any thread count.
///
/// - Complexity: O(I · D · p²) time for I Newton steps (usually < 10), D dyads and p
///   columns; O(n + p²) memory per worker: the design matrix is never stored.
public struct DyadicLogisticModel: Sendable {
    public let coefficients: [ModelCoefficient]
    /// ℓ at the estimate, over the dyads that enter the fit.
    public let logLikelihood: Double
    public let aic: Double
    public let bic: Double
    /// Dyads in the fit (all dyads less those set aside by a separation).
    public let dyads: Int
    /// Ties among them.
    public let ties: Int
    /// Dyads set aside by separated terms.
    public let setAsideDyads: Int
    public let iterations: Int
    public let isDirected: Bool

    /// Fits `terms` to the ties of `view`. Throws ``DyadicModelError``. `progress` is told
    /// (rows done, rows) during each pass over the dyads (one per Newton step).
    public init(view: GraphView, terms: [DyadicTerm], threads: Int? = nil, progress: ProgressHandler? = nil) throws {
        let n = view.nodeCount
        guard n >= 2 else { throw DyadicModelError.tooFewActors }
        let design = DyadDesign(view: view, terms: terms)
        let p = design.columnCount
        let names = terms.flatMap(\.columnNames)
        isDirected = view.isDirected

        // Column checks (θ = 0): separations, set aside one at a time until none is left.
        var separation = [Separation?](repeating: nil, count: p)
        var first = design.pass(theta: [Double](repeating: 0, count: p), separated: separation, threads: threads, progress: progress)
        guard first.ties > 0, first.ties < first.dyads else { throw DyadicModelError.noVariation }
        while true {
            var found = false
            for k in 0 ..< p where separation[k] == nil && design.nonNegative[k] {
                let touched = first.nonzero[k], tied = first.nonzeroTies[k]
                if touched == 0 { throw DyadicModelError.zeroColumn(column: names[k]) }
                if touched == first.dyads { continue }   // never 0: no separation by this column alone
                if tied == 0 { separation[k] = .negativeInfinity; found = true; break }
                if tied == touched { separation[k] = .positiveInfinity; found = true; break }
            }
            if !found { break }
            first = design.pass(theta: [Double](repeating: 0, count: p), separated: separation, threads: threads, progress: progress)
            guard first.ties > 0, first.ties < first.dyads else { throw DyadicModelError.noVariation }
        }
        let active = (0 ..< p).filter { separation[$0] == nil }
        let q = active.count

        // Newton–Raphson from logit(density) on the edges column (0 elsewhere).
        var theta = [Double](repeating: 0, count: p)
        if let edges = design.edgesColumn, separation[edges] == nil {
            let density = Double(first.ties) / Double(first.dyads)
            theta[edges] = Foundation.log(density / (1 - density))
        }
        var current = design.pass(theta: theta, separated: separation, threads: threads, progress: progress)
        var iterations = 0
        let maximumIterations = 100
        var converged = false
        var covariance = [Double](repeating: 0, count: q * q)
        while iterations < maximumIterations {
            iterations += 1
            let factor: CholeskyFactor
            do {
                factor = try CholeskyFactor(current.hessian, order: q)
            } catch let failure as CholeskyFactor.NotPositiveDefinite {
                throw DyadicModelError.collinear(column: names[active[failure.column]])
            }
            let step = factor.solve(current.gradient)
            var small = true
            for a in 0 ..< q where abs(step[a]) >= 1e-10 * (1 + abs(theta[active[a]])) { small = false }
            if small {
                covariance = factor.inverse()
                converged = true
                break
            }
            var scale = 1.0
            var next = current
            var trial = theta
            for _ in 0 ..< 40 {
                trial = theta
                for a in 0 ..< q { trial[active[a]] += scale * step[a] }
                next = design.pass(theta: trial, separated: separation, threads: threads, progress: progress)
                if next.logLikelihood >= current.logLikelihood - 1e-12 * abs(current.logLikelihood) { break }
                scale /= 2
            }
            theta = trial
            current = next
        }
        guard converged else { throw DyadicModelError.notConverged(iterations: iterations) }

        var coefficients: [ModelCoefficient] = []
        var column = 0
        for term in terms {
            for name in term.columnNames {
                if let side = separation[column] {
                    coefficients.append(ModelCoefficient(name: name, term: term.label, estimate: nil, standardError: nil,
                                                         z: nil, p: nil, separation: side))
                } else {
                    let a = active.firstIndex(of: column)!
                    let estimate = theta[column]
                    let se = covariance[a * q + a].squareRoot()
                    let z = estimate / se
                    coefficients.append(ModelCoefficient(name: name, term: term.label, estimate: estimate, standardError: se,
                                                         z: z, p: Foundation.erfc(abs(z) / 2.0.squareRoot()),
                                                         separation: nil))
                }
                column += 1
            }
        }
        self.coefficients = coefficients
        logLikelihood = current.logLikelihood
        dyads = current.dyads
        ties = current.ties
        setAsideDyads = design.dyadCount - current.dyads
        self.iterations = iterations
        aic = -2 * current.logLikelihood + 2 * Double(q)
        bic = -2 * current.logLikelihood + Double(q) * Foundation.log(Double(current.dyads))
    }
}

/// One column's estimate, or the direction in which it has none.
public struct ModelCoefficient: Sendable, Equatable {
    /// As `ergm` prints it (`nodefactor.kind.employer`).
    public let name: String
    /// The term as written (`nodefactor:kind`).
    public let term: String
    /// nil when separated.
    public let estimate: Double?
    public let standardError: Double?
    public let z: Double?
    public let p: Double?
    public let separation: Separation?
}

/// The direction in which a separated coefficient's likelihood keeps rising.
public enum Separation: String, Sendable, Equatable {
    /// Every dyad the column touches is tied.
    case positiveInfinity = "+inf"
    /// No dyad the column touches is tied.
    case negativeInfinity = "-inf"
}

/// The sums of one pass over the dyads.
struct DyadPassSums: Sendable {
    /// Xᵀ(y − p) and XᵀWX over the active columns (q and q × q, row-major, symmetric).
    var gradient: [Double]
    var hessian: [Double]
    var logLikelihood = 0.0
    var dyads = 0
    var ties = 0
    /// Per column (all p): dyads with x ≠ 0, and ties among them.
    var nonzero: [Int]
    var nonzeroTies: [Int]

    init(columns p: Int, active q: Int) {
        gradient = [Double](repeating: 0, count: q)
        hessian = [Double](repeating: 0, count: q * q)
        nonzero = [Int](repeating: 0, count: p)
        nonzeroTies = [Int](repeating: 0, count: p)
    }

    mutating func add(_ other: DyadPassSums) {
        for a in gradient.indices { gradient[a] += other.gradient[a] }
        for a in hessian.indices { hessian[a] += other.hessian[a] }
        logLikelihood += other.logLikelihood
        dyads += other.dyads
        ties += other.ties
        for k in nonzero.indices { nonzero[k] += other.nonzero[k]; nonzeroTies[k] += other.nonzeroTies[k] }
    }
}

/// A chunk's (or the total's) pass sums, shared with the scheduler's merge.
final class DyadPassBox: Sendable {
    let sums: Mutex<DyadPassSums?> = Mutex(nil)
}

/// The model's columns over the dyads of a view, evaluated on the fly.
struct DyadDesign: Sendable {
    let view: GraphView
    let terms: [DyadicTerm]
    let columnCount: Int
    let nonNegative: [Bool]
    let edgesColumn: Int?

    init(view: GraphView, terms: [DyadicTerm]) {
        self.view = view
        self.terms = terms
        columnCount = terms.reduce(0) { $0 + $1.columnNames.count }
        nonNegative = terms.flatMap { term in [Bool](repeating: term.isNonNegative, count: term.columnNames.count) }
        var column = 0, edges: Int? = nil
        for term in terms {
            if term.kind == .edges && edges == nil { edges = column }
            column += term.columnNames.count
        }
        edgesColumn = edges
    }

    var dyadCount: Int {
        let n = view.nodeCount
        return view.isDirected ? n * (n - 1) : n * (n - 1) / 2
    }

    /// One pass at `theta`: the sums over every dyad not set aside by `separated` columns.
    func pass(theta: [Double], separated: [Separation?], threads: Int?, progress: ProgressHandler?) -> DyadPassSums {
        let n = view.nodeCount, p = columnCount
        let active = (0 ..< p).filter { separated[$0] == nil }
        let q = active.count
        let excluding = (0 ..< p).filter { separated[$0] != nil }
        let rows = view.isDirected ? view.outgoing : view.partners
        let directed = view.isDirected
        let terms = self.terms
        let chunkSize = max(4, n / 64)
        let total = DyadPassBox()
        total.sums.withLock { $0 = DyadPassSums(columns: p, active: q) }
        SourceScheduler.run(
            sources: n, chunkSize: chunkSize,
            threads: SourceScheduler.threadCount(requested: threads, work: (n + chunkSize - 1) / chunkSize),
            progress: progress,
            makeWorkspace: { NoWorkspace() },
            makeSums: { DyadPassBox() },
            visit: { _, box, range in
                var sums = DyadPassSums(columns: p, active: q)
                var tied = [Bool](repeating: false, count: n)
                var x = [Double](repeating: 0, count: p)
                var xActive = [Double](repeating: 0, count: q)
                var covariateRows = terms.map { term -> [Double] in
                    if case .edgecov = term.kind { return [Double](repeating: 0, count: n) }
                    return []
                }
                for i in range {
                    for entry in rows.row(i) { tied[Int(rows.neighbours[entry])] = true }
                    for (t, term) in terms.enumerated() {
                        if case .edgecov(let covariate) = term.kind {
                            for e in covariate.offsets[i] ..< covariate.offsets[i + 1] {
                                covariateRows[t][Int(covariate.columns[e])] = covariate.values[e]
                            }
                        }
                    }
                    for j in (directed ? 0 : i + 1) ..< n where j != i {
                        Self.fill(&x, terms: terms, i, j, covariateRows)
                        var setAside = false
                        for k in excluding where x[k] != 0 { setAside = true }
                        if setAside { continue }
                        let y = tied[j]
                        sums.dyads += 1
                        if y { sums.ties += 1 }
                        for k in 0 ..< p where x[k] != 0 {
                            sums.nonzero[k] += 1
                            if y { sums.nonzeroTies[k] += 1 }
                        }
                        var eta = 0.0
                        for a in 0 ..< q {
                            xActive[a] = x[active[a]]
                            eta += theta[active[a]] * xActive[a]
                        }
                        // ℓ = y η − log(1 + e^η), p = σ(η), both without overflow.
                        let probability: Double, logNormaliser: Double
                        if eta > 0 {
                            let e = Foundation.exp(-eta)
                            probability = 1 / (1 + e)
                            logNormaliser = eta + Foundation.log1p(e)
                        } else {
                            let e = Foundation.exp(eta)
                            probability = e / (1 + e)
                            logNormaliser = Foundation.log1p(e)
                        }
                        sums.logLikelihood += (y ? eta : 0) - logNormaliser
                        let residual = (y ? 1 : 0) - probability
                        let weight = probability * (1 - probability)
                        for a in 0 ..< q {
                            sums.gradient[a] += residual * xActive[a]
                            let wa = weight * xActive[a]
                            if wa == 0 { continue }
                            for b in 0 ... a { sums.hessian[a * q + b] += wa * xActive[b] }
                        }
                    }
                    for entry in rows.row(i) { tied[Int(rows.neighbours[entry])] = false }
                    for (t, term) in terms.enumerated() {
                        if case .edgecov(let covariate) = term.kind {
                            for e in covariate.offsets[i] ..< covariate.offsets[i + 1] {
                                covariateRows[t][Int(covariate.columns[e])] = 0
                            }
                        }
                    }
                }
                box.sums.withLock { $0 = sums }
            },
            merge: { box in
                let chunk = box.sums.withLock { held in
                    defer { held = nil }
                    return held
                }
                if let chunk { total.sums.withLock { $0!.add(chunk) } }
            })
        var result = total.sums.withLock { $0! }
        for a in 0 ..< q { for b in 0 ..< a { result.hessian[b * q + a] = result.hessian[a * q + b] } }
        return result
    }

    /// The change statistics of dyad (i, j) into `x`.
    @inline(__always)
    static func fill(_ x: inout [Double], terms: [DyadicTerm], _ i: Int, _ j: Int, _ covariateRows: [[Double]]) {
        var c = 0
        for (t, term) in terms.enumerated() {
            switch term.kind {
            case .edges:
                x[c] = 1; c += 1
            case .nodematch(let codes):
                x[c] = codes[i] == codes[j] ? 1 : 0; c += 1
            case .nodefactor(let codes, let levels):
                for k in 0 ..< levels - 1 { x[c + k] = 0 }
                if codes[i] > 0 { x[c + Int(codes[i]) - 1] += 1 }
                if codes[j] > 0 { x[c + Int(codes[j]) - 1] += 1 }
                c += levels - 1
            case .nodecov(let values):
                x[c] = values[i] + values[j]; c += 1
            case .absdiff(let values):
                x[c] = abs(values[i] - values[j]); c += 1
            case .edgecov:
                x[c] = covariateRows[t][j]; c += 1
            }
        }
    }
}
