import Foundation

/// Homophily: do actors tie to their own kind (sector, place, tier)?
///
/// - **E–I index** (Krackhardt & Stern 1988, doi:10.2307/2786835): (E − I)/(E + I) over
///   between-group (E) and within-group (I) ties, from ``GroupMixing`` (reused). Its
///   **expected value** is the index of the complete graph on the same groups, i.e. of
///   the possible ties: E* = pairs across groups, I* = pairs within them (UCINET's
///   "expected" E–I). A **seeded permutation test** shuffles the group labels over the
///   actors (group sizes and the ties fixed; ``SplitMix64``); p(≤) and p(≥) are
///   (1 + #{permuted ≤ / ≥ observed}) / (1 + permutations) (Phipson & Smyth 2010,
///   doi:10.2202/1544-6115.1585), for the whole network and per group. The permutation
///   mean of the network index equals the expected value exactly (every tie is internal
///   with probability I*/(E* + I*)), which the tests check statistically.
/// - **Yule's Q** of the 2×2 dyad table tie/no tie × same/different group:
///   Q = (ad − bc)/(ad + bc) with a within-group ties, b within-group non-ties, c
///   between-group ties, d between-group non-ties (nil when ad + bc = 0).
/// - **Attribute assortativity** (Newman 2003, doi:10.1103/PhysRevE.67.026126):
///   r = (Σ_i e_ii − Σ_i a_i b_i)/(1 − Σ_i a_i b_i) from the mixing fractions e_ij (tie
///   ends; an undirected tie counts once each way), a_i = Σ_j e_ij, b_j = Σ_i e_ij.
///   NetworkX 3.6.1 `attribute_assortativity_coefficient`.
/// - **Numeric assortativity**: the Pearson correlation of a numeric attribute across tie
///   ends (undirected ties both ways; arcs source → target), over the ties whose ends
///   both have a number; NetworkX `numeric_assortativity_coefficient` on the subgraph of
///   the actors with a value. The `tier` attribute reads as its rank (local 1 …
///   national 4, ``TierAnalysis/rank(of:)``); other attributes must parse as numbers.
/// - **Degree assortativity**: the same correlation of degrees (directed: source
///   out-degree against target in-degree), NetworkX `degree_assortativity_coefficient`.
/// - **Mixing matrix**: observed e_ij against expected a_i b_j.
///
/// Conventions: the collapsed view's distinct ties (parallel records summed, self-loops
/// left out), unweighted. Directed views count arcs and ordered pairs.
///
/// - Complexity: O(n + m + g²) for the measures; O(P (n + m)) for P permutations, counted
///   in parallel batches (the shuffles stay in one seeded sequence).
public struct HomophilyAnalysis: Sendable {
    public let groups: ActorGroups
    public let isDirected: Bool
    public let mixing: GroupMixing
    public let network: EIIndexTest
    /// One per group, in group order.
    public let perGroup: [EIIndexTest]
    public let yulesQ: Double?
    public let attributeAssortativity: Double?
    public let degreeAssortativity: Double?
    /// Mixing fractions e_ij, row-major g × g.
    public let observedMixing: [Double]
    /// Expected fractions a_i b_j, row-major g × g.
    public let expectedMixing: [Double]
    public let permutations: Int
    public let seed: UInt64

