@testable import CollabGraph
import XCTest

/// The shared breadth-first search: the one-shot form and the reusable workspace
/// (``BreadthFirstSearch``) with its hop bound, incremental searches and `admit` test.
///
///     0 ── 1 ── 2 ── 3        5 ── 6      7
///          │         │
///          └── 4 ────┘
///
/// From 0: d = 0, 1, 2, 3, 2 for actors 0–4 (4 is reached through 1; 3 through 2 and 4
/// alike, both at distance 2); 5, 6, 7 are not reached.
final class BreadthFirstTests: XCTestCase {
    private func rows(_ n: Int, _ ties: [(Int32, Int32)]) -> CompressedAdjacency {
        CompressedAdjacency(nodeCount: n, sources: ties.map(\.0) + ties.map(\.1), targets: ties.map(\.1) + ties.map(\.0),
                            weights: [Double](repeating: 1, count: 2 * ties.count))
    }

    private var example: CompressedAdjacency { rows(8, [(0, 1), (1, 2), (2, 3), (1, 4), (4, 3), (5, 6)]) }

    func testOneShotDistances() {
        XCTAssertEqual(example.hopDistances(from: [0]), [0, 1, 2, 3, 2, -1, -1, -1])
        XCTAssertEqual(example.hopDistances(from: [0, 6]), [0, 1, 2, 3, 2, 1, 0, -1])
        // Only through actors other than 4: 3 is then 3 hops away, through 2.
        XCTAssertEqual(example.hopDistances(from: [0], member: { $0 != 4 }), [0, 1, 2, 3, -1, -1, -1, -1])
    }

    func testBoundedSearchVisitsTheBallAndResetsOnlyWhatItTouched() {
        var search = BreadthFirstSearch(nodeCount: 8)
        let ball = search.run(from: [0], in: example, maxHops: 2)
        XCTAssertEqual(Array(search.visited[ball]), [0, 1, 2, 4], "3 is 3 hops away")
        XCTAssertEqual(search.distance, [0, 1, 2, -1, 2, -1, -1, -1])
        search.reset()
        XCTAssertEqual(search.distance, [Int32](repeating: -1, count: 8))
        XCTAssertEqual(search.visited, [])
        let radiusZero = search.run(from: [3], in: example, maxHops: 0)
        XCTAssertEqual(Array(search.visited[radiusZero]), [3])
        search.reset()
        let radiusOne = search.run(from: [3], in: example, maxHops: 1)
        XCTAssertEqual(Array(search.visited[radiusOne]), [3, 2, 4])
    }

    func testIncrementalSearchesLabelThePiecesLeftByRemovingAnActor() {
        // Remove 1 (visited first, not expanded): its partners 0, 2 and 4 start the pieces
        // {0} and {2, 3, 4} (4 is reached from 2 through 3, so it starts no piece of its own).
        let rows = example
        var search = BreadthFirstSearch(nodeCount: 8)
        search.run(from: [1], in: rows, maxHops: 0)
        var pieces: [[Int32]] = []
        for start in rows.neighbours(of: 1) where search.distance[Int(start)] < 0 {
            let piece = search.run(from: [start], in: rows)
            pieces.append(Array(search.visited[piece]))
        }
        XCTAssertEqual(pieces, [[0], [2, 3, 4]])
    }

    func testAdmitRestrictsTheSearchAndScanSeesEveryEntryIntoVisitedActors() {
        // Admit only actors at most 1 hop away or actor 3: 2 and 4 are at 2 hops, so 3 is never met.
        var search = BreadthFirstSearch(nodeCount: 8)
        var scanned: [(Int, Int, Bool)] = []
        search.run(from: [0], in: example, admit: { v, d in d <= 1 || v == 3 }) { entry in
            scanned.append((entry.from, entry.to, entry.discovered))
        }
        XCTAssertEqual(search.visited, [0, 1])
        // 0 → 1 (new); 1 → 0 (seen). 1 → 2 and 1 → 4 were refused, so not scanned.
        XCTAssertEqual(scanned.map(\.0), [0, 1])
        XCTAssertEqual(scanned.map(\.1), [1, 0])
        XCTAssertEqual(scanned.map(\.2), [true, false])
    }

    /// Seeded property: a reused, bounded workspace gives the one-shot distances cut at the
    /// bound, search after search, on random graphs.
    func testReusedBoundedWorkspaceMatchesOneShotSearches() {
        var random = SplitMix64(seed: 21)
        for _ in 0 ..< 20 {
            let n = 2 + random.below(60)
            var ties: [(Int32, Int32)] = []
            for _ in 0 ..< random.below(3 * n) {
                let a = Int32(random.below(n)), b = Int32(random.below(n))
                if a != b { ties.append((a, b)) }
            }
            let graph = rows(n, ties)
            var search = BreadthFirstSearch(nodeCount: n)
            for _ in 0 ..< 10 {
                let source = random.below(n), bound = random.below(5)
                search.reset()
                search.run(from: [Int32(source)], in: graph, maxHops: bound)
                let expected = graph.hopDistances(from: [Int32(source)]).map { $0 <= Int32(bound) ? $0 : -1 }
                XCTAssertEqual(search.distance, expected)
                XCTAssertEqual(Set(search.visited), Set((0 ..< n).filter { expected[$0] >= 0 }.map(Int32.init)))
            }
        }
    }

    /// The parallel fill gives every index exactly what a serial loop gives.
    func testParallelFillWritesEveryIndexOnce() {
        var filled = [Int](repeating: -1, count: 10_000)
        Parallel.forEachChunk(writing: &filled, minimumChunk: 100) { range, out in
            for i in range { out[i] = i * i }
        }
        XCTAssertEqual(filled, (0 ..< 10_000).map { $0 * $0 })
        var empty: [Int] = []
        Parallel.forEachChunk(writing: &empty) { _, _ in XCTFail("no chunk for no elements") }
    }
}
