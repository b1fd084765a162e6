import CollabGraph

/// Everything `collab change` reports, computed once: one analysis context per wave (the
/// graph with the wave's window, or one dataset per wave), every per-wave result carried
/// onto one actor index, then the transitions between consecutive waves.
///
/// Kept apart from the command so that it can move into the analysis layer as it is.
public struct ChangeAnalysis: Sendable {
    /// One observed wave.
    @dynamicMemberLookup
    public struct WaveResult: Sendable {
        public var wave: Wave?
        /// The label shown: the wave's text or the dataset's name.
        public var label: String
        public var view: GraphView
        /// The wave's measures on the common index of all waves (communities −1 and
        /// per-actor measures nil for an actor absent from the wave); read through as
        /// `result.profile`, `result.betweenness`, ….
        public var measures: WaveMeasures
        public var pairMap: [Int32]?

        public subscript<Value>(dynamicMember keyPath: KeyPath<WaveMeasures, Value>) -> Value {
            measures[keyPath: keyPath]
        }
    }

    /// One transition between consecutive waves.
    public struct Transition: Sendable {
        public var from: Int
        public var to: Int
        public var comparison: WaveComparison
        public var moves: PairMoves
        public var verdict: VerdictChange
        public var brokers: [(measure: String, movers: BrokerMovers)]
        public var catalysis: [CatalysisChange]
        public var communities: CommunityContinuity
    }

    /// The actors of the common index.
    public var actors: [Actor]
    public var waves: [WaveResult]
    public var transitions: [Transition]
    public var directed: Bool
    /// Whether the records carry a direction (one-way → two-way is measured).
    public var recordsDirected: Bool
    public var focus: [Int32]
    public var partnerKind: String
    public var notes: [String]

    /// - Parameters:
    ///   - contexts: one context per wave (its view already windowed); each wave's measures
    ///     come from its context's memo (``AnalysisContext/waveMeasures(seed:)``).
    ///   - alignment: the common index when the waves are separate datasets (nil: one graph).
    public static func run(contexts: [AnalysisContext], waves: [Wave?], labels: [String], alignment: ActorAlignment?,
                    focusNames: [String], partnerKind: String, top: Int, seed: UInt64) throws -> ChangeAnalysis {
        precondition(contexts.count == labels.count && contexts.count >= 2)
        let directed = contexts[0].view.isDirected
        let actors = alignment?.actors ?? contexts[0].graph.actors
        let n = actors.count
        var notes: [String] = []
        var results: [WaveResult] = []
        for (w, context) in contexts.enumerated() {
            let map = alignment?.unionIndex[w]
            func spread<T>(_ values: [T], empty: T) -> [T] {
                guard let map else { return values }
                var out = [T](repeating: empty, count: n)
                for (local, value) in values.enumerated() { out[Int(map[local])] = value }
                return out
            }
            let view = alignment?.remap(context.view, wave: w) ?? context.view
            let present = WavePresence.present(view)
            let presentCount = present.filter { $0 }.count
            // The wave's measures, once per wave context (its memo).
            var measures = context.waveMeasures(seed: seed)
            measures.present = present
            measures.presentCount = presentCount
            measures.communities = spread(measures.communities, empty: -1)
            measures.betweenness = spread(measures.betweenness, empty: nil)
            measures.effectiveSize = spread(measures.effectiveSize, empty: nil)
            measures.constraint = spread(measures.constraint, empty: nil)
            results.append(WaveResult(wave: waves[w], label: labels[w], view: view, measures: measures, pairMap: map))
            if presentCount == 0 {
                notes.append("wave \(labels[w]) holds no tie\(waves[w].map { " (no record is active \($0.isDay ? "on" : "in") it)" } ?? ""): every tie of its neighbours counts as gained or lost")
            }
        }

        // Focus actors for catalysis: given, or the three anchors with the most partners of
        // the chosen kind over all waves.
        let eligible = actors.map { $0.kind == partnerKind }
        var focus: [Int32] = []
        if !focusNames.isEmpty {
            for name in focusNames {
                guard let index = actors.firstIndex(where: { $0.id == name }) ?? actors.firstIndex(where: { $0.label == name }) else {
                    throw RequestError.unknownActor(text: name, option: "--focus", closest: [])
                }
                if !focus.contains(Int32(index)) { focus.append(Int32(index)) }
            }
        } else if eligible.contains(true) {
            var count = [Int](repeating: 0, count: n)
            var seen = Set<UInt64>()
            for result in results {
                let rows = result.view.partners
                for u in 0 ..< n where actors[u].actorKind == .anchor {
                    for v in rows.neighbours(of: u) where eligible[Int(v)] && seen.insert(UInt64(u) << 32 | UInt64(v)).inserted {
                        count[u] += 1
                    }
                }
            }
            focus = Ranking.top(3, of: (0 ..< Int32(n)).filter { count[Int($0)] > 0 }) { Double(count[Int($0)]) }
        }
        if !eligible.contains(true) {
            let kinds = Array(Set(actors.map(\.kind).filter { !$0.isEmpty })).sorted()
            let choice = kinds.isEmpty ? "the actors have no kind" : "choose --partner-kind; kinds here: \(kinds.joined(separator: ", "))"
            notes.append("no actor is of kind '\(partnerKind)': catalysis is not measured (\(choice))")
        } else if focus.isEmpty {
            notes.append("no anchor has a partner of kind '\(partnerKind)': catalysis is not measured (name actors with --focus)")
        }

        var transitions: [Transition] = []
        for k in 0 ..< results.count - 1 {
            let a = results[k], b = results[k + 1]
            let comparison = WaveComparison(before: a.view, after: b.view)
            let moves = PairMoves(before: a.pairs, after: b.pairs, directionMeasured: contexts[0].recordsAreDirected,
                                  beforeMap: a.pairMap, afterMap: b.pairMap)
            let both = zip(a.present, b.present).map { $0 && $1 }
            let brokers: [(measure: String, movers: BrokerMovers)] = [
                ("betweenness", BrokerMovers(before: a.betweenness, after: b.betweenness, present: both, orientation: .higherIsMore, count: top)),
                ("effective_size", BrokerMovers(before: a.effectiveSize, after: b.effectiveSize, present: both, orientation: .higherIsMore, count: top)),
                ("constraint", BrokerMovers(before: a.constraint, after: b.constraint, present: both, orientation: .lowerIsMore, count: top)),
            ]
            let catalysis = focus.map { CatalysisChange(before: a.view, after: b.view, focus: $0, eligible: eligible) }
            transitions.append(Transition(
                from: k, to: k + 1, comparison: comparison, moves: moves,
                verdict: VerdictChange(before: a.profile.verdict, after: b.profile.verdict),
                brokers: brokers, catalysis: catalysis,
                communities: CommunityContinuity(before: a.communities, after: b.communities)))
        }
        return ChangeAnalysis(actors: actors, waves: results, transitions: transitions, directed: directed,
                              recordsDirected: contexts[0].recordsAreDirected,
                              focus: focus, partnerKind: partnerKind, notes: notes)
    }

    /// Labels ≥ 0 renumbered 0, 1, … in order of the lowest actor of each community.
    static func renumber(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
        var renamed = [Int32](repeating: -1, count: Int((labels.max() ?? -1) + 1))
        var next: Int32 = 0
        let out = labels.map { label -> Int32 in
            guard label >= 0 else { return -1 }
            if renamed[Int(label)] < 0 { renamed[Int(label)] = next; next += 1 }
            return renamed[Int(label)]
        }
        return (out, Int(next))
    }
}
