import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Small cases whose answers are derived by hand in the comments.
final class BrokerageHandTests: XCTestCase {
    func view(_ n: Int, _ ties: [(Int, Int, Double)], directed: Bool) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                  weights: ties.map { $0.2 }, directed: directed)
    }

    // MARK: Structural holes

    /// Burt's weighted triangle with a pendant (the case that catches NetworkX's sparse
    /// shortcut, which divides by the third actor's strongest tie):
    ///
    ///        b
    ///     1 / \ 2
    ///      a---c---d
    ///        3   1
    ///
    /// totals a 4, b 3, c 6, d 1; strongest a 3, b 2, c 3, d 1.
    /// e(a) = (1 − p_ac m_bc) + (1 − p_ab m_cb) = (1 − 3/4 · 2/2) + (1 − 1/4 · 2/3) = 1/4 + 5/6 = 13/12
    ///   (the shortcut: (1 − 3/4 · 2/3) + (1 − 1/4 · 2/2) = 1.25);
    /// e(c) = (1 − p_cb m_ab) + (1 − p_ca m_ba) + 1 = (1 − 2/6 · 1/3) + (1 − 3/6 · 1/2) + 1 = 95/36.
    /// ℓ(a, b) = (1/4 + 3/4 · 2/6)² = 1/4, ℓ(a, c) = (3/4 + 1/4 · 2/3)² = 121/144, c(a) = 157/144.
    /// hierarchy(a): ratios ℓ/(C/2) = 72/157 and 242/157, h = Σ r ln r / (2 ln 2).
    func testWeightedTriangleFollowsBurtNotTheShortcut() {
        let g = view(4, [(0, 1, 1), (0, 2, 3), (1, 2, 2), (2, 3, 1)], directed: false)
        let holes = StructuralHoles(view: g, weighted: true)
        let a = holes.measures(of: 0), c = holes.measures(of: 2)
        XCTAssertEqual(a.effectiveSize!, 13.0 / 12, accuracy: 1e-12)
        XCTAssertNotEqual(a.effectiveSize!, 1.25, accuracy: 1e-3)
        XCTAssertEqual(c.effectiveSize!, 95.0 / 36, accuracy: 1e-12)
        XCTAssertEqual(a.efficiency!, 13.0 / 24, accuracy: 1e-12)
        XCTAssertEqual(a.constraint!, 157.0 / 144, accuracy: 1e-12)
        let r1 = 72.0 / 157, r2 = 242.0 / 157
        XCTAssertEqual(a.hierarchy!, (r1 * log(r1) + r2 * log(r2)) / (2 * log(2)), accuracy: 1e-12)
        // d has one partner: constraint (1 + 0)² = 1, effective size 1, no hierarchy.
        let d = holes.measures(of: 3)
        XCTAssertEqual(d.constraint, 1)
        XCTAssertEqual(d.effectiveSize, 1)
        XCTAssertNil(d.hierarchy)
    }

    /// Unweighted, the same graph follows Borgatti: e = n − 2t/n. a: n 2, t 1 → 1;
    /// c: n 3, t 1 → 3 − 2/3.
    func testUnweightedIsBorgatti() {
        let g = view(4, [(0, 1, 1), (0, 2, 3), (1, 2, 2), (2, 3, 1)], directed: false)
        let holes = StructuralHoles(view: g, weighted: false)
        XCTAssertEqual(holes.measures(of: 0).effectiveSize!, 1, accuracy: 1e-12)
        XCTAssertEqual(holes.measures(of: 2).effectiveSize!, 3 - 2.0 / 3, accuracy: 1e-12)
    }

    /// A star 0–{1,2,3}: no partners tied, so e(0) = 3, efficiency 1, constraint
    /// 3 · (1/3)² = 1/3, hierarchy 0 (all local constraints equal); the holes are all
    /// three pairs of leaves. An isolate (4) has no measures.
    func testStarHolesAndIsolate() {
        let g = view(5, [(0, 1, 1), (0, 2, 1), (0, 3, 1)], directed: false)
        let holes = StructuralHoles(view: g, weighted: false)
        let hub = holes.measures(of: 0)
        XCTAssertEqual(hub.effectiveSize, 3)
        XCTAssertEqual(hub.efficiency, 1)
        XCTAssertEqual(hub.constraint!, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(hub.hierarchy!, 0, accuracy: 1e-15)
        XCTAssertEqual(holes.holes(around: 0), [PartnerPair(first: 1, second: 2), PartnerPair(first: 1, second: 3),
                                                PartnerPair(first: 2, second: 3)])
        XCTAssertEqual(holes.measures(of: 4), .isolate)
        XCTAssertEqual(holes.allMeasures()[4], .isolate)
        // Closing 1–2 removes that hole.
        let closed = StructuralHoles(view: view(5, [(0, 1, 1), (0, 2, 1), (0, 3, 1), (2, 1, 1)], directed: false), weighted: false)
        XCTAssertEqual(closed.holes(around: 0), [PartnerPair(first: 1, second: 3), PartnerPair(first: 2, second: 3)])
    }

    /// Directed: 0 → 1 only. Unweighted mutual weights are 1 each way; 1 has in-ties but no
    /// out-ties, where NetworkX's per-actor path says NaN; Burt's formula gives
    /// constraint 1 and effective size 1.
    func testSinkActorIsDefined() {
        let holes = StructuralHoles(view: view(2, [(0, 1, 1)], directed: true), weighted: false)
        XCTAssertEqual(holes.measures(of: 1).constraint, 1)
        XCTAssertEqual(holes.measures(of: 1).effectiveSize, 1)
    }

    // MARK: Gould–Fernandez roles

    /// One open two-path i → b → k (0 → 1 → 2) classified by every group pattern.
    func testEachRoleOnOneTwoPath() {
        let g = view(3, [(0, 1, 1), (1, 2, 1)], directed: true)
        func broker(_ labels: [String]) -> BrokerageRoleCounts {
            GouldFernandez.roleCounts(view: g, groups: ActorGroups(labels: labels))[1]
        }
        XCTAssertEqual(broker(["x", "x", "x"]), BrokerageRoleCounts(coordinator: 1))
        XCTAssertEqual(broker(["x", "y", "x"]), BrokerageRoleCounts(itinerant: 1))
        XCTAssertEqual(broker(["x", "x", "y"]), BrokerageRoleCounts(representative: 1))
        XCTAssertEqual(broker(["x", "y", "y"]), BrokerageRoleCounts(gatekeeper: 1))
        XCTAssertEqual(broker(["x", "y", "z"]), BrokerageRoleCounts(liaison: 1))
        // Ends and a closed path broker nothing: with 0 → 2 added, nothing is open.
        XCTAssertEqual(GouldFernandez.roleCounts(view: g, groups: ActorGroups(labels: ["x", "x", "x"]))[0], BrokerageRoleCounts())
        let closed = view(3, [(0, 1, 1), (1, 2, 1), (0, 2, 1)], directed: true)
        XCTAssertEqual(GouldFernandez.roleCounts(view: closed, groups: ActorGroups(labels: ["x", "y", "z"]))[1].total, 0)
        // Only i → k closes the path: with 2 → 0 instead, 0 → 1 → 2 stays open (and 1 → 2 → 0 is open,
        // brokered by 2; 2 → 0 → 1 is open, brokered by 0).
        let cycle = view(3, [(0, 1, 1), (1, 2, 1), (2, 0, 1)], directed: true)
        XCTAssertEqual(GouldFernandez.roleCounts(view: cycle, groups: ActorGroups(labels: ["x", "x", "x"])).map(\.total), [1, 1, 1])
    }

    /// Undirected: the path x – x – y counts both ways round for the middle actor:
    /// 0 → 1 → 2 (representative) and 2 → 1 → 0 (gatekeeper).
    func testUndirectedCountsBothDirections() {
        let g = view(3, [(0, 1, 1), (1, 2, 1)], directed: false)
        let counts = GouldFernandez.roleCounts(view: g, groups: ActorGroups(labels: ["x", "x", "y"]))
        XCTAssertEqual(counts[1], BrokerageRoleCounts(representative: 1, gatekeeper: 1))
        XCTAssertEqual(counts[1].total, 2)
    }

    /// The worked example of REFERENCE-VALUES.md: A→B, A→C, B→C, B→D, C→D, D→A; groups
    /// {A, B} and {C, D}. Rows [w_I, w_O, b_IO, b_OI, b_O, t]: A [0,1,0,1,0,2],
    /// B [0,0,1,0,0,1], C [0,0,0,1,0,1], D [0,1,1,0,0,2].
    ///
    /// Baseline: N 4, m 6, d = 6/12 = 1/2, q = d²(1−d) = 1/8, r = d³(1−d)³ = 1/64; both
    /// groups have 2 actors.
    /// - coordinator: E = q·1·0 = 0, V = 0 → no z-score;
    /// - itinerant: E = q·2·1 = 1/4, V = (1/4)(7/8) + 2·2·1·0·r = 7/32; A: z = (3/4)/√(7/32);
    /// - representative: E = q·2·1 = 1/4, V = 7/32 + 2[1·C(2,2) + 2·C(1,2)]/64 = 7/32 + 1/32 = 1/4;
    ///   B: z = (3/4)/(1/2) = 3/2;
    /// - liaison: E = q(2² − 2²) = 0, V = 4·2·C(0, 2)·r = 0 → no z-score;
    /// - total: E = q·3·2 = 3/4, V = (3/4)(7/8) + 2·3·2·1/64 = 21/32 + 6/32 = 27/32; A: z = (5/4)/√(27/32).
    func testWorkedExampleCountsAndZScores() {
        let g = view(4, [(0, 1, 1), (0, 2, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1), (3, 0, 1)], directed: true)
        let groups = ActorGroups(labels: ["1", "1", "2", "2"])
        let counts = GouldFernandez.roleCounts(view: g, groups: groups)
        let rows = counts.map { c in [c.coordinator, c.itinerant, c.representative, c.gatekeeper, c.liaison, c.total] }
        XCTAssertEqual(rows, [[0, 1, 0, 1, 0, 2], [0, 0, 1, 0, 0, 1], [0, 0, 0, 1, 0, 1], [0, 1, 1, 0, 0, 2]])
        let baseline = GouldFernandez.baseline(view: g, groups: groups)
        XCTAssertEqual(baseline.density, 0.5)
        let zA = baseline.zScores(counts[0], group: 0)
        XCTAssertNil(zA.coordinator)
        XCTAssertNil(zA.liaison)
        XCTAssertEqual(zA.itinerant!, 0.75 / (7.0 / 32).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(zA.total!, 1.25 / (27.0 / 32).squareRoot(), accuracy: 1e-12)
        let zB = baseline.zScores(counts[1], group: 0)
        XCTAssertEqual(zB.representative!, 1.5, accuracy: 1e-12)
        XCTAssertEqual(baseline.expected[0].representative!, 0.25, accuracy: 1e-15)
        XCTAssertEqual(baseline.variance[0].representative!, 0.25, accuracy: 1e-15)
        XCTAssertEqual(baseline.standardDeviations(group: 0).representative!, 0.5, accuracy: 1e-15)
    }

    /// With no ties, d = 0 and every variance is 0: no z-scores at all (never ±∞ or NaN).
    func testZeroVarianceGivesNoZScore() {
        let g = view(3, [], directed: true)
        let groups = ActorGroups(labels: ["x", "y", "x"])
        let baseline = GouldFernandez.baseline(view: g, groups: groups)
        XCTAssertEqual(baseline.zScores(BrokerageRoleCounts(), group: 0), .undefined)
        XCTAssertNil(GouldFernandez.baseline(view: view(1, [], directed: false), groups: ActorGroups(labels: ["x"])).density)
    }

    /// Actors lacking the attribute form one group "not given", in order of first appearance.
    func testMissingAttributeGroup() {
        let groups = ActorGroups(labels: ["x", nil, "y", nil])
        XCTAssertEqual(groups.names, ["x", "not given", "y"])
        XCTAssertEqual(groups.groupOf, [0, 1, 2, 1])
        XCTAssertEqual(groups.sizes, [1, 2, 1])
    }

    // MARK: Bridges and cut points

    /// A chain 0 – 1 – … – (n−1) long enough to overflow a recursive DFS: every tie a
    /// bridge (and a local bridge of no span), every inner actor i a cut point that cuts
    /// off min(i, n−1−i) actors.
    func testLongChain() {
        let n = 100_000
        let g = view(n, (0 ..< n - 1).map { ($0, $0 + 1, 1) }, directed: false)
        let cuts = Bridges.structure(of: g)
        XCTAssertEqual(cuts.bridges.count, n - 1)
        XCTAssertEqual(cuts.bridges.first, TiePair(0, 1))
        XCTAssertEqual(cuts.cutPoints.count, n - 2)
        for point in cuts.cutPoints {
            XCTAssertEqual(point.pieces, 2)
            XCTAssertEqual(point.cutOff, min(point.actor, n - 1 - point.actor))
        }
        let local = Bridges.localBridges(of: view(50, (0 ..< 49).map { ($0, $0 + 1, 1) }, directed: false))
        XCTAssertEqual(local.count, 49)
        XCTAssertTrue(local.allSatisfy { $0.span == nil })
    }

    /// Star: hub 0, leaves 1…6. Six bridges; the hub is the only cut point: 6 pieces of
    /// one actor, 5 cut off from the largest.
    func testStar() {
        let g = view(7, (1 ... 6).map { (0, $0, 1) }, directed: false)
        let cuts = Bridges.structure(of: g)
        XCTAssertEqual(cuts.bridges, (1 ... 6).map { TiePair(0, $0) })
        XCTAssertEqual(cuts.cutPoints, [CutPoint(actor: 0, componentSize: 7, pieces: 6, largestPiece: 1, cutOff: 5)])
    }

    /// Barbell: K4 {0,1,2,3} – 4 – 5 – K4 {6,7,8,9} (path 3–4–5–6).
    ///
    ///     0 1         7 8
    ///     |X|-3-4-5-6-|X|
    ///     2           9
    ///
    /// Bridges 3–4, 4–5, 5–6; cut points 3 (pieces 3 and 6: cuts off 3), 4 (4 and 5: 4),
    /// 5 (5 and 4: 4), 6 (6 and 3: 3). Inside the K4s every tie has common partners.
    func testBarbell() {
        var ties: [(Int, Int, Double)] = []
        for block in [0, 6] {
            for a in 0 ..< 4 { for b in (a + 1) ..< 4 { ties.append((block + a, block + b, 1)) } }
        }
        ties += [(3, 4, 1), (4, 5, 1), (5, 6, 1)]
        let cuts = Bridges.structure(of: view(10, ties, directed: false))
        XCTAssertEqual(cuts.bridges, [TiePair(3, 4), TiePair(4, 5), TiePair(5, 6)])
        XCTAssertEqual(cuts.cutPoints.map(\.actor), [3, 4, 5, 6])
        XCTAssertEqual(cuts.cutPoints.map(\.cutOff), [3, 4, 4, 3])
        XCTAssertEqual(cuts.cutPoints.map(\.largestPiece), [6, 5, 5, 6])
    }

    /// A 6-cycle: no bridges, no cut points, every tie a local bridge of span 5. A 4-cycle
    /// with a chord 0–2: 0–1, 1–2, 2–3, 3–0 have a common partner; the chord 0–2 too.
    func testCyclesLocalBridges() {
        let ring = view(6, (0 ..< 6).map { ($0, ($0 + 1) % 6, 1) }, directed: false)
        XCTAssertEqual(Bridges.structure(of: ring), NetworkCuts(bridges: [], cutPoints: []))
        let local = Bridges.localBridges(of: ring)
        XCTAssertEqual(local.count, 6)
        XCTAssertTrue(local.allSatisfy { $0.span == 5 })
        let chorded = view(4, [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 0, 1), (0, 2, 1)], directed: false)
        XCTAssertTrue(Bridges.localBridges(of: chorded).isEmpty)
    }

    // MARK: Group mixing

    /// Groups A = {0, 1}, B = {2, 3}, C = {4}; ties 0–1, 0–2, 1–3, 2–3, 3–4:
    ///
    ///     A: 0 — 1        internal A 1, B 1, C 0; A–B 2, B–C 1
    ///        |   |        E–I: A (2 − 1)/3 = 1/3, B (3 − 1)/4 = 1/2, C (1 − 0)/1 = 1
    ///     B: 2 — 3 — 4 :C network: E 3, I 2 → 1/5
    func testMixingAndEIIndex() {
        let g = view(5, [(0, 1, 1), (0, 2, 2), (1, 3, 1), (2, 3, 1), (3, 4, 4)], directed: false)
        let groups = ActorGroups(labels: ["A", "A", "B", "B", "C"])
        let mixing = GroupMixing(view: g, groups: groups)
        XCTAssertEqual(mixing.tieCounts, [1, 2, 0, 2, 1, 1, 0, 1, 0])
        XCTAssertEqual(mixing.weight(from: 0, to: 1), 3)
        XCTAssertEqual(mixing.density(from: 0, to: 1), 0.5)
        XCTAssertEqual(mixing.density(from: 0, to: 0), 1)
        XCTAssertNil(mixing.density(from: 2, to: 2))
        let summaries = mixing.groupSummaries
        XCTAssertEqual(summaries[0].eiIndex!, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(summaries[1].eiIndex!, 0.5, accuracy: 1e-15)
        XCTAssertEqual(summaries[2].eiIndex!, 1, accuracy: 1e-15)
        // Weighted: A has internal 1, external 2 + 1 = 3 → (3 − 1)/4.
        XCTAssertEqual(summaries[0].weightedEIIndex!, 0.5, accuracy: 1e-15)
        XCTAssertEqual(mixing.networkSummary.eiIndex!, 0.2, accuracy: 1e-15)
        XCTAssertEqual(mixing.pairs.count, 6)
    }

    /// Directed: cell (a, b) counts arcs from a to b; a group's external ties count both ways.
    func testDirectedMixing() {
        let g = view(3, [(0, 1, 1), (1, 0, 1), (2, 0, 1)], directed: true)
        let mixing = GroupMixing(view: g, groups: ActorGroups(labels: ["A", "B", "B"]))
        XCTAssertEqual(mixing.tieCounts, [0, 1, 2, 0])
        XCTAssertEqual(mixing.groupSummaries[0].externalTies, 3)
        XCTAssertEqual(mixing.possibleTies(from: 1, to: 1), 2)
        XCTAssertEqual(mixing.networkSummary.eiIndex, 1)
    }
}
