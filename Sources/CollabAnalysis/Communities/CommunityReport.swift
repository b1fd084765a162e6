import CollabGraph
/// Everything `collab communities` reports for one run, built once from the context and
/// written as CSV (one row per actor), JSON (all of it) or text (the summary).
///
/// The communities are Leiden's (``Leiden``) or, with a partition attribute, the groups
/// of that attribute (actors lacking it form the group "not given"), whose quality is then
/// reported — modularity as `networkx.community.modularity` computes it. Both are
/// summarised (``CommunitySummary``) and compared with the run's group attribute
/// (``PartitionComparison``, over the actors that have the attribute and at least one
/// tie: an isolate is a community of its own whatever its group), and the
/// modularity of the group attribute's own partition is given beside it.
///
/// Conventions: Leiden reads the ties as undirected (the main view's partners); a given
/// partition's modularity is directed (Leicht–Newman) only with `--directed`.
public struct CommunityReport: Sendable {
    /// Where the communities come from.
    public enum Source: Sendable, Equatable {
        case leiden(CommunityPartition)
        case attribute(String)
    }

    /// The comparison of the communities with an attribute.
    public struct Comparison: Sendable, Equatable {
        public let attribute: String
        /// Actors compared: those with the attribute and at least one tie.
        public let actorCount: Int
        public let result: PartitionComparison
        /// Quality (same objective) of the attribute's own partition, all actors
        /// (those lacking it as one group).
        public let attributeQuality: Double?
    }

    public let name: String
    public let graph: CollaborationGraph
    public let source: Source
    public let objective: CommunityObjective
    public let resolution: Double
    public let weighted: Bool
    /// Whether the quality is directed modularity.
    public let directed: Bool
    /// The community of each actor: the actors taking part in 0 ..< `sizes.count` (by size),
    /// each actor left out alone after them.
    public let communityOf: [Int32]
    /// Sizes of the communities of the actors taking part.
    public let sizes: [Int]
    /// The actors taking part (nil: all); networks known only from memberships are left
    /// out (``AnalysisContext/profiledActors``).
    public let included: [Bool]?
    /// The summary of each community of ``sizes``.
    public let communities: [CommunitySummary.Community]
    /// The view in words and in JSON (``AnalysisContext/viewSummary``, ``AnalysisContext/viewJSON``).
    public let viewSummary: String
    public let viewJSON: JSONValue
    public let quality: Double?
    public let summary: CommunitySummary
    public let comparison: Comparison?
    public let tieCount: Int
    public let notes: [String]

    /// Runs Leiden with `leiden` (its `weighted` is taken from the context), or takes the
    /// groups of `partitionAttribute` as the communities.
    public init(context: AnalysisContext, leiden: LeidenOptions, partitionAttribute: String?, top: Int = 3) {
        name = context.name
        graph = context.graph
        objective = leiden.objective
        resolution = leiden.resolution
        weighted = context.weighted
        let rows = context.undirectedView.partners
        var notes: [String] = []
        var options = leiden
        options.weighted = context.weighted
        let quality = { (partition: [Int32]) -> Double? in
            if options.objective == .modularity && context.view.isDirected {
                return Modularity.score(of: partition, view: context.view, weighted: options.weighted, resolution: options.resolution)
            }
            return Leiden.quality(of: partition, rows: rows, options: options)
        }
        if let partitionAttribute {
            let groups = context.groups(partitionAttribute)
            (communityOf, sizes) = CommunityReport.separating(groups.groupOf, included: context.profiledActors)
            source = .attribute(partitionAttribute)
            directed = objective == .modularity && context.view.isDirected
            self.quality = quality(communityOf)
            let missing = graph.actors.filter { $0.value(of: partitionAttribute) == nil }.count
            if missing > 0 { notes.append("\(missing) actors lack '\(partitionAttribute)' and form one community '\(ActorGroups.missingName)'") }
        } else {
            let partition = context.communities(options)
            (communityOf, sizes) = CommunityReport.separating(partition.communityOf, included: context.profiledActors)
            source = .leiden(partition)
            directed = false
            self.quality = partition.quality
            if context.view.isDirected { notes.append("Leiden reads the ties as undirected (the --directed view's partners)") }
        }
        if objective == .modularity && self.quality == nil { notes.append("the view has no ties: modularity is undefined") }
        tieCount = context.undirectedView.tieCount
        included = context.profiledActors
        viewSummary = context.viewSummary
        viewJSON = context.viewJSON
        if let note = context.profiledActorsNote { notes.append(note) }
        let groups = context.groups
        summary = CommunitySummary(graph: graph, rows: rows, communityOf: communityOf, weighted: weighted, groups: groups, top: top)
        communities = Array(summary.communities.prefix(sizes.count))
        if let attribute = context.groupAttribute, groups != nil {
            comparison = CommunityReport.compare(communityOf, degree: summary.degree, with: attribute, context: context,
                                                 quality: quality)
        } else {
            comparison = nil
            if let note = context.groupNote { notes.append("no comparison: \(note)") }
        }
        self.notes = notes
    }

    /// How the communities found agree with `attribute` (NMI, ARI) over the actors that
    /// have it and have ties (an isolate's community, itself, says nothing about the
    /// attribute), and the quality of the attribute's own groups as a partition.
    public func comparison(with attribute: String, context: AnalysisContext) -> Comparison {
        var options = LeidenOptions(objective: objective, resolution: resolution)
        options.weighted = weighted
        let rows = context.undirectedView.partners
        return CommunityReport.compare(communityOf, degree: summary.degree, with: attribute, context: context) {
            Leiden.quality(of: $0, rows: rows, options: options)
        }
    }

    static func compare(_ communityOf: [Int32], degree: [Double], with attribute: String, context: AnalysisContext,
                        quality: ([Int32]) -> Double?) -> Comparison {
        let actors = context.graph.actors
        let groups = context.groups(attribute)
        let having = actors.indices.filter { actors[$0].value(of: attribute) != nil && degree[$0] > 0 }
        let result = PartitionComparison(having.map { communityOf[$0] }, having.map { groups.groupOf[$0] })
        return Comparison(attribute: attribute, actorCount: having.count, result: result, attributeQuality: quality(groups.groupOf))
    }

    /// Actors taking part.
    public var actorCount: Int { included.map { $0.filter { $0 }.count } ?? graph.actorCount }

    /// Renumbers `labels` so that the communities of the `included` actors come first (by
    /// size, ``Leiden/canonical(_:)``) and every actor left out is alone after them.
    static func separating(_ labels: [Int32], included: [Bool]?) -> (communityOf: [Int32], sizes: [Int]) {
        guard let included else { return Leiden.canonical(labels) }
        let members = labels.indices.filter { included[$0] }
        let (sub, sizes) = Leiden.canonical(members.map { labels[$0] })
        var out = [Int32](repeating: 0, count: labels.count)
        for (k, actor) in members.enumerated() { out[actor] = sub[k] }
        var next = Int32(sizes.count)
        for actor in labels.indices where !included[actor] { out[actor] = next; next += 1 }
        return (out, sizes)
    }
}
