import CollabCLI
import CollabGraph
@testable import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// `collab report --waves`: the section "How the system changed", its maps and change.json,
/// on the hand-drawn waves of ``ChangeCommandTests`` (2016 → 2017: kept ab, bc; gained ac,
/// cd; lost none; Hamming 2; Jaccard 2/4; d entered; bc deepened).
final class ReportPageChangeTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    private func read(_ folder: String, _ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func testTheSectionShowsTheTransitionAsTheChangeCommandCountsIt() throws {
        let out = TestSupport.temporaryFolder() + "/report"
        let result = run(["report", ChangeCommandTests.folder, "-o", out, "--waves", "2016,2017"])
        XCTAssertEqual(result.code, 0, result.err)
        let page = try read(out, "index.html")
        XCTAssertTrue(page.contains("<section id=\"change\"><h2>How the system changed</h2>"))
        // The transition row: kept, gained, lost, Hamming, Jaccard, entered, left.
        XCTAssertTrue(page.contains("<td>2016 → 2017</td><td class=\"number\">2</td><td class=\"number\">2</td><td class=\"number\">0</td><td class=\"number\">2</td><td class=\"number\">0.500</td><td class=\"number\">1</td><td class=\"number\">0</td>"), page)
        XCTAssertTrue(page.contains("Pairs in both waves: 2; up the co-production ladder 1, down 0"))
        XCTAssertTrue(page.contains("Catalysis around College A: sme partners 1 → 2; ties among them 0 → 1"))
        // Two small multiples, inline and as files, and the numbers in change.json equal
        // what `collab change --format json` writes.
        XCTAssertEqual(page.components(separatedBy: "data:image/svg+xml;base64,").count - 1, 2)
        for w in 1 ... 2 { XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/change-wave-\(w).svg")) }
        // Each wave's label is drawn once, inside its map, not again as a caption beside it.
        let grid = try XCTUnwrap(page.components(separatedBy: "class=\"small-multiples\"").dropFirst().first?.components(separatedBy: "</div>").first)
        XCTAssertFalse(grid.contains("<figcaption>"), grid)
        let wave = try String(contentsOfFile: out + "/change-wave-1.svg", encoding: .utf8)
        XCTAssertTrue(wave.contains(">2016</text>"), "the label is drawn in the map")
        let json = try JSONValue.parse(contentsOf: out + "/change.json")
        let command = run(["change", ChangeCommandTests.folder, "--waves", "2016,2017", "--format", "json"])
        XCTAssertEqual(command.code, 0, command.err)
        let expected = try JSONValue.parse(Array(command.out.utf8), file: "standard output")
        XCTAssertEqual(json["transitions"], expected["transitions"])
        XCTAssertEqual(json["waves"], expected["waves"])
    }

    func testWavesAreCheckedBeforeAnythingIsWritten() {
        let out = TestSupport.temporaryFolder() + "/report"
        let result = run(["report", ChangeCommandTests.folder, "-o", out, "--waves", "2010,2011"])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.err.contains("wave 2010 (2010-01-01 to 2010-12-31) lies outside the records' dates"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        XCTAssertEqual(run(["report", ChangeCommandTests.folder, "-o", out, "--waves", "2017,2016"]).code, 2)
        XCTAssertEqual(run(["report", ChangeCommandTests.folder, "-o", out, "--partner-kind", "sme"]).code, 2)
    }

    /// Each wave's measures are built once, by the wave's own context, however often asked.
    func testEachWaveIsMeasuredOnceThroughItsContext() throws {
        let graph = try GraphLoader.load(ChangeCommandTests.folder)
        let context = try TestSupport.context(graph, settings: AnalysisSettings(focus: ["a"]))
        let waves = try Wave.parseList("2016,2017")
        let contexts = try context.waveContexts(waves)
        let first = try ChangeAnalysis.run(contexts: contexts, waves: waves, labels: ["2016", "2017"], alignment: nil,
                                           focusNames: ["a"], partnerKind: "sme", top: 5, seed: 1)
        _ = try ChangeAnalysis.run(contexts: contexts, waves: waves, labels: ["2016", "2017"], alignment: nil,
                                   focusNames: ["a"], partnerKind: "sme", top: 5, seed: 1)
        for wave in contexts {
            XCTAssertEqual(wave.buildCounts.total(.waveMeasures), 1)
            XCTAssertEqual(wave.buildCounts.repeated, [])
        }
        XCTAssertEqual(first.transitions[0].comparison.ties.kept, 2)
        // Through the base context: the same numbers as the command line's contexts.
        let viaContext = try context.changeAnalysis(ChangeRequest(waves: waves))
        XCTAssertEqual(viaContext.transitions[0].comparison.ties.jaccard, 0.5)
        XCTAssertEqual(viaContext.focus, [0], "the run's focus actor is the catalysis focus")
    }

    /// `--export siena DIR` (the issue's spelling) and `--export-siena DIR` write the same files.
    func testExportSienaSpellings() throws {
        let a = TestSupport.temporaryFolder() + "/a", b = TestSupport.temporaryFolder() + "/b"
        XCTAssertEqual(run(["change", ChangeCommandTests.folder, "--waves", "2016,2017", "--export", "siena", a]).code, 0)
        XCTAssertEqual(run(["change", ChangeCommandTests.folder, "--waves", "2016,2017", "--export-siena", b]).code, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        XCTAssertEqual(names, try FileManager.default.contentsOfDirectory(atPath: b).sorted())
        XCTAssertTrue(names.contains("wave1.dat") && names.contains("composition.dat") && names.contains("siena.R"))
        for name in names { XCTAssertEqual(try read(a, name), try read(b, name), name) }
        let wrong = run(["change", ChangeCommandTests.folder, "--waves", "2016,2017", "--export", "pajek", a])
        XCTAssertEqual(wrong.code, 2)
        XCTAssertTrue(wrong.err.contains("give --export siena DIR"), wrong.err)
        XCTAssertEqual(run(["change", ChangeCommandTests.folder, "--waves", "2016,2017", "--export", "siena"]).code, 2)
    }
}
