/// Brokerage gaps of a whole network (no focus): the group pairs joined most weakly, the
/// actors best placed to bridge each of them, and the SMEs no anchor institution reaches.
///
/// - **Weak joining**: for every pair of groups (a, b), the distinct ties between them
///   (``GroupMixing``) and how many the collaboration rubric calls strong
///   (``TieStrengthTable``). Pairs are ranked weakest first: fewest strong ties, then
///   fewest ties, then lowest density (ties over n_a · n_b), then the larger pair first
///   (more actors left unjoined).
/// - **Bridgers** of (a, b): actors with a partner in one side and no partner in (and not
///   a member of) the other, ranked by their hop distance to the nearest actor of the
///   other side (multi-source breadth-first search), then by more partners on the tied
///   side, then by index. One tie from such an actor to the other side would join the two.
/// - **SMEs no anchor reaches**: SMEs (`kind` `sme`) more than K hops from every actor of
///   kind `anchor` (one multi-source breadth-first search from all anchors), nearest first.
///
/// Conventions: distances on the undirected reading of the view (partner rows).
///
/// - Complexity: O(n + m + g²) for the pairs, O(n + m) per listed pair for its bridgers
///   (two multi-source searches), O(n + m) for the SMEs.
public struct NetworkGaps: Sendable {
    /// One pair of groups and the actors best placed to join them.
    public struct WeakPair: Sendable, Equatable {
        public var first: Int
        public var second: Int
        public var ties: Int
        public var strongTies: Int
        public var weight: Double
        public var density: Double?
        public var bridgers: [Bridger]
    }

    /// An actor tied to one side of a weak pair and close to the other.
    public struct Bridger: Sendable, Equatable {
        public var actor: Int
        /// The group it is tied to.
        public var tiedGroup: Int
        public var partnersInTiedGroup: Int
        /// The group it is not tied to, and its hop distance to the nearest actor there
        /// (nil: another component).
        public var otherGroup: Int
        public var distanceToOther: Int?
    }

    /// An SME no anchor reaches within K hops.
    public struct UnreachedSME: Sendable, Equatable {
        public var actor: Int
        /// Hops to the nearest anchor (nil: no anchor in its component).
        public var distanceToAnchor: Int?
    }

    public var groups: ActorGroups
    public var maxHops: Int
    public var anchorCount: Int
    /// The weakest pairs (at most the number asked for), weakest first.
    public var pairs: [WeakPair]
    /// How many group pairs have no strong tie / no tie at all.
    public var pairsWithoutStrongTies: Int
    public var pairsWithoutTies: Int
    public var unreachedSMEs: [UnreachedSME]

    /// Analyses the run's main view by `groups` (the run's grouping); lists the
    /// `pairLimit` weakest pairs with up to `bridgerLimit` bridgers each.
    public static func analyse(setting: GapSetting, groups: ActorGroups,
                               maxHops: Int = 2, pairLimit: Int = 10, bridgerLimit: Int = 5) -> NetworkGaps {
        let graph = setting.graph
        let view = setting.view
        let (mixing, strong) = GroupGap.groupPairTies(setting: setting, groups: groups)
        let g = groups.count
        var all: [WeakPair] = []
        let holds = groups.groupsHolding(setting.included)
        for a in 0 ..< g where holds[a] {
            for b in (a + 1) ..< g where holds[b] {
                all.append(WeakPair(first: a, second: b, ties: mixing.ties(from: a, to: b), strongTies: strong[a * g + b],
                                    weight: mixing.weight(from: a, to: b), density: mixing.density(from: a, to: b), bridgers: []))
            }
        }
        all.sort { x, y in
            if x.strongTies != y.strongTies { return x.strongTies < y.strongTies }
            if x.ties != y.ties { return x.ties < y.ties }
            if (x.density ?? 0) != (y.density ?? 0) { return (x.density ?? 0) < (y.density ?? 0) }
            let sx = groups.sizes[x.first] * groups.sizes[x.second], sy = groups.sizes[y.first] * groups.sizes[y.second]
            if sx != sy { return sx > sy }
            return (x.first, x.second) < (y.first, y.second)
        }
        var pairs = Array(all.prefix(pairLimit))
        let rows = view.partners
        for k in pairs.indices {
            let a = pairs[k].first, b = pairs[k].second
            let toA = rows.hopDistances(from: groups.members(of: a))
            let toB = rows.hopDistances(from: groups.members(of: b))
            var list: [Bridger] = []
            for x in 0 ..< rows.nodeCount {
                var inA = 0, inB = 0
                for v in rows.neighbours(of: x) {
                    let gv = groups.groupOf[Int(v)]
                    if gv == Int32(a) { inA += 1 } else if gv == Int32(b) { inB += 1 }
                }
                let gx = Int(groups.groupOf[x])
                if inA > 0 && inB == 0 && gx != b {
                    list.append(Bridger(actor: x, tiedGroup: a, partnersInTiedGroup: inA, otherGroup: b,
                                        distanceToOther: toB[x] < 0 ? nil : Int(toB[x])))
                } else if inB > 0 && inA == 0 && gx != a {
                    list.append(Bridger(actor: x, tiedGroup: b, partnersInTiedGroup: inB, otherGroup: a,
                                        distanceToOther: toA[x] < 0 ? nil : Int(toA[x])))
                }
            }
            list.sort { x, y in
                let dx = x.distanceToOther ?? Int.max, dy = y.distanceToOther ?? Int.max
                if dx != dy { return dx < dy }
                if x.partnersInTiedGroup != y.partnersInTiedGroup { return x.partnersInTiedGroup > y.partnersInTiedGroup }
                return x.actor < y.actor
            }
            pairs[k].bridgers = Array(list.prefix(bridgerLimit))
        }
        // SMEs no anchor reaches.
        let toAnchor = rows.hopDistances(from: (0 ..< Int32(rows.nodeCount)).filter { graph.actors[Int($0)].actorKind == .anchor })
        let smes = (0 ..< rows.nodeCount).filter { graph.actors[$0].actorKind == .sme && (toAnchor[$0] < 0 || Int(toAnchor[$0]) > maxHops) }
            .map { UnreachedSME(actor: $0, distanceToAnchor: toAnchor[$0] < 0 ? nil : Int(toAnchor[$0])) }
            .sorted { ($0.distanceToAnchor ?? Int.max, $0.actor) < ($1.distanceToAnchor ?? Int.max, $1.actor) }
        return NetworkGaps(groups: groups, maxHops: maxHops, anchorCount: graph.actors.filter { $0.actorKind == .anchor }.count,
                           pairs: pairs, pairsWithoutStrongTies: all.filter { $0.strongTies == 0 }.count,
                           pairsWithoutTies: all.filter { $0.ties == 0 }.count, unreachedSMEs: smes)
    }
}
