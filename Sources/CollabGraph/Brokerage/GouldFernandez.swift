import Foundation

/// Gould–Fernandez brokerage roles: how often each actor sits between two others, by the
/// groups of the three actors, with expected counts and z-scores under a random-graph
/// baseline.
///
/// Counting (R `sna::brokerage`, `src/gli.c` `brokerage_R`): every ordered two-path
/// i → b → k with i ≠ k and **no** tie i → k gives the broker b one count, classified by
/// the groups g(·):
///
/// | role | groups | sna column |
/// |---|---|---|
/// | coordinator | g(i) = g(b) = g(k) | w_I |
/// | itinerant (consultant) | g(i) = g(k) ≠ g(b) | w_O |
/// | representative | g(i) = g(b) ≠ g(k) | b_IO |
/// | gatekeeper | g(i) ≠ g(b) = g(k) | b_OI |
/// | liaison | g(i), g(b), g(k) all different | b_O |
///
/// `total` is their sum (sna's `t`). Tie weights are ignored. An undirected view counts as
/// a symmetric digraph, so each open two-path i – b – k counts twice (i→b→k, k→b→i).
///
/// Baseline (sna `R/models.R`, `brokerage`): ties independent with probability
/// d = m / (N(N−1)), m the number of directed ties (twice the undirected ties),
/// q = d²(1−d), r = d³(1−d)³; for a broker in group i of size n_i, the other groups of
/// sizes n_j (j ≠ i):
///
/// | role | expected E | variance V |
/// |---|---|---|
/// | coordinator | q (n_i−1)(n_i−2) | E(1−q) + 2 (n_i−1)(n_i−2)(n_i−3) r |
/// | itinerant | q Σ_j n_j(n_j−1) | E(1−q) + 2 Σ_j n_j(n_j−1)(n_j−2) r |
/// | representative, gatekeeper | q (N−n_i)(n_i−1) | E(1−q) + 2 [(n_i−1) C(N−n_i, 2) + (N−n_i) C(n_i−1, 2)] r |
/// | liaison | q [(Σ_j n_j)² − Σ_j n_j²] | E(1−q) + 4 Σ_j n_j C(N−n_j−n_i, 2) r |
/// | total | q (N−1)(N−2) | E(1−q) + 2 (N−1)(N−2)(N−3) r |
///
/// z = (count − E) / √V; a role whose variance is 0 (e.g. d = 0 or 1, or a group too
/// small for the role) has no z-score (nil), never ±∞ or NaN.
///
/// References: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal
/// approach to brokerage in transaction networks", *Sociological Methodology* 19:89–126
/// (1989), doi:10.2307/270949. Matches R `sna::brokerage` (C. T. Butts), counts and
/// `exp.nli`, `sd.nli`, `z.nli`.
///
/// - Complexity: for each broker b and each in-partner i of b, one merge of b's and i's
///   sorted out-rows: O(Σ_b Σ_{i→b} (d⁺_b + d⁺_i)) time, no triple is stored; parallel
///   over brokers. The baseline is O(n + distinct group sizes × groups).
public enum GouldFernandez {
    /// Role counts of every actor (entry b belongs to broker b): on an undirected view by
    /// counting pairs and triangles (``undirectedRoleCounts(view:groups:)``), on a directed
    /// one by walking every two-path, in parallel.
    public static func roleCounts(view: GraphView, groups: ActorGroups) -> [BrokerageRoleCounts] {
        precondition(groups.actorCount == view.nodeCount, "one group per actor")
        if !view.isDirected { return undirectedRoleCounts(view: view, groups: groups) }
        let n = view.nodeCount
        var results = [BrokerageRoleCounts](repeating: BrokerageRoleCounts(), count: n)
        Parallel.forEachChunk(writing: &results, minimumChunk: 32) { range, out in
            for b in range { out[b] = roleCounts(of: b, view: view, groups: groups) }
        }
        return results
    }

