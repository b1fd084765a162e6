import CollabGraph
/// Everything `collab core-periphery` reports for one run: the discrete split (fit, block
/// densities, core members, composition of the core by kind and group) and continuous
/// coreness, written as CSV (one row per actor), JSON or text.
///
/// Conventions: the main view (directed only with `--directed`; an undirected view counts
/// each pair both ways, which leaves every correlation unchanged); ties are 1, or their
/// summed weight with `--weighted`.
public struct CorePeripheryReport: Sendable {
    public let name: String
    public let graph: CollaborationGraph
    public let directed: Bool
    public let discrete: DiscreteCorePeriphery
    public let continuous: ContinuousCorePeriphery
    public let composition: CoreComposition
    public let groupAttribute: String?
    /// The actors taking part (nil: all); networks known only from memberships are left out.
    public let included: [Bool]?
    /// The view in words and in JSON (``AnalysisContext/viewSummary``, ``AnalysisContext/viewJSON``).
    public let viewSummary: String
    public let viewJSON: JSONValue
    public let notes: [String]

    public init(context: AnalysisContext, options: CorePeripheryOptions) {
        name = context.name
        graph = context.graph
        directed = context.view.isDirected
        discrete = context.corePeriphery(options)
        continuous = context.continuousCoreness()
        groupAttribute = context.groupAttribute
        included = context.profiledActors
        composition = CoreComposition(graph: graph, inCore: discrete.inCore, groups: context.groups, included: included)
        viewSummary = context.viewSummary
        viewJSON = context.viewJSON
        var notes: [String] = []
        if let note = context.profiledActorsNote { notes.append(note) }
        if discrete.fit == nil { notes.append("no split has a defined fit (too few actors or ties)") }
        if !continuous.converged { notes.append("continuous coreness did not converge in \(continuous.iterations) iterations") }
        if let note = context.groupNote { notes.append("core composition by kind only: \(note)") }
        self.notes = notes
    }
}
