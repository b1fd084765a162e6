import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Measured deltas of candidate ties: hand-derived cases, and seeded property tests that
/// compare every delta with recomputation on the whole changed graph.
final class TieEvaluatorTests: XCTestCase {
    /// Two components; the focus F sits in a closed triangle, a path P–Q–R of SMEs lies apart.
    ///
    ///       A           P
    ///       |\          |
    ///       | F         Q
    ///       |/          |
    ///       B           R
    ///
    /// Indices F 0, A 1, B 2, P 3, Q 4, R 5; K = 2. Candidates: the SMEs P, Q, R (other
    /// component), never A, B or F.
    /// - constraint before: p = 1/2 each, ℓ(A) = (1/2 + 1/2·1/2)² = 9/16, c = 9/8.
    ///   After any of the three ties: p = 1/3, ℓ(A) = ℓ(B) = (1/3 + 1/3·1/2)² = 1/4,
    ///   ℓ(new) = 1/9, c = 11/18; Δ = 11/18 − 9/8 = −37/72.
    /// - effective size: before 2 − 2·(1/2) = 1; after 3 − 2·(1/3) = 7/3.
    /// - reach: F–Q brings P, Q, R within 2 hops (+3); F–P brings P, Q (+2); F–R brings Q, R.
    /// - betweenness: F then lies on every path between {A, B} and the three SMEs:
    ///   6 unordered pairs of (n−1)(n−2)/2 = 10, so 0 → 0.6 for each candidate.
    /// - score: Q is best on every component: 1; P and R: 0.35 + 0.30·2/3 + 0.20 + 0.15 = 0.9.
    func testBestTieIsTheMiddleOfThePath() throws {
        var graph = CollaborationGraph()
        for (id, kind, sector) in [("F", "anchor", "education"), ("A", "employer", "education"), ("B", "employer", "education"),
                                   ("P", "sme", "digital"), ("Q", "sme", "digital"), ("R", "sme", "digital")] {
            graph.addActor(Actor(id: id, kind: kind, attributes: ["sector": sector]))
        }
        for (s, t) in [("F", "A"), ("F", "B"), ("A", "B"), ("P", "Q"), ("Q", "R")] { graph.addTie(from: s, to: t) }
        let gaps = FocusGaps.analyse(setting: try TestSupport.context(graph).gapSetting, focus: 0)
        XCTAssertEqual(gaps.recommendations.map(\.target), [4, 3, 5])
        let q = gaps.recommendations[0]
        XCTAssertClose(q.score, 1)
        XCTAssertClose(gaps.recommendations[1].score, 0.9)
        XCTAssertClose(q.effect.constraintBefore!, 9.0 / 8)
        XCTAssertClose(q.effect.deltaConstraint, -37.0 / 72)
        XCTAssertClose(q.effect.deltaEffectiveSize, 7.0 / 3 - 1)
        XCTAssertEqual(q.effect.newlyReached, [3, 4, 5])
        XCTAssertEqual(gaps.recommendations[1].effect.newlyReached, [3, 4])
        XCTAssertEqual(q.effect.newGroups.map { gaps.groups.names[$0] }, ["digital"])
        XCTAssertClose(q.effect.betweennessBefore, 0)
        XCTAssertClose(q.effect.deltaBetweenness!, 0.6)
        XCTAssertEqual(q.reason, "only tie into digital SMEs; first reach into digital; spans 2 unconnected partners (shares none); +3 actors within 2 hops (3 SMEs); constraint 1.1250 → 0.6111; betweenness +0.6000")
        // Sections 1–4 on the same graph.
        XCTAssertEqual(gaps.holes.holes, [])
        XCTAssertEqual(gaps.unreached.otherComponents, [3, 4, 5])
        XCTAssertEqual(gaps.unreached.smes, [3, 4, 5])
        XCTAssertEqual(gaps.unreached.unreachedGroups.map { gaps.groups.names[$0] }, ["digital"])
        XCTAssertFalse(gaps.fragility.isCutPoint)
    }

