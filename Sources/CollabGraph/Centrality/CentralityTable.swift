/// The centrality suite: a requested set of measures computed together into one table.
///
/// The path measures (betweenness, closeness, harmonic) share one traversal per source
/// (``GraphView/pathCentralities``); the others run once each. Every column is one value
/// per actor in load order; a measure that is undefined on the view (eigenvector on a
/// disconnected one) has NaN values and a reason instead.
///
/// - Complexity: dominated by the path measures, O(n m) (O(n m log m) weighted), when any
///   is requested; otherwise O(m) per power iteration.
/// - Conventions: see each measure's file. `weighted` makes path measures use length 1/w
///   and eigenvector and PageRank use w; degree, strength and coreness ignore it (strength
///   always sums weights, degree and coreness never do).
public enum CentralityMeasure: String, CaseIterable, Sendable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreness

    /// Whether the measure needs one traversal per source (the slow ones).
    public var isPathMeasure: Bool { self == .betweenness || self == .closeness || self == .harmonic }

    /// A one-line description for help text and reports.
    public var summary: String {
        switch self {
        case .degree: "number of distinct partners (in + out partners when directed)"
        case .strength: "summed weight of the records incident to the actor"
        case .betweenness: "share of shortest paths between others through the actor (normalised)"
        case .closeness: "Wasserman–Faust closeness, distances to the actor"
        case .harmonic: "sum of 1/distance from the other actors"
        case .eigenvector: "Perron eigenvector, unit length (connected views only)"
        case .pagerank: "PageRank, alpha 0.85"
        case .coreness: "k-core number of the undirected view"
        }
    }
}

/// What to compute.
public struct CentralityOptions: Sendable {
    /// The measures, in the order their columns should appear.
    public var measures: [CentralityMeasure]
    /// Path measures by length 1/w; eigenvector and PageRank by weight w.
    public var weighted: Bool
    /// Worker threads for path measures and PageRank (default: all cores).
    public var threads: Int?
    /// Progress of the path measures: (sources done, sources).
    public var progress: ProgressHandler?
    public var pageRankDamping: Double
    /// Estimate betweenness from this many seeded sources instead of all (nil: exact).
    public var betweennessSample: Int?
    /// The seed of the sampled sources.
    public var seed: UInt64

    public init(measures: [CentralityMeasure] = CentralityMeasure.allCases, weighted: Bool = false,
                threads: Int? = nil, progress: ProgressHandler? = nil, pageRankDamping: Double = 0.85,
                betweennessSample: Int? = nil, seed: UInt64 = 1) {
        self.measures = measures
        self.weighted = weighted
        self.threads = threads
        self.progress = progress
        self.pageRankDamping = pageRankDamping
        self.betweennessSample = betweennessSample
        self.seed = seed
    }
}

/// One measure's values, one per actor in load order.
public struct CentralityColumn: Sendable, Equatable {
    public var measure: CentralityMeasure
    /// NaN throughout when the measure is undefined on the view.
    public var values: [Double]
    /// Why the measure is undefined, or nil when it is defined.
    public var undefinedReason: String?
}

/// Centrality columns for every actor of a view.
public struct CentralityTable: Sendable, Equatable {
    public var columns: [CentralityColumn]
    public var actorCount: Int
    /// The actors the measures were computed over and normalised by, when not every actor
    /// of the graph (``spread(over:)``): the others are not actors of the view (networks
    /// known only from memberships) and have NaN in every column. nil: every actor.
    public var population: [Bool]?

    public init(columns: [CentralityColumn], actorCount: Int, population: [Bool]? = nil) {
        self.columns = columns
        self.actorCount = actorCount
        self.population = population
    }

    public var measures: [CentralityMeasure] { columns.map(\.measure) }

    public func column(_ measure: CentralityMeasure) -> CentralityColumn? {
        columns.first { $0.measure == measure }
    }

    /// Whether `actor` is one the measures were computed over.
    public func measures(_ actor: Int) -> Bool { population?[actor] ?? true }

    /// How many actors the measures were computed over and normalised by.
    public var populationCount: Int { population.map { $0.lazy.filter { $0 }.count } ?? actorCount }

    /// This table, computed on `induced.view`, spread back over the actors of the view it
    /// was induced from (load order): the kept actors take their values, the others NaN,
    /// and ``population`` says which are which. Nothing is recomputed.
    ///
    /// - Complexity: O(measures × n).
    public func spread(over induced: InducedView) -> CentralityTable {
        let n = induced.newIndex.count
        let population = induced.newIndex.map { $0 >= 0 }
        let spread = columns.map { column in
            var values = [Double](repeating: .nan, count: n)
            for (new, old) in induced.actors.enumerated() { values[old] = column.values[new] }
            return CentralityColumn(measure: column.measure, values: values, undefinedReason: column.undefinedReason)
        }
        return CentralityTable(columns: spread, actorCount: n, population: population)
    }
}

extension GraphView {
    /// Computes the requested measures (each at most once, path measures in one pass).
    public func centrality(_ options: CentralityOptions = CentralityOptions()) -> CentralityTable {
        var requested: [CentralityMeasure] = []
        for m in options.measures where !requested.contains(m) { requested.append(m) }
        let n = nodeCount
        var paths = PathCentralities()
        // Sampling only when it saves work (k < n); k ≥ n is the exact computation.
        let sampled = options.betweennessSample.map { $0 < n } ?? false
        var sampledBetweenness: [Double]?
        if sampled && requested.contains(.betweenness) {
            sampledBetweenness = betweenness(sampledFrom: sampleSources(options.betweennessSample!, seed: options.seed),
                                            weighted: options.weighted, threads: options.threads,
                                            progress: options.progress)
        }
        if requested.contains(where: { $0.isPathMeasure && !(sampled && $0 == .betweenness) }) {
            paths = pathCentralities(betweenness: requested.contains(.betweenness) && !sampled,
                                     closeness: requested.contains(.closeness),
                                     harmonic: requested.contains(.harmonic),
                                     weighted: options.weighted, threads: options.threads,
                                     progress: options.progress)
        }
        if let sampledBetweenness { paths.betweenness = sampledBetweenness }
        let columns = requested.map { measure -> CentralityColumn in
            var reason: String?
            let values: [Double]
            switch measure {
            case .degree: values = degrees().map(Double.init)
            case .strength: values = strengths()
            case .betweenness: values = paths.betweenness!
            case .closeness: values = paths.closeness!
            case .harmonic: values = paths.harmonic!
            case .eigenvector:
                do {
                    values = try eigenvectorCentrality(weighted: options.weighted)
                } catch let error as CentralityUndefined {
                    values = [Double](repeating: .nan, count: n)
                    reason = error.reason
                } catch {
                    values = [Double](repeating: .nan, count: n)
                    reason = "\(error)"
                }
            case .pagerank:
                values = pageRank(PageRankOptions(damping: options.pageRankDamping, weighted: options.weighted,
                                                  threads: options.threads)).scores
            case .coreness: values = coreNumbers().map(Double.init)
            }
            return CentralityColumn(measure: measure, values: values, undefinedReason: reason)
        }
        return CentralityTable(columns: columns, actorCount: n)
    }
}
