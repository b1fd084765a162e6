import CollabGraph
import XCTest
@testable import CollabRender
@testable import CollabAnalysis
import CollabOutput

/// A small ecology, records drawn as arcs from the initiating actor:
///
///        talk          co-design (A→C), placement (C→A)
///     B <------ A <=====================> C
///               (anchor)                  | placement ×2 (C→D, D→C: weights 2, 1)
///                                         D ------> E   visit
///     F (isolate)
///
/// Kinds: A anchor, B sme, C employer, D network, E public, F sme.
/// Sectors: A education, B digital, C digital, D health, E not given, F digital.
func smallEcology() -> CollaborationGraph {
    var graph = CollaborationGraph()
    graph.addActor(Actor(id: "A", label: "Alpha College", kind: "anchor", attributes: ["sector": "education", "tier": "local"]))
    graph.addActor(Actor(id: "B", label: "Beta Ltd", kind: "sme", attributes: ["sector": "digital"]))
    graph.addActor(Actor(id: "C", label: "Gamma plc", kind: "employer", attributes: ["sector": "digital"]))
    graph.addActor(Actor(id: "D", label: "Delta Forum", kind: "network", attributes: ["sector": "health"]))
    graph.addActor(Actor(id: "E", label: "Epsilon Council", kind: "public"))
    graph.addActor(Actor(id: "F", label: "Phi Studio", kind: "sme", attributes: ["sector": "digital"]))
    graph.addTie(from: "A", to: "B", type: "talk")
    graph.addTie(from: "A", to: "C", type: "co-design", weight: 3)
    graph.addTie(from: "C", to: "A", type: "placement")
    graph.addTie(from: "C", to: "D", type: "placement", weight: 2)
    graph.addTie(from: "D", to: "C", type: "placement")
    graph.addTie(from: "D", to: "E", type: "visit")
    return graph
}

final class MapBuilderTests: XCTestCase {
    func testTiesAreSummedPerPairWithDirectionDepthAndStrength() throws {
        let map = try MapBuilder.build(smallEcology(), options: MapOptions(isolates: true, rubric: nil))
        XCTAssertEqual(map.actors, [0, 1, 2, 3, 4, 5])
        XCTAssertTrue(map.arrows, "records run both ways somewhere")
        XCTAssertEqual(map.ties.map { [$0.source, $0.target] }, [[0, 1], [0, 2], [2, 3], [3, 4]])
        let ac = map.ties[1]
        XCTAssertEqual(ac.forwardWeight, 3)
        XCTAssertEqual(ac.backwardWeight, 1)
        XCTAssertEqual(ac.records, 2)
        XCTAssertEqual(ac.deepest, .coProduction)
        XCTAssertEqual(ac.relationTypeCount, 2)
        XCTAssertTrue(ac.isTwoWay)
        // Fallback rule: A–C co-production → strong; C–D two-way exchange → strong;
        // A→B and D→E one-way engagement → weak.
        XCTAssertEqual(map.ties.map(\.strength.isStrong), [false, true, true, false])
        XCTAssertEqual(map.ties.map(\.strength.index), [1, 4, 3, 1])
        // Size defaults to degree in the map.
        XCTAssertEqual(map.size, [2, 1, 2, 2, 1, 0])
        XCTAssertEqual(map.sizeMeasure, "degree")
        XCTAssertEqual(map.labelled, [true, true, true, true, true, true])
    }

    func testOneWayTiesPointFromTheInitiator() throws {
        var graph = CollaborationGraph()
        graph.addActor(Actor(id: "x"))
        graph.addActor(Actor(id: "y"))
        graph.addTie(from: "y", to: "x", type: "talk")
        let map = try MapBuilder.build(graph, options: MapOptions(arrows: true))
        XCTAssertEqual(map.ties.map { [$0.source, $0.target] }, [[1, 0]])
        XCTAssertFalse(map.ties[0].isTwoWay)
        // Without any pair recorded both ways, the data carries no direction: no arrows.
        XCTAssertFalse(try MapBuilder.build(graph, options: MapOptions()).arrows)
    }

