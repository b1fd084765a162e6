import CollabGraph

/// Communities of a run's context, for commands, the report and maps.
extension AnalysisContext {
    /// Leiden communities of the main view's undirected reading, weighted as the run
    /// asks (`options.weighted` is taken from the context). One community per actor in
    /// ``CommunityPartition/communityOf`` (the per-actor colouring of a map). With the
    /// default options the partition is computed once per run and shared.
    public func communities(_ options: LeidenOptions = LeidenOptions()) -> CommunityPartition {
        var options = options
        options.weighted = weighted
        guard options == { var standard = LeidenOptions(); standard.weighted = weighted; return standard }() else {
            return Leiden.communities(undirectedView.partners, options: options)
        }
        return store.value(.communities(weighted: weighted)) { Leiden.communities(undirectedView.partners, options: options) }
    }
}
