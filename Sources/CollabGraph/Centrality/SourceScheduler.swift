import Foundation

/// A progress callback: `(done, total)` units of work, called from worker threads one call
/// at a time (serialised), so it may print without its own lock.
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int) -> Void

/// Runs a per-source computation over all sources on several threads.
///
/// Each of `threads` workers (``WorkerThreads``) owns one workspace (created once, never shared). Sources are
/// cut into blocks of 32 and dealt round-robin: worker k takes blocks k, k + T, k + 2T, …
/// The assignment is fixed, so every worker adds its sources in the same order on every
/// run and the merged sums are bit-identical from run to run (for a given thread count;
/// between thread counts they may differ in the last digit, as any re-ordered sum may).
/// Interleaving the blocks keeps the workers about equally loaded when some regions of
/// the actor order reach far more actors than others. Nothing is allocated per source.
enum SourceScheduler {
    static let blockSize = 32

    /// The number of worker threads to use for `work` units (1 for small inputs).
    static func threadCount(requested: Int?, work: Int) -> Int {
        let available = max(1, requested ?? ProcessInfo.processInfo.activeProcessorCount)
        return max(1, min(available, work))
    }

    static func run<Workspace: Sendable>(
        sources: Int,
        threads: Int,
        progress: ProgressHandler?,
        makeWorkspace: () -> Workspace,
        visit: @escaping @Sendable (Workspace, Int) -> Void
    ) -> [Workspace] {
        let blocks = (sources + blockSize - 1) / blockSize
        let workers = max(1, min(threads, blocks))
        let workspaces = (0 ..< workers).map { _ in makeWorkspace() }
        let meter = ProgressMeter(total: sources, progress: progress)
        let work = { @Sendable (worker: Int) in
            let workspace = workspaces[worker]
            var block = worker
            while block < blocks {
                let start = block * blockSize
                let end = min(sources, start + blockSize)
                for s in start ..< end { visit(workspace, s) }
                meter.add(end - start)
                block += workers
            }
        }
        WorkerThreads.run(workers, work)
        return workspaces
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

