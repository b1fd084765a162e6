import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Portfolios of new ties: a drawn case where the joint choice differs from the one-at-a-
/// time ranking, every step and the combined effect against NetworkX recomputed on the
/// changed graph (Tests/Fixtures/reference_portfolio.py), and east-london's anchors with no
/// two interchangeable picks.
final class TiePortfolioTests: XCTestCase {
    /// F's only partner is A. Apart from them, two clusters of SMEs: P and Q both tied to
    /// S1, S2, S3 (P and Q not tied to each other), and R tied to T1 and T2.
    ///
    ///     F --- A          P   Q          R
    ///                      |\ /|         / \
    ///                      S1 S2 S3      T1   T2     (P and Q each tied to S1, S2, S3)
    ///
    /// Groups (sector): F "college", A "hub", P and Q "p", S "s", R "r", T "t". K = 2;
    /// candidates: the unreached SMEs, P … T2. No candidate shares a partner with F, so every
    /// tie relieves F's constraint equally (1 → 1/2 at step 1); the other components decide.
    /// - One at a time: F–P and F–Q are identical and best: each reaches 4 actors (itself
    ///   and S1–S3; S1 reaches only 3, R 3, T1 2), opens 2 groups, and puts F between A and
    ///   all 5 actors of the cluster (as S does; R and T only 3). So the ranking's top two
    ///   are P and Q: the same idea twice.
    /// - Jointly: step 1 picks P (equal to Q; no earlier picks in either group; P first in
    ///   load order). With F–P in place, F–Q reaches only Q (3 hops away through S), opens no
    ///   group and gives F a quarter of the Q–P paths; F–R reaches R, T1, T2, opens r and t,
    ///   and puts F on every path between them and the 6 actors already joined. The
    ///   portfolio is {P, R}.
    func testPortfolioOfTwoPicksThePairTheDrawingShows() throws {
        var graph = CollaborationGraph()
        let actors = [("F", "anchor", "college"), ("A", "employer", "hub"), ("P", "sme", "p"), ("Q", "sme", "p"), ("R", "sme", "r"),
                      ("S1", "sme", "s"), ("S2", "sme", "s"), ("S3", "sme", "s"), ("T1", "sme", "t"), ("T2", "sme", "t")]
        for (id, kind, sector) in actors { graph.addActor(Actor(id: id, kind: kind, attributes: ["sector": sector])) }
        var ties = [("F", "A"), ("R", "T1"), ("R", "T2")]
        for s in ["S1", "S2", "S3"] { ties += [("P", s), ("Q", s)] }
        for (s, t) in ties { graph.addTie(from: s, to: t) }
        let index = { (id: String) in Int(graph.index(of: id)!) }

        let ranking = FocusGaps.analyse(setting: try TestSupport.context(graph).gapSetting, focus: 0).recommendations
        XCTAssertEqual(ranking.prefix(2).map(\.target), [index("P"), index("Q")])
        XCTAssertClose(ranking[0].score, 1)
        XCTAssertClose(ranking[1].score, 1)

        let groups = ActorGroups(graph: graph, attribute: "sector")
        let portfolio = TiePortfolio.choose(graph: graph, view: graph.view(), groups: groups, weighted: false, focus: 0, size: 2)
        XCTAssertEqual(portfolio.picks, [index("P"), index("R")])
        XCTAssertEqual(portfolio.candidateCount, 8)
        XCTAssertEqual(portfolio.steps[0].equalScores, [index("Q")])
        XCTAssertEqual(portfolio.steps[0].pick.effect.newlyReached, [2, 5, 6, 7])
        XCTAssertEqual(portfolio.steps[1].pick.effect.newlyReached, [4, 8, 9])
        XCTAssertEqual(portfolio.steps[1].pick.effect.newGroups.map { groups.names[$0] }, ["r", "t"])
        // Combined: F reached A only; after, A, P, S1–S3, R, T1, T2 (Q is 3 hops away).
        XCTAssertEqual(portfolio.before.reach, 1)
        XCTAssertEqual(portfolio.after.reach, 8)
        XCTAssertEqual(portfolio.before.partners, 1)
        XCTAssertEqual(portfolio.after.partners, 3)
        XCTAssertClose(portfolio.before.constraint!, 1)
        XCTAssertClose(portfolio.steps[0].pick.effect.constraintAfter!, 0.5)
        XCTAssertClose(portfolio.after.constraint!, 1.0 / 3)
        XCTAssertEqual(portfolio.before.betweenness, 0)
        // Each step's before is the previous step's after.
        XCTAssertEqual(portfolio.steps[1].pick.effect.constraintBefore, portfolio.steps[0].pick.effect.constraintAfter)
        XCTAssertEqual(portfolio.steps[1].pick.effect.betweennessBefore, portfolio.steps[0].pick.effect.betweennessAfter)
    }

