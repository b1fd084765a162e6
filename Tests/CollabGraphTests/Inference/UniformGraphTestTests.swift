@testable import CollabGraph
import XCTest

/// Conditional uniform graph tests: nulls, statistics, determinism, and agreement with
/// `sna::cug.test` and a uniform degree-sequence sampler (`Tests/Fixtures/reference_inference.R`,
/// `reference_inference.py`).
final class UniformGraphTestTests: XCTestCase {
    static func view(edges: [(Int, Int)], actors: Int, directed: Bool) -> GraphView {
        GraphView(nodeCount: actors, sources: edges.map { Int32($0.0) }, targets: edges.map { Int32($0.1) },
                  weights: [Double](repeating: 1, count: edges.count), directed: directed)
    }

    /// ```
    ///   star:  1   2        path:  0 ── 1 ── 2 ── 3
    ///           \ /
    ///        4 ─ 0 ─ 3
    /// ```
    /// Star: degrees 4,1,1,1,1 → Σ(4 − d) = 12 over (n−1)(n−2) = 12: 1. Betweenness: the
    /// centre carries all 6 pairs (normalised 1), the leaves none → Σ(1 − b)/(n − 1) = 1.
    /// Path: degrees 1,2,2,1 → Σ = 2 over 3·2: 1/3. Raw betweenness 0,2,2,0 (1 sits
    /// between 0–2 and 0–3), Σ(2 − c) = 4 over (n−1)²(n−2)/2 = 9: 4/9 (`sna` gives the same).
    func testCentralizationByHand() {
        let star = Self.view(edges: [(0, 1), (0, 2), (0, 3), (0, 4)], actors: 5, directed: false)
        XCTAssertClose(Centralization.degree(of: star)!, 1)
        XCTAssertClose(Centralization.betweenness(of: star)!, 1)
        let path = Self.view(edges: [(0, 1), (1, 2), (2, 3)], actors: 4, directed: false)
        XCTAssertClose(Centralization.degree(of: path)!, 1.0 / 3)
        XCTAssertClose(Centralization.betweenness(of: path)!, 4.0 / 9)
        // Directed 3-cycle 0→1→2→0 plus 3→0: in+out degrees 3,2,2,1 → Σ(3 − d) = 4 over
        // 2(n−1)(n−2) = 12: 1/3 (sna::centralization(g, degree, mode="digraph")).
        let cycle = Self.view(edges: [(0, 1), (1, 2), (2, 0), (3, 0)], actors: 4, directed: true)
        XCTAssertClose(Centralization.degree(of: cycle)!, 1.0 / 3)
        XCTAssertNil(Centralization.degree(of: Self.view(edges: [(0, 1)], actors: 2, directed: false)))
    }

    /// Statistics undefined on a graph are refused, not tested.
    func testUndefinedStatistics() {
        let pair = Self.view(edges: [(0, 1)], actors: 3, directed: false)
        XCTAssertNil(GraphStatistic.transitivity.value(on: pair))   // no connected triple
        XCTAssertThrowsError(try UniformGraphTest(view: pair, statistic: .transitivity)) {
            XCTAssertEqual($0 as? UniformGraphTestError, .undefinedOnObservedGraph)
        }
        XCTAssertThrowsError(try UniformGraphTest(view: pair, statistic: .reciprocity)) {
            XCTAssertEqual($0 as? UniformGraphTestError, .needsDirectedView)
        }
        let empty = Self.view(edges: [], actors: 4, directed: false)
        XCTAssertNil(GraphStatistic.meanDistance.value(on: empty))
        XCTAssertNil(GraphStatistic.eiIndex(ActorGroups(labels: ["a", "b", "a", "b"])).value(on: empty))
        XCTAssertThrowsError(try UniformGraphTest(view: pair, statistic: .degreeCentralization,
                                                  options: UniformGraphTestOptions(null: .degree))) {
            XCTAssertEqual($0 as? UniformGraphTestError, .tooFewTiesToRewire)
        }
    }

