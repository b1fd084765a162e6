/// Dyads: every tie record aggregated once per unordered pair of actors.
///
/// A *dyad* is a connected pair {u, v} of distinct actors together with everything its
/// records say: how many records join them (both directions), their summed weight, the
/// distinct relation types (multiplexity), whether records run both ways (the "two-way
/// street" of Hodgson, Spours, Smith & Jeanes), the deepest rung reached on the
/// engagement < exchange < co-production ladder, and the period the records span.
/// These are the raw components of tie strength (see ``StrengthRubric``).
///
/// Conventions:
/// - `source` is the actor that comes first in load order, `target` the other one;
///   dyads are listed in (source, target) order. Self-loop records are not dyads.
/// - `records`, `weight`: all records of the pair in both directions, summed.
/// - Relation types are compared as ``RelationLadder/normalise(_:)`` does
///   (`Co-Design` = `co design`). Untyped records count as one unnamed relation, so every
///   dyad has multiplexity ≥ 1; the type list names the named types only.
/// - Duration: from the earliest start to the latest end among the pair's dated records,
///   counted in whole days, both ends included (a record `2016` … `2016` lasts 366 days).
///   A record with a start but no end is still open and runs to the end of the
///   observation period (the latest date of any record, or the end of the time window);
///   a record with an end but no start runs from the start of the observation period.
///   Records with neither date do not enter the duration; a pair with no dated record has
///   no duration (nil).
/// - The depth of a record is its relation type's rung on the rubric's ladder (the
///   rubric's own rungs first, then the graph's ladder); unrated types have no depth.
///
/// - Complexity: O(n + r + Σ t log t) time for n actors and r records (two counting-sort
///   passes group the records by pair; t is the number of records of one pair), O(n + r)
///   space. No dictionaries or strings per record.
public struct Dyad: Sendable, Equatable {
    /// The pair in load order: `source < target`.
    public var source: Int32
    public var target: Int32
    /// Records from `source` to `target`, and from `target` to `source`.
    public var forwardRecords: Int
    public var backwardRecords: Int
    /// Summed weight of all records of the pair.
    public var weight: Double
    /// Distinct named relation types (graph relation type indices, one per normalised
    /// name), sorted by name.
    public var relationTypes: [Int32]
    /// Whether some record of the pair has no type.
    public var hasUntypedRecords: Bool
    /// The deepest rung reached by any record; nil when no record has a rated type.
    public var depth: Depth?
    /// Summed record weight at each rung of the ladder.
    public var weightByDepth: DepthWeights
    /// The earliest start and latest end over the dated records (open ends resolved
    /// against the observation period); nil when no record is dated.
    public var start: Day?
    public var end: Day?

    /// Number of records, both directions.
    public var records: Int { forwardRecords + backwardRecords }

    /// Records run in both directions: a two-way street.
    public var isReciprocal: Bool { forwardRecords > 0 && backwardRecords > 0 }

    /// Distinct relation types, untyped records counting as one relation.
    public var multiplexity: Int { relationTypes.count + (hasUntypedRecords ? 1 : 0) }

    /// Days from `start` to `end`, both included; nil without dates.
    public var durationDays: Int? {
        guard let start, let end else { return nil }
        return Int(end.ordinal) - Int(start.ordinal) + 1
    }
}

/// A quantity split by rung of the co-production ladder (and unrated): pair counts
/// (``DepthCounts``) or record weights (``DepthWeights``).
public struct DepthTally<Value: AdditiveArithmetic & Sendable & Equatable>: Sendable, Equatable {
    public var unrated: Value = .zero
    public var engagement: Value = .zero
    public var exchange: Value = .zero
    public var coProduction: Value = .zero

    public init() {}

    public subscript(depth: Depth?) -> Value {
        get {
            switch depth {
            case nil: unrated
            case .engagement?: engagement
            case .exchange?: exchange
            case .coProduction?: coProduction
            }
        }
        set {
            switch depth {
            case nil: unrated = newValue
            case .engagement?: engagement = newValue
            case .exchange?: exchange = newValue
            case .coProduction?: coProduction = newValue
            }
        }
    }

    public var total: Value { unrated + engagement + exchange + coProduction }

    public static func + (a: DepthTally, b: DepthTally) -> DepthTally {
        var out = DepthTally()
        out.unrated = a.unrated + b.unrated
        out.engagement = a.engagement + b.engagement
        out.exchange = a.exchange + b.exchange
        out.coProduction = a.coProduction + b.coProduction
        return out
    }
}

/// Pair counts by rung of the ladder.
public typealias DepthCounts = DepthTally<Int>

/// Record weight split by rung of the ladder.
public typealias DepthWeights = DepthTally<Double>

/// The dyads of a graph under one set of view options.
public struct DyadTable: Sendable {
    /// Dyads in (source, target) order.
    public let dyads: [Dyad]
    /// The period open record ends and starts are resolved against; nil without dates.
    public let observation: ClosedRange<Day>?
    /// Number of records (self-loops included) that passed the view filter.
    public let recordCount: Int

