import Dispatch
import Foundation

/// The measured effect of adding one new tie focus–target to a view, for every candidate
/// target: the change in the focus's Burt constraint and effective size, in the actors and
/// groups it reaches within K hops, and in its betweenness. Every figure is the value on
/// the changed graph minus the value on the graph as it is, computed exactly (betweenness:
/// exactly up to ``TieEvaluator/exactBetweennessLimit`` actors, else by stated sampling).
///
/// **Structural holes** (``StructuralHoles``; NetworkX `constraint(G, nodes=[f])` and
/// `effective_size(G, nodes=[f])`). Adding f–c with mutual weight a changes only the rows
/// of f and c: T′_f = T_f + a, T′_c = T_c + a, M′_c = max(M_c, a) (T total, M strongest
/// mutual weight), N′ = N ∪ {c}. With, once per focus, for each partner v ∈ N
/// S_v = a_fv + Σ_{w∈N∩N(v)} a_fw a_wv / T_w and Q_v = Σ_{w∈N∩N(v)} a_fw a_vw / M_v
/// (so c(f) = Σ S_v² / T_f² and e(f) = |N| − Σ Q_v / T_f), the changed graph has exactly
///
///     c′(f) = [Σ_v S_v² + Σ_{v∈N∩N(c)} ((S_v + a a_cv/T′_c)² − S_v²)
///              + (a + Σ_{w∈N∩N(c)} a_fw a_wc / T_w)²] / T′_f²
///     e′(f) = |N| + 1 − [Σ_v Q_v + Σ_{v∈N∩N(c)} a a_vc / M_v + Σ_{w∈N∩N(c)} a_fw a_cw / M′_c] / T′_f
///
/// so each candidate costs one pass over c's row. Tests show it equals recomputation of
/// ``StructuralHoles`` on the whole changed view, and NetworkX on the changed graph. The new
/// tie weighs 1, or with `weighted` the median weight of the view's ties; in a directed view
/// it is an arc focus → target.
///
/// **Reach** within K hops (partner rows, read as undirected): the changed graph reaches
/// B_K(f) ∪ B_{K−1}(c) (a shortest path uses the new tie at most once, and first), so the
/// newly reached actors are those within K − 1 hops of c that f did not reach. A group is
/// new when none of its actors was reached before.
///
/// **Betweenness** of the focus (normalised as NetworkX: ordered pairs over (n−1)(n−2),
/// n the actors of the ``population`` — the tie network without membership-only networks —,
/// hop distances on the undirected reading): with d, σ the distances and shortest-path
/// counts of the original graph, the changed graph has
/// d′(s,t) = min(d(s,t), d(s,f)+1+d(c,t), d(s,c)+1+d(f,t)) and σ′(s,t) the sum of
/// σ(s,t), σ(s,f)σ(c,t), σ(s,c)σ(f,t) over the terms that attain the minimum, and
/// c′_B(f) = Σ_{s≠f≠t} σ′(s,f)σ′(f,t)/σ′(s,t) [d′(s,f)+d′(f,t) = d′(s,t)].
/// A pair (s, t) can change only when s or t lies in T_c = {x : d(c,x) + 1 ≤ d(f,x)}
/// (the actors the new tie brings at least as close to f), and d(c, ·), σ(c, ·) matter
/// only on T_c, which is closed under shortest-path predecessors from c: one breadth-first
/// search from c that expands only T_c finds them. Sources s ∉ T_c visit only T_c; sources
/// in T_c visit every t. Up to ``TieEvaluator/exactBetweennessLimit`` actors every source
/// is used (exact); above it k = ``TieEvaluator/sampledSources`` sources drawn uniformly
/// without replacement by a seeded SplitMix64 generator, scaled by (n − 1)/k (Brandes &
/// Pich 2007). The source searches are run once and shared by all candidates.
///
/// References: R. S. Burt, *Structural Holes* (1992), ISBN 0-674-84371-3; U. Brandes,
/// "A faster algorithm for betweenness centrality", *J. Math. Sociology* 25(2):163–177
/// (2001), doi:10.1080/0022250X.2001.9990249; U. Brandes & C. Pich, "Centrality
/// estimation in large networks", *Int. J. Bifurcation and Chaos* 17(7):2303–2318 (2007),
/// doi:10.1142/S0218127407018403.
///
/// - Complexity: O(Σ_{v∈N(f)} (d_f + d_v)) once; per candidate c, O(d_c) for the
///   structural holes, O(|ball|) for reach, and for betweenness O(vol(T_c) + S·|T_c| +
///   |T_c ∩ sources|·n) after S source searches O(S (n + m)) and O(S n) memory; candidates
///   run in parallel with per-thread buffers.
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
    /// Per entry of the focus's partner row: S_v and Q_v (see above); their sums.
    private let directConstraint: [Double]
    private let sumSquaredDirect: Double
    private let sumRedundancy: Double
    public var betweennessSeed: UInt64 = 0x5EED_C011_AB00
    /// The actors betweenness is normalised over (nil: every actor of the view): the
    /// actors of the tie network, without networks known only from memberships, which
    /// are neither sources nor counted in (n − 1)(n − 2).
    public let population: [Bool]?

    /// Prepares the evaluation of new ties focus–c on `view` (which may already hold
    /// earlier proposed ties, as in a ``TiePortfolio``). `addedWeight` fixes the weight of
    /// the tie to add (default: 1, or with `weighted` the median tie weight of `view`).
    /// `holes`: the structural holes of `view` with the same weighting, when the caller
    /// has them already (computed here otherwise).
    public init(view: GraphView, focus: Int, weighted: Bool, reach: FocusReach, groups: ActorGroups,
                addedWeight: Double? = nil, holes: StructuralHoles? = nil, population: [Bool]? = nil) {
        self.view = view
        self.population = population
        self.focus = focus
        self.weighted = weighted
        self.reach = reach
        self.groups = groups
        self.addedWeight = addedWeight ?? (weighted ? TieEvaluator.medianWeight(view) : 1)
        let holes = holes ?? StructuralHoles(view: view, weighted: weighted)
        self.holes = holes
        self.before = holes.measures(of: focus)
        // S_v and Q_v for each partner v: one merge of f's row with v's row.
        let rows = holes.partners, a = holes.mutualWeight
        let start = rows.offsets[focus], end = rows.offsets[focus + 1]
        var S = [Double](repeating: 0, count: end - start)
        var sumS2 = 0.0, sumQ = 0.0
        for iv in start ..< end {
            let v = Int(rows.neighbours[iv])
            var s_v = a[iv], q_v = 0.0
            var x = start, y = rows.offsets[v]
            let yEnd = rows.offsets[v + 1]
            while x < end && y < yEnd {
                let p = rows.neighbours[x], q = rows.neighbours[y]
                if p < q { x += 1 } else if q < p { y += 1 } else {
                    let w = Int(p)
                    s_v += a[x] * a[y] / holes.totalMutualWeight[w]
                    q_v += a[x] * a[y] / holes.strongestMutualWeight[v]
                    x += 1; y += 1
                }
            }
            S[iv - start] = s_v
            sumS2 += s_v * s_v
            sumQ += q_v
        }
        self.directConstraint = S
        self.sumSquaredDirect = sumS2
        self.sumRedundancy = sumQ
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

    /// The focus's constraint, effective size and efficiency with the tie focus–`target`
    /// added (the incremental form above), and how many of its partners the target is
    /// already tied to.
    public func measuresWithTie(to target: Int) -> FocusHoleMeasures {
        var positions = [Int32](repeating: -1, count: view.nodeCount)
        let rows = holes.partners
        for i in rows.row(focus) { positions[Int(rows.neighbours[i])] = Int32(i - rows.offsets[focus]) }
        return measuresWithTie(to: target, positionInFocusRow: positions)
    }

    /// As above, with `positionInFocusRow[v]` = v's position in the focus's partner row (−1
    /// when v is not a partner).
    func measuresWithTie(to c: Int, positionInFocusRow position: [Int32]) -> FocusHoleMeasures {
        let rows = holes.partners, a = holes.mutualWeight
        let fStart = rows.offsets[focus]
        let N = rows.offsets[focus + 1] - fStart
        let a_fc = addedWeight
        let T_f = holes.totalMutualWeight[focus] + a_fc
        let T_c = holes.totalMutualWeight[c] + a_fc
        let M_c = max(holes.strongestMutualWeight[c], a_fc)
        var squares = sumSquaredDirect
        var redundancy = sumRedundancy
        var indirectToC = 0.0, redundancyOfC = 0.0
        var shared = 0
        for j in rows.row(c) {
            let w = Int(rows.neighbours[j])
            let k = Int(position[w])
            guard k >= 0 else { continue }
            shared += 1
            let a_fw = a[fStart + k], a_cw = a[j]
            indirectToC += a_fw * a_cw / holes.totalMutualWeight[w]
            redundancyOfC += a_fw * a_cw
            let s_w = directConstraint[k]
            let s_new = s_w + a_fc * a_cw / T_c
            squares += s_new * s_new - s_w * s_w
            redundancy += a_fc * a_cw / holes.strongestMutualWeight[w]
        }
        let direct_c = a_fc + indirectToC
        squares += direct_c * direct_c
        redundancy += redundancyOfC / M_c
        let effectiveSize = Double(N + 1) - redundancy / T_f
        return FocusHoleMeasures(constraint: squares / (T_f * T_f), effectiveSize: effectiveSize,
                                 efficiency: effectiveSize / Double(N + 1), sharedPartners: shared)
    }

    /// The effect of every candidate (same order).
    ///
    /// - Parameters:
    ///   - betweennessShortlist: when there are more candidates than this, the betweenness
    ///     change is measured only for this many: those ranking highest by `scoring` on the
    ///     other three components (constraint relief, reach, new groups; ties by index). The
    ///     others carry `betweennessAfter == nil` ("not evaluated"). nil: measure every one.
    ///   - scoring: the weights that pick the shortlist.
    public func evaluate(_ candidates: [Int], betweennessShortlist: Int? = nil,
                         scoring: RecommendationScoring = .standard) -> [TieEffect] {
        precondition(!candidates.contains(focus), "the focus cannot be its own candidate")
        let n = view.nodeCount
        let rows = view.partners
        var reachedInGroup = [Int](repeating: 0, count: groups.count)
        for x in 0 ..< n where reach.isReached(x) { reachedInGroup[Int(groups.groupOf[x])] += 1 }
        var position = [Int32](repeating: -1, count: n)
        for i in holes.partners.row(focus) { position[Int(holes.partners.neighbours[i])] = Int32(i - holes.partners.offsets[focus]) }
        var effects: [TieEffect] = []
        effects.reserveCapacity(candidates.count)
        // The ball of radius K − 1 around each candidate: one reusable bounded search.
        var search = BreadthFirstSearch(nodeCount: n)
        var newInGroup = [Bool](repeating: false, count: groups.count)
        for c in candidates {
            precondition(position[c] < 0, "candidate \(c) is already a partner")
            let after = measuresWithTie(to: c, positionInFocusRow: position)
            var gained: [Int] = []
            var newGroups: [Int] = []
            search.reset()
            let ball = search.run(from: [Int32(c)], in: rows, maxHops: reach.maxHops - 1)
            for x in search.visited[ball] {
                let xi = Int(x)
                guard xi != focus, !reach.isReached(xi) else { continue }
                gained.append(xi)
                let g = Int(groups.groupOf[xi])
                if reachedInGroup[g] == 0 && !newInGroup[g] { newInGroup[g] = true; newGroups.append(g) }
            }
            for g in newGroups { newInGroup[g] = false }
            gained.sort()
            newGroups.sort()
            effects.append(TieEffect(
                target: c, addedWeight: addedWeight,
                constraintBefore: before.constraint, constraintAfter: after.constraint,
                effectiveSizeBefore: before.effectiveSize, effectiveSizeAfter: after.effectiveSize,
                newlyReached: gained, newGroups: newGroups, sharedPartners: after.sharedPartners,
                partnerCount: before.partnerCount,
                betweennessBefore: 0, betweennessAfter: nil, betweennessMethod: .exact))
        }
        var measured = Array(effects.indices)
        if let limit = betweennessShortlist, effects.count > limit {
            var withoutBetweenness = scoring
            withoutBetweenness.betweenness = 0
            let ranked = withoutBetweenness.rank(effects) { _ in "" }
            var index = [Int: Int]()
            for (k, c) in candidates.enumerated() { index[c] = k }
            measured = ranked.prefix(limit).map { index[$0.target]! }.sorted()
        }
        let change = betweennessChange(measured.map { candidates[$0] })
        for k in effects.indices {
            effects[k].betweennessBefore = change.before
            effects[k].betweennessMethod = change.method
        }
        for (j, k) in measured.enumerated() { effects[k].betweennessAfter = change.before + change.deltas[j] }
        return effects
    }

    /// The focus's betweenness now and its change for each candidate tie.
    public func betweennessChange(_ candidates: [Int]) -> BetweennessChange {
        let rows = view.partners
        let n = rows.nodeCount
        let f = focus
        let C = candidates.count
        // Sources: every actor of the population but the focus, or a seeded sample; the
        // normalisation counts the population only (actors outside it have no tie).
        let population = self.population
        let counted = population.map { $0.lazy.filter { $0 }.count } ?? n
        var sources = (0 ..< n).filter { $0 != f && (population?[$0] ?? true) }
        var method = BetweennessMethod.exact
        if counted > TieEvaluator.exactBetweennessLimit && sources.count > TieEvaluator.sampledSources {
            let k = TieEvaluator.sampledSources
            sources = sources.seededSample(k, seed: betweennessSeed).sorted()
            method = .sampled(sources: k, seed: betweennessSeed)
        }
        guard counted > 2 else { return BetweennessChange(before: 0, deltas: [Double](repeating: 0, count: C), method: method) }
        let sourceList = sources
        let S = sourceList.count

        let fromFocus = PathCounts(rows: rows)
        fromFocus.run(from: f)
        let (df, sf) = fromFocus.tables()
        // One search per source, kept: d(s, ·) and σ(s, ·) as S × n row-major tables.
        var sourceLevel = [Int32](repeating: -1, count: S * n)
        var sourceSigma = [Double](repeating: 0, count: S * n)
        sourceLevel.withSharedBuffer { levelOut in
            sourceSigma.withSharedBuffer { sigmaOut in
                // Source k writes only its own row k·n ..< (k + 1)·n of each table.
                Parallel.forEachChunk(count: S, minimumChunk: 8) { range in
                    let paths = PathCounts(rows: rows)
                    for k in range {
                        paths.run(from: sourceList[k])
                        for x in paths.visited {
                            levelOut[k * n + Int(x)] = paths.level(Int(x))
                            sigmaOut[k * n + Int(x)] = paths.sigma(Int(x))
                        }
                    }
                }
            }
        }
        // c_B(f) now.
        var beforeSum = 0.0
        for k in 0 ..< S {
            let s = sources[k], base = k * n
            let dsf = hop(sourceLevel[base + f])
            guard dsf < infinity else { continue }
            let sigmaSF = sourceSigma[base + f]
            for t in 0 ..< n where t != s && t != f {
                let dst = hop(sourceLevel[base + t])
                if dst < infinity && dsf + hop(df[t]) == dst { beforeSum += sigmaSF * sf[t] / sourceSigma[base + t] }
            }
        }
        // The change for each candidate, in parallel over candidates.
        var deltas = [Double](repeating: 0, count: C)
        let levels = sourceLevel, sigmas = sourceSigma
        Parallel.forEachChunk(writing: &deltas, minimumChunk: 8) { range, out in
            var towards = TowardsFocusSearch(nodeCount: n)
            for k in range {
                let c = candidates[k]
                towards.run(from: c, rows: rows, focusLevel: df)
                let dc = towards.level, sc = towards.sigma, T = towards.visited
                var delta = 0.0
                for q in 0 ..< S {
                    let s = sourceList[q], base = q * n
                    let dsf = hop(levels[base + f]), sigmaSF = sigmas[base + f]
                    let dsc = hop(levels[base + c]), sigmaSC = sigmas[base + c]
                    let dsfNew = min(dsf, dsc + 1)
                    var sigmaSFNew = 0.0
                    if dsfNew < infinity {
                        if dsf == dsfNew { sigmaSFNew += sigmaSF }
                        if dsc + 1 == dsfNew { sigmaSFNew += sigmaSC }
                    }
                    @inline(__always) func pair(_ t: Int) -> Double {
                        if t == s || t == f { return 0 }
                        let dst = hop(levels[base + t]), dft = hop(df[t]), dct = hop(dc[t])
                        var old = 0.0
                        if dst < infinity && dsf + dft == dst { old = sigmaSF * sf[t] / sigmas[base + t] }
                        let viaFC = dsf + 1 + dct, viaCF = dsc + 1 + dft
                        let dstNew = min(dst, viaFC, viaCF)
                        guard dstNew < infinity else { return -old }
                        let dftNew = min(dft, dct + 1)
                        guard dsfNew + dftNew == dstNew else { return -old }
                        var sigmaFTNew = 0.0
                        if dft == dftNew { sigmaFTNew += sf[t] }
                        if dct + 1 == dftNew { sigmaFTNew += sc[t] }
                        var sigmaSTNew = 0.0
                        if dst == dstNew { sigmaSTNew += sigmas[base + t] }
                        if viaFC == dstNew { sigmaSTNew += sigmaSF * sc[t] }
                        if viaCF == dstNew { sigmaSTNew += sigmaSC * sf[t] }
                        return sigmaSFNew * sigmaFTNew / sigmaSTNew - old
                    }
                    if dc[s] >= 0 {
                        // s ∈ T_c: every target can change.
                        for t in 0 ..< n { delta += pair(t) }
                    } else {
                        for t in T { delta += pair(Int(t)) }
                    }
                }
                out[k] = delta
            }
        }
        let scale = (Double(counted - 1) / Double(S)) / (Double(counted - 1) * Double(counted - 2))
        return BetweennessChange(before: beforeSum * scale, deltas: deltas.map { $0 * scale }, method: method)
    }
}

