import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Exact output and usage errors of `collab communities` and `collab core-periphery`, and
/// the community summary derived by hand.
final class CommunitiesCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// Two triangles a-b-c and d-e-f joined by c–d (see CommunityTestGraphs.twoTriangles),
    /// sectors x (a, b, c, d) and y (e, f); undirected.
    private var twoTriangles: String {
        TestSupport.folder([
            "nodes.csv": "id,label,kind,sector\na,A,sme,x\nb,B,sme,x\nc,C,anchor,x\nd,D,anchor,x\ne,E,sme,y\nf,F,employer,y\n",
            "edges.csv": "source,target\na,b\na,c\nb,c\nc,d\nd,e\nd,f\ne,f\n",
            "meta.json": "{\"directed\": false}",
        ])
    }

    /// Leiden finds the triangles (Q = 5/14). c's ties: a, b inside, d outside, so
    /// P = 1 − (2/3)² − (1/3)² = 4/9; a has both ties inside (P = 0).
    func testActorTable() {
        let result = run(["communities", twoTriangles])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, """
        id,label,kind,community,participation,internal_degree,degree
        a,A,sme,0,0,2,2
        b,B,sme,0,0,2,2
        c,C,anchor,0,0.4444444444444444,2,3
        d,D,anchor,1,0.4444444444444444,2,3
        e,E,sme,1,0,2,2
        f,F,employer,1,0,2,2

        """)
        XCTAssertEqual(result.err, "")
    }

    /// Sector partition {a, b, c, d}, {e, f}: L = 4 and 1, K = 10 and 4, m = 7:
    /// Q = 4/7 − (10/14)² + 1/7 − (4/14)² = 5/7 − 116/196 = 24/196 = 0.1224489795918367…
    /// (the last printed digits carry rounding).
    func testSummaryOfAPartition() {
        let result = run(["communities", twoTriangles, "--partition", "sector", "--summary"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.contains("modularity: 0.122448979591836"), result.out)
        XCTAssertTrue(result.out.contains("; 2 communities (0 of a single actor)\n"), result.out)
        XCTAssertTrue(result.out.contains("Community 0: 4 actors, 4 internal ties, density 0.667, 80.0% of its ties inside"), result.out)
        XCTAssertTrue(result.out.contains("  kinds: sme 2, anchor 2\n"), result.out)
    }

    func testKarateFactionsThroughTheCommand() {
        let result = run(["communities", TestSupport.dataset("karate"), "--partition", "club", "--format", "json"])
        XCTAssertEqual(result.code, 0)
        let json = try! JSONValue.parse(Array(result.out.utf8), file: "stdout")
        XCTAssertEqual(json["quality"]!.numberValue!, 0.3582347140039448, accuracy: 1e-12)
        let weighted = run(["communities", TestSupport.dataset("karate"), "--partition", "club", "--weighted", "--format", "json"])
        XCTAssertEqual(try! JSONValue.parse(Array(weighted.out.utf8), file: "stdout")["quality"]!.numberValue!, 0.3914375667622421, accuracy: 1e-12)
    }

    func testUsageErrors() {
        let partitionWithRuns = run(["communities", twoTriangles, "--partition", "sector", "--runs", "3"])
        XCTAssertEqual(partitionWithRuns.code, 2)
        XCTAssertTrue(partitionWithRuns.err.hasPrefix("Error: '--partition' takes the attribute's groups as they are: '--runs' and '--seed' do not apply\n"), partitionWithRuns.err)
        let unknown = run(["communities", twoTriangles, "--partition", "sectr"])
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.hasPrefix("Error: no actor has a value for 'sectr' in --partition (did you mean 'sector'?)"), unknown.err)
        let objective = run(["communities", twoTriangles, "--objective", "louvain"])
        XCTAssertEqual(objective.code, 2)
        XCTAssertEqual(objective.out, "")
        let resolution = run(["communities", twoTriangles, "--resolution", "-1"])
        XCTAssertEqual(resolution.code, 2)
        let model = run(["core-periphery", twoTriangles, "--model", "dense"])
        XCTAssertEqual(model.code, 2)
        XCTAssertEqual(model.out, "")
    }

    /// Two triangles under `ignore`: the best core is {c, d} (exhaustive search in
    /// reference_core_periphery.py, r = 0.4714…): the tie c–d makes the core complete and
    /// the periphery holds 4 of its 12 ordered pairs.
    func testCorePeripheryTable() {
        let result = run(["core-periphery", twoTriangles, "--format", "json"])
        XCTAssertEqual(result.code, 0)
        let json = try! JSONValue.parse(Array(result.out.utf8), file: "stdout")
        XCTAssertEqual(json["discrete"]!["core"]!, .array([.string("c"), .string("d")]))
        XCTAssertEqual(json["discrete"]!["fit"]!.numberValue!, 0.47140452079103173, accuracy: 1e-12)
        XCTAssertEqual(json["discrete"]!["blocks"]!["periphery_to_periphery"]!.numberValue!, 4.0 / 12, accuracy: 1e-15)
        let csv = run(["core-periphery", twoTriangles])
        XCTAssertTrue(csv.out.hasPrefix("id,label,kind,core,coreness\na,A,sme,0,"), csv.out)
        XCTAssertTrue(csv.out.contains("\nc,C,anchor,1,"), csv.out)
    }

    /// The summary of the triangles derived by hand: each triangle 3 ties of 3 possible
    /// (density 1), 6 of its 7 tie ends inside (2 × 3 over degrees 2 + 2 + 3).
    func testCommunitySummaryByHand() throws {
        let graph = try GraphLoader.load(twoTriangles)
        let rows = graph.view(ViewOptions()).partners
        let summary = CommunitySummary(graph: graph, rows: rows, communityOf: [0, 0, 0, 1, 1, 1], weighted: false,
                                       groups: ActorGroups(graph: graph, attribute: "sector"))
        XCTAssertEqual(summary.communities.map(\.internalTies), [3, 3])
        XCTAssertEqual(summary.communities.map(\.internalDensity), [1, 1])
        XCTAssertEqual(summary.communities[0].insideShare!, 6.0 / 7, accuracy: 1e-15)
        XCTAssertEqual(summary.participation[2]!, 4.0 / 9, accuracy: 1e-15)
        XCTAssertEqual(summary.participation[0], 0)
        XCTAssertEqual(summary.communities[0].mostCentral.first, 2)
        XCTAssertEqual(summary.communities[0].bridges, [2])
        XCTAssertEqual(summary.communities[1].groups.map(\.name), ["y", "x"])
        XCTAssertEqual(summary.communities[1].groups.map(\.count), [2, 1])
        let composition = CoreComposition(graph: graph, inCore: [false, false, true, true, false, false], groups: nil)
        XCTAssertEqual(composition.kinds.map(\.name), ["anchor", "sme", "employer"])
        XCTAssertEqual(composition.kinds.map(\.inCore), [2, 0, 0])
        XCTAssertEqual(composition.kinds.map(\.total), [2, 3, 1])
    }
    /// Networks known only from memberships (projects p and q: members, no tie record) are
    /// left out, as in every whole-system analysis: the fits equal those of the same ties
    /// without p and q, their rows are empty, and a note says so.
    func testNetworksKnownOnlyFromMembershipsAreLeftOut() throws {
        let nodes = "id,label,kind,sector\na,A,sme,x\nb,B,sme,x\nc,C,anchor,x\nd,D,anchor,x\ne,E,sme,y\nf,F,employer,y\n"
        let edges = "source,target\na,b\na,c\nb,c\nc,d\nd,e\nd,f\ne,f\n"
        let meta = "{\"directed\": false}"
        let withProjects = TestSupport.folder([
            "nodes.csv": nodes + "p,Project P,network,\nq,Project Q,network,\n", "edges.csv": edges, "meta.json": meta,
            "memberships.csv": "member,network\na,p\nd,p\ne,q\nf,q\n",
        ])
        let without = TestSupport.folder(["nodes.csv": nodes, "edges.csv": edges, "meta.json": meta])
        for command in [["core-periphery", "--format", "json"], ["communities", "--format", "json"]] {
            let left = run([command[0], withProjects] + command.dropFirst())
            let plain = run([command[0], without] + command.dropFirst())
            XCTAssertEqual(left.code, 0, left.err)
            let a = try JSONValue.parse(Array(left.out.utf8), file: "with"), b = try JSONValue.parse(Array(plain.out.utf8), file: "without")
            XCTAssertEqual(a["actors_left_out"]!.numberValue, 2)
            XCTAssertEqual(a["actors"], b["actors"], command[0])
            if command[0] == "core-periphery" {
                XCTAssertEqual(a["discrete"]!["fit"], b["discrete"]!["fit"])
                XCTAssertEqual(a["discrete"]!["blocks"], b["discrete"]!["blocks"])
                XCTAssertEqual(a["continuous"]!["fit"], b["continuous"]!["fit"])
            } else {
                XCTAssertEqual(a["quality"], b["quality"])
                XCTAssertEqual(a["communities"], b["communities"])
            }
            XCTAssertTrue(a["notes"]!.arrayValue!.contains { $0.stringValue!.hasPrefix("2 actors appear only as networks of memberships") })
        }
        let table = run(["core-periphery", withProjects])
        XCTAssertTrue(table.out.hasSuffix("\np,Project P,network,,\nq,Project Q,network,,\n"), table.out)
    }
}
