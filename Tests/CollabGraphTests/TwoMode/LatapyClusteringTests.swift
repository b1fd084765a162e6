import CollabGraph
import XCTest

final class LatapyClusteringTests: XCTestCase {
    /// The path a0 ─ N0 ─ a1 ─ N1 ─ a2 ─ N2 ─ a3. a1 meets a0 (through N0) and a2
    /// (through N1): N(a1) = {N0, N1}, N(a0) = {N0}, N(a2) = {N1, N2}.
    /// - dot: 1/|{N0,N1}| = 1/2 and 1/|{N0,N1,N2}| = 1/3 → 5/12;
    /// - min: 1/1 and 1/2 → 3/4; max: 1/2 and 1/2 → 1/2.
    /// a0 meets a1 only: dot 1/2, min 1, max 1/2.
    func testPathByHand() throws {
        let model = TwoModeGraphs.path
        let g = try TwoModeGraph(model)
        let cc = LatapyClustering(g)
        let a0 = node(g, model, "a0"), a1 = node(g, model, "a1")
        XCTAssertClose(cc.dot[a1], 5.0 / 12)
        XCTAssertClose(cc.min[a1], 3.0 / 4)
        XCTAssertClose(cc.max[a1], 1.0 / 2)
        XCTAssertClose(cc.dot[a0], 1.0 / 2)
        XCTAssertClose(cc.min[a0], 1)
        // Networks: N1 meets N0 (through a1) and N2 (through a2), each with 1 of 3 → 1/3.
        XCTAssertClose(cc.dot[node(g, model, "N1", .network)], 1.0 / 3)
        // Mean over the actors: a0 1/2, a1 5/12, a2 5/12, a3 1/2.
        XCTAssertClose(LatapyClustering.average(cc.dot, over: .actor, in: g), (0.5 + 5.0 / 12) / 2)
    }

    /// A node with no node two steps away has clustering 0.
    func testLonePair() throws {
        let model = TwoModeGraphs.make(actors: [("a", "sme")], memberships: [("a", "N")])
        XCTAssertEqual(LatapyClustering(try TwoModeGraph(model)).dot, [0, 0])
    }

    /// Seeded random graphs against the definition with sets.
    func testAgainstSets() throws {
        for seed in UInt64(1) ... 10 {
            let g = try TwoModeGraph(TwoModeGraphs.random(actors: 12, networks: 9, p: 0.3, seed: seed))
            let cc = LatapyClustering(g)
            let sets = (0 ..< g.nodeCount).map { Set(g.adjacency.neighbours(of: $0)) }
            for u in 0 ..< g.nodeCount {
                var twoSteps = Set<Int32>()
                for w in sets[u] { twoSteps.formUnion(sets[Int(w)]) }
                twoSteps.remove(Int32(u))
                var dot = 0.0, min = 0.0, max = 0.0
                for v in twoSteps {
                    let common = Double(sets[u].intersection(sets[Int(v)]).count)
                    dot += common / Double(sets[u].union(sets[Int(v)]).count)
                    min += common / Double(Swift.min(sets[u].count, sets[Int(v)].count))
                    max += common / Double(Swift.max(sets[u].count, sets[Int(v)].count))
                }
                let k = Double(Swift.max(twoSteps.count, 1))
                XCTAssertClose(cc.dot[u], dot / k, "seed \(seed)")
                XCTAssertClose(cc.min[u], min / k, "seed \(seed)")
                XCTAssertClose(cc.max[u], max / k, "seed \(seed)")
            }
        }
    }
}
