import CollabGraph
import XCTest

final class TwoModeCentralitiesTests: XCTestCase {
    /// The path a0 ─ N0 ─ a1 ─ N1 ─ a2 ─ N2 ─ a3: n = 4 actors, m = 3 networks, N = 7.
    ///
    /// - degree: a1 2/3 (two of three networks), N1 2/4.
    /// - closeness: an actor's smallest distance sum is m + 2(n − 1) = 9; a0's distances
    ///   1…6 sum to 21 → 9/21, a1's (1, 1, 2, 2, 3, 4) to 13 → 9/13. A network's is
    ///   n + 2(m − 1) = 8; N1's (1, 1, 2, 2, 3, 3) sum to 12 → 8/12.
    /// - betweenness: on a path the node at position k of 0…6 lies between k(6 − k)
    ///   unordered pairs: a1 (k = 2) 8, N0 (k = 1) 5, N1 (k = 3) 9. Actor maximum, with
    ///   s, t = divmod(3, 3) = (1, 0): (9·4 + 3·2·(−2) − 0)/2 = 12 → a1 8/12. Network
    ///   maximum, with s, t = divmod(2, 4) = (0, 2): (16·1 + 4·1·3 − 2·1)/2 = 13 → N0 5/13,
    ///   N1 9/13.
    func testPathByHand() throws {
        let model = TwoModeGraphs.path
        let g = try TwoModeGraph(model)
        let c = TwoModeCentralities(g)
        let a0 = node(g, model, "a0"), a1 = node(g, model, "a1")
        let n0 = node(g, model, "N0", .network), n1 = node(g, model, "N1", .network)
        XCTAssertEqual(c.degree[a1], 2)
        XCTAssertClose(c.degreeCentrality[a1], 2.0 / 3)
        XCTAssertClose(c.degreeCentrality[n1], 0.5)
        XCTAssertClose(c.closeness[a0], 9.0 / 21)
        XCTAssertClose(c.closeness[a1], 9.0 / 13)
        XCTAssertClose(c.closeness[n1], 8.0 / 12)
        XCTAssertClose(c.rawBetweenness[a1], 8)
        XCTAssertClose(c.betweenness[a1], 8.0 / 12)
        XCTAssertClose(c.betweenness[n0], 5.0 / 13)
        XCTAssertClose(c.betweenness[n1], 9.0 / 13)
        XCTAssertEqual(c.betweenness[a0], 0)
    }

    /// Two components: the box (x, y, z; P, Q: 5 nodes) and a pair (w ∈ R):
    ///
    ///     x ─ P ─ y     w ─ R
    ///     └── Q ──┘
    ///         z
    ///
    /// n = 4 actors, m = 3 networks, N = 7. w reaches only R: distance sum 1, smallest
    /// possible 3 + 2·3 = 9, scaled by (2 − 1)/(7 − 1) → 9/1 · 1/6 = 1.5 (NetworkX's
    /// normalisation can exceed 1 on a disconnected graph). z reaches Q (1), x, y (2),
    /// P (3): sum 8 → 9/8 · 4/6 = 0.75.
    func testDisconnectedClosenessIsScaledByReach() throws {
        let model = TwoModeGraphs.make(actors: [("x", "sme"), ("y", "sme"), ("z", "anchor"), ("w", "sme")],
                                       memberships: [("x", "P"), ("x", "Q"), ("y", "P"), ("y", "Q"), ("z", "Q"), ("w", "R")])
        let g = try TwoModeGraph(model)
        let c = TwoModeCentralities(g)
        XCTAssertClose(c.closeness[node(g, model, "w")], 1.5)
        XCTAssertClose(c.closeness[node(g, model, "z")], 0.75)
    }

    /// One actor in one network: no path has a middle, both maxima are 0 and the values 0
    /// (NetworkX divides 0 by 0 here and fails).
    func testSingleMembership() throws {
        let model = TwoModeGraphs.make(actors: [("a", "sme")], memberships: [("a", "N")])
        let c = TwoModeCentralities(try TwoModeGraph(model))
        XCTAssertEqual(c.betweenness, [0, 0])
        XCTAssertEqual(c.closeness, [1, 1])        // (0 + 2·0 + 1)/1 · 1/1
        XCTAssertEqual(c.degreeCentrality, [1, 1])
    }

    func testStrengthSumsWeights() throws {
        let model = TwoModeGraphs.make(actors: [("a", "sme"), ("b", "sme")],
                                       memberships: [("a", "N"), ("a", "M"), ("b", "N")], weights: ["2", "3", "1.5"])
        let c = TwoModeCentralities(try TwoModeGraph(model))
        XCTAssertEqual(c.strength, [5, 1.5, 3.5, 3])
        XCTAssertEqual(c.degree, [2, 1, 2, 1])
    }

    /// Seeded random bipartite graphs: betweenness and closeness against a brute force
    /// (all-pairs breadth-first search, paths counted by dynamic programming).
    func testAgainstBruteForce() throws {
        for seed in UInt64(1) ... 12 {
            let model = TwoModeGraphs.random(actors: 9, networks: 7, p: 0.25, seed: seed)
            let g = try TwoModeGraph(model)
            let c = TwoModeCentralities(g, threads: 1)
            let N = g.nodeCount
            let adjacency = g.adjacency
            // Distances and path counts from every source.
            var dist = [[Int]](repeating: [Int](repeating: -1, count: N), count: N)
            var sigma = [[Double]](repeating: [Double](repeating: 0, count: N), count: N)
            for s in 0 ..< N {
                dist[s][s] = 0; sigma[s][s] = 1
                var frontier = [s]
                while !frontier.isEmpty {
                    var next: [Int] = []
                    for u in frontier {
                        for v32 in adjacency.neighbours(of: u) {
                            let v = Int(v32)
                            if dist[s][v] < 0 { dist[s][v] = dist[s][u] + 1; next.append(v) }
                            if dist[s][v] == dist[s][u] + 1 { sigma[s][v] += sigma[s][u] }
                        }
                    }
                    frontier = next
                }
            }
            for v in 0 ..< N {
                var raw = 0.0
                for s in 0 ..< N where s != v {
                    for t in (s + 1) ..< N where t != v && dist[s][t] > 0 && dist[s][v] > 0 && dist[v][t] > 0
                        && dist[s][v] + dist[v][t] == dist[s][t] {
                        raw += sigma[s][v] * sigma[v][t] / sigma[s][t]
                    }
                }
                XCTAssertClose(c.rawBetweenness[v], raw, "seed \(seed) node \(v)")
                let reach = (0 ..< N).filter { dist[v][$0] > 0 }
                let total = reach.reduce(0) { $0 + dist[v][$1] }
                let own = Double(g.count(g.mode(of: v))), other = Double(g.otherModeCount(of: v))
                let expected = total == 0 ? 0 : (other + 2 * (own - 1)) / Double(total) * Double(reach.count) / Double(N - 1)
                XCTAssertClose(c.closeness[v], expected, "seed \(seed) node \(v)")
            }
        }
    }

    func testThreadCountDoesNotChangeBits() throws {
        let model = TwoModeGraphs.random(actors: 300, networks: 200, p: 0.01, seed: 7)
        let g = try TwoModeGraph(model)
        XCTAssertEqual(TwoModeCentralities(g, threads: 1), TwoModeCentralities(g, threads: 4))
    }
}
