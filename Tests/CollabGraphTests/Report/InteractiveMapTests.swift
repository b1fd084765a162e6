import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest
@testable import CollabRender

/// The report's interactive map: its parts are there, and hostile names stay text.
final class InteractiveMapTests: XCTestCase {
    static let hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)> & \u{2028}"

    /// A hub tied to three actors, one with a hostile name and sector.
    ///
    ///     hub --- x (hostile name)
    ///      |  \
    ///      y   z           w (isolate: not drawn, not in the data)
    func graph() -> CollaborationGraph {
        var graph = CollaborationGraph()
        graph.addActor(Actor(id: "hub", label: "Hub College", kind: "college", attributes: ["sector": "education"]))
        graph.addActor(Actor(id: "x", label: Self.hostile, kind: "sme", attributes: ["sector": "</select><b>"]))
        graph.addActor(Actor(id: "y", label: "Why Ltd", kind: "employer", attributes: ["sector": "digital"]))
        graph.addActor(Actor(id: "z", label: "Zed Council", kind: "council"))
        graph.addActor(Actor(id: "w", label: "Lonely", kind: "sme"))
        for id in ["x", "y", "z"] { graph.addTie(from: "hub", to: id) }
        return graph
    }

    func fragment() throws -> String {
        let graph = graph()
        let rendered = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: MapOptions(rubric: nil)), style: StyleOptions(title: "t"),
                                              engine: .neato, format: .svg)
        let degree: [Double?] = [3, 1, 1, 1, 0]
        return InteractiveMap.fragment(svg: rendered.data, actors: rendered.map.actors, graph: graph, groupAttribute: "sector",
                                       measures: [InteractiveMap.Measure(name: "degree", values: degree)], id: "m\"1")
    }

    func testThePartsExist() throws {
        let html = try fragment()
        XCTAssertTrue(html.hasPrefix("<div class=\"collab-interactive-map\" id=\"m_1\">"), "the id is made safe")
        for part in ["class=\"cg-search\"", "<datalist id=\"m_1-names\">", "data-filter=\"group\"", "data-filter=\"kind\"",
                     "data-zoom=\"in\"", "data-zoom=\"out\"", "data-zoom=\"reset\"", "class=\"cg-viewport\"", "<svg",
                     "class=\"cg-info\"", "'wheel'", "'pointerdown'", "'mouseenter'", "'click'", "#search="] {
            XCTAssertTrue(html.contains(part), part)
        }
        XCTAssertFalse(html.contains("<?xml"), "the SVG prolog is dropped")
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"), "no external assets")
        XCTAssertFalse(html.contains("<script src"))
    }

    func testDataHoldsTheDrawnActorsExactly() throws {
        let html = try fragment()
        let start = try XCTUnwrap(html.range(of: "<script type=\"application/json\" class=\"cg-data\">"))
        let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound ..< html.endIndex))
        let json = try JSONValue.parse(Array(html[start.upperBound ..< end.lowerBound].utf8), file: "data")
        let actors = try XCTUnwrap(json["actors"]?.objectValue)
        XCTAssertEqual(actors.map(\.0).sorted(), ["a0", "a1", "a2", "a3"], "the isolate is not drawn")
        XCTAssertEqual(json["actors"]?["a1"]?["label"]?.stringValue, Self.hostile, "the name round-trips exactly")
        XCTAssertEqual(json["actors"]?["a1"]?["group"]?.stringValue, "</select><b>")
        XCTAssertEqual(json["actors"]?["a3"]?["group"]?.stringValue, "not given")
        XCTAssertEqual(json["actors"]?["a0"]?["kind"]?.stringValue, "college")
        XCTAssertEqual(json["actors"]?["a0"]?["values"]?.arrayValue?.first?.numberValue, 3)
        XCTAssertEqual(json["measures"]?.arrayValue?.first?.stringValue, "degree")
    }

    func testHostileNamesCannotBecomeMarkup() throws {
        let html = try fragment()
        // Exactly the fragment's own three elements end a script (data, code) or style.
        XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 2)
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 2)
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>"))
        // Inside the scripts, no raw line separator (the SVG, plain markup, may keep it as text).
        let scripts = html.components(separatedBy: "<script").dropFirst().map { $0.components(separatedBy: "</script>")[0] }
        XCTAssertFalse(scripts.contains { $0.contains("\u{2028}") })
        XCTAssertFalse(html.contains("</select><b>"))
        // The script writes names only as text.
        XCTAssertFalse(html.contains("innerHTML"))
        XCTAssertFalse(html.contains("insertAdjacentHTML"))
        XCTAssertEqual(InteractiveMap.scriptSafe("\"</script>&\u{2028}\""), "\"\\u003c/script\\u003e\\u0026\\u2028\"")
    }

    func testTheDataListsTheDrawnActorsNotTheIsolate() throws {
        // The map leaves the isolate "w" out; the page's data holds exactly the drawn actors,
        // taken from the map that was drawn (no parsing of the SVG).
        let html = try fragment()
        for id in ["hub", "x", "y", "z"] { XCTAssertTrue(html.contains("\"id\":\"\(id)\""), id) }
        XCTAssertFalse(html.contains("\"id\":\"w\""))
    }
}
