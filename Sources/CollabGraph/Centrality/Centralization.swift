/// Freeman centralization: how far a network is organised around one actor — led by one
/// player or collectively — for degree, betweenness and closeness.
///
///     C = Σ_i (c* − c_i) / max_G Σ_i (c*_G − c_{G,i}),   c* = max_i c_i
///
/// the spread of the actors' centralities over the largest spread any graph of n actors
/// can have (a star's): 1 for a star, 0 when every actor is equally central.
///
/// | measure | c_i | denominator (graph) | denominator (digraph) |
/// |---|---|---|---|
/// | degree | partners | (n − 1)(n − 2) | 2(n − 1)(n − 2) (in + out) |
/// | in-/out-degree | arcs in / out | — | (n − 1)² |
/// | betweenness | `sna` raw counts | (n − 1)²(n − 2)/2 | (n − 1)²(n − 2) |
/// | closeness | (n − 1)/Σ_j d(i, j) | (n − 1)(n − 2)/(2n − 3) | (n − 1)(1 − 1/n) |
///
/// Betweenness in those units is the normalised betweenness times (n − 1)(n − 2)/2 (graph)
/// or (n − 1)(n − 2) (digraph), so C = Σ_i (b* − b_i)/(n − 1) with b the NetworkX-
/// normalised values this library computes (``GraphView/betweenness(weighted:threads:progress:)``).
///
/// Reference: L. C. Freeman (1979), "Centrality in social networks: conceptual
/// clarification", *Social Networks* 1(3):215–239, doi:10.1016/0378-8733(78)90021-7.
/// Matches R `sna::centralization(A, degree | betweenness | closeness, mode = "graph" |
/// "digraph")` (sna 2.7; `cmode = "indegree" | "outdegree"` for the directed degree
/// variants) on the binary matrix, to 1e-9 (checked by `Tests/Fixtures/reference_positions.R`).
///
/// - Complexity: O(n m) (one breadth-first search per actor for closeness, Brandes for
///   betweenness).
/// - Conventions: unweighted (every tie counts 1, paths are hops). Closeness is `sna`'s
///   classic (n − 1)/Σ d over *outgoing* distances, and an actor that cannot reach every
///   other has closeness 0 — so on a disconnected undirected view every actor's closeness
///   is 0 and the index is 0: it measures nothing there (``Centralization/closenessIsDegenerate``).
///   All indices are nil below 3 actors (the denominators vanish). The conditional
///   uniform graph tests use the same code, one index at a time (``degree(of:)``,
///   ``betweenness(of:threads:)``; ``GraphStatistic``).
public struct Centralization: Sendable, Equatable {
    public let isDirected: Bool
    /// Degree centralization (in + out on a directed view).
    public let degree: Double?
    /// In- and out-degree centralization (directed views only).
    public let inDegree: Double?
    public let outDegree: Double?
    public let betweenness: Double?
    public let closeness: Double?
    /// True when some actor cannot reach every other (the closeness index then counts
    /// those actors as 0, as `sna` does).
    public let closenessIsDegenerate: Bool

    /// Degree centralization of `view` alone (O(n + m)): what a conditional uniform graph
    /// test computes on each random graph (``GraphStatistic/degreeCentralization``).
    public static func degree(of view: GraphView) -> Double? {
        degreeIndex(view.directedDegrees(), isDirected: view.isDirected)
    }

    /// Betweenness centralization of `view` alone (O(n m); `threads: 1` inside a test's
    /// parallel draws).
    public static func betweenness(of view: GraphView, threads: Int? = nil) -> Double? {
        betweennessIndex(view, threads: threads)
    }

    /// Σ_i (c* − c_i) of integer scores.
    static func spread(_ values: [Int]) -> Double {
        let top = values.max() ?? 0
        return Double(values.reduce(0) { $0 + (top - $1) })
    }

    /// Σ_i (c* − c_i) of real scores.
    static func spread(_ values: [Double]) -> Double {
        let top = values.max() ?? 0
        return values.reduce(0) { $0 + (top - $1) }
    }

    /// Degree: partners (graph, over (n − 1)(n − 2)) or in + out arcs (digraph, over
    /// 2(n − 1)(n − 2)); nil below 3 actors.
    static func degreeIndex(_ degrees: DirectedDegrees, isDirected: Bool) -> Double? {
        let n = degrees.outDegree.count
        guard n >= 3 else { return nil }
        let m = Double(n - 1), m2 = Double(n - 2)
        if isDirected {
            return spread(zip(degrees.inDegree, degrees.outDegree).map { $0 + $1 }) / (2 * m * m2)
        }
        return spread(degrees.outDegree) / (m * m2)
    }

    /// In- or out-degree of a digraph, over (n − 1)²; nil below 3 actors.
    static func directedDegreeIndex(_ values: [Int]) -> Double? {
        let n = values.count
        guard n >= 3 else { return nil }
        let m = Double(n - 1)
        return spread(values) / (m * m)
    }

