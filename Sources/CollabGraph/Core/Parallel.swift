import Foundation

/// Parallel loops shared by the algorithm families.
enum Parallel {
    /// Runs `body(task)` for every task in `0 ..< tasks` on up to one thread per core
    /// (``WorkerThreads``), worker k taking tasks k, k + T, k + 2T, … so the assignment is
    /// fixed and every run does the same work on the same thread.
    /// `threads` caps the workers (default: one per core).
    static func run(tasks: Int, threads: Int? = nil, _ body: @escaping @Sendable (Int) -> Void) {
        guard tasks > 0 else { return }
        let workers = min(tasks, max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount))
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

    /// ``forEachChunk(count:minimumChunk:_:)`` over the indices of `array`, each chunk
    /// writing the elements of its own range through the ``SharedBuffer`` it is given (and
    /// no others): the parallel form of `for i in array.indices { array[i] = f(i) }`.
    static func forEachChunk<Element: Sendable>(writing array: inout [Element], minimumChunk: Int = 64,
                                                _ body: @escaping @Sendable (Range<Int>, SharedBuffer<Element>) -> Void) {
        let count = array.count
        array.withSharedBuffer { out in forEachChunk(count: count, minimumChunk: minimumChunk) { range in body(range, out) } }
    }
}

/// Memory that the tasks of one parallel loop (``Parallel``, ``WorkerThreads``,
/// ``SourceScheduler``) share: the project's one escape from Swift's data-race checking for
/// parallel work, so that every such use follows the same rules.
///
/// The compiler cannot prove that tasks writing into one buffer touch different elements,
/// nor that the memory outlives them; this type is where the code asserts it. Use it only so:
/// 1. the memory is owned outside the loop — an array's storage inside
///    ``Swift/Array/withSharedBuffer(_:)``, or memory from ``allocate(_:)`` freed after the
///    loop — and the loop returns (joining its threads) before the owner frees or reads it;
/// 2. during the loop each element is written by at most one task, and an element one task
///    writes is not read by another (per-index or per-chunk disjoint writes — each worker's
///    own buffers, each source chunk's own sums, each row block's own scores);
/// 3. memory no task writes may be read by all of them (the CSR rows of a view).
///
/// A loop that needs anything else (a shared counter, a queue) takes a `Mutex` instead.
/// Element access compiles to a raw pointer access: no bounds check (the loops index it with
/// CSR offsets and actor ids already checked when the view was built) and no copy.
///
/// Why `@unchecked Sendable`: Swift has no checked type for "disjoint writes into shared
/// memory" — a `Mutex` would serialise the kernels, and giving each task an array of its own
/// to concatenate afterwards costs a copy of every result (and, for the searches' per-worker
/// state, an allocation per chunk). This is the only such type in the algorithms.
struct SharedBuffer<Element: Sendable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Memory for `count` elements, initialised to `value`; free it with ``deallocate()``.
    static func allocate(_ count: Int, repeating value: Element) -> SharedBuffer {
        let base = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
        return SharedBuffer(base, count: count)
    }

    /// Memory for `count` elements, not initialised (trivial element types only).
    static func allocateUninitialised(_ count: Int) -> SharedBuffer {
        SharedBuffer(.allocate(capacity: max(count, 1)), count: count)
    }

    func deallocate() { base.deallocate() }

    /// The elements as a buffer pointer (for APIs that take one, inside a task).
    var buffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    /// `body` with a buffer of no elements (an empty array may have no storage address).
    static func withEmpty<R>(_ body: (SharedBuffer) throws -> R) rethrows -> R {
        let empty = UnsafeMutablePointer<Element>.allocate(capacity: 1)
        defer { empty.deallocate() }
        return try body(SharedBuffer(empty, count: 0))
    }

    subscript(index: Int) -> Element {
        @inline(__always) unsafeAddress { UnsafePointer(base + index) }
        @inline(__always) nonmutating unsafeMutableAddress { base + index }
    }
}

extension Array where Element: Sendable {
    /// Calls `body` with this array's storage as a ``SharedBuffer`` (valid only inside `body`).
    mutating func withSharedBuffer<R>(_ body: (SharedBuffer<Element>) throws -> R) rethrows -> R {
        try withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return try SharedBuffer.withEmpty(body) }
            return try body(SharedBuffer(base, count: buffer.count))
        }
    }

    /// Calls `body` with this array's storage as a read-only ``SharedBuffer`` (rule 3).
    func withSharedReadOnlyBuffer<R>(_ body: (SharedBuffer<Element>) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return try SharedBuffer.withEmpty(body) }
            return try body(SharedBuffer(UnsafeMutablePointer(mutating: base), count: buffer.count))
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
    /// The stack of each thread started (1 MiB: the kernels' loops; ``ConcurrentPair`` asks
    /// for a main thread's 8 MiB, since it may run any analysis).
    static let defaultStackSize = 1 << 20

    static func run(_ count: Int, stackSize: Int = defaultStackSize, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else { body(0); return }
        let group = DispatchGroup()
        for worker in 1 ..< count {
            group.enter()
            let thread = Thread {
                body(worker)
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        body(0)
        group.wait()
    }
}

