/// Single-source shortest paths with path counting: the one traversal kernel shared by
/// betweenness, closeness and harmonic centrality.
///
/// From a source s it computes, as in Brandes (2001):
/// - d(s, v): the distance (hops by breadth-first search, or the sum of lengths 1/w by
///   Dijkstra's algorithm with a binary heap when weighted);
/// - σ_sv: the number of shortest s–v paths;
/// - S: the actors in order of non-decreasing distance (the stack of the paper).
///
/// Weighted searches follow NetworkX's `_single_source_dijkstra_path_basic` step for step,
/// because equal distances are common once a tie's length 1/w vanishes in addition
/// (1 + 1/1e17 == 1: a zero-length step) and then the answer depends on how ties are met:
/// - actors at equal distance are settled in push order (``DistanceHeap``);
/// - a tie v→w with d(v) + ℓ == d(w) adds σ_v to σ_w and v to the predecessor list P(w)
///   even when w is already settled (NetworkX's `elif vw_dist == seen[w]`), and an actor's
///   σ takes its pusher's σ when it is popped;
/// - P is recorded as the search meets it (never re-derived from distances, which with
///   zero-length steps would pull from actors settled before v).
/// Each tentative distance is the popped distance of the predecessor plus the length of
/// one tie, never a re-associated sum, so the `==` tests are NetworkX's bit for bit.
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
final class ShortestPathWorkspace {
    let nodeCount: Int
    /// Breadth-first search: d(s, v) in hops (−1 = not reached), 4 bytes per actor so that
    /// more of it stays in cache: most ties a search follows only test it.
    let level: UnsafeMutablePointer<Int32>
    /// Breadth-first search counting paths: σ_sv, which the dependency accumulation then
    /// replaces by (1 + δ_s(v)) / σ_sv; read and written only for the ties of the
    /// shortest-path DAG.
    let pathValue: UnsafeMutablePointer<Double>
    /// μ(v), the twins a path through v may take after ``BetweennessReduction`` (1 for an
    /// actor standing for itself), as a Double.
    let twins: UnsafeMutablePointer<Double>
    /// d(s, v) as a length; +∞ = not reached. Used by Dijkstra.
    let distance: UnsafeMutablePointer<Double>
    /// Dijkstra: whether v has been settled (popped) in the current search.
    let settled: UnsafeMutablePointer<Bool>
    /// Dijkstra: whether v has a tentative distance (NetworkX's `seen`).
    let seen: UnsafeMutablePointer<Bool>
    /// Dijkstra: σ_sv.
    let sigma: UnsafeMutablePointer<Double>
    /// Dijkstra: δ_s(v) during accumulation (see ``Betweenness``).
    let delta: UnsafeMutablePointer<Double>
    /// Dijkstra: the predecessor lists P(w) as linked lists: `predecessorHead[w]` is the
    /// first entry (−1: none), entry e names `predecessorActor[e]` and links to
    /// `predecessorNext[e]`. At most one entry per tie followed (m per search).
    let predecessorHead: UnsafeMutablePointer<Int32>
    let predecessorActor: UnsafeMutablePointer<Int32>
    let predecessorNext: UnsafeMutablePointer<Int32>
    var predecessorCount = 0
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

    /// Breadth-first search on a reduced network (``BetweennessReduction``): ω(v), the
    /// actors v stands for as a source and as a target; nil for 1 each. (μ(v), the twins
    /// a path through v may take, is in `twins`.)
    let weight: UnsafeMutablePointer<Double>?

