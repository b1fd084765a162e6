import CollabGraph
/// What a scenario does to the system and to its focus actors: the same measures on the
/// graph before and after (``Scenario``), side by side. Nothing is estimated: every
/// "after" figure is computed afresh on the changed graph.
///
/// For the system: actors and distinct ties; connected components of the view's
/// undirected reading and the largest one's share of the actors (networks known only from
/// memberships are left out, ``AnalysisContext/profiledActors``, as in the collaboration
/// profile); the actors *cut off*
/// (still present, in the largest component before and outside the largest component
/// after); the collaboration verdict and its criteria (``CollaborationProfile`` of the
/// ``TieStrengthTable`` under the run's rubric); the top brokers by normalised
/// betweenness (``Ranking``: score, then load order; exact, weighted as the run asks);
/// and, with groups, the group pairs that lose their last tie (and those that gain their
/// first). For each focus actor: partners, actors within K hops (``FocusReach``), the
/// size of its component, Burt's constraint and effective size (``StructuralHoles``) and
/// betweenness; a removed focus is reported as removed, a merged-away one by the actor it
/// joined.
///
/// References: components by breadth-first search (Hopcroft & Tarjan 1973,
/// doi:10.1145/362248.362272); betweenness as ``Betweenness`` (Brandes 2001); structural
/// holes as ``StructuralHoles`` (Burt 1992). Checked against NetworkX on the changed
/// graphs (Tests/Fixtures/reference_whatif.py).
///
/// - Complexity: twice the cost of exact betweenness, the tie-strength table and the
///   structural holes of the view (O(n m) for betweenness dominates).
public struct WhatIfComparison: Sendable {
    public var before: SystemState
    public var after: SystemState
    /// Actors (indices before) cut off from the largest component.
    public var cutOff: [Int32]
    public var focus: [FocusComparison]
    /// Group pairs (names, first < second by name) with ties before and none after.
    public var groupPairsLosingLastTie: [GroupPairChange]
    /// Group pairs with no tie before and some after.
    public var groupPairsGainingFirstTie: [GroupPairChange]
    /// The grouping attribute, or nil (then the group pairs were not measured).
    public var groupAttribute: String?
    /// Which actors the system counts leave out (networks known only from memberships).
    public var note: String?
    public var outcome: ScenarioOutcome
}

/// The system's state on one graph.
public struct SystemState: Sendable, Equatable {
    public var actors: Int
    public var ties: Int
    public var components: Int
    public var largestComponent: Int
    public var isolates: Int
    public var verdict: Verdict
    /// The best brokers (index in this graph) and their normalised betweenness.
    public var brokers: [Broker]

    public var largestComponentShare: Double { actors == 0 ? 0 : Double(largestComponent) / Double(actors) }
}

public struct Broker: Sendable, Equatable {
    public var actor: Int32
    public var betweenness: Double
}

/// One focus actor before and after.
public struct FocusComparison: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case kept
        case removed
        /// Merged into the actor with this index before.
        case merged(into: Int32)
    }

    /// Index before.
    public var actor: Int32
    public var status: Status
    public var before: FocusState
    /// nil when removed; for a merged-away focus, the state of the actor it joined.
    public var after: FocusState?
}

public struct FocusState: Sendable, Equatable {
    public var partners: Int
    public var reach: Int
    /// Actors in its component, itself excluded.
    public var reachable: Int
    public var constraint: Double?
    public var effectiveSize: Double?
    public var betweenness: Double
}

public struct GroupPairChange: Sendable, Equatable {
    public var first: String
    public var second: String
    public var tiesBefore: Int
    public var tiesAfter: Int
}