    /// A broker's choice: F is tied to A and B, who are tied to each other, and to C.
    /// X is tied to A and B; Y to C only.
    ///
    ///     X---A---F---C---Y
    ///      \  |  /
    ///       \ | /
    ///         B
    ///
    /// F 0, A 1, B 2, C 3, X 4, Y 5. A tie F–X adds a partner tied to two of F's partners
    /// (redundant), F–Y one tied to a single partner. Before: N(F) = {A, B, C}, p = 1/3,
    /// A's partners F, B, X (p_BA = 1/3): ℓ(A) = ℓ(B) = (1/3 + 1/9)² = 16/81, ℓ(C) = 1/9,
    /// c = 41/81 = 0.50617.
    /// After F–X: p = 1/4; A, B and X each have 3 partners:
    /// ℓ(A) = ℓ(B) = ℓ(X) = (1/4 + 1/12 + 1/12)² = 25/144, ℓ(C) = 1/16, c = 84/144 = 7/12
    /// (constraint rises).
    /// After F–Y: p = 1/4; C and Y have 2 partners: ℓ(A) = ℓ(B) = (1/4 + 1/12)² = 1/9,
    /// ℓ(C) = ℓ(Y) = (1/4 + 1/8)² = 9/64, c = 2/9 + 9/32 = 0.50347 (relieved).
    /// Both leave reach (all 5 within 2 hops) and F's betweenness as they are, so F–Y ranks first.
    func testRedundantTieRanksBelowNonRedundantTie() {
        let view = GraphView(nodeCount: 6, sources: [0, 0, 1, 0, 4, 4, 3], targets: [1, 2, 2, 3, 1, 2, 5],
                             weights: [Double](repeating: 1, count: 7), directed: false)
        let groups = ActorGroups(labels: [String?](repeating: "x", count: 6))
        let reach = FocusReach(view: view, focus: 0, maxHops: 2)
        let evaluator = TieEvaluator(view: view, focus: 0, weighted: false, reach: reach, groups: groups)
        XCTAssertClose(evaluator.before.constraint!, 41.0 / 81)
        XCTAssertClose(evaluator.measuresWithTie(to: 4).constraint, 7.0 / 12)
        XCTAssertClose(evaluator.measuresWithTie(to: 5).constraint, 2.0 / 9 + 9.0 / 32)
        let ranked = RecommendationScoring.standard.rank(evaluator.evaluate([4, 5])) { _ in "" }
        XCTAssertEqual(ranked.map(\.target), [5, 4])
    }

    /// Candidates are never the focus or a partner, in either direction of a directed view.
    func testCandidatesNeverPartnersOrFocus() throws {
        for seed in 1 ... 6 as ClosedRange<UInt64> {
            let (graph, view) = GapsTestSupport.randomGraph(n: 40, ties: 70, directed: seed % 2 == 0, seed: seed)
            for focus in [0, 7, 19] {
                let reach = FocusReach(view: view, focus: focus, maxHops: 2)
                for filter in [CandidateFilter.default, try CandidateFilter(parsing: "all"), try CandidateFilter(parsing: "kind=sme,kind=employer,sector=digital")] {
                    let candidates = Candidates.candidates(graph: graph, reach: reach, filter: filter)
                    for c in candidates {
                        XCTAssertNotEqual(c, focus)
                        XCTAssertFalse(view.partners.contains(from: focus, to: Int32(c)))
                        XCTAssertTrue(filter.matches(graph.actors[c]))
                    }
                }
            }
        }
    }

    func testFilterSyntax() throws {
        let filter = try CandidateFilter(parsing: "kind=sme, sector=digital tech,kind=employer")
        XCTAssertEqual(filter.conditions.map(\.attribute), ["kind", "sector"])
        XCTAssertEqual(filter.conditions[0].values, ["sme", "employer"])
        XCTAssertTrue(filter.matches(Actor(id: "x", kind: "employer", attributes: ["sector": "Digital Tech"])))
        XCTAssertFalse(filter.matches(Actor(id: "x", kind: "anchor", attributes: ["sector": "digital tech"])))
        XCTAssertFalse(filter.matches(Actor(id: "x", kind: "sme")))
        XCTAssertThrowsError(try CandidateFilter(parsing: "kind"))
        XCTAssertThrowsError(try CandidateFilter(parsing: "=sme"))
    }

