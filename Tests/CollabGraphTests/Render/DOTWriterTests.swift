import XCTest
@testable import CollabRender

/// Names an attacker (or an unlucky spreadsheet) could put in nodes.csv.
let hostileNames: [String] = [
    "a\" ]; b [label=\"x",
    "<script>alert(1)</script>",
    "line one\nline two",
    "crlf\r\nend",
    "back\\slash\\",
    "\\N \\G \\l trailing\\",
    "tab\there",
    "nul\u{0}bell\u{7}del\u{7F}",
    "]; } digraph evil { x -> y",
    "<<B>html</B>>",
    "&amp; &lt; &#60;",
    "-- comment --> <!-- x -->",
    String(repeating: "very long name ", count: 40),
    "مدرسة شرق لندن",
    "\u{202E}evil\u{202C} override",
    "emoji 🧑‍🎓 é",
    "",
]

final class DOTWriterTests: XCTestCase {
    func testQuotedEscapesQuotesBackslashesAndLineBreaks() {
        XCTAssertEqual(DOTWriter.quoted("plain"), "\"plain\"")
        XCTAssertEqual(DOTWriter.quoted("a\"b"), "\"a\\\"b\"")
        XCTAssertEqual(DOTWriter.quoted("a\\"), "\"a\\\\\"")
        XCTAssertEqual(DOTWriter.quoted("a\nb"), "\"a\\nb\"")
        XCTAssertEqual(DOTWriter.quoted("a\r\nb"), "\"a\\nb\"")
        XCTAssertEqual(DOTWriter.quoted("a\rb"), "\"a\\nb\"")
        XCTAssertEqual(DOTWriter.quoted("a\tb"), "\"a b\"")
        XCTAssertEqual(DOTWriter.quoted("a\u{0}b\u{1B}c\u{85}"), "\"a\u{FFFD}b\u{FFFD}c\u{FFFD}\"")
        XCTAssertEqual(DOTWriter.quoted("<b>"), "\"<b>\"")
    }

    func testUnescapeInvertsQuoting() {
        for name in hostileNames {
            let quoted = DOTWriter.quoted(name)
            // What Graphviz's parser keeps: the inside of the quotes with \" turned into ".
            let inside = String(quoted.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            XCTAssertEqual(DOTWriter.unescape(inside), expectedText(name), "for \(name.debugDescription)")
        }
    }

    func testExactOutput() {
        let graph = DOTGraph(
            name: "g", isDirected: true,
            graphAttributes: [DOTAttribute("start", "1")],
            nodeDefaults: [DOTAttribute("shape", "circle")],
            edgeDefaults: [DOTAttribute("color", "#555555")],
            nodes: [DOTNode(id: "a0", attributes: [DOTAttribute("label", "Say \"hi\"")]), DOTNode(id: "a1")],
            edges: [DOTEdge(source: "a0", target: "a1", attributes: [DOTAttribute("dir", "none")])])
        XCTAssertEqual(DOTWriter.write(graph), """
            digraph "g" {
              graph ["start"="1"];
              node ["shape"="circle"];
              edge ["color"="#555555"];
              "a0" ["label"="Say \\"hi\\""];
              "a1";
              "a0" -> "a1" ["dir"="none"];
            }

            """)
    }

    /// Enormous values are cut for Graphviz (a 10 MB name took minutes to lay out); ids
    /// never are. Cutting counts characters, not bytes.
    func testLongValuesAreBoundedButIdsAreNot() {
        let long = String(repeating: "é", count: 10_000)
        let graph = DOTGraph(name: "g", isDirected: false,
                             nodes: [DOTNode(id: long, attributes: [DOTAttribute("tooltip", long), DOTAttribute("label", "short")])])
        let text = DOTWriter.write(graph)
        XCTAssertTrue(text.contains("\"" + long + "\" ["), "the id is whole")
        XCTAssertTrue(text.contains("\"tooltip\"=\"" + String(repeating: "é", count: DOTWriter.valueLimit - 1) + "…\""))
        XCTAssertTrue(text.contains("\"label\"=\"short\""))
        XCTAssertEqual(DOTWriter.bounded("abcd", limit: 4), "abcd")
        XCTAssertEqual(DOTWriter.bounded("abcde", limit: 4), "abc…")
        XCTAssertEqual(DOTWriter.bounded("ééééé", limit: 5), "ééééé", "five characters, ten bytes: not cut")
    }

    /// Hostile text as node ids, labels and attribute values: Graphviz's parser must see
    /// exactly one node per name, exactly the intended edges, and the text unchanged.
    func testHostileNamesParseAsTheIntendedGraph() throws {
        for directed in [true, false] {
            var graph = DOTGraph(isDirected: directed)
            for (i, name) in hostileNames.enumerated() {
                graph.nodes.append(DOTNode(id: "n\(i)" + name, attributes: [
                    DOTAttribute("label", name), DOTAttribute("sector", name)]))
            }
            for i in 1 ..< hostileNames.count {
                graph.edges.append(DOTEdge(source: "n0" + hostileNames[0], target: "n\(i)" + hostileNames[i],
                                           attributes: [DOTAttribute("type", hostileNames[i])]))
            }
            let parsed = try GraphvizRenderer.parse(dot: DOTWriter.write(graph))
            XCTAssertEqual(parsed.isDirected, directed)
            XCTAssertEqual(parsed.nodes.count, hostileNames.count)
            XCTAssertEqual(parsed.edges.count, hostileNames.count - 1)
            let byID = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.id, $0) })
            for (i, name) in hostileNames.enumerated() {
                let node = try XCTUnwrap(byID["n\(i)" + expectedText(name)], "node for \(name.debugDescription)")
                XCTAssertEqual(node.attributes["label"] ?? "", expectedText(name))
                XCTAssertEqual(node.attributes["sector"] ?? "", expectedText(name))
            }
            for edge in parsed.edges {
                XCTAssertEqual(edge.source, "n0" + expectedText(hostileNames[0]))
                let i = try XCTUnwrap(Int(edge.target.dropFirst().prefix { $0.isNumber }))
                XCTAssertEqual(edge.target, "n\(i)" + expectedText(hostileNames[i]))
                XCTAssertEqual(edge.attributes["type"] ?? "", expectedText(hostileNames[i]))
            }
        }
    }

    func testHTMLTextIsEscaped() {
        XCTAssertEqual(HTMLLabel.text("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;")
        XCTAssertEqual(HTMLLabel.text("a\nb\u{0}"), "a b ")
    }

    func testInvalidDOTIsAClearError() {
        XCTAssertThrowsError(try GraphvizRenderer.parse(dot: "digraph { a -> ")) { error in
            guard case RenderError.invalidDOT = error else { return XCTFail("\(error)") }
        }
    }
}

/// The text a name becomes after DOT quoting and unquoting: CRLF and CR become LF, tab a
/// space, control characters U+FFFD.
func expectedText(_ name: String) -> String {
    var out = ""
    var previousWasCarriageReturn = false
    for scalar in name.unicodeScalars {
        defer { previousWasCarriageReturn = scalar == "\r" }
        switch scalar {
        case "\r": out += "\n"
        case "\n": if !previousWasCarriageReturn { out += "\n" }
        case "\t": out += " "
        default:
            if DOTWriter.isForbidden(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
        }
    }
    return out
}
