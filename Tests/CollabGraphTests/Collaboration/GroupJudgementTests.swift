import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Judgements by group respect sample size: fewer than `minimumPairs` connected pairs and
/// a group or group pair gets no verdict.
///
///     sector "big":   b0 … b5, a ring of 6 pairs (co-design both ways: strong, two-way)
///     sector "duo":   d0 — d1, one strong pair
///     sector "solo":  s0, no pair inside
///     between:        b0 — d0, b1 — d1 (2 pairs: too few to judge); solo has no tie out
///                     of its group except s0 — b2 … b5 and b0 … b1 (6 pairs: judged)
final class GroupJudgementTests: XCTestCase {
    func ecology() -> CollaborationGraph {
        var ids: [String] = []
        var attributes: [String: [String: String]] = [:]
        for i in 0 ..< 6 { ids.append("b\(i)"); attributes["b\(i)"] = ["sector": "big"] }
        for i in 0 ..< 2 { ids.append("d\(i)"); attributes["d\(i)"] = ["sector": "duo"] }
        ids.append("s0"); attributes["s0"] = ["sector": "solo"]
        var g = CollaborationFixtures.graph(ids, attributes: attributes)
        func both(_ a: String, _ b: String) {
            g.addTie(from: a, to: b, type: "co-design")
            g.addTie(from: b, to: a, type: "co-design")
        }
        for i in 0 ..< 6 { both("b\(i)", "b\((i + 1) % 6)") }
        both("d0", "d1")
        both("b0", "d0")
        both("b1", "d1")
        for i in 0 ..< 6 { both("s0", "b\(i)") }
        return g
    }

    func testGroupsAndPairsBelowTheThresholdAreNotJudged() throws {
        let report = CollaborationReport(context: try TestSupport.context(ecology(), name: "t"), groupBy: "sector")
        let groups = try XCTUnwrap(report.groups)
        XCTAssertEqual(groups.minimumPairs, 5)
        let byName = Dictionary(uniqueKeysWithValues: groups.groups.map { ($0.name, $0) })
        // big: 6 pairs ≥ 5, judged; duo: 1 pair, solo: 0 pairs, not judged.
        XCTAssertNotNil(byName["big"]?.judgedVerdict)
        XCTAssertEqual(byName["duo"]?.judgement, "too few ties to judge")
        XCTAssertEqual(byName["solo"]?.judgement, "too few ties to judge", "a one-actor group is not 'fragmented'")
        let status = Dictionary(uniqueKeysWithValues: groups.pairs.map { ("\($0.first)–\($0.second)", $0.status) })
        XCTAssertEqual(status["big–duo"], .tooFewTies)
        XCTAssertEqual(status["big–solo"], .stronglyCollaborative)
        XCTAssertEqual(status["duo–solo"], .noTies)
        // With no threshold, the two-pair group pair is judged.
        let lenient = GroupProfiles(report.table, graph: ecology(), attribute: "sector", minimumPairs: 0)
        XCTAssertEqual(lenient.pairs.first { $0.second == "duo" }?.status, .stronglyCollaborative)
        XCTAssertEqual(lenient.groups.first { $0.name == "solo" }?.judgement, "fragmented")
    }

    func testTextStatesTheThresholdAndRanksPairs() throws {
        let report = CollaborationReport(context: try TestSupport.context(ecology(), name: "t"), groupBy: "sector")
        let text = report.text()
        XCTAssertTrue(text.contains("fewer than 5 pairs: too few ties to judge"), text)
        let ranked = try XCTUnwrap(report.groups).rankedPairs.map(\.status)
        XCTAssertEqual(ranked, [.stronglyCollaborative, .tooFewTies, .noTies], "judged, then too few, then no ties")
        let json = try JSONValue.parse(Array(report.json().serialized().utf8), file: "report")
        XCTAssertEqual(json["groups"]?["minimum_pairs_to_judge"]?.numberValue, 5)
    }

    /// Many groups: the text shows the first rows and folds the rest.
    func testManyGroupPairsAreFolded() throws {
        var ids: [String] = []
        var attributes: [String: [String: String]] = [:]
        for i in 0 ..< 13 { ids.append("x\(i)"); attributes["x\(i)"] = ["sector": "sector \(i)"] }
        var g = CollaborationFixtures.graph(ids, attributes: attributes)
        for i in 1 ..< 13 { g.addTie(from: "x0", to: "x\(i)") }
        let report = CollaborationReport(context: try TestSupport.context(g, name: "t"), groupBy: "sector")
        let text = report.text()
        // 78 pairs: 12 with one pair (too few), 66 with none; 12 rows shown.
        XCTAssertTrue(text.contains("… and 66 more group pairs (66 with no ties; all in --format json)"), text)
        XCTAssertTrue(text.contains("; … and "), "the gap list is folded too")
        XCTAssertEqual(report.groups?.pairs.count, 78)
    }
}
