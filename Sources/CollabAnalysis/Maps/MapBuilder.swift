import CollabGraph

/// Selects what a map draws: which actors, which ties (one per pair of actors, records
/// summed), their strength class, which actors carry a label and how large each is.
///
/// Steps, in order:
/// 1. records are kept by relation type (`types`, matched as ``RelationLadder/normalise(_:)``)
///    and time window; memberships enter as ties when the view options ask for them;
/// 2. records are summed per unordered pair into a ``MapTie``: weight each way, record
///    count, deepest rung on the co-production ladder, distinct relation types;
/// 3. each tie gets a ``MapTieStrength``: its strength in [0, 1] and class from the
///    collaboration rubric (``TieStrengthTable``, default ``StrengthRubric/standard``,
///    reciprocity measured when the map draws arrows), or for ties no rubric rates
///    (membership ties) ``MapBuilder/fallbackStrength(_:graphHasDepths:medianWeight:allWeightsEqual:)``;
///    `minStrength` and `strongOnly` drop ties;
/// 4. with a focus actor, only actors within `radius` ties of it (over the kept ties) are
///    drawn; otherwise every actor with at least one kept tie is drawn, and actors without
///    one (isolates) only when `isolates` is set; their number is kept in
///    ``ActorMap/omittedIsolates`` for the caption (highlighted actors are always kept);
///    `component: .largest` then keeps only the largest connected component of what is
///    drawn (ties between equal sizes: the one holding the lowest actor index), counting
///    what it leaves out in ``ActorMap/omittedOutside``;
/// 5. sizes: the caller's per-actor values (e.g. betweenness), else the degree in the map;
/// 6. labels: all, none, or the top N actors by size (ties broken by load order), plus the
///    focus and highlighted actors and the top N anchors; automatic labels everything up
///    to 60 actors, otherwise the top ``MapBuilder/automaticLabelCount`` and as many anchors.
///    Every actor keeps its full name in its tooltip.
///
/// Order is deterministic: actors in load order, ties by (lower index, higher index).
///
/// - Complexity: O(r + n + m) for r records, n actors and m pairs (one hash lookup per
///   record to find its pair), plus O(n log n) to rank labels.
public enum MapBuilder {
    /// Labels drawn by `.automatic` on maps above 60 actors.
    public static let automaticLabelCount = 30

