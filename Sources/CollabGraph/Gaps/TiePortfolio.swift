/// A portfolio of K new ties for a focal actor, chosen jointly: greedily, each pick
/// measured on the graph with the earlier picks already added, so that the set is
/// complementary by construction (a second small firm next to the first adds little reach
/// and few new groups once the first is in, and loses to something different).
///
/// Objective, step by step: on the view with picks 1 … j−1 added, every remaining
/// candidate c gets its measured effect (``TieEvaluator``: exact change in the focus's
/// constraint and effective size, the actors and groups newly reached within K hops, and
/// the change in betweenness) and the score of ``RecommendationScoring`` (each component
/// scaled by its largest positive value among the remaining candidates); pick j is the
/// best score; when no remaining candidate improves any measure (best score 0) the
/// portfolio stops short. Equal scores (within ``TiePortfolio/equalScoreTolerance``) are broken by,
/// in order: fewer earlier picks in the candidate's group (spread over groups), then load
/// order (actor index). The candidate pool is fixed at the start (the default candidates
/// of ``Candidates`` for the view as it is, or a filter) less the picks made.
///
/// The report gives each step's marginal effect (before = the graph with the earlier
/// picks, after = with this pick too) and the combined before → after of the focus's
/// constraint, effective size, reach, groups reached and betweenness: the combined after
/// is measured on the graph with every pick added (it equals the last step's after).
///
/// Reference: greedy selection for a set function as in G. L. Nemhauser, L. A. Wolsey &
/// M. L. Fisher, "An analysis of approximations for maximizing submodular set functions",
/// *Mathematical Programming* 14:265–294 (1978), doi:10.1007/BF01588971 (the scaled score
/// is not claimed to be submodular; greedy is the stated rule, not an optimum). Each
/// effect is checked against NetworkX recomputed on the changed graph
/// (Tests/Fixtures/reference_portfolio.py).
///
/// - Complexity: K times the cost of ``TieEvaluator`` on the view (one rebuild of the
///   view's rows with the earlier picks, O(n + m), per step).
public struct TiePortfolio: Sendable {
    /// Scores closer than this count as equal (then the stated tie-break decides).
    public static let equalScoreTolerance = 1e-9

    public var focus: Int
    /// The weight of every proposed tie (1, or the median tie weight of the view as it is).
    public var addedWeight: Double
    public var steps: [PortfolioStep]
    /// The focus on the graph as it is and with every pick added.
    public var before: FocusPosition
    public var after: FocusPosition
    public var betweennessMethod: BetweennessMethod
    /// The candidate pool at the start.
    public var candidateCount: Int
    /// True when the portfolio stopped short because no remaining candidate improved any
    /// measure (every score 0).
    public var stoppedWithoutGain: Bool

    public var picks: [Int] { steps.map(\.pick.target) }
}

/// One greedy step: the pick with its marginal effect on the graph holding the earlier
/// picks, its score there, and how many other candidates scored the same.
public struct PortfolioStep: Sendable, Equatable {
    public var pick: Recommendation
    /// Remaining candidates evaluated at this step.
    public var candidatesEvaluated: Int
    /// Other candidates whose score equalled the pick's (within the tolerance): the
    /// tie-break chose among them.
    public var equalScores: [Int]
}

/// The focus's position on one graph: Burt's measures (nil for an isolate), actors and
/// groups within K hops, partners, and normalised betweenness (undirected reading, hops).
public struct FocusPosition: Sendable, Equatable {
    public var partners: Int
    public var constraint: Double?
    public var effectiveSize: Double?
    public var reach: Int
    public var groupsReached: Int
    public var betweenness: Double
}

