/// The null models of a conditional uniform graph test: what a random graph keeps of the
/// observed one. Each draws a simple graph on the same n actors, uniformly among those
/// that share the conditioned quantity:
///
/// - `size`: n only — every dyad (ordered pair when directed) tied with probability ½,
///   independently (`sna::rgraph(n, tprob = 0.5)`; `cug.test(cmode = "size")`).
/// - `edges`: n and the number of ties m — m distinct dyads drawn uniformly, G(n, m)
///   (Erdős & Rényi 1959; `sna::rgnm`; `cug.test(cmode = "edges")`).
/// - `dyads`: n and the dyad census (M mutual, A asymmetric, N null dyads) — M + A
///   unordered pairs drawn uniformly, M of them (uniformly) made mutual and each of the
///   others given a direction by a fair coin, U|MAN (Holland & Leinhardt 1976;
///   `sna::rguman(method = "exact")`; `cug.test(cmode = "dyad.census")`). On an undirected
///   view the census is just m ties: the same graphs as `edges`.
/// - `degree`: the degree sequence (directed: every actor's in- and out-degree) — the
///   observed graph rewired by Q × m double-edge swaps (Maslov & Sneppen 2002,
///   doi:10.1126/science.1065103; Milo et al. 2003, arXiv:cond-mat/0312028): two ties
///   a–b, c–d drawn uniformly (undirected: the second one's ends in random order) become
///   a–d, c–b unless that makes a self-loop or a tie that exists; refused swaps count as
///   steps (a lazy chain, symmetric, so uniform at stationarity). Undirected swaps reach
///   every simple graph with the degree sequence (Taylor 1981); directed swaps can miss
///   graphs that differ only by reversing a directed 3-cycle (Rao, Jana & Bandyopadhyay
///   1996), a small bias stated in the docs. Each draw restarts from the observed graph.
///
/// Every draw d has its own generator, ``SplitMix64`` seeded from (seed, d) alone, so a
/// draw is the same graph whichever thread makes it.
///
/// - Complexity per draw: `size` O(n²); `edges` and `dyads` O(m) expected (O(n²) when
///   more than half the dyads are tied); `degree` O(Q m) expected; plus O(n + m) to build
///   the view. Memory O(n + m).
public enum UniformGraphNull: String, Sendable, CaseIterable {
    case size, edges, dyads, degree

    /// The generator of draw `draw` under `seed`: a hash of the pair, so streams of
    /// different draws do not overlap.
    static func generator(seed: UInt64, draw: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: UInt64(truncatingIfNeeded: draw) &+ 0x6A09_E667_F3BC_C908)
        return SplitMix64(seed: seed ^ mixer.next())
    }
}

/// What a null model keeps of the observed graph, taken once.
struct NullModelTemplate: Sendable {
    let null: UniformGraphNull
    let nodeCount: Int
    let isDirected: Bool
    /// Observed ties: arcs, or pairs u < v when undirected.
    let tieSources: [Int32]
    let tieTargets: [Int32]
    /// Mutual and asymmetric dyads (directed views).
    let mutual: Int
    let asymmetric: Int
    /// Swap attempts per tie for the degree null.
    let swapsPerTie: Int

    init(view: GraphView, null: UniformGraphNull, swapsPerTie: Int) {
        self.null = null
        nodeCount = view.nodeCount
        isDirected = view.isDirected
        self.swapsPerTie = swapsPerTie
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(view.tieCount)
        targets.reserveCapacity(view.tieCount)
        let out = view.outgoing
        for u in 0 ..< view.nodeCount {
            for i in out.row(u) where view.isDirected || Int(out.neighbours[i]) > u {
                sources.append(Int32(u)); targets.append(out.neighbours[i])
            }
        }
        tieSources = sources
        tieTargets = targets
        let arcs = view.outgoing.entryCount, pairs = view.partners.entryCount / 2
        mutual = view.isDirected ? arcs - pairs : 0
        asymmetric = view.isDirected ? 2 * pairs - arcs : 0
    }