    public static func build(_ graph: CollaborationGraph, options: MapOptions) throws -> ActorMap {
        let n = graph.actorCount
        // 1–2. Records summed per pair.
        var pairIndex: [UInt64: Int] = [:]
        var ties: [MapTie] = []
        var typeSets: [[Int32]] = []
        func add(_ s: Int32, _ t: Int32, weight: Double, type: Int32?, depth: Depth?) {
            guard s != t else { return }
            let (a, b) = s < t ? (s, t) : (t, s)
            let key = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
            let index: Int
            if let existing = pairIndex[key] {
                index = existing
            } else {
                index = ties.count
                pairIndex[key] = index
                ties.append(MapTie(source: a, target: b))
                typeSets.append([])
            }
            if s == a { ties[index].forwardWeight += weight } else { ties[index].backwardWeight += weight }
            ties[index].records += 1
            if let depth, ties[index].deepest.map({ depth > $0 }) ?? true { ties[index].deepest = depth }
            if let type, type != 0, !typeSets[index].contains(type) { typeSets[index].append(type) }
        }
        let view = options.view
        if view.includeTies {
            let wanted = view.relationTypes.map { Set($0.map(RelationLadder.normalise)) }
            let keep = graph.relationTypes.map { wanted?.contains(RelationLadder.normalise($0)) ?? true }
            let depths = graph.relationTypes.map { $0.isEmpty ? nil : graph.ladder.depth(of: $0) }
            for tie in graph.ties where keep[Int(tie.relationType)] {
                if let window = view.window, !window.contains(start: tie.start, end: tie.end) { continue }
                add(tie.source, tie.target, weight: tie.weight, type: tie.relationType,
                    depth: depths[Int(tie.relationType)])
            }
        }
        if view.memberships != .ignore {
            // Membership ties (member → network) or the co-membership projection, from the view.
            let membershipView = graph.view(ViewOptions(directed: true, window: view.window,
                                                        memberships: view.memberships, includeTies: false))
            let rows = membershipView.outgoing
            for u in 0 ..< n {
                for i in rows.row(u) {
                    add(Int32(u), rows.neighbours[i], weight: rows.weights[i], type: nil, depth: nil)
                }
            }
        }
        // Stable order: by (a, b).
        var order = Array(ties.indices)
        order.sort { (ties[$0].source, ties[$0].target) < (ties[$1].source, ties[$1].target) }
        ties = order.map { ties[$0] }
        typeSets = order.map { typeSets[$0] }
        for i in ties.indices {
            ties[i].relationTypeCount = typeSets[i].count
            // A one-way tie points from its initiator.
            if ties[i].forwardWeight == 0 {
                var tie = ties[i]
                (tie.source, tie.target) = (tie.target, tie.source)
                (tie.forwardWeight, tie.backwardWeight) = (tie.backwardWeight, tie.forwardWeight)
                ties[i] = tie
            }
        }
        let arrows = options.arrows ?? ties.contains { $0.isTwoWay }

        // 3. Strength and tie filters.
        let graphHasDepths = ties.contains { $0.deepest != nil }
        let weights = ties.map(\.weight).sorted()
        let median = weights.isEmpty ? 0 : (weights[(weights.count - 1) / 2] + weights[weights.count / 2]) / 2
        let allEqual = weights.first == weights.last
        // The collaboration rubric rates record ties (not membership ties) per pair.
        var rated: [UInt64: MapTieStrength] = [:]
        if options.tieStrength == nil, let rubric = options.rubric {
            var strengthView = view
            strengthView.directed = false
            strengthView.memberships = .ignore
            let table = options.strengthTable ?? TieStrengthTable(graph: graph, rubric: rubric,
                                                                  options: StrengthOptions(view: strengthView, directedRecords: arrows))
            rated.reserveCapacity(table.ties.count)
            for tie in table.ties {
                rated[pairKey(tie.dyad.source, tie.dyad.target)] = MapTieStrength(index: tie.strength, isStrong: tie.isStrong)
            }
        }
        for i in ties.indices {
            ties[i].strength = options.tieStrength?(ties[i]) ?? rated[pairKey(ties[i].source, ties[i].target)] ??
                fallbackStrength(ties[i], graphHasDepths: graphHasDepths, medianWeight: median, allWeightsEqual: allEqual)
        }
        if let minimum = options.minStrength { ties.removeAll { $0.strength.index < minimum } }
        if options.strongOnly { ties.removeAll { !$0.strength.isStrong } }

        // Actors named on the command line.
        func resolve(_ id: String) throws -> Int32 {
            guard let index = graph.index(of: id) else { throw MapError.unknownActor(id) }
            return index
        }
        let focus = try options.focus.map(resolve)
        let highlighted = try Set(options.highlight.map(resolve))
        var suggested: [MapTie] = []
        for pair in options.suggestedTies {
            let s = try resolve(pair.source), t = try resolve(pair.target)
            if s != t { suggested.append(MapTie(source: s, target: t)) }
        }

        // Actors a whole map would draw rank the group colours (shared by every map of the graph).
        var colourPool: [Int32] = []
        if options.isolates {
            colourPool = (0 ..< n).map { Int32($0) }
        } else {
            var tied = [Bool](repeating: false, count: n)
            for tie in ties { tied[Int(tie.source)] = true; tied[Int(tie.target)] = true }
            colourPool = (0 ..< n).filter { tied[$0] }.map { Int32($0) }
        }

        // 4. Which actors are drawn.
        var drawn = [Bool](repeating: false, count: n)
        var omittedIsolates = 0
        if let focus {
            // The kept ties' breadth-first search (Core/BreadthFirst), up to `radius` steps.
            let distance = MapBuilder.rows(ties, actorCount: n).hopDistances(from: [focus])
            for u in 0 ..< n where distance[u] >= 0 && Int(distance[u]) <= options.radius { drawn[u] = true }
        } else {
            for tie in ties { drawn[Int(tie.source)] = true; drawn[Int(tie.target)] = true }
            if options.isolates {
                drawn = [Bool](repeating: true, count: n)
            } else {
                omittedIsolates = drawn.lazy.filter { !$0 }.count
            }
        }
        for h in highlighted where !drawn[Int(h)] {
            drawn[Int(h)] = true
            if options.focus == nil && !options.isolates { omittedIsolates -= 1 }
        }
        for tie in suggested {
            for u in [Int(tie.source), Int(tie.target)] where !drawn[u] {
                drawn[u] = true
                if options.focus == nil && !options.isolates { omittedIsolates -= 1 }
            }
        }
        ties.removeAll { !drawn[Int($0.source)] || !drawn[Int($0.target)] }
        var omittedOutside = OmittedComponents()
        if options.component == .largest {
            let component = MapBuilder.rows(ties + suggested, actorCount: n).components(members: drawn)
            // The largest; equal sizes: the first found (lowest actor index).
            var largest = 0
            for c in component.sizes.indices where component.sizes[c] > component.sizes[largest] { largest = c }
            for u in 0 ..< n where drawn[u] && component.componentOf[u] != Int32(largest) {
                drawn[u] = false
                omittedOutside.actors += 1
            }
            omittedOutside.components = max(0, component.count - 1)
            ties.removeAll { !drawn[Int($0.source)] || !drawn[Int($0.target)] }
            suggested.removeAll { !drawn[Int($0.source)] || !drawn[Int($0.target)] }
        }
        let actors = (0 ..< n).filter { drawn[$0] }.map { Int32($0) }

        // 5. Sizes.
        var size: [Double]
        if let values = options.sizeValues {
            guard values.count == n else { throw MapError.sizeCount(expected: n, got: values.count) }
            size = actors.map { values[Int($0)].isFinite ? max(0, values[Int($0)]) : 0 }
        } else {
            var degree = [Double](repeating: 0, count: n)
            for tie in ties { degree[Int(tie.source)] += 1; degree[Int(tie.target)] += 1 }
            size = actors.map { degree[Int($0)] }
        }

        // 6. Labels.
        var labelled: [Bool]
        switch options.labels {
        case .all: labelled = [Bool](repeating: true, count: actors.count)
        case .none: labelled = [Bool](repeating: false, count: actors.count)
        case .top(let count): labelled = labelsThatMatter(graph: graph, actors: actors, size: size, count: count)
        case .automatic:
            if actors.count <= 60 {
                labelled = [Bool](repeating: true, count: actors.count)
            } else {
                labelled = labelsThatMatter(graph: graph, actors: actors, size: size, count: automaticLabelCount)
            }
        }
        if options.labels != .none {
            for (i, actor) in actors.enumerated() where highlighted.contains(actor) || actor == focus { labelled[i] = true }
        }
        return ActorMap(actors: actors, ties: ties, suggestedTies: suggested, size: size,
                        sizeMeasure: options.sizeValues == nil ? "degree" : options.sizeMeasure,
                        labelled: labelled, highlighted: actors.map { highlighted.contains($0) },
                        focus: focus, arrows: arrows, omittedIsolates: max(0, omittedIsolates),
                        omittedOutside: omittedOutside, totalActors: n, colourPool: colourPool)
    }

