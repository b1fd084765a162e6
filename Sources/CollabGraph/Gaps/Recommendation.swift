import Dispatch

/// The measured effect of adding one new tie focus–target to a view, for every candidate
/// target: the change in the focus's Burt constraint and effective size, in the actors and
/// groups it reaches within K hops, and in its betweenness. Every figure is the value on
/// the changed graph minus the value on the graph as it is, computed exactly (betweenness:
/// exactly up to ``TieEvaluator/exactBetweennessLimit`` actors, else by stated sampling).
///
/// **Structural holes** (``StructuralHoles``, NetworkX `constraint(G, nodes=[f])` and
/// `effective_size(G, nodes=[f])`): adding f–c changes only the rows of f and c, so the
/// focus's measures depend only on the ties incident to B = {f, c} ∪ N(f). Each candidate
/// builds that local graph (mutual weights a_uv of the original view, plus a_fc = the new
/// tie's weight) and evaluates the focus there; a test shows this equals recomputation on
/// the whole changed view. The new tie weighs 1, or with `weighted` the median weight of
/// the view's ties; in a directed view it is an arc focus → target.
///
/// **Reach** within K hops (partner rows, read as undirected): the changed graph reaches
/// B_K(f) ∪ B_{K−1}(c) (a shortest path uses the new tie at most once, and first), so the
/// newly reached actors are those within K − 1 hops of c that f did not reach. A group is
/// new when none of its actors was reached before.
///
/// **Betweenness** of the focus (normalised as NetworkX: ordered pairs over (n−1)(n−2),
/// hop distances on the undirected reading): with d, σ the distances and shortest-path
/// counts of the original graph, the changed graph has
/// d′(s,t) = min(d(s,t), d(s,f)+1+d(c,t), d(s,c)+1+d(f,t)) and σ′(s,t) the sum of
/// σ(s,t), σ(s,f)σ(c,t), σ(s,c)σ(f,t) over the terms that attain the minimum, and
/// c′_B(f) = Σ_{s≠f≠t} σ′(s,f)σ′(f,t)/σ′(s,t) [d′(s,f)+d′(f,t) = d′(s,t)].
/// A pair (s, t) can change only when s or t lies in T_c = {x : d(c,x) + 1 ≤ d(f,x)}
/// (the actors the new tie brings at least as close to f), so a source outside T_c visits
/// only T_c. One BFS per source is shared by all candidates. Up to
/// ``TieEvaluator/exactBetweennessLimit`` actors every source is used (exact); above it,
/// k sources drawn uniformly without replacement by a seeded SplitMix64 generator, scaled
/// by (n − 1)/k (Brandes & Pich 2007).
///
/// References: R. S. Burt, *Structural Holes* (1992), ISBN 0-674-84371-3; U. Brandes,
/// "A faster algorithm for betweenness centrality", *J. Math. Sociology* 25(2):163–177
/// (2001), doi:10.1080/0022250X.2001.9990249; U. Brandes & C. Pich, "Centrality
/// estimation in large networks", *Int. J. Bifurcation and Chaos* 17(7):2303–2318 (2007),
/// doi:10.1142/S0218127407018403.
///
/// - Complexity: per candidate c, O(Σ_{v∈B} d_v) for the structural holes and O(|ball|)
///   for reach; betweenness O(S (n + m) + S Σ_c |T_c| + |T_c| n) for S sources, run in
///   parallel over sources with per-thread buffers.
public struct TieEvaluator: Sendable {
    /// Views with at most this many actors get exact betweenness deltas.
    public static let exactBetweennessLimit = 2_000
    /// Sources sampled above the limit.
    public static let sampledSources = 256

    public let view: GraphView
    public let focus: Int
    public let weighted: Bool
    public let reach: FocusReach
    public let groups: ActorGroups
    /// The weight of the tie to add: 1, or the median tie weight with `weighted`.
    public let addedWeight: Double
    /// The focus's structural-hole measures now.
    public let before: StructuralHoleMeasures
    let holes: StructuralHoles
    public var betweennessSeed: UInt64 = 0x5EED_C011_AB00

    public init(view: GraphView, focus: Int, weighted: Bool, reach: FocusReach, groups: ActorGroups) {
        self.view = view
        self.focus = focus
        self.weighted = weighted
        self.reach = reach
        self.groups = groups
        self.addedWeight = weighted ? TieEvaluator.medianWeight(view) : 1
        self.holes = StructuralHoles(view: view, weighted: weighted)
        self.before = holes.measures(of: focus)
    }