    /// Betweenness: Σ_i (b* − b_i)/(n − 1) of the normalised betweenness (`known`, when
    /// the caller has it already, else computed); nil below 3 actors.
    static func betweennessIndex(_ view: GraphView, threads: Int?, known: [Double]? = nil) -> Double? {
        let n = view.nodeCount
        guard n >= 3 else { return nil }
        return spread(known ?? view.betweenness(weighted: false, threads: threads)) / Double(n - 1)
    }

    /// Closeness of `sna`'s classic scores, over (n − 1)(n − 2)/(2n − 3) (graph) or
    /// (n − 1)(1 − 1/n) (digraph); nil below 3 actors.
    static func closenessIndex(_ values: [Double], isDirected: Bool) -> Double? {
        let n = values.count
        guard n >= 3 else { return nil }
        let m = Double(n - 1), m2 = Double(n - 2)
        return spread(values) / (isDirected ? m * (1 - 1 / Double(n)) : m2 * m / (2 * m - 1))
    }
}

/// Per-actor degrees in the units centralization uses (distinct partners / arcs).
public struct DirectedDegrees: Sendable, Equatable {
    public let inDegree: [Int]
    public let outDegree: [Int]
}

extension GraphView {
    /// Arcs received and sent by each actor (on an undirected view both are the partner
    /// count).
    public func directedDegrees() -> DirectedDegrees {
        DirectedDegrees(inDegree: (0 ..< nodeCount).map { incoming.degree($0) },
                        outDegree: (0 ..< nodeCount).map { outgoing.degree($0) })
    }

    /// Freeman centralization of this view (see ``Centralization``). `betweenness`: the
    /// view's normalised, unweighted betweenness when the caller holds it (a memoised
    /// centrality table), so the all-pairs search is not run twice.
    ///
    /// `closeness`: the view's unweighted Wasserman–Faust closeness (``GraphView/closeness(weighted:threads:progress:)``)
    /// when the caller holds it; on a connected undirected view it *is* `sna`'s classic
    /// closeness, so no search is run.
    public func centralization(threads: Int? = nil, betweenness: [Double]? = nil,
                               closeness knownCloseness: [Double]? = nil) -> Centralization {
        precondition(betweenness.map { $0.count == nodeCount } ?? true, "one betweenness value per actor of the view")
        precondition(knownCloseness.map { $0.count == nodeCount } ?? true, "one closeness value per actor of the view")
        let closeness = sociometricCloseness(threads: threads, known: knownCloseness)
        let degrees = directedDegrees()
        return Centralization(isDirected: isDirected,
                              degree: Centralization.degreeIndex(degrees, isDirected: isDirected),
                              inDegree: isDirected ? Centralization.directedDegreeIndex(degrees.inDegree) : nil,
                              outDegree: isDirected ? Centralization.directedDegreeIndex(degrees.outDegree) : nil,
                              betweenness: Centralization.betweennessIndex(self, threads: threads, known: betweenness),
                              closeness: Centralization.closenessIndex(closeness.values, isDirected: isDirected),
                              closenessIsDegenerate: closeness.degenerate)
    }

    /// `sna::closeness`: (n − 1)/Σ_j d(i, j) over outgoing hop distances, 0 for an actor
    /// that does not reach every other; and whether any actor is such.
    ///
    /// Undirected views need no search of their own: on a disconnected one every actor
    /// misses some other (all 0, found in O(n + m) from the components); on a connected one
    /// every actor reaches the n − 1 others, so the Wasserman–Faust closeness
    /// (r/Σd)·(r/(n − 1)) with r = n − 1 is (n − 1)/Σd to the bit — `known` when the
    /// caller holds it, else the shared path traversal. Directed views search from every
    /// actor along outgoing ties.
    func sociometricCloseness(threads: Int? = nil, known: [Double]? = nil) -> (values: [Double], degenerate: Bool) {
        let n = nodeCount
        guard n > 1 else { return ([Double](repeating: 0, count: n), false) }
        if !isDirected {
            if components().count > 1 { return ([Double](repeating: 0, count: n), true) }
            return (known ?? closeness(weighted: false, threads: threads), false)
        }
        let rows = outgoing
        let chunks = Parallel.mapChunks(count: n, minimumChunk: 64) { range -> [Double] in
            var distance = [Int32](repeating: -1, count: n)
            var out: [Double] = []
            out.reserveCapacity(range.count)
            for source in range {
                var total = 0
                let visited = rows.breadthFirst(from: [Int32(source)], distance: &distance) { _ in }
                for v in visited { total += Int(distance[Int(v)]) }
                out.append(visited.count == n ? Double(n - 1) / Double(total) : 0)
                for v in visited { distance[Int(v)] = -1 }
            }
            return out
        }
        let values = Array(chunks.joined())
        return (values, values.contains(0))
    }
}