    /// The top `count` actors by size, and the top `count` anchors by size.
    static func labelsThatMatter(graph: CollaborationGraph, actors: [Int32], size: [Double], count: Int) -> [Bool] {
        var labelled = topBySize(size, count: count)
        let anchors = actors.indices.filter { graph.actors[Int(actors[$0])].actorKind == .anchor }
        let anchorFlags = topBySize(anchors.map { size[$0] }, count: count)
        for (j, i) in anchors.enumerated() where anchorFlags[j] { labelled[i] = true }
        return labelled
    }

    /// The unordered pair key used to match ties.
    /// The drawn ties as symmetric compressed rows, for the shared breadth-first search
    /// and components.
    static func rows(_ ties: [MapTie], actorCount n: Int) -> CompressedAdjacency {
        let sources = ties.flatMap { [$0.source, $0.target] }, targets = ties.flatMap { [$0.target, $0.source] }
        return CompressedAdjacency(nodeCount: n, sources: sources, targets: targets,
                                   weights: [Double](repeating: 1, count: sources.count))
    }

    static func pairKey(_ s: Int32, _ t: Int32) -> UInt64 {
        let (a, b) = s < t ? (s, t) : (t, s)
        return UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
    }

    /// The strength of a tie no rubric rates (membership ties, or `rubric: nil`): the index
    /// is the summed weight; a tie is strong when its deepest record is co-production, or
    /// it is two-way and at least exchange. On graphs whose relation types carry no depth,
    /// a tie is strong when its weight is above the median (all strong when all weights
    /// are equal).
    public static func fallbackStrength(_ tie: MapTie, graphHasDepths: Bool, medianWeight: Double,
                                       allWeightsEqual: Bool) -> MapTieStrength {
        let strong: Bool
        if graphHasDepths {
            strong = tie.deepest == .coProduction || (tie.isTwoWay && (tie.deepest ?? .engagement) >= .exchange)
        } else {
            strong = allWeightsEqual || tie.weight > medianWeight
        }
        return MapTieStrength(index: tie.weight, isStrong: strong)
    }

