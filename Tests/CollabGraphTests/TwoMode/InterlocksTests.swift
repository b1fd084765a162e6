import CollabGraph
import XCTest

final class InterlocksTests: XCTestCase {
    /// Three boards; ann sits on A and B, bob on A, B and C, cat on C only:
    ///
    ///     A ─ ann ─ B          A–B share ann and bob; A–C and B–C share bob.
    ///     A ─ bob ─ B ─ … ─ C
    func testThroughWhom() throws {
        let model = TwoModeGraphs.make(actors: [("ann", ""), ("bob", ""), ("cat", "")],
                                       memberships: [("ann", "A"), ("ann", "B"), ("bob", "A"), ("bob", "B"), ("bob", "C"), ("cat", "C")])
        let g = try TwoModeGraph(model)
        let i = Interlocks(g)
        XCTAssertEqual(i.count, 3)
        XCTAssertEqual(i.first, [3, 3, 4])
        XCTAssertEqual(i.second, [4, 5, 5])
        XCTAssertEqual(i.shared, [2, 1, 1])
        XCTAssertEqual(Array(i.members(ofPair: 0)), [0, 1])
        XCTAssertEqual(Array(i.members(ofPair: 2)), [1])
        XCTAssertEqual(i.throughCount, [1, 3, 0])
        let strong = Interlocks(g, minimumShared: 2)
        XCTAssertEqual(strong.count, 1)
        XCTAssertEqual(strong.throughCount, [1, 1, 0])
        // Filtering is computing with the minimum; at most one pair needs a minimum of 2.
        XCTAssertEqual(i.filtered(minimumShared: 2), strong)
        XCTAssertEqual(i.minimumShared(keepingAtMost: 1), 2)
        XCTAssertEqual(i.minimumShared(keepingAtMost: 3), 1)
        XCTAssertEqual(i.minimumShared(keepingAtMost: 0), 3)
        // `shared` is the count projection onto the networks.
        XCTAssertEqual(TwoModeProjection(g, onto: .network, weighting: .count).weights.map(Int.init), i.shared)
    }
}
