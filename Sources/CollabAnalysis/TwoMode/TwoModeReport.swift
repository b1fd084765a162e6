import CollabGraph

/// Everything `collab two-mode` reports for one run: the two-mode graph of the memberships,
/// the measures of both modes, Robins–Alexander clustering, the two-mode core/periphery,
/// each network's composition by kind and by the group attribute, each actor's spread and
/// (when asked) the interlocks. Written as CSV (one row per actor and per network), JSON or
/// text (``TwoModeReport+Output.swift``).
public struct TwoModeReport: Sendable {
    public let name: String
    public let graph: CollaborationGraph
    public let twoMode: TwoModeGraph
    public let options: TwoModeOptions
    public let centralities: TwoModeCentralities
    public let latapy: LatapyClustering
    public let redundancy: NodeRedundancy
    public let robinsAlexander: RobinsAlexanderClustering
    public let corePeriphery: TwoModeCorePeriphery
    /// Composition of each network by `kind`, and by the group attribute when it is another.
    public let byKind: NetworkComposition
    public let byGroup: NetworkComposition?
    /// Spread of each actor over its networks (by the group attribute when there is one).
    public let spread: ActorSpread
    /// Interlocks with at least ``interlockMinimum`` shared members (nil: not asked for).
    public let interlocks: Interlocks?
    public let interlockMinimum: Int
    public let groupAttribute: String?
    public let notes: [String]

    /// - Throws: ``TwoModeError`` (a member that is also a network, unless split; a bad weight).
    public init(graph: CollaborationGraph, name: String, options: TwoModeOptions, groupAttribute: String?,
                interlocks wantInterlocks: Bool, interlockMinimum: Int? = nil, interlockLimit: Int = 10_000, weighted: Bool = false,
                threads: Int? = nil) throws {
        let twoMode = try TwoModeGraph(graph, options: options)
        self.name = name
        self.graph = graph
        self.twoMode = twoMode
        self.options = options
        centralities = TwoModeCentralities(twoMode, threads: threads)
        latapy = LatapyClustering(twoMode)
        redundancy = NodeRedundancy(twoMode)
        robinsAlexander = RobinsAlexanderClustering(twoMode)
        corePeriphery = TwoModeCorePeriphery(twoMode, options: .init(weighted: weighted && twoMode.isWeighted))
        byKind = NetworkComposition(twoMode, model: graph, attribute: "kind")
        let group = groupAttribute == "kind" ? nil : groupAttribute
        byGroup = group.map { NetworkComposition(twoMode, model: graph, attribute: $0) }
        spread = ActorSpread(twoMode, model: graph, networkAttribute: groupAttribute)
        // Without a stated minimum every pair sharing a member is kept, unless there are
        // more than `interlockLimit`: then the smallest minimum that keeps at most that many.
        var minimum = interlockMinimum ?? 1
        var raised = false
        if wantInterlocks {
            var all = Interlocks(twoMode, minimumShared: minimum)
            if interlockMinimum == nil, all.count > interlockLimit {
                minimum = all.minimumShared(keepingAtMost: interlockLimit)
                all = all.filtered(minimumShared: minimum)
                raised = true
            }
            interlocks = all
        } else {
            interlocks = nil
        }
        self.interlockMinimum = minimum
        self.groupAttribute = groupAttribute
        var notes: [String] = []
        if graph.memberships.isEmpty {
            notes.append("the dataset has no memberships: the two-mode graph is empty")
        } else if twoMode.recordCount < graph.memberships.count {
            notes.append("\(graph.memberships.count - twoMode.recordCount) of \(graph.memberships.count) memberships fall outside the time window")
        }
        if !twoMode.nestedActors.isEmpty {
            let ids = twoMode.nestedActors.map { graph.actors[Int($0)].id }
            notes.append("\(ids.count) \(ids.count == 1 ? "actor is" : "actors are") both a member and a network, split into two nodes (one in each mode): \(TextList.folded(ids, limit: 5))")
        }
        if raised {
            notes.append("interlocks: more than \(interlockLimit) pairs of networks share a member; listing the pairs that share at least \(minimum) (--interlocks k to choose)")
        }
        if weighted && !twoMode.isWeighted { notes.append("--weighted: the memberships carry no weight column; every membership weighs 1") }
        if corePeriphery.fit == nil && twoMode.edgeCount > 0 {
            notes.append("two-mode core/periphery: no split has a defined fit (each mode needs at least 2 nodes, 6 for cores of 3)")
        }
        self.notes = notes
    }

    /// The model actor of a node.
    public func actor(_ node: Int) -> Actor { graph.actors[Int(twoMode.modelIndex[node])] }
}
