import CollabGraph
import XCTest

/// Ladder and one-way → two-way moves of pairs present in both waves: a hand-drawn case.
final class PairMovesTests: XCTestCase {
    /// Records (2016 = wave 1, 2017 = wave 2), actors a b c d e:
    ///
    ///     a → b  talk (engagement) 2016;   a → b  placement (exchange) 2017    deepened 1 → 2
    ///     b → c  co-design (co-production) 2016;  b → c  talk 2017             weakened 3 → 1
    ///     c → d  visit 2016;  c → d visit 2017 and d → c visit 2017            one-way → two-way (1 → 1)
    ///     a → d  untyped 2016;  a → d  talk 2017                               unrated → engagement
    ///     d → e  talk 2016 only                                                in wave 1 only
    ///
    /// Pairs in both waves: ab, bc, cd, ad = 4. Table (row = wave 1 rung, column = wave 2):
    /// [1][2] ab, [3][1] bc, [1][1] cd, [0][1] ad. Directions: ab, bc, ad one-way in both;
    /// cd one-way → two-way.
    static func graph() -> CollaborationGraph {
        var g = CollaborationFixtures.graph(["a", "b", "c", "d", "e"])
        func add(_ s: String, _ t: String, _ type: String, _ year: String) {
            g.addTie(from: s, to: t, type: type, start: CollaborationFixtures.day(year),
                     end: CollaborationFixtures.day(year, last: true))
        }
        add("a", "b", "talk", "2016"); add("a", "b", "placement", "2017")
        add("b", "c", "co-design", "2016"); add("b", "c", "talk", "2017")
        add("c", "d", "visit", "2016"); add("c", "d", "visit", "2017"); add("d", "c", "visit", "2017")
        add("a", "d", "", "2016"); add("a", "d", "talk", "2017")
        add("d", "e", "talk", "2016")
        return g
    }

    func testHandCase() throws {
        let g = Self.graph()
        let waves = try Wave.parseList("2016,2017")
        let tables = waves.map { DyadTable(graph: g, options: ViewOptions(directed: true, window: $0.window), ladder: g.ladder) }
        let moves = PairMoves(before: tables[0], after: tables[1], directionMeasured: true)
        XCTAssertEqual(moves.pairsInBoth, 4)
        var expected = [[Int]](repeating: [0, 0, 0, 0], count: 4)
        expected[1][2] = 1; expected[3][1] = 1; expected[1][1] = 1; expected[0][1] = 1
        XCTAssertEqual(moves.depthTransitions, expected)
        XCTAssertEqual(moves.deepened, [DepthMove(pair: ActorPair(0, 1), from: .engagement, to: .exchange)])
        XCTAssertEqual(moves.weakened, [DepthMove(pair: ActorPair(1, 2), from: .coProduction, to: .engagement)])
        let reciprocity = try XCTUnwrap(moves.reciprocity)
        XCTAssertEqual(reciprocity.becameTwoWay, [ActorPair(2, 3)])
        XCTAssertEqual(reciprocity.becameOneWay, [])
        XCTAssertEqual(reciprocity.stayedOneWay, 3)
        XCTAssertEqual(reciprocity.stayedTwoWay, 0)
        // Records without direction: no reciprocity moves at all.
        XCTAssertNil(PairMoves(before: tables[0], after: tables[1], directionMeasured: false).reciprocity)
    }

    /// Re-indexing through a map that reverses the actor order keeps every move, with each
    /// pair written lower index first and its direction read from the new ends.
    func testMapsReindexPairs() throws {
        let g = Self.graph()
        let waves = try Wave.parseList("2016,2017")
        let tables = waves.map { DyadTable(graph: g, options: ViewOptions(directed: true, window: $0.window), ladder: g.ladder) }
        let reverse: [Int32] = [4, 3, 2, 1, 0]
        let moves = PairMoves(before: tables[0], after: tables[1], directionMeasured: true, beforeMap: reverse, afterMap: reverse)
        XCTAssertEqual(moves.pairsInBoth, 4)
        XCTAssertEqual(moves.deepened, [DepthMove(pair: ActorPair(3, 4), from: .engagement, to: .exchange)])
        XCTAssertEqual(moves.weakened, [DepthMove(pair: ActorPair(2, 3), from: .coProduction, to: .engagement)])
        XCTAssertEqual(moves.reciprocity?.becameTwoWay, [ActorPair(1, 2)])
    }
}