    /// Role counts of one broker b.
    ///
    /// - Complexity: O(Σ_{i→b} (d⁺_b + d⁺_i)).
    public static func roleCounts(of b: Int, view: GraphView, groups: ActorGroups) -> BrokerageRoleCounts {
        let out = view.outgoing
        let group = groups.groupOf
        let g_b = group[b]
        var counts = BrokerageRoleCounts()
        let kStart = out.offsets[b], kEnd = out.offsets[b + 1]
        guard kStart < kEnd else { return counts }
        for entry in view.incoming.row(b) {
            let i = view.incoming.neighbours[entry]
            let g_i = group[Int(i)]
            // Walk b's out-row (the k) against i's out-row (ties i → k that close the path).
            var c = out.offsets[Int(i)]
            let cEnd = out.offsets[Int(i) + 1]
            for kPosition in kStart ..< kEnd {
                let k = out.neighbours[kPosition]
                if k == i { continue }
                while c < cEnd && out.neighbours[c] < k { c += 1 }
                if c < cEnd && out.neighbours[c] == k { continue }
                let g_k = group[Int(k)]
                if g_b == g_i {
                    if g_b == g_k { counts.coordinator += 1 } else { counts.representative += 1 }
                } else if g_b == g_k {
                    counts.gatekeeper += 1
                } else if g_i == g_k {
                    counts.itinerant += 1
                } else {
                    counts.liaison += 1
                }
            }
        }
        return counts
    }

    /// The random-graph baseline of `sna::brokerage` for `view` and `groups`: density
    /// d = m / (N(N−1)) over directed ties (an undirected tie counts twice), and the
    /// expected count and variance of every role for a broker of each group.
    /// `population`, when given, marks the actors of the tie network: N and the group sizes
    /// count those only (actors outside it — networks known only from memberships — have no
    /// tie), so the baseline is `sna::brokerage`'s on the tie network's actors alone.
    public static func baseline(view: GraphView, groups: ActorGroups, population: [Bool]? = nil) -> BrokerageBaseline {
        precondition(groups.actorCount == view.nodeCount, "one group per actor")
        let directedTies = view.outgoing.entryCount
        guard let population else {
            return BrokerageBaseline(actorCount: view.nodeCount, directedTieCount: directedTies, groupSizes: groups.sizes)
        }
        var sizes = [Int](repeating: 0, count: groups.count)
        for u in 0 ..< view.nodeCount where population[u] { sizes[Int(groups.groupOf[u])] += 1 }
        return BrokerageBaseline(actorCount: population.lazy.filter { $0 }.count, directedTieCount: directedTies, groupSizes: sizes)
    }
}

/// The Gould–Fernandez role counts of one broker.
public struct BrokerageRoleCounts: Sendable, Equatable {
    /// w_I: i, broker and k all in one group.
    public var coordinator = 0
    /// w_O: i and k in one group, the broker in another.
    public var itinerant = 0
    /// b_IO: the broker in i's group, k in another.
    public var representative = 0
    /// b_OI: the broker in k's group, i in another.
    public var gatekeeper = 0
    /// b_O: three different groups.
    public var liaison = 0

    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    /// t: all brokered two-paths.
    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }

    /// The counts as numbers, for comparison with a baseline.
    public var values: BrokerageRoleValues {
        BrokerageRoleValues(coordinator: Double(coordinator), itinerant: Double(itinerant),
                            representative: Double(representative), gatekeeper: Double(gatekeeper),
                            liaison: Double(liaison), total: Double(total))
    }
}

/// One number per Gould–Fernandez role (an expected count, a variance, a z-score…);
/// nil where undefined.
public struct BrokerageRoleValues: Sendable, Equatable {
    public var coordinator: Double?
    public var itinerant: Double?
    public var representative: Double?
    public var gatekeeper: Double?
    public var liaison: Double?
    public var total: Double?

    public init(coordinator: Double?, itinerant: Double?, representative: Double?, gatekeeper: Double?,
                liaison: Double?, total: Double?) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = total
    }

    public static let undefined = BrokerageRoleValues(coordinator: nil, itinerant: nil, representative: nil,
                                                      gatekeeper: nil, liaison: nil, total: nil)

    /// The values in column order: coordinator, itinerant, representative, gatekeeper,
    /// liaison, total.
    public var ordered: [Double?] { [coordinator, itinerant, representative, gatekeeper, liaison, total] }

    init(ordered v: [Double?]) {
        self.init(coordinator: v[0], itinerant: v[1], representative: v[2], gatekeeper: v[3], liaison: v[4], total: v[5])
    }
}

