import CollabGraph
import XCTest

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
