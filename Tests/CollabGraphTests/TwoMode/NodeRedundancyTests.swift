import CollabGraph
import XCTest

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
