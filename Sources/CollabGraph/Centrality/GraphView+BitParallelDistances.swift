/// Bit-parallel multi-source breadth-first search: the hop distances from 256 sources at
/// once, one bit per source, for unweighted closeness and harmonic centrality.
///
/// Each actor v holds three masks of 256 bits (one bit per source of the batch): `seen(v)`,
/// the sources that have reached v; `frontier(v)`, those that reached v at the current
/// level; `next(v)`, those that reach v at the next one. One level d → d + 1 is
///
///     next(w) = (∪_{v → w} frontier(v)) ∖ seen(w),   seen(w) ∪= next(w)
///
/// and every source whose bit is in next(w) is at distance d + 1 from w, so w's column sums
/// grow by (d + 1)·c, c and c / (d + 1) with c = |next(w)| (a population count). A level is
/// computed *top-down* (each frontier actor ORs its mask into its successors; the cost is
/// the frontier's out-degrees) or *bottom-up* (each actor not yet reached by every source
/// ORs its predecessors' masks; the cost is their in-degrees), whichever reads fewer
/// entries: sparse frontiers near the sources go top-down, the wide middle levels bottom-up
/// (direction-optimising search, Beamer, Asanović and Patterson, SC 2012,
/// doi:10.1109/SC.2012.50). One pass over the ties serves 256 sources, and the masks of the
/// hubs, which most ties lead to, stay in cache.
///
/// Reference: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper,
/// T. Neumann and H. T. Vo, "The More the Merrier: Efficient Multi-Source Graph Traversal",
/// PVLDB 8(4), 449–460, 2014, doi:10.14778/2735496.2735507 (MS-BFS with bit fields, and the
/// aggregated bottom-up variant). The distances are those of ``ShortestPathWorkspace``'s
/// breadth-first search; the sums are NetworkX 3.6.1's `closeness_centrality` and
/// `harmonic_centrality` (incoming distances on directed views), see ``Closeness``.
///
/// - Complexity: O(L · m) word operations per batch of 256 sources, L the number of levels
///   (at most the eccentricity + 1), so O(n m L / 256) in all, against O(n m) for one
///   search per source; O(n) masks of 32 bytes, three per worker.
/// - Conventions: the search follows outgoing ties, so each batch adds d(s, t) for its
///   sources s to the column of t (distances *to* t). Unreachable pairs add nothing.
typealias SourceMask = SIMD4<UInt64>

extension SourceMask {
    /// Sources per batch: the bits of one mask.
    static let width = 256

    /// The mask of the first `count` bits.
    static func firstBits(_ count: Int) -> SourceMask {
        var mask = SourceMask()
        for lane in 0 ..< 4 {
            let bits = Swift.min(64, Swift.max(0, count - 64 * lane))
            mask[lane] = bits == 64 ? ~0 : (1 << UInt64(bits)) - 1
        }
        return mask
    }

    /// The mask with bit `index` alone.
    @inline(__always)
    static func bit(_ index: Int) -> SourceMask {
        var mask = SourceMask()
        mask[index >> 6] = 1 << UInt64(index & 63)
        return mask
    }

    @inline(__always)
    var isEmpty: Bool { (self[0] | self[1] | self[2] | self[3]) == 0 }

    @inline(__always)
    var bitCount: Int {
        self[0].nonzeroBitCount + self[1].nonzeroBitCount + self[2].nonzeroBitCount + self[3].nonzeroBitCount
    }
}

/// One worker's masks and frontier lists, allocated once and reused for every batch.
final class BitParallelWorkspace {
    let nodeCount: Int
    let seen: UnsafeMutablePointer<SourceMask>
    var frontier: UnsafeMutablePointer<SourceMask>
    var next: UnsafeMutablePointer<SourceMask>
    /// The actors whose `frontier` mask is not empty, and those of `next` (or, while a
    /// top-down level runs, the actors it has touched).
    var active: UnsafeMutablePointer<Int32>
    var nextActive: UnsafeMutablePointer<Int32>

    init(nodeCount n: Int) {
        nodeCount = n
        seen = .allocate(capacity: max(n, 1))
        frontier = .allocate(capacity: max(n, 1))
        frontier.initialize(repeating: .zero, count: n)
        next = .allocate(capacity: max(n, 1))
        next.initialize(repeating: .zero, count: n)
        active = .allocate(capacity: max(n, 1))
        nextActive = .allocate(capacity: max(n, 1))
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        active.deallocate()
        nextActive.deallocate()
    }

