import CollabGraph
import XCTest

/// Ties kept, gained, lost, Hamming and Jaccard, actors entered and left: hand-drawn waves.
final class WaveComparisonTests: XCTestCase {
    private func view(_ n: Int, _ ties: [(Int32, Int32)], directed: Bool = false) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map(\.0), targets: ties.map(\.1),
                  weights: Array(repeating: 1, count: ties.count), directed: directed)
    }

    /// Undirected, actors a b c d e (0 … 4):
    ///
    ///     wave 1:  a — b — c     d   e        ties {ab, bc}
    ///     wave 2:  a — b   c — d   e          ties {ab, ac, cd}
    ///               \_____/
    ///
    /// N11 = |{ab}| = 1, N01 = |{ac, cd}| = 2, N10 = |{bc}| = 1;
    /// Hamming = N01 + N10 = 3; Jaccard = N11 / (N01 + N10 + N11) = 1/4 = 0.25 < 0.3.
    /// Present: wave 1 {a, b, c}, wave 2 {a, b, c, d}: d entered, nobody left, e absent
    /// in both; 3 stayed.
    func testUndirectedHandCase() {
        let before = view(5, [(0, 1), (1, 2)])
        let after = view(5, [(1, 0), (0, 2), (2, 3), (0, 2)])   // a repeated record is one tie
        let change = WaveComparison(before: before, after: after)
        XCTAssertEqual(change.ties.kept, 1)
        XCTAssertEqual(change.ties.gainedTies, [ActorPair(0, 2), ActorPair(2, 3)])
        XCTAssertEqual(change.ties.lostTies, [ActorPair(1, 2)])
        XCTAssertEqual(change.ties.hamming, 3)
        XCTAssertEqual(change.ties.jaccard, 0.25)
        XCTAssertTrue(change.ties.isBelowStabilityThreshold)
        XCTAssertEqual(change.actors.entered, [3])
        XCTAssertEqual(change.actors.left, [])
        XCTAssertEqual(change.actors.stayed, 3)
        XCTAssertEqual(change.actors.presentBefore, 3)
        XCTAssertEqual(change.actors.presentAfter, 4)
    }

    /// Directed, arcs: wave 1 {a→b, b→a, b→c}, wave 2 {a→b, c→b}.
    ///
    ///     wave 1:  a ⇄ b → c          wave 2:  a → b ← c
    ///
    /// Arcs are the tie variables: N11 = |{a→b}| = 1, N01 = |{c→b}| = 1,
    /// N10 = |{b→a, b→c}| = 2; Hamming 3, Jaccard 1/4. The same three actors are present
    /// in both waves.
    func testDirectedHandCaseCountsArcs() {
        let before = view(3, [(0, 1), (1, 0), (1, 2)], directed: true)
        let after = view(3, [(0, 1), (2, 1)], directed: true)
        let change = WaveComparison(before: before, after: after)
        XCTAssertEqual(change.ties.kept, 1)
        XCTAssertEqual(change.ties.gainedTies, [ActorPair(2, 1)])
        XCTAssertEqual(change.ties.lostTies, [ActorPair(1, 0), ActorPair(1, 2)])
        XCTAssertEqual(change.ties.hamming, 3)
        XCTAssertEqual(change.ties.jaccard, 0.25)
        XCTAssertEqual(change.actors.entered, [])
        XCTAssertEqual(change.actors.left, [])
        XCTAssertEqual(change.actors.stayed, 3)
    }

    /// The same ties read undirected: wave 1 {ab, bc}, wave 2 {ab, bc} — nothing changed,
    /// J = 1 (the reversal c→b of b→c is the same pair).
    func testUndirectedReadingOfTheDirectedCase() {
        let before = view(3, [(0, 1), (1, 0), (1, 2)], directed: true).undirected
        let after = view(3, [(0, 1), (2, 1)], directed: true).undirected
        let change = WaveComparison(before: before, after: after)
        XCTAssertEqual(change.ties.kept, 2)
        XCTAssertEqual(change.ties.hamming, 0)
        XCTAssertEqual(change.ties.jaccard, 1)
        XCTAssertFalse(change.ties.isBelowStabilityThreshold)
    }

    /// No tie in either wave: Jaccard undefined; a self-loop alone is no presence.
    ///
    ///     wave 1: a ↺ (self-loop)     wave 2: b — c
    ///
    /// Then: N11 = 0, N01 = 1, N10 = 0: J = 0; b and c entered; a never present.
    func testEmptyWavesAndSelfLoops() {
        let empty = WaveComparison(before: view(3, []), after: view(3, []))
        XCTAssertNil(empty.ties.jaccard)
        XCTAssertFalse(empty.ties.isBelowStabilityThreshold)
        let change = WaveComparison(before: view(3, [(0, 0)]), after: view(3, [(1, 2)]))
        XCTAssertEqual(change.ties.jaccard, 0)
        XCTAssertEqual(change.actors.entered, [1, 2])
        XCTAssertEqual(change.actors.presentBefore, 0)
    }

    /// Seeded random waves: the merge equals a set computation.
    func testMergeEqualsSetDifference() {
        var random = SplitMix64(seed: 24)
        for directed in [false, true] {
            for _ in 0 ..< 20 {
                let n = 2 + random.below(30)
                func randomTies() -> [(Int32, Int32)] {
                    (0 ..< random.below(3 * n)).map { _ in (Int32(random.below(n)), Int32(random.below(n))) }
                }
                let a = randomTies(), b = randomTies()
                func set(_ ties: [(Int32, Int32)]) -> Set<ActorPair> {
                    Set(ties.filter { $0.0 != $0.1 }.map { directed ? ActorPair($0.0, $0.1) : ActorPair(min($0.0, $0.1), max($0.0, $0.1)) })
                }
                let sa = set(a), sb = set(b)
                let change = WaveComparison(before: view(n, a, directed: directed), after: view(n, b, directed: directed))
                XCTAssertEqual(change.ties.kept, sa.intersection(sb).count)
                XCTAssertEqual(change.ties.gainedTies, sb.subtracting(sa).sorted())
                XCTAssertEqual(change.ties.lostTies, sa.subtracting(sb).sorted())
            }
        }
    }
}
