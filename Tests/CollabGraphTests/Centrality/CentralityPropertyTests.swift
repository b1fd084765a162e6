import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Seeded property tests: the fast implementations against naive ones written from the
/// definitions, on random graphs (directed and undirected, weighted and not, with isolates,
/// parallel records and self-loops).
final class CentralityPropertyTests: XCTestCase {
    struct Sample {
        var n: Int
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var directed: Bool
        var view: GraphView { GraphView(nodeCount: n, sources: sources, targets: targets, weights: weights, directed: directed) }
    }

    /// n in 2…24, about 2n records (some parallel, some self-loops); weights 1, 2 or 4, so
    /// many lengths 1/w add up exactly and equal-length paths really tie, while summed
    /// parallel records (3, 5, 6…) give inexact lengths too.
    func samples(count: Int, seed: UInt64) -> [Sample] {
        var random = SplitMix64(seed: seed)
        return (0 ..< count).map { i in
            let n = 2 + random.below(23)
            var sample = Sample(n: n, directed: i % 2 == 1)
            for _ in 0 ..< (2 * n) {
                let s = Int32(random.below(n)), t = Int32(random.below(n))
                sample.sources.append(s)
                sample.targets.append(t)
                sample.weights.append([1.0, 2, 4][random.below(3)])
            }
            return sample
        }
    }

    /// From the definitions, without Brandes' recursion: for each source s, distances by
    /// Bellman–Ford relaxation d(t) = min_u d(u) + ℓ(u,t) (the same floating-point
    /// expression, so ties are ties), the shortest-path DAG (u → t when d(u) + ℓ(u,t) ==
    /// d(t)), and for every x the number of DAG paths s ⇝ x ⇝ t counted explicitly:
    /// σ_st(x) = σ_sx · τ_x(t), τ_x the number of DAG paths from x.
    func naiveBetweenness(_ v: GraphView, weighted: Bool) -> [Double] {
        let n = v.nodeCount
        var arcs: [(u: Int, t: Int, length: Double)] = []
        for u in 0 ..< n {
            for i in v.outgoing.row(u) {
                arcs.append((u, Int(v.outgoing.neighbours[i]), weighted ? 1 / v.outgoing.weights[i] : 1))
            }
        }
        var result = [Double](repeating: 0, count: n)
        for s in 0 ..< n {
            var d = [Double](repeating: .infinity, count: n)
            d[s] = 0
            for _ in 0 ..< n { for arc in arcs where d[arc.u] + arc.length < d[arc.t] { d[arc.t] = d[arc.u] + arc.length } }
            let dag = arcs.filter { d[$0.u] + $0.length == d[$0.t] }
            let order = (0 ..< n).filter { d[$0].isFinite }.sorted { d[$0] < d[$1] }
            func pathCounts(from x: Int) -> [Double] {
                var count = [Double](repeating: 0, count: n)
                count[x] = 1
                for t in order where t != x { for arc in dag where arc.t == t { count[t] += count[arc.u] } }
                return count
            }
            let sigma = pathCounts(from: s)
            for x in order where x != s {
                let tau = pathCounts(from: x)
                for t in order where t != s && t != x && tau[t] > 0 {
                    result[x] += sigma[x] * tau[t] / sigma[t]
                }
            }
        }
        return n > 2 ? result.map { $0 / Double((n - 1) * (n - 2)) } : result
    }

    func testBrandesEqualsBruteForcePathCounting() {
        for (index, sample) in samples(count: 60, seed: 2001).enumerated() {
            let view = sample.view
            for weighted in [false, true] {
                let fast = view.betweenness(weighted: weighted, threads: 2)
                let naive = naiveBetweenness(view, weighted: weighted)
                for i in 0 ..< sample.n {
                    XCTAssertClose(fast[i], naive[i], relative: 1e-12, "sample \(index) weighted \(weighted) actor \(i)")
                }
            }
        }
    }

    /// Batagelj–Zaversnik against repeated peeling: the core number of v is the largest k
    /// such that v survives removing, repeatedly, every actor of degree < k.
    func testCoreNumbersEqualRepeatedPeeling() {
        for sample in samples(count: 40, seed: 7) {
            let view = sample.view
            let fast = view.coreNumbers()
            var naive = [Int](repeating: 0, count: sample.n)
            for k in 1 ... sample.n {
                var alive = [Bool](repeating: true, count: sample.n)
                var changed = true
                while changed {
                    changed = false
                    for u in 0 ..< sample.n where alive[u] {
                        let degree = view.partners.row(u).filter { alive[Int(view.partners.neighbours[$0])] }.count
                        if degree < k { alive[u] = false; changed = true }
                    }
                }
                for u in 0 ..< sample.n where alive[u] { naive[u] = k }
            }
            XCTAssertEqual(fast, naive)
        }
    }

    /// PageRank against the exact fixed point, solved by Gaussian elimination:
    /// (I − α Pᵀ) x = (1 − α)/n, P the row-stochastic walk (dangling rows uniform).
    func testPageRankEqualsLinearSolve() {
        for sample in samples(count: 30, seed: 99) {
            let view = sample.view
            let n = sample.n
            for weighted in [false, true] {
                var a = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n)
                for v in 0 ..< n { a[v][v] = 1; a[v][n] = 0.15 / Double(n) }
                for u in 0 ..< n {
                    let row = view.outgoing.row(u)
                    let total = weighted ? row.reduce(0.0) { $0 + view.outgoing.weights[$1] } : Double(row.count)
                    if total == 0 {
                        for v in 0 ..< n { a[v][u] -= 0.85 / Double(n) }
                    } else {
                        for i in row {
                            let w = weighted ? view.outgoing.weights[i] : 1
                            a[Int(view.outgoing.neighbours[i])][u] -= 0.85 * w / total
                        }
                    }
                }
                for c in 0 ..< n {
                    let p = (c ..< n).max { abs(a[$0][c]) < abs(a[$1][c]) }!
                    a.swapAt(c, p)
                    for r in 0 ..< n where r != c {
                        let f = a[r][c] / a[c][c]
                        if f != 0 { for k in c ... n { a[r][k] -= f * a[c][k] } }
                    }
                }
                let exact = (0 ..< n).map { a[$0][n] / a[$0][$0] }
                let result = view.pageRank(PageRankOptions(weighted: weighted))
                XCTAssertTrue(result.converged)
                for v in 0 ..< n { XCTAssertClose(result.scores[v], exact[v], relative: 1e-10) }
            }
        }
    }

    /// One thread and two give the same bits (fixed chunks of sources merged in chunk order).
    func testThreadCountDoesNotChangeResults() {
        for sample in samples(count: 10, seed: 5) {
            for weighted in [false, true] {
                let one = sample.view.pathCentralities(betweenness: true, closeness: true, harmonic: true,
                                                       weighted: weighted, threads: 1)
                let two = sample.view.pathCentralities(betweenness: true, closeness: true, harmonic: true,
                                                       weighted: weighted, threads: 2)
                XCTAssertEqual(one, two)
            }
        }
    }

    /// Progress reaches (n, n) and never goes backwards.
    func testProgressIsMonotoneAndComplete() {
        final class Log: @unchecked Sendable { var calls: [(Int, Int)] = [] }
        let log = Log()
        let view = samples(count: 1, seed: 3)[0].view
        _ = view.betweenness(threads: 2, progress: { done, total in log.calls.append((done, total)) })
        XCTAssertEqual(log.calls.last?.0, view.nodeCount)
        XCTAssertEqual(log.calls.last?.1, view.nodeCount)
        XCTAssertEqual(log.calls.map(\.0), log.calls.map(\.0).sorted())
    }
}
