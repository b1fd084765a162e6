@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Inputs that used to crash or be silently guessed at: each is now an error naming where
/// the problem is (line and column, or the JSON path).
final class InputStrictnessTests: XCTestCase {
    // MARK: GraphML bytes (Foundation's XMLParser traps on invalid UTF-8 in names)

    func testInvalidUTF8InAnAttributeNameIsALocatedError() throws {
        let data = Data("<graphml x".utf8) + Data([0xFF]) + Data("=\"1\"/>".utf8)
        XCTAssertInputError(try GraphMLReader.read(data: data, file: "a.graphml"), line: 1, column: 11, contains: "byte 0xFF is not valid UTF-8")
    }

    func testInvalidUTF8InAnElementNameOnALaterLineIsLocated() throws {
        let data = Data("<graphml>\n  <gra".utf8) + Data([0xC3, 0x28]) + Data("ph/>\n</graphml>".utf8)
        XCTAssertInputError(try GraphMLReader.read(data: data, file: "b.graphml"), line: 2, column: 7, contains: "0xC3 is not valid UTF-8")
    }

    func testOverlongAndSurrogateEncodingsAreRefused() throws {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] {
            let data = Data("<graphml><node id=\"".utf8) + Data(bad) + Data("\"/></graphml>".utf8)
            XCTAssertInputError(try GraphMLReader.read(data: data, file: "c.graphml"), line: 1, column: 20, contains: "not valid UTF-8")
        }
    }

    func testUTF16IsRefusedWithAWayOut() throws {
        let bom = Data([0xFF, 0xFE]) + Data("<\0g\0".utf8)
        XCTAssertInputError(try GraphMLReader.read(data: bom, file: "d.graphml"), line: 1, column: 1, contains: "iconv -t UTF-8")
        let declared = Data("<?xml version=\"1.0\" encoding=\"UTF-16\"?><graphml/>".utf8)
        XCTAssertInputError(try GraphMLReader.read(data: declared, file: "e.graphml"), line: 1, column: 1, contains: "declares the encoding 'UTF-16'")
    }

    /// A declared single-byte encoding is converted by libxml2 before names are read:
    /// é written as the Latin-1 byte 0xE9 reads back as é.
    func testDeclaredLatin1IsRead() throws {
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph edgedefault=\"undirected\"><node id=\"caf\u{E9}\"/></graph></graphml>"
        let graph = try GraphMLReader.read(data: text.data(using: .isoLatin1)!, file: "f.graphml")
        XCTAssertEqual(graph.actors.map(\.id), ["caf\u{E9}"])
    }

    // MARK: JSON: nothing guessed

    private func readJSON(_ text: String) throws -> CollaborationGraph {
        try GraphJSON.read(JSONValue.parse(Array(text.utf8), file: "g.json"), file: "g.json")
    }

    private func assertJSONError(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try readJSON(text), file: file, line: line) { error in
            XCTAssertEqual("\(error)", expected, file: file, line: line)
        }
    }

    private let twoActors = #""actors": [{"id": "a"}, {"id": "b"}]"#

    func testIllTypedWeightsAreErrorsWithTheirPath() {
        for (weight, found) in [(#""2""#, "a string"), (#""abc""#, "a string"), ("null", "null"), ("true", "a boolean")] {
            assertJSONError("{\(twoActors), \"ties\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \(weight)}]}",
                            "g.json: ties[0].weight: expected a number, found \(found)")
        }
        assertJSONError("{\(twoActors), \"ties\": [{\"source\": \"a\", \"target\": \"b\"}, {\"source\": \"a\", \"target\": \"b\", \"weight\": -1}]}",
                        "g.json: ties[1].weight: -1: expected a number greater than 0")
    }

    func testAnAbsentWeightIsOne() throws {
        let graph = try readJSON("{\(twoActors), \"ties\": [{\"source\": \"a\", \"target\": \"b\"}]}")
        XCTAssertEqual(graph.ties.map(\.weight), [1])
    }

    func testEmptyAndNULActorIdsAreRejected() {
        assertJSONError(#"{"actors": [{"id": "a"}, {"id": ""}]}"#, "g.json: actors[1].id: empty actor id")
        assertJSONError(#"{"actors": [{"id": "a\u0000b"}]}"#, "g.json: actors[0].id: actor id 'a\\u{0}b' holds a NUL character: ids must be text")
        assertJSONError(#"{"actors": [{"id": 7}]}"#, "g.json: actors[0].id: expected a string, found a number")
        assertJSONError(#"{"actors": [{"label": "x"}]}"#, "g.json: actors[0].id: missing: expected an actor id")
    }

    func testDuplicateKeysAndActorsAreRejected() {
        XCTAssertInputError(try JSONValue.parse(Array(#"{"actors": [], "actors": []}"#.utf8), file: "h.json"),
                            line: 1, column: 16, contains: "duplicate key \"actors\"")
        // Past 16 keys the parser keeps a set; a duplicate is still found.
        let keys = (0 ..< 40).map { "\"k\($0)\": 1" }.joined(separator: ", ")
        XCTAssertThrowsError(try JSONValue.parse(Array("{\(keys), \"k3\": 2}".utf8), file: "h.json"))
        assertJSONError(#"{"actors": [{"id": "a"}, {"id": "a"}]}"#, "g.json: actors[1].id: duplicate actor id 'a' (first at actors[0])")
    }

    func testWrongShapesUnknownKeysAndAttributesAreErrors() {
        assertJSONError(#"{"actors": [], "ties": {}}"#, "g.json: ties: expected an array, found an object")
        assertJSONError(#"{"actors": [], "edges": []}"#, "g.json: edges: unknown key: expected \"directed\", \"actors\", \"ties\", \"memberships\", \"relation_types\"")
        assertJSONError(#"[]"#, "g.json: the top level: expected an object, found an array")
        assertJSONError(#"{"directed": "yes", "actors": []}"#, "g.json: directed: expected true or false, found a string")
        assertJSONError(#"{"actors": [{"id": "a", "attributes": {"size": 3}}]}"#,
                        "g.json: actors[0].attributes.size: expected a string, found a number (attribute values are text: write \"3\")")
        assertJSONError(#"{"actors": [{"id": "a", "attributes": {"start date": null}}]}"#,
                        "g.json: actors[0].attributes[\"start date\"]: expected a string, found null")
        assertJSONError("{\(twoActors), \"ties\": [{\"source\": \"a\", \"target\": \"b\", \"start\": \"2020\", \"end\": \"2019\"}]}",
                        "g.json: ties[0].end: end date 2019-12-31 is before start date 2020-01-01")
        assertJSONError("{\(twoActors), \"memberships\": [{\"member\": \"a\", \"network\": \"c\"}]}",
                        "g.json: memberships[0].network: unknown actor 'c': not in \"actors\"")
    }

    // MARK: CSV ids and weights

    func testNULInACSVIdIsRejected() {
        let folder = TestSupport.folder(bytes: ["nodes.csv": Array("id\na\n".utf8) + [0x62, 0x00, 0x63, 0x0A],
                                                "edges.csv": Array("source,target\na,a\n".utf8)])
        XCTAssertInputError(try GraphLoader.load(folder), line: 3, column: 1, contains: "holds a NUL byte (at byte 2)")
        let bare = TestSupport.folder(bytes: ["e.csv": Array("source,target\na,".utf8) + [0x62, 0x00] + Array("\n".utf8)])
        XCTAssertInputError(try GraphLoader.load(bare + "/e.csv"), line: 2, column: 3, contains: "NUL byte")
    }

    /// The parallel reader (files over 1 MB) gives up on a new id holding NUL, so the
    /// sequential reader reports it.
    func testNULInALargeBareEdgeListIsRejected() {
        var bytes = Array("source,target\n".utf8)
        for i in 0 ..< 80_000 { bytes += Array("actor\(i),actor\(i + 1)\n".utf8) }
        bytes += Array("x".utf8) + [0] + Array(",y\n".utf8)
        let folder = TestSupport.folder(bytes: ["big.csv": bytes])
        XCTAssertInputError(try GraphLoader.load(folder + "/big.csv"), line: 80_002, column: 1, contains: "NUL byte")
    }

    func testWeightsWhoseSumOverflowsAreAnError() {
        let folder = TestSupport.folder(["e.csv": "source,target,weight\na,b,1e308\nb,c,1e308\n"])
        XCTAssertThrowsError(try GraphLoader.load(folder + "/e.csv")) { error in
            XCTAssertTrue("\(error)".hasSuffix("e.csv: the tie weights add up past the largest representable number (about 1.8e308) at record 2 (weight 1e+308): rescale the weights"), "\(error)")
        }
        XCTAssertNoThrow(try GraphLoader.load(TestSupport.folder(["e.csv": "source,target,weight\na,b,1e308\n"]) + "/e.csv"))
    }

    // MARK: Bounded messages

    func testAHugeHeaderIsQuotedAsAnExcerpt() throws {
        let header = String(repeating: "h", count: 1_000_000)
        let folder = TestSupport.folder(["e.csv": header])
        XCTAssertThrowsError(try GraphLoader.load(folder + "/e.csv")) { error in
            let text = "\(error)"
            XCTAssertLessThan(text.utf8.count, 400, "the message quotes an excerpt")
            XCTAssertTrue(text.contains("missing required column 'source' (found: hhhh"), text)
            XCTAssertTrue(text.contains("… (1000000 characters)"), text)
        }
    }

    func testExcerptEscapesControlCharactersAndCuts() {
        XCTAssertEqual(Excerpt.of("a\u{0}b\nc"), "a\\u{0}b\\u{a}c")
        XCTAssertEqual(Excerpt.of("abcdef", limit: 3), "abc… (6 characters)")
        XCTAssertEqual(Excerpt.list((1 ... 14).map(String.init), count: 12), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …and 2 more")
    }

    // MARK: Dates: the century rule in both parsers

    func testCenturyLeapYearRuleInBothDateParsers() {
        for (text, valid) in [("1900-02-29", false), ("2100-02-29", false), ("2000-02-29", true), ("2024-02-29", true), ("2023-02-29", false)] {
            XCTAssertEqual(Day(iso: text) != nil, valid, text)
            XCTAssertEqual(Day(isoBytes: Array(text.utf8), 0, 10) != nil, valid, text)
        }
        XCTAssertEqual(Day(iso: "2000-02-29")?.description, "2000-02-29")
        XCTAssertEqual(Day(isoBytes: Array("2000-02-29".utf8), 0, 10)?.description, "2000-02-29")
        XCTAssertEqual(Day(iso: "1900-02", periodEnd: .last)?.description, "1900-02-28")
        XCTAssertEqual(Day(iso: "2000-02", periodEnd: .last)?.description, "2000-02-29")
    }
}