    /// Every delta equals recomputation on the whole changed view: structural holes from
    /// ``StructuralHoles`` on the rebuilt view, reach by BFS, betweenness by Brandes
    /// (``GraphView/betweenness(weighted:threads:progress:)`` on the undirected reading).
    func testDeltasEqualRecomputationFromScratch() {
        for seed in 1 ... 8 as ClosedRange<UInt64> {
            let directed = seed % 2 == 0
            let weighted = seed % 3 != 0
            let (graph, view) = GapsTestSupport.randomGraph(n: 45, ties: 80, directed: directed, seed: seed)
            let groups = ActorGroups(graph: graph, attribute: "sector")
            let betweennessBefore = view.undirected.betweenness()
            for focus in [0, 11, 30] {
                let reach = FocusReach(view: view, focus: focus, maxHops: 2)
                let evaluator = TieEvaluator(view: view, focus: focus, weighted: weighted, reach: reach, groups: groups)
                let candidates = Candidates.candidates(graph: graph, reach: reach, filter: try! CandidateFilter(parsing: "all"))
                let effects = evaluator.evaluate(candidates)
                XCTAssertEqual(effects.count, candidates.count)
                let reachBefore = GapsTestSupport.reachCount(view, focus, 2)
                for effect in effects {
                    let changed = GapsTestSupport.adding(view, focus, effect.target, weight: evaluator.addedWeight)
                    let full = StructuralHoles(view: changed, weighted: weighted).allMeasures()[focus]
                    let label = "seed \(seed) focus \(focus) target \(effect.target)"
                    XCTAssertClose(effect.constraintAfter!, full.constraint!, label)
                    XCTAssertClose(effect.effectiveSizeAfter!, full.effectiveSize!, label)
                    XCTAssertEqual(effect.deltaReach, GapsTestSupport.reachCount(changed, focus, 2) - reachBefore, label)
                    let after = changed.undirected.betweenness()[focus]
                    XCTAssertClose(effect.betweennessBefore, betweennessBefore[focus], absolute: 1e-12, label)
                    XCTAssertClose(effect.betweennessAfter!, after, absolute: 1e-12, label)
                }
            }
        }
    }

    /// With more candidates than the shortlist, betweenness is measured only for those
    /// ranking highest on the other three components, and equals the full evaluation there.
    func testBetweennessShortlist() {
        let (graph, view) = GapsTestSupport.randomGraph(n: 60, ties: 90, directed: false, seed: 5)
        let groups = ActorGroups(graph: graph, attribute: "sector")
        let reach = FocusReach(view: view, focus: 3, maxHops: 2)
        let evaluator = TieEvaluator(view: view, focus: 3, weighted: false, reach: reach, groups: groups)
        let candidates = Candidates.candidates(graph: graph, reach: reach, filter: try! CandidateFilter(parsing: "all"))
        let all = evaluator.evaluate(candidates)
        let short = evaluator.evaluate(candidates, betweennessShortlist: 5)
        XCTAssertEqual(short.filter { $0.betweennessAfter != nil }.count, 5)
        var partial = RecommendationScoring.standard
        partial.betweenness = 0
        let top = Set(partial.rank(all) { _ in "" }.prefix(5).map(\.target))
        for (a, b) in zip(all, short) {
            XCTAssertEqual(b.betweennessAfter != nil, top.contains(b.target))
            if let after = b.betweennessAfter { XCTAssertClose(after, a.betweennessAfter!) }
        }
    }

    /// Above the exact limit the betweenness change is estimated from sampled sources; the
    /// method says so and the estimate is close to the exact value on a large clustered graph.
    func testSampledBetweennessIsStatedAndClose() {
        let (graph, view) = GapsTestSupport.randomGraph(n: 2_300, ties: 4_000, directed: false, seed: 99)
        let groups = ActorGroups(graph: graph, attribute: "sector")
        let reach = FocusReach(view: view, focus: 5, maxHops: 2)
        let evaluator = TieEvaluator(view: view, focus: 5, weighted: false, reach: reach, groups: groups)
        let change = evaluator.betweennessChange([1_000])
        guard case .sampled(let k, _) = change.method else { return XCTFail("expected sampling above the limit") }
        XCTAssertEqual(k, TieEvaluator.sampledSources)
        let exact = view.betweenness()[5]
        XCTAssertEqual(change.before, exact, accuracy: max(0.5 * exact, 1e-4))
    }
}
