import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Sections 1–4 of the focus analysis on a graph drawn by hand.
final class FocusGapsTests: XCTestCase {
    ///         X (digital)
    ///        / \
    ///       A---B          Y (creative)---Z (creative)
    ///        \ /          /
    ///         F---------C
    ///         |
    ///         W
    ///
    /// F 0, A 1, B 2, C 3, X 4, Y 5, Z 6, W 7; F, A, B, C, W in education. K = 2.
    /// - Partners A, B, C, W: 6 pairs, only A–B tied, so 5 holes. p = 1/4; B's partners
    ///   are F, A, X, so ℓ(A) = ℓ(B) = (1/4 + 1/4·1/3)² = 1/9, ℓ(C) = ℓ(W) = 1/16:
    ///   constraint 2/9 + 1/8 = 25/72; effective size 4 − 2·1/4 = 3.5 (Borgatti's n − 2t/n).
    /// - Reach: A, B, C, W at 1; X, Y at 2; Z at 3 (beyond K).
    /// - X is reached through A and through B; Y only through C: C has one dependent, and
    ///   creative (Y reached, Z beyond) is reached through C only.
    /// - F is a cut point: without it, {A, B, X}, {C, Y, Z} and {W}; the first of the two
    ///   largest stays, so C, Y, Z and W are held on (4 = Bridges' cutOff).
    /// - Group ties: education–digital 2 (A–X, B–X), education–creative 1 (C–Y),
    ///   digital–creative none but F has no partner on either side. No relation types, no
    ///   dates, and direction not declared with no pair recorded both ways: reciprocity is
    ///   not judged, so the standard rubric rests on intensity (0.15) and embeddedness
    ///   (0.10). A–X and B–X close the triangle A–B–X (overlap 1/2, the cap):
    ///   (0.15·ln 2/ln 11 + 0.10)/0.25 ≈ 0.573, strong; C–Y (overlap 0) ≈ 0.173, weak.
    ///   Only education–creative is a gap. Declared directed, every pair scores 0 on
    ///   reciprocity as well: A–X falls to (0.15·ln 2/ln 11 + 0.10)/0.45 ≈ 0.319, weak,
    ///   and both education pairs are gaps, fewest ties first.
    func testSectionsOnAHandDrawnGraph() throws {
        var graph = CollaborationGraph()
        for (id, sector) in [("F", "education"), ("A", "education"), ("B", "education"), ("C", "education"),
                             ("X", "digital"), ("Y", "creative"), ("Z", "creative"), ("W", "education")] {
            graph.addActor(Actor(id: id, kind: id == "Y" || id == "Z" || id == "X" ? "sme" : "employer", attributes: ["sector": sector]))
        }
        for (s, t) in [("F", "A"), ("F", "B"), ("F", "C"), ("F", "W"), ("A", "B"), ("A", "X"), ("B", "X"), ("C", "Y"), ("Y", "Z")] {
            graph.addTie(from: s, to: t)
        }
        let gaps = FocusGaps.analyse(setting: try TestSupport.context(graph).gapSetting, focus: 0)
        let names = gaps.groups.names

        XCTAssertEqual(gaps.holes.partners, [1, 2, 3, 7])
        XCTAssertEqual(gaps.holes.holes.map { [$0.first, $0.second] }, [[1, 3], [1, 7], [2, 3], [2, 7], [3, 7]])
        XCTAssertEqual(gaps.holes.partnerPairs, 6)
        XCTAssertClose(gaps.holes.measures.constraint!, 25.0 / 72)
        XCTAssertClose(gaps.holes.measures.effectiveSize!, 3.5)
        XCTAssertEqual(gaps.holes.byGroupPair.map(\.holes), [5])

        XCTAssertEqual(gaps.reach.distance, [0, 1, 1, 1, 2, 2, 3, 1])
        XCTAssertEqual(gaps.reach.firstHop[4], FocusReach.several)
        XCTAssertEqual(gaps.reach.firstHop[5], 3)
        XCTAssertEqual(gaps.unreached.reachedCount, 6)
        XCTAssertEqual(gaps.unreached.beyondReach, [6])
        XCTAssertEqual(gaps.unreached.otherComponents, [])
        XCTAssertEqual(gaps.unreached.smes, [6])
        XCTAssertEqual(gaps.unreached.unreachedGroups, [])
        XCTAssertEqual(gaps.unreached.byGroup.first, UnreachedActors.Count(value: "creative", unreached: 1, total: 2))

        XCTAssertEqual(gaps.groupGaps.map { "\(names[$0.first])–\(names[$0.second]) \($0.ties)" },
                       ["education–creative 1"])
        var declared = graph
        declared.declaration.direction = .directed
        let directedGaps = FocusGaps.analyse(setting: try TestSupport.context(declared).gapSetting, focus: 0)
        XCTAssertEqual(directedGaps.groupGaps.map { "\(names[$0.first])–\(names[$0.second]) \($0.ties)" },
                       ["education–creative 1", "education–digital 2"])
        XCTAssertEqual(gaps.groupGaps[0].focusPartnersInFirst, 4)
        XCTAssertEqual(gaps.groupGaps[0].focusPartnersInSecond, 0)

        XCTAssertEqual(gaps.fragility.partnerDependence, [Fragility.PartnerDependence(partner: 3, dependents: [5])])
        XCTAssertEqual(gaps.fragility.groupDependence.map { "\(names[$0.group]) via \($0.partner)" }, ["creative via 3"])
        XCTAssertEqual(gaps.fragility.cutPoint?.cutOff, 4)
        XCTAssertEqual(gaps.fragility.heldOn, [3, 5, 6, 7])

        // Candidates (K = 2): X, Y at 2 hops and Z at 3 (= K + 1); never F or its partners.
        XCTAssertEqual(gaps.recommendations.map(\.target).sorted(), [4, 5, 6])
    }

