/// Competition and overlap among a set of focal actors (providers, colleges, any kind):
/// how far they seek the same partners, and which partners are sought by several of them.
///
/// With N(p) the partners of p in the view's undirected reading (in- or out-ties):
///
///     shared(p, q)     = |N(p) ∩ N(q)|            (by the partners' group, too)
///     J(p, q)          = |N(p) ∩ N(q)| / |N(p) ∪ N(q)|   (0 when both are empty)
///     demands(x)       = |{p focal : x ∈ N(p)}|   ("multiple demands" on x when ≥ 2)
///
/// The overlap network joins two focal actors that share at least one partner, weighted
/// by the partners they share: competition for the same partners (the seeds' "competition
/// from other education providers … for access to employers"; SMEs' "confusion caused by
/// multiple demands from education providers", Ofsted 2015).
///
/// Reference: P. Jaccard (1901), "Étude comparative de la distribution florale dans une
/// portion des Alpes et du Jura", *Bull. Soc. Vaudoise Sci. Nat.* 37:547–579,
/// doi:10.5169/seals-266450; the niche-overlap reading of shared partners: J. M. McPherson
/// (1983), "An ecology of affiliation", *Am. Sociol. Rev.* 48(4):519–532,
/// doi:10.2307/2117719. Checked against set arithmetic in `Tests/Fixtures/reference_positions.R`.
///
/// - Complexity: O(Σ_x f(x)²) for f(x) the focal partners of x, plus O(F²) for F focal
///   actors; no dense n × n matrix.
/// - Conventions: unweighted (a partner counts once whatever the weight or direction);
///   a focal actor can be another's partner (colleges tied to each other count as shared
///   partners only of third parties). J(p, p) is 1 for a focal actor with partners.
public struct PartnerOverlap: Sendable, Equatable {
    /// The focal actors, in actor order.
    public let focal: [Int32]
    /// Partners of each focal actor.
    public let partnerCounts: [Int]
    /// Shared partners, F × F (diagonal: the actor's own partner count).
    public let shared: [[Int]]
    /// Shared partners by the partners' group: `sharedByGroup[g][p][q]`.
    public let sharedByGroup: [[[Int]]]
    /// How many focal actors reach each actor (all n actors).
    public let demands: [Int]

    /// The partners facing multiple demands: actors reached by two focal actors or more,
    /// focal actors themselves left out (a provider other providers work with is their
    /// competitor, not a partner facing their demands; it still counts as a shared partner
    /// in ``shared``), most demanded first, ties by actor order. `among`, when given, keeps
    /// the actors it marks (one kind of partner).
    public func multipleDemands(among mask: [Bool]? = nil) -> [Int] {
        var isFocal = [Bool](repeating: false, count: demands.count)
        for actor in focal { isFocal[Int(actor)] = true }
        return demands.indices.filter { demands[$0] >= 2 && !isFocal[$0] && (mask?[$0] ?? true) }
            .sorted { demands[$0] != demands[$1] ? demands[$0] > demands[$1] : $0 < $1 }
    }

    /// Jaccard overlap of focal actors `p` and `q` (indices into ``focal``).
    public func jaccard(_ p: Int, _ q: Int) -> Double {
        let union = partnerCounts[p] + partnerCounts[q] - shared[p][q]
        return union > 0 ? Double(shared[p][q]) / Double(union) : 0
    }

    /// One tie of the overlap network.
    public struct Tie: Sendable, Equatable {
        public let first: Int32, second: Int32
        public let shared: Int
        public let jaccard: Double

        public init(first: Int32, second: Int32, shared: Int, jaccard: Double) {
            self.first = first
            self.second = second
            self.shared = shared
            self.jaccard = jaccard
        }
    }

    /// Pairs of focal actors sharing at least `minimumShared` partners, most shared first
    /// (ties by actor order).
    public func overlapNetwork(minimumShared: Int = 1) -> [Tie] {
        var out: [Tie] = []
        for p in focal.indices {
            for q in p + 1 ..< focal.count where shared[p][q] >= max(1, minimumShared) {
                out.append(Tie(first: focal[p], second: focal[q], shared: shared[p][q], jaccard: jaccard(p, q)))
            }
        }
        return out.sorted { a, b in
            a.shared != b.shared ? a.shared > b.shared : (a.first, a.second) < (b.first, b.second)
        }
    }

    /// - Parameters:
    ///   - focal: which actors compete (e.g. every actor of kind `anchor`).
    ///   - groupOf: each actor's group (e.g. its kind), 0 ..< `groupCount`.
    public init(_ view: GraphView, focal isFocal: [Bool], groupOf: [Int32], groupCount: Int) {
        precondition(isFocal.count == view.nodeCount && groupOf.count == view.nodeCount)
        let rows = view.partners
        let focal = (0 ..< Int32(view.nodeCount)).filter { isFocal[Int($0)] }
        var slot = [Int](repeating: -1, count: view.nodeCount)
        for (index, actor) in focal.enumerated() { slot[Int(actor)] = index }
        let f = focal.count
        var shared = [[Int]](repeating: [Int](repeating: 0, count: f), count: f)
        var byGroup = [[[Int]]](repeating: shared, count: groupCount)
        var demands = [Int](repeating: 0, count: view.nodeCount)
        var reaching: [Int] = []
        for x in 0 ..< view.nodeCount {
            reaching.removeAll(keepingCapacity: true)
            for e in rows.row(x) where slot[Int(rows.neighbours[e])] >= 0 { reaching.append(slot[Int(rows.neighbours[e])]) }
            demands[x] = reaching.count
            let g = Int(groupOf[x])
            for p in reaching {
                for q in reaching {
                    shared[p][q] += 1
                    byGroup[g][p][q] += 1
                }
            }
        }
        self.focal = focal
        self.partnerCounts = focal.map { rows.degree(Int($0)) }
        self.shared = shared
        self.sharedByGroup = byGroup
        self.demands = demands
    }
}
