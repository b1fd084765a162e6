import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Exact output of `collab brokerage` on small graphs.
final class BrokerageCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The Gould–Fernandez worked example (see BrokerageHandTests): counts, expected
    /// values and z-scores; coordinator and liaison have zero variance, so their z cells
    /// are empty and a note says so.
    func testWorkedExampleWithZScores() {
        let result = run(["brokerage", TestSupport.fixtureGraph("gf-example"), "--directed", "--group", "group", "--zscores"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, """
        id,group,partners,effective_size,efficiency,constraint,hierarchy,coordinator,itinerant,representative,gatekeeper,liaison,brokerage,coordinator_expected,coordinator_z,itinerant_expected,itinerant_z,representative_expected,representative_z,gatekeeper_expected,gatekeeper_z,liaison_expected,liaison_z,brokerage_expected,brokerage_z
        A,1,3,1,0.3333333333333333,0.925925925925926,0,0,1,0,1,0,2,0,,0.25,1.6035674514745464,0.25,-0.5,0.25,1.5,0,,0.75,1.3608276348795434
        B,1,3,1,0.3333333333333333,0.925925925925926,0,0,0,1,0,0,1,0,,0.25,-0.5345224838248488,0.25,1.5,0.25,-0.5,0,,0.75,0.2721655269759087
        C,2,3,1,0.3333333333333333,0.925925925925926,0,0,0,0,1,0,1,0,,0.25,-0.5345224838248488,0.25,-0.5,0.25,1.5,0,,0.75,0.2721655269759087
        D,2,3,1,0.3333333333333333,0.925925925925926,0,0,1,1,0,0,2,0,,0.25,1.6035674514745464,0.25,1.5,0.25,-0.5,0,,0.75,1.3608276348795434

        """)
        XCTAssertEqual(result.err, """
        Note: no z-score for coordinator, liaison in groups '1', '2' (2 actors each): zero variance under the random-graph baseline

        """)
    }

    /// Path 0–1–2–3–4–5: every tie a bridge (no span), inner actors cut points. CSV holds
    /// one table: --table picks one, -o writes one file per table, neither is a usage error.
    func testStructureOnAPath() throws {
        let path = TestSupport.fixtureGraph("path")
        let ties = """
        source,target,bridge,span
        0,1,true,
        1,2,true,
        2,3,true,
        3,4,true,
        4,5,true,

        """
        let cutPoints = """
        id,component_size,pieces,largest_piece,cut_off
        1,6,2,4,1
        2,6,2,3,2
        3,6,2,3,2
        4,6,2,4,1

        """
        let first = run(["brokerage", path, "--structure", "--table", "ties"])
        XCTAssertEqual(first.code, 0)
        XCTAssertEqual(first.out, ties)
        XCTAssertEqual(run(["brokerage", path, "--structure", "--table", "cut_points"]).out, cutPoints)
        let bare = run(["brokerage", path, "--structure"])
        XCTAssertEqual(bare.code, 0)
        XCTAssertEqual(bare.out, ties, "the first table alone")
        XCTAssertEqual(bare.err, "Note: also cut_points: --table NAME prints one, -o FILE.csv writes each, --format json gives all\n")
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(run(["brokerage", path, "--structure", "-o", folder + "/path.csv"]).code, 0)
        XCTAssertEqual(try String(contentsOfFile: folder + "/path-ties.csv", encoding: .utf8), ties)
        XCTAssertEqual(try String(contentsOfFile: folder + "/path-cut_points.csv", encoding: .utf8), cutPoints)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/path.csv"))
    }

    /// Star: hub 0 (group 1), leaves 1–6 alternating groups 2, 1. Isolates none; leaves
    /// have one partner, so hierarchy is empty. Sorted by effective size, top 2.
    func testTopByAndEmptyCells() {
        let result = run(["brokerage", TestSupport.fixtureGraph("star"), "--top", "2", "--by", "effective_size"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, """
        id,partners,effective_size,efficiency,constraint,hierarchy
        0,6,6,1,0.16666666666666669,0
        1,1,1,1,1,

        """)
    }

    func testMixingJSON() throws {
        let result = run(["brokerage", TestSupport.fixtureGraph("star"), "--group", "group", "--mixing", "--format", "json"])
        XCTAssertEqual(result.code, 0)
        let json = try JSONValue.parse(Array(result.out.utf8), file: "stdout")
        let groups = json["groups"]!.arrayValue!
        XCTAssertEqual(groups.last!["group"]!.stringValue, "(network)")
        // Hub 0 in group 1 with leaves 2, 4, 6 (group 1) and 1, 3, 5 (group 2): 3 internal, 3 external.
        XCTAssertEqual(groups.last!["ei_index"]!.numberValue, 0)
        XCTAssertEqual(json["group_pairs"]!.arrayValue!.count, 3)
        XCTAssertEqual(json["notes"]!.arrayValue!.count, 0)
    }

    func testUsageErrors() {
        let star = TestSupport.fixtureGraph("star")
        func firstLine(_ arguments: [String]) -> String {
            let result = run(arguments)
            XCTAssertEqual(result.code, 2, "\(arguments)")
            return result.err.components(separatedBy: "\n").first!
        }
        XCTAssertEqual(firstLine(["brokerage", star, "--zscores"]), "Error: '--zscores' needs '--group <attribute>'")
        XCTAssertEqual(firstLine(["brokerage", star, "--mixing"]), "Error: '--mixing' needs '--group <attribute>'")
        XCTAssertEqual(firstLine(["brokerage", star, "--group", "sector"]), "Error: no actor has a value for 'sector' in --group; the actors have: group")
        XCTAssertEqual(firstLine(["brokerage", star, "--by", "size"]),
                       "Error: '--by' must be one of partners, effective_size, efficiency, constraint, hierarchy, got 'size'")
        XCTAssertEqual(firstLine(["brokerage", star, "--structure", "--top", "3"]),
                       "Error: '--top' and '--by' sort the actor table; they do not apply to --structure or --mixing")
        let help = run(["help", "brokerage"])
        XCTAssertEqual(help.code, 0)
        for section in ["OVERVIEW:", "USAGE: collab brokerage <graph>", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:"] {
            XCTAssertTrue(help.out.contains(section), section)
        }
    }

    /// `-o FILE` writes the same CSV atomically and says so on stderr.
    func testOutputFile() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder + "/out.csv"
        let result = run(["brokerage", TestSupport.dataset("karate"), "--group", "club", "-o", path])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "Wrote \(path)\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("id,club,partners,effective_size,efficiency,constraint,hierarchy,coordinator,"))
        XCTAssertEqual(text.split(separator: "\n").count, 35)
        // Writing again replaces the file (atomically).
        let again = run(["brokerage", TestSupport.dataset("karate"), "--top", "1", "-o", path])
        XCTAssertEqual(again.code, 0, again.err)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count, 2)
        try? FileManager.default.removeItem(atPath: folder)
    }
}
