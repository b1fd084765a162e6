/// A binary min-heap of Dijkstra's entries (distance, push number, predecessor, actor), with
/// lazy deletion: an actor whose tentative distance improves is pushed again, and stale
/// entries are skipped when popped. Entries of equal distance leave in the order they were
/// pushed, as NetworkX's heap of `(dist, next(counter), pred, v)` tuples does, so that
/// actors at equal distance (ties whose length 1/w vanishes in addition) are settled in
/// NetworkX's order. Storage is allocated once per worker and reused per source.
///
/// - Complexity: push and pop are O(log h) for h entries; h ≤ m + 1 per source.
struct DistanceHeap {
    struct Entry {
        var key: Double
        var push: Int
        var predecessor: Int32
        var actor: Int32

        /// Leaves before `other`: smaller distance, then earlier push.
        @inline(__always)
        func precedes(_ other: Entry) -> Bool { key < other.key || (key == other.key && push < other.push) }
    }

    private var entries: [Entry] = []
    private var pushCount = 0

    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        pushCount = 0
    }

    // The sift loops read and write through a buffer pointer: every index is below the
    // count the loop tests (checked once, by the array's own append/removeLast).
    mutating func push(_ key: Double, _ actor: Int32, predecessor: Int32) {
        let entry = Entry(key: key, push: pushCount, predecessor: predecessor, actor: actor)
        pushCount += 1
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) >> 1
                if heap[parent].precedes(entry) { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = entry
        }
    }

    /// Removes the entry of the smallest (distance, push number): its actor and the
    /// predecessor that pushed it.
    mutating func pop() -> (actor: Int32, predecessor: Int32) {
        let top = entries[0]
        let last = entries.removeLast()
        let count = entries.count
        if count > 0 {
            entries.withUnsafeMutableBufferPointer { heap in
                var parent = 0
                while true {
                    var child = 2 * parent + 1
                    if child >= count { break }
                    if child + 1 < count && heap[child + 1].precedes(heap[child]) { child += 1 }
                    if !heap[child].precedes(last) { break }
                    heap[parent] = heap[child]
                    parent = child
                }
                heap[parent] = last
            }
        }
        return (top.actor, top.predecessor)
    }
}
