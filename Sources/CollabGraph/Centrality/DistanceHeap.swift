/// A binary min-heap of Dijkstra's entries (distance, push number, predecessor, actor), with
/// lazy deletion: an actor whose tentative distance improves is pushed again, and stale
/// entries are skipped when popped. Entries of equal distance leave in the order they were
/// pushed, as NetworkX's heap of `(dist, next(counter), pred, v)` tuples does, so that
/// actors at equal distance (ties whose length 1/w vanishes in addition) are settled in
/// NetworkX's order. Storage is allocated once per worker and reused per source.
///
/// - Complexity: push and pop are O(log h) for h entries; h ≤ m + 1 per source.
struct DistanceHeap {
    private var keys: [Double] = []
    private var pushes: [Int] = []
    private var predecessors: [Int32] = []
    private var actors: [Int32] = []
    private var pushCount = 0

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        pushes.reserveCapacity(capacity)
        predecessors.reserveCapacity(capacity)
        actors.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        pushes.removeAll(keepingCapacity: true)
        predecessors.removeAll(keepingCapacity: true)
        actors.removeAll(keepingCapacity: true)
        pushCount = 0
    }

    /// Whether entry i leaves before (key, push).
    @inline(__always)
    private func precedes(_ i: Int, _ key: Double, _ push: Int) -> Bool {
        keys[i] < key || (keys[i] == key && pushes[i] < push)
    }

    mutating func push(_ key: Double, _ actor: Int32, predecessor: Int32) {
        let push = pushCount
        pushCount += 1
        keys.append(key)
        pushes.append(push)
        predecessors.append(predecessor)
        actors.append(actor)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) >> 1
            if precedes(parent, key, push) { break }
            keys[child] = keys[parent]
            pushes[child] = pushes[parent]
            predecessors[child] = predecessors[parent]
            actors[child] = actors[parent]
            child = parent
        }
        keys[child] = key
        pushes[child] = push
        predecessors[child] = predecessor
        actors[child] = actor
    }

    /// Removes the entry of the smallest (distance, push number): its actor and the
    /// predecessor that pushed it.
    mutating func pop() -> (actor: Int32, predecessor: Int32) {
        let top = (actors[0], predecessors[0])
        let lastKey = keys.removeLast()
        let lastPush = pushes.removeLast()
        let lastPredecessor = predecessors.removeLast()
        let lastActor = actors.removeLast()
        let count = keys.count
        if count > 0 {
            var parent = 0
            while true {
                var child = 2 * parent + 1
                if child >= count { break }
                if child + 1 < count && precedes(child + 1, keys[child], pushes[child]) { child += 1 }
                if !precedes(child, lastKey, lastPush) { break }
                keys[parent] = keys[child]
                pushes[parent] = pushes[child]
                predecessors[parent] = predecessors[child]
                actors[parent] = actors[child]
                parent = child
            }
            keys[parent] = lastKey
            pushes[parent] = lastPush
            predecessors[parent] = lastPredecessor
            actors[parent] = lastActor
        }
        return top
    }
}