extension WhatIfComparison {
    /// Compares `before` with the same settings applied to the scenario's graph.
    ///
    /// - Parameters:
    ///   - focus: focus actors (indices before).
    ///   - maxHops: K for reach.
    ///   - brokers: how many top brokers to list.
    public static func compare(_ before: AnalysisContext, scenario: Scenario, focus: [Int32], maxHops: Int = 2,
                               brokers: Int = 5) throws -> WhatIfComparison {
        let outcome = try scenario.apply(to: before.graph)
        // The same settings; focus actors are followed through the scenario's index map
        // (a named focus may have been removed or merged away).
        var settings = before.settings
        settings.focus = []
        settings.focusPolicy = .none
        let after = try AnalysisContext(graph: outcome.graph, name: before.name, settings: settings)
        // Actors left out of the counts before (networks known only from memberships) stay
        // out after unless a change gives them a tie: a project whose only member was
        // removed is still a project, not a new isolate.
        var counted = after.profiledActors
        if let countedBefore = before.profiledActors {
            var tied = [Bool](repeating: false, count: outcome.graph.actorCount)
            for tie in outcome.graph.ties { tied[Int(tie.source)] = true; tied[Int(tie.target)] = true }
            var mask = counted ?? [Bool](repeating: true, count: outcome.graph.actorCount)
            for x in 0 ..< before.graph.actorCount where !countedBefore[x] {
                let y = Int(outcome.newIndex[x])
                if y >= 0 && !tied[y] { mask[y] = false }
            }
            counted = mask
        }
        let a = Measured(before, members: before.profiledActors, brokers: brokers)
        let b = Measured(after, members: counted, brokers: brokers)

        // Cut off: in the largest component before, present, outside the largest after.
        var cutOff: [Int32] = []
        if let mainBefore = a.largestComponentLabel, let mainAfter = b.largestComponentLabel {
            for x in 0 ..< before.graph.actorCount where a.components.componentOf[x] == mainBefore {
                // (actors left out of the components have label −1 and never match)
                let y = outcome.newIndex[x]
                guard y >= 0, outcome.graph.actors[Int(y)].id == before.graph.actors[x].id else { continue }
                if b.components.componentOf[Int(y)] != mainAfter { cutOff.append(Int32(x)) }
            }
        }

        var focusRows: [FocusComparison] = []
        for f in focus {
            let y = outcome.newIndex[Int(f)]
            let status: FocusComparison.Status
            if y < 0 { status = .removed } else if outcome.graph.actors[Int(y)].id == before.graph.actors[Int(f)].id { status = .kept } else {
                status = .merged(into: before.graph.index(of: outcome.graph.actors[Int(y)].id)!)
            }
            focusRows.append(FocusComparison(actor: f, status: status, before: a.focusState(Int(f), maxHops: maxHops),
                                             after: y < 0 ? nil : b.focusState(Int(y), maxHops: maxHops)))
        }

        var lost: [GroupPairChange] = [], gained: [GroupPairChange] = []
        if let groupsBefore = before.groups, let groupsAfter = after.groups {
            let tiesBefore = groupPairTies(before.undirectedView, groupsBefore)
            let tiesAfter = groupPairTies(after.undirectedView, groupsAfter)
            for key in Set(tiesBefore.keys).union(tiesAfter.keys).sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
                let x = tiesBefore[key] ?? 0, y = tiesAfter[key] ?? 0
                let change = GroupPairChange(first: key.first, second: key.second, tiesBefore: x, tiesAfter: y)
                if x > 0 && y == 0 { lost.append(change) }
                if x == 0 && y > 0 { gained.append(change) }
            }
        }
        return WhatIfComparison(before: a.state, after: b.state, cutOff: cutOff, focus: focusRows,
                                groupPairsLosingLastTie: lost, groupPairsGainingFirstTie: gained,
                                groupAttribute: before.groupAttribute, note: before.profiledActorsNote, outcome: outcome)
    }

    /// Distinct ties between two different groups, by (first, second) name with first < second.
    static func groupPairTies(_ view: GraphView, _ groups: ActorGroups) -> [Pair: Int] {
        let mixing = GroupMixing(view: view, groups: groups)
        var result: [Pair: Int] = [:]
        for a in 0 ..< groups.count {
            for b in (a + 1) ..< groups.count {
                let ties = mixing.ties(from: a, to: b)
                guard ties > 0 else { continue }
                let x = groups.names[a], y = groups.names[b]
                result[Pair(min(x, y), max(x, y))] = ties
            }
        }
        return result
    }

    struct Pair: Hashable {
        var first: String
        var second: String
        init(_ first: String, _ second: String) { self.first = first; self.second = second }
    }
}

/// The measures of one graph that a comparison reads.
private struct Measured {
    let context: AnalysisContext
    let components: Components
    let betweenness: [Double]
    let holes: StructuralHoles
    let state: SystemState

    /// `members`: the actors the system counts (nil: all). Networks known only from
    /// memberships are not part of the tie network: left out of the counts, components
    /// and profile, as in `collab collaboration`.
    init(_ context: AnalysisContext, members: [Bool]?, brokers: Int) {
        self.context = context
        let view = context.view
        let components = view.partners.components(members: members)
        let betweenness = view.betweenness(weighted: context.weighted, threads: context.settings.threads)
        self.components = components
        self.betweenness = betweenness
        holes = StructuralHoles(view: view, weighted: context.weighted)
        let profile = CollaborationProfile(context.tieStrengths, members: members)
        let counted = (0 ..< Int32(context.graph.actorCount)).filter { members?[Int($0)] ?? true }
        let top = Ranking.top(brokers, of: counted) { betweenness[Int($0)] }
        state = SystemState(actors: counted.count, ties: view.tieCount, components: components.count,
                            largestComponent: components.largestSize, isolates: components.isolateCount,
                            verdict: profile.verdict,
                            brokers: top.map { Broker(actor: $0, betweenness: betweenness[Int($0)]) })
    }

    /// The label of the largest component (lowest label among equals), nil when empty.
    var largestComponentLabel: Int32? {
        guard let size = components.sizes.max() else { return nil }
        return Int32(components.sizes.firstIndex(of: size)!)
    }

    func focusState(_ x: Int, maxHops: Int) -> FocusState {
        let reach = FocusReach(view: context.view, focus: x, maxHops: maxHops)
        let measures = holes.measures(of: x)
        return FocusState(partners: measures.partnerCount, reach: reach.reached.count,
                          reachable: components.componentOf[x] < 0 ? 0 : components.sizes[Int(components.componentOf[x])] - 1,
                          constraint: measures.constraint, effectiveSize: measures.effectiveSize,
                          betweenness: betweenness[x])
    }
}
