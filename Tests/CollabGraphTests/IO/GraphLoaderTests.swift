import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

final class GraphLoaderTests: XCTestCase {
    private let nodes = "id,label,kind,sector,tier\na,Alpha College,anchor,education,local\nb,Beta Ltd,sme,digital tech,local\nc,Gamma,network,,regional\n"

    private func load(nodes: String? = nil, edges: String, memberships: String? = nil, allowUnknown: Bool = false) throws -> CollaborationGraph {
        var files = ["nodes.csv": nodes ?? self.nodes, "edges.csv": edges]
        if let memberships { files["memberships.csv"] = memberships }
        return try GraphLoader.load(TestSupport.folder(files), options: LoadOptions(allowUnknownActors: allowUnknown))
    }

    func testFolderLoadsActorsRecordsAndMemberships() throws {
        let graph = try load(edges: "Source,TARGET,type,weight,start,end,note\na,b,placement,2,2017-01-01,2017-06-30,\"first, paid\"\nb,a,co-design,,2017,,\na,b,talk,0.5,,,\n",
                             memberships: "member,network,start\na,c,2016-09\nb,c,\n")
        XCTAssertEqual(graph.actors.map(\.id), ["a", "b", "c"])
        XCTAssertEqual(graph.actors[0].label, "Alpha College")
        XCTAssertEqual(graph.actors[1].attributes, ["sector": "digital tech", "tier": "local"])
        XCTAssertNil(graph.actors[2].sector, "empty cells are absent, not empty strings")
        guard XCTAssertCount(graph.ties, 3, "parallel records are kept in the model") else { return }
        XCTAssertEqual(graph.ties.map(\.weight), [2, 1, 0.5])
        XCTAssertEqual(graph.typeName(of: graph.ties[1]), "co-design")
        XCTAssertEqual(graph.depth(of: graph.ties[1]), .coProduction)
        XCTAssertEqual(graph.depth(of: graph.ties[0]), .exchange)
        XCTAssertEqual(graph.ties[0].start, Day(year: 2017, month: 1, day: 1))
        XCTAssertEqual(graph.ties[1].start, Day(year: 2017, month: 1, day: 1), "a year as start means its first day")
        XCTAssertEqual(graph.ties[0].attributes, ["note": "first, paid"])
        XCTAssertEqual(graph.tieAttributeNames, ["note"])
        guard XCTAssertCount(graph.memberships, 2) else { return }
        XCTAssertEqual(graph.memberships[0].start, Day(year: 2016, month: 9, day: 1))
    }

    func testLoneEdgesFileInfersActorsInOrderOfMention() throws {
        let folder = TestSupport.folder(["e.csv": "source,target\nx,y\nz,x\n"])
        let graph = try GraphLoader.load(folder + "/e.csv")
        XCTAssertEqual(graph.actors.map(\.id), ["x", "y", "z"])
        XCTAssertEqual(graph.ties.count, 2)
    }

    func testTypesFileOverridesTheLadder() throws {
        let folder = TestSupport.folder(["nodes.csv": "id\na\nb\n", "edges.csv": "source,target,type\na,b,talk\na,b,hackathon\n",
                                         "types.csv": "type,depth\ntalk,exchange\nHackathon,co-production\n"])
        let graph = try GraphLoader.load(folder)
        XCTAssertEqual(graph.depth(of: graph.ties[0]), .exchange)
        XCTAssertEqual(graph.depth(of: graph.ties[1]), .coProduction)
    }

    func testUnknownTypesStayUnrated() throws {
        let graph = try load(edges: "source,target,type\na,b,hackathon\n")
        XCTAssertNil(graph.depth(of: graph.ties[0]))
    }

    // MARK: - Errors name file, line and column

    func testMissingRequiredColumn() {
        XCTAssertInputError(try load(edges: "from,target\na,b\n"), line: 1, column: 1, contains: "missing required column 'source'")
    }

