import CollabGraph

/// Positional results shared by `collab cohesion`, `collab positions` and the report: each
/// once per run.
extension AnalysisContext {
    /// Freeman centralization of the study actors' view (``studyView``; unweighted, as
    /// `sna::centralization`).
    public var centralization: Centralization {
        store.value(.centralization) {
            let induced = studyView.induced
            // When a run (the report) has built the unweighted centrality table, it holds
            // the same betweenness (and closeness) over the same actors: read them rather
            // than search all pairs again. A command without the table does not build it for this.
            let tableKey = ResultKey.centrality(viewOptions, weighted: false)
            let table = store.buildCounts[tableKey] == nil ? nil : centrality(of: viewOptions, weighted: false)
            func known(_ measure: CentralityMeasure) -> [Double]? {
                table?.column(measure).flatMap { column in
                    column.undefinedReason == nil ? (induced?.actors ?? Array(column.values.indices)).map { column.values[$0] } : nil
                }
            }
            return (induced?.view ?? view).centralization(threads: settings.threads, betweenness: known(.betweenness),
                                                          closeness: known(.closeness))
        }
    }
}

extension AnalysisContext {
    /// Competition for partners among the providers (``CompetitionReport``) on the study
    /// actors' view; nil when no provider kind can be told (``CompetitionReport/providerKind(graph:focus:)``)
    /// or fewer than two actors have it.
    /// How many study actors are of the provider kind ``competition`` compares (0 when no
    /// provider kind can be told): its pairs grow as the square of it.
    public var competitionProviders: Int {
        guard let kind = CompetitionReport.providerKind(graph: graph, focus: focus.actors) else { return 0 }
        let (induced, _) = studyView
        return (induced?.actors ?? Array(0 ..< graph.actorCount)).reduce(0) { $0 + (graph.actors[$1].kind == kind ? 1 : 0) }
    }

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
