/// The collaboration profile of a whole system (or of a group of actors): how strongly
/// collaborative it is, with a verdict and the criteria that produced it.
///
/// Measures, over the dyads (connected pairs) of a ``TieStrengthTable``:
/// - strong share: strong pairs / pairs (and the share of weight they carry);
/// - reciprocity: two-way pairs (records both ways) / pairs — the dyad-level share, not
///   NetworkX's arc-level `reciprocity` (which is 2r / (2r + one-way pairs));
/// - depth distribution: pairs by their deepest rung (engagement, exchange,
///   co-production, unrated) and record weight by the record's own rung, as shares;
/// - mean multiplexity and mean strength over pairs;
/// - transitivity and average clustering of the undirected, unweighted collapsed view
///   (``ClusteringCoefficients``; NetworkX `transitivity`, `average_clustering`);
/// - fragmentation: connected components, the share of actors in the largest one, and
///   isolates (actors with no tie).
///
/// Verdict (thresholds from the rubric's `verdict` section, defaults in brackets):
/// 1. *fragmented* when there is no tie, or the largest component holds less than
///    `largest_component_share` [0.5] of the actors;
/// 2. otherwise *strongly collaborative* when strong share ≥ `strong_share` [0.5] and
///    reciprocity ≥ `reciprocity` [0.5] (this criterion is dropped when records carry no
///    direction) — most ties strong and most two-way, the
///    "strongly collaborative local learning system" of Hodgson & Spours (2006);
/// 3. otherwise *weakly collaborative*.
/// Every criterion is reported with its value, threshold and whether it was met.
///
/// Shares of nothing (no pairs, no actors) are 0.
///
/// - Complexity: O(n + P + Σ_v k_v²) for n actors and P pairs (clustering dominates).
public struct TieSummary: Sendable, Equatable {
    public var pairCount: Int = 0
    public var recordCount: Int = 0
    public var weight: Double = 0
    public var strongPairs: Int = 0
    public var strongWeight: Double = 0
    public var reciprocalPairs: Int = 0
    /// Pairs by deepest rung (nil = unrated).
    public var pairsByDepth = DepthCounts()
    /// Record weight by the record's rung.
    public var weightByDepth = DepthWeights()
    public var multiplexitySum: Int = 0
    public var strengthSum: Double = 0

    public init() {}

    /// Adds one tie.
    public mutating func add(_ tie: TieStrength) {
        let d = tie.dyad
        pairCount += 1
        recordCount += d.records
        weight += d.weight
        if tie.isStrong { strongPairs += 1; strongWeight += d.weight }
        if d.isReciprocal { reciprocalPairs += 1 }
        pairsByDepth[d.depth] += 1
        weightByDepth = weightByDepth + d.weightByDepth
        multiplexitySum += d.multiplexity
        strengthSum += tie.strength
    }

    static func share(_ part: Double, _ whole: Double) -> Double { whole > 0 ? part / whole : 0 }

    public var strongShare: Double { TieSummary.share(Double(strongPairs), Double(pairCount)) }
    public var strongWeightShare: Double { TieSummary.share(strongWeight, weight) }
    public var reciprocity: Double { TieSummary.share(Double(reciprocalPairs), Double(pairCount)) }
    public var meanMultiplexity: Double { TieSummary.share(Double(multiplexitySum), Double(pairCount)) }
    public var meanStrength: Double { TieSummary.share(strengthSum, Double(pairCount)) }
    /// Share of pairs whose deepest rung is `depth` (nil = unrated).
    public func pairShare(_ depth: Depth?) -> Double { TieSummary.share(Double(pairsByDepth[depth]), Double(pairCount)) }
    /// Share of record weight at `depth` (nil = unrated).
    public func weightShare(_ depth: Depth?) -> Double { TieSummary.share(weightByDepth[depth], weightByDepth.total) }
}

/// One criterion of a verdict: `value` compared with `threshold`.
public struct VerdictCriterion: Sendable, Equatable {
    /// `largest_component_share`, `strong_share` or `reciprocity`.
    public var name: String
    public var value: Double
    public var threshold: Double
    /// value ≥ threshold.
    public var met: Bool
    /// What meeting it means, in words.
    public var meaning: String
}

/// The verdict on a system.
public enum VerdictKind: String, Sendable {
    case stronglyCollaborative = "strongly collaborative"
    case weaklyCollaborative = "weakly collaborative"
    case fragmented = "fragmented"
}

public struct Verdict: Sendable, Equatable {
    public var kind: VerdictKind
    /// The criteria that were measured, with their numbers.
    public var criteria: [VerdictCriterion]
    /// Criteria that could not be measured on this data (the verdict rests on the others):
    /// `reciprocity` when records carry no direction.
    public var notMeasured: [String] = []
    /// One sentence: the verdict and why.
    public var explanation: String

