extension FocusGaps {
    /// Runs the five sections for `focus` on the run's main view.
    public static func analyse(setting: GapSetting, focus: Int, options: GapOptions = GapOptions()) -> FocusGaps {
        let graph = setting.graph
        let view = setting.view
        let groups = setting.groups ?? ActorGroups.single(count: graph.actorCount)
        let reach = FocusReach(view: view, focus: focus, maxHops: options.maxHops)
        let evaluator = TieEvaluator(view: view, focus: focus, weighted: setting.weighted, reach: reach, groups: groups,
                                     holes: setting.holes(), population: setting.included)

        // 1. Holes.
        let partners = reach.partners
        let g = groups.count
        var holeCounts = [Int](repeating: 0, count: g * g)
        var pairCounts = [Int](repeating: 0, count: g * g)
        func key(_ a: Int, _ b: Int) -> Int {
            let x = Int(groups.groupOf[a]), y = Int(groups.groupOf[b])
            return min(x, y) * g + max(x, y)
        }
        var holeList: [PartnerPair] = []
        var holeCount = 0
        evaluator.holes.forEachHole(around: focus) { first, second in
            holeCounts[key(first, second)] += 1
            holeCount += 1
            if holeList.count < options.holesListed { holeList.append(PartnerPair(first: first, second: second)) }
        }
        // Pairs of partners per group pair, from the partners' group sizes.
        var partnersIn = [Int](repeating: 0, count: g)
        for p in partners { partnersIn[Int(groups.groupOf[p])] += 1 }
        for x in 0 ..< g where partnersIn[x] > 0 {
            pairCounts[x * g + x] = partnersIn[x] * (partnersIn[x] - 1) / 2
            for y in (x + 1) ..< max(x + 1, g) { pairCounts[x * g + y] = partnersIn[x] * partnersIn[y] }
        }
        var byGroupPair: [HolesAroundFocus.GroupPairHoles] = []
        for k in 0 ..< g * g where pairCounts[k] > 0 {
            byGroupPair.append(.init(first: k / g, second: k % g, holes: holeCounts[k], pairs: pairCounts[k]))
        }
        byGroupPair.sort { ($0.holes, -$0.first, -$0.second) > ($1.holes, -$1.first, -$1.second) }
        let holes = HolesAroundFocus(measures: evaluator.before, partners: partners, holes: holeList, holeCount: holeCount,
                                     byGroupPair: byGroupPair)

        // 2. Unreached.
        let included = setting.included
        let unreached = UnreachedActors(graph: graph, reach: reach, groups: groups, included: included)

        // 3. Group gaps.
        let gaps = setting.groups == nil ? [] : GroupGap.gaps(setting: setting, groups: groups, focus: focus, partners: partners)

        // 4. Fragility.
        let fragility = Fragility(view: view, reach: reach, groups: groups, cuts: setting.cuts())

        // 5. Recommendations.
        let candidates = Candidates.candidates(graph: graph, reach: reach, filter: options.candidates, included: included)
        let effects = evaluator.evaluate(candidates, betweennessShortlist: options.betweennessShortlist, scoring: options.scoring)
        let recommendations = options.scoring.rank(effects) { effect in
            Recommendation.reason(for: effect, graph: graph, groups: groups, focus: focus, partners: partners, maxHops: options.maxHops)
        }
        let change = effects.first.map { ($0.betweennessMethod, $0.betweennessBefore) } ?? {
            let none = evaluator.betweennessChange([])
            return (none.method, none.before)
        }()
        return FocusGaps(focus: focus, options: options, groups: groups, groupAttribute: setting.groupAttribute,
                         weighted: setting.weighted, holes: holes, unreached: unreached,
                         groupGaps: gaps, fragility: fragility, recommendations: recommendations,
                         betweennessEvaluated: effects.filter { $0.betweennessAfter != nil }.count,
                         addedWeight: evaluator.addedWeight, betweennessMethod: change.0, betweenness: change.1, reach: reach)
    }
}

extension GroupGap {
    /// Ties and strong ties between every pair of groups: (counts, weights, strong), g × g.
    /// Strong ties are judged by the run's rubric on its tie-strength table.
    static func groupPairTies(setting: GapSetting, groups: ActorGroups) -> (mixing: GroupMixing, strong: [Int]) {
        let mixing = GroupMixing(view: setting.undirectedView, groups: groups)
        let g = groups.count
        var strong = [Int](repeating: 0, count: g * g)
        let table = setting.strengths()
        for tie in table.ties where tie.isStrong {
            let a = Int(groups.groupOf[Int(tie.dyad.source)]), b = Int(groups.groupOf[Int(tie.dyad.target)])
            strong[a * g + b] += 1
            if a != b { strong[b * g + a] += 1 }
        }
        return (mixing, strong)
    }

    /// Group pairs with no strong tie where the focus has a partner on at least one side:
    /// no ties first, then fewest ties, then those where the focus is tied to both sides.
    static func gaps(setting: GapSetting, groups: ActorGroups, focus: Int, partners: [Int]) -> [GroupGap] {
        let (mixing, strong) = groupPairTies(setting: setting, groups: groups)
        let g = groups.count
        let holds = groups.groupsHolding(setting.included)
        var partnersIn = [Int](repeating: 0, count: g)
        for v in partners { partnersIn[Int(groups.groupOf[v])] += 1 }
        var result: [GroupGap] = []
        for a in 0 ..< g {
            for b in (a + 1) ..< g where strong[a * g + b] == 0 && (partnersIn[a] > 0 || partnersIn[b] > 0) && holds[a] && holds[b] {
                result.append(GroupGap(first: a, second: b, ties: mixing.ties(from: a, to: b), weight: mixing.weight(from: a, to: b),
                                       strongTies: 0, density: mixing.density(from: a, to: b),
                                       focusPartnersInFirst: partnersIn[a], focusPartnersInSecond: partnersIn[b]))
            }
        }
        result.sort { x, y in
            if x.ties != y.ties { return x.ties < y.ties }
            if x.focusTiedToBoth != y.focusTiedToBoth { return x.focusTiedToBoth }
            return (x.first, x.second) < (y.first, y.second)
        }
        return result
    }
}
