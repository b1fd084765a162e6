import CollabGraph
import CollabAnalysis
@testable import CollabRender
import Foundation
import XCTest

/// Sections a report leaves out at scale (``ReportOmission``) are said where they would
/// stand, never dropped without a word.
final class ReportOmissionTests: XCTestCase {
    func testOmittedSectionsAreStatedOnThePage() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let context = try TestSupport.context(graph, name: "east-london")
        var analyses = try context.reportAnalyses(title: nil, scenario: nil, stage: nil)
        XCTAssertEqual(analyses.omitted, [], "East London is within every budget")
        XCTAssertNotNil(analyses.chanceTests)
        XCTAssertNotNil(analyses.twoMode)
        XCTAssertNotNil(analyses.competition)

        analyses.chanceTests = nil
        analyses.twoMode = nil
        analyses.competition = nil
        analyses.omitted = [.competition(providers: 2_345), .chanceTests(ties: 916_131), .twoMode(memberships: 149_095)]
        let page = ReportPage(analyses: analyses, map: Data("<svg></svg>".utf8), focusMaps: [:]).html()
        XCTAssertTrue(page.contains("<section id=\"chance\"><h2>Is it more than chance?</h2><p class=\"note\">Not tested in this report: 916131 ties × at least 100 random graphs exceed its budget of 50 million ties × draws per test."))
        XCTAssertTrue(page.contains("<section id=\"competition\"><h2>Competition for partners: who seeks the same partners</h2><p class=\"note\">Not compared in this report: 2345 providers are more than its section compares (400 at most"))
        XCTAssertTrue(page.contains("<section id=\"two-mode\"><h2>Boards, forums and projects: who belongs where</h2><p class=\"note\">Not analysed in this report: 149095 memberships are more than its two-mode section takes (50000 at most"))
    }

    func testTheBudgetsFollowTheNetworkNotTheFile() {
        XCTAssertNil(ChanceTests.reportDraws(ties: 916_131))
        XCTAssertEqual(ReportAnalyses.twoModeMembershipLimit, 50_000)
        XCTAssertEqual(CompetitionReport.reportProviderLimit, 400)
    }
}
