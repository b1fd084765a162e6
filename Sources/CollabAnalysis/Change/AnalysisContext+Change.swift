import CollabGraph

/// The measures of one wave, on the actors present in it (a tie in the wave's view), less
/// the networks known only from memberships: an actor with no tie that year is not an
/// isolate of the system that year. Indexed by the context's actors.
public struct WaveMeasures: Sendable {
    /// Whether each actor has a tie in the wave.
    public var present: [Bool]
    public var presentCount: Int
    public var profile: CollaborationProfile
    public var cohesion: CohesionSummary
    /// Leiden community of each actor (renumbered 0, 1, … by lowest actor), −1 when absent.
    public var communities: [Int32]
    public var communityCount: Int
    public var modularity: Double?
    /// Betweenness normalised over the wave's actors (as NetworkX on the wave's graph);
    /// Burt's effective size and constraint. nil for an actor absent from the wave.
    public var betweenness: [Double?]
    public var effectiveSize: [Double?]
    public var constraint: [Double?]
    /// The wave's pairs with their depth on the ladder and direction.
    public var pairs: DyadTable
}

/// What ``AnalysisContext/changeAnalysis(_:)`` needs besides the waves.
public struct ChangeRequest: Sendable {
    public var waves: [Wave]
    /// Catalysis counts the ties among the focus actors' partners of this kind.
    public var partnerKind: String
    /// Focus actors by id or label (empty: the run's focus actors).
    public var focus: [String]
    public var top: Int
    public var seed: UInt64

    public init(waves: [Wave], partnerKind: String = "sme", focus: [String] = [], top: Int = 5, seed: UInt64 = 1) {
        self.waves = waves
        self.partnerKind = partnerKind
        self.focus = focus
        self.top = top
        self.seed = seed
    }
}

extension AnalysisContext {
    /// The Leiden runs of a wave: seeded, 10 runs, the best kept.
    static func waveLeiden(seed: UInt64) -> LeidenOptions { LeidenOptions(seed: seed, runs: 10) }

    /// This context's measures as one wave of a change analysis (its view is the wave's
    /// window), built once per seed.
    public func waveMeasures(seed: UInt64) -> WaveMeasures {
        store.value(.waveMeasures(seed: seed)) {
            let local = view
            let present = WavePresence.present(local)
            let members = present.indices.map { present[$0] && (profiledActors?[$0] ?? true) }
            let induced = InducedView(local, keeping: members)
            let profile = CollaborationProfile(tieStrengths, members: members)
            let cohesion = CohesionSummary(view: induced.view, weighted: weighted, pathLengths: false)
            // Communities (Leiden on the undirected reading), brokers (betweenness
            // normalised over the wave's actors; Burt's measures) on the induced view,
            // carried back to the graph's index.
            let partition = Leiden.communities(induced.view.partners, options: AnalysisContext.waveLeiden(seed: seed))
            let betweenness = induced.view.betweenness(weighted: weighted, threads: settings.threads)
            let holes = StructuralHoles(view: induced.view, weighted: weighted).allMeasures()
            func lift<T>(_ values: [T], empty: T) -> [T] {
                var out = [T](repeating: empty, count: local.nodeCount)
                for (k, u) in induced.actors.enumerated() { out[u] = values[k] }
                return out
            }
            let renumbered = ChangeAnalysis.renumber(lift(partition.communityOf, empty: -1))
            return WaveMeasures(
                present: present, presentCount: present.filter { $0 }.count, profile: profile, cohesion: cohesion,
                communities: renumbered.labels, communityCount: renumbered.count,
                modularity: renumbered.count > 0 ? partition.quality : nil,
                betweenness: lift(betweenness.map { Optional($0) }, empty: nil),
                effectiveSize: lift(holes.map(\.effectiveSize), empty: nil),
                constraint: lift(holes.map(\.constraint), empty: nil),
                pairs: DyadTable(graph: graph, options: strengthViewOptions, ladder: graph.ladder))
        }
    }

    /// One context per wave: this context's settings with the wave's window.
    public func waveContexts(_ waves: [Wave]) throws -> [AnalysisContext] {
        try waves.map { wave in
            var waveSettings = settings
            waveSettings.view.window = wave.window
            return try AnalysisContext(graph: graph, name: wave.label, settings: waveSettings)
        }
    }

    /// The change across `request.waves` of this context's graph, each wave through the
    /// memo of its own context; catalysis around the named focus actors, else this run's
    /// focus actors, else (as `collab change`) the anchors with most partners of the kind.
    public func changeAnalysis(_ request: ChangeRequest) throws -> ChangeAnalysis {
        let contexts = try waveContexts(request.waves)
        let focusNames = request.focus.isEmpty ? focus.actors.map { graph.actors[Int($0)].id } : request.focus
        return try ChangeAnalysis.run(contexts: contexts, waves: request.waves, labels: request.waves.map(\.label), alignment: nil,
                                      focusNames: focusNames, partnerKind: request.partnerKind, top: request.top,
                                      seed: request.seed)
    }
}