    /// The median of the distinct ties' summed weights (1 for a graph without ties).
    public static func medianWeight(_ view: GraphView) -> Double {
        var weights: [Double] = []
        let rows = view.outgoing
        for u in 0 ..< rows.nodeCount {
            for i in rows.row(u) where view.isDirected || Int(rows.neighbours[i]) > u { weights.append(rows.weights[i]) }
        }
        guard !weights.isEmpty else { return 1 }
        weights.sort()
        let mid = weights.count / 2
        return weights.count % 2 == 1 ? weights[mid] : (weights[mid - 1] + weights[mid]) / 2
    }

    /// The focus's structural-hole measures with the tie focus–`target` added, from the
    /// local graph of ties incident to {focus, target} ∪ partners(focus).
    public func measuresWithTie(to target: Int) -> StructuralHoleMeasures {
        var local = LocalEgoBuilder(nodeCount: view.nodeCount)
        return local.measures(holes: holes, focus: focus, target: target, weight: newMutualWeight(to: target))
    }

    /// a_fc of the new tie: its weight (an arc focus → target, or an undirected tie).
    func newMutualWeight(to target: Int) -> Double { addedWeight }

    /// The effect of every candidate (same order).
    public func evaluate(_ candidates: [Int]) -> [TieEffect] {
        precondition(!candidates.contains(focus), "the focus cannot be its own candidate")
        let n = view.nodeCount
        let rows = view.partners
        // Groups already reached.
        var reachedInGroup = [Int](repeating: 0, count: groups.count)
        for x in 0 ..< n where reach.isReached(x) { reachedInGroup[Int(groups.groupOf[x])] += 1 }
        var effects: [TieEffect] = []
        effects.reserveCapacity(candidates.count)
        var local = LocalEgoBuilder(nodeCount: n)
        let search = BoundedSearch(rows: rows)
        var newInGroup = [Bool](repeating: false, count: groups.count)
        for c in candidates {
            precondition(!rows.contains(from: focus, to: Int32(c)), "candidate \(c) is already a partner")
            let after = local.measures(holes: holes, focus: focus, target: c, weight: newMutualWeight(to: c))
            var gained: [Int] = []
            var newGroups: [Int] = []
            for x in search.ball(from: c, radius: reach.maxHops - 1) {
                let xi = Int(x)
                guard xi != focus, !reach.isReached(xi) else { continue }
                gained.append(xi)
                let g = Int(groups.groupOf[xi])
                if reachedInGroup[g] == 0 && !newInGroup[g] { newInGroup[g] = true; newGroups.append(g) }
            }
            for g in newGroups { newInGroup[g] = false }
            gained.sort()
            newGroups.sort()
            var shared = 0
            for i in rows.row(focus) where rows.contains(from: c, to: rows.neighbours[i]) { shared += 1 }
            effects.append(TieEffect(
                target: c, addedWeight: addedWeight,
                constraintBefore: before.constraint, constraintAfter: after.constraint,
                effectiveSizeBefore: before.effectiveSize, effectiveSizeAfter: after.effectiveSize,
                newlyReached: gained, newGroups: newGroups, sharedPartners: shared,
                partnerCount: before.partnerCount,
                betweennessBefore: 0, betweennessAfter: 0, betweennessMethod: .exact))
        }
        let change = betweennessChange(candidates)
        for k in effects.indices {
            effects[k].betweennessBefore = change.before
            effects[k].betweennessAfter = change.before + change.deltas[k]
            effects[k].betweennessMethod = change.method
        }
        return effects
    }

