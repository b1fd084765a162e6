import CollabGraph
/// Everything `collab collaboration` prints: the whole-system profile and verdict, and
/// optionally profiles by group, horizontal/vertical ties with mediators, and a
/// timeline; as text for people or JSON for scripts. Both name the rubric.
public struct CollaborationReport: Sendable {
    public var graphName: String
    public var table: TieStrengthTable
    public var profile: CollaborationProfile
    public var groups: GroupProfiles?
    public var tiers: TierAnalysis?
    public var timeline: Timeline?
    /// Actor ids in load order (for mediators).
    public var actorIDs: [String]

    /// The view the report was computed on (``AnalysisContext/viewJSON``).
    public var view: JSONValue
    /// One line saying what the view is (``AnalysisContext/viewSummary``).
    public var viewSummary: String
    /// Which actors the whole-system profile leaves out, if any.
    public var profileNote: String?

    /// Computes the report on a context's tie-strength table (its rubric, filters and
    /// direction). `groupBy` adds profiles by that attribute; tiers are analysed when any
    /// actor has a recognised value of `tierAttribute`; `timeline` adds periods.
    public init(context: AnalysisContext, groupBy: String? = nil, tierAttribute: String = "tier",
                timeline: Timeline.Granularity? = nil) {
        let graph = context.graph
        graphName = context.name
        let table = context.tieStrengths
        self.table = table
        // The strength table's view is the main view's undirected ties with memberships left
        // out: the context's components are its components when the view leaves them out too.
        let shared = context.viewOptions.memberships == .ignore && context.viewOptions.includeTies ? context.components : nil
        profile = CollaborationProfile(table, members: context.profiledActors, components: shared)
        profileNote = context.profiledActorsNote
        groups = groupBy.map { GroupProfiles(table, groups: context.groups($0), profiled: context.profiledActors) }
        let tiers = TierAnalysis(table, graph: graph, attribute: tierAttribute)
        self.tiers = tiers.tieredActors > 0 ? tiers : nil
        // Periods follow the whole view on reciprocity: a period whose pairs happen to run
        // one way is not a reason to stop measuring it.
        var periodOptions = table.options
        periodOptions.directionEstablished = table.options.directionEstablished || table.measured.reciprocity
        self.timeline = timeline.map { Timeline(graph: graph, rubric: context.rubric, options: periodOptions, granularity: $0,
                                                    views: context.view, members: context.profiledActors) }
        actorIDs = graph.actors.map(\.id)
        view = context.viewJSON
        viewSummary = context.viewSummary
    }
}
