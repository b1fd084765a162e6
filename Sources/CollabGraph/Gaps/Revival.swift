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

