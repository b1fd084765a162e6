/// What the gap analyses (``FocusGaps``, ``NetworkGaps``, ``Revival``) take from a run:
/// the graph and its main view, the groups, the actors counted, the weighting and the
/// tie-strength table. The analysis layer fills it from its memoised results, so every
/// focus of a run shares one view, one grouping and one strength table.
public struct GapSetting: Sendable {
    public var graph: CollaborationGraph
    /// The main view (directed only when the run asks for it).
    public var view: GraphView
    /// The main view's ties read as undirected (same filters).
    public var undirectedView: GraphView
    /// The options of the main view (relation types and window, for lapsed ties).
    public var viewOptions: ViewOptions
    /// The run's groups; nil when the actors have no group attribute.
    public var groups: ActorGroups?
    public var groupAttribute: String?
    public var weighted: Bool
    /// Whether records carry direction (one-way ties can be told).
    public var recordsAreDirected: Bool
    /// The actors counted (nil: all); networks known only from memberships are left out.
    public var included: [Bool]?
    /// The run's tie-strength table, asked for only by the group-gap sections.
    public var strengths: @Sendable () -> TieStrengthTable
    /// The structural holes and cut points of `view` (weighted as `weighted` says), shared
    /// by every focus of a run.
    public var holes: @Sendable () -> StructuralHoles
    public var cuts: @Sendable () -> NetworkCuts

    public init(graph: CollaborationGraph, view: GraphView, undirectedView: GraphView, viewOptions: ViewOptions,
                groups: ActorGroups?, groupAttribute: String?, weighted: Bool, recordsAreDirected: Bool,
                included: [Bool]?, strengths: @escaping @Sendable () -> TieStrengthTable,
                holes: (@Sendable () -> StructuralHoles)? = nil, cuts: (@Sendable () -> NetworkCuts)? = nil) {
        self.graph = graph
        self.view = view
        self.undirectedView = undirectedView
        self.viewOptions = viewOptions
        self.groups = groups
        self.groupAttribute = groupAttribute
        self.weighted = weighted
        self.recordsAreDirected = recordsAreDirected
        self.included = included
        self.strengths = strengths
        self.holes = holes ?? { StructuralHoles(view: view, weighted: weighted) }
        self.cuts = cuts ?? { Bridges.structure(of: view) }
    }
}
