import Foundation

/// Tie strength: a transparent rubric that turns the components of a dyad into one number
/// in [0, 1] and a class, `strong` or `weak`.
///
/// Components (each scaled to a score in [0, 1]):
/// - **intensity**: the summed weight of the pair's records (Granovetter's "amount of time"
///   and "emotional intensity"; Marsden & Campbell's frequency of contact);
/// - **multiplexity**: the number of distinct relation types (multi-stranded ties);
/// - **reciprocity**: 1 when records run both ways (a "two-way street"), else 0;
/// - **depth**: the deepest rung on the ladder engagement < exchange < co-production
///   (Hodgson & Spours; Hodgson, Spours, Smith & Jeanes), each rung given a value;
/// - **duration**: days from the first start to the last end (Marsden & Campbell's
///   duration of the relationship);
/// - **embeddedness**: neighbourhood overlap (Onnela et al. 2007), the share of the pair's
///   partners they have in common.
///
/// Formula: strength = Σ_c w_c · s_c / Σ_c w_c over the components c the data can measure,
/// with weights w_c ≥ 0 (summing to 1 in the rubric) and scores
/// s = clamp((x − floor) / (cap − floor), 0, 1) for a `linear` scaling or
/// s = clamp(ln(1 + x − floor) / ln(1 + cap − floor), 0, 1) for a `log` scaling.
/// A component the data cannot measure at all (no dated record anywhere: duration; no
/// record with a rated type: depth; no named relation type: multiplexity; records without
/// direction, or whose direction is not declared when no pair is recorded both ways:
/// reciprocity, see ``StrengthOptions/directionEstablished``) is left out and the
/// remaining weights are rescaled; a dyad lacking a value the graph does have (an undated
/// pair in a dated graph) scores 0 on it.
/// A tie is `strong` when strength ≥ threshold.
///
/// References:
/// - M. S. Granovetter (1973), "The strength of weak ties", American Journal of Sociology
///   78(6):1360–1380, doi:10.1086/225469 — strength as a combination of time, intensity,
///   intimacy and reciprocal services;
/// - P. V. Marsden & K. E. Campbell (1984), "Measuring tie strength", Social Forces
///   63(2):482–501, doi:10.2307/2579058 — closeness/intensity measure better than
///   frequency or duration alone, so no single indicator decides;
/// - J.-P. Onnela et al. (2007), "Structure and tie strengths in mobile communication
///   networks", PNAS 104(18):7332–7336, doi:10.1073/pnas.0610245104 — overlap;
/// - A. Hodgson & K. Spours (2006), "The organisation of 14-19 education and training in
///   England: beyond weakly collaborative arrangements", Journal of Education and Work
///   19(4):325–342 — weakly vs strongly collaborative.
///
/// - Complexity: O(1) per dyad once overlap is known.
public struct StrengthRubric: Sendable, Equatable {
    /// The six components, in output order.
    public enum Component: String, CaseIterable, Sendable {
        case intensity, multiplexity, reciprocity, depth, duration, embeddedness
    }

    /// How a raw value becomes a score in [0, 1].
    public struct Scaling: Sendable, Equatable {
        public enum Kind: String, Sendable { case linear, log }
        public var kind: Kind
        /// The raw value that scores 0 (and below).
        public var floor: Double
        /// The raw value that scores 1 (and above).
        public var cap: Double

        public init(_ kind: Kind, floor: Double = 0, cap: Double) {
            self.kind = kind
            self.floor = floor
            self.cap = cap
        }

        public func score(_ x: Double) -> Double {
            let s: Double
            switch kind {
            case .linear: s = (x - floor) / (cap - floor)
            case .log: s = x <= floor ? 0 : log1p(x - floor) / log1p(cap - floor)
            }
            return min(1, max(0, s))
        }
    }

    /// One component: its weight and (for the measured ones) its scaling.
    public struct Rule: Sendable, Equatable {
        public var weight: Double
        public var scaling: Scaling?
        public init(weight: Double, scaling: Scaling? = nil) {
            self.weight = weight
            self.scaling = scaling
        }
    }

    /// The value of each rung of the ladder for the depth component.
    public struct RungValues: Sendable, Equatable {
        public var engagement: Double
        public var exchange: Double
        public var coProduction: Double
        public init(engagement: Double, exchange: Double, coProduction: Double) {
            self.engagement = engagement
            self.exchange = exchange
            self.coProduction = coProduction
        }
        /// The value of a rung; 0 for an unrated pair.
        public func value(_ depth: Depth?) -> Double {
            switch depth {
            case nil: 0
            case .engagement?: engagement
            case .exchange?: exchange
            case .coProduction?: coProduction
            }
        }
    }

