import CollabGraph
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
