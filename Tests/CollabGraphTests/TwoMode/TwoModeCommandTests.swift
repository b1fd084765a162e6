import CollabCLI
import CollabGraph
import XCTest

/// Exact-output tests of `collab two-mode`.
final class TwoModeCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(["two-mode"] + arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The box as a dataset: x, y in P and Q; z in Q (see TwoModeGraphs.box).
    private func boxFolder(memberships: String = "member,network\nx,P\nx,Q\ny,P\ny,Q\nz,Q\n") -> String {
        TestSupport.folder([
            "nodes.csv": "id,label,kind,sector\nx,Firm X,sme,digital\ny,Firm Y,sme,digital\nz,College Z,anchor,education\nP,Board P,network,\nQ,Forum Q,network,\n",
            "edges.csv": "source,target\n",
            "memberships.csv": memberships,
        ])
    }

    func testHelpHasTheStandardSections() {
        let result = run(["--help"])
        XCTAssertEqual(result.code, 0)
        for section in ["OVERVIEW:", "USAGE: collab two-mode <graph>", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:", "--project", "--nested"] {
            XCTAssertTrue(result.out.contains(section), "help lacks \(section)")
        }
    }

    /// Projections of the box (values derived in TwoModeProjectionTests).
    func testProjectionsAreEdgeLists() throws {
        let folder = boxFolder()
        XCTAssertEqual(run([folder, "--project", "actors"]).out, "source,target,weight\nx,y,2\nx,z,1\ny,z,1\n")
        XCTAssertEqual(run([folder, "--project", "actors", "--weight", "newman"]).out, "source,target,weight\nx,y,1.5\nx,z,0.5\ny,z,0.5\n")
        XCTAssertEqual(run([folder, "--project", "networks", "--weight", "jaccard"]).out, "source,target,weight\nP,Q,0.6666666666666666\n")
        // The projection reads back as a graph: x–y weighs 2.
        let file = TestSupport.temporaryFolder() + "/actors.csv"
        XCTAssertEqual(run([folder, "--project", "actors", "-o", file]).code, 0)
        let graph = try GraphLoader.load(file)
        XCTAssertEqual(graph.actors.map(\.id), ["x", "y", "z"])
        XCTAssertEqual(graph.ties.map(\.weight), [2, 1, 1])
    }

    /// The box's CSV: one row per actor, then per network (measures derived by hand in the
    /// family's tests; x: closeness (2 + 2·2)/(1+1+2+2) = 1, in both networks).
    func testCSVRows() {
        let result = run([boxFolder()])
        XCTAssertEqual(result.code, 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6)
        XCTAssertEqual(lines[0], "id,mode,label,kind,degree,degree_centrality,closeness,betweenness,clustering,clustering_min,clustering_max,redundancy,core,co_members,network_sector_count,network_sector_blau,member_kind_blau,member_kind_iqv,member_sector_blau,member_sector_iqv")
        XCTAssertTrue(lines[1].hasPrefix("x,actor,Firm X,sme,2,1,1,"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix("z,actor,College Z,anchor,1,0.5,"), lines[3])
        // Q: members x, y (sme), z (anchor): kind Blau 4/9, IQV 8/9.
        XCTAssertTrue(lines[5].hasPrefix("Q,network,Forum Q,network,3,1,"), lines[5])
        XCTAssertTrue(lines[5].hasSuffix(",0.4444444444444444,0.8888888888888888,0.4444444444444444,0.8888888888888888"), lines[5])
    }

    /// By default an actor that is both a member and a network is split, with a note naming
    /// it; `--nested refuse` makes it an error naming both lines, with no output.
    func testMemberThatIsANetworkIsSplitWithANoteOrRefused() {
        let folder = boxFolder(memberships: "member,network\nx,P\nP,Q\ny,Q\n")
        let refused = run([folder, "--nested", "refuse"])
        XCTAssertEqual(refused.code, 1)
        XCTAssertEqual(refused.err, "Error: \(folder)/memberships.csv:3:1: 'P' is a member here and a network on line 2: a two-mode graph keeps actors and networks apart (without --nested refuse it becomes two nodes, one in each mode)\n")
        XCTAssertEqual(refused.out, "")
        let split = run([folder])
        XCTAssertEqual(split.code, 0, split.err)
        XCTAssertEqual(split.err, "Note: 1 actor is both a member and a network, split into two nodes (one in each mode): P\n")
        // P appears once in each mode.
        XCTAssertEqual(split.out.split(separator: "\n").filter { $0.hasPrefix("P,") }.map { $0.split(separator: ",")[1] }, ["actor", "network"])
        // Split: P as a member shares Q with y.
        XCTAssertEqual(run([folder, "--project", "actors"]).out, "source,target,weight\ny,P,1\n")
    }

    /// The bundled East London data has alliances on boards: the default works on it.
    func testEastLondonRunsByDefault() {
        let result = run([TestSupport.dataset("east-london"), "--format", "text"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(result.out.contains("Note: 3 actors are both a member and a network, split into two nodes (one in each mode): elba, local-london-seb, skills-for-care"), result.out)
    }

    func testBadWeightNamesTheCell() {
        let folder = boxFolder(memberships: "member,network,weight\nx,P,1\nx,Q,heavy\n")
        let result = run([folder])
        XCTAssertEqual(result.code, 1)
        XCTAssertEqual(result.err, "Error: \(folder)/memberships.csv:3:5: membership weight 'heavy' is not a positive number\n")
    }

    func testUnknownNetworkIsTheLoadersError() {
        let folder = boxFolder(memberships: "member,network\nx,P\nx,Nowhere\n")
        let result = run([folder])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.err.contains("memberships.csv:3:3: unknown network 'Nowhere'"), result.err)
    }

    func testUsageErrors() {
        let folder = boxFolder()
        XCTAssertEqual(run([folder, "--weight", "newman"]).code, 2)
        XCTAssertEqual(run([folder, "--project", "actors", "--format", "json"]).code, 2)
        XCTAssertEqual(run([folder, "--project", "people"]).code, 2)
    }

    func testNoMembershipsIsANoteNotAnError() {
        let result = run([TestSupport.dataset("karate"), "--format", "text"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, "Two-mode: karate: 0 actors × 0 networks, 0 memberships (density 0.000)\nNote: the dataset has no memberships: the two-mode graph is empty\n")
    }
}
