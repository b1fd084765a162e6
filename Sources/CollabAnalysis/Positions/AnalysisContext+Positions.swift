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

extension AnalysisContext {
    /// Competition for partners among the providers (``CompetitionReport``) on the study
    /// actors' view; nil when no provider kind can be told (``CompetitionReport/providerKind(graph:focus:)``)
    /// or fewer than two actors have it.
    public var competition: CompetitionReport? {
        store.value(.competition) {
            guard let kind = CompetitionReport.providerKind(graph: graph, focus: focus.actors) else { return nil }
            let (induced, _) = studyView
            let actors = induced?.actors ?? Array(0 ..< graph.actorCount)
            guard actors.filter({ graph.actors[$0].kind == kind }).count >= 2 else { return nil }
            let groups = self.groups.map { induced?.groups($0) ?? $0 }
            return CompetitionReport(view: induced?.view ?? view, actors: actors, kindLabels: actors.map { graph.actors[$0].kind },
                                     providerKind: kind, groups: groups)
        }
    }
}