    /// Every null keeps what it conditions on, draw after draw.
    func testNullsKeepWhatTheyConditionOn() {
        for directed in [false, true] {
            let view = SeededGraph.make(size: 60, directed: directed, seed: directed ? 3 : 4).view
            let degreesIn = (0 ..< view.nodeCount).map { view.incoming.degree($0) }
            let degreesOut = (0 ..< view.nodeCount).map { view.outgoing.degree($0) }
            let arcs = view.outgoing.entryCount, pairs = view.partners.entryCount / 2
            for null in UniformGraphNull.allCases {
                let template = NullModelTemplate(view: view, null: null, swapsPerTie: 5)
                for r in 0 ..< 5 {
                    let draw = template.draw(r, seed: 11)
                    XCTAssertEqual(draw.nodeCount, view.nodeCount)
                    XCTAssertEqual(draw.recordCount, draw.tieCount, "no repeated dyads")
                    switch null {
                    case .size:
                        break
                    case .edges:
                        XCTAssertEqual(draw.tieCount, view.tieCount)
                    case .dyads:
                        XCTAssertEqual(draw.outgoing.entryCount, arcs)
                        XCTAssertEqual(draw.partners.entryCount / 2, pairs, "same mutual and asymmetric counts")
                    case .degree:
                        XCTAssertEqual((0 ..< view.nodeCount).map { draw.outgoing.degree($0) }, degreesOut)
                        XCTAssertEqual((0 ..< view.nodeCount).map { draw.incoming.degree($0) }, degreesIn)
                    }
                }
                XCTAssertNotEqual(template.draw(0, seed: 11).outgoing.neighbours, template.draw(1, seed: 11).outgoing.neighbours,
                                  "\(null) draws differ")
            }
        }
    }

    /// The size null ties each dyad with probability ½: over 200 draws of 40 actors
    /// (156,000 dyads) the share is 0.5 ± 0.0013 (sd), allow 4 sd.
    func testSizeNullIsHalfDense() {
        let view = Self.view(edges: [(0, 1), (1, 2)], actors: 40, directed: true)
        let template = NullModelTemplate(view: view, null: .size, swapsPerTie: 1)
        var ties = 0
        for r in 0 ..< 200 { ties += template.draw(r, seed: 5).tieCount }
        XCTAssertEqual(Double(ties) / Double(200 * 40 * 39), 0.5, accuracy: 4 * 0.5 / Double(200 * 40 * 39).squareRoot())
    }

