import CollabCLI
import CollabGraph
import XCTest

/// `collab positions` and the centralization in `collab cohesion`: exact output, errors.
final class PositionsCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The star 0 – {1 … 6} (Tests/Fixtures/graphs/star): the leaves are structurally
    /// equivalent (distance 0), the hub is apart; cut into two positions.
    func testPositionsOfAStar() {
        let star = TestSupport.fixtureGraph("star")
        let result = run(["positions", star, "--positions", "2"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, "id,position\n0,1\n1,2\n2,2\n3,2\n4,2\n5,2\n6,2\n")
        let matrix = run(["positions", star, "--matrix", "--format", "csv"])
        let lines = matrix.out.split(separator: "\n")
        XCTAssertEqual(lines.first, "id,0,1,2,3,4,5,6")
        // Hub vs leaf on the five other leaves, rows and columns: √10.
        XCTAssertTrue(lines[1].hasPrefix("0,0,\(NumberFormat.shortest(10.0.squareRoot())),"), String(lines[1]))
        XCTAssertEqual(lines[2], "1,\(NumberFormat.shortest(10.0.squareRoot())),0,0,0,0,0,0")
        let blocks = run(["positions", star, "--positions", "2", "--blocks", "--table", "blocks"])
        XCTAssertEqual(blocks.out, "position,actors,1,2\n1,1,,1\n2,6,1,0\n")
    }

    func testCohesionReportsCentralization() throws {
        let result = run(["cohesion", TestSupport.fixtureGraph("star"), "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        let json = try JSONValue.parse(Array(result.out.utf8), file: "stdout")
        XCTAssertEqual(json["centralization"]?["degree"]?.numberValue, 1)
        XCTAssertEqual(json["centralization"]?["betweenness"]?.numberValue, 1)
        XCTAssertEqual(json["centralization"]?["closeness"]?.numberValue ?? 0, 1, accuracy: 1e-12)
        let table = run(["cohesion", TestSupport.fixtureGraph("star"), "--table", "centralization"]).out
        XCTAssertTrue(table.hasPrefix("measure,value\ndegree,1\nbetweenness,1\ncloseness,"), table)
        XCTAssertEqual(Double(table.split(separator: "\n")[3].dropFirst("closeness,".count)) ?? 0, 1, accuracy: 1e-12)
    }

    func testCompetitionOnEastLondon() {
        let result = run(["positions", TestSupport.dataset("east-london"), "--competition", "anchor", "--partners", "employer",
                          "--table", "demands"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("id,label,kind,providers\njpmorgan-chase-foundation,JPMorgan Chase Foundation,employer,5\n"), result.out)
    }

    func testErrors() {
        let karate = TestSupport.dataset("karate")
        let magnet = run(["positions", karate, "--magnet"])
        XCTAssertEqual(magnet.code, 2)
        XCTAssertTrue(magnet.err.hasPrefix("Error: --magnet needs a directed view"), magnet.err)
        let rege = run(["positions", karate, "--method", "rege"])
        XCTAssertEqual(rege.code, 2)
        XCTAssertTrue(rege.err.hasPrefix("Error: --method rege needs a directed view or --weighted"), rege.err)
        XCTAssertEqual(run(["positions", karate, "--method", "rege", "--weighted"]).code, 0)
        let method = run(["positions", karate, "--method", "blocks"])
        XCTAssertTrue(method.err.hasPrefix("Error: '--method' must be one of euclidean, correlation, concor, rege, got 'blocks'"))
        let empty = run(["positions", TestSupport.fixtureGraph("empty")])
        XCTAssertEqual(empty.code, 2)
        XCTAssertTrue(empty.err.hasPrefix("Error: the graph has no actors"), empty.err)
        XCTAssertTrue(run(["positions", karate, "--competition", "college"]).err.hasPrefix("Error: no actor has kind 'college'"))
        XCTAssertTrue(run(["positions", karate, "--positions", "0"]).err.hasPrefix("Error: '--positions' must be a whole number"))
        XCTAssertEqual(run(["positions", karate, "--help"]).code, 0)
        XCTAssertTrue(run(["positions", karate, "--help"]).out.contains("EXAMPLES:"))
    }
}