    /// The focus's betweenness now and its change for each candidate tie.
    public func betweennessChange(_ candidates: [Int]) -> BetweennessChange {
        let rows = view.partners
        let n = rows.nodeCount
        let f = focus
        let C = candidates.count
        // Sources: every actor but the focus, or a seeded sample.
        var sources = (0 ..< n).filter { $0 != f }
        var method = BetweennessMethod.exact
        if n > TieEvaluator.exactBetweennessLimit && sources.count > TieEvaluator.sampledSources {
            var generator = SplitMix64(seed: betweennessSeed)
            let k = TieEvaluator.sampledSources
            for i in 0 ..< k {
                let j = i + Int(generator.next() % UInt64(sources.count - i))
                sources.swapAt(i, j)
            }
            sources = Array(sources[0 ..< k]).sorted()
            method = .sampled(sources: k, seed: betweennessSeed)
        }
        guard n > 2 else { return BetweennessChange(before: 0, deltas: [Double](repeating: 0, count: C), method: method) }

        var fromFocus = PathCounts(nodeCount: n)
        fromFocus.run(from: f, rows: rows)
        // Per candidate: d(c, ·), σ(c, ·) and T_c.
        var candidatePaths: [PathCounts] = []
        var inT: [[Bool]] = []
        var tLists: [[Int32]] = []
        candidatePaths.reserveCapacity(C)
        for c in candidates {
            var paths = PathCounts(nodeCount: n)
            paths.run(from: c, rows: rows)
            var flags = [Bool](repeating: false, count: n)
            var list: [Int32] = []
            for x in 0 ..< n where paths.level[x] >= 0 {
                let dfx = fromFocus.level[x]
                if dfx < 0 || paths.level[x] + 1 <= dfx { flags[x] = true; list.append(Int32(x)) }
            }
            candidatePaths.append(paths)
            inT.append(flags)
            tLists.append(list)
        }
        let df = fromFocus.level, sf = fromFocus.sigma
        let candidateLevels = candidatePaths.map(\.level), candidateSigmas = candidatePaths.map(\.sigma)
        candidatePaths.removeAll()
        let towardsFocus = inT, towardsFocusLists = tLists
        let workers = max(1, min(sources.count / 8 + 1, 8))
        let chunk = (sources.count + workers - 1) / workers
        var partialDeltas = [[Double]](repeating: [Double](repeating: 0, count: C), count: workers)
        var partialBefore = [Double](repeating: 0, count: workers)
        let sourceList = sources
        partialDeltas.withUnsafeMutableBufferPointer { deltasOut in
            partialBefore.withUnsafeMutableBufferPointer { beforeOut in
                nonisolated(unsafe) let deltasOut = deltasOut
                nonisolated(unsafe) let beforeOut = beforeOut
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    let low = w * chunk, high = min(sourceList.count, low + chunk)
                    guard low < high else { return }
                    var paths = PathCounts(nodeCount: n)
                    var deltas = [Double](repeating: 0, count: C)
                    var beforeSum = 0.0
                    for s in sourceList[low ..< high] {
                        paths.run(from: s, rows: rows)
                        let ds = paths.level, ss = paths.sigma
                        let dsf = hop(ds[f]), sigmaSF = ss[f]
                        if dsf < infinity {
                            for t in 0 ..< n where t != s && t != f {
                                let dst = hop(ds[t])
                                if dst < infinity && dsf + hop(df[t]) == dst { beforeSum += sigmaSF * sf[t] / ss[t] }
                            }
                        }
                        for k in 0 ..< C {
                            let c = candidates[k]
                            let dc = candidateLevels[k], sc = candidateSigmas[k]
                            let dsc = hop(ds[c]), sigmaSC = ss[c]
                            // d′(s, f), σ′(s, f)
                            let dsfNew = min(dsf, dsc + 1)
                            var sigmaSFNew = 0.0
                            if dsfNew < infinity {
                                if dsf == dsfNew { sigmaSFNew += sigmaSF }
                                if dsc + 1 == dsfNew { sigmaSFNew += sigmaSC }
                            }
                            var delta = 0.0
                            @inline(__always) func pair(_ t: Int) {
                                if t == s || t == f { return }
                                let dst = hop(ds[t]), dft = hop(df[t]), dct = hop(dc[t])
                                var old = 0.0
                                if dst < infinity && dsf + dft == dst { old = sigmaSF * sf[t] / ss[t] }
                                let viaFC = dsf + 1 + dct, viaCF = dsc + 1 + dft
                                let dstNew = min(dst, viaFC, viaCF)
                                var new = 0.0
                                if dstNew < infinity {
                                    let dftNew = min(dft, dct + 1)
                                    if dsfNew + dftNew == dstNew {
                                        var sigmaFTNew = 0.0
                                        if dft == dftNew { sigmaFTNew += sf[t] }
                                        if dct + 1 == dftNew { sigmaFTNew += sc[t] }
                                        var sigmaSTNew = 0.0
                                        if dst == dstNew { sigmaSTNew += ss[t] }
                                        if viaFC == dstNew { sigmaSTNew += sigmaSF * sc[t] }
                                        if viaCF == dstNew { sigmaSTNew += sigmaSC * sf[t] }
                                        new = sigmaSFNew * sigmaFTNew / sigmaSTNew
                                    }
                                }
                                delta += new - old
                            }
                            if towardsFocus[k][s] {
                                for t in 0 ..< n { pair(t) }
                            } else {
                                for t in towardsFocusLists[k] { pair(Int(t)) }
                            }
                            deltas[k] += delta
                        }
                    }
                    deltasOut[w] = deltas
                    beforeOut[w] = beforeSum
                }
            }
        }
        let scale = (Double(n - 1) / Double(sources.count)) / (Double(n - 1) * Double(n - 2))
        var deltas = [Double](repeating: 0, count: C)
        for w in 0 ..< workers { for k in 0 ..< C { deltas[k] += partialDeltas[w][k] } }
        return BetweennessChange(before: partialBefore.reduce(0, +) * scale, deltas: deltas.map { $0 * scale }, method: method)
    }
}

