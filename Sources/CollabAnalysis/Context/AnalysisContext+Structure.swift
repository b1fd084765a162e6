import CollabGraph

/// Structural results of the main view that several families and sections share: each
/// computed once per run.
extension AnalysisContext {
    /// Burt's structural holes of the main view, weighted as the run asks.
    public var structuralHoles: StructuralHoles {
        store.value(.structuralHoles) { StructuralHoles(view: view, weighted: weighted) }
    }

    /// Bridges' cut points of the main view.
    public var cuts: NetworkCuts {
        store.value(.bridges) { Bridges.structure(of: view) }
    }

    /// Connected components of the main view's undirected reading over the
    /// ``profiledActors`` (networks known only from memberships are left out).
    public var components: Components {
        store.value(.components) { undirectedView.partners.components(members: profiledActors) }
    }

    /// The main view restricted to ``profiledActors`` when the context leaves actors out
    /// (nil otherwise), with the note that says so; once per run.
    public var studyView: (induced: InducedView?, note: String?) {
        guard let mask = profiledActors else { return (nil, nil) }
        return (store.value(.studyView) { InducedView(view, keeping: mask) }, profiledActorsNote)
    }

    /// The per-actor brokerage table of the main view (structural holes, and
    /// Gould–Fernandez roles by the run's groups), without z-scores; once per run.
    public var brokerage: BrokerageTables.ActorTable {
        store.value(.brokerage) {
            BrokerageTables.actors(graph: graph, view: view, weighted: weighted, groups: groups, zScores: false,
                                   holes: structuralHoles, population: profiledActors)
        }
    }

    /// Cohesion of the study actors' view (``studyView``), without path lengths (the
    /// report quotes none): once per run.
    public var studyCohesion: CohesionSummary {
        store.value(.cohesion) { CohesionSummary(view: studyView.induced?.view ?? view, pathLengths: false) }
    }

    /// Homophily by the run's groups over the study actors (1,000 permutations, seed 1),
    /// nil without a group attribute; once per run.
    public var studyHomophily: HomophilyAnalysis? {
        guard let all = groups else { return nil }
        return store.value(.homophily) {
            let induced = studyView.induced
            return HomophilyAnalysis(view: induced?.view ?? view, groups: induced?.groups(all) ?? all, permutations: 1000, seed: 1)
        }
    }
}
