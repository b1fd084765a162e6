import Dispatch

/// Transitivity and average clustering of an undirected simple graph, optionally of the
/// subgraph induced by a set of actors.
///
/// Formulas: with T(u) the number of ties among u's partners (triangles through u) and
/// k_u the degree,
/// - local clustering C(u) = 2 T(u) / (k_u (k_u − 1)), and 0 when k_u < 2
///   (Watts & Strogatz 1998, doi:10.1038/30918);
/// - average clustering = the mean of C(u) over all actors, zeros included;
/// - transitivity = Σ_u 2 T(u) / Σ_u k_u (k_u − 1) = 3 × triangles / connected triples,
///   0 when there is no connected triple (Newman, Strogatz & Watts 2001,
///   doi:10.1103/PhysRevE.64.026118).
///
/// Matches NetworkX 3.6.1 `transitivity` and `average_clustering` (unweighted, undirected,
/// self-loops ignored) on the collapsed view; checked by
/// `Tests/Fixtures/reference_collaboration.py`.
///
/// - Complexity: O(Σ_u Σ_{v ∈ N(u)} k_v) = O(Σ_v k_v²) time, O(n) space per thread
///   (a stamp array marks u's partners; reset by re-stamping, never cleared). Parallel
///   over chunks of actors (``Parallel/forEachChunk(count:minimumChunk:_:)``); per-chunk sums merged in order, so
///   the result does not depend on scheduling.
public struct ClusteringCoefficients: Sendable, Equatable {
    /// 3 × triangles / connected triples.
    public var transitivity: Double
    /// Mean local clustering over the actors considered (0 when there are none).
    public var averageClustering: Double
    /// Local clustering per actor (0 for actors outside the member set).
    public var local: [Double]
    /// Number of triangles.
    public var triangles: Int

    /// - Parameters:
    ///   - adjacency: symmetric rows (an undirected view's `partners`).
    ///   - members: when given, only the subgraph induced by these actors counts.
    public init(_ adjacency: CompressedAdjacency, members: [Bool]? = nil) {
        let n = adjacency.nodeCount
        var local = [Double](repeating: 0, count: n)
        var twiceT = [Int](repeating: 0, count: n)
        var degree = [Int](repeating: 0, count: n)
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        twiceT.withUnsafeMutableBufferPointer { tBuffer in
            degree.withUnsafeMutableBufferPointer { kBuffer in
                nonisolated(unsafe) let tOut = tBuffer
                nonisolated(unsafe) let kOut = kBuffer
                Parallel.forEachChunk(count: n, minimumChunk: 512) { range in
                    var stamp = [Int32](repeating: -1, count: n)
                    for u in range {
                        if let members, !members[u] { continue }
                        var k = 0
                        for i in offsets[u] ..< offsets[u + 1] {
                            let v = Int(neighbours[i])
                            if let members, !members[v] { continue }
                            stamp[v] = Int32(u)
                            k += 1
                        }
                        var t2 = 0 // each tie among u's partners is seen from both ends
                        for i in offsets[u] ..< offsets[u + 1] {
                            let v = Int(neighbours[i])
                            guard stamp[v] == Int32(u) else { continue }
                            for j in offsets[v] ..< offsets[v + 1] where stamp[Int(neighbours[j])] == Int32(u) {
                                t2 += 1
                            }
                        }
                        tOut[u] = t2
                        kOut[u] = k
                    }
                }
            }
        }
        var triangleEnds = 0, triples = 0, sum = 0.0, count = 0
        for u in 0 ..< n {
            if let members, !members[u] { continue }
            count += 1
            let k = degree[u]
            triangleEnds += twiceT[u]
            triples += k * (k - 1)
            if k >= 2 && twiceT[u] > 0 {
                local[u] = Double(twiceT[u]) / Double(k * (k - 1))
                sum += local[u]
            }
        }
        self.local = local
        self.triangles = triangleEnds / 6
        self.transitivity = triangleEnds == 0 ? 0 : Double(triangleEnds) / Double(triples)
        self.averageClustering = count == 0 ? 0 : sum / Double(count)
    }
}
