/// Single-source shortest paths with path counting: the one traversal kernel shared by
/// betweenness, closeness and harmonic centrality.
///
/// From a source s it computes, as in Brandes (2001):
/// - d(s, v): the distance (hops by breadth-first search, or the sum of lengths 1/w by
///   Dijkstra's algorithm with a binary heap when weighted);
/// - σ_sv: the number of shortest s–v paths;
/// - S: the actors in order of non-decreasing distance (the stack of the paper).
///
/// The predecessor lists P of the paper are not stored: v ∈ P(w) exactly when
/// d(s, v) + ℓ(v, w) == d(s, w), and the test is repeated during accumulation with the same
/// floating-point expression that the forward pass evaluated, so it gives the same answer
/// bit for bit. This reproduces NetworkX's exact `==` comparison of accumulated path lengths
/// (`_single_source_dijkstra_path_basic`): each tentative distance is the popped distance
/// of the predecessor plus the length of one tie, never a re-associated sum.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 163–177, 2001, doi:10.1080/0022250X.2001.9990249.
/// Matches NetworkX 3.6.1 `_single_source_shortest_path_basic` and
/// `_single_source_dijkstra_path_basic`.
///
/// - Complexity: O(n + m) per source unweighted, O(m log m) weighted (lazy-deletion binary
///   heap); the workspace is O(n + m), allocated once per thread and reset only where a
///   search touched it.
/// - Conventions: the search follows outgoing ties (all ties in an undirected view); the
///   caller passes tie lengths ℓ = 1/w for weighted searches. Self-loops are not in views.
final class ShortestPathWorkspace: @unchecked Sendable {
    let nodeCount: Int
    /// d(s, v) in hops; −1 = not reached. Used by breadth-first search.
    let level: UnsafeMutablePointer<Int32>
    /// d(s, v) as a length; +∞ = not reached. Used by Dijkstra.
    let distance: UnsafeMutablePointer<Double>
    /// Dijkstra: whether v has been settled (popped) in the current search.
    let settled: UnsafeMutablePointer<Bool>
    /// σ_sv.
    let sigma: UnsafeMutablePointer<Double>
    /// (1 + δ_s(w)) / σ_sw for accumulated actors (see ``Betweenness``).
    let coefficient: UnsafeMutablePointer<Double>
    /// S: actors in the order they were settled; `reached` of them.
    let order: UnsafeMutablePointer<Int32>
    var reached = 0
    /// Breadth-first search with `recordSuccessors`: the successors w of the j-th settled
    /// actor v (d(s, w) = d(s, v) + 1) are `successors[successorEnd[j − 1] ..< successorEnd[j]]`,
    /// written as the search meets them, so that dependency accumulation reads only the
    /// shortest-path DAG instead of testing every tie again.
    let successors: UnsafeMutablePointer<Int32>
    let successorEnd: UnsafeMutablePointer<Int>
    var heap: DistanceHeap

    /// Per-thread accumulators, merged by the caller.
    let betweenness: UnsafeMutablePointer<Double>
    let distanceSum: UnsafeMutablePointer<Double>
    let reachCount: UnsafeMutablePointer<Int>
    let harmonicSum: UnsafeMutablePointer<Double>

