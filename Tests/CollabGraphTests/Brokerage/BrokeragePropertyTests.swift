import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Seeded property tests: the CSR/merge implementations against naive dense ones.
final class BrokeragePropertyTests: XCTestCase {
    /// A random multigraph with parallel records, self-loops and weights 1…4 in halves.
    func randomView(_ rng: inout SplitMix64, n: Int, records: Int, directed: Bool) -> GraphView {
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        for _ in 0 ..< records {
            s.append(Int32(rng.below(n))); t.append(Int32(rng.below(n))); w.append(1 + Double(rng.below(7)) / 2)
        }
        return GraphView(nodeCount: n, sources: s, targets: t, weights: w, directed: directed)
    }

    /// Dense mutual weights a[u][v] from the view's out-rows (unweighted: 1 per direction).
    func denseMutual(_ view: GraphView, weighted: Bool) -> [[Double]] {
        let n = view.nodeCount
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for u in 0 ..< n {
            for e in view.outgoing.row(u) {
                let v = Int(view.outgoing.neighbours[e])
                let w = weighted ? view.outgoing.weights[e] : 1
                a[u][v] += w
                if view.isDirected { a[v][u] += w }
            }
        }
        return a
    }

    /// On undirected views, pairs less triangles give the two-path walk's counts exactly,
    /// including hubs whose partners span several groups and groups with one member.
    func testUndirectedRoleCountsFromTrianglesEqualTheTwoPathWalk() {
        var rng = SplitMix64(seed: 2022)
        for trial in 0 ..< 60 {
            let n = 3 + rng.below(40)
            let view = randomView(&rng, n: n, records: rng.below(6 * n) + (trial % 3 == 0 ? 3 * n : 0), directed: false)
            let groupCount = 1 + rng.below(5)
            let groups = ActorGroups(labels: (0 ..< n).map { _ in rng.below(6) == 0 ? nil : "g\(rng.below(groupCount))" })
            let counted = GouldFernandez.undirectedRoleCounts(view: view, groups: groups)
            let walked = (0 ..< n).map { GouldFernandez.roleCounts(of: $0, view: view, groups: groups) }
            XCTAssertEqual(counted, walked, "trial \(trial)")
            XCTAssertEqual(GouldFernandez.roleCounts(view: view, groups: groups), walked)
        }
    }

    func testStructuralHolesAgainstDenseFormula() {
        var rng = SplitMix64(seed: 7)
        for trial in 0 ..< 40 {
            let n = 3 + rng.below(25)
            let directed = trial % 2 == 0
            let weighted = trial % 4 < 2
            let view = randomView(&rng, n: n, records: rng.below(4 * n), directed: directed)
            let a = denseMutual(view, weighted: weighted)
            let measures = StructuralHoles(view: view, weighted: weighted).allMeasures()
            for u in 0 ..< n {
                let N = (0 ..< n).filter { a[u][$0] > 0 }
                if N.isEmpty { XCTAssertEqual(measures[u], .isolate); continue }
                let total = { (x: Int) in (0 ..< n).reduce(0.0) { $0 + a[x][$1] } }
                let strongest = { (x: Int) in (0 ..< n).map { a[x][$0] }.max()! }
                let p = { (x: Int, y: Int) in a[x][y] / total(x) }
                var e = 0.0, c = 0.0
                for v in N {
                    e += 1 - N.filter { $0 != v }.reduce(0.0) { $0 + p(u, $1) * a[v][$1] / strongest(v) }
                    let indirect = N.filter { $0 != v }.reduce(0.0) { $0 + p(u, $1) * p($1, v) }
                    c += (p(u, v) + indirect) * (p(u, v) + indirect)
                }
                XCTAssertTrue(BrokerageFixtures.close(measures[u].effectiveSize!, e), "trial \(trial) actor \(u) e")
                XCTAssertTrue(BrokerageFixtures.close(measures[u].constraint!, c), "trial \(trial) actor \(u) c")
            }
        }
    }

