import CollabGraph
import XCTest

/// The magnet index on a hand-drawn directed graph.
final class MagnetIndexTests: XCTestCase {
    /// Anchor 0 (group 0); SMEs 1, 2, 3 (group 1); public body 4 (group 2):
    ///
    ///   1 → 0 ← 2      0 → 3      0 → 4 ← 3      1 → 2 (within SMEs: left out)
    ///
    /// Anchor vs SMEs: received 2 (1→0, 2→0), sent 1 (0→3) → (2 − 1)/3 = 1/3.
    /// Anchor vs public: received 0, sent 1 → −1. Anchor overall: (2 − 2)/4 = 0.
    /// Public vs SMEs: received 1 (3→4), sent 0 → +1. Public vs itself: nil.
    func testMagnetIndexByHand() {
        let ties = [(1, 0), (2, 0), (0, 3), (0, 4), (3, 4), (1, 2)]
        let view = GraphView(nodeCount: 5, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                             weights: [1, 1, 1, 1, 1, 1], directed: true)
        let magnet = MagnetIndex(view, groupOf: [0, 1, 1, 1, 2], groupCount: 3)
        XCTAssertEqual(magnet.index(0, from: 1)!, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(magnet.index(0, from: 2), -1)
        XCTAssertEqual(magnet.index(0), 0)
        XCTAssertEqual(magnet.index(2, from: 1), 1)
        XCTAssertNil(magnet.index(2, from: 2))
        XCTAssertEqual(magnet.received[1][1], 1)
        XCTAssertEqual(magnet.sent[0], [0, 1, 1])
        // Weighted: the anchor's tie to the SME 3 weighs 4 → (2 − 4)/6 = −1/3.
        let weighted = GraphView(nodeCount: 5, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                                 weights: [1, 1, 4, 1, 1, 1], directed: true)
        XCTAssertEqual(MagnetIndex(weighted, groupOf: [0, 1, 1, 1, 2], groupCount: 3, weighted: true).index(0, from: 1)!,
                       -1.0 / 3, accuracy: 1e-15)
    }
}