    init(nodeCount n: Int, weighted: Bool, entryCount: Int) {
        nodeCount = n
        level = .allocate(capacity: max(n, 1))
        level.initialize(repeating: -1, count: n)
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: .infinity, count: n)
        settled = .allocate(capacity: max(n, 1))
        settled.initialize(repeating: false, count: n)
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: n)
        coefficient = .allocate(capacity: max(n, 1))
        coefficient.initialize(repeating: 0, count: n)
        order = .allocate(capacity: max(n, 1))
        order.initialize(repeating: 0, count: n)
        successors = .allocate(capacity: max(entryCount, 1))
        successorEnd = .allocate(capacity: max(n, 1))
        heap = DistanceHeap(capacity: weighted ? entryCount + 1 : 0)
        betweenness = .allocate(capacity: max(n, 1))
        betweenness.initialize(repeating: 0, count: n)
        distanceSum = .allocate(capacity: max(n, 1))
        distanceSum.initialize(repeating: 0, count: n)
        reachCount = .allocate(capacity: max(n, 1))
        reachCount.initialize(repeating: 0, count: n)
        harmonicSum = .allocate(capacity: max(n, 1))
        harmonicSum.initialize(repeating: 0, count: n)
    }

    deinit {
        level.deallocate()
        order.deallocate()
        successors.deallocate()
        successorEnd.deallocate()
        distance.deallocate()
        settled.deallocate()
        sigma.deallocate()
        coefficient.deallocate()
        betweenness.deallocate()
        distanceSum.deallocate()
        reachCount.deallocate()
        harmonicSum.deallocate()
    }

    /// d(s, v) of the i-th settled actor as a number (hops or length).
    @inline(__always)
    func distance(of v: Int, weighted: Bool) -> Double {
        weighted ? distance[v] : Double(level[v])
    }

    /// Breadth-first search from `s` over `rows`: fills `level` and `order`; with
    /// `recordSuccessors` also `sigma` and the successor lists of the shortest-path DAG
    /// (without it, for distances only, σ is not counted).
    @inline(__always)
    func breadthFirst(from s: Int, rows: RowPointers, recordSuccessors: Bool) {
        let offsets = rows.offsets, neighbours = rows.neighbours
        let level = self.level, sigma = self.sigma, order = self.order
        let successors = self.successors, successorEnd = self.successorEnd
        level[s] = 0
        sigma[s] = 1
        order[0] = Int32(truncatingIfNeeded: s)
        var count = 1
        var head = 0
        var edges = 0
        while head < count {
            let v = Int(order[head])
            let next = level[v] + 1
            let sigmaV = sigma[v]
            if recordSuccessors {
                for i in offsets[v] ..< offsets[v + 1] {
                    let w32 = neighbours[i]
                    let w = Int(w32)
                    let levelW = level[w]
                    if levelW < 0 {
                        level[w] = next
                        sigma[w] = sigmaV
                        order[count] = w32
                        count += 1
                        successors[edges] = w32
                        edges += 1
                    } else if levelW == next {
                        sigma[w] += sigmaV
                        successors[edges] = w32
                        edges += 1
                    }
                }
                successorEnd[head] = edges
            } else {
                // Distances only (closeness, harmonic): no path counts.
                for i in offsets[v] ..< offsets[v + 1] {
                    let w = Int(neighbours[i])
                    if level[w] < 0 {
                        level[w] = next
                        order[count] = Int32(truncatingIfNeeded: w)
                        count += 1
                    }
                }
            }
            head += 1
        }
        reached = count
    }

    /// Dijkstra's algorithm from `s` over `rows` with tie lengths `rows.lengths`.
    @inline(__always)
    func dijkstra(from s: Int, rows: RowPointers) {
        let offsets = rows.offsets, neighbours = rows.neighbours, lengths = rows.lengths!
        heap.removeAll()
        distance[s] = 0
        sigma[s] = 1
        heap.push(0, Int32(truncatingIfNeeded: s))
        var count = 0
        while !heap.isEmpty {
            let v = Int(heap.pop())
            if settled[v] { continue }           // a stale entry
            settled[v] = true
            order[count] = Int32(truncatingIfNeeded: v)
            count += 1
            let distanceV = distance[v]
            let sigmaV = sigma[v]
            for i in offsets[v] ..< offsets[v + 1] {
                let w = Int(neighbours[i])
                let candidate = distanceV + lengths[i]
                let current = distance[w]
                if !settled[w] && candidate < current {
                    distance[w] = candidate
                    sigma[w] = sigmaV
                    heap.push(candidate, Int32(truncatingIfNeeded: w))
                } else if candidate == current {
                    sigma[w] += sigmaV           // another shortest path (NetworkX's `elif`)
                }
            }
        }
        reached = count
    }

    /// Clears what the last search touched.
    @inline(__always)
    func reset(weighted: Bool) {
        for j in 0 ..< reached {
            let v = Int(order[j])
            if weighted {
                distance[v] = .infinity
                settled[v] = false
            } else {
                level[v] = -1
            }
        }
        reached = 0
    }
}

/// Raw pointers to the rows a search follows, valid inside ``withRowPointers(_:lengths:_:)``.
struct RowPointers: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let neighbours: UnsafePointer<Int32>
    /// ℓ = 1/w per entry, or nil for hop counts.
    let lengths: UnsafePointer<Double>?
}

func withRowPointers<R>(_ rows: CompressedAdjacency, lengths: [Double]?, _ body: (RowPointers) -> R) -> R {
    rows.offsets.withUnsafeBufferPointer { offsets in
        rows.neighbours.withUnsafeBufferPointer { neighbours in
            if let lengths {
                return lengths.withUnsafeBufferPointer { lengths in
                    body(RowPointers(offsets: offsets.baseAddress!, neighbours: neighbours.baseAddress!,
                                     lengths: lengths.baseAddress!))
                }
            }
            return body(RowPointers(offsets: offsets.baseAddress!, neighbours: neighbours.baseAddress!, lengths: nil))
        }
    }
}

