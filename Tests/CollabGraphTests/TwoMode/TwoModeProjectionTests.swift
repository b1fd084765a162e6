import CollabGraph
import XCTest

final class TwoModeProjectionTests: XCTestCase {
    /// The box (x, y ∈ P, Q; z ∈ Q; |P| = 2, |Q| = 3), onto the actors:
    /// - count: x–y 2, x–z 1, y–z 1;
    /// - newman: x–y 1/(2 − 1) + 1/(3 − 1) = 1.5, x–z and y–z 1/2;
    /// - jaccard: x–y 2/2 = 1, x–z 1/2, y–z 1/2.
    /// Onto the networks: P–Q share x and y: count 2, newman 1/1 + 1/1 = 2, jaccard 2/3.
    func testBoxByHand() throws {
        let g = try TwoModeGraph(TwoModeGraphs.box)
        let count = TwoModeProjection(g, onto: .actor, weighting: .count)
        XCTAssertEqual(count.sources, [0, 0, 1])
        XCTAssertEqual(count.targets, [1, 2, 2])
        XCTAssertEqual(count.weights, [2, 1, 1])
        XCTAssertEqual(TwoModeProjection(g, onto: .actor, weighting: .newman).weights, [1.5, 0.5, 0.5])
        XCTAssertEqual(TwoModeProjection(g, onto: .actor, weighting: .jaccard).weights, [1, 0.5, 0.5])
        let networks = TwoModeProjection(g, onto: .network, weighting: .count)
        XCTAssertEqual(networks.sources, [3])
        XCTAssertEqual(networks.targets, [4])
        XCTAssertEqual(networks.weights, [2])
        XCTAssertEqual(TwoModeProjection(g, onto: .network, weighting: .newman).weights, [2])
        XCTAssertClose(TwoModeProjection(g, onto: .network, weighting: .jaccard).weights[0], 2.0 / 3)
    }

    /// The Newman projection of the actors is the co-membership view the model already
    /// builds (`MembershipMode.coMembership(.newman)`), tie for tie.
    func testMatchesTheModelsCoMembershipView() throws {
        let model = TwoModeGraphs.random(actors: 20, networks: 12, p: 0.2, seed: 3)
        let g = try TwoModeGraph(model)
        for (weighting, viewWeighting) in [(TwoModeProjection.Weighting.count, CoMembershipWeighting.sharedNetworks),
                                           (.newman, .newman)] {
            let p = TwoModeProjection(g, onto: .actor, weighting: weighting)
            let view = model.view(ViewOptions(memberships: .coMembership(viewWeighting), includeTies: false))
            XCTAssertEqual(p.sources.count, view.tieCount)
            for k in p.sources.indices {
                let u = Int(g.modelIndex[Int(p.sources[k])]), v = g.modelIndex[Int(p.targets[k])]
                XCTAssertClose(view.outgoing.weight(from: u, to: v) ?? -1, p.weights[k])
            }
        }
    }
}

final class NetworkCompositionTests: XCTestCase {
    /// The box by kind (categories anchor, sme: K = 2): P = {x, y} both sme → Blau 0,
    /// IQV 0; Q = {x, y, z}: shares 2/3, 1/3 → Blau 1 − 4/9 − 1/9 = 4/9, IQV (4/9)/(1/2) = 8/9.
    func testBoxByKind() throws {
        let model = TwoModeGraphs.box
        let c = NetworkComposition(try TwoModeGraph(model), model: model, attribute: "kind")
        XCTAssertEqual(c.categories, ["anchor", "sme"])
        XCTAssertEqual(Array(c.counts(ofNetwork: 0)), [0, 2])
        XCTAssertEqual(Array(c.counts(ofNetwork: 1)), [1, 2])
        XCTAssertEqual(c.blau[0], 0)
        XCTAssertEqual(c.iqv[0], 0)
        XCTAssertClose(c.blau[1]!, 4.0 / 9)
        XCTAssertClose(c.iqv[1]!, 8.0 / 9)
        XCTAssertEqual(c.missing, [0, 0])
    }

    /// Members without a value are counted apart; a network with none valued has no index;
    /// one category in all gives no IQV.
    func testMissingValues() throws {
        let model = TwoModeGraphs.box
        let c = NetworkComposition(try TwoModeGraph(model), model: model, attribute: "sector")
        XCTAssertEqual(c.categories, [])
        XCTAssertEqual(c.missing, [2, 3])
        XCTAssertEqual(c.blau, [nil, nil])
        let one = TwoModeGraphs.make(actors: [("a", "sme"), ("b", "sme")], memberships: [("a", "N"), ("b", "N")])
        let d = NetworkComposition(try TwoModeGraph(one), model: one, attribute: "kind")
        XCTAssertEqual(d.blau, [0])
        XCTAssertEqual(d.iqv, [nil])
    }
}

final class InterlocksTests: XCTestCase {
    /// Three boards; ann sits on A and B, bob on A, B and C, cat on C only:
    ///
    ///     A ─ ann ─ B          A–B share ann and bob; A–C and B–C share bob.
    ///     A ─ bob ─ B ─ … ─ C
    func testThroughWhom() throws {
        let model = TwoModeGraphs.make(actors: [("ann", ""), ("bob", ""), ("cat", "")],
                                       memberships: [("ann", "A"), ("ann", "B"), ("bob", "A"), ("bob", "B"), ("bob", "C"), ("cat", "C")])
        let g = try TwoModeGraph(model)
        let i = Interlocks(g)
        XCTAssertEqual(i.count, 3)
        XCTAssertEqual(i.first, [3, 3, 4])
        XCTAssertEqual(i.second, [4, 5, 5])
        XCTAssertEqual(i.shared, [2, 1, 1])
        XCTAssertEqual(Array(i.members(ofPair: 0)), [0, 1])
        XCTAssertEqual(Array(i.members(ofPair: 2)), [1])
        XCTAssertEqual(i.throughCount, [1, 3, 0])
        let strong = Interlocks(g, minimumShared: 2)
        XCTAssertEqual(strong.count, 1)
        XCTAssertEqual(strong.throughCount, [1, 1, 0])
        // `shared` is the count projection onto the networks.
        XCTAssertEqual(TwoModeProjection(g, onto: .network, weighting: .count).weights.map(Int.init), i.shared)
    }
}

final class ActorSpreadTests: XCTestCase {
    /// The box with P (digital) and Q (care): x and y are in both (2 sectors, shares 1/2
    /// each → Blau 1/2) and meet 2 others; z is in Q only (1 sector, Blau 0) and meets x, y.
    func testBoxBySector() throws {
        let model = TwoModeGraphs.box
        let s = ActorSpread(try TwoModeGraph(model), model: model, networkAttribute: "sector")
        XCTAssertEqual(s.networks, [2, 2, 1])
        XCTAssertEqual(s.share, [1, 1, 0.5])
        XCTAssertEqual(s.coMembers, [2, 2, 2])
        XCTAssertEqual(s.categories, [2, 2, 1])
        XCTAssertEqual(s.blau, [0.5, 0.5, 0])
        let plain = ActorSpread(try TwoModeGraph(model), model: model)
        XCTAssertEqual(plain.blau, [nil, nil, nil])
        XCTAssertEqual(plain.categories, [0, 0, 0])
    }
}
