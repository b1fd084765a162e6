/// Collaboration profiles by group (`--by sector|locality|kind|tier|ATTR`): the profile
/// within each group and a tie summary between each pair of groups — which sectors
/// collaborate strongly with which, and which group pairs have no or only weak ties.
///
/// Conventions:
/// - Groups are those of ``ActorGroups`` (shared with the brokerage analyses): an
///   actor's value of the attribute (``Actor/value(of:)``), numbered in order of first
///   appearance in load order; actors without a value form the group `not given`.
/// - Within a group: the ``CollaborationProfile`` of the subgraph induced by its members
///   (its ties, components, clustering and verdict).
/// - Between groups g < h (in group order): the ``TieSummary`` of the pairs with one
///   actor in each, and a status: `no ties`, `only weak ties` (ties but none strong),
///   `weakly collaborative` or `strongly collaborative` (the verdict's strong-share and
///   reciprocity criteria; a group pair has no fragmentation criterion).
/// - Sample size: a group, or a group pair, with fewer than `minimumPairs` connected pairs
///   (default ``GroupProfiles/defaultMinimumPairs``, 5) gets no verdict: it is *too few ties
///   to judge* (a one-actor sector with no pairs is not "fragmented", a two-pair sector not
///   "strongly collaborative"). A group pair with no ties at all is still reported as
///   `no ties` (a fact, not a judgement).
/// - ``GroupProfiles/rankedPairs`` orders the between-group pairs by what matters: judged
///   pairs by pair count, then pairs with too few ties, then pairs with no ties between the
///   groups with most tied members (the gaps with most room for ties) first; ``GroupProfiles/rankedGaps``
///   orders the gaps the same way.
///
/// - Complexity: O(G · (n + Σ k²) + P + G²) for G groups, n actors and P pairs.
public struct GroupProfiles: Sendable {
    /// Fewer connected pairs than this and a group or group pair is not judged.
    public static let defaultMinimumPairs = 5

    /// The profile within one group.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var memberCount: Int
        public var profile: CollaborationProfile
        /// The verdict, or nil when the group has too few pairs to judge.
        public var judgedVerdict: VerdictKind?

