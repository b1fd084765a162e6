import CollabGraph
import XCTest

/// One actor index over several datasets observed as waves.
final class ActorAlignmentTests: XCTestCase {
    /// Wave 1: a — b, b — c.   Wave 2 (ids c, x, a, b-ltd with alias b-ltd → b): c — x, a — b-ltd.
    ///
    /// Union: a 0, b 1, c 2 (wave 1's order), x 3. Wave 2 re-indexed: {c–x, a–b} = {(2,3), (0,1)}.
    /// Between the waves: ab kept, bc lost, cx gained; J = 1/3.
    func testIdsAndAliasesShareOneIndex() {
        var first = CollaborationFixtures.graph(["a", "b", "c"])
        first.addTie(from: "a", to: "b"); first.addTie(from: "b", to: "c")
        var second = CollaborationFixtures.graph(["c", "x", "a", "b-ltd"], attributes: ["a": ["kind": "anchor"]])
        second.addTie(from: "c", to: "x"); second.addTie(from: "a", to: "b-ltd")
        let alignment = ActorAlignment(graphs: [first, second], aliases: ["b-ltd": "b"])
        XCTAssertEqual(alignment.actors.map(\.id), ["a", "b", "c", "x"])
        XCTAssertEqual(alignment.actors[0].kind, "anchor", "the latest wave describes an actor")
        XCTAssertEqual(alignment.unionIndex, [[0, 1, 2], [2, 3, 0, 1]])
        XCTAssertEqual(alignment.aliased[1].map(\.canonical), ["b"])
        XCTAssertEqual(alignment.sharedActorCount(0, 1), 3)
        let v1 = alignment.remap(first.view(), wave: 0), v2 = alignment.remap(second.view(), wave: 1)
        XCTAssertEqual(v2.nodeCount, 4)
        let change = WaveComparison(before: v1, after: v2)
        XCTAssertEqual(change.ties.kept, 1)
        XCTAssertEqual(change.ties.gainedTies, [ActorPair(2, 3)])
        XCTAssertEqual(change.ties.lostTies, [ActorPair(1, 2)])
        XCTAssertEqual(change.actors.entered, [3])
    }

    /// Directed views keep their arcs and summed weights through the re-indexing.
    func testDirectedWeightsSurvive() {
        var g = CollaborationFixtures.graph(["p", "q"])
        g.addTie(from: "q", to: "p", weight: 2); g.addTie(from: "q", to: "p", weight: 3)
        let alignment = ActorAlignment(graphs: [CollaborationFixtures.graph(["q"]), g])
        let view = alignment.remap(g.view(ViewOptions(directed: true)), wave: 1)
        XCTAssertTrue(view.isDirected)
        // q is 0 in the union (first wave), p is 1: one arc 0 → 1 of weight 5.
        XCTAssertEqual(view.outgoing.weight(from: 0, to: 1), 5)
        XCTAssertNil(view.outgoing.weight(from: 1, to: 0))
    }
}
