import Foundation

/// Parallel loops shared by the algorithm families.
enum Parallel {
    /// Runs `body(task)` for every task in `0 ..< tasks` on up to one thread per core
    /// (``WorkerThreads``), worker k taking tasks k, k + T, k + 2T, … so the assignment is
    /// fixed and every run does the same work on the same thread.
    static func run(tasks: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard tasks > 0 else { return }
        let workers = min(tasks, max(1, ProcessInfo.processInfo.activeProcessorCount))
        WorkerThreads.run(workers) { worker in
            var task = worker
            while task < tasks { body(task); task += workers }
        }
    }

    /// The most chunks ``forEachChunk(count:minimumChunk:_:)`` makes.
    static let maximumChunks = 16

    /// Splits `0 ..< count` into contiguous chunks (at most ``maximumChunks``, each at least
    /// `minimumChunk` long) and runs `body` on each (``run(tasks:_:)``). Each chunk is
    /// processed by one thread, so scratch buffers allocated inside `body` are never
    /// shared; chunk boundaries depend only on `count` and `minimumChunk` — never on the
    /// machine's core count — so per-chunk sums merged in chunk order are the same bits
    /// everywhere.
    static func forEachChunk(count: Int, minimumChunk: Int = 64, _ body: @escaping @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunks = max(1, min(maximumChunks, (count + minimumChunk - 1) / minimumChunk))
        if chunks == 1 { body(0 ..< count); return }
        let size = (count + chunks - 1) / chunks
        run(tasks: chunks) { chunk in
            let low = chunk * size
            let high = min(count, low + size)
            if low < high { body(low ..< high) }
        }
    }
}

/// Runs `body(0)` on the calling thread and `body(1)` … `body(count − 1)` on threads of their
/// own, and returns when all have finished.
///
/// Used for the long per-worker loops instead of `DispatchQueue.concurrentPerform`: on Linux,
/// libdispatch sometimes leaves the second iteration to the calling thread once it has
/// finished the first (measured here: two workers taking exactly the time and CPU time of
/// one), which for a few long iterations means no parallelism at all. Dedicated threads
/// always run side by side; creating them costs microseconds per call, not per source.
enum WorkerThreads {
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else { body(0); return }
        let group = DispatchGroup()
        for worker in 1 ..< count {
            group.enter()
            let thread = Thread {
                body(worker)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        body(0)
        group.wait()
    }
}

