import CollabGraph
import XCTest
@testable import CollabRender
@testable import CollabAnalysis
import CollabOutput

/// Two stars joined by two leaf–leaf ties and a hub–hub tie:
///
///     H0 — L0 … L9 (hub ties, weight 1; L2–L3 tied)      H1 — M0 … M5
///     L0–M0 (weight 2), L1–M1 (weight 1), H0–H1 (weight 1)
///
/// Communities: H0 and the L's are community 1, H1 and the M's community 2. Sectors: L0–L6
/// research, L7–L9 business, the M's business.
private func twoStars() -> (graph: CollaborationGraph, communityOf: [Int32]) {
    var graph = CollaborationGraph()
    var communityOf: [Int32] = []
    func add(_ id: String, _ sector: String, _ community: Int32) {
        graph.addActor(Actor(id: id, label: "Actor \(id)", kind: "employer", attributes: ["sector": sector]))
        communityOf.append(community)
    }
    add("H0", "research", 0)
    for i in 0 ..< 10 { add("L\(i)", i < 7 ? "research" : "business", 0) }
    add("H1", "business", 1)
    for i in 0 ..< 6 { add("M\(i)", "business", 1) }
    for i in 0 ..< 10 { graph.addTie(from: "H0", to: "L\(i)", type: "joint project") }
    for i in 0 ..< 6 { graph.addTie(from: "H1", to: "M\(i)", type: "joint project") }
    graph.addTie(from: "L2", to: "L3", type: "joint project")
    graph.addTie(from: "L0", to: "M0", type: "joint project", weight: 2)
    graph.addTie(from: "L1", to: "M1", type: "joint project")
    graph.addTie(from: "H0", to: "H1", type: "joint project")
    return (graph, communityOf)
}

final class MapOverviewTests: XCTestCase {
    private func overview(communityCount: Int = MapOverview.communityCount) throws -> (CollaborationGraph, ActorMap) {
        let (graph, communityOf) = twoStars()
        var view = ViewOptions()
        view.directed = false
        let full = try MapBuilder.build(graph, options: MapOptions(view: view, rubric: nil))
        XCTAssertEqual(full.actors.count, 18)
        let map = MapOverview.overview(of: full, communityOf: communityOf,
                                       groupOf: { graph.actors[Int($0)].value(of: "sector") },
                                       actorLimit: 10, coreCount: 2, communityCount: communityCount)
        return (graph, map)
    }

    func testTheCoreIsDrawnActorByActorAndTheRestFoldedIntoCommunities() throws {
        let (graph, map) = try overview()
        let index = { (id: String) in graph.index(of: id)! }
        // Core: the two hubs (largest degree), labelled, with the tie between them.
        XCTAssertEqual(map.actors, [index("H0"), index("H1")])
        XCTAssertEqual(map.labelled, [true, true])
        XCTAssertEqual(map.ties.map { [$0.source, $0.target] }, [[index("H0"), index("H1")]])
        let overview = try XCTUnwrap(map.overview)
        XCTAssertEqual(overview.selectedActors, 18)
        XCTAssertEqual(overview.selectedTies, 20)
        XCTAssertEqual(overview.actorLimit, 10)
        // Sizes: members outside the core.
        XCTAssertEqual(overview.communities.map(\.number), [1, 2])
        XCTAssertEqual(overview.communities.map(\.members.count), [10, 6])
        // Colour: the dominant sector and its share; labels: the most central members
        // (degree 2, ties by load order).
        XCTAssertEqual(overview.communities[0].dominantGroup, "research")
        XCTAssertEqual(overview.communities[0].dominantShare, 0.7, accuracy: 1e-12)
        XCTAssertEqual(overview.communities[1].dominantGroup, "business")
        XCTAssertEqual(overview.communities[0].named, [index("L0"), index("L1")])
        XCTAssertEqual(overview.communities[0].internalTies, 1, "L2–L3")
        XCTAssertEqual(overview.communities[1].internalTies, 0)
        XCTAssertEqual(overview.omittedActors, 0)
    }

    func testTiesAreAggregatedBetweenNodes() throws {
        let (graph, map) = try overview()
        let overview = try XCTUnwrap(map.overview)
        let h0 = graph.index(of: "H0")!, h1 = graph.index(of: "H1")!
        let links = overview.links.map { "\($0.source)–\($0.target): \($0.pairs) pairs, weight \($0.weight)" }
        XCTAssertEqual(links, [
            "actor(\(h0))–community(0): 10 pairs, weight 10.0",
            "actor(\(h1))–community(1): 6 pairs, weight 6.0",
            "community(0)–community(1): 2 pairs, weight 3.0",
        ])
        // Every selected tie is accounted for: core ties + aggregated pairs + internal ties.
        let accounted = map.ties.count + overview.links.map(\.pairs).reduce(0, +) + overview.communities.map(\.internalTies).reduce(0, +)
        XCTAssertEqual(accounted, overview.selectedTies)
    }