/// The path-based measures one pass over all sources can accumulate.
public struct PathCentralities: Sendable, Equatable {
    /// Normalised betweenness (see ``GraphView/betweenness(weighted:threads:progress:)``).
    public var betweenness: [Double]?
    /// Wasserman–Faust closeness over incoming distances.
    public var closeness: [Double]?
    /// Harmonic centrality over incoming distances.
    public var harmonic: [Double]?
}

extension GraphView {
    /// Betweenness, closeness and harmonic centrality from one traversal per source.
    ///
    /// Each source s runs one search (``ShortestPathWorkspace``); betweenness accumulates
    /// dependencies along it, and the distances d(s, t) are added to t's column sums, which
    /// are distances *to* t, the convention NetworkX uses for closeness and harmonic
    /// centrality on directed graphs. Sources are shared among `threads` workers with one
    /// workspace each, merged at the end.
    ///
    /// - Parameters:
    ///   - weighted: use lengths 1/w (Dijkstra) instead of hops (breadth-first search).
    ///   - threads: worker threads (default: all cores).
    ///   - progress: called with (sources done, sources) as work is claimed.
    /// - Complexity: O(n m) unweighted, O(n m log m) weighted; O(threads · n) extra memory.
    public func pathCentralities(betweenness wantBetweenness: Bool, closeness wantCloseness: Bool,
                                 harmonic wantHarmonic: Bool, weighted: Bool,
                                 threads: Int? = nil, progress: ProgressHandler? = nil) -> PathCentralities {
        let n = nodeCount
        let wantDistances = wantCloseness || wantHarmonic
        let workspaces = searches(from: nil, betweenness: wantBetweenness, distances: wantDistances,
                                  weighted: weighted, threads: threads, progress: progress)
        var result = PathCentralities()
        if wantBetweenness {
            var sum = [Double](repeating: 0, count: n)
            for workspace in workspaces { for v in 0 ..< n { sum[v] += workspace.betweenness[v] } }
            result.betweenness = Betweenness.normalise(sum)
        }
        if wantDistances {
            var distanceSum = [Double](repeating: 0, count: n)
            var reachCount = [Int](repeating: 0, count: n)
            var harmonicSum = [Double](repeating: 0, count: n)
            for workspace in workspaces {
                for v in 0 ..< n {
                    distanceSum[v] += workspace.distanceSum[v]
                    reachCount[v] += workspace.reachCount[v]
                    harmonicSum[v] += workspace.harmonicSum[v]
                }
            }
            if wantCloseness { result.closeness = Closeness.finish(distanceSum: distanceSum, reachCount: reachCount) }
            if wantHarmonic { result.harmonic = harmonicSum }
        }
        return result
    }

    /// Runs one search from each of `sources` (all actors when nil) on per-thread
    /// workspaces, accumulating the requested sums; returns the workspaces to be merged.
    func searches(from sources: [Int]?, betweenness wantBetweenness: Bool, distances wantDistances: Bool,
                  weighted: Bool, threads: Int?, progress: ProgressHandler?) -> [ShortestPathWorkspace] {
        let n = nodeCount
        let rows = outgoing
        let lengths: [Double]? = weighted ? rows.weights.map { 1 / $0 } : nil
        let count = sources?.count ?? n
        let workers = SourceScheduler.threadCount(requested: threads, work: count / 16 + 1)
        return withRowPointers(rows, lengths: lengths) { pointers in
            SourceScheduler.run(
                sources: count, threads: workers, progress: progress,
                makeWorkspace: { ShortestPathWorkspace(nodeCount: n, weighted: weighted, entryCount: rows.entryCount) },
                visit: { workspace, index in
                    let s = sources?[index] ?? index
                    if weighted {
                        workspace.dijkstra(from: s, rows: pointers)
                    } else {
                        workspace.breadthFirst(from: s, rows: pointers, recordSuccessors: wantBetweenness)
                    }
                    if wantDistances { Closeness.accumulate(workspace, weighted: weighted) }
                    if wantBetweenness { Betweenness.accumulate(workspace, source: s, rows: pointers) }
                    workspace.reset(weighted: weighted)
                })
        }
    }
}
