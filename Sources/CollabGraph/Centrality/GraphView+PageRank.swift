import Foundation

/// PageRank: the long-run share of time a random walker spends at an actor when it follows
/// ties with probability α and jumps to a uniformly random actor otherwise.
///
///     x_v ← α (Σ_{u → v} x_u w_uv / W_u + Σ_{u dangling} x_u / n) + (1 − α) / n
///
/// with W_u = Σ_v w_uv the out-strength of u; a *dangling* actor (no outgoing tie) spreads
/// its share uniformly. Power iteration from x = 1/n, pulling along incoming rows of the
/// CSR (each tie read once per iteration), until the L1 change Σ|x − x_last| is below the
/// tolerance.
///
/// Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search
/// engine", Computer Networks and ISDN Systems 30, 107–117, 1998,
/// doi:10.1016/S0169-7552(98)00110-X. Matches NetworkX 3.6.1 `pagerank(G, alpha=0.85)`
/// (uniform personalisation and dangling distribution) run to full convergence.
///
/// - Complexity: O(m) per iteration; about log(tolerance)/log(α) iterations (≈ 200 for
///   α = 0.85 and 1e-14). O(n) extra memory. Large views split rows into fixed blocks shared among threads;
///   per-block sums are added in block order, so every thread count gives the same bits.
/// - Conventions: undirected views walk both ways along every tie (NetworkX's convention);
///   unweighted views give every tie weight 1; weighted ones use the summed weight.
///   Self-loops are not in views, so a self-loop neither keeps the walker nor counts in W_u
///   (the reference is computed on the same collapsed view). Scores sum to 1.
public struct PageRankOptions: Sendable, Equatable {
    /// The damping factor α (probability of following a tie).
    public var damping: Double
    /// Stop when the L1 change of one iteration is below this.
    public var tolerance: Double
    public var maxIterations: Int
    /// Follow ties in proportion to their summed weight.
    public var weighted: Bool
    /// Worker threads (default: all cores, used for large views only).
    public var threads: Int?

    public init(damping: Double = 0.85, tolerance: Double = 1e-14, maxIterations: Int = 10_000,
                weighted: Bool = false, threads: Int? = nil) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.weighted = weighted
        self.threads = threads
    }
}

/// PageRank scores and how the iteration ended.
public struct PageRankResult: Sendable, Equatable {
    /// One score per actor, summing to 1.
    public var scores: [Double]
    public var iterations: Int
    /// The L1 change of the last iteration.
    public var lastChange: Double
    public var converged: Bool
}

extension GraphView {
    /// PageRank of every actor (see ``PageRankOptions``).
    public func pageRank(_ options: PageRankOptions = PageRankOptions()) -> PageRankResult {
        let n = nodeCount
        guard n > 0 else { return PageRankResult(scores: [], iterations: 0, lastChange: 0, converged: true) }
        let alpha = options.damping
        let rows = incoming
        // 1 / W_u, or 0 for dangling actors.
        var inverseOut = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            let range = outgoing.row(u)
            let total = options.weighted ? range.reduce(0.0) { $0 + outgoing.weights[$1] } : Double(range.count)
            if total > 0 { inverseOut[u] = 1 / total }
        }
        // Row blocks of about equal numbers of entries; their number depends only on the
        // view's size, so the per-block sums are added in the same order for every worker count.
        let blockCount = min(n, rows.entryCount / 100_000 + 1)
        let buffers = PageRankBuffers(count: n, blocks: blockCount)
        defer { buffers.deallocate() }
        let x = buffers.x, share = buffers.share
        var dangling = 0.0
        for u in 0 ..< n {
            x[u] = 1 / Double(n)
            share[u] = x[u] * inverseOut[u]
            if inverseOut[u] == 0 { dangling += x[u] }
        }
        let workers = SourceScheduler.threadCount(requested: options.threads, work: blockCount)
        var blockStart = [0]
        for b in 1 ..< blockCount {
            let target = rows.entryCount * b / blockCount
            var low = blockStart.last!, high = n
            while low < high { let mid = (low + high) / 2; if rows.offsets[mid] < target { low = mid + 1 } else { high = mid } }
            blockStart.append(low)
        }
        blockStart.append(n)
        let blocks = blockStart
        var iterations = 0
        var change = Double.infinity
        let weighted = options.weighted
        withRowPointers(rows, lengths: weighted ? rows.weights : nil) { pointers in
        inverseOut.withSharedReadOnlyBuffer { inverseOut in
            while iterations < options.maxIterations && !(change < options.tolerance) {
                iterations += 1
                let base = (alpha * dangling + (1 - alpha)) / Double(n)
                // Pass 1: pull the new scores.
                let pull = { @Sendable (b: Int) in
                    for v in blocks[b] ..< blocks[b + 1] {
                        var sum = 0.0
                        if let weights = pointers.lengths {
                            for i in pointers.offsets[v] ..< pointers.offsets[v + 1] { sum += buffers.share[Int(pointers.neighbours[i])] * weights[i] }
                        } else {
                            for i in pointers.offsets[v] ..< pointers.offsets[v + 1] { sum += buffers.share[Int(pointers.neighbours[i])] }
                        }
                        buffers.next[v] = alpha * sum + base
                    }
                }
                // Pass 2: change, next shares and dangling mass (after every pull has read `share`).
                let settle = { @Sendable (b: Int) in
                    var delta = 0.0, danglingMass = 0.0
                    for v in blocks[b] ..< blocks[b + 1] {
                        delta += abs(buffers.next[v] - buffers.x[v])
                        buffers.x[v] = buffers.next[v]
                        buffers.share[v] = buffers.next[v] * inverseOut[v]
                        if inverseOut[v] == 0 { danglingMass += buffers.next[v] }
                    }
                    buffers.blockChange[b] = delta
                    buffers.blockDangling[b] = danglingMass
                }
                if workers == 1 {
                    for b in 0 ..< blockCount { pull(b) }
                    for b in 0 ..< blockCount { settle(b) }
                } else {
                    // Worker k takes blocks k, k + T, k + 2T, … (each block's sums go to its own
                    // slot, added below in block order, so the worker count never shows).
                    Parallel.run(tasks: blockCount, threads: workers, pull)
                    Parallel.run(tasks: blockCount, threads: workers, settle)
                }
                change = (0 ..< blockCount).reduce(0.0) { $0 + buffers.blockChange[$1] }
                dangling = (0 ..< blockCount).reduce(0.0) { $0 + buffers.blockDangling[$1] }
            }
        }}
        let scores = Array(UnsafeBufferPointer(start: x.base, count: n))
        return PageRankResult(scores: scores, iterations: iterations, lastChange: change,
                              converged: change < options.tolerance)
    }
}

/// Score buffers of one PageRank run, shared by the row-block workers (each writes only its
/// own rows and block slots; one slot per block, however many blocks and workers there are:
/// ``SharedBuffer`` rule 2).
struct PageRankBuffers: Sendable {
    let x: SharedBuffer<Double>
    let next: SharedBuffer<Double>
    let share: SharedBuffer<Double>
    let blockChange: SharedBuffer<Double>
    let blockDangling: SharedBuffer<Double>

    init(count: Int, blocks: Int) {
        x = .allocateUninitialised(count)
        next = .allocateUninitialised(count)
        share = .allocateUninitialised(count)
        blockChange = .allocate(blocks, repeating: 0)
        blockDangling = .allocate(blocks, repeating: 0)
    }

    func deallocate() {
        x.deallocate(); next.deallocate(); share.deallocate()
        blockChange.deallocate(); blockDangling.deallocate()
    }
}
