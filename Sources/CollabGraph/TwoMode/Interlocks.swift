/// Interlocks: pairs of networks that share members, and through whom — the boards joined
/// by a common director (Mintz & Schwartz), the forums an alliance links by sitting on both.
///
/// A pair (a, b) of networks interlocks when N(a) ∩ N(b) holds at least `minimumShared`
/// actors; `shared` is that count (the `count` projection onto the network mode) and
/// `members` lists them. The actors through whom most interlocks run are the two-mode
/// brokers: ``throughCount`` counts the pairs each actor links.
///
/// Reference: the network-mode projection of R. L. Breiger, "The duality of persons and
/// groups", Social Forces 53(2), 181–190, 1974, doi:10.2307/2576011 (`shared` equals
/// NetworkX `weighted_projected_graph(B, networks)`).
///
/// - Complexity: O(Σ_a d(a)²) time over the actors a (each pair of an actor's networks
///   once), O(P + Σ shared) space for P pairs.
public struct Interlocks: Sendable, Equatable {
    /// The lower network node of each pair (two-mode node index).
    public var first: [Int32]
    /// The higher network node of each pair.
    public var second: [Int32]
    /// Members shared by each pair.
    public var shared: [Int]
    /// The shared members of pair p at `members[memberOffsets[p] ..< memberOffsets[p + 1]]`,
    /// ascending (actor node indices).
    public var memberOffsets: [Int]
    public var members: [Int32]
    /// For each actor node: the number of interlocking pairs it is one of the links of.
    public var throughCount: [Int]

    public var count: Int { first.count }

    /// The actors through whom pair `p` interlocks.
    public func members(ofPair p: Int) -> ArraySlice<Int32> { members[memberOffsets[p] ..< memberOffsets[p + 1]] }

    /// The pairs sharing at least `minimumShared` members, in the same order (a filter of
    /// these interlocks: the same as computing them with that minimum).
    public func filtered(minimumShared: Int) -> Interlocks {
        var out = self
        out.first = []; out.second = []; out.shared = []; out.memberOffsets = [0]; out.members = []
        out.throughCount = [Int](repeating: 0, count: throughCount.count)
        for p in 0 ..< count where shared[p] >= minimumShared {
            out.first.append(first[p]); out.second.append(second[p]); out.shared.append(shared[p])
            for a in members(ofPair: p) {
                out.members.append(a)
                out.throughCount[Int(a)] += 1
            }
            out.memberOffsets.append(out.members.count)
        }
        return out
    }

    /// The smallest k ≥ 1 for which at most `limit` pairs share k members or more.
    public func minimumShared(keepingAtMost limit: Int) -> Int {
        guard count > limit else { return 1 }
        var pairsWith = [Int](repeating: 0, count: (shared.max() ?? 0) + 2)
        for s in shared { pairsWith[s] += 1 }
        var kept = 0
        for k in stride(from: pairsWith.count - 1, through: 1, by: -1) {
            if kept + pairsWith[k] > limit { return k + 1 }
            kept += pairsWith[k]
        }
        return 1
    }

    /// The interlocks of `graph`, pairs ordered by (first, second).
    public init(_ graph: TwoModeGraph, minimumShared: Int = 1) {
        let adjacency = graph.adjacency
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        var first: [Int32] = [], second: [Int32] = [], shared: [Int] = []
        var memberOffsets = [0], members: [Int32] = []
        var throughCount = [Int](repeating: 0, count: graph.actorCount)
        var met: [(Int32, Int32)] = []                   // (b, actor) met from a
        for a in graph.nodes(.network) {
            met.removeAll(keepingCapacity: true)
            for i in offsets[a] ..< offsets[a + 1] {
                let actor = neighbours[i]
                for j in offsets[Int(actor)] ..< offsets[Int(actor) + 1] where neighbours[j] > Int32(a) {
                    met.append((neighbours[j], actor))
                }
            }
            met.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var start = 0
            while start < met.count {
                var end = start + 1
                while end < met.count && met[end].0 == met[start].0 { end += 1 }
                if end - start >= max(1, minimumShared) {
                    first.append(Int32(a)); second.append(met[start].0); shared.append(end - start)
                    for k in start ..< end {
                        members.append(met[k].1)
                        throughCount[Int(met[k].1)] += 1
                    }
                    memberOffsets.append(members.count)
                }
                start = end
            }
        }
        self.first = first
        self.second = second
        self.shared = shared
        self.memberOffsets = memberOffsets
        self.members = members
        self.throughCount = throughCount
    }
}
