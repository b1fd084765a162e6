/// Eigenvector centrality: an actor is central when its partners are central — the
/// Perron eigenvector of the adjacency matrix.
///
///     λ x_v = Σ_{u → v} w_uv x_u,   x ≥ 0,  ‖x‖₂ = 1
///
/// (the left eigenvector, so on a directed view an actor is central when central actors
/// point *to* it). Computed by power iteration on the shifted matrix Aᵀ + I, which has the
/// same Perron vector but no eigenvalue of equal modulus, so it converges on bipartite
/// (and periodic directed) views too: x ← (x + Aᵀx) / ‖x + Aᵀx‖₂, until the estimated
/// distance to the limit is below 1e-14.
///
/// Reference: P. Bonacich, "Factoring and weighting approaches to status scores and clique
/// identification", Journal of Mathematical Sociology 2(1), 113–120, 1972,
/// doi:10.1080/0022250X.1972.9989806. Matches NetworkX 3.6.1
/// `eigenvector_centrality_numpy(G, weight=…)` (ARPACK on Aᵀ, unit length, positive sign).
///
/// - Complexity: O(m) per iteration, O(n) extra memory; the number of iterations grows
///   as the gap between the largest two eigenvalues closes.
/// - Conventions: undefined (an error, not numbers) on an empty view, a disconnected
///   undirected view and a directed view that is not strongly connected: the Perron vector
///   is then not unique or has zeros, and NetworkX refuses with `AmbiguousSolution`. One
///   actor alone scores 1 (NetworkX's sparse solver fails below three actors; the value is
///   that of the dense eigenproblem). Unweighted views use weight 1 per tie.
public struct CentralityUndefined: Error, Equatable, Sendable, CustomStringConvertible {
    /// The measure's name, as in ``CentralityMeasure``.
    public var measure: String
    public var reason: String

    public init(measure: String, reason: String) {
        self.measure = measure
        self.reason = reason
    }

    public var description: String { "\(measure) is undefined on this view: \(reason)" }
}

extension GraphView {
    /// Eigenvector centrality of every actor (see ``CentralityUndefined`` for when it
    /// throws).
    public func eigenvectorCentrality(weighted: Bool = false, maxIterations: Int = 100_000) throws -> [Double] {
        let n = nodeCount
        func undefined(_ reason: String) -> CentralityUndefined {
            CentralityUndefined(measure: "eigenvector", reason: reason)
        }
        guard n > 0 else { throw undefined("the view has no actors") }
        if isDirected {
            guard reachesAll(from: 0, rows: outgoing) && reachesAll(from: 0, rows: incoming) else {
                throw undefined("the directed view is not strongly connected, so the eigenvector is not unique (try it without --directed, or on one strongly connected part)")
            }
        } else {
            let components = components()
            guard components.count == 1 else {
                throw undefined("the view is disconnected (\(components.count) components, \(components.isolateCount) of them isolated actors), so the eigenvector is not unique (pagerank and harmonic are defined on every view)")
            }
        }
        let rows = incoming
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var next = [Double](repeating: 0, count: n)
        var previousChange = Double.infinity
        var stalled = 0
        for _ in 0 ..< maxIterations {
            var squares = 0.0
            for v in 0 ..< n {
                var sum = x[v]
                if weighted {
                    for i in rows.row(v) { sum += rows.weights[i] * x[Int(rows.neighbours[i])] }
                } else {
                    for i in rows.row(v) { sum += x[Int(rows.neighbours[i])] }
                }
                next[v] = sum
                squares += sum * sum
            }
            let scale = 1 / squares.squareRoot()
            var change = 0.0
            for v in 0 ..< n {
                next[v] *= scale
                change = max(change, abs(next[v] - x[v]))
            }
            swap(&x, &next)
            if change <= 1e-16 { return x }
            // Geometric convergence with ratio q: the distance to the limit is about
            // change · q / (1 − q).
            let q = change / previousChange
            if previousChange.isFinite && q < 1 && change * q / (1 - q) < 1e-14 { return x }
            // Rounding noise: the change stopped shrinking at a tiny level.
            if change < 1e-12 && change >= previousChange {
                stalled += 1
                if stalled >= 20 { return x }
            }
            previousChange = change
        }
        throw undefined("the power iteration did not converge in \(maxIterations) iterations")
    }

    /// Whether a search from `root` along `rows` reaches every actor.
    func reachesAll(from root: Int, rows: CompressedAdjacency) -> Bool {
        rows.hopDistances(from: [Int32(root)]).allSatisfy { $0 >= 0 }
    }
}
