extension Revival {
    public static func find(setting: GapSetting, focus: Int, maxHops: Int = 2,
                            scoring: RecommendationScoring = .standard) -> Revival {
        let graph = setting.graph
        let view = setting.view
        let groups = setting.groups ?? ActorGroups.single(count: graph.actorCount)
        let reach = FocusReach(view: view, focus: focus, maxHops: maxHops)
        let keep = graph.relationTypeMask(setting.viewOptions.relationTypes)
        let windowStart: Day? = switch setting.viewOptions.window {
        case .at(let day)?: day
        case .between(let a, _)?: a
        case nil: nil
        }
        // Records with each other actor: all of them (lapsed when every one ended before
        // the window, with the latest end and their types), and those in the view (their
        // directions, types and deepest rung).
        struct Pair {
            var records = 0, lapsed = true, lastEnd: Day?, types = Set<Int32>()
            var inView = 0, forward = 0, backward = 0, typesInView = Set<Int32>(), depth: Depth?, unrated = false
        }
        var pairs: [Int: Pair] = [:]
        var unrated = Set<Int32>()
        for tie in graph.ties where (Int(tie.source) == focus) != (Int(tie.target) == focus) {
            if let keep, !keep[Int(tie.relationType)] { continue }
            let other = Int(Int(tie.source) == focus ? tie.target : tie.source)
            var p = pairs[other] ?? Pair()
            p.records += 1
            p.types.insert(tie.relationType)
            if let windowStart, let end = tie.end, end < windowStart {
                p.lastEnd = max(p.lastEnd ?? end, end)
            } else {
                p.lapsed = false
            }
            if setting.viewOptions.window?.contains(start: tie.start, end: tie.end) ?? true {
                if graph.depth(of: tie) == nil { unrated.insert(tie.relationType) }
                p.inView += 1
                if Int(tie.source) == focus { p.forward += 1 } else { p.backward += 1 }
                p.typesInView.insert(tie.relationType)
                if let depth = graph.depth(of: tie) { p.depth = max(p.depth ?? depth, depth) } else { p.unrated = true }
            }
            pairs[other] = p
        }
        func typeNames(_ types: Set<Int32>) -> [String] { types.map { graph.relationTypes[Int($0)] }.sorted() }

        var lapsed: [LapsedPartner] = []
        var method = BetweennessMethod.exact
        if windowStart != nil {
            let targets = pairs.keys.filter { pairs[$0]!.lapsed && reach.distance[$0] != 1 }.sorted()
            if !targets.isEmpty {
                let evaluator = TieEvaluator(view: view, focus: focus, weighted: setting.weighted, reach: reach, groups: groups,
                                             holes: setting.holes(), population: setting.included)
                let effects = evaluator.evaluate(targets, scoring: scoring)
                method = effects.first?.betweennessMethod ?? method
                let partners = reach.partners
                let ranked = scoring.rank(effects) { effect in
                    let p = pairs[effect.target]!
                    return "revive: last worked together \(p.lastEnd!.year) (\(typeNames(p.types).map { $0.isEmpty ? "untyped" : $0 }.joined(separator: ", "))); "
                        + Recommendation.reason(for: effect, graph: graph, groups: groups, focus: focus, partners: partners, maxHops: maxHops)
                }
                lapsed = ranked.map { r in
                    let p = pairs[r.target]!
                    return LapsedPartner(recommendation: r, lastEnd: p.lastEnd!, records: p.records, relationTypes: typeNames(p.types))
                }
            }
        }

        // Sole intermediaries: for each partner, the actors reached only through it.
        var onlyThrough = [Int](repeating: 0, count: graph.actorCount)
        for x in 0 ..< reach.actorCount where reach.isReached(x) && reach.firstHop[x] >= 0 { onlyThrough[Int(reach.firstHop[x])] += 1 }
        var deepen: [ShallowTie] = []
        for v in reach.partners {
            guard let p = pairs[v], p.inView > 0, p.depth == .engagement, !p.unrated else { continue }
            deepen.append(ShallowTie(partner: v, depth: .engagement, records: p.inView,
                                     oneWay: setting.recordsAreDirected ? (p.forward == 0 || p.backward == 0) : nil,
                                     reachedOnlyThrough: onlyThrough[v], relationTypes: typeNames(p.typesInView)))
        }
        deepen.sort { $0.reachedOnlyThrough != $1.reachedOnlyThrough ? $0.reachedOnlyThrough > $1.reachedOnlyThrough : $0.partner < $1.partner }
        return Revival(windowStart: windowStart, lapsed: lapsed, deepen: deepen, unratedTypes: typeNames(unrated),
                       betweennessMethod: method)
    }
}
