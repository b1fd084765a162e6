import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Revive before build, derived by hand on a small dated graph.
final class RevivalTests: XCTestCase {
    /// Records (directed, from the initiator):
    ///
    ///     F → A  placement      2016-01-01 … 2017-06-30   (lapsed by 2018)
    ///     A → F  steering group 2016-03-01 … 2016-12-31   (lapsed by 2018)
    ///     F → B  talk           2017-01-01 … open         (engagement, one way)
    ///     F → C  co-design      2017-01-01 … open         (co-production)
    ///     C → F  co-design      2017-01-01 … open
    ///     A → X  placement      2016-01-01 … open
    ///     B → Y  placement      2016-01-01 … open
    ///
    /// At 2018-01-01 the view holds F–B, F–C, A–X, B–Y. A's every record with F ended
    /// before then (last 2017-06-30): a lapsed partner. Reviving F → A (weight 1) brings A
    /// and X within 2 hops (+2). The view is directed, so constraint uses mutual weights:
    /// a(F,B) = 1 (one way), a(F,C) = 2 (both ways), B and C unconnected:
    /// c = (1/3)² + (2/3)² = 5/9; with the arc F → A, (1/4)² + (2/4)² + (1/4)² = 3/8. B's only record is a talk (engagement), one way; Y is reached only
    /// through B. C's tie is co-production: not listed. Without a window nothing has lapsed.
    func testLapsedPartnersAndTiesToDeepen() throws {
        var graph = CollaborationGraph()
        for id in ["F", "A", "B", "C", "X", "Y"] { graph.addActor(Actor(id: id)) }
        let day = { (text: String) in Day(iso: text)! }
        graph.addTie(from: "F", to: "A", type: "placement", start: day("2016-01-01"), end: day("2017-06-30"))
        graph.addTie(from: "A", to: "F", type: "steering group", start: day("2016-03-01"), end: day("2016-12-31"))
        graph.addTie(from: "F", to: "B", type: "talk", start: day("2017-01-01"))
        graph.addTie(from: "F", to: "C", type: "co-design", start: day("2017-01-01"))
        graph.addTie(from: "C", to: "F", type: "co-design", start: day("2017-01-01"))
        graph.addTie(from: "A", to: "X", type: "placement", start: day("2016-01-01"))
        graph.addTie(from: "B", to: "Y", type: "placement", start: day("2016-01-01"))
        let settings = AnalysisSettings(direction: .directed, view: ViewOptions(window: .at(day("2018-01-01"))))
        let revival = Revival.find(setting: try TestSupport.context(graph, settings: settings).gapSetting, focus: 0)
        XCTAssertEqual(revival.windowStart, day("2018-01-01"))
        XCTAssertEqual(revival.unratedTypes, [])
        XCTAssertEqual(revival.lapsed.map(\.partner), [1])
        let a = revival.lapsed[0]
        XCTAssertEqual(a.lastEnd, day("2017-06-30"))
        XCTAssertEqual(a.records, 2)
        XCTAssertEqual(a.relationTypes, ["placement", "steering group"])
        XCTAssertEqual(a.recommendation.effect.newlyReached, [1, 4])
        XCTAssertClose(a.recommendation.effect.constraintBefore!, 5.0 / 9)
        XCTAssertClose(a.recommendation.effect.constraintAfter!, 3.0 / 8)
        XCTAssertTrue(a.recommendation.reason.hasPrefix("revive: last worked together 2017 (placement, steering group); "))
        XCTAssertEqual(revival.deepen.map(\.partner), [2])
        let b = revival.deepen[0]
        XCTAssertEqual(b.depth, .engagement)
        XCTAssertEqual(b.records, 1)
        XCTAssertEqual(b.oneWay, true)
        XCTAssertEqual(b.reachedOnlyThrough, 1)
        XCTAssertEqual(b.relationTypes, ["talk"])

        let undated = Revival.find(setting: try TestSupport.context(graph, settings: AnalysisSettings(direction: .undirected)).gapSetting, focus: 0)
        XCTAssertNil(undated.windowStart)
        XCTAssertEqual(undated.lapsed, [])
        XCTAssertEqual(undated.deepen.map(\.partner), [2])
        XCTAssertNil(undated.deepen[0].oneWay)
    }
}