    /// The thresholds of the whole-system verdict (see ``CollaborationProfile``).
    public struct VerdictThresholds: Sendable, Equatable {
        /// The system is fragmented when its largest component holds a smaller share of
        /// the actors than this.
        public var largestComponentShare: Double
        /// Strongly collaborative needs at least this share of strong pairs…
        public var strongShare: Double
        /// …and at least this share of two-way (reciprocal) pairs.
        public var reciprocity: Double
        public init(largestComponentShare: Double, strongShare: Double, reciprocity: Double) {
            self.largestComponentShare = largestComponentShare
            self.strongShare = strongShare
            self.reciprocity = reciprocity
        }
    }

    /// A short name, printed with every output.
    public var name: String
    /// Where the rubric came from: `built-in` or the file path.
    public var origin: String
    public var description: String
    public var intensity: Rule
    public var multiplexity: Rule
    public var reciprocity: Rule
    public var depth: Rule
    public var duration: Rule
    public var embeddedness: Rule
    public var rungValues: RungValues
    /// Strong when strength ≥ threshold.
    public var threshold: Double
    /// Rungs of relation types that override or extend the graph's ladder.
    public var ladder: [String: Depth]
    public var verdict: VerdictThresholds

    public init(name: String, origin: String, description: String, intensity: Rule, multiplexity: Rule,
                reciprocity: Rule, depth: Rule, duration: Rule, embeddedness: Rule, rungValues: RungValues,
                threshold: Double, ladder: [String: Depth] = [:], verdict: VerdictThresholds) {
        self.name = name
        self.origin = origin
        self.description = description
        self.intensity = intensity
        self.multiplexity = multiplexity
        self.reciprocity = reciprocity
        self.depth = depth
        self.duration = duration
        self.embeddedness = embeddedness
        self.rungValues = rungValues
        self.threshold = threshold
        self.ladder = ladder
        self.verdict = verdict
    }

    public func rule(_ component: Component) -> Rule {
        switch component {
        case .intensity: intensity
        case .multiplexity: multiplexity
        case .reciprocity: reciprocity
        case .depth: depth
        case .duration: duration
        case .embeddedness: embeddedness
        }
    }

    /// `name (origin)`, the label every output carries.
    public var label: String { "\(name) (\(origin))" }

    /// The default rubric. See `docs/tie-strength.md` for its rationale.
    ///
    /// Depth carries the most weight (0.25): the papers' distinction between one-way
    /// engagement and co-production is the question the tool exists to answer. Reciprocity
    /// and multiplexity follow (0.20 each): two-way and multi-stranded ties are the
    /// "two-way street". Intensity (0.15, logarithmic: the first records count most,
    /// saturating at a summed weight of 10), duration (0.10, saturating at two years, a
    /// full programme cycle) and embeddedness (0.10, saturating at an overlap of 0.5) add
    /// the classic indicators of Granovetter and Marsden & Campbell. A tie is strong at
    /// 0.5: it has to combine several of these, no single component suffices.
    public static let standard = StrengthRubric(
        name: "default",
        origin: "built-in",
        description: "CollabGraph default tie-strength rubric: depth 0.25, reciprocity 0.20, multiplexity 0.20, "
            + "intensity 0.15, duration 0.10, embeddedness 0.10; strong at 0.5",
        intensity: Rule(weight: 0.15, scaling: Scaling(.log, floor: 0, cap: 10)),
        multiplexity: Rule(weight: 0.20, scaling: Scaling(.linear, floor: 1, cap: 3)),
        reciprocity: Rule(weight: 0.20),
        depth: Rule(weight: 0.25),
        duration: Rule(weight: 0.10, scaling: Scaling(.linear, floor: 0, cap: 730)),
        embeddedness: Rule(weight: 0.10, scaling: Scaling(.linear, floor: 0, cap: 0.5)),
        rungValues: RungValues(engagement: 0, exchange: 0.5, coProduction: 1),
        threshold: 0.5,
        ladder: [:],
        verdict: VerdictThresholds(largestComponentShare: 0.5, strongShare: 0.5, reciprocity: 0.5))

    /// The graph's ladder with this rubric's rungs applied on top.
    public func ladder(over base: RelationLadder) -> RelationLadder {
        var out = base
        for (type, depth) in ladder { out.setDepth(depth, for: type) }
        return out
    }
}

// MARK: - Per-dyad strength

/// The score of each component of one dyad, in [0, 1]; nil when the component is not
/// measured for this graph (left out of the strength).
public struct ComponentScores: Sendable, Equatable {
    public var intensity: Double?
    public var multiplexity: Double?
    public var reciprocity: Double?
    public var depth: Double?
    public var duration: Double?
    public var embeddedness: Double?