    /// Dyads: ordered pairs when directed, unordered ones otherwise.
    var dyadCount: Int { isDirected ? nodeCount * (nodeCount - 1) : nodeCount * (nodeCount - 1) / 2 }

    /// Draw `draw` under `seed`, as a view.
    func draw(_ draw: Int, seed: UInt64) -> GraphView {
        var random = UniformGraphNull.generator(seed: seed, draw: draw)
        var sources: [Int32] = [], targets: [Int32] = []
        switch null {
        case .size:
            (sources, targets) = halfDensity(&random)
        case .edges:
            (sources, targets) = uniformDyads(tieSources.count, directed: isDirected, &random)
        case .dyads:
            if isDirected {
                (sources, targets) = fixedCensus(&random)
            } else {
                (sources, targets) = uniformDyads(tieSources.count, directed: false, &random)
            }
        case .degree:
            (sources, targets) = rewired(&random)
        }
        return GraphView(nodeCount: nodeCount, sources: sources, targets: targets,
                         weights: [Double](repeating: 1, count: sources.count), directed: isDirected)
    }

    /// Every dyad tied by a fair coin, 64 coins per generator call.
    private func halfDensity(_ random: inout SplitMix64) -> ([Int32], [Int32]) {
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(dyadCount / 2 + 64)
        targets.reserveCapacity(dyadCount / 2 + 64)
        var bits: UInt64 = 0, left = 0
        for u in 0 ..< nodeCount {
            for v in (isDirected ? 0 : u + 1) ..< nodeCount where v != u {
                if left == 0 { bits = random.next(); left = 64 }
                if bits & 1 == 1 { sources.append(Int32(u)); targets.append(Int32(v)) }
                bits >>= 1
                left -= 1
            }
        }
        return (sources, targets)
    }

    /// A uniformly random dyad: an ordered pair u ≠ v, read as the pair (min, max) when
    /// undirected (each unordered pair is two ordered ones, so still uniform).
    @inline(__always)
    private func randomDyad(directed: Bool, _ random: inout SplitMix64) -> (Int32, Int32) {
        let u = random.below(nodeCount)
        var v = random.below(nodeCount - 1)
        if v >= u { v += 1 }
        if directed || u < v { return (Int32(u), Int32(v)) }
        return (Int32(v), Int32(u))
    }

    /// `count` distinct dyads drawn uniformly, in the order drawn (rejection of repeats);
    /// when more than half of all dyads are wanted, the dyads left out are drawn instead.
    private func uniformDyads(_ count: Int, directed: Bool, _ random: inout SplitMix64) -> ([Int32], [Int32]) {
        let total = directed ? nodeCount * (nodeCount - 1) : nodeCount * (nodeCount - 1) / 2
        precondition(count <= total, "more ties than dyads")
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(count)
        targets.reserveCapacity(count)
        if 2 * count <= total {
            var chosen = DyadSet(capacity: count)
            while sources.count < count {
                let (u, v) = randomDyad(directed: directed, &random)
                if chosen.insert(u, v) { sources.append(u); targets.append(v) }
            }
        } else {
            var left = DyadSet(capacity: total - count)
            var leftCount = 0
            while leftCount < total - count {
                let (u, v) = randomDyad(directed: directed, &random)
                if left.insert(u, v) { leftCount += 1 }
            }
            for u in 0 ..< nodeCount {
                for v in (directed ? 0 : u + 1) ..< nodeCount where v != u && !left.contains(Int32(u), Int32(v)) {
                    sources.append(Int32(u)); targets.append(Int32(v))
                }
            }
        }
        return (sources, targets)
    }

