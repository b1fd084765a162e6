import CollabGraph
@testable import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation
import Synchronization
import XCTest

/// The analysis layer's memo (``ResultStore``): one report run computes each shared
/// result once, and a result asked for from several threads at once is built once.
final class ResultStoreTests: XCTestCase {
    /// The kinds every report run asks for, each exactly once per key.
    static let reportKinds: [ResultKind] = [
        .tieStrengths, .centrality, .focus, .components, .bridges, .structuralHoles, .brokerage,
        .communities, .corePeriphery, .continuousCoreness, .summary, .cohesion, .homophily,
        .centralization, .competition, .chanceTests,
        .twoMode,   // both datasets below have memberships
    ]

    func assertOneBuildPerResult(_ context: AnalysisContext, file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try EcologyReport(context: context)
        let counts = context.buildCounts
        XCTAssertEqual(counts.repeated, [], "results built more than once", file: file, line: line)
        for kind in ResultStoreTests.reportKinds {
            XCTAssertEqual(counts.total(kind), 1, "\(kind) built \(counts.total(kind)) times", file: file, line: line)
        }
        let focusMaps = report.files.filter { $0.name.hasPrefix("focus-") }.count
        XCTAssertEqual(counts.total(.focusGaps), focusMaps, "one gap analysis per focus actor", file: file, line: line)
        // Asking again after the run builds nothing new.
        _ = try context.reportAnalyses(title: nil, scenario: nil, stage: nil)
        XCTAssertEqual(context.buildCounts, counts, "a second pass reuses every result", file: file, line: line)
    }

    func testTheEastLondonReportComputesEachResultOnce() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let context = try TestSupport.context(graph, name: "east-london", settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3)))
        try assertOneBuildPerResult(context)
    }

    func testTheLondonReportComputesEachResultOnce() throws {
        let folder = TestSupport.path("../shared/datasets/cordis-h2020/london")
        guard FileManager.default.fileExists(atPath: folder) else { throw XCTSkip("the shared CORDIS London data is not here") }
        let graph = try GraphLoader.load(folder)
        let context = try TestSupport.context(graph, name: "london",
                                              settings: AnalysisSettings(direction: .undirected, focusPolicy: .defaultAnchors(count: 3)))
        try assertOneBuildPerResult(context)
    }

    /// Centralization reads the betweenness of a centrality table already built (the
    /// report's) instead of searching all pairs again, and equals the search's index; a run
    /// without the table does not build it for centralization.
    func testCentralizationReusesABuiltCentralityTable() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let direct = try TestSupport.context(graph, name: "east-london").view.centralization()
        let bare = try TestSupport.context(graph, name: "east-london")
        _ = bare.centralization
        XCTAssertEqual(bare.buildCounts.total(.centrality), 0)
        let reporting = try TestSupport.context(graph, name: "east-london")
        _ = reporting.centrality(of: reporting.viewOptions, weighted: false)
        let reused = try XCTUnwrap(reporting.centralization.betweenness)
        XCTAssertEqual(reused, try XCTUnwrap(direct.betweenness), accuracy: 1e-12 * reused)
        XCTAssertEqual(reporting.buildCounts.total(.centrality), 1)
    }

    func testAResultAskedForByManyThreadsIsBuiltOnce() {
        let store = ResultStore()
        let builds = Counter()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let value = store.value(.components) { () -> Int in
                builds.increment()
                Thread.sleep(forTimeInterval: 0.01)
                return 42
            }
            XCTAssertEqual(value, 42)
        }
        XCTAssertEqual(builds.value, 1)
        XCTAssertEqual(store.buildCounts, [.components: 1])
    }

    func testAnOptionalResultIsBuiltNotReadAsNil() {
        let store = ResultStore()
        let first: Int? = store.value(.homophily) { Optional(7) }
        let again: Int? = store.value(.homophily) { nil }
        XCTAssertEqual(first, 7)
        XCTAssertEqual(again, 7)
        XCTAssertEqual(store.buildCounts, [.homophily: 1])
    }

    func testABuilderMayAskForOtherResults() {
        let store = ResultStore()
        let outer = store.value(.summary) { () -> Int in store.value(.components) { 2 } + 1 }
        XCTAssertEqual(outer, 3)
        XCTAssertEqual(store.buildCounts, [.summary: 1, .components: 1])
    }
}

private final class Counter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
