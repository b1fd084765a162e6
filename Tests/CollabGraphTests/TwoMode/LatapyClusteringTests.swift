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

final class RobinsAlexanderClusteringTests: XCTestCase {
    /// The box x–P–y–Q with z in Q: one four-cycle; three-paths over the middle edges
    /// (d − 1)(d′ − 1): xP 1·1, xQ 1·2, yP 1·1, yQ 1·2, zQ 0 → 6; 4 · 1/6 = 2/3.
    func testBoxByHand() throws {
        let ra = RobinsAlexanderClustering(try TwoModeGraph(TwoModeGraphs.box))
        XCTAssertEqual(ra.fourCycles, 1)
        XCTAssertEqual(ra.threePaths, 6)
        XCTAssertClose(ra.value, 2.0 / 3)
    }

    /// The path has three-paths (a0–N0–a1–N1 …: 4 of them) but no cycle: 0.
    func testPathHasNone() throws {
        let ra = RobinsAlexanderClustering(try TwoModeGraph(TwoModeGraphs.path))
        XCTAssertEqual(ra.threePaths, 4)
        XCTAssertEqual(ra.value, 0)
    }

    /// Complete K(3,3): C(3,2)² = 9 four-cycles; 9 edges with (2·2) three-paths each = 36;
    /// 4 · 9 / 36 = 1.
    func testCompleteIsOne() throws {
        var pairs: [(String, String)] = []
        for a in ["a", "b", "c"] { for n in ["N", "M", "L"] { pairs.append((a, n)) } }
        let ra = RobinsAlexanderClustering(try TwoModeGraph(TwoModeGraphs.make(actors: [("a", ""), ("b", ""), ("c", "")], memberships: pairs)))
        XCTAssertEqual(ra.fourCycles, 9)
        XCTAssertEqual(ra.threePaths, 36)
        XCTAssertEqual(ra.value, 1)
    }
}

final class NodeRedundancyTests: XCTestCase {
    /// The box: x's networks P and Q share y → 1/1; Q's members {x, y, z}: only {x, y}
    /// meet elsewhere (in P) → 1/3; P's {x, y} meet in Q → 1; z has one network → nil.
    func testBoxByHand() throws {
        let model = TwoModeGraphs.box
        let g = try TwoModeGraph(model)
        let r = NodeRedundancy(g).values
        XCTAssertEqual(r[node(g, model, "x")], 1)
        XCTAssertClose(r[node(g, model, "Q", .network)]!, 1.0 / 3)
        XCTAssertEqual(r[node(g, model, "P", .network)], 1)
        XCTAssertNil(r[node(g, model, "z")])
    }

    func testAgainstPairs() throws {
        for seed in UInt64(1) ... 10 {
            let g = try TwoModeGraph(TwoModeGraphs.random(actors: 12, networks: 9, p: 0.3, seed: seed))
            let r = NodeRedundancy(g).values
            let sets = (0 ..< g.nodeCount).map { Set(g.adjacency.neighbours(of: $0)) }
            for v in 0 ..< g.nodeCount {
                let n = Array(g.adjacency.neighbours(of: v))
                guard n.count >= 2 else { XCTAssertNil(r[v]); continue }
                var overlap = 0
                for i in 0 ..< n.count {
                    for j in (i + 1) ..< n.count {
                        var shared = sets[Int(n[i])].intersection(sets[Int(n[j])])
                        shared.remove(Int32(v))
                        if !shared.isEmpty { overlap += 1 }
                    }
                }
                XCTAssertClose(r[v]!, 2 * Double(overlap) / Double(n.count * (n.count - 1)), "seed \(seed)")
            }
        }
    }
}
