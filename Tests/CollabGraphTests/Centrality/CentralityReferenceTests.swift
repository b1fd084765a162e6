import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Every measure against NetworkX 3.6.1 on every bundled dataset and test graph, in four
/// variants (undirected/directed × unweighted/weighted). Fixtures are written by
/// `Tests/Fixtures/reference_centrality.py`; tolerance 1e-9 relative (1e-12 absolute).
final class CentralityReferenceTests: XCTestCase {
    static let fixtureFolder = "Tests/Fixtures/reference/centrality"

    func testEveryMeasureMatchesNetworkXOnEveryGraph() throws {
        let folder = TestSupport.path(Self.fixtureFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 22, "fixtures missing: run Tests/Fixtures/reference_centrality.py")
        var compared = 0
        for name in names {
            let fixture = try JSONValue.parse(contentsOf: folder + "/" + name)
            let graphPath = fixture["graph"]!.stringValue!
            let graph = try TestSupport.load(graphPath)
            let ids = fixture["ids"]!.arrayValue!.map { $0.stringValue! }
            XCTAssertEqual(graph.actors.map(\.id), ids, "\(name): actor order")
            for variant in fixture["variants"]!.arrayValue! {
                let directed = variant["directed"]!.boolValue!
                let weighted = variant["weighted"]!.boolValue!
                let label = "\(graphPath) directed=\(directed) weighted=\(weighted)"
                let view = graph.view(ViewOptions(directed: directed))
                let table = view.centrality(CentralityOptions(weighted: weighted, threads: 2))
                for measure in CentralityMeasure.allCases {
                    let column = table.column(measure)!
                    guard let expected = variant[measure.rawValue]?.arrayValue else {
                        XCTAssertNotNil(column.undefinedReason, "\(label) \(measure): expected undefined")
                        XCTAssertTrue(column.values.allSatisfy(\.isNaN), "\(label) \(measure): expected NaN")
                        continue
                    }
                    XCTAssertNil(column.undefinedReason, "\(label) \(measure)")
                    XCTAssertEqual(column.values.count, expected.count, "\(label) \(measure)")
                    for (i, value) in column.values.enumerated() where i < expected.count {
                        XCTAssertClose(value, expected[i].numberValue!, "\(label) \(measure) \(ids[i])")
                        compared += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 25_000)
    }
}

extension CentralityReferenceTests {
    /// Sampled betweenness from the sources NetworkX drew, rescaled as NetworkX does.
    func testSampledBetweennessMatchesNetworkX() throws {
        let folder = TestSupport.path(Self.fixtureFolder)
        var compared = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".json") }).sorted() {
            let fixture = try JSONValue.parse(contentsOf: folder + "/" + name)
            let graph = try TestSupport.load(fixture["graph"]!.stringValue!)
            for variant in fixture["variants"]!.arrayValue! {
                guard let sampled = variant["sampled_betweenness"] else { continue }
                let directed = variant["directed"]!.boolValue!, weighted = variant["weighted"]!.boolValue!
                let sources = sampled["sources"]!.arrayValue!.map { Int($0.numberValue!) }
                let expected = sampled["values"]!.arrayValue!.map { $0.numberValue! }
                let values = graph.view(ViewOptions(directed: directed)).betweenness(sampledFrom: sources, weighted: weighted)
                for (i, value) in values.enumerated() {
                    XCTAssertClose(value, expected[i], "\(name) directed=\(directed) weighted=\(weighted) \(i)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 3_000)
    }

    func testSampleSourcesAreDistinctSeededAndComplete() {
        let view = GraphView(nodeCount: 50, sources: [], targets: [], weights: [], directed: false)
        let a = view.sampleSources(20, seed: 1)
        XCTAssertEqual(a, view.sampleSources(20, seed: 1))
        XCTAssertNotEqual(a, view.sampleSources(20, seed: 2))
        XCTAssertEqual(Set(a).count, 20)
        XCTAssertEqual(Set(view.sampleSources(80, seed: 3)), Set(0 ..< 50))
    }
}
