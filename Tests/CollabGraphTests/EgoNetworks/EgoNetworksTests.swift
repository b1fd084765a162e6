import CollabGraph
import XCTest

/// UCINET's ego-network measures on a graph derived by hand.
final class EgoNetworksTests: XCTestCase {
    /// ```
    ///   1 ─ 2
    ///    \ /
    ///     0 ─ 3 ─ 4
    /// ```
    /// Ego 0: alters {1, 2, 3}, size 3; one tie among them (1–2), counted both ways: ties 2
    /// of 3 × 2 = 6 ordered pairs, density 100 × 2/6. Untied alter pairs (1,3), (2,3):
    /// broker 2, normalised 2/3; each has one geodesic in the ego network, through 0: ego
    /// betweenness 2, normalised 100 × 2/3. Two steps reach 1, 2, 3 and 4: 4 of the 4
    /// others (100%); the alters' degrees sum to 2 + 2 + 2 = 6: reach efficiency 100 × 4/6.
    /// Burt: effective size 3 − 2 × 1/3 = 7/3; constraint, with p = 1/3 to each alter and
    /// p(2→1) = p(1→2) = 1/2: (1/3 + 1/3 × 1/2)² twice + (1/3)² = 1/2 + 1/9 = 11/18.
    /// Ego 4: one alter (3), no pairs: density, broker and betweenness undefined; reach
    /// 0 and 3's partner 0: 2 of 4 (50%), efficiency 100 × 2/2.
    func testKiteWithTail() {
        let ties: [(Int32, Int32)] = [(0, 1), (0, 2), (1, 2), (0, 3), (3, 4)]
        let view = GraphView(nodeCount: 5, sources: ties.map(\.0), targets: ties.map(\.1),
                             weights: ties.map { _ in 1 }, directed: false)
        let all = EgoNetworks.measures(view: view)
        XCTAssertEqual(all.count, 5)
        let ego = all[0]
        XCTAssertEqual(ego.size, 3)
        XCTAssertEqual(ego.ties, 2)
        XCTAssertEqual(ego.pairs, 6)
        XCTAssertClose(ego.density!, 100.0 / 3)
        XCTAssertEqual(ego.broker, 2)
        XCTAssertClose(ego.normalizedBroker!, 2.0 / 3)
        XCTAssertEqual(ego.egoBetweenness, 2)
        XCTAssertClose(ego.normalizedEgoBetweenness!, 200.0 / 3)
        XCTAssertEqual(ego.twoStepReach, 4)
        XCTAssertClose(ego.twoStepPercent!, 100)
        XCTAssertClose(ego.reachEfficiency!, 200.0 / 3)
        XCTAssertClose(ego.effectiveSize!, 7.0 / 3)
        XCTAssertClose(ego.constraint!, 11.0 / 18)

        let tail = EgoNetworks.measures(view: view, egos: [4])[0]
        XCTAssertEqual(tail, all[4])
        XCTAssertEqual(tail.size, 1)
        XCTAssertNil(tail.density)
        XCTAssertEqual(tail.twoStepReach, 2)
        XCTAssertClose(tail.twoStepPercent!, 50)
        XCTAssertClose(tail.reachEfficiency!, 100)
    }
}