        /// The verdict's name, or "too few ties to judge".
        public var judgement: String { judgedVerdict?.rawValue ?? GroupProfiles.tooFewTiesText }
    }

    public static let tooFewTiesText = "too few ties to judge"

    /// How two groups are tied.
    public enum PairStatus: String, Sendable {
        case noTies = "no ties"
        case tooFewTies = "too few ties to judge"
        case onlyWeakTies = "only weak ties"
        case weaklyCollaborative = "weakly collaborative"
        case stronglyCollaborative = "strongly collaborative"
    }

    /// The ties between two groups.
    public struct Pair: Sendable, Equatable {
        public var first: String
        public var second: String
        public var ties: TieSummary
        public var status: PairStatus
        /// The strong-share and reciprocity criteria with their numbers.
        public var verdict: Verdict
    }

    public static let missingGroup = ActorGroups.missingName

    public let attribute: String
    /// Groups and pairs with fewer connected pairs than this are not judged.
    public let minimumPairs: Int
    public let groups: [Group]
    /// Every pair of distinct groups, in group order, including those with no ties.
    public let pairs: [Pair]
    /// The group index of each actor.
    public let groupOf: [Int32]

    public init(_ table: TieStrengthTable, graph: CollaborationGraph, attribute: String,
                minimumPairs: Int = GroupProfiles.defaultMinimumPairs) {
        self.init(table, groups: ActorGroups(graph: graph, attribute: attribute), minimumPairs: minimumPairs)
    }

    /// Profiles by an existing grouping (an analysis context's memoised one); with
    /// `profiled`, only the actors flagged true count (see
    /// ``AnalysisContext/profiledActors``), and groups left empty are dropped.
    public init(_ table: TieStrengthTable, groups partition: ActorGroups, profiled: [Bool]? = nil,
                minimumPairs: Int = GroupProfiles.defaultMinimumPairs) {
        self.attribute = partition.attribute ?? "group"
        self.minimumPairs = minimumPairs
        let names = partition.names
        let groupOf = partition.groupOf
        self.groupOf = groupOf
        let g = names.count
        groups = (0 ..< g).compactMap { group in
            let members = groupOf.indices.map { groupOf[$0] == Int32(group) && (profiled?[$0] ?? true) }
            let count = members.filter { $0 }.count
            guard count > 0 || profiled == nil else { return nil }
            let profile = CollaborationProfile(table, members: members)
            return Group(name: names[group], memberCount: count, profile: profile,
                         judgedVerdict: profile.ties.pairCount >= minimumPairs ? profile.verdict.kind : nil)
        }
        var between = [TieSummary](repeating: TieSummary(), count: g * g)
        for tie in table.ties {
            let a = Int(groupOf[Int(tie.dyad.source)]), b = Int(groupOf[Int(tie.dyad.target)])
            guard a != b else { continue }
            between[min(a, b) * g + max(a, b)].add(tie)
        }
        var pairs: [Pair] = []
        for a in 0 ..< g {
            for b in (a + 1) ..< max(a + 1, g) {
                let summary = between[a * g + b]
                let verdict = Verdict.judge(actorCount: 0, pairCount: summary.pairCount, largestComponentShare: nil,
                                            strongShare: summary.strongShare, strongShareNotJudged: table.strengthNotJudged,
                                            reciprocity: table.measured.reciprocity ? summary.reciprocity : nil,
                                            reciprocityNotJudged: table.measured.reciprocityNotMeasured ?? .recordsUndirected,
                                            thresholds: table.rubric.verdict)
                let status: PairStatus
                if summary.pairCount == 0 { status = .noTies }
                else if summary.pairCount < minimumPairs { status = .tooFewTies }
                else if summary.strongPairs == 0 && table.strengthNotJudged == nil { status = .onlyWeakTies }
                else { status = verdict.kind == .stronglyCollaborative ? .stronglyCollaborative : .weaklyCollaborative }
                pairs.append(Pair(first: names[a], second: names[b], ties: summary, status: status, verdict: verdict))
            }
        }
        self.pairs = pairs
        // Members with at least one tie, per group: how many pairs two groups could form
        // among actors that collaborate at all.
        var tied = [Bool](repeating: false, count: groupOf.count)
        for tie in table.ties { tied[Int(tie.dyad.source)] = true; tied[Int(tie.dyad.target)] = true }
        var counts = [Int](repeating: 0, count: g)
        for (actor, group) in groupOf.enumerated() where tied[actor] { counts[Int(group)] += 1 }
        var sizes: [String: Int] = [:]
        for (group, name) in names.enumerated() { sizes[name] = counts[group] }
        tiedMemberCounts = sizes
    }

    /// Members with at least one tie, per group name.
    public let tiedMemberCounts: [String: Int]

    /// Group pairs with no ties or only weak ones (also when too few to judge): where
    /// brokerage is missing.
    public var gaps: [Pair] {
        pairs.filter { $0.status == .noTies || $0.status == .onlyWeakTies || ($0.status == .tooFewTies && $0.ties.strongPairs == 0) }
    }

    /// The most pairs two groups could have among their members with any tie: the product
    /// of those counts (0 when either group's members have no tie at all).
    public func possiblePairs(_ pair: Pair) -> Int { (tiedMemberCounts[pair.first] ?? 0) * (tiedMemberCounts[pair.second] ?? 0) }

    /// Pairs in the order that matters to a reader: judged pairs (most pairs first), then
    /// pairs with too few ties to judge (most pairs first), then pairs with no ties (the
    /// largest possible number of pairs first); ties keep group order.
    public var rankedPairs: [Pair] {
        func rank(_ status: PairStatus) -> Int {
            switch status {
            case .stronglyCollaborative, .weaklyCollaborative, .onlyWeakTies: 0
            case .tooFewTies: 1
            case .noTies: 2
            }
        }
        return pairs.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            if rank(a.status) != rank(b.status) { return rank(a.status) < rank(b.status) }
            let (ka, kb) = a.status == .noTies ? (possiblePairs(a), possiblePairs(b)) : (a.ties.pairCount, b.ties.pairCount)
            return ka != kb ? ka > kb : x.offset < y.offset
        }.map(\.element)
    }

    /// The gaps (no ties, or only weak ties) that matter most first: between the groups
    /// with most tied members (most possible pairs), ties keep group order. Gaps where one
    /// group has no tied member at all come last (nothing there to bridge yet).
    public var rankedGaps: [Pair] {
        gaps.enumerated().sorted { x, y in
            let (ka, kb) = (possiblePairs(x.element), possiblePairs(y.element))
            return ka != kb ? ka > kb : x.offset < y.offset
        }.map(\.element)
    }
}