    public subscript(component: StrengthRubric.Component) -> Double? {
        switch component {
        case .intensity: intensity
        case .multiplexity: multiplexity
        case .reciprocity: reciprocity
        case .depth: depth
        case .duration: duration
        case .embeddedness: embeddedness
        }
    }
}

/// Strength class of a tie.
public enum StrengthClass: String, Sendable {
    case strong, weak
}

/// One dyad with its embeddedness, component scores, strength and class.
public struct TieStrength: Sendable, Equatable {
    public var dyad: Dyad
    /// Neighbourhood overlap on the undirected collapsed view.
    public var overlap: Double
    public var scores: ComponentScores
    /// In [0, 1].
    public var strength: Double
    public var strengthClass: StrengthClass

    public var isStrong: Bool { strengthClass == .strong }
}

/// Which components a graph can measure; the rest are left out of the strength.
public struct MeasuredComponents: Sendable, Equatable {
    public var intensity = true
    public var multiplexity = true
    public var reciprocity = true
    public var depth = true
    public var duration = true
    public var embeddedness = true
    /// Why reciprocity is not measured, when it is not (nil when it is).
    public var reciprocityNotMeasured: NotJudgedReason?

    public init() {}

    public subscript(component: StrengthRubric.Component) -> Bool {
        switch component {
        case .intensity: intensity
        case .multiplexity: multiplexity
        case .reciprocity: reciprocity
        case .depth: depth
        case .duration: duration
        case .embeddedness: embeddedness
        }
    }

    /// Names of the components left out.
    public var omitted: [StrengthRubric.Component] { StrengthRubric.Component.allCases.filter { !self[$0] } }
}

/// Options of a tie-strength analysis.
public struct StrengthOptions: Sendable {
    /// Which records count (relation types, time window).
    public var view: ViewOptions
    /// Whether a record's source → target direction means something (the initiating
    /// actor). False for undirected data: reciprocity is then not measured.
    public var directedRecords: Bool
    /// Whether that direction is established: declared by the dataset or given by the
    /// user, or shown by a pair recorded both ways in the whole view. When false (records
    /// read as directed only because nothing was said), reciprocity is measured only if
    /// some pair of the table has records both ways; otherwise it is not measured
    /// (``NotJudgedReason/directionNotDeclared``): nothing in the data supports reading
    /// the records as directed, and every pair would score as one-way.
    public var directionEstablished: Bool
    /// End of the observation period (open records run to it); default: the latest date.
    public var observationEnd: Day?

    public init(view: ViewOptions = ViewOptions(), directedRecords: Bool = true, directionEstablished: Bool = true,
                observationEnd: Day? = nil) {
        self.view = view
        self.directedRecords = directedRecords
        self.directionEstablished = directionEstablished
        self.observationEnd = observationEnd
    }
}

/// Tie strength of every dyad of a graph under one rubric.
public struct TieStrengthTable: Sendable {
    public let rubric: StrengthRubric
    public let options: StrengthOptions
    public let measured: MeasuredComponents
    /// Dyads in (source, target) load order.
    public let ties: [TieStrength]
    public let observation: ClosedRange<Day>?
    /// Records that passed the filter (self-loops included).
    public let recordCount: Int
    /// The undirected collapsed view the overlaps were computed on.
    public let view: GraphView

    /// The effective weight of each component after leaving out the unmeasured ones
    /// (0 for those left out); they sum to 1 unless every measured weight is 0.
    public func effectiveWeight(_ component: StrengthRubric.Component) -> Double {
        guard measured[component] else { return 0 }
        let total = StrengthRubric.Component.allCases.filter { measured[$0] }.map { rubric.rule($0).weight }.reduce(0, +)
        return total > 0 ? rubric.rule(component).weight / total : 0
    }

    /// The components tie strength rests on: measured, with a positive weight, and scoring
    /// at least two pairs differently (in ``StrengthRubric/Component`` order). A component
    /// with the same score on every pair (intensity when every pair has one record of
    /// weight 1) only shifts every strength by the same amount: it ranks no pair above
    /// another.
    public let varyingComponents: [StrengthRubric.Component]

    /// The least number of varying components for "strong" to weigh one aspect of a tie
    /// against another; with fewer, the strong/weak split is one measure's ranking (or
    /// nothing), not a judgement of strength.
    public static let minimumVaryingComponents = 2

    /// Why the share of strong ties is not judged (nil when it is): tie strength rests on
    /// fewer than ``requiredVaryingComponents`` ``varyingComponents`` (a bare
    /// `source,target` list: embeddedness alone). Decided on the whole table, so every
    /// group and group pair of one analysis is judged alike (a timeline period by its own
    /// table).
    public var strengthNotJudged: NotJudgedReason? {
        varyingComponents.count < requiredVaryingComponents ? .tooFewStrengthComponents : nil
    }

