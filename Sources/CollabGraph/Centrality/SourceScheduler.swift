import Foundation

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
/// created once. Nothing is allocated per source; per chunk, only the O(n) merge.
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
    static func run<Workspace: Sendable, Sums: Sendable>(
        sources: Int,
        chunkSize: Int = SourceScheduler.chunkSize,
        threads: Int,
        progress: ProgressHandler?,
        makeWorkspace: () -> Workspace,
        makeSums: @escaping @Sendable () -> Sums,
        visit: @escaping @Sendable (Workspace, Sums, Range<Int>) -> Void,
        merge: @escaping @Sendable (Sums) -> Void
    ) {
        let chunks = (sources + chunkSize - 1) / chunkSize
        guard chunks > 0 else { progress?(0, 0); return }
        let workers = max(1, min(threads, chunks))
        let workspaces = (0 ..< workers).map { _ in makeWorkspace() }
        let meter = ProgressMeter(total: sources, progress: progress)
        let merger = OrderedMerger(chunks: chunks, limit: 2 * workers, makeSums: makeSums, merge: merge)
        WorkerThreads.run(workers) { worker in
            let workspace = workspaces[worker]
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
/// whose turn it is to be merged always has one and the pool can never block it.
final class OrderedMerger<Sums>: @unchecked Sendable {
    private let condition = NSCondition()
    private let chunks: Int
    private let limit: Int
    private let makeSums: () -> Sums
    private let merge: (Sums) -> Void
    private var nextChunk = 0
    private var nextMerge = 0
    private var created = 0
    private var free: [Sums] = []
    private var waiting: [Int: Sums] = [:]
    private var merging = false

    init(chunks: Int, limit: Int, makeSums: @escaping () -> Sums, merge: @escaping (Sums) -> Void) {
        self.chunks = chunks
        self.limit = max(1, limit)
        self.makeSums = makeSums
        self.merge = merge
    }

    /// A zeroed accumulator: a free one, a new one while fewer than `limit` exist, or the
    /// next one freed by a merge.
    func acquire() -> Sums {
        condition.lock()
        while free.isEmpty && created >= limit { condition.wait() }
        if let sums = free.popLast() { condition.unlock(); return sums }
        created += 1
        condition.unlock()
        return makeSums()
    }

    /// The next chunk to compute, or nil when all are claimed.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard nextChunk < chunks else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }

    /// Returns an unused accumulator to the pool.
    func release(_ sums: Sums) {
        condition.lock()
        free.append(sums)
        condition.broadcast()
        condition.unlock()
    }

    /// Records `chunk` as computed; merges it and every waiting successor if it is its turn.
    func finish(_ chunk: Int, _ sums: Sums) {
        condition.lock()
        waiting[chunk] = sums
        if merging { condition.unlock(); return }
        merging = true
        while let next = waiting.removeValue(forKey: nextMerge) {
            condition.unlock()
            merge(next)
            condition.lock()
            free.append(next)
            nextMerge += 1
            condition.broadcast()
        }
        merging = false
        condition.unlock()
    }
}

/// Counts finished sources across workers and reports them, one call at a time.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let progress: ProgressHandler?

    init(total: Int, progress: ProgressHandler?) {
        self.total = total
        self.progress = progress
        progress?(0, total)
    }

    func add(_ count: Int) {
        guard let progress else { return }
        lock.lock()
        defer { lock.unlock() }
        done += count
        progress(done, total)
    }
}
