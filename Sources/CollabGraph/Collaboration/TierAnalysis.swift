/// Horizontal and vertical ties and the "45-degree" mediators.
///
/// With a tier attribute ordered `local` < `subregional` < `regional` < `national`, a tie
/// between actors of the same tier is *horizontal* (Spours' "collaborative
/// horizontalities") and a tie across tiers is *vertical* ("facilitating
/// verticalities"). Actors with strong ties both within their tier and across tiers do
/// the "45-degree activity" of the social ecosystem model (Spours, *A social ecosystem
/// model*, UCL IOE; Hodgson & Spours): they are the mediators.
///
/// Conventions:
/// - Tier values are matched case-insensitively (`_`/`-` read as spaces, so `sub-regional`
///   = `subregional`); actors without a recognised tier are left out, and so are ties
///   touching them (counted as `unclassified`).
/// - Shares of horizontal and vertical ties are over classified pairs.
/// - Mediators: actors with ≥ 1 strong horizontal and ≥ 1 strong vertical tie, ranked by
///   min(strong horizontal, strong vertical) descending (balance between the two
///   directions), then by their total number of strong ties, then in load order.
///
/// - Complexity: O(n + P) for n actors and P pairs.
public struct TierAnalysis: Sendable {
    /// The tier ladder, lowest first.
    public static let tiers = ["local", "subregional", "regional", "national"]

    /// The rank of a tier value (0 = local … 3 = national), nil when not a tier.
    public static func rank(of value: String?) -> Int? {
        guard let value else { return nil }
        let key = RelationLadder.normalise(value).replacingOccurrences(of: " ", with: "")
        return tiers.firstIndex(of: key)
    }

    /// Ties between two tiers (`first` ≤ `second` in tier order).
    public struct TierPair: Sendable, Equatable {
        public var first: String
        public var second: String
        public var ties: TieSummary
        public var isHorizontal: Bool { first == second }
    }

    /// An actor doing 45-degree work.
    public struct Mediator: Sendable, Equatable {
        public var actor: Int32
        public var tier: String
        public var strongHorizontal: Int
        public var strongVertical: Int
        public var horizontal: Int
        public var vertical: Int
    }

    public let attribute: String
    /// Actors with a recognised tier.
    public let tieredActors: Int
    public let horizontal: TieSummary
    public let vertical: TieSummary
    /// Pairs with an end outside the tier ladder.
    public let unclassifiedPairs: Int
    /// Every tier pair that has ties, in tier order.
    public let tierPairs: [TierPair]
    /// Ranked mediators.
    public let mediators: [Mediator]

    public var classifiedPairs: Int { horizontal.pairCount + vertical.pairCount }
    public var horizontalShare: Double { TieSummary.share(Double(horizontal.pairCount), Double(classifiedPairs)) }
    public var verticalShare: Double { TieSummary.share(Double(vertical.pairCount), Double(classifiedPairs)) }

    public init(_ table: TieStrengthTable, graph: CollaborationGraph, attribute: String = "tier") {
        self.attribute = attribute
        let rank = graph.actors.map { TierAnalysis.rank(of: $0.value(of: attribute)) }
        tieredActors = rank.compactMap { $0 }.count
        let t = TierAnalysis.tiers.count
        var byTier = [TieSummary](repeating: TieSummary(), count: t * t)
        var horizontal = TieSummary(), vertical = TieSummary()
        var unclassified = 0
        let n = graph.actorCount
        var strongH = [Int](repeating: 0, count: n), strongV = [Int](repeating: 0, count: n)
        var allH = [Int](repeating: 0, count: n), allV = [Int](repeating: 0, count: n)
        for tie in table.ties {
            let u = Int(tie.dyad.source), v = Int(tie.dyad.target)
            guard let a = rank[u], let b = rank[v] else { unclassified += 1; continue }
            byTier[min(a, b) * t + max(a, b)].add(tie)
            if a == b {
                horizontal.add(tie)
                allH[u] += 1; allH[v] += 1
                if tie.isStrong { strongH[u] += 1; strongH[v] += 1 }
            } else {
                vertical.add(tie)
                allV[u] += 1; allV[v] += 1
                if tie.isStrong { strongV[u] += 1; strongV[v] += 1 }
            }
        }
        self.horizontal = horizontal
        self.vertical = vertical
        unclassifiedPairs = unclassified
        var pairs: [TierPair] = []
        for a in 0 ..< t {
            for b in a ..< t where byTier[a * t + b].pairCount > 0 {
                pairs.append(TierPair(first: TierAnalysis.tiers[a], second: TierAnalysis.tiers[b], ties: byTier[a * t + b]))
            }
        }
        tierPairs = pairs
        var mediators: [Mediator] = []
        for u in 0 ..< n where strongH[u] > 0 && strongV[u] > 0 {
            mediators.append(Mediator(actor: Int32(u), tier: TierAnalysis.tiers[rank[u]!], strongHorizontal: strongH[u],
                                      strongVertical: strongV[u], horizontal: allH[u], vertical: allV[u]))
        }
        mediators.sort { x, y in
            let bx = min(x.strongHorizontal, x.strongVertical), by = min(y.strongHorizontal, y.strongVertical)
            if bx != by { return bx > by }
            let sx = x.strongHorizontal + x.strongVertical, sy = y.strongHorizontal + y.strongVertical
            if sx != sy { return sx > sy }
            return x.actor < y.actor
        }
        self.mediators = mediators
    }
}
