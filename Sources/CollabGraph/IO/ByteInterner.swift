/// Maps byte strings (actor ids, relation type names) to dense `Int32` codes without
/// building a `String` per lookup: an open-addressing hash table (FNV-1a, linear probing)
/// over keys stored back to back in one byte arena.
///
/// The CSV loader uses it so that a million edge records cost a million hash probes on
/// raw bytes, not two million `String` allocations and dictionary look-ups. Each slot
/// holds two words — (hash tag, code) and (arena offset, length) — so a probe touches the
/// slot and the key's bytes and nothing else.
///
/// - Complexity: expected O(length) per look-up or insertion; memory O(total key bytes).
struct ByteInterner {
    private var arena: [UInt8] = []
    /// Two words per slot: `tag | (code + 1)` (0 when empty) and `offset << 32 | length`.
    private var slots: [UInt64]
    private var hashes: [UInt64] = []
    private var keys: [UInt64] = []            // offset << 32 | length, per code
    private var mask: Int

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: 2 * size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The code of `bytes`, or nil when it was never inserted.
    func code(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        code(of: bytes, hash: ByteInterner.hash(bytes))
    }

    /// The code of `bytes` whose ``hash(_:)`` the caller computed already (for example on
    /// another thread), or nil when it was never inserted.
    func code(of bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32? {
        let tag = h & ByteInterner.tagMask
        var slot = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let entry = slots[2 * slot]
                    if entry == 0 { return nil }
                    if entry & ByteInterner.tagMask == tag {
                        let key = slots[2 * slot + 1]
                        let offset = Int(key >> 32), length = Int(key & 0xFFFF_FFFF)
                        if length == bytes.count && memcmpEqual(arena.baseAddress! + offset, bytes.baseAddress, length) {
                            return Int32(Int(entry & 0xFFFF_FFFF) - 1)
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Inserts `bytes` (which must be absent) and returns its new code.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        insert(bytes, hash: ByteInterner.hash(bytes))
    }

    /// Inserts `bytes` (absent, with its precomputed ``hash(_:)``) and returns its new code.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
        if hashes.count * 2 >= slots.count / 2 { grow() }
        let code = Int32(hashes.count)
        let key = UInt64(arena.count) << 32 | UInt64(bytes.count)
        arena.append(contentsOf: bytes)
        hashes.append(h)
        keys.append(key)
        place(code, hash: h, key: key)
        return code
    }

    /// The hash of the key with this code (as ``hash(_:)`` computed it).
    func hash(ofCode code: Int32) -> UInt64 { hashes[Int(code)] }

    /// `body` with the bytes of the key with this code.
    func withKey<R>(_ code: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let key = keys[Int(code)]
        let offset = Int(key >> 32), length = Int(key & 0xFFFF_FFFF)
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offset ..< offset + length])) }
    }

    mutating func insert(_ text: String) {
        var copy = text
        copy.withUTF8 { _ = insert($0) }
    }

    private mutating func place(_ code: Int32, hash: UInt64, key: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
        slots[2 * slot] = (hash & ByteInterner.tagMask) | UInt64(code + 1)
        slots[2 * slot + 1] = key
    }

    private mutating func grow() {
        let size = slots.count   // doubles the slot count (two words per slot)
        slots = [UInt64](repeating: 0, count: 2 * size)
        mask = size - 1
        for code in hashes.indices { place(Int32(code), hash: hashes[code], key: keys[code]) }
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
    guard let b else { return count == 0 }
    for i in 0 ..< count where a[i] != b[i] { return false }
    return true
}
