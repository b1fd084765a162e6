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
