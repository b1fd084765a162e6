/// Brokerage gaps around a focal actor (an anchor institution such as a college): the
/// structural holes it spans, whom it does not reach, the group pairs it could bridge,
/// where it is fragile, and which one new tie would help most — every claim a number
/// computed on the graph.
///
/// Sections (see each result type for its definition and reference):
/// 1. ``HolesAroundFocus``: Burt's effective size, efficiency and constraint of the focus
///    (``StructuralHoles``) and the pairs of its partners with no tie between them,
///    counted by the partners' groups.
/// 2. ``UnreachedActors``: actors more than K hops away or in other components
///    (``FocusReach``), counted by kind and group, with the SMEs listed.
/// 3. ``GroupGap``: pairs of groups joined by no tie or by weak ties only (tie strength
///    by the collaboration rubric, ``TieStrengthTable``; ties counted by ``GroupMixing``)
///    where the focus has a partner on at least one side.
/// 4. ``Fragility``: actors and groups reached through one partner only; the focus as a
///    cut point.
/// 5. ``Recommendation``: candidate new ties (``Candidates``) with their measured effect
///    (``TieEvaluator``), ranked by ``RecommendationScoring``.
///
/// Conventions: everything runs on the analysis context's main view (its filters,
/// direction and weighting); reach, fragility and betweenness read it as undirected;
/// constraint and effective size use the view's mutual weights (unweighted unless the
/// context is weighted); group gaps judge ties with the context's rubric. Groups are the
/// context's (default `sector`); actors lacking the attribute form the group "not given".
/// Without a group attribute every actor is in one group and the group sections are
/// left out (``FocusGaps/hasGroups``).
///
/// - Complexity: O(n + m) for sections 1–4 plus the tie-strength table; section 5 as
///   ``TieEvaluator``.
public struct FocusGaps: Sendable {
    public var focus: Int
    public var options: GapOptions
    public var groups: ActorGroups
    /// The attribute the groups come from; nil when the actors have none (one group).
    public var groupAttribute: String?
    public var weighted: Bool
    /// Whether the group sections mean anything (there is a group attribute).
    public var hasGroups: Bool { groupAttribute != nil }
    public var holes: HolesAroundFocus
    public var unreached: UnreachedActors
    public var groupGaps: [GroupGap]
    public var fragility: Fragility
    /// Every evaluated candidate, best first.
    public var recommendations: [Recommendation]
    /// Candidates whose betweenness change was measured (all, unless over the shortlist).
    public var betweennessEvaluated: Int
    /// The weight given to each proposed tie (1, or the median tie weight with `weighted`).
    public var addedWeight: Double
    public var betweennessMethod: BetweennessMethod
    /// The focus's normalised betweenness now (undirected reading, hops).
    public var betweenness: Double
    /// Hops from the focus to every actor.
    public var reach: FocusReach
}

/// What ``FocusGaps/analyse(context:focus:options:)`` does beyond the context.
public struct GapOptions: Sendable, Equatable {
    /// K: actors within K hops count as reached.
    public var maxHops: Int
    public var candidates: CandidateFilter
    public var scoring: RecommendationScoring
    /// With more candidates than this, betweenness changes are measured for this many
    /// (see ``TieEvaluator/evaluate(_:betweennessShortlist:scoring:)``).
    public var betweennessShortlist: Int
    /// The most holes listed (the first in index order); every hole is counted
    /// (``HolesAroundFocus/holeCount``, by group pair). A hub with 16,000 partners spans
    /// over 100 million holes: listing them all would take gigabytes.
    public var holesListed: Int

    /// The default ``holesListed``.
    public static let defaultHolesListed = 100_000

    public init(maxHops: Int = 2, candidates: CandidateFilter = .default, scoring: RecommendationScoring = .standard,
                betweennessShortlist: Int = 200, holesListed: Int = GapOptions.defaultHolesListed) {
        self.betweennessShortlist = betweennessShortlist
        self.holesListed = holesListed
        self.maxHops = maxHops
        self.candidates = candidates
        self.scoring = scoring
    }
}

/// Section 1: the structural holes the focus spans.
public struct HolesAroundFocus: Sendable, Equatable {
    /// Counts of holes between the focus's partners in groups `first` ≤ `second`.
    public struct GroupPairHoles: Sendable, Equatable {
        public var first: Int
        public var second: Int
        /// Unconnected partner pairs.
        public var holes: Int
        /// All partner pairs in these groups.
        public var pairs: Int
    }

    public var measures: StructuralHoleMeasures
    public var partners: [Int]
    /// Unconnected pairs of partners (first < second by index, in index order), the first
    /// ``GapOptions/holesListed`` of them.
    public var holes: [PartnerPair]
    /// Every unconnected pair of partners, listed or not.
    public var holeCount: Int
    /// Holes by the groups of the two partners, most holes first.
    public var byGroupPair: [GroupPairHoles]

