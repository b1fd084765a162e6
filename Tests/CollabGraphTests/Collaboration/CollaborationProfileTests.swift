@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Whole-system profile, verdict thresholds at their boundaries, groups, tiers, timelines.
final class CollaborationProfileTests: XCTestCase {
    /// Strong exactly when reciprocal: reciprocity is the only component, threshold 1.
    static let twoWayRubric = try! StrengthRubric(json: JSONValue.parse(Array(#"{"name": "two-way", "components": {"reciprocity": {"weight": 1}}, "threshold": 1}"#.utf8), file: "two-way"), file: "two-way")

    static let thresholds = StrengthRubric.standard.verdict

    func testVerdictBoundaries() {
        func judge(_ largest: Double?, _ strong: Double, _ reciprocity: Double, pairs: Int = 10) -> VerdictKind {
            Verdict.judge(actorCount: 10, pairCount: pairs, largestComponentShare: largest, strongShare: strong,
                          reciprocity: reciprocity, thresholds: Self.thresholds).kind
        }
        XCTAssertEqual(judge(0.5, 0.5, 0.5), .stronglyCollaborative) // every criterion exactly at its threshold
        XCTAssertEqual(judge(0.5, 0.4999, 0.5), .weaklyCollaborative)
        XCTAssertEqual(judge(0.5, 0.5, 0.4999), .weaklyCollaborative)
        XCTAssertEqual(judge(0.4999, 1, 1), .fragmented)
        XCTAssertEqual(judge(1, 1, 1, pairs: 0), .fragmented)
        XCTAssertEqual(judge(nil, 0.5, 0.5), .stronglyCollaborative) // group pairs: no fragmentation criterion
        // Records without direction: no reciprocity criterion.
        let undirected = Verdict.judge(actorCount: 10, pairCount: 10, largestComponentShare: 1, strongShare: 0.5,
                                       reciprocity: nil, thresholds: Self.thresholds)
        XCTAssertEqual(undirected.kind, .stronglyCollaborative)
        XCTAssertEqual(undirected.criteria.map(\.name), [.largestComponentShare, .strongShare])
        let verdict = Verdict.judge(actorCount: 10, pairCount: 10, largestComponentShare: 0.9, strongShare: 0.25,
                                    reciprocity: 0.75, thresholds: Self.thresholds)
        XCTAssertEqual(verdict.criteria.map(\.name), [.largestComponentShare, .strongShare, .reciprocity])
        XCTAssertEqual(verdict.criteria.map(\.met), [true, false, true])
        XCTAssertEqual(verdict.explanation, "weakly collaborative: strong ties 25.0% (threshold 50.0%), two-way pairs 75.0% (threshold 50.0%)")
    }

    /// ```
    ///   a ⇄ b (co-design both ways)      c → d (talk)      [e isolated]
    /// ```
    /// Default rubric, no dates (duration not measured): a–b strength
    /// (0.15·ln3/ln11 + 0.2 + 0.25) / 0.9 ≈ 0.519, strong; c–d (0.15·ln2/ln11) / 0.9, weak.
    /// Without e: largest component 2/4 = 0.5, strong share 0.5, reciprocity 0.5: every
    /// criterion at its threshold, strongly collaborative. With e: 2/5 < 0.5, fragmented.
    func testVerdictOnGraphs() {
        var g = CollaborationFixtures.graph(["a", "b", "c", "d"])
        g.addTie(from: "a", to: "b", type: "co-design")
        g.addTie(from: "b", to: "a", type: "co-design")
        g.addTie(from: "c", to: "d", type: "talk")
        let table = g.tieStrengths()
        CollaborationFixtures.assertClose(table.ties[0].strength, (0.15 * log(3.0) / log(11.0) + 0.45) / 0.9)
        let profile = CollaborationProfile(table)
        XCTAssertEqual(profile.ties.strongShare, 0.5)
        XCTAssertEqual(profile.ties.reciprocity, 0.5)
        XCTAssertEqual(profile.largestComponentShare, 0.5)
        XCTAssertEqual(profile.verdict.kind, .stronglyCollaborative)
        XCTAssertEqual(profile.ties.pairsByDepth.coProduction, 1)
        XCTAssertEqual(profile.ties.pairShare(.engagement), 0.5)
        CollaborationFixtures.assertClose(profile.ties.weightShare(.coProduction), 2.0 / 3.0)
        XCTAssertEqual(profile.ties.meanMultiplexity, 1)
        g.addActor(Actor(id: "e"))
        let withIsolate = CollaborationProfile(g.tieStrengths())
        XCTAssertEqual(withIsolate.isolateCount, 1)
        XCTAssertEqual(withIsolate.componentCount, 3)
        XCTAssertEqual(withIsolate.verdict.kind, .fragmented)
    }

    /// Seeded property test: clustering by stamps agrees with triple counting.
    func testClusteringAgreesWithNaive() {
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0 ..< 15 {
            let n = 1 + next(25)
            var sources: [Int32] = [], targets: [Int32] = []
            for _ in 0 ..< next(80) { sources.append(Int32(next(n))); targets.append(Int32(next(n))) }
            let view = GraphView(nodeCount: n, sources: sources, targets: targets, weights: sources.map { _ in 1 }, directed: false)
            let members = (0 ..< n).map { _ in next(3) > 0 }
            for mask in [nil, members] {
                let fast = ClusteringCoefficients(view.partners, members: mask)
                func inside(_ u: Int) -> Bool { mask?[u] ?? true }
                func adjacent(_ u: Int, _ v: Int) -> Bool { view.partners.contains(from: u, to: Int32(v)) }
                var closed = 0, triples = 0, sum = 0.0, count = 0
                for u in 0 ..< n where inside(u) {
                    count += 1
                    let nb = (0 ..< n).filter { $0 != u && inside($0) && adjacent(u, $0) }
                    var links = 0
                    for i in nb.indices { for j in nb.indices where j > i && adjacent(nb[i], nb[j]) { links += 1 } }
                    closed += 2 * links
                    triples += nb.count * (nb.count - 1)
                    if nb.count >= 2 { sum += Double(2 * links) / Double(nb.count * (nb.count - 1)) }
                }
                CollaborationFixtures.assertClose(fast.transitivity, closed == 0 ? 0 : Double(closed) / Double(triples))
                CollaborationFixtures.assertClose(fast.averageClustering, count == 0 ? 0 : sum / Double(count))
            }
        }
    }

    /// ```
    ///   sector X: a ⇄ b        sector Y: c   d        sector Z: e     no sector: f
    ///   a → c (talk)     d → f (talk)
    /// ```
    func testGroups() {
        var g = CollaborationFixtures.graph(["a", "b", "c", "d", "e", "f"], attributes: [
            "a": ["sector": "X"], "b": ["sector": "X"], "c": ["sector": "Y"], "d": ["sector": "Y"], "e": ["sector": "Z"]])
        g.addTie(from: "a", to: "b", type: "talk")
        g.addTie(from: "b", to: "a", type: "talk")
        g.addTie(from: "a", to: "c", type: "talk")
        g.addTie(from: "d", to: "f", type: "talk")
        // No sample-size threshold here (see GroupJudgementTests for it).
        let groups = GroupProfiles(g.tieStrengths(rubric: Self.twoWayRubric), graph: g, attribute: "sector", minimumPairs: 0)
        XCTAssertEqual(groups.groups.map(\.name), ["X", "Y", "Z", "not given"])
        XCTAssertEqual(groups.groups.map(\.memberCount), [2, 2, 1, 1])
        XCTAssertEqual(groups.groups[0].profile.verdict.kind, .stronglyCollaborative)
        XCTAssertEqual(groups.groups[1].profile.ties.pairCount, 0)
        XCTAssertEqual(groups.groups[1].profile.verdict.kind, .fragmented)
        XCTAssertEqual(groups.pairs.map { "\($0.first)–\($0.second): \($0.status.rawValue)" }, [
            "X–Y: only weak ties", "X–Z: no ties", "X–not given: no ties",
            "Y–Z: no ties", "Y–not given: only weak ties", "Z–not given: no ties",
        ])
        XCTAssertEqual(groups.gaps.count, 6)
        // With the default threshold (5 pairs), none of these is judged.
        let judged = GroupProfiles(g.tieStrengths(rubric: Self.twoWayRubric), graph: g, attribute: "sector")
        XCTAssertEqual(judged.groups.map(\.judgement), [String](repeating: "too few ties to judge", count: 4))
        XCTAssertEqual(judged.pairs.filter { $0.status == .tooFewTies }.count, 2)
    }

    /// ```
    ///   local:     col ⇄ sme1      col → sme2
    ///   regional:  gla             col ⇄ gla, sme1 ⇄ gla
    ///   national:  dfe             col ⇄ dfe, gla ⇄ dfe
    /// ```
    /// Strong = reciprocal. Horizontal: col–sme1 (strong), col–sme2 (weak); vertical: col–gla,
    /// col–dfe, sme1–gla, gla–dfe (all strong). Mediators: col (1 within, 2 across) before
    /// sme1 (1, 1); gla has no strong tie within its tier.
    func testTiers() {
        var g = CollaborationFixtures.graph(["col", "sme1", "sme2", "gla", "dfe"], attributes: [
            "col": ["tier": "local"], "sme1": ["tier": "local"], "sme2": ["tier": "Local"],
            "gla": ["tier": "regional"], "dfe": ["tier": "national"]])
        for (s, t) in [("col", "sme1"), ("col", "gla"), ("sme1", "gla"), ("col", "dfe"), ("gla", "dfe")] {
            g.addTie(from: s, to: t)
            g.addTie(from: t, to: s)
        }
        g.addTie(from: "col", to: "sme2")
        let tiers = TierAnalysis(g.tieStrengths(rubric: Self.twoWayRubric), graph: g)
        XCTAssertEqual(tiers.tieredActors, 5)
        XCTAssertEqual(tiers.horizontal.pairCount, 2)
        XCTAssertEqual(tiers.horizontal.strongPairs, 1)
        XCTAssertEqual(tiers.vertical.pairCount, 4)
        XCTAssertEqual(tiers.vertical.strongPairs, 4)
        CollaborationFixtures.assertClose(tiers.horizontalShare, 2.0 / 6.0)
        XCTAssertEqual(tiers.tierPairs.map { "\($0.first)–\($0.second) \($0.ties.pairCount)" },
                       ["local–local 2", "local–regional 2", "local–national 1", "regional–national 1"])
        XCTAssertEqual(tiers.mediators.map { g.actors[Int($0.actor)].id }, ["col", "sme1"])
        XCTAssertEqual(tiers.mediators[0], TierAnalysis.Mediator(actor: 0, tier: "local", strongHorizontal: 1, strongVertical: 2, horizontal: 2, vertical: 2))
        XCTAssertEqual(TierAnalysis.rank(of: "Sub-Regional"), 1)
        XCTAssertNil(TierAnalysis.rank(of: "global"))
    }

    /// The example of ``DyadTableTests``: (a, b) one-way in 2016, two-way from 2017; (a, c) in
    /// 2018 only. Undated records count in every year.
    func testTimeline() {
        let g = DyadTableTests.example()
        let years = Timeline(graph: g, rubric: .standard, options: StrengthOptions(), granularity: .year)
        XCTAssertEqual(years.periods.map(\.label), ["2016", "2017", "2018"])
        XCTAssertEqual(years.periods.map(\.profile.ties.pairCount), [1, 1, 2])
        XCTAssertEqual(years.periods.map(\.profile.ties.reciprocity), [0, 1, 0.5])
        XCTAssertEqual(years.periods[0].end, CollaborationFixtures.day("2016-12-31"))
        let months = Timeline(graph: g, rubric: .standard, options: StrengthOptions(), granularity: .month)
        guard XCTAssertCount(months.periods, 27) else { return }
        XCTAssertEqual(months.periods.first?.label, "2016-01")
        XCTAssertEqual(months.periods.last?.label, "2018-03")
        XCTAssertEqual(months.periods[1].end, CollaborationFixtures.day("2016-02-29"))
        XCTAssertTrue(Timeline(graph: Self.undated(), rubric: .standard, options: StrengthOptions(), granularity: .year).periods.isEmpty)
    }

    static func undated() -> CollaborationGraph {
        var g = CollaborationFixtures.graph(["a", "b"])
        g.addTie(from: "a", to: "b")
        return g
    }

    /// East London: the numbers the guide quotes.
    func testEastLondon() throws {
        let g = try GraphLoader.load(CollaborationFixtures.path("Datasets/east-london"))
        let report = CollaborationReport(context: try TestSupport.context(g, name: "east-london"), groupBy: "sector", timeline: .year)
        XCTAssertEqual(report.profile.ties.pairCount, 476)
        XCTAssertEqual(report.profile.ties.reciprocalPairs, 122)
        XCTAssertEqual(report.profile.verdict.kind, .weaklyCollaborative)
        let noTies = report.groups!.pairs.filter { $0.status == .noTies }.map { "\($0.first) – \($0.second)" }
        XCTAssertEqual(noTies, ["health and social care – creative industries"]) // groups in load order
        XCTAssertEqual(report.tiers!.mediators.first.map { g.actors[Int($0.actor)].id }, "newham-college")
        XCTAssertEqual(report.timeline!.periods.map(\.label), ["2016", "2017", "2018"])
        // The JSON names the rubric and parses back.
        let json = try JSONValue.parse(Array(report.json().serialized().utf8), file: "report")
        XCTAssertEqual(json["rubric"]?["name"]?.stringValue, "default")
        XCTAssertEqual(json["profile"]?["verdict"]?["verdict"]?.stringValue, "weakly collaborative")
    }

    // MARK: - A verdict that judges only what the data supports

    /// ```
    ///   a → b (co-design)   b → c (co-design)   c → d (placement)   d → a (talk)
    /// ```
    /// One record per pair, each one way; `reciprocated` adds b → a.
    static func ring(reciprocated: Bool, declared: RecordDirection?) -> CollaborationGraph {
        // a → b weighs 3: intensity varies beside depth, so strong share is judged.
        var g = CollaborationFixtures.graph(["a", "b", "c", "d"])
        g.addTie(from: "a", to: "b", type: "co-design", weight: 3)
        g.addTie(from: "b", to: "c", type: "co-design")
        g.addTie(from: "c", to: "d", type: "placement")
        g.addTie(from: "d", to: "a", type: "talk")
        if reciprocated { g.addTie(from: "b", to: "a", type: "co-design") }
        g.declaration.direction = declared
        return g
    }

    static func report(_ g: CollaborationGraph) throws -> CollaborationReport {
        CollaborationReport(context: try TestSupport.context(g))
    }

    /// Undeclared direction and no pair recorded both ways: reciprocity is not judged (in
    /// the verdict and in tie strength), with the reason, in text and JSON.
    func testUndeclaredOneWayDataIsNotJudgedOnTwoWay() throws {
        let report = try Self.report(Self.ring(reciprocated: false, declared: nil))
        let verdict = report.profile.verdict
        XCTAssertEqual(verdict.criteria.map(\.name), [.largestComponentShare, .strongShare])
        XCTAssertEqual(verdict.notJudged, [NotJudgedCriterion(name: .reciprocity, reason: .directionNotDeclared)])
        XCTAssertFalse(report.table.measured.reciprocity)
        XCTAssertEqual(report.table.measured.reciprocityNotMeasured, .directionNotDeclared)
        XCTAssertTrue(report.table.ties.allSatisfy { $0.scores.reciprocity == nil })
        XCTAssertTrue(verdict.explanation.hasSuffix("; two-way pairs not judged (direction not declared)"), verdict.explanation)
        let text = report.text()
        XCTAssertTrue(text.contains("[not judged]  reciprocity"), text)
        XCTAssertTrue(text.contains("two-way pairs      not judged: direction not declared"), text)
        let json = try JSONValue.parse(Array(report.json().serialized().utf8), file: "report")
        let v = json["profile"]?["verdict"]
        XCTAssertEqual(v?["not_measured"]?.arrayValue?.compactMap(\.stringValue), ["reciprocity"])
        XCTAssertEqual(v?["not_measured_reason"]?["reciprocity"]?.stringValue, "direction_not_declared")
        XCTAssertEqual(json["omitted_reasons"]?["reciprocity"]?.stringValue, "direction_not_declared")
    }

    /// Undeclared, but one pair has records both ways: the data shows direction, so
    /// two-way is judged (1 of 4 pairs, 25%, not met).
    func testUndeclaredDataWithAReciprocatedPairIsJudged() throws {
        let report = try Self.report(Self.ring(reciprocated: true, declared: nil))
        let verdict = report.profile.verdict
        XCTAssertTrue(verdict.notJudged.isEmpty)
        let twoWay = try XCTUnwrap(verdict.criterion(.reciprocity))
        XCTAssertEqual(twoWay.value, 0.25)
        XCTAssertFalse(twoWay.met)
        XCTAssertEqual(verdict.kind, .weaklyCollaborative)
        XCTAssertTrue(report.table.measured.reciprocity)
    }

    /// Declared directed: one-way data is judged, 0%, not met, and the verdict says so.
    func testDeclaredDirectedOneWayDataGetsZero() throws {
        let report = try Self.report(Self.ring(reciprocated: false, declared: .directed))
        let twoWay = try XCTUnwrap(report.profile.verdict.criterion(.reciprocity))
        XCTAssertEqual(twoWay.value, 0)
        XCTAssertFalse(twoWay.met)
        XCTAssertTrue(report.profile.verdict.notJudged.isEmpty)
        XCTAssertEqual(report.profile.verdict.kind, .weaklyCollaborative)
        XCTAssertTrue(report.text().contains("[not met]  reciprocity"), report.text())
        // The same data given --directed on the command line: judged too.
        let given = CollaborationReport(context: try TestSupport.context(Self.ring(reciprocated: false, declared: nil),
                                                                        settings: AnalysisSettings(direction: .directed)))
        XCTAssertEqual(given.profile.verdict.criterion(.reciprocity)?.value, 0)
    }

    /// Timeline periods count the actors of the tie network: a project known only from
    /// memberships is not an isolate of every year. a–b–c dated 2017 and project p with
    /// members a, b: the 2017 profile has 3 actors, all in one component (not 3 of 4).
    func testTimelineLeavesMembershipOnlyNetworksOut() throws {
        var g = CollaborationFixtures.graph(["a", "b", "c", "p"])
        let start = CollaborationFixtures.day("2017-03-01"), end = CollaborationFixtures.day("2017-09-30")
        g.addTie(from: "a", to: "b", type: "co-design", start: start, end: end)
        g.addTie(from: "b", to: "c", type: "co-design", start: start, end: end)
        g.addMembership(Membership(member: 0, network: 3))
        g.addMembership(Membership(member: 1, network: 3))
        let report = CollaborationReport(context: try TestSupport.context(g), timeline: .year)
        let period = try XCTUnwrap(report.timeline?.periods.first)
        XCTAssertEqual(period.profile.actorCount, 3)
        XCTAssertEqual(period.profile.largestComponentShare, 1)
        XCTAssertEqual(report.profile.actorCount, 3)
    }

    /// A criterion not judged counts neither for nor against: with reciprocity not judged
    /// the verdict rests on connection and strong share. Declared undirected says why.
    func testNotJudgedCriterionLeavesTheVerdictToTheOthers() {
        let strong = Verdict.judge(actorCount: 10, pairCount: 10, largestComponentShare: 1, strongShare: 0.6,
                                   reciprocity: nil, reciprocityNotJudged: .directionNotDeclared, thresholds: Self.thresholds)
        XCTAssertEqual(strong.kind, .stronglyCollaborative)
        XCTAssertEqual(strong.explanation, "strongly collaborative: strong ties 60.0% (threshold 50.0%); two-way pairs not judged (direction not declared)")
        let weak = Verdict.judge(actorCount: 10, pairCount: 10, largestComponentShare: 1, strongShare: 0.4,
                                 reciprocity: nil, reciprocityNotJudged: .recordsUndirected, thresholds: Self.thresholds)
        XCTAssertEqual(weak.kind, .weaklyCollaborative)
        XCTAssertEqual(weak.notJudged, [NotJudgedCriterion(name: .reciprocity, reason: .recordsUndirected)])
        XCTAssertEqual(weak.explanation, "weakly collaborative: strong ties 40.0% (threshold 50.0%); two-way pairs not judged (the records carry no direction)")
    }

    /// ```
    ///   a ─ b        a, b, c a triangle; c ─ d a tail
    ///    \ /
    ///     c ─ d
    /// ```
    /// As a bare `source,target` list (direction not declared, no pair both ways): every
    /// pair one record of weight 1, so intensity is the same on every pair and only
    /// embeddedness varies (a–b, b–c, a–c share a partner; c–d none). Strong share is not
    /// judged, reciprocity is not judged, and the verdict rests on connection alone:
    /// weakly collaborative, limited.
    func testBareListLeavesStrongShareNotJudged() throws {
        let graph = try GraphLoader.load(TestSupport.folder(["edges.csv": "source,target\na,b\nb,c\na,c\nc,d\n"]) + "/edges.csv")
        let context = try TestSupport.context(graph)
        let table = context.tieStrengths
        XCTAssertEqual(table.varyingComponents, [.embeddedness])
        XCTAssertEqual(table.strengthNotJudged, .tooFewStrengthComponents)
        let verdict = CollaborationProfile(table).verdict
        XCTAssertEqual(verdict.criteria.map(\.name), [.largestComponentShare])
        XCTAssertEqual(verdict.notJudged, [NotJudgedCriterion(name: .strongShare, reason: .tooFewStrengthComponents),
                                           NotJudgedCriterion(name: .reciprocity, reason: .directionNotDeclared)])
        XCTAssertEqual(verdict.kind, .weaklyCollaborative)
        XCTAssertTrue(verdict.restsOnConnectionAlone)
        XCTAssertEqual(verdict.explanation, "weakly collaborative, limited: no criterion on the ties themselves could be judged, so the verdict says only "
                       + "that the actors are connected (the largest component holds 100.0% of the actors), not that they collaborate weakly; "
                       + "strong ties not judged (too few tie-strength components measured); two-way pairs not judged (direction not declared)")
    }

    /// The same pairs with weights 5, 1, 1, 2: intensity varies too, so strong share is
    /// judged. Strength (0.15·ln(1 + w)/ln 11 + 0.10·min(1, overlap/0.5)) / 0.25:
    /// a–b (w 5, overlap 1) 0.848, b–c and a–c (w 1, overlap ½) 0.573, strong; c–d (w 2,
    /// overlap 0) 0.275, weak. Strong share 3/4 ≥ ½ and reciprocity not judged: strongly
    /// collaborative, resting on connection and strong ties.
    func testWeightedListJudgesStrongShare() throws {
        let graph = try GraphLoader.load(TestSupport.folder(["edges.csv": "source,target,weight\na,b,5\nb,c,1\na,c,1\nc,d,2\n"]) + "/edges.csv")
        let table = try TestSupport.context(graph).tieStrengths
        XCTAssertEqual(table.varyingComponents, [.intensity, .embeddedness])
        XCTAssertNil(table.strengthNotJudged)
        let strengths = table.ties.map(\.strength)
        let intensity = { (w: Double) in log(1 + w) / log(11.0) }
        for (strength, expected) in zip(strengths, [(0.15 * intensity(5) + 0.10) / 0.25, (0.15 * intensity(1) + 0.10) / 0.25,
                                                    (0.15 * intensity(1) + 0.10) / 0.25, 0.15 * intensity(2) / 0.25]) {
            CollaborationFixtures.assertClose(strength, expected)
        }
        let verdict = CollaborationProfile(table).verdict
        XCTAssertEqual(verdict.criterion(.strongShare)?.value, 0.75)
        XCTAssertEqual(verdict.notJudged.map(\.name), [.reciprocity])
        XCTAssertEqual(verdict.kind, .stronglyCollaborative)
        XCTAssertFalse(verdict.restsOnConnectionAlone)
    }

    /// A rubric that weighs one component on purpose (strong exactly when two-way) asks for
    /// one: strong share is judged when that component varies.
    func testOneComponentRubricIsJudgedOnThatComponent() throws {
        let graph = try GraphLoader.load(TestSupport.folder(["edges.csv": "source,target\na,b\nb,a\nc,d\n"]) + "/edges.csv")
        let table = graph.tieStrengths(rubric: Self.twoWayRubric)
        XCTAssertEqual(table.varyingComponents, [.reciprocity])
        XCTAssertNil(table.strengthNotJudged)
    }

    /// Strong share not judged but reciprocity judged: a tie criterion remains, so the
    /// verdict may be strongly collaborative; with neither, never; fragmented stays so.
    func testStrongShareNotJudgedInTheVerdictRule() {
        func judge(_ largest: Double, reciprocity: Double?) -> Verdict {
            Verdict.judge(actorCount: 10, pairCount: 10, largestComponentShare: largest, strongShare: 0.9,
                          strongShareNotJudged: .tooFewStrengthComponents, reciprocity: reciprocity, thresholds: Self.thresholds)
        }
        XCTAssertEqual(judge(1, reciprocity: 0.6).kind, .stronglyCollaborative)
        XCTAssertEqual(judge(1, reciprocity: 0.6).criteria.map(\.name), [.largestComponentShare, .reciprocity])
        XCTAssertFalse(judge(1, reciprocity: 0.6).restsOnConnectionAlone)
        XCTAssertEqual(judge(1, reciprocity: 0.4).kind, .weaklyCollaborative)
        XCTAssertEqual(judge(1, reciprocity: nil).kind, .weaklyCollaborative)
        XCTAssertTrue(judge(1, reciprocity: nil).restsOnConnectionAlone)
        XCTAssertEqual(judge(0.4, reciprocity: nil).kind, .fragmented)
        XCTAssertFalse(judge(0.4, reciprocity: nil).restsOnConnectionAlone)
    }
}
