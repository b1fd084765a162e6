/// Breadth-first search on compressed sparse rows: the one hop-distance traversal that
/// reach, fragility, recommendations, network gaps and components share (the centrality
/// family's shortest-path kernel, which also counts paths, is `GraphView+ShortestPaths.swift`).
///
/// One loop (``BreadthFirstSearch/expand(_:distance:queue:head:maxHops:admit:scan:)``) in
/// three forms: a one-shot search into a caller's distance array
/// (``CompressedAdjacency/breadthFirst(from:distance:member:scan:)``), and a reusable
/// workspace (``BreadthFirstSearch``) for many searches on one network — bounded (a hop
/// limit), incremental (several searches sharing one visited set, as the pieces of a
/// network do), restricted (an `admit` test on each newly met actor) — which resets only the
/// actors the last searches touched.
///
/// Reference: Cormen, Leiserson, Rivest & Stein, *Introduction to Algorithms* (3rd ed.,
/// 2009), §22.2. Multi-source searches start every source at distance 0 (NetworkX:
/// `multi_source_dijkstra_path_length` with unit weights).
///
/// Conventions: rows are read as given (pass `view.partners` for the undirected reading);
/// actors are visited in queue order, neighbours in row order, so every result is
/// deterministic. Distances are hops; −1 marks actors not reached.
///
/// - Complexity: O(n + m) time, O(n) space.
extension CompressedAdjacency {
    /// Hop distances from the nearest of `sources` (−1: not reached), optionally only
    /// through actors for which `member` holds.
    public func hopDistances(from sources: [Int32], member: ((Int) -> Bool)? = nil) -> [Int32] {
        var distance = [Int32](repeating: -1, count: nodeCount)
        breadthFirst(from: sources, distance: &distance, member: member) { _ in }
        return distance
    }

    /// The one-shot search: starts at `sources` (distance 0), writes hop distances into
    /// `distance` (which must hold −1 for unvisited actors, so several searches can share
    /// one array, as components do) and calls `scan` for every entry u → v scanned from a
    /// dequeued actor u (``ScannedEntry``). Returns the actors visited, in visiting order.
    @discardableResult
    @inlinable
    public func breadthFirst(from sources: [Int32], distance: inout [Int32], member: ((Int) -> Bool)? = nil,
                             scan: (ScannedEntry) -> Void) -> [Int32] {
        var queue: [Int32] = []
        queue.reserveCapacity(min(nodeCount, 1024))
        for source in sources where distance[Int(source)] < 0 {
            distance[Int(source)] = 0
            queue.append(source)
        }
        if let member {
            BreadthFirstSearch.expand(self, distance: &distance, queue: &queue, head: 0, maxHops: Int32.max,
                                      admit: { v, _ in member(v) }, scan: scan)
        } else {
            BreadthFirstSearch.expand(self, distance: &distance, queue: &queue, head: 0, maxHops: Int32.max,
                                      admit: { _, _ in true }, scan: scan)
        }
        return queue
    }
}

/// A reusable breadth-first search for many searches over rows of one size (a ball around
/// each candidate, the pieces left by removing an actor, the region a new tie can shorten).
///
/// ``distance`` and ``visited`` accumulate over the searches run since the last
/// ``reset()``: a search starts only from sources not yet visited and never enters an actor
/// an earlier one visited (the *incremental* form: several searches label the pieces of a
/// network). ``reset()`` clears only the actors visited, so a search costs what it touches,
/// not O(n).
///
/// - Complexity: O(visited actors + the ties they scan) per search; O(n) space, once.
@usableFromInline
struct BreadthFirstSearch {
    /// Hops from the nearest source of its search; −1 for actors no search since the last
    /// reset has visited.
    private(set) var distance: [Int32]
    /// The actors visited since the last reset, in visiting order (each search's in one run).
    private(set) var visited: [Int32] = []

    init(nodeCount: Int) {
        distance = [Int32](repeating: -1, count: nodeCount)
    }

    /// Forgets every search since the last reset (O(actors visited)).
    mutating func reset() {
        for v in visited { distance[Int(v)] = -1 }
        visited.removeAll(keepingCapacity: true)
    }

    /// Searches `rows` from `sources` (those not visited yet, at distance 0), expanding
    /// actors at most `maxHops` − 1 hops away (so nothing farther than `maxHops` is
    /// visited), entering a newly met actor v at distance d only if `admit(v, d)` holds, and
    /// calling `scan` for every entry scanned from an expanded actor to an admitted or
    /// already visited one. Returns the positions in ``visited`` of the actors this search
    /// visited.
    @discardableResult
    mutating func run(from sources: [Int32], in rows: CompressedAdjacency, maxHops: Int = Int(Int32.max),
                             admit: (_ actor: Int, _ distance: Int32) -> Bool = { _, _ in true },
                             scan: (ScannedEntry) -> Void = { _ in }) -> Range<Int> {
        precondition(rows.nodeCount == distance.count, "a search workspace serves rows of its own size")
        let first = visited.count
        for source in sources where distance[Int(source)] < 0 {
            distance[Int(source)] = 0
            visited.append(source)
        }
        BreadthFirstSearch.expand(rows, distance: &distance, queue: &visited, head: first,
                                  maxHops: Int32(clamping: maxHops), admit: admit, scan: scan)
        return first ..< visited.count
    }

    /// The loop every form shares: dequeues `queue[head...]` in order (appending what it
    /// discovers), expanding actors closer than `maxHops`.
    ///
    /// The rows are read through buffer pointers (bounds checked once: `distance` holds one
    /// entry per row, and a view's neighbours are actor indices below its node count).
    @inlinable
    @inline(__always)
    internal static func expand(_ rows: CompressedAdjacency, distance: inout [Int32], queue: inout [Int32], head: Int,
                       maxHops: Int32, admit: (Int, Int32) -> Bool, scan: (ScannedEntry) -> Void) {
        precondition(distance.count == rows.nodeCount, "one distance per actor")
        var head = head
        rows.offsets.withUnsafeBufferPointer { offsets in
            rows.neighbours.withUnsafeBufferPointer { neighbours in
                distance.withUnsafeMutableBufferPointer { distance in
                    while head < queue.count {
                        let u = Int(queue[head])
                        head += 1
                        let next = distance[u] + 1
                        if next > maxHops { continue }
                        for i in offsets[u] ..< offsets[u + 1] {
                            let v = Int(neighbours[i])
                            let discovered = distance[v] < 0
                            if discovered {
                                guard admit(v, next) else { continue }
                                distance[v] = next
                                queue.append(Int32(truncatingIfNeeded: v))
                            }
                            scan(ScannedEntry(from: u, to: v, fromDistance: next - 1, toDistance: distance[v],
                                              discovered: discovered))
                        }
                    }
                }
            }
        }
    }
}

/// One entry u → v met by a breadth-first search.
public struct ScannedEntry {
    public var from: Int
    public var to: Int
    /// Hops to `from`, and to `to` (after this scan).
    public var fromDistance: Int32
    public var toDistance: Int32
    /// Whether `to` was first reached through this entry.
    public var discovered: Bool

    @inlinable
    public init(from: Int, to: Int, fromDistance: Int32, toDistance: Int32, discovered: Bool) {
        self.from = from
        self.to = to
        self.fromDistance = fromDistance
        self.toDistance = toDistance
        self.discovered = discovered
    }
}