    /// - Parameter multiplicities: ω and μ of each search actor after
    ///   ``BetweennessReduction``; nil for an actor standing for itself alone.
    init(nodeCount n: Int, weighted: Bool, entryCount: Int, multiplicities: Multiplicities? = nil) {
        nodeCount = n
        pathValue = .allocate(capacity: max(n, 1))
        pathValue.initialize(repeating: 0, count: n)
        twins = .allocate(capacity: max(n, 1))
        twins.initialize(repeating: 1, count: n)
        if let multiplicities {
            for v in 0 ..< n { twins[v] = Double(multiplicities.paths[v]) }
            weight = .allocate(capacity: max(n, 1))
            for v in 0 ..< n { weight![v] = Double(multiplicities.weight[v]) }
        } else {
            weight = nil
        }
        level = .allocate(capacity: max(n, 1))
        level.initialize(repeating: -1, count: n)
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: .infinity, count: n)
        settled = .allocate(capacity: max(n, 1))
        settled.initialize(repeating: false, count: n)
        seen = .allocate(capacity: max(n, 1))
        seen.initialize(repeating: false, count: n)
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: n)
        delta = .allocate(capacity: max(n, 1))
        delta.initialize(repeating: 0, count: n)
        predecessorHead = .allocate(capacity: max(n, 1))
        predecessorHead.initialize(repeating: -1, count: n)
        let predecessorCapacity = weighted ? max(entryCount, 1) : 1
        predecessorActor = .allocate(capacity: predecessorCapacity)
        predecessorActor.initialize(repeating: 0, count: predecessorCapacity)
        predecessorNext = .allocate(capacity: predecessorCapacity)
        predecessorNext.initialize(repeating: -1, count: predecessorCapacity)
        order = .allocate(capacity: max(n, 1))
        order.initialize(repeating: 0, count: n)
        successors = .allocate(capacity: max(entryCount, 1))
        successorEnd = .allocate(capacity: max(n, 1))
        heap = DistanceHeap(capacity: weighted ? entryCount + 1 : 0)
    }

    deinit {
        pathValue.deallocate()
        twins.deallocate()
        level.deallocate()
        order.deallocate()
        successors.deallocate()
        successorEnd.deallocate()
        distance.deallocate()
        settled.deallocate()
        seen.deallocate()
        sigma.deallocate()
        delta.deallocate()
        predecessorHead.deallocate()
        predecessorActor.deallocate()
        predecessorNext.deallocate()
        weight?.deallocate()
    }

    /// d(s, v) of the i-th settled actor as a number (hops or length).
    @inline(__always)
    func distance(of v: Int, weighted: Bool) -> Double {
        weighted ? distance[v] : Double(level[v])
    }

    /// Breadth-first search from `s` over `rows`: fills `level` and `order`; with
    /// `recordSuccessors` also σ (`pathValue`) and the successor lists of the shortest-path DAG
    /// (without it, for distances only, σ is not counted).
    @inline(__always)
    func breadthFirst(from s: Int, rows: RowPointers, recordSuccessors: Bool) {
        let offsets = rows.offsets, neighbours = rows.neighbours
        let pathValue = self.pathValue, twins = self.twins, level = self.level, order = self.order
        let successors = self.successors, successorEnd = self.successorEnd
        level[s] = 0
        if recordSuccessors { pathValue[s] = 1 }
        order[0] = Int32(truncatingIfNeeded: s)
        var count = 1
        var head = 0
        var edges = 0
        while head < count {
            let v = Int(order[head])
            if recordSuccessors {
                let next = level[v] + 1
                // σ passed on: paths to v times the μ(v) twins they may go through (1 for
                // the source, and for every actor of an unreduced network).
                let sigmaV = head == 0 ? pathValue[v] : pathValue[v] * twins[v]
                // Counters bounded by n and m (allocated sizes): wrapping adds, no overflow traps.
                var i = offsets[v]
                let end = offsets[v &+ 1]
                while i < end {
                    let w32 = neighbours[i]
                    let w = Int(w32)
                    let levelW = level[w]
                    if levelW < 0 {
                        level[w] = next
                        pathValue[w] = sigmaV
                        order[count] = w32
                        count &+= 1
                        successors[edges] = w32
                        edges &+= 1
                    } else if levelW == next {
                        pathValue[w] += sigmaV
                        successors[edges] = w32
                        edges &+= 1
                    }
                    i &+= 1
                }
                successorEnd[head] = edges
            } else {
                // Distances only (closeness, harmonic): no path counts.
                let next = level[v] + 1
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

    /// d(s, v) in hops after a breadth-first search (−1 = not reached).
    @inline(__always)
    func hops(_ v: Int) -> Int32 { level[v] }

    /// σ_sv after a breadth-first search that counted paths (`recordSuccessors`), before
    /// any dependency accumulation replaces it.
    @inline(__always)
    func pathCount(_ v: Int) -> Double { pathValue[v] }

    /// Dijkstra's algorithm from `s` over `rows` with tie lengths `rows.lengths`, recording
    /// σ and the predecessor lists as NetworkX does (see the type's documentation).
    @inline(__always)
    func dijkstra(from s: Int, rows: RowPointers) {
        let offsets = rows.offsets, neighbours = rows.neighbours, lengths = rows.lengths!
        heap.removeAll()
        distance[s] = 0
        seen[s] = true
        sigma[s] = 1
        heap.push(0, Int32(truncatingIfNeeded: s), predecessor: Int32(truncatingIfNeeded: s))
        var count = 0
        var entries = predecessorCount
        while !heap.isEmpty {
            let (v32, pusher) = heap.pop()
            let v = Int(v32)
            if settled[v] { continue }           // a stale entry
            sigma[v] += sigma[Int(pusher)]       // NetworkX: sigma[v] += sigma[pred] (the source: 1 + 1)
            settled[v] = true
            order[count] = v32
            count += 1
            let distanceV = distance[v]
            for i in offsets[v] ..< offsets[v + 1] {
                let w = Int(neighbours[i])
                let candidate = distanceV + lengths[i]
                if !settled[w] && (!seen[w] || candidate < distance[w]) {
                    distance[w] = candidate
                    seen[w] = true
                    heap.push(candidate, Int32(truncatingIfNeeded: w), predecessor: v32)
                    sigma[w] = 0
                    predecessorActor[entries] = v32  // P(w) = [v]
                    predecessorNext[entries] = -1
                    predecessorHead[w] = Int32(truncatingIfNeeded: entries)
                    entries += 1
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]             // another shortest path (NetworkX's `elif`)
                    predecessorActor[entries] = v32  // P(w).append(v)
                    predecessorNext[entries] = predecessorHead[w]
                    predecessorHead[w] = Int32(truncatingIfNeeded: entries)
                    entries += 1
                }
            }
        }
        predecessorCount = entries
        reached = count
    }

    /// Clears everything the last search wrote (every actor it wrote was settled).
    @inline(__always)
    func reset(weighted: Bool) {
        for j in 0 ..< reached {
            let v = Int(order[j])
            if weighted {
                distance[v] = .infinity
                settled[v] = false
                seen[v] = false
                sigma[v] = 0
                delta[v] = 0
                predecessorHead[v] = -1
            } else {
                level[v] = -1
            }
        }
        predecessorCount = 0
        reached = 0
    }
}

/// What each actor of a reduced network stands for (``BetweennessReduction``).
struct Multiplicities: Sendable {
    /// ω(v): the actors v stands for as a source or target (twins and folded trees).
    var weight: [Int32]
    /// μ(v): the twins v stands for, one of which any path through v takes.
    var paths: [Int32]

    /// The same values under the labels of `order`.
    func relabelled(_ order: ActorOrder) -> Multiplicities {
        Multiplicities(weight: order.oldIndex.map { weight[Int($0)] }, paths: order.oldIndex.map { paths[Int($0)] })
    }
}

/// The rows a search follows, read-only and shared by every worker (``SharedBuffer`` rule 3),
/// valid inside ``withRowPointers(_:lengths:_:)``.
struct RowPointers: Sendable {
    let offsets: SharedBuffer<Int>
    let neighbours: SharedBuffer<Int32>
    /// ℓ = 1/w per entry, or nil for hop counts.
    let lengths: SharedBuffer<Double>?
}

func withRowPointers<R>(_ rows: CompressedAdjacency, lengths: [Double]?, _ body: (RowPointers) -> R) -> R {
    rows.offsets.withSharedReadOnlyBuffer { offsets in
        rows.neighbours.withSharedReadOnlyBuffer { neighbours in
            if let lengths {
                return lengths.withSharedReadOnlyBuffer { lengths in
                    body(RowPointers(offsets: offsets, neighbours: neighbours, lengths: lengths))
                }
            }
            return body(RowPointers(offsets: offsets, neighbours: neighbours, lengths: nil))
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

/// How the unweighted path measures are computed: the fast paths (bit-parallel searches for
/// closeness and harmonic centrality, ``BitParallelDistances``; folded trees and merged twins
/// for the betweenness of undirected views, ``BetweennessReduction``), or one plain search per source
/// for everything, kept as the reference the fast paths are tested against. Weighted
/// measures always take the plain path.
enum PathKernel: Sendable {
    case fast, plain
}

/// Per-actor sums of the path measures over some sources: one chunk's
/// (``SourceScheduler``), or the total they are merged into, in chunk order. One worker
/// fills a chunk's sums, then whoever merges drains them (``SharedBuffer`` rule 2: one
/// owner at a time, handed over under the scheduler's lock).
final class PathSums: Sendable {
    let count: Int
    /// Σ_s δ_s(v).
    let betweenness: SharedBuffer<Double>?
    /// Σ_s d(s, t) (whole numbers of hops are exact in a Double), Σ_s 1 and Σ_s 1 / d(s, t)
    /// over the sources s ≠ t that reach t.
    let distanceSum: SharedBuffer<Double>?
    let reachCount: SharedBuffer<Int>?
    let harmonicSum: SharedBuffer<Double>?

    init(count: Int, betweenness: Bool, distances: Bool) {
        self.count = count
        func zeroed<T: Numeric & Sendable>(_ wanted: Bool, _: T.Type) -> SharedBuffer<T>? {
            wanted ? SharedBuffer.allocate(count, repeating: 0) : nil
        }
        self.betweenness = zeroed(betweenness, Double.self)
        distanceSum = zeroed(distances, Double.self)
        reachCount = zeroed(distances, Int.self)
        harmonicSum = zeroed(distances, Double.self)
    }

    deinit {
        betweenness?.deallocate()
        distanceSum?.deallocate()
        reachCount?.deallocate()
        harmonicSum?.deallocate()
    }

    /// Adds these sums into `total` (actor by actor) and zeroes them for the next chunk.
    func drain(into total: PathSums) {
        func move<T: Numeric>(_ from: SharedBuffer<T>?, _ to: SharedBuffer<T>?) {
            guard let from, let to else { return }
            for v in 0 ..< count { to[v] += from[v]; from[v] = 0 }
        }
        move(betweenness, total.betweenness)
        move(distanceSum, total.distanceSum)
        move(reachCount, total.reachCount)
        move(harmonicSum, total.harmonicSum)
    }

    /// Rewrites the sums from the labels of `order` to actor indices.
    func restore(_ order: ActorOrder) {
        if let betweenness { order.restore(betweenness.base) }
        if let distanceSum { order.restore(distanceSum.base) }
        if let reachCount { order.restore(reachCount.base) }
        if let harmonicSum { order.restore(harmonicSum.base) }
    }

    static func array<T>(_ buffer: SharedBuffer<T>?, _ count: Int) -> [T] {
        Array(UnsafeBufferPointer(start: buffer?.base, count: buffer == nil ? 0 : count))
    }
}

extension GraphView {
    /// Betweenness, closeness and harmonic centrality.
    ///
    /// Betweenness (and weighted closeness and harmonic centrality) run one search per
    /// source (``ShortestPathWorkspace``); betweenness accumulates dependencies along it, and
    /// the distances d(s, t) are added to t's column sums, which are distances *to* t, the
    /// convention NetworkX uses for closeness and harmonic centrality on directed graphs.
    /// Unweighted closeness and harmonic centrality come from bit-parallel searches of 256
    /// sources at a time (``BitParallelDistances``), and unweighted betweenness of an
    /// undirected view searches only the network left after folding away its trees and
    /// merging structurally identical actors (``BetweennessReduction``). Sources are shared among `threads`
    /// workers in fixed chunks whose sums are merged in chunk order (``SourceScheduler``),
    /// so the values are the same bits for every thread count.
    ///
    /// - Parameters:
    ///   - weighted: use lengths 1/w (Dijkstra) instead of hops (breadth-first search).
    ///   - threads: worker threads (default: all cores).
    ///   - progress: called with (sources done, sources) as work is finished; when
    ///     betweenness and unweighted distances are both wanted, the two passes count as
    ///     2n sources.
    /// - Complexity: O(n m) unweighted, O(n m log m) weighted; O(threads · (n + m)) extra memory.
    public func pathCentralities(betweenness wantBetweenness: Bool, closeness wantCloseness: Bool,
                                 harmonic wantHarmonic: Bool, weighted: Bool,
                                 threads: Int? = nil, progress: ProgressHandler? = nil) -> PathCentralities {
        pathCentralities(betweenness: wantBetweenness, closeness: wantCloseness, harmonic: wantHarmonic,
                         weighted: weighted, threads: threads, progress: progress, kernel: .fast)
    }

    func pathCentralities(betweenness wantBetweenness: Bool, closeness wantCloseness: Bool,
                          harmonic wantHarmonic: Bool, weighted: Bool, threads: Int?,
                          progress: ProgressHandler?, kernel: PathKernel) -> PathCentralities {
        let n = nodeCount
        let wantDistances = wantCloseness || wantHarmonic
        let fast = kernel == .fast && !weighted
        // Fast: betweenness and distances in two passes of their own; plain: one pass.
        let twoPasses = fast && wantBetweenness && wantDistances
        var firstProgress = progress, secondProgress = progress
        if twoPasses, let progress {
            firstProgress = { done, total in progress(done, 2 * total) }
            secondProgress = { done, total in progress(total + done, 2 * total) }
        }
        var result = PathCentralities()
        var distances: PathSums?
        if wantBetweenness {
            if fast, let reduced = reducedBetweenness(threads: threads, progress: firstProgress) {
                result.betweenness = Betweenness.normalise(reduced)
            } else {
                let sums = searches(from: nil, betweenness: true, distances: wantDistances && !fast,
                                    weighted: weighted, threads: threads, progress: firstProgress)
                result.betweenness = Betweenness.normalise(PathSums.array(sums.betweenness, n))
                if !fast { distances = sums }
            }
        }
        if wantDistances && distances == nil {
            distances = fast ? bitParallelDistances(threads: threads, progress: secondProgress)
                             : searches(from: nil, betweenness: false, distances: true, weighted: weighted,
                                        threads: threads, progress: secondProgress)
        }
        if let distances, wantDistances {
            if wantCloseness {
                result.closeness = Closeness.finish(distanceSum: PathSums.array(distances.distanceSum, n),
                                                    reachCount: PathSums.array(distances.reachCount, n))
            }
            if wantHarmonic { result.harmonic = PathSums.array(distances.harmonicSum, n) }
        }
        return result
    }

    /// Runs one search from each of `sources` (all actors when nil) and returns the
    /// requested sums, indexed by actor.
    ///
    /// Views of 256 actors or more are searched in a relabelled copy of the rows, actors
    /// in breadth-first order from the best-connected actor, partners by decreasing degree
    /// (``ActorOrder/breadthFirst(_:)``): the hubs' search state stays in a few cache lines
    /// and an actor's partners mostly share lines with each other. Sums are mapped back at
    /// the end.
    func searches(from sources: [Int]?, betweenness wantBetweenness: Bool, distances wantDistances: Bool,
                  weighted: Bool, threads: Int?, progress: ProgressHandler?) -> PathSums {
        GraphView.searches(over: outgoing, multiplicities: nil, from: sources, betweenness: wantBetweenness,
                           distances: wantDistances, weighted: weighted, threads: threads, progress: progress)
    }

    /// ``searches(from:betweenness:distances:weighted:threads:progress:)`` over any rows,
    /// each actor standing for `multiplicities` (nil: itself alone; unweighted only).
    static func searches(over adjacency: CompressedAdjacency, multiplicities: Multiplicities?, from sources: [Int]?,
                         betweenness wantBetweenness: Bool, distances wantDistances: Bool,
                         weighted: Bool, threads: Int?, progress: ProgressHandler?) -> PathSums {
        let n = adjacency.nodeCount
        let order = n >= 256 ? ActorOrder.breadthFirst(adjacency) : nil
        let rows = order?.rows ?? adjacency
        let searchMultiplicities = order.map { order in multiplicities?.relabelled(order) } ?? multiplicities
        let lengths: [Double]? = weighted ? rows.weights.map { 1 / $0 } : nil
        let searchSources = order.map { order in (sources ?? Array(0 ..< n)).map { Int(order.newIndex[$0]) } } ?? sources
        let count = searchSources?.count ?? n
        let workers = SourceScheduler.threadCount(requested: threads, work: count / 16 + 1)
        let total = PathSums(count: n, betweenness: wantBetweenness, distances: wantDistances)
        withRowPointers(rows, lengths: lengths) { pointers in
            SourceScheduler.run(
                sources: count, threads: workers, progress: progress,
                makeWorkspace: {
                    ShortestPathWorkspace(nodeCount: n, weighted: weighted, entryCount: rows.entryCount,
                                          multiplicities: searchMultiplicities)
                },
                makeSums: { PathSums(count: n, betweenness: wantBetweenness, distances: wantDistances) },
                visit: { workspace, sums, chunk in
                    for index in chunk {
                        let s = searchSources?[index] ?? index
                        if weighted {
                            workspace.dijkstra(from: s, rows: pointers)
                        } else {
                            workspace.breadthFirst(from: s, rows: pointers, recordSuccessors: wantBetweenness)
                        }
                        if wantDistances { Closeness.accumulate(workspace, into: sums, weighted: weighted) }
                        if wantBetweenness { Betweenness.accumulate(workspace, source: s, rows: pointers, into: sums) }
                        workspace.reset(weighted: weighted)
                    }
                },
                merge: { sums in sums.drain(into: total) })
        }
        if let order { total.restore(order) }
        return total
    }
}
