/// A term of a dyad-independent exponential random graph model (``DyadicLogisticModel``):
/// a change statistic x_ij computed from the two actors of a dyad, named as `ergm` names
/// it (Handcock, Hunter, Butts, Goodreau & Morris, "ergm: A package to fit, simulate and
/// diagnose exponential-family models for networks", *Journal of Statistical Software*
/// 24(3), 2008, doi:10.18637/jss.v024.i03; terms as documented in `ergm`'s
/// `ergmTerm` help, ergm 4.x):
///
/// | term | column(s) | x_ij |
/// |---|---|---|
/// | `edges` | `edges` | 1 |
/// | `nodematch:A` | `nodematch.A` | 1 when i and j have the same value of A |
/// | `nodefactor:A` | `nodefactor.A.v` for each level v but the first | [A_i = v] + [A_j = v] |
/// | `nodecov:A` | `nodecov.A` | A_i + A_j |
/// | `absdiff:A` | `absdiff.A` | \|A_i − A_j\| |
/// | `edgecov:F` | `edgecov.F` | the value of the dyadic covariate F at (i, j), 0 when absent |
///
/// Levels of a factor are sorted as `ergm` sorts them (R's `sort(unique(x))`): numerically
/// when every value is a number, otherwise by Unicode code points (R in the C locale; R in
/// another locale may order mixed-case labels differently); the first is the base, left
/// out. Directed views use the same statistics over ordered pairs (`nodefactor` and
/// `nodecov` count both ends, as `ergm`'s do).
public struct DyadicTerm: Sendable, Equatable {
    /// The term as written (`nodematch:sector`).
    public let label: String
    /// The column names, as `ergm` prints them.
    public let columnNames: [String]
    let kind: Kind

    enum Kind: Sendable, Equatable {
        case edges
        case nodematch([Int32])
        /// Level index per actor (0 = base level); columns are levels 1 … L − 1.
        case nodefactor([Int32], levels: Int)
        case nodecov([Double])
        case absdiff([Double])
        case edgecov(DyadicCovariate)
    }

    /// Whether every value of the columns is ≥ 0 (the separation check applies).
    var isNonNegative: Bool {
        switch kind {
        case .edges, .nodematch, .nodefactor, .absdiff: return true
        case .nodecov(let values): return values.allSatisfy { $0 >= 0 }
        case .edgecov(let covariate): return covariate.values.allSatisfy { $0 >= 0 }
        }
    }

    /// `edges`: the intercept.
    public static let edges = DyadicTerm(label: "edges", columnNames: ["edges"], kind: .edges)

    /// `nodematch:A` from one value per actor. Throws ``DyadicModelError/missingValue``.
    public static func nodematch(_ attribute: String, values: [String?]) throws -> DyadicTerm {
        let (codes, _) = try factor(attribute, values, term: "nodematch")
        return DyadicTerm(label: "nodematch:\(attribute)", columnNames: ["nodematch.\(attribute)"], kind: .nodematch(codes))
    }

    /// `nodefactor:A` from one value per actor, the first level (sorted) as the base.
    /// Throws ``DyadicModelError/missingValue`` or ``DyadicModelError/singleLevel``.
    public static func nodefactor(_ attribute: String, values: [String?]) throws -> DyadicTerm {
        let (codes, levels) = try factor(attribute, values, term: "nodefactor")
        guard levels.count >= 2 else { throw DyadicModelError.singleLevel(term: "nodefactor:\(attribute)", level: levels.first ?? "") }
        return DyadicTerm(label: "nodefactor:\(attribute)",
                          columnNames: levels.dropFirst().map { "nodefactor.\(attribute).\($0)" },
                          kind: .nodefactor(codes, levels: levels.count))
    }

    /// `nodecov:A` from one number per actor. Throws ``DyadicModelError/missingValue``.
    public static func nodecov(_ attribute: String, values: [Double?]) throws -> DyadicTerm {
        DyadicTerm(label: "nodecov:\(attribute)", columnNames: ["nodecov.\(attribute)"],
                   kind: .nodecov(try complete(attribute, values, term: "nodecov")))
    }

