import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Exact-output tests of `collab centrality`.
final class CentralityCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The path graph 0–1–2–3–4–5: betweenness i(5−i)/10 (12 ordered pairs × 1/20 prints as
    /// 0.6000000000000001, as NetworkX prints it), closeness 5/Σd, coreness 1.
    func testCSVTableIsExact() {
        let result = run(["centrality", TestSupport.fixtureGraph("path"), "--measures", "degree,betweenness,closeness,coreness"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.err, "")
        XCTAssertEqual(result.out, """
        id,degree,betweenness,closeness,coreness
        0,1,0,0.3333333333333333,1
        1,2,0.4,0.45454545454545453,1
        2,2,0.6000000000000001,0.5555555555555556,1
        3,2,0.6000000000000001,0.5555555555555556,1
        4,2,0.4,0.45454545454545453,1
        5,1,0,0.3333333333333333,1

        """)
    }

    func testDefaultIsEveryMeasureAndNumbersRoundTrip() throws {
        let result = run(["centrality", TestSupport.dataset("karate")])
        XCTAssertEqual(result.code, 0, result.err)
        let lines = result.out.split(separator: "\n")
        XCTAssertEqual(lines.first, "id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,coreness")
        XCTAssertEqual(lines.count, 35)
        let graph = try TestSupport.load("Datasets/karate")
        let table = graph.view().centrality()
        for (i, line) in lines.dropFirst().enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            for (c, column) in table.columns.enumerated() {
                XCTAssertEqual(Double(String(cells[c + 1])), column.values[i], "\(line)")
            }
        }
    }

    /// The values print exactly as NetworkX 3.6.1 prints `betweenness_centrality` on the
    /// florentine families (Guadagni 0.25457875457875456).
    func testTopByBetweennessNamesTheBrokers() {
        let result = run(["centrality", TestSupport.dataset("florentine"), "--top", "3", "--by", "betweenness"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        id,label,kind,sector,betweenness
        Medici,Medici,family,,0.521978021978022
        Guadagni,Guadagni,family,,0.25457875457875456
        Albizzi,Albizzi,family,,0.21245421245421245

        """)
    }

    func testJSONHasTheSameFieldsAndNullWhereUndefined() throws {
        let result = run(["centrality", TestSupport.fixtureGraph("random-undirected"), "-m", "degree,eigenvector", "--format", "json"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.err, "Note: eigenvector is undefined on this view: the view is disconnected (3 components, 1 of them isolated actors), so the eigenvector is not unique (pagerank and harmonic are defined on every view); its cells are left empty.\n")
        let json = try JSONValue.parse(Array(result.out.utf8), file: "out")
        XCTAssertEqual(json["view"]?["direction"], .string("undirected"))
        XCTAssertEqual(json["view"]?["weighted"], .bool(false))
        let rows = try XCTUnwrap(json["actors"]?.arrayValue)
        guard XCTAssertCount(rows, 60) else { return }
        XCTAssertEqual(rows[0].objectValue!.map(\.0), ["id", "degree", "eigenvector"])
        XCTAssertEqual(rows[0]["eigenvector"], .null)
    }

    func testOutputFileIsWrittenAtomically() throws {
        let folder = TestSupport.temporaryFolder()
        let result = run(["centrality", TestSupport.fixtureGraph("star"), "-m", "degree", "-o", folder + "/star.csv"])
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(try String(contentsOfFile: folder + "/star.csv", encoding: .utf8),
                       "id,degree\n0,6\n1,1\n2,1\n3,1\n4,1\n5,1\n6,1\n")
    }

    func testUsageErrors() {
        let graph = TestSupport.fixtureGraph("star")
        func firstLine(_ arguments: [String]) -> String {
            let result = run(["centrality", graph] + arguments)
            XCTAssertEqual(result.code, 2, "\(arguments)")
            return String(result.err.split(separator: "\n").first ?? "")
        }
        XCTAssertEqual(firstLine(["-m", "betweeness"]),
                       "Error: unknown measure 'betweeness' in '--measures' (did you mean 'betweenness'?); measures: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreness")
        XCTAssertEqual(firstLine(["--by", "degree"]), "Error: '--by' goes with '--top N'")
        XCTAssertEqual(firstLine(["--top", "3"]), "Error: '--top' needs '--by MEASURE'")
        XCTAssertEqual(firstLine(["--top", "0", "--by", "degree"]), "Error: '--top' expects a whole number ≥ 1, got '0'")
        XCTAssertEqual(firstLine(["--format", "xml"]), "Error: '--format' must be one of csv, json, got 'xml'")
    }

    func testRankingByAnUndefinedMeasureIsAnAnalysisError() {
        let result = run(["centrality", TestSupport.fixtureGraph("random-undirected"), "--top", "3", "--by", "eigenvector"])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.err.hasPrefix("Error: cannot rank by eigenvector: the view is disconnected"), result.err)
        XCTAssertEqual(result.out, "")
    }

    func testHelpHasTheStandardSections() {
        let result = run(["help", "centrality"])
        XCTAssertEqual(result.code, 0)
        for section in ["OVERVIEW:", "USAGE: collab centrality <graph>", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:"] {
            XCTAssertTrue(result.out.contains(section), section)
        }
    }
}

extension CentralityCommandTests {
    /// `--sample K` estimates betweenness from K seeded sources (the library's
    /// `betweenness(sampledFrom:)` with `sampleSources(K, seed:)`); K ≥ n is exact.
    func testSampledBetweenness() throws {
        let path = TestSupport.fixtureGraph("holme-kim")
        let result = run(["centrality", path, "-m", "betweenness", "--sample", "40", "--seed", "3"])
        XCTAssertEqual(result.code, 0, result.err)
        let view = try GraphLoader.load(path).view()
        let expected = view.betweenness(sampledFrom: view.sampleSources(40, seed: 3))
        let values = result.out.split(separator: "\n").dropFirst().map { Double($0.split(separator: ",")[1])! }
        XCTAssertEqual(values, expected)
        XCTAssertNotEqual(values, view.betweenness())
        let exact = run(["centrality", path, "-m", "betweenness", "--sample", "300"])
        XCTAssertEqual(exact.out, run(["centrality", path, "-m", "betweenness"]).out)
        XCTAssertEqual(run(["centrality", path, "--seed", "3"]).err.split(separator: "\n").first, "Error: '--seed' goes with '--sample K'")
    }
}