    public init(view: GraphView, groups: ActorGroups, permutations: Int = 1000, seed: UInt64 = 1) {
        precondition(groups.actorCount == view.nodeCount, "one group per actor")
        let g = groups.count, n = view.nodeCount
        self.groups = groups
        isDirected = view.isDirected
        self.permutations = permutations
        self.seed = seed
        mixing = GroupMixing(view: view, groups: groups)

        // The ties as (source, target), each undirected tie once.
        let ends = Self.tieEnds(view)
        // Observed counts: the group mixing matrix's (one E–I definition in the library).
        let summaries = mixing.groupSummaries, whole = mixing.networkSummary
        var observed = EICounts(groupCount: g)
        observed.internalTies = summaries.map(\.internalTies)
        observed.externalTies = summaries.map(\.externalTies)
        observed.networkInternal = whole.internalTies
        observed.networkExternal = whole.externalTies
        let possible = Self.possibleCounts(sizes: groups.sizes, actors: n, directed: isDirected)

        // Permutations of the labels.
        var lowerNetwork = 0, upperNetwork = 0
        var lowerGroup = [Int](repeating: 0, count: g), upperGroup = [Int](repeating: 0, count: g)
        var sum = 0.0, sumSquares = 0.0
        var labels = groups.groupOf
        var generator = SplitMix64(seed: seed)
        let observedNetwork = whole.eiIndex, observedGroups = summaries.map(\.eiIndex)
        // The shuffles run in order from the one generator; each batch of shuffled labels is
        // counted in parallel and folded in permutation order, so the numbers are those of
        // the sequential loop on any machine.
        var permuted = [EICounts]()
        var drawn = 0
        while drawn < permutations {
            let batch = min(Self.permutationBatch, permutations - drawn)
            var shuffled: [[Int32]] = []
            shuffled.reserveCapacity(batch)
            for _ in 0 ..< batch {
                for i in stride(from: labels.count - 1, to: 0, by: -1) { labels.swapAt(i, generator.below(i + 1)) }
                shuffled.append(labels)
            }
            let frozen = shuffled
            permuted += Parallel.mapChunks(count: batch, minimumChunk: 1) { range in
                range.map { EICounts(ends: ends, groupOf: frozen[$0], groupCount: g) }
            }.joined()
            drawn += batch
        }
        for counts in permuted {
            if let e = counts.networkIndex, let o = observedNetwork {
                sum += e; sumSquares += e * e
                if e <= o { lowerNetwork += 1 }
                if e >= o { upperNetwork += 1 }
            }
            for a in 0 ..< g {
                guard let e = counts.index(of: a), let o = observedGroups[a] else { continue }
                if e <= o { lowerGroup[a] += 1 }
                if e >= o { upperGroup[a] += 1 }
            }
        }
        func p(_ count: Int) -> Double? { permutations == 0 ? nil : Double(count + 1) / Double(permutations + 1) }
        let mean = permutations == 0 ? nil : sum / Double(permutations)
        let spread = permutations < 2 ? nil : (sumSquares - sum * sum / Double(permutations)) / Double(permutations - 1)
        network = EIIndexTest(group: nil, actors: n, internalTies: observed.networkInternal,
                              externalTies: observed.networkExternal,
                              expected: Self.index(between: possible.networkExternal, within: possible.networkInternal),
                              pLower: observedNetwork == nil ? nil : p(lowerNetwork),
                              pUpper: observedNetwork == nil ? nil : p(upperNetwork),
                              permutationMean: observedNetwork == nil ? nil : mean,
                              permutationStandardDeviation: observedNetwork == nil ? nil : spread.map { Foundation.sqrt(max(0, $0)) })
        perGroup = (0 ..< g).map { a in
            EIIndexTest(group: a, actors: groups.sizes[a], internalTies: observed.internalTies[a],
                        externalTies: observed.externalTies[a],
                        expected: Self.index(between: possible.externalTies[a], within: possible.internalTies[a]),
                        pLower: observedGroups[a] == nil ? nil : p(lowerGroup[a]),
                        pUpper: observedGroups[a] == nil ? nil : p(upperGroup[a]),
                        permutationMean: nil, permutationStandardDeviation: nil)
        }

        // Yule's Q over dyads.
        let a = Double(observed.networkInternal), c = Double(observed.networkExternal)
        let b = Double(possible.networkInternal) - a, d = Double(possible.networkExternal) - c
        let denominator = a * d + b * c
        yulesQ = denominator == 0 ? nil : (a * d - b * c) / denominator

        // Mixing fractions over tie ends.
        var e = [Double](repeating: 0, count: g * g)
        for (u, v) in ends {
            let x = Int(groups.groupOf[u]), y = Int(groups.groupOf[v])
            e[x * g + y] += 1
            if !isDirected { e[y * g + x] += 1 }
        }
        let total = e.reduce(0, +)
        if total > 0 { for i in e.indices { e[i] /= total } }
        var rowSum = [Double](repeating: 0, count: g), columnSum = [Double](repeating: 0, count: g)
        for x in 0 ..< g { for y in 0 ..< g { rowSum[x] += e[x * g + y]; columnSum[y] += e[x * g + y] } }
        observedMixing = e
        var expected = [Double](repeating: 0, count: g * g)
        for x in 0 ..< g { for y in 0 ..< g { expected[x * g + y] = rowSum[x] * columnSum[y] } }
        expectedMixing = expected
        var trace = 0.0, chance = 0.0
        for x in 0 ..< g { trace += e[x * g + x]; chance += rowSum[x] * columnSum[x] }
        attributeAssortativity = total == 0 || chance == 1 ? nil : (trace - chance) / (1 - chance)

        // Degree assortativity.
        let outDegree = (0 ..< n).map { Double(view.outgoing.degree($0)) }
        let inDegree = (0 ..< n).map { Double(view.incoming.degree($0)) }
        degreeAssortativity = Self.endCorrelation(ends, directed: isDirected, source: outDegree, target: inDegree)
    }

