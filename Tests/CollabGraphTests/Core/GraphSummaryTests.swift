import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// `collab info`'s numbers against independently known values of the classic datasets.
final class GraphSummaryTests: XCTestCase {
    func testKarateClub() throws {
        // Zachary (1977): 34 members, 78 ties.
        let s = GraphSummary(try GraphLoader.load(TestSupport.dataset("karate")))
        XCTAssertEqual(s.actorCount, 34)
        XCTAssertEqual(s.recordCount, 78)
        XCTAssertEqual(s.connectedPairs, 78)
        XCTAssertEqual(s.componentCount, 1)
        XCTAssertClose(s.density, 78.0 / (34 * 33 / 2))
    }

    func testLesMiserables() throws {
        // Knuth (1993): 77 characters, 254 co-occurrence ties.
        let s = GraphSummary(try GraphLoader.load(TestSupport.dataset("les-miserables")))
        XCTAssertEqual(s.actorCount, 77)
        XCTAssertEqual(s.connectedPairs, 254)
        XCTAssertEqual(s.largestComponent, 77)
    }

    func testFlorentineFamilies() throws {
        // Padgett's marriage network as NetworkX ships it (Pucci, the isolate, left out): 15 / 20.
        let s = GraphSummary(try GraphLoader.load(TestSupport.dataset("florentine")))
        XCTAssertEqual(s.actorCount, 15)
        XCTAssertEqual(s.connectedPairs, 20)
    }

    func testDavisSouthernWomen() throws {
        // Davis, Gardner & Gardner (1941): 18 women, 14 events, 89 attendances.
        let s = GraphSummary(try GraphLoader.load(TestSupport.dataset("davis-southern-women")))
        XCTAssertEqual(s.memberCount, 18)
        XCTAssertEqual(s.networkCount, 14)
        XCTAssertEqual(s.membershipCount, 89)
        XCTAssertEqual(s.recordCount, 0)
    }

    func testEastLondonIsConsistentWithItsRecords() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        let s = GraphSummary(graph)
        XCTAssertEqual(s.actorCount, graph.actors.count)
        XCTAssertEqual(s.recordsByType.map(\.records).reduce(0, +), graph.ties.count)
        XCTAssertEqual(s.recordsByDepth.map(\.count).reduce(0, +), graph.ties.count)
        XCTAssertEqual(s.actorsByKind.map(\.count).reduce(0, +), graph.actors.count)
        // Distinct unordered pairs counted directly from the records.
        let pairs = Set(graph.ties.filter { !$0.isSelfLoop }.map { [min($0.source, $0.target), max($0.source, $0.target)] })
        XCTAssertEqual(s.connectedPairs, pairs.count)
        XCTAssertEqual(s.dateRange?.lowerBound.year, 2014)
    }

    func testReciprocityOfASmallDigraph() {
        var g = CollaborationGraph()
        for id in ["a", "b", "c"] { g.addActor(Actor(id: id)) }
        g.addTie(from: "a", to: "b"); g.addTie(from: "b", to: "a"); g.addTie(from: "a", to: "c")
        XCTAssertClose(GraphSummary(g).reciprocity!, 2.0 / 3.0)
    }

    /// A missing value reads "not given" everywhere: records without a relation type in
    /// `collab info` (text, and null in JSON), an actor without a kind (``ActorKind``).
    /// Two typed records and one untyped: "talk 2, not given 1".
    func testMissingValuesReadNotGiven() throws {
        let graph = try GraphLoader.load(TestSupport.folder([
            "nodes.csv": "id,kind\na,anchor\nb,\nc,sme\n",
            "edges.csv": "source,target,type\na,b,talk\nb,c,talk\na,c,\n",
        ]))
        let s = GraphSummary(graph)
        XCTAssertEqual(s.recordsByType.map(\.type), ["talk", nil])
        let text = s.text(name: "g")
        XCTAssertTrue(text.contains("  by type:     talk 2, not given 1\n"), text)
        XCTAssertTrue(text.contains("  by kind:     anchor 1, sme 1, not given 1\n"), text)
        for old in ["(untyped)", "(none)", "(no kind)"] { XCTAssertFalse(text.contains(old), text) }
        let types = try XCTUnwrap(s.json(name: "g")["records_by_type"]?.arrayValue)
        XCTAssertEqual(types.map { $0["type"] }, [.string("talk"), .null])
        XCTAssertEqual(ActorKind("").description, "not given")
        XCTAssertEqual(ActorKind("anchor").description, "anchor")
        // Untyped records only: no "by type" line at all.
        let untyped = GraphSummary(try GraphLoader.load(TestSupport.folder(["edges.csv": "source,target\na,b\n"]) + "/edges.csv"))
        XCTAssertFalse(untyped.text(name: "g").contains("by type"))
    }
}