    /// ```
    ///   0 ── 1        3 ── 4
    ///    \  /          \  /
    ///     2             5
    /// ```
    /// Six actors of degree 2: the labelled 2-regular graphs are the 60 hexagons and the 10
    /// splits into two triangles. A uniform degree null makes two triangles (transitivity 1,
    /// the largest value) with probability 10/70 = 1/7; hexagons have transitivity 0. With
    /// 7,000 draws the share's sd is 0.0042; allow 4.
    func testDegreeNullIsUniformOnTwoRegularGraphs() throws {
        let view = Self.view(edges: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)], actors: 6, directed: false)
        let test = try UniformGraphTest(view: view, statistic: .transitivity,
                                        options: UniformGraphTestOptions(null: .degree, draws: 7000, seed: 3))
        XCTAssertEqual(test.observed, 1)
        XCTAssertEqual(test.pAtLeast!, 1.0 / 7, accuracy: 4 * 0.0042)
        XCTAssertEqual(test.pAtMost, 1)
        XCTAssertEqual(Set(test.nullValues), [0, 1])
    }

    /// The same seed gives the same bits on 1, 2 or 3 threads; another seed other values.
    func testDeterministicWhateverTheThreadCount() throws {
        let view = SeededGraph.make(size: 50, directed: false, seed: 8).view
        for null in UniformGraphNull.allCases {
            var results: [[Double]] = []
            for threads in [1, 2, 3] {
                let options = UniformGraphTestOptions(null: null, draws: 37, seed: 99, threads: threads)
                results.append(try UniformGraphTest(view: view, statistic: .averageClustering, options: options).nullValues)
            }
            XCTAssertEqual(results[0].map(\.bitPattern), results[1].map(\.bitPattern), "\(null)")
            XCTAssertEqual(results[0].map(\.bitPattern), results[2].map(\.bitPattern), "\(null)")
            let other = try UniformGraphTest(view: view, statistic: .averageClustering,
                                             options: UniformGraphTestOptions(null: null, draws: 37, seed: 100))
            XCTAssertNotEqual(other.nullValues, results[0], "\(null)")
        }
    }

    /// Type-7 quantiles of 1 … 5: h = 4p; the median 3, the quartiles 2 and 4.
    func testQuantilesAndHistogram() throws {
        XCTAssertEqual(UniformGraphTest.quantiles([5, 1, 4, 2, 3], at: [0, 0.25, 0.5, 0.75, 1, 0.1]), [1, 2, 3, 4, 5, 1.4])
        let view = SeededGraph.make(size: 40, directed: false, seed: 2).view
        let test = try UniformGraphTest(view: view, statistic: .transitivity, options: UniformGraphTestOptions(draws: 50))
        let histogram = try XCTUnwrap(test.histogram(bins: 10))
        XCTAssertEqual(histogram.counts.reduce(0, +), 50)
        XCTAssertEqual(histogram.lower, test.nullValues.min())
        XCTAssertEqual(histogram.upper, test.nullValues.max())
        if let bin = histogram.observedBin {
            let width = (histogram.upper - histogram.lower) / 10
            XCTAssertTrue(histogram.lower + Double(bin) * width <= test.observed + 1e-12)
        } else {
            XCTAssertTrue(test.observed < histogram.lower || test.observed > histogram.upper)
        }
        XCTAssertEqual(test.quantiles.count, UniformGraphTest.quantileProbabilities.count)
    }

    /// The open-addressing dyad set against the standard library's set, under random
    /// inserts and removals (backward-shift deletion must keep every probe run intact).
    func testDyadSetAgainstSet() {
        var random = SplitMix64(seed: 12)
        var fast = DyadSet(capacity: 50)
        var slow = Set<[Int32]>()
        for _ in 0 ..< 20000 {
            let u = Int32(random.below(12)), v = Int32(random.below(12))
            if random.below(3) == 0 {
                fast.remove(u, v); slow.remove([u, v])
            } else if slow.count < 50 {
                XCTAssertEqual(fast.insert(u, v), slow.insert([u, v]).inserted)
            }
            let a = Int32(random.below(12)), b = Int32(random.below(12))
            XCTAssertEqual(fast.contains(a, b), slow.contains([a, b]))
        }
    }

    // MARK: - Reference values

    static func statistic(_ name: String, groups: ActorGroups) -> GraphStatistic {
        switch name {
        case "transitivity": return .transitivity
        case "average-clustering": return .averageClustering
        case "degree-centralization": return .degreeCentralization
        case "betweenness-centralization": return .betweennessCentralization
        case "reciprocity": return .reciprocity
        case "ei": return .eiIndex(groups)
        case "modularity": return .modularity(groups)
        case "mean-distance": return .meanDistance
        default: fatalError("unknown statistic \(name)")
        }
    }

    /// Observed statistics equal `sna`'s to 1e-9; p-values, null mean and sd agree within
    /// Monte Carlo error. The references ran 5,000 draws; these run 2,000 (to keep the suite
    /// quick): the difference of the two shares has sd √(p(1 − p)(1/2000 + 1/5000)); allow
    /// 4.5 sd, with p(1 − p) floored at 1/2000.
    func testAgainstReference() throws {
        for name in ["undirected", "undirected-dense", "directed", "directed-dense", "degree"] {
            let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/inference/cug-\(name).json"))
            let directed = fixture["directed"]!.boolValue!
            let actors = Int(fixture["actors"]!.numberValue!)
            let referenceDraws = fixture["draws"]!.numberValue!
            let edges = fixture["edges"]!.arrayValue!.map { pair in
                (Int(pair.arrayValue![0].numberValue!), Int(pair.arrayValue![1].numberValue!))
            }
            let groups = ActorGroups(labels: fixture["groups"]!.arrayValue!.map(\.stringValue))
            let view = Self.view(edges: edges, actors: actors, directed: directed)
            let draws = 2000
            for (index, result) in fixture["results"]!.arrayValue!.enumerated() {
                let statisticName = result["statistic"]!.stringValue!, nullName = result["null"]!.stringValue!
                let label = "\(name) \(statisticName) \(nullName)"
                let options = UniformGraphTestOptions(null: UniformGraphNull(rawValue: nullName)!, draws: draws,
                                                      seed: UInt64(1000 + index))
                let test = try UniformGraphTest(view: view, statistic: Self.statistic(statisticName, groups: groups), options: options)
                XCTAssertClose(test.observed, result["observed"]!.numberValue!, "\(label) observed")
                XCTAssertEqual(test.undefinedDraws, 0, label)
                for (mine, key) in [(test.pAtLeast!, "p_at_least"), (test.pAtMost!, "p_at_most")] {
                    let reference = result[key]!.numberValue!
                    let variance = max(reference * (1 - reference), 1 / Double(draws))
                    let sd = (variance / Double(draws) + variance / referenceDraws).squareRoot()
                    XCTAssertEqual(mine, reference, accuracy: 4.5 * sd, "\(label) \(key)")
                }
                let sd = result["sd"]!.numberValue!
                XCTAssertEqual(test.nullMean!, result["mean"]!.numberValue!,
                               accuracy: 4.5 * sd * (1 / Double(draws) + 1 / referenceDraws).squareRoot() + 1e-12, "\(label) mean")
                XCTAssertEqual(test.nullStandardDeviation!, sd, accuracy: 0.1 * sd + 1e-12, "\(label) sd")
            }
        }
    }
}
