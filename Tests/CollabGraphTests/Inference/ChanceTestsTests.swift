import CollabGraph
@testable import CollabAnalysis
import CollabOutput
@testable import CollabRender
import XCTest

/// The report's chance tests (``ChanceTests``) and their histograms: the observed values
/// are the statistics' own (which `UniformGraphTestTests` checks against `sna`), the draws
/// are the same bits for any thread count, and the page draws one histogram per test.
final class ChanceTestsTests: XCTestCase {
    func testEastLondonTestsAreDeterministicAndCarryTheObservedStatistics() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let context = try TestSupport.context(graph, name: "east-london")
        let (induced, _) = context.studyView
        let view = induced?.view ?? context.view
        let groups = try XCTUnwrap(context.groups.map { induced?.groups($0) ?? $0 })
        let one = ChanceTests(view: view, directedView: context.directedView, groups: groups, draws: 120, threads: 1)
        let two = ChanceTests(view: view, directedView: context.directedView, groups: groups, draws: 120, threads: 2)
        XCTAssertEqual(one.tests.map(\.name), ["reciprocity", "transitivity", "degree-centralization", "ei:sector"])
        XCTAssertEqual(one.tests.map(\.test.options.null), [.edges, .edges, .edges, .degree])
        for (a, b) in zip(one.tests, two.tests) {
            XCTAssertEqual(a.test.nullValues, b.test.nullValues, a.name)
            XCTAssertEqual(a.test.nullValues.count + a.test.undefinedDraws, 120, a.name)
        }
        XCTAssertEqual(one.tests[1].test.observed, GraphStatistic.transitivity.value(on: view))
        XCTAssertEqual(one.tests[2].test.observed, view.centralization().degree)
        XCTAssertEqual(one.tests[3].test.observed, GraphStatistic.eiIndex(groups).value(on: view))
        XCTAssertEqual(one.tests[0].test.observed, GraphStatistic.reciprocity.value(on: context.directedView))
        // The report's own set: the memo's, with the stated draws.
        let memo = try XCTUnwrap(context.chanceTests)
        XCTAssertEqual(memo.draws, ChanceTests.reportDraws)
        XCTAssertEqual(memo.tests.map(\.name), one.tests.map(\.name))
    }

    /// Without a group attribute and without direction: transitivity and centralization only.
    func testUndirectedWithoutGroups() throws {
        let graph = try TestSupport.load("Datasets/karate")
        let view = graph.view(ViewOptions(directed: false))
        let tests = ChanceTests(view: view, directedView: nil, groups: nil, draws: 50)
        XCTAssertEqual(tests.tests.map(\.name), ["transitivity", "degree-centralization"])
    }

    /// The histogram: one bar per non-empty bin, the observed line, and the break when the
    /// observed value lies far from the draws (30 disjoint triangles: transitivity 1,
    /// against random graphs of the same 90 ties among 90 actors, about 0.02).
    func testHistogramSVG() throws {
        var records = "source,target\n", nodes = "id\n"
        for a in 0 ..< 90 { nodes += "\(a)\n" }
        for t in 0 ..< 30 { records += "\(3 * t),\(3 * t + 1)\n\(3 * t + 1),\(3 * t + 2)\n\(3 * t),\(3 * t + 2)\n" }
        let graph = try GraphLoader.load(TestSupport.folder(["nodes.csv": nodes, "edges.csv": records]))
        let view = graph.view(ViewOptions(directed: false))
        let test = try UniformGraphTest(view: view, statistic: .transitivity, options: UniformGraphTestOptions(draws: 200))
        XCTAssertEqual(test.observed, 1)
        let svg = ReportPage.histogramSVG(test)
        let histogram = try XCTUnwrap(test.histogram(bins: ReportPage.chanceBins))
        XCTAssertEqual(svg.components(separatedBy: "<rect ").count - 1, histogram.counts.filter { $0 > 0 }.count)
        XCTAssertTrue(svg.contains("◆ observed 1.0000"), svg)
        XCTAssertGreaterThan(test.observed, histogram.upper + (histogram.upper - histogram.lower) / 2)
        XCTAssertEqual(svg.components(separatedBy: "stroke=\"#5f6368\" stroke-width=\"1\"").count - 1, 2, "the axis break")
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.hasSuffix("</svg>"))
    }

    /// The report writes what its new sections show: `chance-tests.json` (1,000 draws,
    /// seed 1) and `competition.json`, whose centralization equals R sna's
    /// (`Tests/Fixtures/reference/positions/east-london.json`) to 1e-9.
    func testTheReportWritesTheNumbersBehindTheSections() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let report = try EcologyReport(context: try TestSupport.context(graph, name: "east-london"))
        func json(_ name: String) throws -> JSONValue {
            let file = try XCTUnwrap(report.files.first { $0.name == name }, name)
            return try JSONValue.parse(Array(file.data), file: name)
        }
        let tests = try XCTUnwrap(json("chance-tests.json")["tests"]?.arrayValue)
        XCTAssertEqual(tests.map { $0["statistic"]?.stringValue }, ["reciprocity", "transitivity", "degree-centralization", "ei:sector"])
        XCTAssertTrue(tests.allSatisfy { $0["draws"]?.numberValue == 1000 })
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/positions/east-london.json"))
        let centralization = try XCTUnwrap(json("competition.json")["centralization"])
        for measure in ["degree", "betweenness"] {
            let expected = fixture["centralization"]![measure]!.numberValue!
            XCTAssertEqual(centralization[measure]!.numberValue!, expected, accuracy: 1e-9 * expected, measure)
        }
        let page = String(decoding: try XCTUnwrap(report.files.first { $0.name == "index.html" }).data, as: UTF8.self)
        for id in ["centralization", "competition", "chance"] { XCTAssertTrue(page.contains("<section id=\"\(id)\">"), id) }
        XCTAssertEqual(page.components(separatedBy: "<figure class=\"chart chance\">").count - 1, 4)
    }

    /// The report's draws: 1,000 up to the budget's 50,000 ties, then the budget's share
    /// (250,000 ties: 200); none (the section says why) when even 100 draws exceed it; an
    /// empty view keeps the default.
    func testReportDrawsShrinkWithTheNetworkAndStopAtTheMinimum() {
        XCTAssertEqual(ChanceTests.reportDraws(ties: 0), 1000)
        XCTAssertEqual(ChanceTests.reportDraws(ties: 50_000), 1000)
        XCTAssertEqual(ChanceTests.reportDraws(ties: 100_000), 500)
        XCTAssertEqual(ChanceTests.reportDraws(ties: 250_000), 200)
        XCTAssertEqual(ChanceTests.reportDraws(ties: 500_000), 100)
        XCTAssertNil(ChanceTests.reportDraws(ties: 500_001))
    }
}