private let infinity = 1 << 40
@inline(__always) private func hop(_ level: Int32) -> Int { level < 0 ? infinity : Int(level) }

/// The focus's betweenness now and the change each candidate tie makes.
public struct BetweennessChange: Sendable, Equatable {
    public var before: Double
    public var deltas: [Double]
    public var method: BetweennessMethod
}

/// How a betweenness figure was obtained.
public enum BetweennessMethod: Sendable, Equatable, CustomStringConvertible {
    /// Every source (Brandes' sum in full).
    case exact
    /// `sources` sources drawn uniformly with a SplitMix64 generator seeded with `seed`,
    /// scaled by (n − 1)/sources.
    case sampled(sources: Int, seed: UInt64)

    public var description: String {
        switch self {
        case .exact: "exact (all sources)"
        case .sampled(let k, let seed): "sampled (\(k) sources, seed \(seed), scaled by (n−1)/\(k))"
        }
    }
}

/// The measured effect of one candidate tie focus–target.
public struct TieEffect: Sendable, Equatable {
    public var target: Int
    /// The weight given to the new tie.
    public var addedWeight: Double
    /// Burt's constraint of the focus before and after (nil before when it had no partner).
    public var constraintBefore: Double?
    public var constraintAfter: Double?
    public var effectiveSizeBefore: Double?
    public var effectiveSizeAfter: Double?
    /// Actors within K hops after the tie that were not before (index order).
    public var newlyReached: [Int]
    /// Groups with no actor reached before and one reached after (group order).
    public var newGroups: [Int]
    /// Partners of the focus already tied to the target.
    public var sharedPartners: Int
    /// The focus's partners before the tie.
    public var partnerCount: Int
    /// The focus's normalised betweenness before and after.
    public var betweennessBefore: Double
    public var betweennessAfter: Double
    public var betweennessMethod: BetweennessMethod

    /// after − before; when the focus had no partner, the after value.
    public var deltaConstraint: Double { (constraintAfter ?? 0) - (constraintBefore ?? 0) }
    public var deltaEffectiveSize: Double { (effectiveSizeAfter ?? 0) - (effectiveSizeBefore ?? 0) }
    public var deltaReach: Int { newlyReached.count }
    public var deltaBetweenness: Double { betweennessAfter - betweennessBefore }
    /// Partners of the focus not tied to the target: the holes the new tie spans.
    public var spannedPartners: Int { partnerCount - sharedPartners }
}

/// Builds the local graph of ties incident to B = {focus, target} ∪ partners(focus) with
/// compact indices (the focus is 0) and evaluates the focus there. Buffers are kept and
/// reset only where touched.
struct LocalEgoBuilder {
    private var localIndex: [Int32]
    private var inCore: [Bool]
    private var touched: [Int32] = []
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []

    init(nodeCount: Int) {
        localIndex = [Int32](repeating: -1, count: nodeCount)
        inCore = [Bool](repeating: false, count: nodeCount)
    }

    private mutating func local(_ x: Int) -> Int32 {
        if localIndex[x] < 0 { localIndex[x] = Int32(touched.count); touched.append(Int32(x)) }
        return localIndex[x]
    }

    mutating func measures(holes: StructuralHoles, focus: Int, target: Int, weight: Double) -> StructuralHoleMeasures {
        let rows = holes.partners
        for x in touched { localIndex[Int(x)] = -1; inCore[Int(x)] = false }
        touched.removeAll(keepingCapacity: true)
        sources.removeAll(keepingCapacity: true)
        targets.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
        var core: [Int] = [focus]
        for i in rows.row(focus) { core.append(Int(rows.neighbours[i])) }
        if target != focus && !rows.contains(from: focus, to: Int32(target)) { core.append(target) }
        for u in core { _ = local(u); inCore[u] = true }
        for u in core {
            for i in rows.row(u) {
                let v = Int(rows.neighbours[i])
                if inCore[v] && v < u { continue }     // each tie inside B once
                sources.append(local(u)); targets.append(local(v)); weights.append(holes.mutualWeight[i])
            }
        }
        sources.append(local(focus)); targets.append(local(target)); weights.append(weight)
        let localView = GraphView(nodeCount: touched.count, sources: sources, targets: targets, weights: weights, directed: false)
        return StructuralHoles(view: localView, weighted: true).measures(of: 0)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014, doi:10.1145/2714064.2660195): a small seeded
/// generator for reproducible sampling.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
