import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Dyad components, neighbourhood overlap, transitivity, average clustering and
/// components against the fixtures of `Tests/Fixtures/reference_collaboration.py`
/// (NetworkX 3.6.1 and an independent Python aggregation of the records), to 1e-9.
final class CollaborationReferenceTests: XCTestCase {
    static let graphs = ["east-london", "karate", "florentine", "les-miserables", "random-undirected",
                         "random-directed", "holme-kim", "kite", "barbell", "complete", "star"]

    func testAgainstNetworkX() throws {
        for name in Self.graphs {
            let fixture = try JSONValue.parse(contentsOf: CollaborationFixtures.path("Tests/Fixtures/reference/collaboration/\(name).json"))
            let graph = try GraphLoader.load(CollaborationFixtures.path(fixture["graph"]!.stringValue!))
            let table = graph.tieStrengths()
            let profile = CollaborationProfile(table)
            func close(_ a: Double, _ b: Double, _ m: String) { CollaborationFixtures.assertClose(a, b, m) }
            close(profile.transitivity, fixture["transitivity"]!.numberValue!, "\(name) transitivity")
            close(profile.averageClustering, fixture["average_clustering"]!.numberValue!, "\(name) average clustering")
            XCTAssertEqual(profile.actorCount, Int(fixture["actors"]!.numberValue!), name)
            XCTAssertEqual(profile.componentCount, Int(fixture["components"]!.numberValue!), name)
            XCTAssertEqual(profile.largestComponentSize, Int(fixture["largest_component"]!.numberValue!), name)
            XCTAssertEqual(profile.isolateCount, Int(fixture["isolates"]!.numberValue!), name)
            let pairs = fixture["pairs"]!.arrayValue!
            XCTAssertEqual(table.ties.count, pairs.count, name)
            for (tie, expected) in zip(table.ties, pairs) {
                let d = tie.dyad
                let label = "\(name) \(expected["source"]!.stringValue!)–\(expected["target"]!.stringValue!)"
                XCTAssertEqual(graph.actors[Int(d.source)].id, expected["source"]!.stringValue!, label)
                XCTAssertEqual(graph.actors[Int(d.target)].id, expected["target"]!.stringValue!, label)
                XCTAssertEqual(d.records, Int(expected["records"]!.numberValue!), label)
                close(d.weight, expected["weight"]!.numberValue!, label)
                XCTAssertEqual(TieStrengthTable.typeNames(d, graph: graph).map(RelationLadder.normalise),
                               expected["types"]!.arrayValue!.map { $0.stringValue! }, label)
                XCTAssertEqual(d.multiplexity, Int(expected["multiplexity"]!.numberValue!), label)
                XCTAssertEqual(d.isReciprocal, expected["reciprocal"]!.boolValue!, label)
                XCTAssertEqual(d.durationDays, expected["duration_days"]!.numberValue.map { Int($0) }, label)
                close(tie.overlap, expected["overlap"]!.numberValue!, label + " overlap")
            }
        }
    }
}
