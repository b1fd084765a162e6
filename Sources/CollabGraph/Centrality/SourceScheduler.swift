import Foundation

/// A progress callback: `(done, total)` units of work, called from worker threads one call
/// at a time (serialised), so it may print without its own lock.
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int) -> Void

/// Runs a per-source computation over all sources on several threads.
///
/// Each of `threads` workers owns one workspace (created once, never shared) and claims
/// blocks of consecutive sources from a shared counter until none remain; the workspaces are
/// returned for the caller to merge. Dynamic claiming keeps both cores busy when some
/// sources reach far more actors than others. Nothing is allocated per source.
enum SourceScheduler {
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
        visit: @Sendable (Workspace, Int) -> Void
    ) -> [Workspace] {
        let workers = max(1, min(threads, max(sources, 1)))
        let workspaces = (0 ..< workers).map { _ in makeWorkspace() }
        let block = max(1, min(256, sources / (workers * 64)))
        let counter = ClaimCounter(total: sources, block: block, progress: progress)
        if workers == 1 {
            while let range = counter.claim() { for s in range { visit(workspaces[0], s) } }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let workspace = workspaces[worker]
                while let range = counter.claim() { for s in range { visit(workspace, s) } }
            }
        }
        counter.finish()
        return workspaces
    }
}

/// A locked counter handing out blocks of sources (one lock per block, not per source).
final class ClaimCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let total: Int
    private let block: Int
    private let progress: ProgressHandler?

    init(total: Int, block: Int, progress: ProgressHandler?) {
        self.total = total
        self.block = block
        self.progress = progress
    }

    func claim() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < total else { return nil }
        let start = next
        next = min(total, next + block)
        // Report the blocks handed out so far (the current one is counted when claimed).
        progress?(start, total)
        return start ..< next
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        progress?(total, total)
    }
}
