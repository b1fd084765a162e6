/// Compressed sparse row adjacency with dense `Int32` actor indices.
///
/// Row `u` holds `u`'s neighbours at `neighbours[offsets[u] ..< offsets[u + 1]]`, sorted
/// ascending with no repeats (parallel records are summed into one weight), so two rows
/// can be intersected by a merge. Built once per view; immutable and `Sendable`.
///
/// - Complexity: building is O(n + m + Σ d log d) (one counting-sort pass, then each row
///   of degree d sorted in place); memory is (n + 1) offsets plus m neighbour indices and
///   m weights.
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
    ///
    /// One counting-sort scatter by source (sequential reads), then each row is sorted in
    /// place (insertion sort for short rows, which stay in cache; a library sort of
    /// packed keys for long ones) and repeated targets are merged (see ``Builder``).
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights entryWeights: [Double]) {
        precondition(sources.count == targets.count && targets.count == entryWeights.count)
        var builder = Builder(nodeCount: nodeCount)
        for s in sources { builder.count(s) }
        builder.allocate()
        for i in sources.indices { builder.place(sources[i], targets[i], entryWeights[i]) }
        self = builder.finish()
    }

    /// Builds rows in two passes over the entries, with no list of entries in between:
    /// ``count(_:)`` each entry's row, ``allocate()``, ``place(_:_:_:)`` every entry in the
    /// same order, ``finish()``. Within a row, parallel entries are summed in the order
    /// they were placed (a stable sort by target), so the weights are bit-for-bit those of
    /// summing the records in order.
    ///
    /// Memory: n + 1 row positions (the starts, moved along as entries are placed), then
    /// one target and one weight per entry, compacted in place (repeated targets merged).
    public struct Builder {
        let nodeCount: Int
        /// First pass: the entry count of row u at u + 1; then the next free position of
        /// row u at u (so that at the end, position u is where row u + 1 starts).
        private var next: [Int]
        private var rowTargets: [Int32] = []
        private var rowWeights: [Double] = []

        public init(nodeCount: Int) {
            self.nodeCount = nodeCount
            next = [Int](repeating: 0, count: nodeCount + 1)
        }

        /// Counts one entry of row `source` (first pass).
        @inline(__always)
        public mutating func count(_ source: Int32) { next[Int(source) + 1] += 1 }

        /// Ends the first pass: sizes the rows.
        public mutating func allocate() {
            for i in 0 ..< nodeCount { next[i + 1] += next[i] }
            let m = next[nodeCount]
            rowTargets = [Int32](repeating: 0, count: m)
            rowWeights = [Double](repeating: 0, count: m)
        }

        /// Places one entry (second pass; the entries counted, in any order).
        @inline(__always)
        public mutating func place(_ source: Int32, _ target: Int32, _ weight: Double) {
            let s = Int(source)
            let at = next[s]
            rowTargets[at] = target
            rowWeights[at] = weight
            next[s] = at + 1
        }

        /// Sorts each row by target (stable), sums repeated targets and returns the rows.
        public mutating func finish() -> CompressedAdjacency {
            let m = rowTargets.count
            // Row u spans [next[u − 1], next[u]) now (row 0 from 0); the compacted rows'
            // offsets are written into the same array as it is read.
            var offsets = next
            next = []
            var write = 0
            var packed: [UInt64] = []
            var low = 0
            rowTargets.withUnsafeMutableBufferPointer { t in
                rowWeights.withUnsafeMutableBufferPointer { w in
                    for u in 0 ..< nodeCount {
                        let high = offsets[u]
                        defer { low = high }
                        offsets[u] = write
                        if high - low <= 32 {
                            CompressedAdjacency.insertionSort(t, w, low, high)
                        } else {
                            CompressedAdjacency.sortLongRow(t, w, low, high, scratch: &packed)
                        }
                        var read = low
                        while read < high {
                            let v = t[read]
                            var sum = w[read]
                            read += 1
                            while read < high && t[read] == v { sum += w[read]; read += 1 }
                            t[write] = v
                            w[write] = sum
                            write += 1
                        }
                    }
                }
            }
            offsets[nodeCount] = write
            var neighbours = rowTargets, weights = rowWeights
            rowTargets = []
            rowWeights = []
            neighbours.removeLast(m - write)
            weights.removeLast(m - write)
            return CompressedAdjacency(nodeCount: nodeCount, offsets: offsets, neighbours: neighbours, weights: weights)
        }
    }

    /// Stable insertion sort of `t[low ..< high]` by target, carrying the weights along
    /// (stability keeps the order in which parallel weights are summed deterministic).
    @inline(__always)
    fileprivate static func insertionSort(_ t: UnsafeMutableBufferPointer<Int32>, _ w: UnsafeMutableBufferPointer<Double>, _ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        for i in (low + 1) ..< high {
            let key = t[i], weight = w[i]
            var j = i - 1
            while j >= low && t[j] > key {
                t[j + 1] = t[j]; w[j + 1] = w[j]
                j -= 1
            }
            t[j + 1] = key; w[j + 1] = weight
        }
    }

    /// Sorts a long row by packing (target, original position) into 64-bit keys, which
    /// makes the sort stable, then permuting the weights.
    fileprivate static func sortLongRow(_ t: UnsafeMutableBufferPointer<Int32>, _ w: UnsafeMutableBufferPointer<Double>,
                                    _ low: Int, _ high: Int, scratch: inout [UInt64]) {
        scratch.removeAll(keepingCapacity: true)
        for i in low ..< high { scratch.append(UInt64(UInt32(t[i])) << 32 | UInt64(i - low)) }
        scratch.sort()
        let weights = Array(w[low ..< high])
        for (k, key) in scratch.enumerated() {
            t[low + k] = Int32(truncatingIfNeeded: key >> 32)
            w[low + k] = weights[Int(key & 0xFFFF_FFFF)]
        }
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