    /// Pairs of partners: |N|(|N| − 1)/2.
    public var partnerPairs: Int { partners.count * (partners.count - 1) / 2 }
}

/// Section 2: whom the focus does not reach within K hops.
public struct UnreachedActors: Sendable, Equatable {
    /// Unreached and total actors (focus excluded) for one value of an attribute.
    public struct Count: Sendable, Equatable {
        public var value: String
        public var unreached: Int
        public var total: Int
        public init(value: String, unreached: Int, total: Int) {
            self.value = value
            self.unreached = unreached
            self.total = total
        }
    }

    public var maxHops: Int
    /// Actors within K hops (focus excluded).
    public var reachedCount: Int
    /// In the focus's component but more than K hops away (index order).
    public var beyondReach: [Int]
    /// In other components (index order).
    public var otherComponents: [Int]
    /// By kind and by group, most unreached first (then by name).
    public var byKind: [Count]
    public var byGroup: [Count]
    /// Unreached actors of kind `sme`, nearest first (other components last), then index.
    public var smes: [Int]
    /// Groups with no actor within K hops (group order).
    public var unreachedGroups: [Int]

    public var unreachedCount: Int { beyondReach.count + otherComponents.count }
}

/// Section 3: a pair of groups joined by no tie or by weak ties only, next to the focus.
public struct GroupGap: Sendable, Equatable {
    public var first: Int
    public var second: Int
    /// Distinct ties between the two groups and their summed weight.
    public var ties: Int
    public var weight: Double
    /// Of those, the ties the strength rubric calls strong (0 for every gap listed).
    public var strongTies: Int
    /// Ties over possible ties (n_first · n_second).
    public var density: Double?
    /// The focus's partners in each group.
    public var focusPartnersInFirst: Int
    public var focusPartnersInSecond: Int

    /// The focus already has partners on both sides: it can broker between them now.
    public var focusTiedToBoth: Bool { focusPartnersInFirst > 0 && focusPartnersInSecond > 0 }
}

/// Section 5: one candidate tie, its measured effect, its score and the reason in words.
public struct Recommendation: Sendable, Equatable {
    public var effect: TieEffect
    public var score: Double
    public var parts: ScoreParts
    public var reason: String
    public var target: Int { effect.target }
}

/// The four scaled components of a score (each the raw change divided by the largest
/// positive change of that kind among the candidates, so in [−1, 1]; 0 when none is
/// positive).
public struct ScoreParts: Sendable, Equatable {
    public var constraintRelief: Double
    public var reach: Double
    public var newGroups: Double
    public var betweenness: Double
}

/// The transparent score of a candidate tie:
///
///     score = w_c · (−Δconstraint)/max(−Δconstraint) + w_r · Δreach/max(Δreach)
///           + w_g · new groups/max(new groups) + w_b · Δbetweenness/max(Δbetweenness)
///
/// with each maximum taken over the evaluated candidates (a component whose maximum is
/// not positive contributes 0). Default weights: constraint relief 0.35, reach 0.30, new
/// groups 0.20, betweenness 0.15 (they sum to 1, so the best possible score is 1).
/// Ties in score are broken by actor index.
public struct RecommendationScoring: Sendable, Equatable {
    public var constraintRelief: Double
    public var reach: Double
    public var newGroups: Double
    public var betweenness: Double

    public static let standard = RecommendationScoring(constraintRelief: 0.35, reach: 0.30, newGroups: 0.20, betweenness: 0.15)

    public init(constraintRelief: Double, reach: Double, newGroups: Double, betweenness: Double) {
        self.constraintRelief = constraintRelief
        self.reach = reach
        self.newGroups = newGroups
        self.betweenness = betweenness
    }

    /// Scores and ranks the effects (best first).
    public func rank(_ effects: [TieEffect], reason: (TieEffect) -> String) -> [Recommendation] {
        func scale(_ values: [Double]) -> [Double] {
            let top = values.max() ?? 0
            return top > 0 ? values.map { $0 / top } : values.map { _ in 0 }
        }
        let relief = scale(effects.map { -$0.deltaConstraint })
        let reached = scale(effects.map { Double($0.deltaReach) })
        let groups = scale(effects.map { Double($0.newGroups.count) })
        let between = scale(effects.map { $0.deltaBetweenness ?? 0 })
        var result: [Recommendation] = []
        for (k, effect) in effects.enumerated() {
            let parts = ScoreParts(constraintRelief: relief[k], reach: reached[k], newGroups: groups[k], betweenness: between[k])
            let score = constraintRelief * parts.constraintRelief + reach * parts.reach
                + newGroups * parts.newGroups + betweenness * parts.betweenness
            result.append(Recommendation(effect: effect, score: score, parts: parts, reason: reason(effect)))
        }
        result.sort { $0.score != $1.score ? $0.score > $1.score : $0.target < $1.target }
        return result
    }
}


