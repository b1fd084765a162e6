/// Breadth-first search on compressed sparse rows: the one hop-distance traversal that
/// reach, fragility, network gaps and components share (the centrality family's
/// shortest-path kernel, which also counts paths, is `ShortestPaths.swift`).
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

    /// The search itself: starts at `sources` (distance 0), writes hop distances into
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
        var head = 0
        while head < queue.count {
            let u = Int(queue[head])
            head += 1
            let next = distance[u] + 1
            for i in offsets[u] ..< offsets[u + 1] {
                let v = Int(neighbours[i])
                if let member, !member(v) { continue }
                let discovered = distance[v] < 0
                if discovered {
                    distance[v] = next
                    queue.append(Int32(v))
                }
                scan(ScannedEntry(from: u, to: v, fromDistance: next - 1, toDistance: distance[v], discovered: discovered))
            }
        }
        return queue
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
