import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Modularity and CPM quality of given partitions: hand-derived cases and NetworkX 3.6.1
/// `community.modularity` fixtures (Tests/Fixtures/reference_communities.py), to 1e-12.
final class ModularityTests: XCTestCase {
    /// Two triangles joined by 2–3 (see ``CommunityTestGraphs/twoTriangles``), split into
    /// the triangles: m = 7; each triangle has L = 3 inside and degree sum K = 2 + 2 + 3 = 7,
    /// so Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14. At γ = 2: 6/7 − 1 = −1/7. One community
    /// of all: Q = 7/7 − 1 = 0. CPM at γ = 0.5: 2 (3 − 0.5 · 3) = 3; all in one:
    /// 7 − 0.5 · 15 = −0.5.
    func testTwoTrianglesByHand() {
        let rows = CommunityTestGraphs.twoTriangles
        let split: [Int32] = [0, 0, 0, 1, 1, 1]
        XCTAssertEqual(Modularity.score(of: split, rows: rows, weighted: false)!, 5.0 / 14, accuracy: 1e-15)
        XCTAssertEqual(Modularity.score(of: split, rows: rows, weighted: false, resolution: 2)!, -1.0 / 7, accuracy: 1e-15)
        XCTAssertEqual(Modularity.score(of: [Int32](repeating: 4, count: 6), rows: rows, weighted: false)!, 0, accuracy: 1e-15)
        XCTAssertEqual(Modularity.constantPotts(of: split, rows: rows, weighted: false, resolution: 0.5), 3, accuracy: 1e-15)
        XCTAssertEqual(Modularity.constantPotts(of: [Int32](repeating: 0, count: 6), rows: rows, weighted: false, resolution: 0.5), -0.5, accuracy: 1e-15)
        XCTAssertEqual(Modularity.score(of: split, rows: rows, weighted: false)!,
                       CommunityTestGraphs.naiveModularity(rows, split, weighted: false, resolution: 1), accuracy: 1e-15)
    }

    /// Without ties modularity is undefined (NetworkX divides by zero).
    func testNoTies() {
        let rows = CommunityTestGraphs.rows(3, [])
        XCTAssertNil(Modularity.score(of: [0, 1, 2], rows: rows, weighted: false))
        XCTAssertEqual(Modularity.constantPotts(of: [0, 0, 1], rows: rows, weighted: false, resolution: 1), -1)
    }

    /// Karate's two factions (the `club` attribute): 0.3582347140039448 unweighted and
    /// 0.3914375667622421 with the weights (REFERENCE-VALUES.md, NetworkX 3.6.1).
    func testKarateFactions() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("karate"))
        let view = graph.view(ViewOptions())
        let club = ActorGroups(graph: graph, attribute: "club").groupOf
        XCTAssertEqual(Modularity.score(of: club, view: view, weighted: false)!, 0.3582347140039448, accuracy: 1e-12)
        XCTAssertEqual(Modularity.score(of: club, view: view, weighted: true)!, 0.3914375667622421, accuracy: 1e-12)
    }

    func testNetworkXFixtures() throws {
        let cases = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/communities/modularity.json")).arrayValue!
        XCTAssertGreaterThan(cases.count, 50)
        var graphs: [String: CollaborationGraph] = [:]
        for c in cases {
            let folder = c["graph"]!.stringValue!
            let graph = try graphs[folder] ?? GraphLoader.load(TestSupport.path(folder))
            graphs[folder] = graph
            let directed = c["directed"]!.boolValue!, weighted = c["weighted"]!.boolValue!
            let attribute = c["attribute"]!.stringValue!, resolution = c["resolution"]!.numberValue!
            let view = graph.view(ViewOptions(directed: directed))
            let partition = ActorGroups(graph: graph, attribute: attribute).groupOf
            let q = Modularity.score(of: partition, view: view, weighted: weighted, resolution: resolution)
            XCTAssertEqual(q!, c["modularity"]!.numberValue!, accuracy: 1e-12,
                           "\(folder) \(attribute) directed \(directed) weighted \(weighted) γ \(resolution)")
        }
    }
}