extension TiePortfolio {
    /// Chooses up to `size` new ties for `focus` on `view` (a view of `graph`); candidates
    /// only among `included` actors when given (see ``Candidates``), and betweenness
    /// normalised over them (``TieEvaluator/population``).
    public static func choose(graph: CollaborationGraph, view: GraphView, groups: ActorGroups, weighted: Bool,
                              focus: Int, size: Int, options: GapOptions = GapOptions(), included: [Bool]? = nil) -> TiePortfolio {
        precondition(size >= 1, "a portfolio needs at least one tie")
        let startReach = FocusReach(view: view, focus: focus, maxHops: options.maxHops)
        let pool = Candidates.candidates(graph: graph, reach: startReach, filter: options.candidates, included: included)
        let addedWeight = weighted ? TieEvaluator.medianWeight(view) : 1
        var remaining = pool
        var current = view
        var reach = startReach
        var steps: [PortfolioStep] = []
        var picksInGroup = [Int](repeating: 0, count: groups.count)
        var before: FocusPosition?
        var method = BetweennessMethod.exact
        var stoppedEarly = false
        while steps.count < size {
            let evaluator = TieEvaluator(view: current, focus: focus, weighted: weighted, reach: reach,
                                         groups: groups, addedWeight: addedWeight, population: included)
            if before == nil {
                let now = evaluator.betweennessChange([])
                method = now.method
                before = FocusPosition(evaluator.before, reach: reach, groups: groups, betweenness: now.before)
            }
            guard !remaining.isEmpty else { break }
            let effects = evaluator.evaluate(remaining, betweennessShortlist: options.betweennessShortlist, scoring: options.scoring)
            let partners = reach.partners
            let ranked = options.scoring.rank(effects) { effect in
                Recommendation.reason(for: effect, graph: graph, groups: groups, focus: focus, partners: partners,
                                      maxHops: options.maxHops)
            }
            let top = ranked[0].score
            // A pick must improve at least one measure: otherwise stop short.
            guard top > 0 else { stoppedEarly = true; break }
            let equal = ranked.filter { abs($0.score - top) <= equalScoreTolerance }
            var best = equal.min { a, b in
                let ga = picksInGroup[Int(groups.groupOf[a.target])], gb = picksInGroup[Int(groups.groupOf[b.target])]
                return ga != gb ? ga < gb : a.target < b.target
            }!
            if best.effect.betweennessAfter == nil {
                // Outside the shortlist (possible only when every shortlisted score is
                // lower): measure it now.
                best.effect.betweennessAfter = best.effect.betweennessBefore + evaluator.betweennessChange([best.target]).deltas[0]
            }
            steps.append(PortfolioStep(pick: best, candidatesEvaluated: remaining.count,
                                       equalScores: equal.map(\.target).filter { $0 != best.target }.sorted()))
            picksInGroup[Int(groups.groupOf[best.target])] += 1
            remaining.removeAll { $0 == best.target }
            current = current.adding(ties: [(focus, best.target, addedWeight)])
            reach = FocusReach(view: current, focus: focus, maxHops: options.maxHops)
        }
        let start = before!
        var after = start
        if let last = steps.last?.pick.effect {
            let holes = StructuralHoles(view: current, weighted: weighted).measures(of: focus)
            after = FocusPosition(holes, reach: reach, groups: groups, betweenness: last.betweennessAfter!)
        }
        return TiePortfolio(focus: focus, addedWeight: addedWeight, steps: steps, before: start, after: after,
                            betweennessMethod: method, candidateCount: pool.count, stoppedWithoutGain: stoppedEarly)
    }
}

extension FocusPosition {
    init(_ holes: StructuralHoleMeasures, reach: FocusReach, groups: ActorGroups, betweenness: Double) {
        var reachedGroup = [Bool](repeating: false, count: groups.count)
        var count = 0
        for x in 0 ..< reach.actorCount where reach.isReached(x) {
            count += 1
            reachedGroup[Int(groups.groupOf[x])] = true
        }
        self.init(partners: holes.partnerCount, constraint: holes.constraint, effectiveSize: holes.effectiveSize,
                  reach: count, groupsReached: reachedGroup.filter { $0 }.count, betweenness: betweenness)
    }
}

extension GraphView {
    /// This view with extra ties (in a directed view, arcs source → target) of the given
    /// weights: the distinct ties (each once; summed weights) plus the new ones, rebuilt
    /// into fresh rows. A new tie on an existing pair adds its weight to the tie's.
    ///
    /// - Complexity: O(n + m + k) for k new ties.
    public func adding(ties extra: [(source: Int, target: Int, weight: Double)]) -> GraphView {
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        let rows = outgoing
        sources.reserveCapacity(tieCount + extra.count)
        targets.reserveCapacity(tieCount + extra.count)
        weights.reserveCapacity(tieCount + extra.count)
        for u in 0 ..< rows.nodeCount {
            for i in rows.row(u) where isDirected || Int(rows.neighbours[i]) > u {
                sources.append(Int32(u)); targets.append(rows.neighbours[i]); weights.append(rows.weights[i])
            }
        }
        for tie in extra {
            sources.append(Int32(tie.source)); targets.append(Int32(tie.target)); weights.append(tie.weight)
        }
        for u in 0 ..< nodeCount where selfLoopWeight[u] != 0 {
            sources.append(Int32(u)); targets.append(Int32(u)); weights.append(selfLoopWeight[u])
        }
        return GraphView(nodeCount: nodeCount, sources: sources, targets: targets, weights: weights, directed: isDirected)
    }
}