    /// `absdiff:A` from one number per actor. Throws ``DyadicModelError/missingValue``.
    public static func absdiff(_ attribute: String, values: [Double?]) throws -> DyadicTerm {
        DyadicTerm(label: "absdiff:\(attribute)", columnNames: ["absdiff.\(attribute)"],
                   kind: .absdiff(try complete(attribute, values, term: "absdiff")))
    }

    /// `edgecov:NAME` from a dyadic covariate.
    public static func edgecov(_ name: String, covariate: DyadicCovariate) -> DyadicTerm {
        DyadicTerm(label: "edgecov:\(name)", columnNames: ["edgecov.\(name)"], kind: .edgecov(covariate))
    }

    /// The factor levels sorted as R sorts `unique(x)` and each actor's level index.
    static func factor(_ attribute: String, _ values: [String?], term: String) throws -> ([Int32], [String]) {
        if let actor = values.firstIndex(where: { $0 == nil || $0 == "" }) {
            throw DyadicModelError.missingValue(term: "\(term):\(attribute)", actor: actor)
        }
        let present = values.map { $0! }
        var levels = Array(Set(present))
        let numbers = levels.map { Double($0) }
        if numbers.allSatisfy({ $0 != nil && $0!.isFinite }) {
            levels.sort { Double($0)! != Double($1)! ? Double($0)! < Double($1)! : $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        } else {
            levels.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
        var index: [String: Int32] = [:]
        for (k, level) in levels.enumerated() { index[level] = Int32(k) }
        return (present.map { index[$0]! }, levels)
    }

    static func complete(_ attribute: String, _ values: [Double?], term: String) throws -> [Double] {
        if let actor = values.firstIndex(where: { $0 == nil }) {
            throw DyadicModelError.missingValue(term: "\(term):\(attribute)", actor: actor)
        }
        return values.map { $0! }
    }
}

/// A dyadic covariate (a valued matrix over the actors, zero where not given), stored as
/// sorted rows. Undirected covariates are symmetric: each entry (u, v) stands for both.
public struct DyadicCovariate: Sendable, Equatable {
    public let nodeCount: Int
    let offsets: [Int]
    let columns: [Int32]
    let values: [Double]

    /// Entries (sources[k], targets[k]) = values[k]; repeated entries are summed,
    /// self-pairs ignored. `directed: false` mirrors every entry.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], values entryValues: [Double], directed: Bool) {
        precondition(sources.count == targets.count && targets.count == entryValues.count)
        var triples: [(Int32, Int32, Double)] = []
        for k in sources.indices where sources[k] != targets[k] {
            triples.append((sources[k], targets[k], entryValues[k]))
            if !directed { triples.append((targets[k], sources[k], entryValues[k])) }
        }
        triples.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var columns: [Int32] = [], values: [Double] = []
        var previous: (Int32, Int32)? = nil
        for (u, v, x) in triples {
            if let (pu, pv) = previous, pu == u, pv == v {
                values[values.count - 1] += x
                continue
            }
            columns.append(v); values.append(x)
            offsets[Int(u) + 1] += 1
            previous = (u, v)
        }
        for u in 0 ..< nodeCount { offsets[u + 1] += offsets[u] }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.columns = columns
        self.values = values
    }

    /// The value at (u, v) (binary search in u's row).
    public func value(_ u: Int, _ v: Int) -> Double {
        var low = offsets[u], high = offsets[u + 1]
        while low < high {
            let mid = (low + high) / 2
            if Int(columns[mid]) == v { return values[mid] }
            if Int(columns[mid]) < v { low = mid + 1 } else { high = mid }
        }
        return 0
    }
}

/// Why a ``DyadicLogisticModel`` cannot be fitted.
public enum DyadicModelError: Error, Equatable, Sendable {
    /// Actor `actor` (index) has no value for the term's attribute.
    case missingValue(term: String, actor: Int)
    /// A factor with a single level has no column.
    case singleLevel(term: String, level: String)
    /// The columns are linearly dependent (or one has no variation over the dyads):
    /// `column` is the first that depends on the ones before it.
    case collinear(column: String)
    /// The column is 0 on every dyad (e.g. `absdiff` of a value every actor shares).
    case zeroColumn(column: String)
    /// No ties, or every dyad tied: nothing to fit.
    case noVariation
    /// Newton's method did not converge (a separation the column checks cannot see).
    case notConverged(iterations: Int)
    /// No actors pairs.
    case tooFewActors
}