    /// Searches from the actors `sources` (at most 256 consecutive labels) along `outgoing`
    /// (whose reverse is `incoming`), adding each reached target's d, 1 and 1/d into `sums`.
    func search(from sources: Range<Int>, outgoing: RowPointers, incoming: RowPointers, into sums: PathSums) {
        let n = nodeCount
        let outOffsets = outgoing.offsets, outNeighbours = outgoing.neighbours
        let inOffsets = incoming.offsets, inNeighbours = incoming.neighbours
        let distanceSum = sums.distanceSum!, reachCount = sums.reachCount!, harmonicSum = sums.harmonicSum!
        let seen = self.seen
        seen.update(repeating: .zero, count: n)
        let everySource = SourceMask.firstBits(sources.count)
        var activeCount = 0
        var frontierCost = 0                 // Σ out-degree of the frontier (top-down's reads)
        for s in sources {
            let mask = SourceMask.bit(s - sources.lowerBound)
            seen[s] = mask
            frontier[s] = mask
            active[activeCount] = Int32(truncatingIfNeeded: s)
            activeCount += 1
            frontierCost += outOffsets[s + 1] - outOffsets[s]
        }
        var openCost = inOffsets[n]          // Σ in-degree of actors not yet seen by all (bottom-up's reads)
        var level = 0
        while activeCount > 0 {
            level += 1
            let distance = Double(level)
            let frontier = self.frontier, next = self.next, nextActive = self.nextActive
            var nextCount = 0
            var nextCost = 0
            @inline(__always) func settle(_ w: Int, _ reached: SourceMask, _ seenBefore: SourceMask) {
                let all = seenBefore | reached
                seen[w] = all
                next[w] = reached
                nextActive[nextCount] = Int32(truncatingIfNeeded: w)
                nextCount += 1
                nextCost += outOffsets[w + 1] - outOffsets[w]
                if all == everySource { openCost -= inOffsets[w + 1] - inOffsets[w] }
                let c = reached.bitCount
                distanceSum[w] += Double(level * c)
                reachCount[w] += c
                harmonicSum[w] += Double(c) / distance
            }
            if frontierCost * 4 < openCost {
                // Top-down: push each frontier mask to the successors, listing those touched.
                var touched = 0
                for j in 0 ..< activeCount {
                    let v = Int(active[j])
                    let mask = frontier[v]
                    for i in outOffsets[v] ..< outOffsets[v + 1] {
                        let w = Int(outNeighbours[i])
                        if next[w].isEmpty {
                            nextActive[touched] = Int32(truncatingIfNeeded: w)
                            touched += 1
                        }
                        next[w] |= mask
                    }
                }
                for j in 0 ..< touched {
                    let w = Int(nextActive[j])
                    let seenBefore = seen[w]
                    let reached = next[w] & ~seenBefore
                    next[w] = .zero
                    if !reached.isEmpty { settle(w, reached, seenBefore) }
                }
            } else {
                // Bottom-up: every actor not yet seen by all sources gathers its predecessors' masks.
                for w in 0 ..< n {
                    let seenBefore = seen[w]
                    if seenBefore == everySource { continue }
                    var gathered = SourceMask.zero
                    for i in inOffsets[w] ..< inOffsets[w + 1] { gathered |= frontier[Int(inNeighbours[i])] }
                    let reached = gathered & ~seenBefore
                    if !reached.isEmpty { settle(w, reached, seenBefore) }
                }
            }
            for j in 0 ..< activeCount { frontier[Int(active[j])] = .zero }
            // The next level's frontier is this level's `next`; the cleared one becomes `next`.
            self.frontier = next
            self.next = frontier
            self.nextActive = active
            active = nextActive
            activeCount = nextCount
            frontierCost = nextCost
        }
    }
}

extension GraphView {
    /// Column sums of the hop distances from every actor — d(s, t), 1 and 1/d(s, t) summed
    /// over the sources s ≠ t that reach t — by bit-parallel searches of 256 sources
    /// (``BitParallelWorkspace``), batches of consecutive sources in the degree order
    /// (``ActorOrder/byDegree(_:)``) shared among `threads` workers (``SourceScheduler``, batch sums
    /// merged in batch order).
    func bitParallelDistances(threads: Int?, progress: ProgressHandler?) -> PathSums {
        let n = nodeCount
        let order = n >= 256 ? ActorOrder.byDegree(outgoing) : nil
        let out = order?.rows ?? outgoing
        let into = isDirected ? (order.map { $0.relabelled(incoming) } ?? incoming) : out
        let batches = (n + SourceMask.width - 1) / SourceMask.width
        let workers = SourceScheduler.threadCount(requested: threads, work: batches)
        let total = PathSums(count: n, betweenness: false, distances: true)
        withRowPointers(out, lengths: nil) { outgoing in
            withRowPointers(into, lengths: nil) { incoming in
                SourceScheduler.run(
                    sources: n, chunkSize: SourceMask.width, threads: workers, progress: progress,
                    makeWorkspace: { BitParallelWorkspace(nodeCount: n) },
                    makeSums: { PathSums(count: n, betweenness: false, distances: true) },
                    visit: { workspace, sums, batch in
                        workspace.search(from: batch, outgoing: outgoing, incoming: incoming, into: sums)
                    },
                    merge: { sums in sums.drain(into: total) })
            }
        }
        if let order { total.restore(order) }
        return total
    }
}
