import CollabCLI
import CollabGraph
import XCTest

/// `collab ego --composition`: Blau, IQV and ego E–I of each ego's alters, on a hand case.
final class EgoCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// a(x) – b(x), c(y), d(z), e(no sector); b – c. K = 3 sectors.
    /// a: alters with a value b, c, d (e left out): shares 1/3 each → Blau 1 − 3/9 = 2/3,
    ///    IQV (2/3)/(1 − 1/3) = 1, E–I (2 other − 1 same)/3 = 1/3.
    /// b: a(x), c(y) → Blau 1/2, IQV 3/4, E–I (1 − 1)/2 = 0.
    /// c(y): a(x), b(x) → Blau 0, IQV 0, E–I +1; d: a(x) → the same.
    /// e: a(x) → Blau 0, IQV 0, no E–I (e has no sector).
    static let folder = [
        "nodes.csv": "id,kind,sector\na,anchor,x\nb,sme,x\nc,sme,y\nd,employer,z\ne,sme,\n",
        "edges.csv": "source,target\na,b\na,c\na,d\na,e\nb,c\n",
    ]

    func testCompositionByHand() throws {
        let folder = TestSupport.folder(Self.folder)
        let result = run(["ego", folder, "--undirected", "--composition", "sector", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        let json = try JSONValue.parse(Array(result.out.utf8), file: "stdout")
        let rows = try XCTUnwrap(json["egos"]?.arrayValue)
        XCTAssertEqual(rows.map { $0["id"]?.stringValue }, ["a", "b", "c", "d", "e"])
        let expected: [(alters: Double, blau: Double, iqv: Double, ei: Double?)] = [
            (3, 2.0 / 3, 1, 1.0 / 3), (2, 0.5, 0.75, 0), (2, 0, 0, 1), (1, 0, 0, 1), (1, 0, 0, nil),
        ]
        for (row, e) in zip(rows, expected) {
            XCTAssertEqual(row["sector_alters"]?.numberValue, e.alters)
            XCTAssertEqual(row["sector_blau"]?.numberValue ?? .nan, e.blau, accuracy: 1e-15)
            XCTAssertEqual(row["sector_iqv"]?.numberValue ?? .nan, e.iqv, accuracy: 1e-15)
            if let ei = e.ei { XCTAssertEqual(row["sector_ei"]?.numberValue ?? .nan, ei, accuracy: 1e-15) }
            else { XCTAssertEqual(row["sector_ei"], JSONValue.null) }
        }
        XCTAssertTrue(json["notes"]!.arrayValue!.contains { $0.stringValue == "composition by sector: 3 values; alters without one are left out" })
    }

    /// CSV: the columns follow the ego measures, an attribute at a time; kind is an attribute too.
    func testCompositionColumnsAndTextOutput() {
        let folder = TestSupport.folder(Self.folder)
        let csv = run(["ego", folder, "--undirected", "--focus", "d", "--composition", "sector", "--composition", "kind"])
        XCTAssertEqual(csv.code, 0, csv.err)
        let lines = csv.out.split(separator: "\n")
        XCTAssertTrue(lines[0].hasSuffix(",constraint,sector_alters,sector_blau,sector_iqv,sector_ei,kind_alters,kind_blau,kind_iqv,kind_ei"), String(lines[0]))
        // d's one alter a: sector x (other than z), kind anchor (other than employer).
        XCTAssertTrue(lines[1].hasSuffix(",1,0,0,1,1,0,0,1"), String(lines[1]))
        let text = run(["ego", folder, "--undirected", "--focus", "a", "--focus", "e", "--composition", "sector", "--format", "text"])
        XCTAssertEqual(text.code, 0, text.err)
        let textLines = text.out.split(separator: "\n")
        XCTAssertEqual(textLines.count, 3)
        XCTAssertTrue(textLines[0].hasPrefix("id  label  size"), String(textLines[0]))
        XCTAssertTrue(textLines[1].hasSuffix("3        0.667           1      0.333"), String(textLines[1]))
        XCTAssertTrue(textLines[2].hasSuffix("–"), String(textLines[2]))   // e has no sector: no E–I
    }

    func testUnknownAttributeIsAnError() {
        let result = run(["ego", TestSupport.folder(Self.folder), "--composition", "sectr"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.contains("sectr") && result.err.contains("sector"), result.err)
        XCTAssertEqual(result.out, "")
    }
}
