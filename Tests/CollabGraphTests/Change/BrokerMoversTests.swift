import CollabGraph
import XCTest

/// Top risers and fallers by a brokerage score.
final class BrokerMoversTests: XCTestCase {
    /// Actors 0 … 5; actor 4 is absent from a wave, actor 5 has no score (an isolate's
    /// constraint).
    ///
    ///     actor   before  after   change
    ///     0       0.10    0.40    +0.30
    ///     1       0.50    0.20    −0.30
    ///     2       0.20    0.50    +0.30   (ties 0 on change: lower index first)
    ///     3       0.30    0.30     0      (neither)
    ///     4       —       0.90            (absent before: not compared)
    ///     5       nil     0.10            (no score: not compared)
    func testRisersAndFallers() {
        let before: [Double?] = [0.1, 0.5, 0.2, 0.3, 0, nil]
        let after: [Double?] = [0.4, 0.2, 0.5, 0.3, 0.9, 0.1]
        let present = [true, true, true, true, false, true]
        let higher = BrokerMovers(before: before, after: after, present: present, orientation: .higherIsMore, count: 5)
        XCTAssertEqual(higher.compared, 4)
        XCTAssertEqual(higher.rising.map(\.actor), [0, 2])
        XCTAssertEqual(higher.falling.map(\.actor), [1])
        XCTAssertEqual(higher.rising[0].delta, 0.4 - 0.1)
        // Constraint: a fall is a rise in brokerage.
        let lower = BrokerMovers(before: before, after: after, present: present, orientation: .lowerIsMore, count: 1)
        XCTAssertEqual(lower.rising.map(\.actor), [1])
        XCTAssertEqual(lower.falling.map(\.actor), [0])
    }
}
