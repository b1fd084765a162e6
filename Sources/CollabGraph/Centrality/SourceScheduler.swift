import Foundation
import Synchronization

/// A progress callback: `(done, total)` units of work, called from worker threads one call
/// at a time (serialised), so it may print without its own lock.
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int) -> Void

/// Runs a per-source computation over all sources on several threads, with results that do
/// not depend on the number of threads.
///
/// The sources are cut into fixed chunks of `chunkSize` consecutive sources — the partition
/// depends only on the number of sources, never on the worker count. Each chunk's
/// contributions are summed into a zeroed per-chunk accumulator (`Sums`), in source order,
/// and the chunk accumulators are merged into the total in chunk order 0, 1, 2, … by
/// `merge`. Every floating-point sum is therefore the same expression, evaluated in the same
/// order, whether one worker or a hundred did the work: `--threads 1` and `--threads N` give
/// identical bits.
///
/// Workers claim chunks in increasing order as they become free (so uneven chunks balance).
/// A chunk finished ahead of its turn waits in a small pool (at most two accumulators per
/// worker) until the chunks before it are merged; whoever finishes the chunk whose turn it is
/// merges it and every waiting successor. Each worker also owns one traversal `Workspace`,
/// created once on its own thread (so it never crosses threads and need not be `Sendable`).
/// The accumulators do cross threads (a chunk's is merged by whoever merges it), so `Sums`
/// is `Sendable` (memory in ``SharedBuffer``s, one chunk's at a time). Nothing is allocated
/// per source; per chunk, only the O(n) merge.
enum SourceScheduler {
    /// Sources per chunk for the one-search-per-source measures.
    static let chunkSize = 32

    /// The number of worker threads to use for `work` units (1 for small inputs).
    static func threadCount(requested: Int?, work: Int) -> Int {
        let available = max(1, requested ?? ProcessInfo.processInfo.activeProcessorCount)
        return max(1, min(available, work))
    }

    /// Runs `visit(workspace, sums, chunk)` for every chunk of `0 ..< sources`, then
    /// `merge(sums)` for every chunk in chunk order (one call at a time); `merge` must add the
    /// chunk's sums into the caller's totals and leave `sums` zeroed for reuse.
    static func run<Workspace, Sums: Sendable>(
        sources: Int,
        chunkSize: Int = SourceScheduler.chunkSize,
        threads: Int,
        progress: ProgressHandler?,
        makeWorkspace: @escaping @Sendable () -> Workspace,
        makeSums: @escaping @Sendable () -> Sums,
        visit: @escaping @Sendable (Workspace, Sums, Range<Int>) -> Void,
        merge: @escaping @Sendable (Sums) -> Void
    ) {
        let chunks = (sources + chunkSize - 1) / chunkSize
        guard chunks > 0 else { progress?(0, 0); return }
        let workers = max(1, min(threads, chunks))
        let meter = ProgressMeter(total: sources, progress: progress)
        let merger = OrderedMerger(chunks: chunks, limit: 2 * workers, makeSums: makeSums, merge: merge)
        WorkerThreads.run(workers) { _ in
            let workspace = makeWorkspace()
            while true {
                let sums = merger.acquire()
                guard let chunk = merger.claim() else { merger.release(sums); break }
                let start = chunk * chunkSize
                let end = min(sources, start + chunkSize)
                visit(workspace, sums, start ..< end)
                meter.add(end - start)
                merger.finish(chunk, sums)
            }
        }
    }
}

/// Hands out chunks in increasing order and merges their accumulators in chunk order.
///
/// A worker takes an accumulator (``acquire()``) *before* claiming a chunk, so the chunk
/// whose turn it is to be merged always has one and the pool can never block it. The pool's
/// size is counted by a semaphore (one permit per accumulator that may exist); the rest of
/// the state is under a `Mutex`.
final class OrderedMerger<Sums: Sendable>: Sendable {
    private struct State {
        var nextChunk = 0
        var nextMerge = 0
        var free: [Sums] = []
        var waiting: [Int: Sums] = [:]
        var merging = false
    }
    private let state = Mutex(State())
    /// Permits for accumulators not in use by a worker (free or not yet created).
    private let permits: DispatchSemaphore
    private let chunks: Int
    private let makeSums: @Sendable () -> Sums
    private let merge: @Sendable (Sums) -> Void

    init(chunks: Int, limit: Int, makeSums: @escaping @Sendable () -> Sums, merge: @escaping @Sendable (Sums) -> Void) {
        self.chunks = chunks
        permits = DispatchSemaphore(value: max(1, limit))
        self.makeSums = makeSums
        self.merge = merge
    }

    /// A zeroed accumulator: a free one, a new one while fewer than `limit` exist, or the
    /// next one freed by a merge.
    func acquire() -> Sums {
        permits.wait()
        return state.withLock { $0.free.popLast() } ?? makeSums()
    }

    /// The next chunk to compute, or nil when all are claimed.
    func claim() -> Int? {
        state.withLock { state in
            guard state.nextChunk < chunks else { return nil }
            state.nextChunk += 1
            return state.nextChunk - 1
        }
    }

    /// Returns an unused accumulator to the pool.
    func release(_ sums: Sums) {
        state.withLock { $0.free.append(sums) }
        permits.signal()
    }

    /// Records `chunk` as computed; merges it and every waiting successor if it is its turn.
    func finish(_ chunk: Int, _ sums: Sums) {
        var next: Sums? = state.withLock { state in
            state.waiting[chunk] = sums
            guard !state.merging else { return nil }
            guard let next = state.waiting.removeValue(forKey: state.nextMerge) else { return nil }
            state.merging = true
            return next
        }
        while let sums = next {
            merge(sums)
            next = state.withLock { state in
                state.free.append(sums)
                state.nextMerge += 1
                if let following = state.waiting.removeValue(forKey: state.nextMerge) { return following }
                state.merging = false
                return nil
            }
            permits.signal()
        }
    }
}

/// Counts finished sources across workers and reports them, one call at a time.
final class ProgressMeter: Sendable {
    private let done = Mutex(0)
    private let total: Int
    private let progress: ProgressHandler?

    init(total: Int, progress: ProgressHandler?) {
        self.total = total
        self.progress = progress
        progress?(0, total)
    }

    func add(_ count: Int) {
        guard let progress else { return }
        done.withLock { done in
            done += count
            progress(done, total)
        }
    }
}
