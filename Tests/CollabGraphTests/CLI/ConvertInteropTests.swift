import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// `collab convert` into GEXF, GML, Pajek and DL: the files, the notes on what a format
/// leaves out, and the usage errors.
final class ConvertInteropTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    func testConvertWritesEveryInterchangeFormatAndReadsItBack() throws {
        let folder = TestSupport.temporaryFolder()
        let dataset = TestSupport.dataset("east-london")
        let original = try GraphLoader.load(dataset)
        for ext in ["gexf", "gml", "net", "dl"] {
            let out = folder + "/g." + ext
            let result = run(["convert", dataset, out])
            XCTAssertEqual(result.code, 0, result.err)
            XCTAssertTrue(result.err.hasSuffix("Wrote \(out)\n"), result.err)
            let copy = try GraphLoader.load(out)
            XCTAssertEqual(copy.actors.map(\.id), original.actors.map(\.id), ext)
        }
        // Pajek says what it leaves out.
        let pajek = run(["convert", dataset, folder + "/again.net"])
        XCTAssertTrue(pajek.err.hasPrefix("Note: Pajek does not keep: actor labels (ids are written); actor kinds; actor attributes (sector, locality, tier, size); relation types; dates of "), pajek.err)
    }

    func testGEXFCarriesTheMapStyling() throws {
        let out = TestSupport.temporaryFolder() + "/g.gexf"
        XCTAssertEqual(run(["convert", TestSupport.dataset("florentine"), out]).code, 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let graph = try GraphLoader.load(TestSupport.dataset("florentine"))
        XCTAssertEqual(text.components(separatedBy: "<viz:color ").count - 1, graph.actorCount)
        XCTAssertEqual(text.components(separatedBy: "<viz:position ").count - 1, graph.actorCount)
        let plain = TestSupport.temporaryFolder() + "/p.gexf"
        XCTAssertEqual(run(["convert", TestSupport.dataset("florentine"), plain, "--no-layout"]).code, 0)
        let noLayout = try String(contentsOfFile: plain, encoding: .utf8)
        XCTAssertEqual(noLayout.components(separatedBy: "<viz:color ").count - 1, graph.actorCount)
        XCTAssertFalse(noLayout.contains("<viz:position"))
    }

    func testPajekPartitionBesideTheNetwork() throws {
        let folder = TestSupport.temporaryFolder()
        let result = run(["convert", TestSupport.dataset("east-london"), folder + "/el.net", "--clu", "sector"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/el.clu"))
        let bad = run(["convert", TestSupport.dataset("east-london"), folder + "/x.net", "--clu", "colour"])
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.err.hasPrefix("Error: no actor has a value for 'colour'"), bad.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/x.net"), "no partial output")
        XCTAssertEqual(run(["convert", TestSupport.dataset("east-london"), folder + "/x.gml", "--clu", "sector"]).code, 2)
    }

    func testUsageErrors() {
        let unknown = run(["convert", TestSupport.dataset("karate"), "/tmp/x.xlsx"])
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.hasPrefix("Error: cannot tell the output format of '/tmp/x.xlsx': use .graphml, .json, .gexf, .gml, .net, .dl or a folder name"), unknown.err)
        let policy = run(["info", TestSupport.dataset("karate"), "--zero-weights", "keep"])
        XCTAssertEqual(policy.code, 2)
        XCTAssertTrue(policy.err.hasPrefix("Error: '--zero-weights' must be refuse or drop, got 'keep'"), policy.err)
    }

    func testReaderNotesGoToStandardError() throws {
        let folder = TestSupport.folder(["g.graphml": "<graphml><graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"x\">1</data></node></graph></graphml>"])
        let result = run(["info", folder + "/g.graphml"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.err, "Note: <data> refers to a key not declared by a <key> (first on line 1): 'x', read as a string attribute of that name\n")
    }
}
