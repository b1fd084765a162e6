/// Fragility around a focal actor: which of the actors it reaches hang on a single
/// partner, which groups it reaches through one partner only, and whether the focus is
/// itself a cut point that others depend on.
///
/// - An actor x within K hops (d(f, x) ≥ 2) *depends on* partner v when every shortest
///   f–x path starts with the tie f–v (``FocusReach/firstHop``); losing that one tie
///   pushes x farther away or out of reach.
/// - A group is *reached through one partner* when the focus has no partner in it and all
///   of its actors within K hops depend on the same partner v.
/// - The focus is a *cut point* (articulation point) when removing it splits its
///   component (``Bridges/structure(of:)``, Tarjan 1972); the actors it *holds on* are
///   those outside the largest piece left, who would lose their connection to the rest.
///
/// Reference: R. E. Tarjan, "Depth-first search and linear graph algorithms", *SIAM J.
/// Computing* 1(2):146–160 (1972), doi:10.1137/0201010 (via ``Bridges``); NetworkX
/// `articulation_points`.
///
/// - Complexity: O(n + m) time and O(n) space.
public struct Fragility: Sendable, Equatable {
    /// A partner and the actors that reach the focus only through it.
    public struct PartnerDependence: Sendable, Equatable {
        public var partner: Int
        /// Actors within K hops whose every shortest path starts with the tie to `partner`.
        public var dependents: [Int]
        public init(partner: Int, dependents: [Int]) {
            self.partner = partner
            self.dependents = dependents
        }
    }

    /// A group the focus reaches through one partner only.
    public struct GroupDependence: Sendable, Equatable {
        public var group: Int
        public var partner: Int
        /// The group's actors within K hops.
        public var reachedActors: [Int]
    }

    /// Partners with at least one dependent, most dependents first (then index order).
    public var partnerDependence: [PartnerDependence]
    /// Groups reached through one partner, in group order.
    public var groupDependence: [GroupDependence]
    /// The focus as a cut point (nil when it is not one).
    public var cutPoint: CutPoint?
    /// Actors the focus holds on: outside the largest piece its removal leaves (index order).
    public var heldOn: [Int]

    public var isCutPoint: Bool { cutPoint != nil }

    /// `cuts`: the cut points of `view` when the caller has them already.
    public init(view: GraphView, reach: FocusReach, groups: ActorGroups, cuts: NetworkCuts? = nil) {
        let n = reach.actorCount
        let f = reach.focus
        // Dependents per partner.
        var dependents: [Int: [Int]] = [:]
        var groupPartner = [Int32](repeating: -1, count: groups.count)   // −1 none, −2 several/direct
        var groupActors = [[Int]](repeating: [], count: groups.count)
        for x in 0 ..< n where reach.isReached(x) {
            let g = Int(groups.groupOf[x])
            groupActors[g].append(x)
            if reach.distance[x] == 1 { groupPartner[g] = FocusReach.several; continue }
            let hop = reach.firstHop[x]
            if hop >= 0 { dependents[Int(hop), default: []].append(x) }
            if groupPartner[g] == -1 { groupPartner[g] = hop } else if groupPartner[g] != hop { groupPartner[g] = FocusReach.several }
        }
        partnerDependence = dependents.map { PartnerDependence(partner: $0.key, dependents: $0.value) }
            .sorted { ($0.dependents.count, -$0.partner) > ($1.dependents.count, -$1.partner) }
        groupDependence = (0 ..< groups.count).compactMap { g in
            groupPartner[g] >= 0 ? GroupDependence(group: g, partner: Int(groupPartner[g]), reachedActors: groupActors[g]) : nil
        }
        cutPoint = (cuts ?? Bridges.structure(of: view)).cutPoints.first { $0.actor == f }
        // The pieces left by removing the focus: label each piece from each partner.
        var heldOn: [Int] = []
        if cutPoint != nil {
            let rows = view.partners
            var piece = [Int32](repeating: -1, count: n)
            piece[f] = -2
            var pieces: [[Int]] = []
            for i in rows.row(f) {
                let start = Int(rows.neighbours[i])
                guard piece[start] == -1 else { continue }
                let label = Int32(pieces.count)
                var members = [start]
                piece[start] = label
                var head = 0
                while head < members.count {
                    let u = members[head]; head += 1
                    for j in rows.row(u) {
                        let v = Int(rows.neighbours[j])
                        if piece[v] == -1 { piece[v] = label; members.append(v) }
                    }
                }
                pieces.append(members)
            }
            // The largest piece stays; ties in size go to the piece found first.
            var largest = 0
            for k in pieces.indices where pieces[k].count > pieces[largest].count { largest = k }
            for k in pieces.indices where k != largest { heldOn.append(contentsOf: pieces[k]) }
            heldOn.sort()
        }
        self.heldOn = heldOn
    }
}
