import CollabGraph
import XCTest

final class TwoModeGraphTests: XCTestCase {
    func testModesComeFromRolesAndNodesAreDense() throws {
        let model = TwoModeGraphs.box
        let g = try TwoModeGraph(model)
        XCTAssertEqual(g.actorCount, 3)
        XCTAssertEqual(g.networkCount, 2)
        XCTAssertEqual(g.edgeCount, 5)
        XCTAssertEqual(g.modelIndex.map { model.actors[Int($0)].id }, ["x", "y", "z", "P", "Q"])
        XCTAssertEqual(g.mode(of: 2), .actor)
        XCTAssertEqual(g.mode(of: 3), .network)
        // 5 memberships of 3 × 2 possible.
        XCTAssertEqual(g.density, 5.0 / 6.0)
        XCTAssertFalse(g.isWeighted)
        XCTAssertEqual(g.adjacency.weights, [Double](repeating: 1, count: 10))
    }

    func testActorsWithoutMembershipsAndEmptyNetworksAreLeftOut() throws {
        var model = TwoModeGraphs.box
        model.addActor(Actor(id: "loner", kind: "sme"))
        model.addActor(Actor(id: "empty-board", kind: "network"))
        let g = try TwoModeGraph(model)
        XCTAssertEqual(g.nodeCount, 5)
    }

    func testRepeatedPairsAreOneEdgeWithSummedWeight() throws {
        let model = TwoModeGraphs.make(actors: [("a", "sme"), ("b", "sme")],
                                       memberships: [("a", "N"), ("a", "N"), ("b", "N")], weights: ["2", "", "0.5"])
        let g = try TwoModeGraph(model)
        XCTAssertTrue(g.isWeighted)
        XCTAssertEqual(g.edgeCount, 2)
        XCTAssertEqual(g.recordCount, 3)
        // a–N: 2 + 1 (empty = 1); b–N: 0.5.
        XCTAssertEqual(g.adjacency.weight(from: 0, to: 2), 3)
        XCTAssertEqual(g.adjacency.weight(from: 1, to: 2), 0.5)
    }

    func testBadWeightIsAnError() {
        let model = TwoModeGraphs.make(actors: [("a", "sme"), ("b", "sme")],
                                       memberships: [("a", "N"), ("b", "N")], weights: ["1", "-2"])
        XCTAssertThrowsError(try TwoModeGraph(model)) { error in
            XCTAssertEqual(error as? TwoModeError, .invalidWeight(membership: 1, text: "-2"))
        }
    }

    /// An alliance that sits on a board and has members of its own:
    ///
    ///     firm ─ alliance ─ board ─ college
    ///
    /// (`alliance` is a member in record 1 and a network in record 0).
    func testMemberThatIsANetworkIsRefusedOrSplit() throws {
        let model = TwoModeGraphs.make(actors: [("firm", "sme"), ("alliance", "network"), ("college", "anchor")],
                                       memberships: [("firm", "alliance"), ("alliance", "board"), ("college", "board")])
        XCTAssertThrowsError(try TwoModeGraph(model)) { error in
            XCTAssertEqual(error as? TwoModeError, .memberIsNetwork(actor: 1, asMember: 1, asNetwork: 0))
        }
        let g = try TwoModeGraph(model, options: TwoModeOptions(nested: .split))
        XCTAssertEqual(g.nestedActors, [1])
        // Actors: firm, alliance, college; networks: alliance, board.
        XCTAssertEqual(g.modelIndex.map { model.actors[Int($0)].id }, ["firm", "alliance", "college", "alliance", "board"])
        XCTAssertEqual(g.edgeCount, 3)
        // The two alliance nodes are not joined: the member one is in the board, the
        // network one holds the firm.
        XCTAssertEqual(Array(g.adjacency.neighbours(of: 1)), [4])
        XCTAssertEqual(Array(g.adjacency.neighbours(of: 3)), [0])
    }

    func testWindowKeepsActiveMemberships() throws {
        var model = CollaborationGraph()
        for id in ["a", "b", "N", "M"] { model.addActor(Actor(id: id)) }
        model.addMembership(Membership(member: 0, network: 2, start: Day(year: 2015, month: 1, day: 1), end: Day(year: 2015, month: 12, day: 31)))
        model.addMembership(Membership(member: 1, network: 3, start: Day(year: 2017, month: 1, day: 1)))
        let g = try TwoModeGraph(model, options: TwoModeOptions(window: .at(Day(year: 2018, month: 6, day: 1))))
        XCTAssertEqual(g.modelIndex, [1, 3])
    }

    func testNoMembershipsGivesAnEmptyGraph() throws {
        let g = try TwoModeGraph(CollaborationGraph())
        XCTAssertEqual(g.nodeCount, 0)
        XCTAssertEqual(g.density, 0)
        let c = TwoModeCentralities(g)
        XCTAssertEqual(c.closeness, [])
        XCTAssertEqual(RobinsAlexanderClustering(g).value, 0)
        XCTAssertNil(TwoModeCorePeriphery(g).fit)
    }
}
