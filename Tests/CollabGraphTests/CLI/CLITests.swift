import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Exact-output tests of the CLI's conventions: help, errors, exit codes.
final class CLITests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    func testTopLevelHelpListsSubcommands() {
        let result = run(["--help"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.hasPrefix("OVERVIEW: "))
        XCTAssertTrue(result.out.contains("  info "))
        XCTAssertEqual(run(["--version"]).out, "collab \(CollabCLI.version)\n")
    }

    func testCommandHelpHasTheStandardSections() {
        for arguments in [["help", "info"], ["info", "--help"], ["info", "-h"]] {
            let result = run(arguments)
            XCTAssertEqual(result.code, 0)
            for section in ["OVERVIEW:", "USAGE: collab info <graph>", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:"] {
                XCTAssertTrue(result.out.contains(section), "\(arguments) lacks \(section)")
            }
        }
    }

    func testUnknownSubcommandSuggestsTheClosest() {
        let result = run(["inf", "x"])
        XCTAssertEqual(result.code, 2)
        XCTAssertEqual(result.err, "Error: unknown subcommand 'inf' (did you mean 'info'?)\nSee 'collab --help'.\n")
    }

    func testUsageErrorsExitTwoWithAHint() {
        let result = run(["info", TestSupport.dataset("karate"), "--fromat", "json"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.hasPrefix("Error: unknown option '--fromat' (did you mean '--format'?)\nUsage: collab info <graph>"), result.err)
        XCTAssertTrue(result.err.hasSuffix("  See 'collab info --help'.\n"))
        XCTAssertEqual(run(["info"]).err.components(separatedBy: "\n").first, "Error: missing argument <graph>")
        XCTAssertEqual(run(["info", "x", "--format", "xml"]).err.components(separatedBy: "\n").first,
                       "Error: '--format' must be one of text, json, got 'xml'")
    }

    func testInputErrorsExitOneNamingTheFile() {
        let folder = TestSupport.folder(["nodes.csv": "id\na\n", "edges.csv": "source,target,weight\na,a,-2\n"])
        let result = run(["info", folder])
        XCTAssertEqual(result.code, 1)
        XCTAssertEqual(result.err, "Error: \(folder)/edges.csv:2:5: invalid weight '-2': expected a number greater than 0\n")
        XCTAssertEqual(result.out, "")
    }

    func testInfoTextIsExact() {
        let result = run(["info", TestSupport.dataset("florentine")])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, """
        \(TestSupport.dataset("florentine"))
        Actors:        15
          by kind:     family 15
        Records:       20
        Connected pairs: 20  density 0.1905
        Components:    1, largest 15 actors (100.0%), isolates 0
        Direction:     undirected (declared in meta.json): reciprocity not measured

        """)
    }

    func testInfoJSONAndAtomicOutputFile() throws {
        let folder = TestSupport.temporaryFolder()
        let result = run(["info", TestSupport.dataset("karate"), "--format", "json", "-o", folder + "/info.json"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, "")
        let json = try JSONValue.parse(contentsOf: folder + "/info.json")
        XCTAssertEqual(json["actors"], .number(34))
        XCTAssertEqual(json["connected_pairs"], .number(78))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary files left behind")
    }

    func testFailedRunLeavesNoOutputFile() {
        let folder = TestSupport.temporaryFolder()
        let result = run(["info", "/nonexistent", "-o", folder + "/info.txt"])
        XCTAssertEqual(result.code, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/info.txt"))
    }

    func testConvertAndReportUsageErrors() {
        let folder = TestSupport.temporaryFolder()
        let convert = run(["convert", TestSupport.dataset("florentine"), folder + "/out.xyz"])
        XCTAssertEqual(convert.code, 2)
        XCTAssertEqual(convert.err.components(separatedBy: "\n").first,
                       "Error: cannot tell the output format of '\(folder)/out.xyz': use .graphml, .json, .gexf, .gml, .net, .dl or a folder name")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out.xyz"))
        let report = run(["report", TestSupport.dataset("florentine")])
        XCTAssertEqual(report.code, 2)
        XCTAssertEqual(report.err.components(separatedBy: "\n").first,
                       "Error: missing '-o <dir>': say which folder to write the report into")
        let group = run(["report", TestSupport.dataset("florentine"), "-o", folder + "/r", "--group", "sector"])
        XCTAssertEqual(group.code, 2)
        XCTAssertTrue(group.err.hasPrefix("Error: no actor has a value for 'sector'"), group.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/r/index.html"), "no partial output")
    }

    func testConvertRoundTripsThroughGraphML() throws {
        let folder = TestSupport.temporaryFolder()
        XCTAssertEqual(run(["convert", TestSupport.dataset("florentine"), folder + "/f.graphml"]).code, 0)
        XCTAssertEqual(run(["convert", folder + "/f.graphml", folder + "/back"]).code, 0)
        let back = try GraphLoader.load(folder + "/back")
        XCTAssertEqual(back.actors.count, 15)
        XCTAssertEqual(back.ties.count, 20)
    }
}
