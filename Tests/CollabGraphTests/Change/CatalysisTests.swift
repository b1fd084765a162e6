import CollabGraph
import XCTest

/// Ties among a focus actor's SME partners, before and after: a hand-drawn case.
final class CatalysisTests: XCTestCase {
    /// Actors f (college), s1 s2 s3 (SMEs), e (employer), x (SME, not f's partner):
    ///
    ///     wave 1:   s1   s2           wave 2:   s1 — s2 — s3
    ///              / \  /                        \   |   /
    ///             e — f                           \  |  /
    ///                                              f  (and e — s1, x — s2)
    ///     wave 1 ties: f–s1, f–s2, f–e, s1–e
    ///     wave 2 ties: f–s1, f–s2, f–s3, s1–s2, s2–s3, e–s1, x–s2
    ///
    /// Wave 1: SME partners {s1, s2}, ties among them 0 of 1 possible pair.
    /// Wave 2: SME partners {s1, s2, s3} (x is no partner of f), ties among them s1–s2 and
    /// s2–s3 = 2 of 3 pairs: density 2/3. Gained: s1–s2, s2–s3; lost: none.
    func testHandCase() {
        // f 0, s1 1, s2 2, s3 3, e 4, x 5.
        let sme = [false, true, true, true, false, true]
        func view(_ ties: [(Int32, Int32)]) -> GraphView {
            GraphView(nodeCount: 6, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map { _ in 1 }, directed: false)
        }
        let before = view([(0, 1), (0, 2), (0, 4), (1, 4)])
        let after = view([(0, 1), (0, 2), (0, 3), (1, 2), (2, 3), (4, 1), (5, 2)])
        let change = CatalysisChange(before: before, after: after, focus: 0, eligible: sme)
        XCTAssertEqual(change.before.partners, [1, 2])
        XCTAssertEqual(change.before.tiesAmong, 0)
        XCTAssertEqual(change.before.possiblePairs, 1)
        XCTAssertEqual(change.before.density, 0)
        XCTAssertEqual(change.after.partners, [1, 2, 3])
        XCTAssertEqual(change.after.tiesAmong, 2)
        XCTAssertEqual(change.after.density!, 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(change.gained, [ActorPair(1, 2), ActorPair(2, 3)])
        XCTAssertEqual(change.lost, [])
        // The reverse transition loses both.
        let back = CatalysisChange(before: after, after: before, focus: 0, eligible: sme)
        XCTAssertEqual(back.lost, [ActorPair(1, 2), ActorPair(2, 3)])
        XCTAssertEqual(back.gained, [])
        // A directed view is read undirected: f ← s1 still makes s1 a partner.
        let directed = GraphView(nodeCount: 6, sources: [1, 0], targets: [0, 2], weights: [1, 1], directed: true)
        XCTAssertEqual(CatalysisWave(view: directed, focus: 0, eligible: sme).partners, [1, 2])
        // One partner: no pairs, density undefined.
        XCTAssertNil(CatalysisWave(view: view([(0, 1)]), focus: 0, eligible: sme).density)
    }
}
