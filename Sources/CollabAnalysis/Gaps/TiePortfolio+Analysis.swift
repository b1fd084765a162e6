import CollabGraph

extension TiePortfolio {
    /// Chooses up to `size` new ties for `focus` on the context's view, with its groups
    /// (one group when it has none) and weighting; fewer when the pool runs out. `options`
    /// as for the ranked list: K, the candidate filter, the score's weights and the
    /// betweenness shortlist per step.
    public static func choose(context: AnalysisContext, focus: Int, size: Int,
                              options: GapOptions = GapOptions()) -> TiePortfolio {
        choose(graph: context.graph, view: context.view, groups: context.groups ?? ActorGroups.single(count: context.graph.actorCount),
               weighted: context.weighted, focus: focus, size: size, options: options, included: context.profiledActors)
    }
}