    /// Flags for the `count` largest values (ties broken by position).
    static func topBySize(_ size: [Double], count: Int) -> [Bool] {
        let ranked = size.indices.sorted { size[$0] != size[$1] ? size[$0] > size[$1] : $0 < $1 }
        var flags = [Bool](repeating: false, count: size.count)
        for i in ranked.prefix(count) { flags[i] = true }
        return flags
    }
}

/// Undirected adjacency over the drawn ties, in CSR form (offsets per actor).
/// Which connected components a map draws.
public enum ComponentSelection: String, Sendable, CaseIterable {
    case all, largest
}

/// What `component: .largest` left out.
public struct OmittedComponents: Sendable, Equatable {
    public var components = 0
    public var actors = 0
}

/// What to draw, as given on the command line.
public struct MapOptions: Sendable {
    /// Relation types, window and memberships (direction is read from the records).
    public var view: ViewOptions
    /// Draw one-way ties with an arrow; nil decides from the data (arrows when any pair
    /// has records both ways, i.e. the records carry direction).
    public var arrows: Bool?
    public var minStrength: Double?
    public var strongOnly: Bool
    public var focus: String?
    public var radius: Int
    public var highlight: [String]
    public var labels: LabelMode
    /// Draw actors without any drawn tie (default: leave them out and count them).
    public var isolates: Bool
    /// Draw every component, or only the largest.
    public var component: ComponentSelection
    /// Per-actor values (one per actor, load order) for node size; nil uses degree.
    public var sizeValues: [Double]?
    public var sizeMeasure: String
    /// Ties to draw dashed in a distinct colour (e.g. suggestions from the gaps analysis).
    public var suggestedTies: [SuggestedTie]
    /// The tie-strength rubric (nil: ``MapBuilder/fallbackStrength(_:graphHasDepths:medianWeight:allWeightsEqual:)`` for every tie).
    public var rubric: StrengthRubric?
    /// Overrides the rubric: a strength for each drawn tie.
    public var tieStrength: (@Sendable (MapTie) -> MapTieStrength)?
    /// A tie-strength table already computed for this view and rubric (an analysis
    /// context's), used instead of computing one.
    public var strengthTable: TieStrengthTable?

    public init(view: ViewOptions = ViewOptions(), arrows: Bool? = nil, minStrength: Double? = nil,
                strongOnly: Bool = false, focus: String? = nil, radius: Int = 1, highlight: [String] = [],
                labels: LabelMode = .automatic, isolates: Bool = false, component: ComponentSelection = .all, sizeValues: [Double]? = nil, sizeMeasure: String = "degree",
                suggestedTies: [SuggestedTie] = [], rubric: StrengthRubric? = .standard,
                tieStrength: (@Sendable (MapTie) -> MapTieStrength)? = nil) {
        self.view = view
        self.arrows = arrows
        self.minStrength = minStrength
        self.strongOnly = strongOnly
        self.focus = focus
        self.radius = radius
        self.highlight = highlight
        self.labels = labels
        self.isolates = isolates
        self.component = component
        self.sizeValues = sizeValues
        self.sizeMeasure = sizeMeasure
        self.suggestedTies = suggestedTies
        self.rubric = rubric
        self.tieStrength = tieStrength
    }
}

