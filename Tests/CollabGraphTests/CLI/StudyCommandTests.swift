import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Exact-output and error tests of `collab cohesion`, `homophily`, `ego` and `qap`.
final class StudyCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The star 0–{1…6} (groups 1: 0 2 4 6, 2: 1 3 5): 6 of 21 pairs tied; no triangle;
    /// 6 pairs at distance 1 and 15 at 2: ASPL 36/21; every actor in the 1-core. Inside
    /// group 1, 0 is tied to 2, 4 and 6 (3 of 6 pairs); group 2 has no tie.
    func testCohesionOfAStarIsExact() {
        let star = TestSupport.fixtureGraph("star")
        let result = run(["cohesion", star, "--by", "group"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.err, "Note: also components, cores, groups: --table NAME prints one, -o FILE.csv writes each, --format json gives all\n")
        XCTAssertEqual(result.out, """
        measure,value
        actors,7
        ties,6
        directed,false
        density,0.2857142857142857
        components,1
        largest_component,7
        largest_component_share,1
        isolates,0
        triangles,0
        transitivity,0
        average_clustering,0
        diameter_largest_component,2
        average_shortest_path_largest_component,1.7142857142857142

        """)
        XCTAssertEqual(run(["cohesion", star, "--table", "components"]).out, """
        component,actors,diameter,average_shortest_path
        1,7,2,1.7142857142857142

        """)
        XCTAssertEqual(run(["cohesion", star, "--table", "cores"]).out, "core,actors\n1,7\n")
        XCTAssertEqual(run(["cohesion", star, "--by", "group", "--table", "groups"]).out, """
        group,actors,ties,density,components,largest_component,transitivity,average_clustering
        1,4,3,0.5,1,4,0,0
        2,3,0,0,3,1,0,0

        """)
        let folder = TestSupport.temporaryFolder()
        XCTAssertEqual(run(["cohesion", star, "-o", folder + "/star.csv"]).code, 0)
        for table in ["summary", "components", "cores"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/star-\(table).csv"), table)
        }
    }

    /// Ego 0 of the star: 6 alters, 30 ordered pairs, none tied: broker 15, ego
    /// betweenness 15 (100%); ego 1: one alter, so density and the normalised forms are
    /// empty cells; its reach is everyone (6 of 6) through 0, efficiency 6/6.
    func testEgoRowsOfAStarAreExact() {
        let result = run(["ego", TestSupport.fixtureGraph("star"), "--focus", "0", "--focus", "1"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        id,label,size,ties,pairs,density,two_step_reach,two_step_percent,reach_efficiency,broker,normalized_broker,ego_betweenness,normalized_ego_betweenness,effective_size,constraint
        0,0,6,0,30,0,6,100,,15,1,15,100,6,0.16666666666666669
        1,1,1,0,0,,6,100,100,0,,0,,1,1

        """)
    }

    func testHomophilyJSONCarriesTheViewAndIsDeterministic() throws {
        let arguments = ["homophily", TestSupport.dataset("karate"), "--group", "club", "--permutations", "200", "--seed", "5", "--format", "json"]
        let first = run(arguments), second = run(arguments)
        XCTAssertEqual(first.code, 0, first.err)
        XCTAssertEqual(first.out, second.out)
        let json = try JSONValue.parse(Array(first.out.utf8), file: "out")
        XCTAssertEqual(json["view"]?["directed_view"]?.boolValue, false)
        let network = json["network"]!.arrayValue!
        let ei = network.first { $0["measure"]?.stringValue == "ei_index" }!["value"]!.numberValue!
        let graph = try TestSupport.load("Datasets/karate")
        let analysis = HomophilyAnalysis(view: graph.view(ViewOptions(directed: false)), groups: ActorGroups(graph: graph, attribute: "club"),
                                         permutations: 200, seed: 5)
        XCTAssertEqual(ei, analysis.network.index)
        XCTAssertEqual(json["notes"]?.arrayValue?.first?.stringValue, analysis.sentence(attribute: "club"))
    }

    func testUsageAndDataErrors() {
        let star = TestSupport.fixtureGraph("star")
        let noGroups = run(["homophily", star])
        XCTAssertEqual(noGroups.code, 1)
        XCTAssertEqual(noGroups.err, "Error: homophily needs groups: the actors have no sector attribute (choose a grouping with --group)\n")
        let noPredictor = run(["qap", star])
        XCTAssertEqual(noPredictor.code, 2)
        XCTAssertTrue(noPredictor.err.hasPrefix("Error: give at least one '--predictor <term>' (ties, type:NAME, same:ATTR, diff:ATTR or co-membership)\n"), noPredictor.err)
        let unknownTerm = run(["qap", star, "--predictor", "similar:group"])
        XCTAssertEqual(unknownTerm.code, 2)
        XCTAssertTrue(unknownTerm.err.hasPrefix("Error: unknown QAP term 'similar:group'"), unknownTerm.err)
        let noNumber = run(["qap", TestSupport.dataset("karate"), "--predictor", "diff:club"])
        XCTAssertEqual(noNumber.code, 2)
        XCTAssertTrue(noNumber.err.hasPrefix("Error: 'club' is not numeric: actor '0' has 'Mr. Hi'"), noNumber.err)
        let collinear = run(["qap", TestSupport.dataset("karate"), "--predictor", "same:club", "--predictor", "same:club", "--permutations", "0"])
        XCTAssertEqual(collinear.code, 2)
        XCTAssertTrue(collinear.err.contains("collinear"), collinear.err)
        let both = run(["ego", star, "--all", "--focus", "0"])
        XCTAssertEqual(both.code, 2)
        let unknownBy = run(["cohesion", star, "--by", "sectr"])
        XCTAssertEqual(unknownBy.code, 2)
        XCTAssertTrue(unknownBy.err.contains("--by"), unknownBy.err)
    }

    func testHelpListsExamples() {
        for command in ["cohesion", "homophily", "ego", "qap"] {
            let result = run(["help", command])
            XCTAssertEqual(result.code, 0)
            XCTAssertTrue(result.out.contains("collab \(command) Datasets/"), command)
        }
    }

    /// A project known only from memberships (p, no tie record) is not part of the tie
    /// network: cohesion counts 3 actors (not 4) and one tie, ego's reach percentages
    /// divide by 2 others, and QAP has 3 dyads.
    func testMembershipOnlyNetworksAreLeftOut() {
        let folder = TestSupport.folder([
            "nodes.csv": "id,sector\na,x\nb,x\nc,y\np,project\n",
            "edges.csv": "source,target\na,b\n",
            "memberships.csv": "member,network\na,p\nc,p\n",
        ])
        let cohesion = run(["cohesion", folder, "--undirected", "--table", "summary"])
        XCTAssertEqual(cohesion.code, 0, cohesion.err)
        XCTAssertTrue(cohesion.out.hasPrefix("measure,value\nactors,3\nties,1\ndirected,false\ndensity,0.3333333333333333\n"), cohesion.out)
        XCTAssertTrue(cohesion.err.contains("1 actors appear only as networks of memberships"), cohesion.err)
        let ego = run(["ego", folder, "--undirected", "--focus", "a"])
        XCTAssertEqual(ego.out.split(separator: "\n")[1], "a,a,1,0,0,,1,50,,0,,0,,1,1")  // b has no partner but a: reach efficiency undefined
        let qap = run(["qap", folder, "--undirected", "--predictor", "same:sector", "--permutations", "0", "--table", "model"])
        XCTAssertTrue(qap.out.contains("cells,3\n"), qap.out + qap.err)
    }
}
