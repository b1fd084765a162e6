import Foundation

/// Parallel loops shared by the algorithm families.
enum Parallel {
    /// Splits `0 ..< count` into contiguous chunks (a few per core, each at least
    /// `minimumChunk` long) and runs `body` on each with `DispatchQueue.concurrentPerform`.
    /// Each chunk is processed by one thread, so scratch buffers allocated inside `body`
    /// are never shared; chunk boundaries depend only on `count` and the core count.
    static func forEachChunk(count: Int, minimumChunk: Int = 64, _ body: @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = max(1, min(cores * 4, (count + minimumChunk - 1) / minimumChunk))
        if chunks == 1 { body(0 ..< count); return }
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let low = chunk * size
            let high = min(count, low + size)
            if low < high { body(low ..< high) }
        }
    }
}
