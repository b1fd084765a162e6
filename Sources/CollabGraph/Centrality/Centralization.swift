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
///   All indices are nil below 3 actors (the denominators vanish).
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

    /// Freeman centralization of this view (see ``Centralization``).
    public func centralization(threads: Int? = nil) -> Centralization {
        let n = nodeCount
        let closeness = sociometricCloseness()
        guard n >= 3 else {
            return Centralization(isDirected: isDirected, degree: nil, inDegree: nil, outDegree: nil,
                                  betweenness: nil, closeness: nil, closenessIsDegenerate: closeness.degenerate)
        }
        let m = Double(n - 1), m2 = Double(n - 2)
        func spread<T: BinaryInteger>(_ values: [T]) -> Double {
            let top = values.max() ?? 0
            return Double(values.reduce(0) { $0 + (top - $1) })
        }
        func spread(_ values: [Double]) -> Double {
            let top = values.max() ?? 0
            return values.reduce(0) { $0 + (top - $1) }
        }
        let degrees = directedDegrees()
        let betweenness = spread(self.betweenness(weighted: false, threads: threads)) / m
        if isDirected {
            let total = zip(degrees.inDegree, degrees.outDegree).map { $0 + $1 }
            return Centralization(isDirected: true,
                                  degree: spread(total) / (m * (2 * m - 2)),
                                  inDegree: spread(degrees.inDegree) / (m * m),
                                  outDegree: spread(degrees.outDegree) / (m * m),
                                  betweenness: betweenness,
                                  closeness: spread(closeness.values) / (m * (1 - 1 / Double(n))),
                                  closenessIsDegenerate: closeness.degenerate)
        }
        return Centralization(isDirected: false,
                              degree: spread(degrees.outDegree) / (m * m2),
                              inDegree: nil, outDegree: nil,
                              betweenness: betweenness,
                              closeness: spread(closeness.values) / (m2 * m / (2 * m - 1)),
                              closenessIsDegenerate: closeness.degenerate)
    }

    /// `sna::closeness`: (n − 1)/Σ_j d(i, j) over outgoing hop distances, 0 for an actor
    /// that does not reach every other; and whether any actor is such.
    func sociometricCloseness() -> (values: [Double], degenerate: Bool) {
        let n = nodeCount
        let rows = outgoing
        let chunks = Parallel.mapChunks(count: n, minimumChunk: 64) { range -> [Double] in
            var distance = [Int32](repeating: -1, count: n)
            var out: [Double] = []
            out.reserveCapacity(range.count)
            for source in range {
                var total = 0
                let visited = rows.breadthFirst(from: [Int32(source)], distance: &distance) { _ in }
                for v in visited { total += Int(distance[Int(v)]) }
                out.append(visited.count == n && n > 1 ? Double(n - 1) / Double(total) : 0)
                for v in visited { distance[Int(v)] = -1 }
            }
            return out
        }
        let values = Array(chunks.joined())
        return (values, n > 1 && values.contains(0))
    }
}
