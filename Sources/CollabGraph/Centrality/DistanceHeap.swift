/// A binary min-heap of (distance, actor) entries for Dijkstra's algorithm, with lazy
/// deletion: an actor whose tentative distance improves is pushed again, and stale entries
/// are skipped when popped. Storage is allocated once per worker and reused per source.
///
/// - Complexity: push and pop are O(log h) for h entries; h ≤ m + 1 per source.
struct DistanceHeap {
    private var keys: [Double] = []
    private var actors: [Int32] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        actors.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        actors.removeAll(keepingCapacity: true)
    }

    // The sift loops read and write through buffer pointers: every index is below the
    // count the loop tests (checked once, by the arrays' own append/removeLast).
    mutating func push(_ key: Double, _ actor: Int32) {
        keys.append(key)
        actors.append(actor)
        keys.withUnsafeMutableBufferPointer { keys in
            actors.withUnsafeMutableBufferPointer { actors in
                var child = keys.count - 1
                while child > 0 {
                    let parent = (child - 1) >> 1
                    if keys[parent] <= key { break }
                    keys[child] = keys[parent]
                    actors[child] = actors[parent]
                    child = parent
                }
                keys[child] = key
                actors[child] = actor
            }
        }
    }

    /// Removes and returns the actor with the smallest key.
    mutating func pop() -> Int32 {
        let top = actors[0]
        let lastKey = keys.removeLast()
        let lastActor = actors.removeLast()
        let count = keys.count
        if count > 0 {
            keys.withUnsafeMutableBufferPointer { keys in
                actors.withUnsafeMutableBufferPointer { actors in
                    var parent = 0
                    while true {
                        var child = 2 * parent + 1
                        if child >= count { break }
                        if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                        if keys[child] >= lastKey { break }
                        keys[parent] = keys[child]
                        actors[parent] = actors[child]
                        parent = child
                    }
                    keys[parent] = lastKey
                    actors[parent] = lastActor
                }
            }
        }
        return top
    }
}
