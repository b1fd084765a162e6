/// Revive before build: the focus's lapsed partners, measured as new ties, and its ties
/// that never went beyond engagement, as candidates for deepening.
///
/// - **Lapsed partners**: actors with whom every tie record of the focus (either
///   direction, of the view's relation types) has an end date before the start of the
///   view's window (`--at` day, or `--from`). They are not partners in the view, so the
///   tie's return is measured exactly as a new tie (``TieEvaluator``: constraint,
///   effective size, reach, new groups, betweenness) and ranked by
///   ``RecommendationScoring`` among themselves, with when the last record ended and
///   which relation types it carried. Without a window nothing has lapsed.
/// - **Ties to deepen**: partners in the view whose records with the focus all sit at the
///   first rung of the co-production ladder (*engagement*: talks, visits, information),
///   with the depth reached, whether the tie runs one way (only on directed records;
///   otherwise not measured) and how many actors within K hops the focus reaches only
///   through that partner (``FocusReach``'s sole intermediary): the ties it most depends
///   on first, then load order.
///
/// Reference: the ladder of depth (engagement, exchange, co-production) of the seeds'
/// skills co-production papers; measured effects as ``TieEvaluator``.
///
/// - Complexity: O(r) over the records, plus ``TieEvaluator`` for the lapsed partners.
public struct Revival: Sendable {
    /// The start of the view's window; nil without a window (then nothing has lapsed).
    public var windowStart: Day?
    /// Lapsed partners, best score first.
    public var lapsed: [LapsedPartner]
    /// Engagement-only ties, most depended on first.
    public var deepen: [ShallowTie]
    /// Relation types of the focus's records in the view that the ladder does not rate
    /// (their ties' depth is not measured; "" for untyped records).
    public var unratedTypes: [String]
    public var betweennessMethod: BetweennessMethod
}

public struct LapsedPartner: Sendable, Equatable {
    public var recommendation: Recommendation
    /// The latest end date of the records with the focus.
    public var lastEnd: Day
    public var records: Int
    /// Relation type names of those records (sorted; "" for untyped).
    public var relationTypes: [String]
    public var partner: Int { recommendation.target }
}

public struct ShallowTie: Sendable, Equatable {
    public var partner: Int
    /// The deepest rung reached (engagement for every tie listed).
    public var depth: Depth
    public var records: Int
    /// Whether only one side recorded the tie; nil when records carry no direction.
    public var oneWay: Bool?
    /// Actors within K hops reached only through this partner.
    public var reachedOnlyThrough: Int
    public var relationTypes: [String]
}

extension Revival {
    public static func find(context: AnalysisContext, focus: Int, maxHops: Int = 2,
                            scoring: RecommendationScoring = .standard) -> Revival {
        let graph = context.graph
        let view = context.view
        let groups = context.groups ?? ActorGroups.single(count: graph.actorCount)
        let reach = FocusReach(view: view, focus: focus, maxHops: maxHops)
        let keep = graph.relationTypeMask(context.viewOptions.relationTypes)
        let windowStart: Day? = switch context.viewOptions.window {
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
            if context.viewOptions.window?.contains(start: tie.start, end: tie.end) ?? true {
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
                let evaluator = TieEvaluator(view: view, focus: focus, weighted: context.weighted, reach: reach, groups: groups)
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
                                     oneWay: context.recordsAreDirected ? (p.forward == 0 || p.backward == 0) : nil,
                                     reachedOnlyThrough: onlyThrough[v], relationTypes: typeNames(p.typesInView)))
        }
        deepen.sort { $0.reachedOnlyThrough != $1.reachedOnlyThrough ? $0.reachedOnlyThrough > $1.reachedOnlyThrough : $0.partner < $1.partner }
        return Revival(windowStart: windowStart, lapsed: lapsed, deepen: deepen, unratedTypes: typeNames(unrated),
                       betweennessMethod: method)
    }
}
