@testable import CollabGraph
import XCTest

/// The parallel loops' chunking: every index once, in order, whatever the count.
final class ParallelTests: XCTestCase {
    /// 17 items in chunks of at least 1 make 16 chunks of 2: the last would start past the
    /// end (a crash before the ranges were clamped).
    func testMapChunksCoversEveryIndexInOrder() {
        for count in 0 ... 100 {
            for minimumChunk in [1, 2, 3, 7, 64] {
                let chunks = Parallel.mapChunks(count: count, minimumChunk: minimumChunk) { Array($0) }
                XCTAssertEqual(Array(chunks.joined()), Array(0 ..< count), "count \(count), minimum \(minimumChunk)")
                XCTAssertLessThanOrEqual(chunks.count, Parallel.maximumChunks)
            }
        }
    }

    func testForEachChunkCoversEveryIndexOnce() {
        for count in [1, 17, 33, 1000] {
            var seen = [Int](repeating: 0, count: count)
            Parallel.forEachChunk(writing: &seen, minimumChunk: 1) { range, out in
                for i in range { out[i] += 1 }
            }
            XCTAssertEqual(seen, [Int](repeating: 1, count: count), "count \(count)")
        }
    }
}