/// The random-graph baseline of `sna::brokerage` (see ``GouldFernandez``): expected role
/// counts and variances for a broker of each group.
public struct BrokerageBaseline: Sendable, Equatable {
    /// N.
    public let actorCount: Int
    /// m: directed ties (an undirected tie counts twice).
    public let directedTieCount: Int
    /// d = m / (N(N−1)); nil when N < 2.
    public let density: Double?
    /// Expected counts for a broker of each group (indexed by group number).
    public let expected: [BrokerageRoleValues]
    /// Variances for a broker of each group.
    public let variance: [BrokerageRoleValues]

    public init(actorCount: Int, directedTieCount: Int, groupSizes: [Int]) {
        self.actorCount = actorCount
        self.directedTieCount = directedTieCount
        guard actorCount >= 2 else {
            density = nil
            expected = groupSizes.map { _ in .undefined }
            variance = groupSizes.map { _ in .undefined }
            return
        }
        let N = Double(actorCount)
        let d = Double(directedTieCount) / (N * (N - 1))
        let q = d * d * (1 - d)
        let r = d * d * d * (1 - d) * (1 - d) * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        let n = groupSizes.map(Double.init)
        var expected: [BrokerageRoleValues] = []
        var variance: [BrokerageRoleValues] = []
        // The moments depend on the broker's group only through its size n_i (the other
        // groups are all groups but one of that size), so they are computed once per
        // distinct size: O(distinct sizes × groups) rather than O(groups²).
        var bySize: [Int: (BrokerageRoleValues, BrokerageRoleValues)] = [:]
        for i in n.indices {
            if let known = bySize[groupSizes[i]] {
                expected.append(known.0)
                variance.append(known.1)
                continue
            }
            let n_i = n[i]
            let others = n.indices.filter { $0 != i }.map { n[$0] }
            var E = [Double](repeating: 0, count: 6)
            var V = [Double](repeating: 0, count: 6)
            // Coordinator (w_I).
            E[0] = q * (n_i - 1) * (n_i - 2)
            V[0] = E[0] * (1 - q) + 2 * (n_i - 1) * (n_i - 2) * (n_i - 3) * r
            // Itinerant (w_O).
            E[1] = q * others.reduce(0) { $0 + $1 * ($1 - 1) }
            V[1] = E[1] * (1 - q) + 2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * r
            // Representative (b_IO) and gatekeeper (b_OI).
            E[2] = q * (N - n_i) * (n_i - 1)
            V[2] = E[2] * (1 - q) + 2 * ((n_i - 1) * choose2(N - n_i) + (N - n_i) * choose2(n_i - 1)) * r
            E[3] = E[2]
            V[3] = V[2]
            // Liaison (b_O).
            let sum = others.reduce(0, +)
            E[4] = q * (sum * sum - others.reduce(0) { $0 + $1 * $1 })
            V[4] = E[4] * (1 - q) + 4 * others.reduce(0) { $0 + $1 * choose2(N - $1 - n_i) * r }
            // Total (t).
            E[5] = q * (N - 1) * (N - 2)
            V[5] = E[5] * (1 - q) + 2 * (N - 1) * (N - 2) * (N - 3) * r
            let moments = (BrokerageRoleValues(ordered: E), BrokerageRoleValues(ordered: V))
            bySize[groupSizes[i]] = moments
            expected.append(moments.0)
            variance.append(moments.1)
        }
        self.density = d
        self.expected = expected
        self.variance = variance
    }

    /// z = (count − E) / √V for a broker of group `group`; nil where V = 0.
    public func zScores(_ counts: BrokerageRoleCounts, group: Int) -> BrokerageRoleValues {
        let observed = counts.values.ordered
        let E = expected[group].ordered
        let V = variance[group].ordered
        var z: [Double?] = []
        for role in 0 ..< 6 {
            guard let e = E[role], let v = V[role], let x = observed[role], v > 0 else { z.append(nil); continue }
            let score = (x - e) / v.squareRoot()
            z.append(score.isFinite ? score : nil)
        }
        return BrokerageRoleValues(ordered: z)
    }

    /// √V per role for a broker of group `group` (sna's `sd.nli`).
    public func standardDeviations(group: Int) -> BrokerageRoleValues {
        BrokerageRoleValues(ordered: variance[group].ordered.map { $0.map { max(0, $0).squareRoot() } })
    }
}
