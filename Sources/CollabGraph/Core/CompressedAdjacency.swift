/// Compressed sparse row adjacency with dense `Int32` actor indices.
///
/// Row `u` holds `u`'s neighbours at `neighbours[offsets[u] ..< offsets[u + 1]]`, sorted
/// ascending with no repeats (parallel records are summed into one weight), so two rows
/// can be intersected by a merge. Built once per view; immutable and `Sendable`.
///
/// - Complexity: building is O(n + m) (two counting-sort passes, no comparison sort);
///   memory is (n + 1) offsets plus m neighbour indices and m weights.
public struct CompressedAdjacency: Sendable {
    public let nodeCount: Int
    /// `nodeCount + 1` monotone offsets into `neighbours` and `weights`.
    public let offsets: [Int]
    public let neighbours: [Int32]
    public let weights: [Double]

    public var entryCount: Int { neighbours.count }

    /// The positions of `node`'s row in `neighbours` and `weights`.
    @inlinable
    public func row(_ node: Int) -> Range<Int> { offsets[node] ..< offsets[node + 1] }

    @inlinable
    public func degree(_ node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// The neighbours of `node` (sorted ascending).
    @inlinable
    public func neighbours(of node: Int) -> ArraySlice<Int32> { neighbours[row(node)] }

    /// The summed weight of the entry `node → other`, or nil when there is none
    /// (binary search in the sorted row).
    public func weight(from node: Int, to other: Int32) -> Double? {
        var low = offsets[node]
        var high = offsets[node + 1]
        while low < high {
            let mid = (low + high) / 2
            let value = neighbours[mid]
            if value == other { return weights[mid] }
            if value < other { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    public func contains(from node: Int, to other: Int32) -> Bool { weight(from: node, to: other) != nil }

    init(nodeCount: Int, offsets: [Int], neighbours: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        #if DEBUG
        checkInvariants()
        #endif
    }

    /// Builds rows from entries `sources[i] → targets[i]` with `weights[i]`; entries with
    /// the same ends are summed. Self-loops must be removed by the caller.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights entryWeights: [Double]) {
        precondition(sources.count == targets.count && targets.count == entryWeights.count)
        let m = sources.count
        // Pass 1: counting sort of entries by target.
        var targetStart = [Int](repeating: 0, count: nodeCount + 1)
        for t in targets { targetStart[Int(t) + 1] += 1 }
        for i in 0 ..< nodeCount { targetStart[i + 1] += targetStart[i] }
        var byTarget = [Int32](repeating: 0, count: m)
        targetStart.withUnsafeMutableBufferPointer { cursor in
            for i in 0 ..< m {
                let t = Int(targets[i])
                byTarget[cursor[t]] = Int32(truncatingIfNeeded: i)
                cursor[t] += 1
            }
        }
        // Pass 2: stable scatter by source, so every row comes out sorted by target.
        var rowStart = [Int](repeating: 0, count: nodeCount + 1)
        for s in sources { rowStart[Int(s) + 1] += 1 }
        for i in 0 ..< nodeCount { rowStart[i + 1] += rowStart[i] }
        var cursor = rowStart
        var sortedTargets = [Int32](repeating: 0, count: m)
        var sortedWeights = [Double](repeating: 0, count: m)
        for entry in byTarget {
            let i = Int(entry)
            let s = Int(sources[i])
            sortedTargets[cursor[s]] = targets[i]
            sortedWeights[cursor[s]] = entryWeights[i]
            cursor[s] += 1
        }
        // Pass 3: compact repeated targets within each row, summing their weights.
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var write = 0
        for u in 0 ..< nodeCount {
            offsets[u] = write
            var read = rowStart[u]
            let end = rowStart[u + 1]
            while read < end {
                let v = sortedTargets[read]
                var w = sortedWeights[read]
                read += 1
                while read < end && sortedTargets[read] == v {
                    w += sortedWeights[read]
                    read += 1
                }
                sortedTargets[write] = v
                sortedWeights[write] = w
                write += 1
            }
        }
        offsets[nodeCount] = write
        sortedTargets.removeLast(m - write)
        sortedWeights.removeLast(m - write)
        self.init(nodeCount: nodeCount, offsets: offsets, neighbours: sortedTargets, weights: sortedWeights)
    }

    /// Checks monotone offsets, indices in range, strictly increasing rows, no self-loops
    /// and positive weights. Runs in debug builds after every construction.
    public func checkInvariants() {
        precondition(offsets.count == nodeCount + 1 && offsets[0] == 0 && offsets[nodeCount] == neighbours.count)
        precondition(weights.count == neighbours.count)
        for u in 0 ..< nodeCount {
            precondition(offsets[u] <= offsets[u + 1], "offsets not monotone at \(u)")
            var previous: Int32 = -1
            for i in row(u) {
                let v = neighbours[i]
                precondition(v > previous && Int(v) < nodeCount, "row \(u) not sorted or out of range")
                precondition(Int(v) != u, "self-loop in row \(u)")
                precondition(weights[i] > 0, "non-positive weight in row \(u)")
                previous = v
            }
        }
    }
}