    func testInvalidWeights() {
        for bad in ["abc", "0", "-1", "nan", "inf", "1e400"] {
            XCTAssertInputError(try load(edges: "source,target,weight\na,b,1\na,b,\(bad)\n"), line: 3, column: 5,
                                contains: "invalid weight '\(bad)': expected a number greater than 0")
        }
    }

    func testUnparsableDate() {
        XCTAssertInputError(try load(edges: "source,target,start\na,b,2017-13-01\n"), line: 2, column: 5, contains: "unparsable date '2017-13-01'")
        XCTAssertInputError(try load(edges: "source,target,start\na,b,1/2/2017\n"), line: 2, column: 5, contains: "expected YYYY-MM-DD")
    }

    func testEndBeforeStart() {
        XCTAssertInputError(try load(edges: "source,target,start,end\na,b,2018-01-01,2017-01-01\n"), line: 2, column: 16, contains: "before start date")
    }

    func testDuplicateActorID() {
        XCTAssertInputError(try load(nodes: "id,kind\na,anchor\nb,sme\na,sme\n", edges: "source,target\n"), line: 4, column: 1,
                            contains: "duplicate actor id 'a' (first defined on line 2)")
    }

    func testEmptyFile() {
        XCTAssertInputError(try load(edges: ""), line: 1, column: 1, contains: "empty file")
    }

    func testUnknownActorIsAnErrorUnlessAllowed() throws {
        XCTAssertInputError(try load(edges: "source,target\na,zed\n"), line: 2, column: 3, contains: "unknown actor 'zed'")
        let graph = try load(edges: "source,target\na,zed\n", allowUnknown: true)
        XCTAssertEqual(graph.actors.last?.id, "zed")
    }

    func testUnknownMembershipNetwork() {
        XCTAssertInputError(try load(edges: "source,target\n", memberships: "member,network\na,nowhere\n"), line: 2, column: 3,
                            contains: "unknown network 'nowhere'")
    }

    func testWrongFieldCount() {
        XCTAssertInputError(try load(edges: "source,target,weight\na,b,1,9\n"), line: 2, column: 7, contains: "expected 3 fields as in the header, found 4")
    }

    func testEmptyID() {
        XCTAssertInputError(try load(edges: "source,target\na,\n"), line: 2, column: 3, contains: "empty target")
    }

    func testInvalidUTF8InNodes() {
        let folder = TestSupport.folder(bytes: ["nodes.csv": Array("id,label\na,".utf8) + [0xC3, 0x28] + [0x0A],
                                                "edges.csv": Array("source,target\n".utf8)])
        XCTAssertInputError(try GraphLoader.load(folder), line: 2, column: 3, contains: "invalid UTF-8")
    }

    func testMissingFolderAndFiles() {
        XCTAssertInputError(try GraphLoader.load("/nonexistent/graph"), line: nil, column: nil, contains: "no such file")
        let folder = TestSupport.folder(["edges.csv": "source,target\n"])
        XCTAssertInputError(try GraphLoader.load(folder), line: nil, column: nil, contains: "expected nodes.csv")
    }

    func testMalformedGraphML() {
        let folder = TestSupport.folder(["g.graphml": "<graphml><graph>\n<node id=\"a\">\n</graph></graphml>\n"])
        do {
            _ = try GraphLoader.load(folder + "/g.graphml")
            XCTFail("expected an error")
        } catch let error as InputError {
            XCTAssertNotNil(error.line)
            XCTAssertTrue(error.message.contains("malformed XML"), error.message)
        } catch { XCTFail("\(error)") }
    }

    func testGraphMLEdgeToUnknownNode() {
        let folder = TestSupport.folder(["g.graphml": "<graphml><graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph></graphml>\n"])
        do {
            _ = try GraphLoader.load(folder + "/g.graphml")
            XCTFail("expected an error")
        } catch let error as InputError {
            XCTAssertEqual(error.line, 3)
            XCTAssertNotNil(error.column)
            XCTAssertTrue(error.message.contains("edge target 'b' is not a node"), error.message)
        } catch { XCTFail("\(error)") }
    }
}