    func testSmallerCommunitiesBeyondTheCountAreLeftOutAndCounted() throws {
        let (_, map) = try overview(communityCount: 1)
        let overview = try XCTUnwrap(map.overview)
        XCTAssertEqual(overview.communities.map(\.number), [1])
        XCTAssertEqual(overview.omittedCommunities, 1)
        XCTAssertEqual(overview.omittedActors, 6)
        XCTAssertFalse(overview.links.contains { $0.target == .community(1) || $0.source == .community(1) })
        let caption = MapStyle.caption(map, options: StyleOptions(title: "t"))
        XCTAssertTrue(caption.contains("overview: 18 actors and 20 ties"), caption)
        XCTAssertTrue(caption.contains("6 actors in 1 smaller communities not drawn"), caption)
    }

    func testTheOverviewIsDrawnWithCommunityCirclesAndTheSameBytesTwice() throws {
        let (graph, map) = try overview()
        let style = StyleOptions(title: "Two stars", colourBy: "sector")
        let first = DOTWriter.write(MapStyle.dot(map, graph: graph, options: style))
        XCTAssertEqual(first, DOTWriter.write(MapStyle.dot(map, graph: graph, options: style)))
        let parsed = try GraphvizRenderer.parse(dot: first)
        let circles = parsed.nodes.filter { $0.id.hasPrefix("c") }
        XCTAssertEqual(circles.map(\.id), ["c1", "c2"])
        XCTAssertEqual(circles[0].attributes["label"], "community 1\n10 actors\nActor L0\nActor L1")
        XCTAssertEqual(circles[0].attributes["fillcolor"], MapStyle.groupColours(graph.actors.map { $0.value(of: "sector") })
            .colour(for: "research"))
        // The larger community is drawn larger.
        XCTAssertGreaterThan(Double(circles[0].attributes["width"]!)!, Double(circles[1].attributes["width"]!)!)
        XCTAssertEqual(parsed.edges.filter { $0.attributes["class"] == "aggregated" }.count, 3)
        let one = try MapRenderer.render(graph, map: map, style: style, engine: nil, formats: [.svg, .png])
        let two = try MapRenderer.render(graph, map: map, style: style, engine: nil, formats: [.svg, .png])
        XCTAssertEqual(one[0].data, two[0].data)
        XCTAssertEqual(one[1].data, two[1].data)
        let figures = try MapLegibilityTests.figures(svg: one[0].data, png: one[1].data)
        XCTAssertGreaterThanOrEqual(figures.smallestActor, 3)
        XCTAssertGreaterThanOrEqual(figures.smallestLabel, 8)
    }

    func testACommunityOpensActorByActorWithItsMostCentralMembers() throws {
        let (graph, communityOf) = twoStars()
        var view = ViewOptions()
        view.directed = false
        let full = try MapBuilder.build(graph, options: MapOptions(view: view, rubric: nil))
        let map = MapOverview.overview(of: full, communityOf: communityOf, groupOf: { _ in nil }, actorLimit: 10, coreCount: 2)
        let community = try XCTUnwrap(map.overview?.communities.first)
        let opened = MapOverview.communityMap(community, of: full, limit: 4)
        // L0..L3 have degree 2, the other leaves 1: the four most central, in load order.
        XCTAssertEqual(opened.actors, ["L0", "L1", "L2", "L3"].map { graph.index(of: $0)! })
        XCTAssertEqual(opened.ties.count, 1, "only L2–L3 lies inside")
        XCTAssertEqual(opened.omittedLessCentral, 6)
        XCTAssertNil(opened.overview)
    }

    func testMostCentralKeepsTheFocusAndCutsToTheLimit() throws {
        let (graph, _) = twoStars()
        var view = ViewOptions()
        view.directed = false
        var options = MapOptions(view: view, focus: "L9", radius: 2, rubric: nil)
        options.labels = .all
        let full = try MapBuilder.build(graph, options: options)
        let cut = MapOverview.mostCentral(full, limit: 3)
        XCTAssertEqual(cut.actors.count, 3)
        XCTAssertTrue(cut.actors.contains(graph.index(of: "L9")!), "the focus is always kept")
        XCTAssertTrue(cut.actors.contains(graph.index(of: "H0")!), "the most central")
        XCTAssertEqual(cut.omittedLessCentral, full.actors.count - 3)
        XCTAssertTrue(cut.ties.allSatisfy { cut.actors.contains($0.source) && cut.actors.contains($0.target) })
    }
}