extension UnreachedActors {
    /// Counts over the actors flagged in `included` (all when nil; see
    /// ``AnalysisContext/profiledActors``).
    init(graph: CollaborationGraph, reach: FocusReach, groups: ActorGroups, included: [Bool]? = nil) {
        let n = reach.actorCount
        let f = reach.focus
        let counted = { (x: Int) in included?[x] ?? true }
        func counts(_ value: (Int) -> String) -> [Count] {
            var order: [String] = []
            var table: [String: (Int, Int)] = [:]
            for x in 0 ..< n where x != f && counted(x) {
                let v = value(x)
                if table[v] == nil { order.append(v); table[v] = (0, 0) }
                table[v]!.1 += 1
                if !reach.isReached(x) { table[v]!.0 += 1 }
            }
            return order.map { Count(value: $0, unreached: table[$0]!.0, total: table[$0]!.1) }
                .sorted { $0.unreached != $1.unreached ? $0.unreached > $1.unreached : $0.value < $1.value }
        }
        maxHops = reach.maxHops
        reachedCount = reach.reached.count
        beyondReach = reach.beyondReach
        otherComponents = reach.otherComponents.filter(counted)
        byKind = counts { graph.actors[$0].kind.isEmpty ? ActorGroups.missingName : graph.actors[$0].kind }
        byGroup = counts { groups.name(of: $0) }
        smes = (0 ..< n).filter { $0 != f && !reach.isReached($0) && graph.actors[$0].actorKind == .sme }
            .sorted { a, b in
                let da = reach.distance[a] < 0 ? Int32.max : reach.distance[a]
                let db = reach.distance[b] < 0 ? Int32.max : reach.distance[b]
                return da != db ? da < db : a < b
            }
        var reachedGroup = [Bool](repeating: false, count: groups.count)
        for x in 0 ..< n where reach.isReached(x) { reachedGroup[Int(groups.groupOf[x])] = true }
        var hasOthers = [Bool](repeating: false, count: groups.count)
        for x in 0 ..< n where x != f && counted(x) { hasOthers[Int(groups.groupOf[x])] = true }
        unreachedGroups = (0 ..< groups.count).filter { !reachedGroup[$0] && hasOthers[$0] }
    }
}


extension Recommendation {
    /// The reason for a candidate in plain words, built only from measured facts.
    static func reason(for effect: TieEffect, graph: CollaborationGraph, groups: ActorGroups, focus: Int,
                       partners: [Int], maxHops: Int) -> String {
        let target = graph.actors[effect.target]
        let group = groups.name(of: effect.target)
        var parts: [String] = []
        let kind = target.kind.isEmpty ? "actor" : target.kind
        // The group (an integer) is compared first: most partners differ there, and reading
        // an actor's kind copies the actor (this runs once per candidate, over thousands
        // of partners at European scale).
        let targetGroup = groups.groupOf[effect.target]
        let sameKindAndGroup = partners.contains { groups.groupOf[$0] == targetGroup && graph.actors[$0].actorKind == target.actorKind }
        if !sameKindAndGroup {
            parts.append("only tie into \(group) \(plural(kind))")
        }
        if !effect.newGroups.isEmpty {
            parts.append("first reach into " + effect.newGroups.map { groups.names[$0] }.joined(separator: ", "))
        }
        if effect.partnerCount > 0 {
            if effect.spannedPartners == 0 {
                parts.append("redundant: already tied to all \(effect.partnerCount) of its partners")
            } else if effect.sharedPartners == 0 {
                parts.append("spans \(effect.spannedPartners) unconnected partner\(effect.spannedPartners == 1 ? "" : "s") (shares none)")
            } else {
                parts.append("spans \(effect.spannedPartners) unconnected partner\(effect.spannedPartners == 1 ? "" : "s"), shares \(effect.sharedPartners)")
            }
        }
        if effect.deltaReach > 0 {
            let smes = effect.newlyReached.filter { graph.actors[$0].actorKind == .sme }.count
            parts.append("+\(effect.deltaReach) actor\(effect.deltaReach == 1 ? "" : "s") within \(maxHops) hops" + (smes > 0 ? " (\(smes) SME\(smes == 1 ? "" : "s"))" : ""))
        }
        if let before = effect.constraintBefore, let after = effect.constraintAfter {
            parts.append("constraint \(NumberFormat.fixed(before, digits: 4)) → \(NumberFormat.fixed(after, digits: 4))")
        }
        if let delta = effect.deltaBetweenness, delta > 0 {
            parts.append("betweenness +\(NumberFormat.fixed(delta, digits: 4))")
        }
        return parts.joined(separator: "; ")
    }

    static func plural(_ kind: String) -> String {
        switch kind {
        case "sme": "SMEs"
        case "anchor": "anchor institutions"
        case "public": "public bodies"
        case "community": "community organisations"
        default: kind.hasSuffix("s") ? kind : kind + "s"
        }
    }
}
