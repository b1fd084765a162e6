import CollabGraph

/// The measures a map is styled by: actor size by a centrality measure (default
/// betweenness, normalised, unweighted, on the undirected view) or a numeric attribute,
/// and tie strength from the tie-strength rubric. Shared by `collab render` and
/// `collab report`, so a map looks the same wherever it is drawn.
public enum StandardMap {
    /// The measure maps are sized by unless told otherwise.
    public static let defaultSizeMeasure = "betweenness"

    /// `options` with sizes by `measure` (unless `sizeValues` is already set) and the rubric.
    public static func measured(_ graph: CollaborationGraph, options: MapOptions, rubric: StrengthRubric = .standard,
                                sizeBy measure: String = defaultSizeMeasure) throws -> MapOptions {
        var options = options
        if options.sizeValues == nil {
            options.sizeValues = try sizes(by: measure, graph: graph, view: options.view)
            options.sizeMeasure = measure
        }
        if options.tieStrength == nil {
            // MapBuilder rates each drawn tie with this rubric (reciprocity measured when
            // the map draws arrows); ties no rubric rates use MapBuilder.fallbackStrength.
            options.rubric = rubric
        }
        return options
    }

    /// `options` sized and rated from a run's context: a centrality size comes from the
    /// context's memoised table of the undirected, unweighted view
    /// (``AnalysisContext/centrality(of:weighted:)``), computed over the actors of the tie
    /// network like every centrality the run shows; an attribute size as above.
    public static func measured(context: AnalysisContext, options: MapOptions,
                                sizeBy measure: String = defaultSizeMeasure) throws -> MapOptions {
        var options = options
        if options.sizeValues == nil, let centrality = CentralityMeasure(rawValue: measure) {
            var undirected = options.view
            undirected.directed = false
            options.sizeValues = context.centrality(of: undirected, weighted: false).column(centrality)?.values
            options.sizeMeasure = measure
        }
        return try measured(context.graph, options: options, rubric: context.rubric, sizeBy: measure)
    }

    /// Whether `map` selects more actors than a map can draw one by one and stay legible
    /// (``MapLegibility/actorLimit``), so that it is drawn as an overview.
    public static func needsOverview(_ map: ActorMap) -> Bool { map.actors.count > MapLegibility.actorLimit }

    /// `full` drawn as an overview (``MapOverview/overview(of:communityOf:groupOf:)``): its
    /// core actor by actor, the other actors folded into the run's Leiden communities
    /// (`communities`, numbered as the report's table numbers them; actors past the last
    /// community belong to none), each community coloured by the dominant value of the
    /// run's group attribute. What `collab report` and `collab render` draw above the limit.
    public static func overview(of full: ActorMap, context: AnalysisContext, communities: CommunityReport) -> ActorMap {
        let count = Int32(communities.sizes.count)
        let communityOf = communities.communityOf.map { $0 < count ? $0 : -1 }
        let graph = context.graph
        let group = context.groupAttribute
        return MapOverview.overview(of: full, communityOf: communityOf,
                                    groupOf: { actor in group.flatMap { graph.actors[Int(actor)].value(of: $0) } })
    }

    /// The standard map of a whole graph (undirected, sized by betweenness, the standard
    /// rubric): what `collab convert` writes as GEXF `viz`.
    public static func whole(_ graph: CollaborationGraph) throws -> ActorMap {
        var view = ViewOptions()
        view.directed = false
        return try MapBuilder.build(graph, options: measured(graph, options: MapOptions(view: view)))
    }

    /// Per-actor sizes: a centrality measure on the undirected view of `view`, or a numeric
    /// actor attribute (missing values count 0).
    public static func sizes(by measure: String, graph: CollaborationGraph, view: ViewOptions) throws -> [Double] {
        if let centrality = CentralityMeasure(rawValue: measure) {
            var undirected = view
            undirected.directed = false
            let table = graph.view(undirected).centrality(CentralityOptions(measures: [centrality]))
            return table.column(centrality)?.values ?? [Double](repeating: 0, count: graph.actorCount)
        }
        guard graph.actors.contains(where: { $0.value(of: measure) != nil }) else {
            throw MapError.unknownSizeMeasure(measure)
        }
        return try graph.actors.map { actor in
            guard let text = actor.value(of: measure), !text.isEmpty else { return 0 }
            guard let value = Double(text), value.isFinite else {
                throw MapError.nonNumericSize(measure: measure, actor: actor.id, value: text)
            }
            return value
        }
    }
}

/// Fills that come from an analysis rather than an attribute: `--colour-by community`
/// (Leiden communities of the context's view, the largest first: "community 1", …),
/// `core` (the Borgatti–Everett core or periphery) and `coreness` (continuous coreness in
/// four bands relative to the highest). Actors the analyses leave out (networks known only
/// from memberships) get no value.
public enum AnalysisColouring: String, CaseIterable, Sendable {
    case community, core, coreness

    /// One fill value per actor, load order.
    public func values(_ context: AnalysisContext) -> [String?] {
        let included = context.profiledActors
        let keep = { (actor: Int) in included?[actor] ?? true }
        switch self {
        case .community:
            let (communityOf, sizes) = Leiden.canonical(context.communities().communityOf)
            return communityOf.indices.map { actor in
                keep(actor) && sizes[Int(communityOf[actor])] > 1 ? "community \(communityOf[actor] + 1)" : nil
            }
        case .core:
            let inCore = context.corePeriphery().inCore
            return inCore.indices.map { keep($0) ? (inCore[$0] ? "core" : "periphery") : nil }
        case .coreness:
            let coreness = context.continuousCoreness().coreness
            let top = coreness.indices.filter(keep).map { coreness[$0] }.max() ?? 0
            return coreness.indices.map { actor in
                guard keep(actor), top > 0 else { return nil }
                let relative = coreness[actor] / top
                return relative >= 0.5 ? "coreness ≥ 50% of the highest" : relative >= 0.25 ? "coreness 25–50%"
                    : relative >= 0.1 ? "coreness 10–25%" : "coreness < 10%"
            }
        }
    }
}
