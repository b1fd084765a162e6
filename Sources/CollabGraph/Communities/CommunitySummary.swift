/// What each community is made of and who bridges communities.
///
/// Per community: its size; its internal ties and their weight; internal density (ties
/// over n_c(n_c − 1)/2 possible, nil below two actors); the share of its members' ties
/// that stay inside (2 × internal over the members' summed degree — or strength when
/// weighted —, nil without ties); its composition by kind and by group (most frequent
/// first, then by first appearance); its most central actors (highest degree, or
/// strength when weighted, in the whole view); and its bridges, the members with the
/// highest participation coefficient.
///
/// Per actor, the **participation coefficient** (Guimerà & Amaral 2005):
/// P_i = 1 − Σ_s (k_is / k_i)², with k_is the actor's ties (weight when weighted) into
/// community s and k_i all its ties: 0 when every tie stays in one community, towards 1
/// when spread evenly over many; nil for actors without ties.
///
/// Reference: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex
/// metabolic networks", Nature 433, 895–900 (2005), doi:10.1038/nature03288.
///
/// - Complexity: O(n + m + n log n) time, O(n) space.
/// - Conventions: the undirected reading (symmetric rows); ranking ties fall by load
///   order (``Ranking``).
public struct CommunitySummary: Sendable, Equatable {
    /// A named count in a community's composition.
    public struct Share: Sendable, Equatable {
        public let name: String
        public let count: Int
    }

    public struct Community: Sendable, Equatable {
        public let index: Int
        public let size: Int
        public let internalTies: Int
        public let internalWeight: Double
        public let internalDensity: Double?
        /// Share of the members' ties (weight when weighted) that stay inside.
        public let insideShare: Double?
        public let kinds: [Share]
        /// By the run's group attribute (empty without one).
        public let groups: [Share]
        /// Highest degree (strength when weighted) first.
        public let mostCentral: [Int32]
        /// Highest participation coefficient first (members with P > 0 only).
        public let bridges: [Int32]
    }

    public let communities: [Community]
    /// P_i per actor (nil for actors without ties).
    public let participation: [Double?]
    /// Ties (weight when weighted) from each actor into its own community.
    public let internalDegree: [Double]
    /// Ties (weight when weighted) of each actor.
    public let degree: [Double]

    /// Summarises `communityOf` (labels 0 ..< k, as ``CommunityPartition``) on symmetric `rows`.
    public init(graph: CollaborationGraph, rows: CompressedAdjacency, communityOf: [Int32], weighted: Bool,
                groups: ActorGroups?, top: Int = 3) {
        let n = rows.nodeCount
        precondition(communityOf.count == n && graph.actorCount == n, "one community per actor")
        let k = n == 0 ? 0 : Modularity.labelCount(communityOf)
        var participation = [Double?](repeating: nil, count: n)
        var internalDegree = [Double](repeating: 0, count: n)
        var degree = [Double](repeating: 0, count: n)
        var ties = [Int](repeating: 0, count: k)
        var weightInside = [Double](repeating: 0, count: k)
        var tieEnds = [Double](repeating: 0, count: k)
        var link = [Double](repeating: 0, count: k)
        var touched: [Int32] = []
        for u in 0 ..< n {
            let own = Int(communityOf[u])
            touched.removeAll(keepingCapacity: true)
            for entry in rows.row(u) {
                let v = Int(rows.neighbours[entry])
                let w = weighted ? rows.weights[entry] : 1
                let c = Int(communityOf[v])
                if link[c] == 0 { touched.append(Int32(c)) }
                link[c] += w
                degree[u] += w
                if c == own && v > u { ties[own] += 1; weightInside[own] += w }
            }
            tieEnds[own] += degree[u]
            internalDegree[u] = link[own]
            if degree[u] > 0 {
                var sum = 0.0
                for c in touched { let share = link[Int(c)] / degree[u]; sum += share * share }
                participation[u] = 1 - sum
            }
            for c in touched { link[Int(c)] = 0 }
        }
        var membersOf = [[Int32]](repeating: [], count: k)
        for u in 0 ..< n { membersOf[Int(communityOf[u])].append(Int32(u)) }
        let kindNames = graph.actors.map { $0.kind.isEmpty ? ActorGroups.missingName : $0.kind }
        communities = (0 ..< k).map { c in
            let members = membersOf[c]
            let size = members.count
            let inside = weighted ? weightInside[c] : Double(ties[c])
            let pairs = Double(size) * Double(size - 1) / 2
            let withBridging = members.filter { (participation[Int($0)] ?? 0) > 0 }
            return Community(
                index: c, size: size, internalTies: ties[c], internalWeight: weightInside[c],
                internalDensity: size > 1 ? Double(ties[c]) / pairs : nil,
                insideShare: tieEnds[c] > 0 ? 2 * inside / tieEnds[c] : nil,
                kinds: CommunitySummary.composition(members.map { kindNames[Int($0)] }),
                groups: groups.map { g in CommunitySummary.composition(members.map { g.name(of: Int($0)) }) } ?? [],
                mostCentral: Ranking.top(top, of: members) { degree[Int($0)] },
                bridges: Ranking.top(top, of: withBridging) { participation[Int($0)] ?? 0 })
        }
        self.participation = participation
        self.internalDegree = internalDegree
        self.degree = degree
    }

    /// Counts of each name, most frequent first, equal counts in order of first appearance.
    static func composition(_ names: [String]) -> [Share] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for name in names {
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.enumerated()
            .sorted { counts[$0.element]! != counts[$1.element]! ? counts[$0.element]! > counts[$1.element]! : $0.offset < $1.offset }
            .map { Share(name: $0.element, count: counts[$0.element]!) }
    }
}