    /// ``minimumVaryingComponents``, or fewer when the rubric itself weighs fewer
    /// components (a rubric of reciprocity alone defines strong as two-way on purpose).
    public var requiredVaryingComponents: Int {
        min(TieStrengthTable.minimumVaryingComponents, StrengthRubric.Component.allCases.filter { rubric.rule($0).weight > 0 }.count)
    }

    /// True when the rubric weighs only components this graph cannot measure (every
    /// strength is then 0 and says nothing).
    public var weighsNothing: Bool {
        !ties.isEmpty && StrengthRubric.Component.allCases.allSatisfy { effectiveWeight($0) == 0 }
    }

    /// Scores every dyad of `graph` under `options` with `rubric`. `view`, when given, must
    /// be `graph.view` of the options' undirected tie-record view (an analysis context
    /// passes its memoised one); otherwise it is built here.
    public init(graph: CollaborationGraph, rubric: StrengthRubric = .standard, options: StrengthOptions = StrengthOptions(),
                view prebuilt: GraphView? = nil) {
        self.rubric = rubric
        self.options = options
        var viewOptions = options.view
        viewOptions.directed = false
        viewOptions.memberships = .ignore
        viewOptions.includeTies = true
        let table = DyadTable(graph: graph, options: viewOptions, ladder: rubric.ladder(over: graph.ladder),
                              observationEnd: options.observationEnd)
        let view = prebuilt ?? graph.view(viewOptions)
        self.view = view
        self.observation = table.observation
        self.recordCount = table.recordCount
        let dyads = table.dyads

        var measured = MeasuredComponents()
        if !options.directedRecords {
            measured.reciprocityNotMeasured = .recordsUndirected
        } else if !options.directionEstablished && !dyads.contains(where: \.isReciprocal) {
            measured.reciprocityNotMeasured = .directionNotDeclared
        }
        measured.reciprocity = measured.reciprocityNotMeasured == nil
        measured.duration = dyads.contains { $0.start != nil }
        measured.depth = dyads.contains { $0.depth != nil }
        measured.multiplexity = dyads.contains { !$0.relationTypes.isEmpty }
        self.measured = measured

        let overlaps = NeighbourhoodOverlap.overlaps(in: view.partners, pairs: dyads.map { ($0.source, $0.target) })
        let ties = zip(dyads, overlaps).map { dyad, overlap in
            StrengthRubric.strength(of: dyad, overlap: overlap, rubric: rubric, measured: measured)
        }
        self.ties = ties
        varyingComponents = StrengthRubric.Component.allCases.filter { component in
            guard measured[component], rubric.rule(component).weight > 0, let first = ties.first?.scores[component] else { return false }
            return ties.contains { $0.scores[component] != first }
        }
    }
}

extension StrengthRubric {
    /// Scores one dyad: the component scores, the weighted mean over the measured
    /// components and the class.
    public static func strength(of dyad: Dyad, overlap: Double, rubric: StrengthRubric,
                                measured: MeasuredComponents) -> TieStrength {
        var scores = ComponentScores()
        if measured.intensity { scores.intensity = rubric.intensity.scaling!.score(dyad.weight) }
        if measured.multiplexity { scores.multiplexity = rubric.multiplexity.scaling!.score(Double(dyad.multiplexity)) }
        if measured.reciprocity { scores.reciprocity = dyad.isReciprocal ? 1 : 0 }
        if measured.depth { scores.depth = rubric.rungValues.value(dyad.depth) }
        if measured.duration { scores.duration = rubric.duration.scaling!.score(Double(dyad.durationDays ?? 0)) }
        if measured.embeddedness { scores.embeddedness = rubric.embeddedness.scaling!.score(overlap) }
        var sum = 0.0
        var total = 0.0
        for component in Component.allCases {
            guard let score = scores[component] else { continue }
            let w = rubric.rule(component).weight
            sum += w * score
            total += w
        }
        let strength = total > 0 ? min(1, max(0, sum / total)) : 0
        return TieStrength(dyad: dyad, overlap: overlap, scores: scores, strength: strength,
                           strengthClass: strength >= rubric.threshold ? .strong : .weak)
    }
}

extension CollaborationGraph {
    /// Per-dyad tie strength for a view (relation types, window) and a rubric: the
    /// function other analyses (gaps, maps, reports) build on.
    public func tieStrengths(options: StrengthOptions = StrengthOptions(),
                             rubric: StrengthRubric = .standard) -> TieStrengthTable {
        TieStrengthTable(graph: self, rubric: rubric, options: options)
    }
}