/// Which actors carry a label.
public enum LabelMode: Sendable, Equatable {
    case all, none, automatic
    case top(Int)

    /// Parses `all`, `none`, `auto`, `N` or `top:N`.
    public init?(_ text: String) {
        switch text {
        case "all": self = .all
        case "none": self = .none
        case "auto": self = .automatic
        default:
            let digits = text.hasPrefix("top:") ? text.dropFirst(4) : Substring(text)
            guard let count = Int(digits), count >= 0 else { return nil }
            self = .top(count)
        }
    }
}

/// A pair of actor ids to draw as a suggested tie.
public struct SuggestedTie: Sendable, Equatable {
    public var source: String
    public var target: String
    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }
}

/// The strength of one drawn tie: an index (filtered by `--min-strength`; the rubric's
/// strength in [0, 1]) and its class.
public struct MapTieStrength: Sendable, Equatable {
    public var index: Double
    public var isStrong: Bool
    public init(index: Double, isStrong: Bool) {
        self.index = index
        self.isStrong = isStrong
    }
}

/// One drawn tie: all records between two actors, summed. A one-way tie runs from
/// `source` (the initiator) to `target`; a two-way tie has weight both ways.
public struct MapTie: Sendable, Equatable {
    public var source: Int32
    public var target: Int32
    /// Summed weight of records source → target and target → source.
    public var forwardWeight: Double = 0
    public var backwardWeight: Double = 0
    public var records: Int = 0
    /// The deepest rung of any record on the co-production ladder.
    public var deepest: Depth?
    /// Distinct (named) relation types among the records.
    public var relationTypeCount: Int = 0
    public var strength = MapTieStrength(index: 0, isStrong: false)

    public init(source: Int32, target: Int32) {
        self.source = source
        self.target = target
    }

    public var weight: Double { forwardWeight + backwardWeight }
    public var isTwoWay: Bool { forwardWeight > 0 && backwardWeight > 0 }
}

/// The selection a map draws (see ``MapBuilder``). Per-actor arrays are parallel to `actors`.
public struct ActorMap: Sendable {
    /// Drawn actors, as indices into the graph, in load order.
    public var actors: [Int32]
    public var ties: [MapTie]
    public var suggestedTies: [MapTie]
    public var size: [Double]
    public var sizeMeasure: String
    public var labelled: [Bool]
    public var highlighted: [Bool]
    public var focus: Int32?
    /// Whether one-way ties carry arrows.
    public var arrows: Bool
    /// Actors left out because they have no drawn tie (see ``MapOptions/isolates``).
    public var omittedIsolates: Int = 0
    /// Components and actors left out by ``MapOptions/component``.
    public var omittedOutside = OmittedComponents()
    /// Actors in the graph.
    public var totalActors: Int = 0
    /// The actors whose groups rank the colours (those a whole map draws); empty: all.
    public var colourPool: [Int32] = []
    /// Set when the map is an overview (``MapOverview``): `actors` and `ties` are then its
    /// core, drawn one by one, beside the communities it folds the other actors into.
    public var overview: MapOverview?
    /// Less central actors of the selection left out of this map (a community map keeps
    /// its most central members).
    public var omittedLessCentral = 0
}

/// A map request that cannot be met.
public enum MapError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownActor(String)
    case sizeCount(expected: Int, got: Int)
    case tooLarge(engine: String, actors: Int, limit: Int)
    case unknownSizeMeasure(String)
    case nonNumericSize(measure: String, actor: String, value: String)

    public var description: String {
        switch self {
        case .unknownActor(let id): "no actor with id '\(id)' in the graph"
        case .sizeCount(let expected, let got): "size values: expected one per actor (\(expected)), got \(got)"
        case .tooLarge(let engine, let actors, let limit):
            "the \(engine) layout takes too long on \(actors) actors (limit \(limit)): use --layout neato or sfdp, or draw less (--focus, --types, --strong-only)"
        case .unknownSizeMeasure(let measure):
            "'--size-by' must be a centrality measure (\(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))) or a numeric actor attribute, got '\(measure)'"
        case .nonNumericSize(let measure, let actor, let value):
            "'--size-by \(measure)': actor '\(actor)' has a non-numeric value '\(value)'"
        }
    }
}
