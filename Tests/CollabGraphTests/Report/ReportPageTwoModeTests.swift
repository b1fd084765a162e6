import CollabCLI
import CollabGraph
@testable import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation
import XCTest

/// The report's section on memberships ("Boards, forums and projects"), and the one
/// two-mode result a run shares between it and `collab two-mode`.
final class ReportPageTwoModeTests: XCTestCase {
    func testEastLondonReportShowsItsBoardsAndBuildsTheTwoModeResultOnce() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let context = try TestSupport.context(graph, name: "east-london", settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3)))
        let report = try EcologyReport(context: context)
        let page = String(decoding: report.files[0].data, as: UTF8.self)
        XCTAssertTrue(page.contains("<section id=\"two-mode\"><h2>Boards, forums and projects: who belongs where</h2>"))
        // The numbers are those of the two-mode command's report on the same request.
        let twoMode = try context.twoMode(TwoModeRequest(groupAttribute: context.groupAttribute))
        XCTAssertEqual(context.buildCounts.total(.twoMode), 1, "the page and the second request share one result")
        XCTAssertTrue(page.contains("\(twoMode.twoMode.actorCount) actors belong to \(twoMode.twoMode.networkCount) networks (\(twoMode.twoMode.edgeCount) memberships"))
        XCTAssertTrue(page.contains("<td>Newham Care Providers Forum</td><td class=\"number\">22</td>"))
        XCTAssertTrue(page.contains("fit r = \(NumberFormat.fixed(twoMode.corePeriphery.fit!, digits: 3))"))
        XCTAssertTrue(page.contains("3 actors are both a member and a network"))
    }

    func testNoMembershipsNoSection() throws {
        let graph = try TestSupport.load("Datasets/karate")
        let report = try EcologyReport(context: TestSupport.context(graph, name: "karate"))
        XCTAssertFalse(String(decoding: report.files[0].data, as: UTF8.self).contains("id=\"two-mode\""))
    }
}