    func testFocusDrawsTheNeighbourhoodWithinTheRadius() throws {
        let graph = smallEcology()
        XCTAssertEqual(try MapBuilder.build(graph, options: MapOptions(focus: "A", radius: 1)).actors, [0, 1, 2])
        let two = try MapBuilder.build(graph, options: MapOptions(focus: "A", radius: 2))
        XCTAssertEqual(two.actors, [0, 1, 2, 3])
        XCTAssertEqual(two.focus, 0)
        XCTAssertEqual(two.ties.count, 3)
        XCTAssertEqual(try MapBuilder.build(graph, options: MapOptions(focus: "F", radius: 3)).actors, [5])
    }

    func testTieFiltersDropTiesAndActorsLeftWithoutTies() throws {
        let graph = smallEcology()
        let talks = try MapBuilder.build(graph, options: MapOptions(view: ViewOptions(relationTypes: ["Talk"])))
        XCTAssertEqual(talks.actors, [0, 1])
        let strong = try MapBuilder.build(graph, options: MapOptions(strongOnly: true, rubric: nil))
        XCTAssertEqual(strong.actors, [0, 2, 3])
        XCTAssertEqual(strong.ties.count, 2)
        let heavy = try MapBuilder.build(graph, options: MapOptions(minStrength: 3.5, highlight: ["F"], rubric: nil))
        XCTAssertEqual(heavy.actors, [0, 2, 5], "highlighted actors are kept")
        XCTAssertEqual(heavy.highlighted, [false, false, true])
    }

    func testLabelsTopNBySizeWithFocusAndHighlights() throws {
        let graph = smallEcology()
        let sizes: [Double] = [5, 1, 4, 3, 2, 0]
        let top2 = try MapBuilder.build(graph, options: MapOptions(labels: .top(2), isolates: true, sizeValues: sizes, sizeMeasure: "betweenness"))
        XCTAssertEqual(top2.labelled, [true, false, true, false, false, false])
        XCTAssertEqual(top2.sizeMeasure, "betweenness")
        let withHighlight = try MapBuilder.build(graph, options: MapOptions(highlight: ["E"], labels: .top(1), isolates: true, sizeValues: sizes))
        XCTAssertEqual(withHighlight.labelled, [true, false, false, false, true, false])
        // Anchors: the top N anchors are labelled too, even when smaller than the top N.
        let smallAnchor = try MapBuilder.build(graph, options: MapOptions(labels: .top(1), sizeValues: [1, 1, 4, 3, 2, 0]))
        XCTAssertEqual(smallAnchor.labelled, [true, false, true, false, false], "C is the largest, A the largest anchor")
        XCTAssertEqual(try MapBuilder.build(graph, options: MapOptions(highlight: ["E"], labels: .none)).labelled.filter { $0 }.count, 0)
        XCTAssertEqual(LabelMode("top:12"), .top(12))
        XCTAssertEqual(LabelMode("12"), .top(12))
        XCTAssertNil(LabelMode("top:x"))
        XCTAssertNil(LabelMode("some"))
    }