    func testRoleCountsAgainstAllTriples() {
        var rng = SplitMix64(seed: 11)
        for trial in 0 ..< 40 {
            let n = 2 + rng.below(20)
            let directed = trial % 2 == 0
            let view = randomView(&rng, n: n, records: rng.below(3 * n), directed: directed)
            let labels: [String?] = (0 ..< n).map { _ in let g = rng.below(4); return g == 3 ? nil : "g\(g)" }
            let groups = ActorGroups(labels: labels)
            var tie = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
            for u in 0 ..< n { for e in view.outgoing.row(u) { tie[u][Int(view.outgoing.neighbours[e])] = true } }
            var naive = [BrokerageRoleCounts](repeating: BrokerageRoleCounts(), count: n)
            let g = groups.groupOf
            for i in 0 ..< n { for b in 0 ..< n { for k in 0 ..< n
                where i != b && b != k && i != k && tie[i][b] && tie[b][k] && !tie[i][k] {
                    if g[i] == g[b] && g[b] == g[k] { naive[b].coordinator += 1 }
                    else if g[i] == g[k] { naive[b].itinerant += 1 }
                    else if g[i] == g[b] { naive[b].representative += 1 }
                    else if g[b] == g[k] { naive[b].gatekeeper += 1 }
                    else { naive[b].liaison += 1 }
            } } }
            XCTAssertEqual(GouldFernandez.roleCounts(view: view, groups: groups), naive, "trial \(trial)")
        }
    }

    func testCutsAgainstRemoval() {
        var rng = SplitMix64(seed: 23)
        for trial in 0 ..< 40 {
            let n = 2 + rng.below(18)
            let view = randomView(&rng, n: n, records: rng.below(2 * n), directed: trial % 3 == 0)
            let rows = (0 ..< n).map { Array(view.partners.neighbours(of: $0)).map(Int.init) }
            // Component sizes with an actor or a tie left out, by flood fill.
            func pieces(without actor: Int?, tie: TiePair?) -> [Int: [Int]] {
                var label = [Int](repeating: -1, count: n)
                var result: [Int: [Int]] = [:]
                for root in 0 ..< n where root != actor && label[root] < 0 {
                    var stack = [root]; label[root] = root; var members = [root]
                    while let u = stack.popLast() {
                        for v in rows[u] where v != actor && label[v] < 0 && TiePair(u, v) != tie {
                            label[v] = root; stack.append(v); members.append(v)
                        }
                    }
                    result[root] = members
                }
                return result
            }
            let base = pieces(without: nil, tie: nil).count
            let cuts = Bridges.structure(of: view)
            var bridges: [TiePair] = []
            for u in 0 ..< n { for v in rows[u] where u < v && pieces(without: nil, tie: TiePair(u, v)).count > base {
                bridges.append(TiePair(u, v))
            } }
            XCTAssertEqual(cuts.bridges, bridges, "trial \(trial)")
            var points: [CutPoint] = []
            for a in 0 ..< n where !rows[a].isEmpty {
                let after = pieces(without: a, tie: nil)
                guard after.count > base else { continue }
                let component = pieces(without: nil, tie: nil).values.first { $0.contains(a) }!
                let split = after.values.filter { component.contains($0[0]) }.map(\.count)
                points.append(CutPoint(actor: a, componentSize: component.count, pieces: split.count,
                                       largestPiece: split.max()!, cutOff: component.count - 1 - split.max()!))
            }
            XCTAssertEqual(cuts.cutPoints, points, "trial \(trial)")
            // Every tie whose ends share no partner is listed; spans against a plain BFS.
            var open = 0
            for u in 0 ..< n { for v in rows[u] where u < v && Set(rows[u]).isDisjoint(with: rows[v]) { open += 1 } }
            XCTAssertEqual(Bridges.localBridges(of: view).count, open, "trial \(trial)")
            for local in Bridges.localBridges(of: view) {
                let (s, t) = (local.tie.first, local.tie.second)
                XCTAssertTrue(Set(rows[s]).isDisjoint(with: rows[t]))
                var distance = [Int](repeating: -1, count: n); distance[s] = 0
                var queue = [s], head = 0
                while head < queue.count {
                    let u = queue[head]; head += 1
                    for v in rows[u] where distance[v] < 0 && TiePair(u, v) != local.tie { distance[v] = distance[u] + 1; queue.append(v) }
                }
                XCTAssertEqual(local.span, distance[t] < 0 ? nil : distance[t], "trial \(trial) \(local.tie)")
            }
        }
    }
}
