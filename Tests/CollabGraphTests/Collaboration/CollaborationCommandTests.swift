@testable import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Exact output and errors of `collab ties` and `collab collaboration`.
final class CollaborationCommandTests: XCTestCase {
    var folder = ""

    /// ```
    ///   college ──placement w2 (2016)──────────────▶ acme
    ///   college ◀──co-design w1 (2016-06 … 2016-12)── acme
    ///   college ──talk w1 (2016-03-01)─────────────▶ bits
    /// ```
    /// college–acme: intensity ln4/ln11, multiplexity 0.5, reciprocity 1, depth 1,
    /// duration 366/730, overlap 0: strength 0.15·ln4/ln11 + 0.1 + 0.2 + 0.25 + 0.1·366/730
    /// = 0.686856…, strong. college–bits: 0.15·ln2/ln11 + 0.1·1/730 = 0.043496…, weak.
    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "collab-collaboration-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "id,label,kind,sector,tier\ncollege,\"College, East\",anchor,education,local\nacme,Acme,sme,digital tech,local\nbits,Bits,sme,digital tech,local\n"
            .write(toFile: folder + "/nodes.csv", atomically: true, encoding: .utf8)
        try "source,target,type,weight,start,end\ncollege,acme,placement,2,2016-01-01,2016-12-31\nacme,college,co-design,1,2016-06-01,2016-12-31\ncollege,bits,talk,1,2016-03-01,2016-03-01\n"
            .write(toFile: folder + "/edges.csv", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func run(_ arguments: [String]) -> (Int32, String, String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    func testTiesCSV() {
        let (code, out, err) = run(["ties", folder])
        XCTAssertEqual(code, 0, err)
        XCTAssertEqual(out, """
        source,target,records,weight,types,multiplexity,reciprocal,depth,duration_days,overlap,strength,class,rubric
        college,acme,2,3,co-design;placement,2,true,co-production,366,0,0.6868564341967363,strong,default (built-in)
        college,bits,1,1,talk,1,false,engagement,1,0,0.043496710249053036,weak,default (built-in)

        """)
        CollaborationFixtures.assertClose(0.6868564341967363, 0.15 * log(4.0) / log(11.0) + 0.55 + 0.1 * 366 / 730)
        CollaborationFixtures.assertClose(0.043496710249053036, 0.15 * log(2.0) / log(11.0) + 0.1 / 730)
    }

    func testTiesJSONAndOutputFile() throws {
        let path = folder + "/ties.json"
        let (code, out, err) = run(["ties", folder, "--format", "json", "-o", path])
        XCTAssertEqual(code, 0)
        XCTAssertEqual(out, "")
        XCTAssertEqual(err, "Wrote \(path)\n")
        let json = try JSONValue.parse(contentsOf: path)
        XCTAssertEqual(json["rubric"]?["name"]?.stringValue, "default")
        XCTAssertEqual(json["rubric"]?["origin"]?.stringValue, "built-in")
        XCTAssertEqual(json["ties"]?.arrayValue?.count, 2)
        XCTAssertEqual(json["ties"]?.arrayValue?[0]["scores"]?["depth"]?.numberValue, 1)
        XCTAssertEqual(json["ties"]?.arrayValue?[1]["records_target_to_source"]?.numberValue, 0)
    }

    func testRubricOption() throws {
        let rubric = folder + "/two-way.json"
        try #"{"name": "two-way", "components": {"reciprocity": {"weight": 1}}, "threshold": 1}"#.write(toFile: rubric, atomically: true, encoding: .utf8)
        let (code, out, _) = run(["ties", folder, "--rubric", rubric])
        XCTAssertEqual(code, 0)
        XCTAssertEqual(out.split(separator: "\n")[1], "college,acme,2,3,co-design;placement,2,true,co-production,366,0,1,strong,two-way (\(rubric))")
        let (_, text, _) = run(["collaboration", folder, "--rubric", rubric])
        XCTAssertTrue(text.contains("Rubric: two-way (\(rubric)): strong when strength ≥ 1; weights reciprocity 1.000\n"), text)
    }

    func testInvalidRubricIsAnError() throws {
        let rubric = folder + "/bad.json"
        try #"{"components": {"depth": {"weight": 0.5}}}"#.write(toFile: rubric, atomically: true, encoding: .utf8)
        let (code, out, err) = run(["ties", folder, "--rubric", rubric])
        XCTAssertEqual(code, 1)
        XCTAssertEqual(out, "")
        XCTAssertEqual(err, "Error: \(rubric): invalid rubric: components: component weights sum to 0.5, expected 1\n")
    }

    func testRubricThatWeighsNothingMeasured() throws {
        let rubric = folder + "/duration-only.json"
        try #"{"name": "duration-only", "components": {"duration": {"weight": 1}}}"#.write(toFile: rubric, atomically: true, encoding: .utf8)
        let karate = CollaborationFixtures.path("Datasets/karate")
        let (code, out, err) = run(["collaboration", karate, "--rubric", rubric])
        XCTAssertEqual(code, 1)
        XCTAssertEqual(out, "")
        XCTAssertEqual(err, "Error: rubric duration-only (\(rubric)) gives weight only to components this graph cannot measure (not measured: multiplexity, reciprocity, depth, duration)\n")
    }

    func testCollaborationText() {
        let (code, out, err) = run(["collaboration", folder])
        XCTAssertEqual(code, 0, err)
        XCTAssertTrue(out.hasPrefix("""
        Collaboration profile: \(URL(fileURLWithPath: folder).lastPathComponent)
        View: directed records (not declared, so read as source → target; give --undirected if the records carry no direction); undirected view, unweighted; all relation types; all dates; memberships ignored
        Rubric: default (built-in): strong when strength ≥ 0.5; weights intensity 0.150, multiplexity 0.200, reciprocity 0.200, depth 0.250, duration 0.100, embeddedness 0.100
        Records dated 2016-01-01 to 2016-12-31

        Verdict: STRONGLY COLLABORATIVE
          strongly collaborative: strong ties 50.0% (threshold 50.0%), two-way pairs 50.0% (threshold 50.0%)
          [met]  largest_component_share  100.0%  ≥  50.0%  most actors are connected in one component
          [met]  strong_share              50.0%  ≥  50.0%  strong ties are the norm
          [met]  reciprocity               50.0%  ≥  50.0%  ties run both ways (two-way street)

        """), out)
    }

    func testUsageErrors() {
        var (code, _, err) = run(["collaboration", folder, "--by", "club"])
        XCTAssertEqual(code, 2)
        XCTAssertTrue(err.hasPrefix("Error: no actor has a value for 'club' in --by; the actors have: kind, sector, tier\n"), err)
        (code, _, err) = run(["collaboration", folder, "--timeline", "week"])
        XCTAssertEqual(code, 2)
        XCTAssertTrue(err.hasPrefix("Error: '--timeline' must be one of year, month, got 'week'\n"), err)
        (code, _, err) = run(["collaboration", folder, "--timeline", "year", "--from", "2016"])
        XCTAssertEqual(code, 2)
        XCTAssertTrue(err.hasPrefix("Error: '--timeline' makes its own periods: give it without --at, --from or --to\n"), err)
        (code, _, err) = run(["collaboration", CollaborationFixtures.path("Datasets/east-london"), "--by", "id"])
        XCTAssertEqual(code, 2)
        XCTAssertTrue(err.hasPrefix("Error: '--by id' makes 202 groups; profiles by group are limited to 200 (every pair of groups is reported)\n"), err)
        (code, _, err) = run(["ties", folder, "--format", "text"])
        XCTAssertEqual(code, 2)
    }

    func testHelp() {
        let (code, out, _) = run(["ties", "--help"])
        XCTAssertEqual(code, 0)
        XCTAssertTrue(out.hasPrefix("OVERVIEW: Tie strength of every connected pair: weak or strong collaboration.\n"))
        XCTAssertTrue(out.contains("  --rubric <file>"))
        XCTAssertTrue(out.contains("EXAMPLES:\n  collab ties Datasets/east-london\n"))
        let (_, help, _) = run(["collaboration", "--help"])
        XCTAssertTrue(help.contains("  --by <attribute>"))
        XCTAssertTrue(help.contains("  --timeline <year|month>"))
    }
}
