import CollabGraph
/// The dyadic matrix of each ``QAPTerm`` (see ``QAP``):
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
extension AnalysisContext {
    /// The matrix a term names, in the context's direction and filters. Throws
    /// ``RequestError/qapTerm(term:problem:)`` for a relation type or attribute the graph
    /// lacks and for a `diff:` attribute some actor lacks.
    public func qapMatrix(_ term: QAPTerm) throws -> DyadicMatrix {
        let name = term.name
        let directed = view.isDirected
        let mask = profiledActors
        let kept = mask.map { mask in (0 ..< graph.actorCount).filter { mask[$0] } } ?? Array(0 ..< graph.actorCount)
        func restricted(_ view: GraphView) -> GraphView { mask.map { InducedView(view, keeping: $0).view } ?? view }
        switch term {
        case .ties:
            return DyadicMatrix(name: name, view: restricted(view), directed: directed, weighted: weighted)
        case .coMembership:
            guard !graph.memberships.isEmpty else { throw RequestError.qapTerm(term: name, problem: .noMemberships) }
            var options = viewOptions
            options.directed = false
            options.includeTies = false
            options.memberships = .coMembership(.sharedNetworks)
            return DyadicMatrix(name: name, view: restricted(view(options)), directed: directed, weighted: true)
        case .relationType(let type):
            if !graph.unknownRelationTypes(in: [type]).isEmpty {
                throw RequestError.qapTerm(term: name, problem: .unknownRelationType(type: type, known: graph.relationTypes.filter { !$0.isEmpty }))
            }
            var options = viewOptions
            options.relationTypes = [type]
            return DyadicMatrix(name: name, view: restricted(view(options)), directed: directed, weighted: weighted)
        case .same(let attribute):
            let labels = kept.map { graph.actors[$0].value(of: attribute) }
            guard labels.contains(where: { $0 != nil && $0 != "" }) else {
                throw RequestError.qapTerm(term: name, problem: .unknownAttribute(attribute))
            }
            return DyadicMatrix(name: name, sameValue: labels.map { $0 == "" ? nil : $0 }, directed: directed)
        case .difference(let attribute):
            let all = try HomophilyAnalysis.numericValues(graph: graph, attribute: attribute)
            let values = kept.map { all[$0] }
            if let missing = values.firstIndex(where: { $0 == nil }) {
                throw RequestError.qapTerm(term: name, problem: .missingNumber(actor: graph.actors[kept[missing]].id, attribute: attribute))
            }
            return DyadicMatrix(name: name, difference: values.map { $0! }, directed: directed)
        }
    }
}
