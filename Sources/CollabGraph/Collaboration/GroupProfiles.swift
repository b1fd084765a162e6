/// Collaboration profiles by group (`--by sector|locality|kind|tier|ATTR`): the profile
/// within each group and a tie summary between each pair of groups — which sectors
/// collaborate strongly with which, and which group pairs have no or only weak ties.
///
/// Conventions:
/// - Groups are those of ``ActorGroups`` (shared with the brokerage analyses): an
///   actor's value of the attribute (``Actor/value(of:)``), numbered in order of first
///   appearance in load order; actors without a value form the group `(none)`.
/// - Within a group: the ``CollaborationProfile`` of the subgraph induced by its members
///   (its ties, components, clustering and verdict).
/// - Between groups g < h (in group order): the ``TieSummary`` of the pairs with one
///   actor in each, and a status: `no ties`, `only weak ties` (ties but none strong),
///   `weakly collaborative` or `strongly collaborative` (the verdict's strong-share and
///   reciprocity criteria; a group pair has no fragmentation criterion).
///
/// - Complexity: O(G · (n + Σ k²) + P + G²) for G groups, n actors and P pairs.
public struct GroupProfiles: Sendable {
    /// The profile within one group.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var memberCount: Int
        public var profile: CollaborationProfile
    }

    /// How two groups are tied.
    public enum PairStatus: String, Sendable {
        case noTies = "no ties"
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
    public let groups: [Group]
    /// Every pair of distinct groups, in group order, including those with no ties.
    public let pairs: [Pair]
    /// The group index of each actor.
    public let groupOf: [Int32]

    public init(_ table: TieStrengthTable, graph: CollaborationGraph, attribute: String) {
        self.init(table, groups: ActorGroups(graph: graph, attribute: attribute))
    }

    /// Profiles by an existing grouping (an analysis context's memoised one); with
    /// `profiled`, only the actors flagged true count (see
    /// ``AnalysisContext/profiledActors``), and groups left empty are dropped.
    public init(_ table: TieStrengthTable, groups partition: ActorGroups, profiled: [Bool]? = nil) {
        self.attribute = partition.attribute ?? "group"
        let names = partition.names
        let groupOf = partition.groupOf
        self.groupOf = groupOf
        let g = names.count
        groups = (0 ..< g).compactMap { group in
            let members = groupOf.indices.map { groupOf[$0] == Int32(group) && (profiled?[$0] ?? true) }
            let count = members.filter { $0 }.count
            guard count > 0 || profiled == nil else { return nil }
            return Group(name: names[group], memberCount: count, profile: CollaborationProfile(table, members: members))
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
                                            strongShare: summary.strongShare,
                                            reciprocity: table.measured.reciprocity ? summary.reciprocity : nil,
                                            thresholds: table.rubric.verdict)
                let status: PairStatus
                if summary.pairCount == 0 { status = .noTies }
                else if summary.strongPairs == 0 { status = .onlyWeakTies }
                else { status = verdict.kind == .stronglyCollaborative ? .stronglyCollaborative : .weaklyCollaborative }
                pairs.append(Pair(first: names[a], second: names[b], ties: summary, status: status, verdict: verdict))
            }
        }
        self.pairs = pairs
    }

    /// Group pairs with no ties or only weak ones: where brokerage is missing.
    public var gaps: [Pair] { pairs.filter { $0.status == .noTies || $0.status == .onlyWeakTies } }
}