    /// U|MAN: M + A uniform pairs, the first M after a shuffle mutual, the others one arc
    /// each in a random direction.
    private func fixedCensus(_ random: inout SplitMix64) -> ([Int32], [Int32]) {
        var (first, second) = uniformDyads(mutual + asymmetric, directed: false, &random)
        let k = first.count
        for i in 0 ..< min(mutual, max(k - 1, 0)) {
            let j = i + random.below(k - i)
            first.swapAt(i, j); second.swapAt(i, j)
        }
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(2 * mutual + asymmetric)
        targets.reserveCapacity(2 * mutual + asymmetric)
        for i in 0 ..< k {
            if i < mutual {
                sources.append(first[i]); targets.append(second[i])
                sources.append(second[i]); targets.append(first[i])
            } else if random.next() & 1 == 0 {
                sources.append(first[i]); targets.append(second[i])
            } else {
                sources.append(second[i]); targets.append(first[i])
            }
        }
        return (sources, targets)
    }

    /// The observed ties after Q × m double-edge swap attempts.
    private func rewired(_ random: inout SplitMix64) -> ([Int32], [Int32]) {
        var sources = tieSources, targets = tieTargets
        let m = sources.count
        guard m >= 2 else { return (sources, targets) }
        var present = DyadSet(capacity: m)
        for i in 0 ..< m { _ = present.insert(sources[i], targets[i], directed: isDirected) }
        for _ in 0 ..< swapsPerTie * m {
            let i = random.below(m)
            var j = random.below(m - 1)
            if j >= i { j += 1 }
            let a = sources[i], b = targets[i]
            var c = sources[j], d = targets[j]
            if !isDirected && random.next() & 1 == 1 { swap(&c, &d) }
            // a–b, c–d → a–d, c–b.
            if a == d || c == b { continue }
            if present.contains(a, d, directed: isDirected) || present.contains(c, b, directed: isDirected) { continue }
            present.remove(a, b, directed: isDirected)
            present.remove(sources[j], targets[j], directed: isDirected)
            _ = present.insert(a, d, directed: isDirected)
            _ = present.insert(c, b, directed: isDirected)
            targets[i] = d
            sources[j] = c
            targets[j] = b
        }
        return (sources, targets)
    }
}

/// A set of dyads (u, v) by open addressing with linear probing and backward-shift
/// deletion (Knuth, TAOCP vol. 3, §6.4, Algorithm R): a flat array of 64-bit keys, no
/// per-entry allocation. Undirected dyads are stored as (min, max).
struct DyadSet {
    private var slots: [UInt64]
    private var mask: Int
    private static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        while size < 2 * max(capacity, 1) { size <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func key(_ u: Int32, _ v: Int32, directed: Bool) -> UInt64 {
        let (a, b) = directed || u < v ? (u, v) : (v, u)
        return UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// Inserts the dyad; false when it was there already. Keys given as stored (u, v).
    mutating func insert(_ u: Int32, _ v: Int32, directed: Bool = true) -> Bool {
        let key = Self.key(u, v, directed: directed)
        var i = home(key)
        while slots[i] != Self.empty {
            if slots[i] == key { return false }
            i = (i + 1) & mask
        }
        slots[i] = key
        return true
    }

    func contains(_ u: Int32, _ v: Int32, directed: Bool = true) -> Bool {
        let key = Self.key(u, v, directed: directed)
        var i = home(key)
        while slots[i] != Self.empty {
            if slots[i] == key { return true }
            i = (i + 1) & mask
        }
        return false
    }

    /// Removes the dyad if present, shifting later members of its probe run back.
    mutating func remove(_ u: Int32, _ v: Int32, directed: Bool = true) {
        let key = Self.key(u, v, directed: directed)
        var i = home(key)
        while slots[i] != key {
            if slots[i] == Self.empty { return }
            i = (i + 1) & mask
        }
        var hole = i
        var j = i
        while true {
            j = (j + 1) & mask
            let entry = slots[j]
            if entry == Self.empty { break }
            let h = home(entry)
            // Move the entry back if its home is not in the cyclic range (hole, j].
            let inRange = hole <= j ? (h > hole && h <= j) : (h > hole || h <= j)
            if !inRange {
                slots[hole] = entry
                hole = j
            }
        }
        slots[hole] = Self.empty
    }
}
