import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest
@testable import CollabRender

final class MapStyleTests: XCTestCase {
    func parsedMap(_ graph: CollaborationGraph, _ options: MapOptions = MapOptions(),
                   style: StyleOptions = StyleOptions(title: "test")) throws -> ParsedDOT {
        let rendered = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: options), style: style, engine: nil, format: .dot)
        return try GraphvizRenderer.parse(dot: String(decoding: rendered.data, as: UTF8.self))
    }

    /// Styling follows the attributes of `smallEcology()` (drawn in MapBuilderTests).
    func testShapesColoursAndTieStylesFollowTheData() throws {
        let parsed = try parsedMap(smallEcology(), MapOptions(highlight: ["C"], isolates: true, rubric: nil))
        XCTAssertTrue(parsed.isDirected)
        let nodes = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.attributes["actor"]!, $0.attributes) })
        XCTAssertEqual(["A", "B", "C", "D", "E", "F"].map { nodes[$0]!["shape"]! },
                       ["box", "ellipse", "hexagon", "diamond", "house", "ellipse"])
        XCTAssertEqual(nodes["A"]!["style"], "filled,rounded")
        // Sectors by count: digital (3) takes the first colour; education and health (1
        // each) follow by name; no sector is white.
        XCTAssertEqual(["A", "B", "C", "D", "E", "F"].map { nodes[$0]!["fillcolor"]! },
                       ["#56B4E9", "#E69F00", "#E69F00", "#009E73", "#FFFFFF", "#E69F00"])
        XCTAssertEqual(nodes["C"]!["peripheries"], "2")
        XCTAssertNil(nodes["B"]!["peripheries"])
        XCTAssertEqual(nodes["A"]!["label"], "Alpha College")
        XCTAssertEqual(parsed.edges.count, 4)
        let byPair = Dictionary(uniqueKeysWithValues: parsed.edges.map { ($0.source + ">" + $0.target, $0.attributes) })
        XCTAssertEqual(byPair["a0>a1"]?["dir"], "forward")
        XCTAssertEqual(byPair["a0>a1"]?["style"], "dashed")
        XCTAssertEqual(byPair["a0>a2"]?["dir"], "none")
        XCTAssertNil(byPair["a0>a2"]?["style"])
        XCTAssertEqual(byPair["a0>a2"]?["penwidth"], "4")  // the heaviest tie: 0.6 + 3.4
        XCTAssertEqual(byPair["a2>a3"]?["dir"], "none")
        XCTAssertEqual(byPair["a3>a4"]?["dir"], "forward")
        XCTAssertEqual(byPair["a3>a4"]?["style"], "dashed")
    }

    func graphIndex(_ id: String) -> Int { Int(id.dropFirst()) ?? -1 }

    func testGroupColoursRankBySizeThenName() {
        let groups = MapStyle.groupColours(["x", "y", "y", nil, "z", "a", "b", "c", "d", "e", "f"])
        XCTAssertEqual(groups.colour(for: "y"), MapStyle.palette[0])
        XCTAssertEqual(groups.colour(for: "a"), MapStyle.palette[1])
        XCTAssertEqual(groups.colour(for: "z"), MapStyle.otherColour, "the eighth group by rank is 'other'")
        XCTAssertEqual(groups.colour(for: nil), MapStyle.missingColour)
        XCTAssertTrue(groups.hasOther && groups.hasMissing)
    }

    /// Kinds outside the built-in list each get a shape no other kind has, and a distinct
    /// legend glyph; beyond the spare shapes, the rest share one shape the legend names.
    func testUnknownKindsGetDistinctShapesAndGlyphs() throws {
        var graph = CollaborationGraph()
        let kinds = ["college", "university", "council", "anchor", "sme", "employer", "network", "public", "school",
                     "provider", "community", "hospital", "charity", "trust", "museum", "library", "lab", "cluster", "forum"]
        for (i, kind) in kinds.enumerated() {
            graph.addActor(Actor(id: "k\(i)", label: kind, kind: kind))
            if i > 0 { graph.addTie(from: "k0", to: "k\(i)") }
        }
        let parsed = try parsedMap(graph, MapOptions(rubric: nil))
        let shapes = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.attributes["kind"]!, ($0.attributes["shape"]!, $0.attributes["style"] ?? "")) })
        let plan = MapStyle.kindShapePlan(kinds.map(ActorKind.init))
        XCTAssertEqual(plan.order.count, 8 + MapStyle.spareShapes.count)
        XCTAssertEqual(plan.merged.map(\.rawValue), ["cluster", "forum"])
        // Every kind drawn with its own shape has a shape (with style) and glyph no other kind has.
        let own = plan.order.map { kind in "\(shapes[kind.rawValue]!.0)|\(shapes[kind.rawValue]!.1)" }
        XCTAssertEqual(Set(own).count, own.count, "\(own)")
        let glyphs = plan.order.map { plan.shapes[$0]!.glyph } + [MapStyle.otherKindsShape.glyph]
        XCTAssertEqual(Set(glyphs).count, glyphs.count)
        XCTAssertEqual(shapes["college"]?.0, "triangle", "with SMEs drawn, no other kind is an ellipse")
        // Without SMEs, the first kind without a built-in shape is a plain ellipse.
        let people = MapStyle.kindShapePlan([.other("person")])
        XCTAssertEqual(people.shapes[.other("person")]?.shape, "ellipse")
        let councils = MapStyle.kindShapePlan([.other("college"), .other("council"), .anchor])
        XCTAssertEqual([.other("college"), .other("council"), .anchor].map { councils.shapes[$0]!.shape }, ["ellipse", "triangle", "box"])
        XCTAssertEqual(shapes["forum"]?.0, MapStyle.otherKindsShape.shape)
        // The legend names each kind with its glyph, and the merged ones.
        let dot = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: MapOptions(rubric: nil)), style: StyleOptions(title: "t"), engine: nil, format: .dot).dot
        for kind in ["college", "university", "council"] { XCTAssertTrue(dot.contains(kind), kind) }
        XCTAssertTrue(dot.contains("other kinds: cluster, forum"))
    }

    /// More groups than colours: the largest are coloured, and the legend names the
    /// groups merged into "other".
    func testLegendNamesMergedGroups() throws {
        var graph = CollaborationGraph()
        // Group gN has N+1 members (g9 the largest); all tied to a hub in g9.
        graph.addActor(Actor(id: "hub", attributes: ["sector": "g9"]))
        for group in 0 ..< 10 {
            for member in 0 ... group {
                let id = "g\(group)-\(member)"
                graph.addActor(Actor(id: id, attributes: ["sector": "g\(group)"]))
                graph.addTie(from: "hub", to: id)
            }
        }
        let dot = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: MapOptions(rubric: nil)), style: StyleOptions(title: "t"), engine: nil, format: .dot).dot
        XCTAssertTrue(dot.contains("other (3 groups merged)"), dot)
        XCTAssertTrue(dot.contains("other: g2, g1, g0"), "largest first")
        // The size legend shows the measure and its maximum.
        XCTAssertTrue(dot.contains("size: degree"))
        XCTAssertTrue(dot.contains("55 (max)"))
    }

    /// Drawn labels are cut; the tooltip keeps the name (up to its own, larger cap).
    func testLabelsAreTruncatedForDrawingWithTheFullNameInTheTooltip() throws {
        var graph = CollaborationGraph()
        let long = "The Royal Institution of Chartered Surveyors and Allied Professions of Greater London"
        let huge = String(repeating: "y", count: 50_000)
        graph.addActor(Actor(id: "a", label: long))
        graph.addActor(Actor(id: "b", label: huge))
        graph.addTie(from: "a", to: "b")
        let parsed = try parsedMap(graph, MapOptions(labels: .all, rubric: nil))
        let a = parsed.nodes[0].attributes, b = parsed.nodes[1].attributes
        XCTAssertEqual(a["tooltip"], long)
        XCTAssertLessThanOrEqual(a["label"]!.replacingOccurrences(of: "\n", with: " ").count, MapStyle.labelLength)
        XCTAssertEqual(a["label"], "The Royal Institution\nof … London")
        XCTAssertEqual(MapStyle.shortened("The Chancellor, Masters and Scholars of the University of Oxford", to: 40),
                       "The Chancellor, Masters and … of Oxford")
        XCTAssertEqual(MapStyle.shortened("IMPERIAL COLLEGE OF SCIENCE TECHNOLOGY AND MEDICINE", to: 40),
                       "IMPERIAL COLLEGE OF … AND MEDICINE")
        XCTAssertEqual(b["tooltip"]!.count, MapStyle.tooltipLength)
        XCTAssertEqual(b["label"]!.count, MapStyle.labelLength)
    }

    func testLongLabelsAreShortenedAndWrapped() {
        XCTAssertEqual(MapStyle.displayLabel("Newham College"), "Newham College")
        XCTAssertEqual(MapStyle.displayLabel("Queen Mary University of London"), "Queen Mary\nUniversity of London")
        let long = MapStyle.displayLabel(String(repeating: "x", count: 60))
        XCTAssertEqual(long.count, 40)
        XCTAssertTrue(long.hasSuffix("…"))
    }

    /// The DOT's nodes and edges are the graph's actors and collapsed ties, also after a
    /// GraphML round trip of the graph.
    func testDOTRoundTripsTheGraphsActorsAndTies() throws {
        for path in ["Datasets/east-london", "Datasets/les-miserables", "Tests/Fixtures/graphs/random-directed"] {
            let graph = try loadDataset(path)
            let parsed = try parsedMap(graph, MapOptions(isolates: true))
            XCTAssertEqual(parsed.nodes.map { $0.attributes["actor"] ?? "" }, graph.actors.map(\.id), path)
            let view = graph.view(ViewOptions(directed: false))
            var expected = Set<String>()
            for u in 0 ..< view.nodeCount {
                for v in view.partners.neighbours(of: u) where Int(v) > u { expected.insert("\(u)-\(v)") }
            }
            let drawn = Set(parsed.edges.map { e -> String in
                let s = graphIndex(e.source), t = graphIndex(e.target)
                return "\(min(s, t))-\(max(s, t))"
            })
            XCTAssertEqual(drawn, expected, path)
            XCTAssertEqual(parsed.edges.count, expected.count, path)

            let graphML = try GraphMLReader.read(data: Data(GraphMLWriter.graphML(graph).utf8), file: "round-trip.graphml")
            let again = try MapRenderer.render(graphML, map: try MapBuilder.build(graphML, options: MapOptions()), style: StyleOptions(title: "test"), engine: nil, format: .dot)
            let first = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: MapOptions()), style: StyleOptions(title: "test"), engine: nil, format: .dot)
            XCTAssertEqual(again.dot, first.dot, path)
        }
    }

    func testSuggestedTiesAreDashedVermillion() throws {
        let parsed = try parsedMap(smallEcology(), MapOptions(suggestedTies: [SuggestedTie(source: "B", target: "F")]))
        let suggested = try XCTUnwrap(parsed.edges.first { $0.attributes["class"] == "suggested" })
        XCTAssertEqual([suggested.source, suggested.target], ["a1", "a5"])
        XCTAssertEqual(suggested.attributes["color"], MapStyle.suggestedColour)
        XCTAssertEqual(suggested.attributes["style"], "dashed")
    }

    func testForceLayoutsGetASeedAndOverlapRemoval() throws {
        let dot = try MapRenderer.render(smallEcology(), map: try MapBuilder.build(smallEcology(), options: MapOptions()), style: StyleOptions(title: "t"), engine: .sfdp, format: .dot).dot
        XCTAssertTrue(dot.contains("\"start\"=\"1\""))
        XCTAssertTrue(dot.contains("\"overlap\"=\"prism\""))
        XCTAssertTrue(dot.contains("\"layout\"=\"sfdp\""))
    }
}
