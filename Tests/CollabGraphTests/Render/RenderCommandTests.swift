import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest
@testable import CollabCLI
@testable import CollabRender

final class RenderCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    func path(_ relative: String) -> String { repositoryRoot().appendingPathComponent(relative).path }

    /// The exact DOT for the Gould–Fernandez example (directed per its meta.json: arrows),
    /// A highlighted. Regenerate after a deliberate styling change with
    /// `collab render Tests/Fixtures/graphs/gf-example -o Tests/Fixtures/render/gf-example.dot --highlight A`.
    func testExactDOTOutput() throws {
        let output = folder.appendingPathComponent("gf.dot").path
        let result = run(["render", path("Tests/Fixtures/graphs/gf-example"), "-o", output, "--highlight", "A"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.err, "Wrote \(output) (4 actors, 6 ties, neato)\n")
        let expected = try String(contentsOfFile: path("Tests/Fixtures/render/gf-example.dot"), encoding: .utf8)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), expected)
    }

    func testEveryFormatIsWritten() throws {
        for (name, magic) in [("m.svg", Array("<?xml".utf8)), ("m.png", [0x89, 0x50, 0x4E, 0x47]), ("m.pdf", Array("%PDF-".utf8))] {
            let output = folder.appendingPathComponent(name).path
            let result = run(["render", path("Datasets/florentine"), "-o", output, "--labels", "top:5"])
            XCTAssertEqual(result.code, 0, result.err)
            let data = try Data(contentsOf: URL(fileURLWithPath: output))
            XCTAssertEqual(Array(data.prefix(magic.count)), magic, name)
        }
        // Overwriting an existing map works (atomic rename).
        XCTAssertEqual(run(["render", path("Datasets/florentine"), "-o", folder.appendingPathComponent("m.svg").path]).code, 0)
    }

    func testFocusHighlightAndFiltersFromTheCommandLine() throws {
        let output = folder.appendingPathComponent("focus.dot").path
        let result = run(["render", path("Datasets/east-london"), "-o", output, "--focus", "newham-college", "--radius", "1",
                          "--highlight", "gla", "--strong-only", "--title", "Newham"])
        XCTAssertEqual(result.code, 0, result.err)
        let parsed = try GraphvizRenderer.parse(dot: try String(contentsOfFile: output, encoding: .utf8))
        let ids = parsed.nodes.compactMap { $0.attributes["actor"] }
        XCTAssertTrue(ids.contains("newham-college") && ids.contains("gla"))
        XCTAssertTrue(parsed.edges.allSatisfy { $0.attributes["class"] == "strong" })
        let graph = try loadDataset("Datasets/east-london")
        let expected = try MapBuilder.build(graph, options: MapOptions(strongOnly: true, focus: "newham-college", highlight: ["gla"]))
        XCTAssertEqual(ids, expected.actors.map { graph.actors[Int($0)].id })
    }

    func testSuggestedTiesFromACSV() throws {
        let csv = folder.appendingPathComponent("suggested.csv").path
        try "focal,source,target,gain\nx,Medici,Strozzi,0.1\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("s.dot").path
        XCTAssertEqual(run(["render", path("Datasets/florentine"), "-o", output, "--suggested", csv]).code, 0)
        let parsed = try GraphvizRenderer.parse(dot: try String(contentsOfFile: output, encoding: .utf8))
        XCTAssertEqual(parsed.edges.filter { $0.attributes["class"] == "suggested" }.count, 1)
    }

    func testUsageErrors() {
        let graph = path("Datasets/florentine")
        let out = folder.appendingPathComponent("x.svg").path
        let cases: [([String], String)] = [
            (["render", graph], "Error: missing '-o <file>': say where to write the map (.dot, .svg, .png or .pdf)\n"),
            (["render", graph, "-o", "map.jpg"], "Error: cannot tell the map format of 'map.jpg': use .dot, .svg, .png or .pdf\n"),
            (["render", graph, "-o", out, "--layout", "spring"], "Error: '--layout' must be one of dot, neato, fdp, sfdp, circo, twopi, got 'spring'\n"),
            (["render", graph, "-o", out, "--labels", "most"], "Error: '--labels' must be all, none, auto or a number N, got 'most'\n"),
            (["render", graph, "-o", out, "--component", "biggest"], "Error: '--component' must be all or largest, got 'biggest'\n"),
            (["render", graph, "-o", out, "--radius", "2"], "Error: '--radius' goes with '--focus'\n"),
            (["render", graph, "-o", out, "--focus", "Medicci"], "Error: no actor with id or label 'Medicci' in --focus; did you mean 'Medici' (Medici)?\n"),
            (["render", graph, "-o", out, "--size-by", "wealth"], "Error: '--size-by' must be a centrality measure (degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreness) or a numeric actor attribute, got 'wealth'\n"),
        ]
        for (arguments, message) in cases {
            let result = run(arguments)
            XCTAssertEqual(result.code, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.err.hasPrefix(message), "got: \(result.err)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "no partial output")
    }

    func testCappedLayoutIsAnAnalysisError() throws {
        let ring = folder.appendingPathComponent("ring.csv").path
        try ("source,target\n" + (0 ..< 600).map { "v\($0),v\(($0 + 1) % 600)\n" }.joined()).write(toFile: ring, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("ring.svg").path
        let result = run(["render", ring, "-o", output, "--layout", "dot"])
        XCTAssertEqual(result.code, 1)
        XCTAssertEqual(result.err, "Error: the dot layout takes too long on 600 actors (limit 300): use --layout neato or sfdp, or draw less (--focus, --types, --strong-only)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        // Without --layout, 600 actors get sfdp.
        XCTAssertEqual(run(["render", ring, "-o", output]).err, "Wrote \(output) (600 actors, 600 ties, sfdp)\n")
    }

    func testHelpListsTheCommand() {
        XCTAssertTrue(run(["--help"]).out.contains("  render"))
        let help = run(["render", "--help"]).out
        XCTAssertTrue(help.hasPrefix("OVERVIEW: Draw a map of a collaboration graph as DOT, SVG, PNG or PDF."))
        XCTAssertTrue(help.contains("EXAMPLES:\n  collab render Datasets/east-london -o map.svg\n"))
    }

    /// A map of more actors than can be drawn one by one (3,100 > 3,000: 100 villages of
    /// 31 in a ring each, joined hub to hub) becomes the report's overview — communities as
    /// circles, said on stderr — while a DOT file (not drawn here) keeps every actor.
    func testAMapAboveTheLegibilityLimitBecomesAnOverview() throws {
        let graph = folder.appendingPathComponent("villages.csv").path
        try TestSupport.villagesCSV.write(toFile: graph, atomically: true, encoding: .utf8)
        XCTAssertGreaterThan(3100, MapLegibility.actorLimit)
        let svg = folder.appendingPathComponent("villages.svg").path
        let drawn = run(["render", graph, "-o", svg])
        XCTAssertEqual(drawn.code, 0, drawn.err)
        XCTAssertTrue(drawn.err.contains("Note: 3100 actors are more than a map draws legibly one by one (\(MapLegibility.actorLimit))"), drawn.err)
        XCTAssertTrue(drawn.err.contains("Wrote \(svg) (overview: "), drawn.err)
        let page = try String(contentsOfFile: svg, encoding: .utf8)
        XCTAssertTrue(page.contains("community 1"), "community circles drawn")
        XCTAssertLessThan(page.components(separatedBy: "class=\"node\"").count - 1, 200, "not every actor drawn")
        let dot = folder.appendingPathComponent("villages.dot").path
        let written = run(["render", graph, "-o", dot])
        XCTAssertEqual(written.err, "Wrote \(dot) (3100 actors, 3200 ties, sfdp)\n")
    }
}
