import CollabGraph

/// Positional results shared by `collab cohesion`, `collab positions` and the report: each
/// once per run.
extension AnalysisContext {
    /// Freeman centralization of the study actors' view (``studyView``; unweighted, as
    /// `sna::centralization`).
    public var centralization: Centralization {
        store.value(.centralization) { (studyView.induced?.view ?? view).centralization() }
    }
}
