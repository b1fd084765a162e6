import CollabGraph
import XCTest

final class NetworkCompositionTests: XCTestCase {
    /// The box by kind (categories anchor, sme: K = 2): P = {x, y} both sme → Blau 0,
    /// IQV 0; Q = {x, y, z}: shares 2/3, 1/3 → Blau 1 − 4/9 − 1/9 = 4/9, IQV (4/9)/(1/2) = 8/9.
    func testBoxByKind() throws {
        let model = TwoModeGraphs.box
        let c = NetworkComposition(try TwoModeGraph(model), model: model, attribute: "kind")
        XCTAssertEqual(c.categories, ["anchor", "sme"])
        XCTAssertEqual(Array(c.counts(ofNetwork: 0)), [0, 2])
        XCTAssertEqual(Array(c.counts(ofNetwork: 1)), [1, 2])
        XCTAssertEqual(c.blau[0], 0)
        XCTAssertEqual(c.iqv[0], 0)
        XCTAssertClose(c.blau[1]!, 4.0 / 9)
        XCTAssertClose(c.iqv[1]!, 8.0 / 9)
        XCTAssertEqual(c.missing, [0, 0])
    }

    /// Members without a value are counted apart; a network with none valued has no index;
    /// one category in all gives no IQV.
    func testMissingValues() throws {
        let model = TwoModeGraphs.box
        let c = NetworkComposition(try TwoModeGraph(model), model: model, attribute: "sector")
        XCTAssertEqual(c.categories, [])
        XCTAssertEqual(c.missing, [2, 3])
        XCTAssertEqual(c.blau, [nil, nil])
        let one = TwoModeGraphs.make(actors: [("a", "sme"), ("b", "sme")], memberships: [("a", "N"), ("b", "N")])
        let d = NetworkComposition(try TwoModeGraph(one), model: one, attribute: "kind")
        XCTAssertEqual(d.blau, [0])
        XCTAssertEqual(d.iqv, [nil])
    }
}
