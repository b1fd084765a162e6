import Dispatch
import Foundation

/// Transitivity and average clustering of an undirected simple graph, optionally of the
/// subgraph induced by a set of actors, and on request the two weighted local clustering
/// coefficients.
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
/// Weighted (with `weighted: true`; w the summed tie weights, s_u = Σ_v w_uv the strength):
/// - Onnela et al. (2005, doi:10.1103/PhysRevE.71.065103):
///   C̃(u) = Σ_{v,w} (ŵ_uv ŵ_uw ŵ_vw)^{1/3} / (k_u (k_u − 1)) over ordered pairs of tied
///   partners, ŵ = w / max w over the (induced) graph — NetworkX's `clustering(G, weight=)`;
/// - Barrat et al. (2004, doi:10.1073/pnas.0400087101):
///   C^w(u) = Σ_{v,w} (w_uv + w_uw) / 2 / (s_u (k_u − 1)) over the same ordered pairs —
///   igraph's `transitivity_local_undirected(weights=)` (NetworkX has no Barrat clustering);
/// both 0 when k_u < 2 (igraph's `mode="zero"`), averaged over all actors like C(u).
///
/// Matches NetworkX 3.6.1 `transitivity`, `average_clustering` and `clustering` (unweighted
/// and weighted, undirected, self-loops ignored) on the collapsed view, and igraph for Barrat;
/// checked by `Tests/Fixtures/reference_collaboration.py` and `reference_cohesion.py`.
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
    /// Onnela et al.'s weighted local clustering per actor (nil unless asked for).
    public var onnela: [Double]?
    /// Barrat et al.'s weighted local clustering per actor (nil unless asked for).
    public var barrat: [Double]?

    /// Mean of ``onnela`` over the actors considered.
    public var averageOnnela: Double? { onnela.map { Self.mean($0, members) } }
    /// Mean of ``barrat`` over the actors considered.
    public var averageBarrat: Double? { barrat.map { Self.mean($0, members) } }

    private let members: [Bool]?

    private static func mean(_ values: [Double], _ members: [Bool]?) -> Double {
        var sum = 0.0, count = 0
        for u in values.indices where members?[u] ?? true { sum += values[u]; count += 1 }
        return count == 0 ? 0 : sum / Double(count)
    }

    /// - Parameters:
    ///   - adjacency: symmetric rows (an undirected view's `partners`).
    ///   - members: when given, only the subgraph induced by these actors counts.
    ///   - weighted: also compute Onnela's and Barrat's weighted coefficients from the
    ///     rows' weights.
    public init(_ adjacency: CompressedAdjacency, members: [Bool]? = nil, weighted: Bool = false) {
        let n = adjacency.nodeCount
        var local = [Double](repeating: 0, count: n)
        var twiceT = [Int](repeating: 0, count: n)
        var degree = [Int](repeating: 0, count: n)
        var onnelaSum = [Double](repeating: 0, count: weighted ? n : 0)
        var barratSum = [Double](repeating: 0, count: weighted ? n : 0)
        var strength = [Double](repeating: 0, count: weighted ? n : 0)
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours, weights = adjacency.weights
        var maximum = 0.0
        if weighted {
            for u in 0 ..< n where members?[u] ?? true {
                for i in adjacency.row(u) where members?[Int(neighbours[i])] ?? true { maximum = max(maximum, weights[i]) }
            }
        }
        let scale = maximum > 0 ? 1 / maximum : 1
        if !weighted {
            (twiceT, degree) = Self.triangleEnds(adjacency, members: members)
        } else {
        twiceT.withSharedBuffer { tOut in
            degree.withSharedBuffer { kOut in
                onnelaSum.withSharedBuffer { oOut in
                    barratSum.withSharedBuffer { bOut in
                        strength.withSharedBuffer { sOut in
                            Parallel.forEachChunk(count: n, minimumChunk: 512) { range in
                                var stamp = [Int32](repeating: -1, count: n)
                                // w_uv of the stamped partners v of u (weighted only).
                                var tieWeight = [Double](repeating: 0, count: n)
                                for u in range {
                                    if let members, !members[u] { continue }
                                    var k = 0
                                    var s = 0.0
                                    for i in offsets[u] ..< offsets[u + 1] {
                                        let v = Int(neighbours[i])
                                        if let members, !members[v] { continue }
                                        stamp[v] = Int32(u)
                                        k += 1
                                        tieWeight[v] = weights[i]
                                        s += weights[i]
                                    }
                                    var t2 = 0 // each tie among u's partners is seen from both ends
                                    do {
                                        var geometric = 0.0, arithmetic = 0.0
                                        for i in offsets[u] ..< offsets[u + 1] {
                                            let v = Int(neighbours[i])
                                            guard stamp[v] == Int32(u) else { continue }
                                            let w_uv = tieWeight[v]
                                            for j in offsets[v] ..< offsets[v + 1] {
                                                let w = Int(neighbours[j])
                                                guard stamp[w] == Int32(u) else { continue }
                                                t2 += 1
                                                let w_uw = tieWeight[w]
                                                geometric += Foundation.cbrt(w_uv * scale * (weights[j] * scale) * (w_uw * scale))
                                                arithmetic += (w_uv + w_uw) / 2
                                            }
                                        }
                                        oOut[u] = geometric
                                        bOut[u] = arithmetic
                                        sOut[u] = s
                                    }
                                    tOut[u] = t2
                                    kOut[u] = k
                                }
                            }
                        }
                    }
                }
            }
        }
        }
        if weighted {
            var onnela = [Double](repeating: 0, count: n), barrat = [Double](repeating: 0, count: n)
            for u in 0 ..< n where degree[u] >= 2 && twiceT[u] > 0 {
                let pairs = Double(degree[u] * (degree[u] - 1))
                onnela[u] = onnelaSum[u] / pairs
                barrat[u] = barratSum[u] / (strength[u] * Double(degree[u] - 1))
            }
            self.onnela = onnela
            self.barrat = barrat
        } else {
            onnela = nil
            barrat = nil
        }
        self.members = members
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

    /// 2T(u) (each triangle through u counted from both of its other corners) and the
    /// degree of every actor, by the forward algorithm (Schank & Wagner 2005,
    /// "Finding, counting and listing all triangles in large graphs",
    /// doi:10.1007/11427186_54): each tie is oriented from the lower- to the
    /// higher-ranked end (rank = degree, then index), so every triangle is found once,
    /// from its lowest-ranked corner, through out-lists of at most √(2m) ties.
    /// O(m √m) time; O(n + m) for the oriented rows plus O(n) per chunk of actors.
    private static func triangleEnds(_ adjacency: CompressedAdjacency, members: [Bool]?) -> (twiceT: [Int], degree: [Int]) {
        let n = adjacency.nodeCount
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        var degree = [Int](repeating: 0, count: n)
        for u in 0 ..< n where members?[u] ?? true {
            var k = 0
            for i in offsets[u] ..< offsets[u + 1] where members?[Int(neighbours[i])] ?? true { k += 1 }
            degree[u] = k
        }
        @inline(__always) func before(_ u: Int, _ v: Int) -> Bool {
            degree[u] != degree[v] ? degree[u] < degree[v] : u < v
        }
        // Oriented rows: u → v for partners v ranked after u.
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        for u in 0 ..< n where members?[u] ?? true {
            var count = 0
            for i in offsets[u] ..< offsets[u + 1] {
                let v = Int(neighbours[i])
                if (members?[v] ?? true) && before(u, v) { count += 1 }
            }
            forwardOffsets[u + 1] = count
        }
        for u in 0 ..< n { forwardOffsets[u + 1] += forwardOffsets[u] }
        var forward = [Int32](repeating: 0, count: forwardOffsets[n])
        for u in 0 ..< n where members?[u] ?? true {
            var at = forwardOffsets[u]
            for i in offsets[u] ..< offsets[u + 1] {
                let v = Int(neighbours[i])
                if (members?[v] ?? true) && before(u, v) { forward[at] = neighbours[i]; at += 1 }
            }
        }
        // Triangles per chunk of lowest corners; per-chunk counts summed in chunk order.
        let rowStart = forwardOffsets, rowTargets = forward
        let chunkCount = max(1, min(4 * max(1, ProcessInfo.processInfo.activeProcessorCount), n / 256))
        var partial = [[Int]](repeating: [], count: chunkCount)
        let size = (n + chunkCount - 1) / max(chunkCount, 1)
        partial.withSharedBuffer { out in
            Parallel.run(tasks: chunkCount) { chunk in
                var t = [Int](repeating: 0, count: n)
                var stamp = [Int32](repeating: -1, count: n)
                for u in (chunk * size) ..< min(n, (chunk + 1) * size) {
                    let low = rowStart[u], high = rowStart[u + 1]
                    if high - low < 2 { continue }
                    for i in low ..< high { stamp[Int(rowTargets[i])] = Int32(u) }
                    for i in low ..< high {
                        let v = Int(rowTargets[i])
                        for j in rowStart[v] ..< rowStart[v + 1] {
                            let w = Int(rowTargets[j])
                            if stamp[w] == Int32(u) { t[u] += 1; t[v] += 1; t[w] += 1 }
                        }
                    }
                }
                out[chunk] = t
            }
        }
        var twiceT = [Int](repeating: 0, count: n)
        for t in partial where !t.isEmpty { for u in 0 ..< n { twiceT[u] += 2 * t[u] } }
        return (twiceT, degree)
    }
}
