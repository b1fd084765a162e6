import CollabGraph
import XCTest

/// A scenario's changes that cannot be applied fail with a typed reason, the change's
/// position and its origin (never a message to parse back apart).
final class ScenarioTests: XCTestCase {
    /// A, B, C with no ties. Removing B, then adding A–B: B is gone (change 1). Merging B
    /// into A, removing A, then adding B–C: B went with A. Merging B into A, then A into B:
    /// already one actor. Merging C into B, then adding B–C: a self-tie.
    func testReasonsAreTyped() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "C"] { graph.addActor(Actor(id: id)) }

        let removed = Scenario(changes: [.remove(1), .add(0, 1)], origins: ["--remove B", "x:y.csv line 3"])
        XCTAssertThrowsError(try removed.apply(to: graph)) { error in
            let error = error as? ScenarioError
            XCTAssertEqual(error?.reason, .removedEarlier(actor: "B", mergedInto: nil))
            XCTAssertEqual(error?.change, 1)
            XCTAssertEqual(error?.origin, "x:y.csv line 3")
            // The reason stands alone, whatever the origin holds (a ':' in a file name).
            XCTAssertEqual(error?.reasonDescription, "'B' was removed by an earlier change")
            XCTAssertEqual(error?.description, "x:y.csv line 3: 'B' was removed by an earlier change")
        }

        let mergedThenRemoved = Scenario(changes: [.merge(1, into: 0), .remove(0), .add(1, 2)])
        XCTAssertThrowsError(try mergedThenRemoved.apply(to: graph)) { error in
            XCTAssertEqual((error as? ScenarioError)?.reason, .removedEarlier(actor: "B", mergedInto: "A"))
            XCTAssertEqual((error as? ScenarioError)?.reasonDescription, "'B' was removed by an earlier change (merged into 'A')")
        }

        XCTAssertThrowsError(try Scenario(changes: [.merge(1, into: 0), .merge(0, into: 1)]).apply(to: graph)) { error in
            XCTAssertEqual((error as? ScenarioError)?.reason, .alreadyOneActor("B", "A"))
            XCTAssertEqual((error as? ScenarioError)?.change, 1)
        }

        XCTAssertThrowsError(try Scenario(changes: [.merge(2, into: 1), .add(1, 2)]).apply(to: graph)) { error in
            XCTAssertEqual((error as? ScenarioError)?.reason, .selfTie)
            XCTAssertEqual((error as? ScenarioError)?.description, "change: a tie needs two different actors")
        }

        // Changes that can be applied give no error.
        let outcome = try Scenario(changes: [.merge(2, into: 1), .add(0, 1)]).apply(to: graph)
        XCTAssertEqual(outcome.graph.actors.map(\.id), ["A", "B"])
        XCTAssertEqual(outcome.addedTies, 1)
    }
}
