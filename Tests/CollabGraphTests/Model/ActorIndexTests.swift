@testable import CollabGraph
import XCTest

/// The index by id finds every actor through its growth, refuses a second actor with the
/// same id and finds no id that was never added.
final class ActorIndexTests: XCTestCase {
    func testFindsEveryActorAndRefusesDuplicates() {
        var graph = CollaborationGraph()
        let ids = (0 ..< 5_000).map { $0 % 3 == 0 ? "\($0)" : "actor with a long name number \($0) é" }
        for (i, id) in ids.enumerated() { XCTAssertEqual(graph.addActor(Actor(id: id)), Int32(i)) }
        for (i, id) in ids.enumerated() { XCTAssertEqual(graph.index(of: id), Int32(i), id) }
        XCTAssertNil(graph.addActor(Actor(id: ids[1_234])))
        XCTAssertEqual(graph.actorCount, ids.count)
        for absent in ["", "5000", "actor with a long name number 1 e", "0 "] { XCTAssertNil(graph.index(of: absent), absent) }
        graph.reserveActors(20_000)
        XCTAssertEqual(graph.index(of: ids[4_999]), 4_999)
    }
}
