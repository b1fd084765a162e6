import CollabGraph

/// The gap analyses of a run, on the context's memoised view, groups and strength table.
extension AnalysisContext {
    /// What the gap analyses take from this run (``GapSetting``).
    public var gapSetting: GapSetting {
        GapSetting(graph: graph, view: view, undirectedView: undirectedView, viewOptions: viewOptions, groups: groups,
                   groupAttribute: groupAttribute, weighted: weighted, recordsAreDirected: recordsAreDirected,
                   included: profiledActors, strengths: { [self] in self.tieStrengths },
                   holes: { [self] in self.structuralHoles }, cuts: { [self] in self.cuts })
    }

    /// The brokerage gaps of `focus` with the default options, once per focus and run.
    public func focusGaps(_ focus: Int32) -> FocusGaps {
        store.value(.focusGaps(focus)) { FocusGaps.analyse(setting: gapSetting, focus: Int(focus)) }
    }
}