    /// F — A — B: the only candidate, B, is already 2 hops away, tied to F's one partner
    /// (constraint rises from 1 to (1/2 + 1/2·1/2)² + (1/2 + 1/2·1/2)² = 9/8), reaches
    /// nobody new and gives F no path: every part of its score is 0, so the portfolio stops
    /// without a pick and says so.
    func testPortfolioStopsWhenNothingImproves() {
        var graph = CollaborationGraph()
        for id in ["F", "A", "B"] { graph.addActor(Actor(id: id)) }
        graph.addTie(from: "F", to: "A")
        graph.addTie(from: "A", to: "B")
        let portfolio = TiePortfolio.choose(graph: graph, view: graph.view(), groups: ActorGroups(graph: graph, attribute: "sector"),
                                            weighted: false, focus: 0, size: 2)
        XCTAssertEqual(portfolio.candidateCount, 1)
        XCTAssertEqual(portfolio.picks, [])
        XCTAssertTrue(portfolio.stoppedWithoutGain)
        XCTAssertEqual(portfolio.after, portfolio.before)
    }

    /// Every pick, step effect and the combined before → after against NetworkX.
    func testAgainstNetworkX() throws {
        let folder = TestSupport.path("Tests/Fixtures/reference/portfolio")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 8)
        var steps = 0
        for file in files {
            guard case .object(let fields) = try JSONValue.parse(contentsOf: folder + "/" + file) else { return XCTFail(file) }
            let fixture = Fields(fields)
            let graph = try TestSupport.load(fixture.string("graph"))
            let view = graph.view(ViewOptions(directed: fixture.bool("directed")))
            let focus = Int(graph.index(of: fixture.string("focus"))!)
            let groups = ActorGroups(graph: graph, attribute: fixture.string("group_attribute"))
            let portfolio = TiePortfolio.choose(graph: graph, view: view, groups: groups, weighted: fixture.bool("weighted"),
                                                focus: focus, size: Int(fixture.number("size")!))
            XCTAssertEqual(portfolio.candidateCount, Int(fixture.number("candidates")!), file)
            XCTAssertEqual(portfolio.stoppedWithoutGain, fixture.bool("stopped_without_gain"), file)
            XCTAssertClose(portfolio.addedWeight, fixture.number("added_weight")!, file)
            check(portfolio.before, fixture.object("before"), "\(file) before")
            check(portfolio.after, fixture.object("after"), "\(file) after")
            let expected = fixture.array("steps")
            XCTAssertEqual(portfolio.picks.map { graph.actors[$0].id }, expected.map { Fields($0).string("pick") }, file)
            for (step, value) in zip(portfolio.steps, expected) {
                let reference = Fields(value), label = "\(file) step → \(reference.string("pick"))"
                let effect = step.pick.effect
                XCTAssertClose(step.pick.score, reference.number("score")!, label)
                let before = reference.object("before"), after = reference.object("after")
                if let c = before.number("constraint") { XCTAssertClose(effect.constraintBefore!, c, label) }
                if let e = before.number("effective_size") { XCTAssertClose(effect.effectiveSizeBefore!, e, label) }
                XCTAssertClose(effect.constraintAfter!, after.number("constraint")!, label)
                XCTAssertClose(effect.effectiveSizeAfter!, after.number("effective_size")!, label)
                XCTAssertClose(effect.betweennessBefore, before.number("betweenness")!, absolute: 1e-12, label)
                XCTAssertClose(effect.betweennessAfter!, after.number("betweenness")!, absolute: 1e-12, label)
                XCTAssertEqual(effect.deltaReach, Int(reference.number("newly_reached")!), label)
                XCTAssertEqual(effect.newGroups.count, Int(reference.number("new_groups")!), label)
                XCTAssertEqual(step.equalScores.map { graph.actors[$0].id }, reference.array("equal_scores").map(Fields.text), label)
                steps += 1
            }
        }
        XCTAssertGreaterThan(steps, 20)
    }

    /// On east-london, a three-tie portfolio for each of the three best-connected anchors:
    /// no two picks are interchangeable, that is, at the step where the earlier one was
    /// chosen, the later one's measured effect differs from it on at least one stated
    /// measure (constraint, effective size, actors reached, groups reached, betweenness).
    func testEastLondonPortfoliosHaveNoInterchangeablePicks() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        let context = try AnalysisContext(graph: graph, name: "east-london",
                                          settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3)))
        let view = context.view, groups = context.groups!
        XCTAssertEqual(context.focus.actors.count, 3)
        for focus in context.focus.actors.map(Int.init) {
            let portfolio = TiePortfolio.choose(context: context, focus: focus, size: 3)
            XCTAssertEqual(portfolio.picks.count, 3)
            for i in 0 ..< 3 {
                let earlier = view.adding(ties: portfolio.picks.prefix(i).map { (focus, $0, 1.0) })
                let reach = FocusReach(view: earlier, focus: focus, maxHops: 2)
                let evaluator = TieEvaluator(view: earlier, focus: focus, weighted: false, reach: reach, groups: groups)
                for j in (i + 1) ..< 3 {
                    let pair = evaluator.evaluate([portfolio.picks[i], portfolio.picks[j]])
                    let same = abs(pair[0].deltaConstraint - pair[1].deltaConstraint) <= 1e-12
                        && abs(pair[0].deltaEffectiveSize - pair[1].deltaEffectiveSize) <= 1e-12
                        && pair[0].newlyReached == pair[1].newlyReached && pair[0].newGroups == pair[1].newGroups
                        && abs(pair[0].deltaBetweenness! - pair[1].deltaBetweenness!) <= 1e-12
                    XCTAssertFalse(same, "\(graph.actors[focus].id): picks \(i + 1) and \(j + 1) are interchangeable")
                }
            }
        }
    }

    private func check(_ position: FocusPosition, _ reference: Fields, _ label: String) {
        XCTAssertEqual(position.partners, Int(reference.number("partners")!), label)
        if let c = reference.number("constraint") { XCTAssertClose(position.constraint!, c, label) } else { XCTAssertNil(position.constraint, label) }
        if let e = reference.number("effective_size") { XCTAssertClose(position.effectiveSize!, e, label) }
        XCTAssertEqual(position.reach, Int(reference.number("reach")!), label)
        XCTAssertEqual(position.groupsReached, Int(reference.number("groups_reached")!), label)
        XCTAssertClose(position.betweenness, reference.number("betweenness")!, absolute: 1e-12, label)
    }
}

/// Reading fixture JSON objects by field name.
struct Fields {
    let pairs: [(String, JSONValue)]
    init(_ pairs: [(String, JSONValue)]) { self.pairs = pairs }
    init(_ value: JSONValue) {
        if case .object(let pairs) = value { self.pairs = pairs } else { self.pairs = [] }
    }
    func value(_ name: String) -> JSONValue? { pairs.first { $0.0 == name }?.1 }
    func number(_ name: String) -> Double? { if case .number(let x)? = value(name) { x } else { nil } }
    func string(_ name: String) -> String { Fields.text(value(name) ?? .null) }
    func bool(_ name: String) -> Bool { if case .bool(let b)? = value(name) { b } else { false } }
    func object(_ name: String) -> Fields { Fields(value(name) ?? .null) }
    func array(_ name: String) -> [JSONValue] { if case .array(let a)? = value(name) { a } else { [] } }
    static func text(_ value: JSONValue) -> String { if case .string(let s) = value { s } else { "" } }
}