/// Burt's measures of the focus after one added tie, and the target's ties to its partners.
public struct FocusHoleMeasures: Sendable, Equatable {
    public var constraint: Double
    public var effectiveSize: Double
    public var efficiency: Double
    /// Partners of the focus already tied to the target.
    public var sharedPartners: Int
}

/// Breadth-first search from a candidate c that expands only T_c = {x : d(c,x) + 1 ≤ d(f,x)}
/// (closed under shortest-path predecessors from c, so distances and path counts on T_c
/// are exact): the shared ``BreadthFirstSearch`` restricted by `admit`, counting paths
/// σ(c, x) as it scans. Outside T_c, `level` is −1. Buffers are reset only where touched.
struct TowardsFocusSearch {
    private var search: BreadthFirstSearch
    var sigma: [Double]

    init(nodeCount: Int) {
        search = BreadthFirstSearch(nodeCount: nodeCount)
        sigma = [Double](repeating: 0, count: nodeCount)
    }

    /// d(c, x) for x in T_c, −1 elsewhere.
    var level: [Int32] { search.distance }
    /// T_c in breadth-first order.
    var visited: [Int32] { search.visited }

    mutating func run(from c: Int, rows: CompressedAdjacency, focusLevel df: [Int32]) {
        for x in search.visited { sigma[Int(x)] = 0 }
        search.reset()
        @inline(__always) func inT(_ x: Int, _ d: Int32) -> Bool { df[x] < 0 || d + 1 <= df[x] }
        guard inT(c, 0) else { return }
        sigma[c] = 1
        sigma.withUnsafeMutableBufferPointer { sigma in
            _ = search.run(from: [Int32(c)], in: rows, admit: inT) { entry in
                if entry.toDistance == entry.fromDistance + 1 { sigma[entry.to] += sigma[entry.from] }
            }
        }
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
    /// nil when the change was not evaluated (outside the betweenness shortlist).
    public var betweennessAfter: Double?
    public var betweennessMethod: BetweennessMethod

    /// after − before; when the focus had no partner, the after value.
    public var deltaConstraint: Double { (constraintAfter ?? 0) - (constraintBefore ?? 0) }
    public var deltaEffectiveSize: Double { (effectiveSizeAfter ?? 0) - (effectiveSizeBefore ?? 0) }
    public var deltaReach: Int { newlyReached.count }
    public var deltaBetweenness: Double? { betweennessAfter.map { $0 - betweennessBefore } }
    /// Partners of the focus not tied to the target: the holes the new tie spans.
    public var spannedPartners: Int { partnerCount - sharedPartners }
}

