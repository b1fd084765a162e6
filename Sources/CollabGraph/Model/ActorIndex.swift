/// The index of each actor by its id: an open-addressing table of actor indices (linear
/// probing, FNV-1a on the id's UTF-8 bytes; the hash's high half picks the slot and is kept
/// beside each index, so that a probe compares an id only on a likely match and the table
/// grows without re-hashing). The ids themselves are not copied: they are read from the
/// graph's actors.
///
/// Eight bytes a slot at a load of at most one half: 16 bytes or less per actor, where a
/// `[String: Int32]` takes 20 per bucket at a load of at most three quarters (about 40 per
/// actor at 200,000 actors).
///
/// - Complexity: expected O(length of the id) per look-up or insertion.
struct ActorIndex: Sendable {
    /// `tag << 32 | (index + 1)`; 0 when empty.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 16)
    private var count = 0

    private static func hash(_ id: String) -> UInt64 {
        var text = id
        return text.withUTF8 { ByteInterner.hash($0) }
    }

    /// The index of the actor with this id among `actors`, if any.
    func index(of id: String, in actors: [Actor]) -> Int32? {
        let tag = ActorIndex.hash(id) >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> 32 == tag {
                let index = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if actors[Int(index)].id == id { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records that `actors[index]` has this id (absent so far).
    mutating func insert(_ id: String, index: Int32) {
        if 2 * (count + 1) > slots.count { resize(to: 2 * slots.count) }
        place(tag: ActorIndex.hash(id) >> 32, index: index)
        count += 1
    }

    /// Makes room for `capacity` actors without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < 2 * capacity { size <<= 1 }
        if size > slots.count { resize(to: size) }
    }

    private mutating func place(tag: UInt64, index: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: tag) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = tag << 32 | UInt64(UInt32(index) + 1)
    }

    /// Re-places every entry in a table of `size` slots (by its stored tag).
    private mutating func resize(to size: Int) {
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        for entry in old where entry != 0 {
            place(tag: entry >> 32, index: Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1)
        }
    }
}
