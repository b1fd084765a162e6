import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Cohesion and ego measures on small graphs derived by hand.
final class CohesionSummaryTests: XCTestCase {
    func view(_ n: Int, _ ties: [(Int, Int)], weights: [Double]? = nil, directed: Bool = false) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                  weights: weights ?? ties.map { _ in 1 }, directed: directed)
    }

    /// ```
    ///   1   2
    ///    \ /
    ///     0        5 (isolate)
    ///    / \
    ///   3   4
    /// ```
    /// Density 4/15. No triangle: transitivity and clustering 0. Component {0…4}: diameter
    /// 2, ASPL (4 × 1 + 6 × 2)/10 = 1.6; {5}: 0. Every actor of the star has core 1, the
    /// isolate 0. Ego 0: 4 alters, no ties among them, 12 ordered pairs, density 0, reach 4
    /// (80% of the 5 others), reach efficiency undefined (the alters have no partner but
    /// 0), 6 untied pairs (broker 6, normalised 1), ego betweenness 6 (each pair's only
    /// geodesic runs through 0), normalised 100. Ego 1: one alter, no pairs (density and
    /// normalised forms undefined), reach 4 (0 and the other leaves), efficiency 100 × 4/4.
    func testStarWithIsolate() {
        let star = view(6, [(0, 1), (0, 2), (0, 3), (0, 4)])
        let summary = CohesionSummary(view: star)
        XCTAssertClose(summary.density, 4.0 / 15)
        XCTAssertEqual(summary.components.sizes, [5, 1])
        XCTAssertEqual(summary.clustering.transitivity, 0)
        XCTAssertEqual(summary.clustering.local, [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(summary.pathLengths, [ComponentPathLengths(component: 0, actors: 5, diameter: 2, averageShortestPath: 1.6),
                                             ComponentPathLengths(component: 1, actors: 1, diameter: 0, averageShortestPath: 0)])
        XCTAssertEqual(summary.coreDistribution, [CoreCount(core: 0, actors: 1), CoreCount(core: 1, actors: 5)])

        let ego = EgoNetworks.measures(view: star)
        XCTAssertEqual(ego[0].size, 4)
        XCTAssertEqual(ego[0].ties, 0)
        XCTAssertEqual(ego[0].pairs, 12)
        XCTAssertEqual(ego[0].density, 0)
        XCTAssertEqual(ego[0].twoStepReach, 4)
        XCTAssertClose(ego[0].twoStepPercent!, 80)
        XCTAssertNil(ego[0].reachEfficiency)
        XCTAssertEqual(ego[0].broker, 6)
        XCTAssertEqual(ego[0].normalizedBroker, 1)
        XCTAssertEqual(ego[0].egoBetweenness, 6)
        XCTAssertEqual(ego[0].normalizedEgoBetweenness, 100)
        XCTAssertEqual(ego[0].effectiveSize, 4)
        XCTAssertEqual(ego[1].size, 1)
        XCTAssertEqual(ego[1].pairs, 0)
        XCTAssertNil(ego[1].density)
        XCTAssertEqual(ego[1].twoStepReach, 4)
        XCTAssertEqual(ego[1].reachEfficiency, 100)
        XCTAssertEqual(ego[1].broker, 0)
        XCTAssertNil(ego[1].normalizedBroker)
        XCTAssertEqual(ego[1].egoBetweenness, 0)
        XCTAssertNil(ego[1].normalizedEgoBetweenness)
        // The isolate has no ego network: size 0 and empty cells, never zeros.
        let isolate = ego[5]
        XCTAssertEqual(isolate.size, 0)
        let cells: [Double?] = [isolate.ties.map(Double.init), isolate.pairs.map(Double.init), isolate.density,
                                isolate.twoStepReach.map(Double.init), isolate.twoStepPercent, isolate.reachEfficiency,
                                isolate.broker, isolate.normalizedBroker, isolate.egoBetweenness,
                                isolate.normalizedEgoBetweenness, isolate.effectiveSize, isolate.constraint]
        XCTAssertTrue(cells.allSatisfy { $0 == nil }, "\(cells)")
    }

    /// ```
    ///   0 ── 1          weights: 0–1: 1, 0–2: 2, 1–2: 3, 2–3: 4
    ///    \  /
    ///     2 ── 3
    /// ```
    /// Degrees 2, 2, 3, 1; one triangle, Σ k(k − 1)/2 = 5 connected triples:
    /// transitivity 3/5; local clustering 1, 1, 1/3, 0, average 7/12. Distances
    /// 01 02 12 23 = 1, 03 13 = 2: diameter 2, ASPL 8/6.
    /// Barrat at 2: s = 9, k = 3, ordered tied partner pairs (0,1), (1,0) each
    /// (w20 + w21)/2 = 2.5: C = 5/(9 × 2). Onnela at 2: ŵ = w/4, (0.5 × 0.75 × 0.25)^{1/3}
    /// twice over k(k − 1) = 6.
    /// Ego 2: alters 0, 1, 3; ties 0–1 (2 ordered), pairs 6, density 100/3; untied
    /// {0,3}, {1,3} with no common alter: broker 2, ego betweenness 2, normalised
    /// 100 × 2/3; reach 3 of 3 others; Σ deg(alters) = 5: efficiency 60.
    func testTriangleWithPendant() {
        let graph = view(4, [(0, 1), (0, 2), (1, 2), (2, 3)], weights: [1, 2, 3, 4])
        let summary = CohesionSummary(view: graph, weighted: true)
        XCTAssertClose(summary.clustering.transitivity, 0.6)
        XCTAssertClose(summary.clustering.averageClustering, 7.0 / 12)
        XCTAssertClose(summary.clustering.local[2], 1.0 / 3)
        XCTAssertClose(summary.clustering.barrat![2], 5.0 / 18)
        XCTAssertClose(summary.clustering.onnela![2], 2 * (0.5 * 0.75 * 0.25).squareRootCube / 6)
        XCTAssertEqual(summary.pathLengths![0].diameter, 2)
        XCTAssertClose(summary.pathLengths![0].averageShortestPath, 8.0 / 6)
        XCTAssertEqual(summary.coreDistribution, [CoreCount(core: 1, actors: 1), CoreCount(core: 2, actors: 3)])

        let ego = EgoNetworks.measures(view: graph, egos: [2])[0]
        XCTAssertEqual(ego.ties, 2)
        XCTAssertEqual(ego.pairs, 6)
        XCTAssertClose(ego.density!, 100.0 / 3)
        XCTAssertEqual(ego.broker, 2)
        XCTAssertEqual(ego.egoBetweenness, 2)
        XCTAssertClose(ego.normalizedEgoBetweenness!, 200.0 / 3)
        XCTAssertEqual(ego.twoStepReach, 3)
        XCTAssertClose(ego.reachEfficiency!, 60)
    }

    /// Directed: 0 ⇄ 1, 1 → 2: arcs 3, distinct pairs 2, one mutual pair: reciprocity 2/3;
    /// the asymmetric arc leaves the mutual pair: 111U (Holland–Leinhardt); entering it
    /// (2 → 1): 111D. A 3-cycle is 030C, a transitive triple 030T.
    func testDirectedTriads() {
        let mutualAndOut = CohesionSummary(view: view(3, [(0, 1), (1, 0), (1, 2)], directed: true))
        XCTAssertClose(mutualAndOut.reciprocity!, 2.0 / 3)
        XCTAssertEqual(mutualAndOut.triadCensus!.count("111U"), 1)
        XCTAssertEqual(mutualAndOut.triadCensus!.counts.reduce(0, +), 1)
        let into = CohesionSummary(view: view(3, [(0, 1), (1, 0), (2, 1)], directed: true))
        XCTAssertEqual(into.triadCensus!.count("111D"), 1)
        let cycle = CohesionSummary(view: view(3, [(0, 1), (1, 2), (2, 0)], directed: true))
        XCTAssertEqual(cycle.triadCensus!.count("030C"), 1)
        XCTAssertEqual(cycle.reciprocity, 0)
        let transitive = CohesionSummary(view: view(4, [(0, 1), (1, 2), (0, 2)], directed: true))
        XCTAssertEqual(transitive.triadCensus!.count("030T"), 1)
        // The isolate 3 with the three ties: each tie with 3 makes an 012 triad; C(4,3) = 4.
        XCTAssertEqual(transitive.triadCensus!.count("012"), 3)
        XCTAssertEqual(transitive.triadCensus!.counts.reduce(0, +), 4)
    }

    /// Published values: R `sna::triad.census` of Padgett's Florentine marriage network
    /// (16 families, 20 ties, read as a symmetric digraph) is 003 324, 102 195, 201 38,
    /// 300 3 and zero elsewhere; igraph's global transitivity 0.1914894 (as printed in the
    /// public course notes that report them, e.g. sulliv.com "Florentine Families Network
    /// Analysis", 2022). The bundled dataset leaves out the Pucci family, who married none
    /// of the others; it is added here as an isolate to compare with the 16-family census.
    func testFlorentineMatchesPublishedSnaTriadCensus() throws {
        let graph = try TestSupport.load("Datasets/florentine")
        let ties = graph.view(ViewOptions(directed: false)).partners
        var sources: [Int32] = [], targets: [Int32] = []
        for u in 0 ..< ties.nodeCount { for v in ties.neighbours(of: u) { sources.append(Int32(u)); targets.append(v) } }
        let symmetric = GraphView(nodeCount: ties.nodeCount + 1, sources: sources, targets: targets,
                                  weights: sources.map { _ in 1 }, directed: true)
        let summary = CohesionSummary(view: symmetric)
        var published = [Int](repeating: 0, count: 16)
        published[0] = 324; published[2] = 195; published[10] = 38; published[15] = 3
        XCTAssertEqual(summary.triadCensus!.counts, published)
        XCTAssertEqual(summary.reciprocity, 1)
        XCTAssertEqual(summary.clustering.transitivity, 0.1914894, accuracy: 5e-8)
    }
}

private extension Double {
    var squareRootCube: Double { Foundation.cbrt(self) }
}

/// The report paragraph from a context's study cohesion and homophily.
final class CohesionParagraphTests: XCTestCase {
    func paragraph(_ context: AnalysisContext) -> String {
        CohesionParagraph.text(cohesion: context.studyCohesion, homophily: context.studyHomophily,
                               groupAttribute: context.groupAttribute, groupNote: context.groupNote)
    }

    func testParagraphOfEastLondonAndOfAGraphWithoutGroups() throws {
        var settings = AnalysisSettings()
        settings.direction = .undirected
        let london = try AnalysisContext(graph: TestSupport.load("Datasets/east-london"), name: "east-london", settings: settings)
        XCTAssertEqual(paragraph(london),
                       "Cohesion: density 0.023; 6 components, the largest holding 97% of actors; transitivity 0.12. "
                       + "Ties lean towards the same sector: E–I +0.22 (expected +0.55), p < 0.01; Yule's Q +0.39.")
        let star = try AnalysisContext(graph: TestSupport.load("Tests/Fixtures/graphs/star"), name: "star", settings: settings)
        XCTAssertEqual(paragraph(star),
                       "Cohesion: density 0.286; one component; transitivity 0.00. "
                       + "Homophily is not measured: the actors have no sector attribute (choose a grouping with --group).")
    }
}
