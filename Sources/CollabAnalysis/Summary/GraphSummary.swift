import CollabGraph
/// A description of a collaboration graph: who is in it, what the records are, and the
/// basic shape of its collapsed view (what `collab info` prints).
///
/// Conventions: actors are counted by kind, sector, locality and tier over the actors of
/// the tie network; networks known only from memberships (``membershipOnlyNetworks``)
/// are counted apart, never as actors without a value. An actor without a value has
/// `value == nil` ("not given", worded by the writers). `connectedPairs`, `density`
/// (over the actors of the tie network), components and isolates are on the
/// undirected collapsed view of the context (all records unless filtered; memberships as
/// the context says); `reciprocity` is the share of arcs of the directed collapsed view
/// whose reverse arc also exists (NetworkX `reciprocity`), measured only when records
/// carry a direction (nil on undirected data: not measured, never 0); self-loop records
/// are counted as records but form no pair.
///
/// - Complexity: O(n + r) for n actors and r records.
public struct GraphSummary: Sendable, Equatable {
    /// A value of a grouping attribute and how many items have it.
    public struct Count: Sendable, Equatable {
        /// nil: the attribute is not given.
        public var value: String?
        public var count: Int
    }

    /// Records of one relation type.
    public struct TypeCount: Sendable, Equatable {
        /// The relation type; nil for records without one ("not given", worded by the writers).
        public var type: String?
        /// The rung on the ladder, nil when unrated.
        public var depth: Depth?
        public var records: Int
        public var weight: Double
    }

    /// Every actor of the graph, membership-only networks included.
    public var actorCount: Int
    /// The actors of the tie network (``actorCount`` less ``membershipOnlyNetworks``).
    public var tieNetworkActorCount: Int { actorCount - membershipOnlyNetworks }
    public var actorsByKind: [Count]
    public var actorsBySector: [Count]
    public var actorsByLocality: [Count]
    public var actorsByTier: [Count]
    public var recordCount: Int
    public var selfLoopRecords: Int
    public var recordsByType: [TypeCount]
    /// Records by rung: engagement, exchange, co-production, then unrated.
    public var recordsByDepth: [Count]
    public var connectedPairs: Int
    public var density: Double
    public var componentCount: Int
    public var largestComponent: Int
    public var isolates: Int
    /// Actors that are only networks of memberships, left out of the components (see
    /// ``AnalysisContext/membershipOnlyNetworks``).
    public var membershipOnlyNetworks: Int
    /// Nil when records carry no direction, when their direction is not declared and no
    /// pair has records both ways (``reciprocityNotJudged`` says which), or there are no ties.
    public var reciprocity: Double?
    /// Why reciprocity is not judged, when it is not (nil when it is, or without ties).
    public var reciprocityNotJudged: NotJudgedReason?
    /// Whether records carry direction, and where that came from.
    public var direction: RecordDirection
    public var directionOrigin: String
    public var membershipCount: Int
    public var networkCount: Int
    public var memberCount: Int
    public var dateRange: ClosedRange<Day>?
    /// Who responded and which ties could be confirmed, for survey data (actors with a
    /// `respondent` attribute); nil otherwise.
    public var survey: SurveyCoverage?

    /// The summary of a graph with its declared direction and no filters.
    public init(_ graph: CollaborationGraph) {
        self.init(AnalysisContext(graph: graph, name: ""))
    }

    public init(_ context: AnalysisContext) {
        let graph = context.graph
        direction = context.direction
        directionOrigin = context.directionOrigin
        actorCount = graph.actorCount
        let profiled = context.profiledActors
        func counts(_ attribute: String) -> [Count] {
            var order: [String] = []
            var tally: [String: Int] = [:]
            var absent = 0          // counted apart: no string hashed per actor without a value
            for (u, actor) in graph.actors.enumerated() where profiled?[u] ?? true {
                guard let value = actor.value(of: attribute) else { absent += 1; continue }
                if tally[value] == nil { order.append(value) }
                tally[value, default: 0] += 1
            }
            // Most first; equal counts by value, "not given" (nil) last.
            var result = order.map { Count(value: $0, count: tally[$0]!) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value! < $1.value! }
            if absent > 0 {
                let at = result.firstIndex { $0.count < absent } ?? result.count
                result.insert(Count(value: nil, count: absent), at: at)
            }
            return result
        }
        actorsByKind = counts("kind")
        actorsBySector = counts("sector")
        actorsByLocality = counts("locality")
        actorsByTier = counts("tier")

        recordCount = graph.ties.count
        var perType = [Int](repeating: 0, count: graph.relationTypes.count)
        var weightPerType = [Double](repeating: 0, count: graph.relationTypes.count)
        var loops = 0
        let ties = graph.ties
        for i in ties.indices {
            let type = Int(ties.relationType(i))
            perType[type] += 1
            weightPerType[type] += ties.weight(i)
            if ties.sources[i] == ties.targets[i] { loops += 1 }
        }
        selfLoopRecords = loops
        recordsByType = graph.relationTypes.indices.filter { perType[$0] > 0 }.map { i in
            let name = graph.relationTypes[i]
            return TypeCount(type: name.isEmpty ? nil : name, depth: name.isEmpty ? nil : graph.ladder.depth(of: name),
                             records: perType[i], weight: weightPerType[i])
        }.sorted { $0.records != $1.records ? $0.records > $1.records : ($0.type == nil ? 1 : 0, $0.type ?? "") < ($1.type == nil ? 1 : 0, $1.type ?? "") }
        var byDepth: [Count] = Depth.allCases.map { Count(value: $0.description, count: 0) }
        var unrated = 0
        for type in recordsByType {
            if let depth = type.depth { byDepth[depth.rawValue - 1].count += type.records } else { unrated += type.records }
        }
        if unrated > 0 { byDepth.append(Count(value: "unrated", count: unrated)) }
        recordsByDepth = byDepth

        let undirected = context.undirectedView
        connectedPairs = undirected.tieCount
        membershipOnlyNetworks = profiled.map { $0.filter { !$0 }.count } ?? 0
        // Over the actors of the tie network: the left-out networks have no tie.
        let actors = Double(graph.actorCount - membershipOnlyNetworks)
        density = actors > 1 ? Double(connectedPairs) / (actors * (actors - 1) / 2) : 0
        let components = context.components
        componentCount = components.count
        largestComponent = components.largestSize
        isolates = components.isolateCount
        reciprocity = nil
        if !context.recordsAreDirected {
            reciprocityNotJudged = .recordsUndirected
        } else if case let arcs = context.arcCounts, arcs.arcs > 0 {
            if context.statedDirection == nil && arcs.reciprocated == 0 {
                reciprocityNotJudged = .directionNotDeclared
            } else {
                reciprocity = Double(arcs.reciprocated) / Double(arcs.arcs)
            }
        }
        membershipCount = graph.memberships.count
        networkCount = Set(graph.memberships.map(\.network)).count
        memberCount = Set(graph.memberships.map(\.member)).count
        dateRange = graph.dateRange
        survey = SurveyCoverage(graph)
    }
}

extension AnalysisContext {
    /// The summary of the run's graph and view, once per run.
    public var summary: GraphSummary { store.value(.summary) { GraphSummary(self) } }
}