    /// Aggregates the records that `options` keeps (relation types and time window;
    /// direction and memberships do not matter: dyads are unordered tie-record pairs).
    ///
    /// - Parameters:
    ///   - graph: the collaboration graph.
    ///   - options: the view whose records count (`relationTypes`, `window`).
    ///   - ladder: the rung of each relation type.
    ///   - observationEnd: the end of the observation period (default: the end of the
    ///     window, or the latest record date). Record ends after it are cut to it.
    public init(graph: CollaborationGraph, options: ViewOptions = ViewOptions(), ladder: RelationLadder,
                observationEnd: Day? = nil) {
        let typeCount = graph.relationTypes.count
        // Per relation type: canonical index (first type with the same normalised name),
        // rank of its name, and rung.
        let normalised = graph.relationTypes.map(RelationLadder.normalise)
        var canonical = [Int32](repeating: 0, count: typeCount)
        var firstOfName: [String: Int32] = [:]
        for t in 0 ..< typeCount {
            if let first = firstOfName[normalised[t]] { canonical[t] = first } else {
                firstOfName[normalised[t]] = Int32(t)
                canonical[t] = Int32(t)
            }
        }
        var nameRank = [Int](repeating: 0, count: typeCount)
        for (rank, t) in (0 ..< typeCount).sorted(by: { normalised[$0] < normalised[$1] || (normalised[$0] == normalised[$1] && $0 < $1) }).enumerated() {
            nameRank[t] = rank
        }
        let rung: [Depth?] = (0 ..< typeCount).map { normalised[$0].isEmpty ? nil : ladder.depth(of: graph.relationTypes[$0]) }
        let keepType = graph.relationTypeMask(options.relationTypes)

        // Records that pass the filter.
        var kept: [Int32] = []
        kept.reserveCapacity(graph.ties.count)
        var low: Day?
        var high: Day?
        for (i, tie) in graph.ties.enumerated() {
            if let keepType, !keepType[Int(tie.relationType)] { continue }
            if let window = options.window, !window.contains(start: tie.start, end: tie.end) { continue }
            kept.append(Int32(i))
            if let day = tie.start {
                if low == nil || day < low! { low = day }
                if high == nil || day > high! { high = day }
            }
            if let day = tie.end {
                if low == nil || day < low! { low = day }
                if high == nil || day > high! { high = day }
            }
        }
        // A window cuts the observation period at its end (what was known by then); the
        // records' starts are kept, so an old tie keeps its age.
        if let window = options.window, low != nil {
            switch window {
            case .at(let day): high = day
            case .between(_, let b): if let h = high, h > b { high = b }
            }
        }
        if let observationEnd, low != nil { high = observationEnd }
        var observation: ClosedRange<Day>?
        if let l = low, let h = high { observation = min(l, h) ... h }
        self.observation = observation
        self.recordCount = kept.count

        // Group records by unordered pair: counting sort by the larger end, then a stable
        // scatter by the smaller end.
        let n = graph.actorCount
        let ties = graph.ties
        var pairRecords: [Int32] = []
        pairRecords.reserveCapacity(kept.count)
        for i in kept where !ties[Int(i)].isSelfLoop { pairRecords.append(i) }
        let m = pairRecords.count
        var byHigh = [Int32](repeating: 0, count: m)
        var start = [Int](repeating: 0, count: n + 1)
        for i in pairRecords { let t = ties[Int(i)]; start[Int(max(t.source, t.target)) + 1] += 1 }
        for u in 0 ..< n { start[u + 1] += start[u] }
        for i in pairRecords {
            let t = ties[Int(i)]
            let key = Int(max(t.source, t.target))
            byHigh[start[key]] = i
            start[key] += 1
        }
        var grouped = [Int32](repeating: 0, count: m)
        var cursor = [Int](repeating: 0, count: n + 1)
        for i in pairRecords { let t = ties[Int(i)]; cursor[Int(min(t.source, t.target)) + 1] += 1 }
        for u in 0 ..< n { cursor[u + 1] += cursor[u] }
        for i in byHigh {
            let t = ties[Int(i)]
            let key = Int(min(t.source, t.target))
            grouped[cursor[key]] = i
            cursor[key] += 1
        }

        var dyads: [Dyad] = []
        var position = 0
        var types: [Int32] = []
        while position < m {
            let first = ties[Int(grouped[position])]
            let u = min(first.source, first.target), v = max(first.source, first.target)
            var dyad = Dyad(source: u, target: v, forwardRecords: 0, backwardRecords: 0, weight: 0,
                            relationTypes: [], hasUntypedRecords: false, depth: nil,
                            weightByDepth: DepthWeights(), start: nil, end: nil)
            types.removeAll(keepingCapacity: true)
            while position < m {
                let tie = ties[Int(grouped[position])]
                guard min(tie.source, tie.target) == u, max(tie.source, tie.target) == v else { break }
                position += 1
                if tie.source == u { dyad.forwardRecords += 1 } else { dyad.backwardRecords += 1 }
                dyad.weight += tie.weight
                let type = Int(tie.relationType)
                if normalised[type].isEmpty { dyad.hasUntypedRecords = true } else { types.append(canonical[type]) }
                let depth = rung[type]
                if let depth, dyad.depth.map({ depth > $0 }) ?? true { dyad.depth = depth }
                dyad.weightByDepth[depth] += tie.weight
                if let observation, tie.start != nil || tie.end != nil {
                    let s = max(tie.start ?? observation.lowerBound, observation.lowerBound)
                    let e = min(tie.end ?? observation.upperBound, observation.upperBound)
                    if s <= e {
                        if dyad.start.map({ s < $0 }) ?? true { dyad.start = s }
                        if dyad.end.map({ e > $0 }) ?? true { dyad.end = e }
                    }
                }
            }
            if !types.isEmpty {
                types.sort { nameRank[Int($0)] < nameRank[Int($1)] }
                var distinct: [Int32] = [types[0]]
                for t in types.dropFirst() where t != distinct.last! { distinct.append(t) }
                dyad.relationTypes = distinct
            }
            dyads.append(dyad)
        }
        self.dyads = dyads
    }
}
