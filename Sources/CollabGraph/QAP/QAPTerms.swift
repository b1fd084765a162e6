/// Dyadic matrices named on the command line (see ``QAP``):
///
/// | term | cell (a, b) |
/// |---|---|
/// | `ties` | the main view's tie (1, or its summed weight with `weighted`) |
/// | `type:NAME` | a tie of relation type NAME in the main view's window and memberships |
/// | `same:ATTR` | 1 when a and b have the same value of ATTR, 0 otherwise (or when either lacks it) |
/// | `diff:ATTR` | \|x_a − x_b\| of a numeric ATTR (`tier` by rank); every actor needs a value |
/// | `co-membership` | the number of networks (memberships.csv) a and b both belong to |
///
/// Cells are ordered pairs on a directed context, unordered pairs otherwise, over the
/// context's study actors (``AnalysisContext/studyView``: networks known only from
/// memberships, such as CORDIS projects, are left out of the tie network).
public enum QAPTerms {
    public static let help = "ties, type:NAME, same:ATTR, diff:ATTR or co-membership"

    /// The matrix a term names, in `context`'s direction and filters. Throws
    /// ``ContextError`` for an unknown term, relation type or attribute, and for a
    /// `diff:` attribute some actor lacks.
    public static func matrix(_ term: String, context: AnalysisContext) throws -> DyadicMatrix {
        let graph = context.graph
        let directed = context.view.isDirected
        let mask = context.profiledActors
        let kept = mask.map { mask in (0 ..< graph.actorCount).filter { mask[$0] } } ?? Array(0 ..< graph.actorCount)
        func restricted(_ view: GraphView) -> GraphView { mask.map { InducedView(view, keeping: $0).view } ?? view }
        if term == "ties" {
            return DyadicMatrix(name: term, view: restricted(context.view), directed: directed, weighted: context.weighted)
        }
        if term == "co-membership" {
            guard !graph.memberships.isEmpty else { throw ContextError("'co-membership' needs memberships; the dataset has none") }
            var options = context.viewOptions
            options.directed = false
            options.includeTies = false
            options.memberships = .coMembership(.sharedNetworks)
            return DyadicMatrix(name: term, view: restricted(context.view(options)), directed: directed, weighted: true)
        }
        guard let colon = term.firstIndex(of: ":") else {
            throw ContextError("unknown QAP term '\(term)'; use \(help)")
        }
        let kind = String(term[..<colon]), argument = String(term[term.index(after: colon)...])
        guard !argument.isEmpty else { throw ContextError("'\(term)' needs a name after ':'") }
        switch kind {
        case "type":
            let unknown = graph.unknownRelationTypes(in: [argument])
            if !unknown.isEmpty {
                let known = graph.relationTypes.filter { !$0.isEmpty }.joined(separator: ", ")
                throw ContextError("unknown relation type '\(argument)' in '\(term)'; the graph has: \(known)")
            }
            var options = context.viewOptions
            options.relationTypes = [argument]
            return DyadicMatrix(name: term, view: restricted(context.view(options)), directed: directed, weighted: context.weighted)
        case "same":
            let labels = kept.map { graph.actors[$0].value(of: argument) }
            guard labels.contains(where: { $0 != nil && $0 != "" }) else {
                throw ContextError("no actor has the attribute '\(argument)' (in '\(term)')")
            }
            return DyadicMatrix(name: term, sameValue: labels.map { $0 == "" ? nil : $0 }, directed: directed)
        case "diff":
            let all = try HomophilyAnalysis.numericValues(graph: graph, attribute: argument)
            let values = kept.map { all[$0] }
            if let missing = values.firstIndex(where: { $0 == nil }) {
                throw ContextError("'\(term)' needs a number for every actor; '\(graph.actors[kept[missing]].id)' has no '\(argument)'")
            }
            return DyadicMatrix(name: term, difference: values.map { $0! }, directed: directed)
        default:
            throw ContextError("unknown QAP term '\(term)'; use \(help)")
        }
    }
}
