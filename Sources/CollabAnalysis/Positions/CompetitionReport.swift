import CollabGraph

/// Competition for partners among the providers of a system, for the report's gaps and
/// sectors sections: which providers seek the same partners (``PartnerOverlap``: shared
/// partners, Jaccard, shared partners by kind, the overlap network) and which partners
/// face "multiple demands" (reached by two providers or more), by kind and by group.
///
/// The providers are the actors of one kind: `anchor` when the data has it (colleges,
/// universities, hospital trusts), otherwise the kind most of the focus actors have.
/// Measured on the study actors' view (``AnalysisContext/studyView``), undirected
/// reading, each partner counted once.
///
/// - Complexity: that of ``PartnerOverlap`` plus O(n log n) to rank the partners.
public struct CompetitionReport: Sendable {
    /// One partner reached by several providers.
    public struct Demand: Sendable, Equatable {
        /// The partner (actor index in the graph).
        public let actor: Int
        /// The providers that reach it (actor indices, in actor order).
        public let providers: [Int]
    }

    /// Multiple demands within one group (a sector, or a kind).
    public struct GroupDemand: Sendable, Equatable {
        public let group: String
        /// Partners of this group reached by at least one provider.
        public let reached: Int
        /// Of those, reached by two providers or more.
        public let multiplyDemanded: Int
        /// Mean providers per reached partner.
        public let meanProviders: Double
    }

    /// The kind whose actors compete.
    public let providerKind: String
    /// The providers (actor indices in the graph, in actor order).
    public let providers: [Int]
    /// The overlap of their partner sets, on the study view (indices local to it).
    public let overlap: PartnerOverlap
    /// The graph index of each study-view actor.
    public let actors: [Int]
    /// Kinds of the study view's actors: the groups of ``PartnerOverlap/sharedByGroup``.
    public let kinds: ActorGroups
    /// Pairs of providers sharing at least one partner, most shared first; actor
    /// indices in the graph.
    public let pairs: [PartnerOverlap.Tie]
    /// Partners reached by two providers or more (providers themselves excluded), most
    /// demanded first, ties by actor order.
    public let demands: [Demand]
    /// Multiple demands by kind of partner (providers' own kind left out).
    public let demandsByKind: [GroupDemand]
    /// Multiple demands by the run's group attribute (nil without one).
    public let demandsByGroup: [GroupDemand]?

    /// - Parameters:
    ///   - view: the study view; `actors[i]` the graph index of its actor i.
    ///   - kindLabels: each study actor's kind; `groups`: the run's groups on the study view.
    public init(view: GraphView, actors: [Int], kindLabels: [String], providerKind: String, groups: ActorGroups?) {
        precondition(actors.count == view.nodeCount && kindLabels.count == view.nodeCount)
        let kinds = ActorGroups(labels: kindLabels.map { $0.isEmpty ? nil : $0 }, attribute: "kind")
        let isProvider = kindLabels.map { $0 == providerKind }
        let overlap = PartnerOverlap(view, focal: isProvider, groupOf: kinds.groupOf, groupCount: kinds.count)
        self.providerKind = providerKind
        self.overlap = overlap
        self.actors = actors
        self.kinds = kinds
        providers = overlap.focal.map { actors[Int($0)] }
        pairs = overlap.overlapNetwork().map {
            PartnerOverlap.Tie(first: Int32(actors[Int($0.first)]), second: Int32(actors[Int($0.second)]),
                               shared: $0.shared, jaccard: $0.jaccard)
        }
        let rows = view.partners
        let demanded = overlap.multipleDemands()
        demands = demanded.map { x in
            Demand(actor: actors[x], providers: rows.row(x).map { Int(rows.neighbours[$0]) }.filter { isProvider[$0] }.map { actors[$0] }.sorted())
        }
        func byGroup(_ groupOf: [Int32], names: [String], skip: Int?) -> [GroupDemand] {
            var reached = [Int](repeating: 0, count: names.count), multiple = reached, total = reached
            for x in 0 ..< view.nodeCount where !isProvider[x] && overlap.demands[x] > 0 {
                let g = Int(groupOf[x])
                reached[g] += 1
                total[g] += overlap.demands[x]
                if overlap.demands[x] >= 2 { multiple[g] += 1 }
            }
            return names.indices.filter { $0 != skip && reached[$0] > 0 }.map {
                GroupDemand(group: names[$0], reached: reached[$0], multiplyDemanded: multiple[$0],
                            meanProviders: Double(total[$0]) / Double(reached[$0]))
            }.sorted { $0.multiplyDemanded != $1.multiplyDemanded ? $0.multiplyDemanded > $1.multiplyDemanded : $0.group < $1.group }
        }
        demandsByKind = byGroup(kinds.groupOf, names: kinds.names, skip: kinds.names.firstIndex(of: providerKind))
        demandsByGroup = groups.map { byGroup($0.groupOf, names: $0.names, skip: nil) }
    }

    /// Shared partners of providers `first` and `second` (graph indices) of kind `kind`.
    public func sharedPartners(_ first: Int, _ second: Int, kind: String) -> Int {
        guard let p = providers.firstIndex(of: first), let q = providers.firstIndex(of: second),
              let g = kinds.names.firstIndex(of: kind) else { return 0 }
        return overlap.sharedByGroup[g][p][q]
    }

    /// Providers the report compares at most: their pairs (80,000 at 400) and the
    /// overlap lists that name them stay readable; `collab positions --competition` has
    /// no limit.
    public static let reportProviderLimit = 400

    /// The provider kind of a graph: `anchor` when some actor has it, otherwise the kind
    /// most `focus` actors have (ties: alphabetical); nil when neither gives one.
    public static func providerKind(graph: CollaborationGraph, focus: [Int32]) -> String? {
        if graph.actors.contains(where: { $0.kind == "anchor" }) { return "anchor" }
        var counts: [String: Int] = [:]
        for actor in focus where !graph.actors[Int(actor)].kind.isEmpty { counts[graph.actors[Int(actor)].kind, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }
}
