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
///    reciprocity ≥ `reciprocity` [0.5] — most ties strong and most two-way, the
///    "strongly collaborative local learning system" of Hodgson & Spours (2006) — at
///    least one of these two tie criteria being judged;
/// 3. otherwise *weakly collaborative* (``Verdict/restsOnConnectionAlone`` when neither
///    tie criterion is judged).
/// Every criterion is reported with its value, threshold and whether it was met.
/// Reciprocity is *not judged* (``NotJudgedReason``) when the tie-strength table does not
/// measure it: records without direction, or direction not declared and no pair recorded
/// both ways. Strong share is not judged when tie strength rests on fewer than two
/// measured components that vary between pairs (``TieStrengthTable/strengthNotJudged``).
/// A criterion not judged counts neither for nor against (see ``Verdict``).
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
    /// The three criteria, named as in the rubric's `verdict` section and in JSON.
    public enum Name: String, Sendable, CaseIterable {
        case largestComponentShare = "largest_component_share"
        case strongShare = "strong_share"
        case reciprocity
    }
    public var name: Name
    public var value: Double
    public var threshold: Double
    /// value ≥ threshold.
    public var met: Bool
}

/// Why a criterion of a verdict (or a component of tie strength) is not judged: the data
/// cannot support it without an assumption nobody stated.
public enum NotJudgedReason: String, Sendable, Equatable {
    /// The records carry no direction (declared undirected, or `--undirected`).
    case recordsUndirected = "records_undirected"
    /// Direction is neither declared nor given and no pair has records both ways: reading
    /// the records as directed is a guess (joint projects, co-authorship and "works with"
    /// surveys look exactly like this), and every pair would come out one-way.
    case directionNotDeclared = "direction_not_declared"
    /// Tie strength rests on fewer than two measured components whose scores vary between
    /// pairs (``TieStrengthTable/varyingComponents``): a bare `source,target` list measures
    /// embeddedness and a constant intensity, so "strong" would only rank pairs by shared
    /// partners. The strong-share criterion is then not judged.
    case tooFewStrengthComponents = "too_few_strength_components"
}

/// A criterion that was not judged, and why.
public struct NotJudgedCriterion: Sendable, Equatable {
    public var name: VerdictCriterion.Name
    public var reason: NotJudgedReason
}

/// The verdict on a system.
public enum VerdictKind: String, Sendable {
    case stronglyCollaborative = "strongly collaborative"
    case weaklyCollaborative = "weakly collaborative"
    case fragmented = "fragmented"
}

/// The verdict on a system: its kind, the criteria judged and those not judged. The
/// sentence that explains it is worded by the writers (CollabOutput), from these fields.
///
/// Rule for a criterion that is not judged: it counts neither for nor against. The verdict
/// rests on the criteria judged: *strongly collaborative* then needs every judged
/// criterion met (without reciprocity: most actors connected and strong ties the norm),
/// and the criterion not judged is listed with its reason beside the verdict. Being
/// strongly collaborative is a claim about the ties, so it needs at least one tie
/// criterion (strong share or reciprocity) judged: when neither is, a connected system is
/// *weakly collaborative* and the verdict is limited to connection
/// (``restsOnConnectionAlone``), which the writers say.
public struct Verdict: Sendable, Equatable {
    public var kind: VerdictKind
    /// The criteria that were judged, with their numbers.
    public var criteria: [VerdictCriterion]
    /// Criteria that could not be judged on this data (the verdict rests on the others),
    /// each with its reason: `reciprocity` when records carry no direction, or when their
    /// direction is not declared and no pair is recorded both ways.
    public var notJudged: [NotJudgedCriterion] = []

    /// The judged criterion named `name`, if it was judged.
    public func criterion(_ name: VerdictCriterion.Name) -> VerdictCriterion? { criteria.first { $0.name == name } }

    /// True when the verdict is not *fragmented* and no criterion on the ties themselves
    /// (strong share, reciprocity) was judged: it then says only that the actors are
    /// connected, not how strongly they collaborate.
    public var restsOnConnectionAlone: Bool {
        kind != .fragmented && !criteria.contains { $0.name != .largestComponentShare }
    }

    /// Applies the rubric's verdict thresholds.
    ///
    /// - Parameters:
    ///   - largestComponentShare: nil for a group pair (no fragmentation criterion).
    ///   - strongShareNotJudged: why strong share is not judged (nil: it is judged).
    ///   - reciprocity: nil when reciprocity is not judged (no reciprocity criterion);
    ///     `reciprocityNotJudged` says why.
    public static func judge(actorCount: Int, pairCount: Int, largestComponentShare: Double?, strongShare: Double,
                             strongShareNotJudged: NotJudgedReason? = nil,
                             reciprocity: Double?, reciprocityNotJudged: NotJudgedReason = .recordsUndirected,
                             thresholds: StrengthRubric.VerdictThresholds) -> Verdict {
        var criteria: [VerdictCriterion] = []
        if let largestComponentShare {
            criteria.append(VerdictCriterion(name: .largestComponentShare, value: largestComponentShare,
                                             threshold: thresholds.largestComponentShare,
                                             met: largestComponentShare >= thresholds.largestComponentShare))
        }
        var notJudged: [NotJudgedCriterion] = []
        if let strongShareNotJudged {
            notJudged.append(NotJudgedCriterion(name: .strongShare, reason: strongShareNotJudged))
        } else {
            criteria.append(VerdictCriterion(name: .strongShare, value: strongShare, threshold: thresholds.strongShare,
                                             met: strongShare >= thresholds.strongShare))
        }
        if let reciprocity {
            criteria.append(VerdictCriterion(name: .reciprocity, value: reciprocity, threshold: thresholds.reciprocity,
                                             met: reciprocity >= thresholds.reciprocity))
        } else {
            notJudged.append(NotJudgedCriterion(name: .reciprocity, reason: reciprocityNotJudged))
        }
        return Verdict(kind: kind(criteria: criteria, pairCount: pairCount), criteria: criteria, notJudged: notJudged)
    }

    /// Fragmented without ties or when the connection criterion fails; strongly
    /// collaborative when some tie criterion is judged and every judged criterion is met;
    /// weakly otherwise.
    static func kind(criteria: [VerdictCriterion], pairCount: Int) -> VerdictKind {
        if pairCount == 0 { return .fragmented }
        if let connected = criteria.first(where: { $0.name == .largestComponentShare }), !connected.met { return .fragmented }
        let judgesTies = criteria.contains { $0.name != .largestComponentShare }
        return judgesTies && criteria.allSatisfy(\.met) ? .stronglyCollaborative : .weaklyCollaborative
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
                                strongShare: summary.strongShare, strongShareNotJudged: table.strengthNotJudged,
                                reciprocity: table.measured.reciprocity ? summary.reciprocity : nil,
                                reciprocityNotJudged: table.measured.reciprocityNotMeasured ?? .recordsUndirected,
                                thresholds: table.rubric.verdict)
    }
}