    /// Pearson correlation of `source` values at tie sources and `target` values at tie
    /// targets (undirected: both orders, with `source` used at both ends); nil when either
    /// side has no variance or there are no ties. Actors whose value is nil are left out
    /// with their ties.
    static func endCorrelation(_ ends: [(Int, Int)], directed: Bool, source: [Double?], target: [Double?]) -> Double? {
        var count = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
        func add(_ x: Double, _ y: Double) {
            count += 1; sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y
        }
        for (u, v) in ends {
            if directed {
                guard let x = source[u], let y = target[v] else { continue }
                add(x, y)
            } else {
                guard let x = source[u], let y = source[v] else { continue }
                add(x, y); add(y, x)
            }
        }
        guard count > 0 else { return nil }
        let covariance = sxy / count - (sx / count) * (sy / count)
        let varianceX = sxx / count - (sx / count) * (sx / count)
        let varianceY = syy / count - (sy / count) * (sy / count)
        guard varianceX > 0, varianceY > 0 else { return nil }
        return covariance / Foundation.sqrt(varianceX * varianceY)
    }

    /// Numeric assortativity of `values` (nil: actor without a number).
    public func numericAssortativity(view: GraphView, values: [Double?]) -> Double? {
        Self.endCorrelation(Self.tieEnds(view), directed: view.isDirected, source: values, target: values)
    }

    /// The numbers of `attribute` per actor: tier ranks for `tier`, else parsed numbers;
    /// nil for actors without a value. Throws ``RequestError`` naming the first value that
    /// is not a number.
    public static func numericValues(graph: CollaborationGraph, attribute: String) throws -> [Double?] {
        try graph.actors.map { try numericValue(of: $0, attribute: attribute) }
    }

    /// One actor's number of `attribute` (the tier's rank for `tier`), nil without a value.
    public static func numericValue(of actor: Actor, attribute: String) throws -> Double? {
        guard let text = actor.value(of: attribute), !text.isEmpty else { return nil }
        if attribute == "tier" {
            guard let rank = TierAnalysis.rank(of: text) else {
                throw RequestError.unknownTier(actor: actor.id, value: text, tiers: TierAnalysis.tiers)
            }
            return Double(rank)
        }
        guard let number = Double(text), number.isFinite else {
            throw RequestError.notNumeric(attribute: attribute, actor: actor.id, value: text)
        }
        return number
    }

    /// Each tie once as (source, target): arcs of a directed view, pairs u < v otherwise.
    /// Permutations shuffled ahead and counted together (``init(view:groups:permutations:seed:)``).
    static let permutationBatch = 32

    static func tieEnds(_ view: GraphView) -> [(Int, Int)] {
        var ends: [(Int, Int)] = []
        ends.reserveCapacity(view.tieCount)
        let out = view.outgoing
        for u in 0 ..< view.nodeCount {
            for i in out.row(u) {
                let v = Int(out.neighbours[i])
                if view.isDirected || u < v { ends.append((u, v)) }
            }
        }
        return ends
    }

    static func index(between external: Int, within internalCount: Int) -> Double? {
        external + internalCount == 0 ? nil : Double(external - internalCount) / Double(external + internalCount)
    }

