import CollabGraph
import XCTest

final class ActorSpreadTests: XCTestCase {
    /// The box with P (digital) and Q (care): x and y are in both (2 sectors, shares 1/2
    /// each → Blau 1/2) and meet 2 others; z is in Q only (1 sector, Blau 0) and meets x, y.
    func testBoxBySector() throws {
        let model = TwoModeGraphs.box
        let s = ActorSpread(try TwoModeGraph(model), model: model, networkAttribute: "sector")
        XCTAssertEqual(s.networks, [2, 2, 1])
        XCTAssertEqual(s.share, [1, 1, 0.5])
        XCTAssertEqual(s.coMembers, [2, 2, 2])
        XCTAssertEqual(s.categories, [2, 2, 1])
        XCTAssertEqual(s.blau, [0.5, 0.5, 0])
        let plain = ActorSpread(try TwoModeGraph(model), model: model)
        XCTAssertEqual(plain.blau, [nil, nil, nil])
        XCTAssertEqual(plain.categories, [0, 0, 0])
    }
}
