import CollabGraph

/// The report's chance tests, once per run.
extension AnalysisContext {
    /// ``ChanceTests`` of the study actors' view: reciprocity on the directed view when
    /// the records run from source to target (and some pair has records both ways),
    /// transitivity, and E–I of the run's groups against the degree null; nil when the
    /// network is too large for the report's budget (``ChanceTests/reportDraws(ties:)``).
    public var chanceTests: ChanceTests? {
        store.value(.chanceTests) {
            let (induced, _) = studyView
            let undirected = induced?.view ?? view
            guard let draws = ChanceTests.reportDraws(ties: undirected.tieCount) else { return nil }
            var directed: GraphView? = nil
            if recordsAreDirected && !directionUnstatedAndOneWay {
                directed = profiledActors.map { InducedView(directedView, keeping: $0).view } ?? directedView
            }
            let groups = self.groups.map { induced?.groups($0) ?? $0 }
            return ChanceTests(view: undirected, directedView: directed, groups: groups,
                               draws: draws, threads: settings.threads)
        }
    }
}