    /// Possible ties (pairs, or ordered pairs when directed) within and across groups.
    static func possibleCounts(sizes: [Int], actors n: Int, directed: Bool) -> EICounts {
        let factor = directed ? 2 : 1
        var counts = EICounts(groupCount: sizes.count)
        for (a, size) in sizes.enumerated() {
            counts.internalTies[a] = factor * size * (size - 1) / 2
            counts.externalTies[a] = factor * size * (n - size)
            counts.networkInternal += counts.internalTies[a]
        }
        counts.networkExternal = factor * n * (n - 1) / 2 - counts.networkInternal
        return counts
    }

    /// One sentence for a report, e.g. "Ties stay within sectors: E–I −0.42 (expected
    /// 0.61), p < 0.01." nil without ties.
    public func sentence(attribute: String) -> String? {
        guard let observed = network.index, let expected = network.expected else { return nil }
        let plural = attribute.hasSuffix("y") ? String(attribute.dropLast()) + "ies" : attribute.hasSuffix("s") ? attribute : attribute + "s"
        let inward = observed < expected
        let lead = inward ? (observed < 0 ? "Ties stay within \(plural)" : "Ties lean towards the same \(attribute)")
                          : "Ties cross \(plural) more than chance"
        var text = "\(lead): E–I \(NumberFormat.signed(observed)) (expected \(NumberFormat.signed(expected)))"
        if let p = inward ? network.pLower : network.pUpper {
            text += ", " + NumberFormat.pValue(p, permutations: permutations)
        }
        if let q = yulesQ { text += "; Yule's Q \(NumberFormat.signed(q))" }
        return text + "."
    }
}

/// Within- and between-group tie counts (per group and for the network).
struct EICounts: Sendable {
    var internalTies: [Int]
    var externalTies: [Int]
    var networkInternal = 0
    var networkExternal = 0

    init(groupCount: Int) {
        internalTies = [Int](repeating: 0, count: groupCount)
        externalTies = [Int](repeating: 0, count: groupCount)
    }

    init(ends: [(Int, Int)], groupOf: [Int32], groupCount: Int) {
        self.init(groupCount: groupCount)
        for (u, v) in ends {
            let a = Int(groupOf[u]), b = Int(groupOf[v])
            if a == b {
                internalTies[a] += 1; networkInternal += 1
            } else {
                externalTies[a] += 1; externalTies[b] += 1; networkExternal += 1
            }
        }
    }

    var networkIndex: Double? { HomophilyAnalysis.index(between: networkExternal, within: networkInternal) }
    func index(of group: Int) -> Double? { HomophilyAnalysis.index(between: externalTies[group], within: internalTies[group]) }
}

/// The E–I index of the network (`group` nil) or one group, with its expected value and
/// permutation p-values.
public struct EIIndexTest: Sendable, Equatable {
    public var group: Int?
    public var actors: Int
    public var internalTies: Int
    public var externalTies: Int
    /// The index of the possible ties (nil when none are possible).
    public var expected: Double?
    /// Share of permutations at or below (above) the observed index, (1 + k)/(1 + P).
    public var pLower: Double?
    public var pUpper: Double?
    /// Mean and standard deviation of the permuted network index.
    public var permutationMean: Double?
    public var permutationStandardDeviation: Double?

    /// (E − I)/(E + I); nil without ties.
    public var index: Double? { HomophilyAnalysis.index(between: externalTies, within: internalTies) }
}

extension NumberFormat {
    /// "−0.42" / "+0.31" / "0.00", two decimals with a true minus sign.
    public static func signed(_ value: Double) -> String {
        let text = fixed(abs(value), digits: 2)
        if text == "0.00" { return text }
        return (value < 0 ? "−" : "+") + text
    }

    /// "p < 0.01", "p < 0.05" or "p = 0.23" for a permutation p-value.
    public static func pValue(_ p: Double, permutations: Int) -> String {
        if p < 0.01 { return "p < 0.01" }
        if p < 0.05 { return "p < 0.05" }
        return "p = \(fixed(p, digits: 2))"
    }
}
