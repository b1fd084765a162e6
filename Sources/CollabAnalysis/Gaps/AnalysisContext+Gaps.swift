import CollabGraph

/// The gap analyses of a run, on the context's memoised view, groups and strength table.
extension AnalysisContext {
    /// What the gap analyses take from this run (``GapSetting``).
    public var gapSetting: GapSetting {
        GapSetting(graph: graph, view: view, undirectedView: undirectedView, viewOptions: viewOptions, groups: groups,
                   groupAttribute: groupAttribute, weighted: weighted, recordsAreDirected: recordsAreDirected,
                   included: profiledActors, strengths: { [self] in self.tieStrengths })
    }
}