    /// First hops on a longer chain: every actor behind a single partner depends on it.
    ///
    ///     3---1---0---2---4---5
    func testFirstHopsAlongAChain() {
        let view = GraphView(nodeCount: 6, sources: [0, 0, 1, 2, 4], targets: [1, 2, 3, 4, 5],
                             weights: [1, 1, 1, 1, 1], directed: false)
        let reach = FocusReach(view: view, focus: 0, maxHops: 2)
        XCTAssertEqual(reach.distance, [0, 1, 1, 2, 2, 3])
        XCTAssertEqual(reach.firstHop, [-1, -1, -1, 1, 2, 2])
        XCTAssertEqual(reach.reached, [1, 2, 3, 4])
        XCTAssertEqual(reach.beyondReach, [5])
    }

    /// The hop bound of the default candidates: distance 2 … K + 1, no further (for actors
    /// that are not SMEs or employers, which are candidates at any distance).
    ///
    ///     0---1---2---3---4---5      (all colleges; focus 0)
    func testCandidatesReachExactlyOneStepBeyondK() {
        var graph = CollaborationGraph()
        for i in 0 ..< 6 { graph.addActor(Actor(id: "c\(i)", kind: "college")) }
        for i in 0 ..< 5 { graph.addTie(from: "c\(i)", to: "c\(i + 1)") }
        let view = GraphView(nodeCount: 6, sources: [0, 1, 2, 3, 4], targets: [1, 2, 3, 4, 5], weights: [1, 1, 1, 1, 1], directed: false)
        for (k, expected) in [(1, [2]), (2, [2, 3]), (3, [2, 3, 4]), (4, [2, 3, 4, 5])] {
            let reach = FocusReach(view: view, focus: 0, maxHops: k)
            XCTAssertEqual(Candidates.candidates(graph: graph, reach: reach), expected, "K = \(k)")
        }
    }

    /// An isolated focus: no ego network (constraint undefined), everyone unreached, and
    /// every candidate's constraint after one tie is 1 (a single partner).
    func testIsolatedFocus() throws {
        var graph = CollaborationGraph()
        for id in ["F", "A", "B"] { graph.addActor(Actor(id: id, kind: "sme", attributes: ["sector": "x"])) }
        graph.addTie(from: "A", to: "B")
        let gaps = FocusGaps.analyse(setting: try TestSupport.context(graph).gapSetting, focus: 0)
        XCTAssertNil(gaps.holes.measures.constraint)
        XCTAssertEqual(gaps.unreached.otherComponents, [1, 2])
        XCTAssertEqual(gaps.recommendations.count, 2)
        for r in gaps.recommendations {
            XCTAssertEqual(r.effect.constraintAfter, 1)
            XCTAssertEqual(r.effect.deltaReach, 2)
        }
    }
}