    /// F has no tie: it is left out and counted, unless isolates are asked for or it is
    /// highlighted.
    func testIsolatesAreLeftOutAndCounted() throws {
        let graph = smallEcology()
        let map = try MapBuilder.build(graph, options: MapOptions())
        XCTAssertEqual(map.actors, [0, 1, 2, 3, 4])
        XCTAssertEqual(map.omittedIsolates, 1)
        XCTAssertEqual(map.totalActors, 6)
        XCTAssertTrue(MapStyle.caption(map, options: StyleOptions(title: "t")).contains("5 actors of 6, 4 ties; 1 without ties not drawn"))
        let all = try MapBuilder.build(graph, options: MapOptions(isolates: true))
        XCTAssertEqual(all.actors.count, 6)
        XCTAssertEqual(all.omittedIsolates, 0)
        let highlighted = try MapBuilder.build(graph, options: MapOptions(highlight: ["F"]))
        XCTAssertEqual(highlighted.actors, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(highlighted.omittedIsolates, 0)
    }

    /// Two components: A–B–C (3 actors) and D–E (2) and an isolate F.
    ///
    ///     A --- B --- C        D --- E        F
    func testLargestComponentOnly() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "C", "D", "E", "F"] { graph.addActor(Actor(id: id)) }
        graph.addTie(from: "A", to: "B")
        graph.addTie(from: "B", to: "C")
        graph.addTie(from: "D", to: "E")
        let map = try MapBuilder.build(graph, options: MapOptions(component: .largest))
        XCTAssertEqual(map.actors, [0, 1, 2])
        XCTAssertEqual(map.ties.count, 2)
        XCTAssertEqual(map.omittedOutside, OmittedComponents(components: 1, actors: 2))
        XCTAssertEqual(map.omittedIsolates, 1)
        let caption = MapStyle.caption(map, options: StyleOptions(title: "t"))
        XCTAssertTrue(caption.contains("largest component only (2 actors in 1 smaller component not drawn)"), caption)
        // With isolates drawn, the isolate is a component of its own, also left out.
        let withIsolates = try MapBuilder.build(graph, options: MapOptions(isolates: true, component: .largest))
        XCTAssertEqual(withIsolates.omittedOutside, OmittedComponents(components: 2, actors: 3))
    }

    func testUnknownActorsAndSizeCountsAreErrors() {
        let graph = smallEcology()
        XCTAssertThrowsError(try MapBuilder.build(graph, options: MapOptions(focus: "Z"))) {
            XCTAssertEqual($0 as? MapError, .unknownActor("Z"))
        }
        XCTAssertThrowsError(try MapBuilder.build(graph, options: MapOptions(sizeValues: [1]))) {
            XCTAssertEqual($0 as? MapError, .sizeCount(expected: 6, got: 1))
        }
    }

    func testMembershipsCanBeDrawnAsTies() throws {
        let graph = try loadDataset("Datasets/davis-southern-women")
        let map = try MapBuilder.build(graph, options: MapOptions(view: ViewOptions(memberships: .ties)))
        XCTAssertEqual(map.actors.count, 32)
        XCTAssertEqual(map.ties.count, 89)
    }

    func testUntypedGraphsUseTheMedianWeight() throws {
        let graph = try loadDataset("Datasets/les-miserables")
        let map = try MapBuilder.build(graph, options: MapOptions(rubric: nil))
        let weights = map.ties.map(\.weight).sorted()
        let median = (weights[(weights.count - 1) / 2] + weights[weights.count / 2]) / 2
        for tie in map.ties { XCTAssertEqual(tie.strength.isStrong, tie.weight > median) }
        let florentine = try MapBuilder.build(try loadDataset("Datasets/florentine"), options: MapOptions(rubric: nil))
        XCTAssertTrue(florentine.ties.allSatisfy(\.strength.isStrong), "equal weights: no distinction, all solid")
    }

    /// By default strength and class come from the collaboration rubric, pair by pair.
    func testTheDefaultRubricRatesEveryRecordTie() throws {
        for path in ["Datasets/east-london", "Datasets/karate"] {
            let graph = try loadDataset(path)
            let map = try MapBuilder.build(graph, options: MapOptions())
            let table = TieStrengthTable(graph: graph, rubric: .standard,
                                         options: StrengthOptions(directedRecords: map.arrows))
            XCTAssertEqual(map.ties.count, table.ties.count, path)
            var expected: [String: (Double, Bool)] = [:]
            for tie in table.ties { expected["\(tie.dyad.source)-\(tie.dyad.target)"] = (tie.strength, tie.isStrong) }
            for tie in map.ties {
                let rated = try XCTUnwrap(expected["\(min(tie.source, tie.target))-\(max(tie.source, tie.target))"])
                XCTAssertEqual(tie.strength.index, rated.0)
                XCTAssertEqual(tie.strength.isStrong, rated.1)
            }
            XCTAssertTrue(map.ties.contains { $0.strength.isStrong } && map.ties.contains { !$0.strength.isStrong }, path)
        }
        // --min-strength filters on the rubric's strength.
        let graph = try loadDataset("Datasets/east-london")
        let strong = try MapBuilder.build(graph, options: MapOptions(minStrength: 0.5))
        XCTAssertTrue(strong.ties.allSatisfy { $0.strength.index >= 0.5 })
    }

    func testASuppliedStrengthReplacesTheRubric() throws {
        let options = MapOptions(strongOnly: true, tieStrength: { tie in MapTieStrength(index: tie.weight, isStrong: tie.records == 1) })
        let map = try MapBuilder.build(smallEcology(), options: options)
        XCTAssertEqual(map.ties.map { [$0.source, $0.target] }, [[0, 1], [3, 4]])
    }
}
