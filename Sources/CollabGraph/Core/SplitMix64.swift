/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number
/// generators", doi:10.1145/2714064.2660195): a small seeded generator, so that sampled
/// sources and generated test graphs are the same on every run and platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0 ..< bound` (modulo reduction; the bias is below 2⁻⁴⁰ for the bounds
    /// used here).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

extension Array {
    /// `count` distinct elements drawn uniformly by a partial Fisher–Yates shuffle driven by
    /// ``SplitMix64`` from `seed`, in the order drawn: the same seed gives the same sample.
    public func seededSample(_ count: Int, seed: UInt64) -> [Element] {
        var pool = self
        var generator = SplitMix64(seed: seed)
        let k = Swift.min(Swift.max(count, 0), pool.count)
        for i in 0 ..< k { pool.swapAt(i, i + generator.below(pool.count - i)) }
        return Array(pool.prefix(k))
    }
}