    /// Applies the rubric's verdict thresholds.
    ///
    /// - Parameters:
    ///   - largestComponentShare: nil for a group pair (no fragmentation criterion).
    ///   - reciprocity: nil when records carry no direction (no reciprocity criterion).
    public static func judge(actorCount: Int, pairCount: Int, largestComponentShare: Double?, strongShare: Double,
                             reciprocity: Double?, thresholds: StrengthRubric.VerdictThresholds) -> Verdict {
        func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }
        var criteria: [VerdictCriterion] = []
        if let largestComponentShare {
            criteria.append(VerdictCriterion(name: "largest_component_share", value: largestComponentShare,
                                             threshold: thresholds.largestComponentShare,
                                             met: largestComponentShare >= thresholds.largestComponentShare,
                                             meaning: "most actors are connected in one component"))
        }
        criteria.append(VerdictCriterion(name: "strong_share", value: strongShare, threshold: thresholds.strongShare,
                                         met: strongShare >= thresholds.strongShare,
                                         meaning: "strong ties are the norm"))
        if let reciprocity {
            criteria.append(VerdictCriterion(name: "reciprocity", value: reciprocity, threshold: thresholds.reciprocity,
                                             met: reciprocity >= thresholds.reciprocity,
                                             meaning: "ties run both ways (two-way street)"))
        }
        var verdict = judge(criteria: criteria, pairCount: pairCount)
        if reciprocity == nil {
            verdict.notMeasured = ["reciprocity"]
            verdict.explanation += "; two-way pairs not measured (the records carry no direction)"
        }
        return verdict
    }

    static func judge(criteria: [VerdictCriterion], pairCount: Int) -> Verdict {
        func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }
        let connected = criteria.first { $0.name == "largest_component_share" }
        if pairCount == 0 {
            return Verdict(kind: .fragmented, criteria: criteria, explanation: "fragmented: there are no ties")
        }
        if let connected, !connected.met {
            return Verdict(kind: .fragmented, criteria: criteria,
                           explanation: "fragmented: the largest component holds \(percent(connected.value)) of the actors, below \(percent(connected.threshold))")
        }
        let strong = criteria.first { $0.name == "strong_share" }!
        let twoWay = criteria.first { $0.name == "reciprocity" }
        var numbers = "strong ties \(percent(strong.value)) (threshold \(percent(strong.threshold)))"
        if let twoWay { numbers += ", two-way pairs \(percent(twoWay.value)) (threshold \(percent(twoWay.threshold)))" }
        if strong.met && (twoWay?.met ?? true) {
            return Verdict(kind: .stronglyCollaborative, criteria: criteria, explanation: "strongly collaborative: \(numbers)")
        }
        return Verdict(kind: .weaklyCollaborative, criteria: criteria, explanation: "weakly collaborative: \(numbers)")
    }
}

/// The profile of a system or of one group of actors.
public struct CollaborationProfile: Sendable, Equatable {
    /// Actors considered (the whole graph or the group's members).
    public var actorCount: Int
    public var ties: TieSummary
    public var clustering: ClusteringCoefficients
    public var componentCount: Int
    public var largestComponentSize: Int
    public var isolateCount: Int
    public var verdict: Verdict

    public var largestComponentShare: Double { TieSummary.share(Double(largestComponentSize), Double(actorCount)) }
    public var transitivity: Double { clustering.transitivity }
    public var averageClustering: Double { clustering.averageClustering }

    /// The profile of the actors in `members` (all actors when nil) and the ties among them.
    /// `components`: the components of `table.view.partners` over `members`, when the
    /// caller has them already (computed here otherwise).
    public init(_ table: TieStrengthTable, members: [Bool]? = nil, components: Components? = nil) {
        var summary = TieSummary()
        for tie in table.ties {
            if let members, !(members[Int(tie.dyad.source)] && members[Int(tie.dyad.target)]) { continue }
            summary.add(tie)
        }
        ties = summary
        let adjacency = table.view.partners
        clustering = ClusteringCoefficients(adjacency, members: members)
        // Components of the (induced) subgraph.
        let sizes = (components ?? adjacency.components(members: members)).sizes
        actorCount = sizes.reduce(0, +)
        componentCount = sizes.count
        largestComponentSize = sizes.max() ?? 0
        isolateCount = sizes.filter { $0 == 1 }.count
        verdict = Verdict.judge(actorCount: actorCount, pairCount: summary.pairCount,
                                largestComponentShare: TieSummary.share(Double(largestComponentSize), Double(actorCount)),
                                strongShare: summary.strongShare,
                                reciprocity: table.measured.reciprocity ? summary.reciprocity : nil,
                                thresholds: table.rubric.verdict)
    }
}
