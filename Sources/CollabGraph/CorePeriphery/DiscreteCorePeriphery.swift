/// How the ties between core and periphery enter the ideal pattern.
public enum CorePeripheryModel: String, Sendable, Equatable, CaseIterable {
    /// Core–periphery dyads are left out of the correlation (Borgatti & Everett's model
    /// with the off-diagonal blocks missing; UCINET's default): only a dense core and an
    /// empty periphery count.
    case ignore
    /// Core–periphery dyads are ideally tied, like core–core ones (the "connected" ideal:
    /// periphery actors tie to the core, never to each other).
    case connected
}

/// Settings of the discrete core–periphery search.
public struct CorePeripheryOptions: Sendable, Equatable {
    public var model: CorePeripheryModel
    /// Correlate tie weights (otherwise ties are 1, absent dyads 0).
    public var weighted: Bool
    /// Seed of the random starts (``SplitMix64``).
    public var seed: UInt64
    /// Starts: the degree-ranked start, then `starts − 1` seeded random cores.
    public var starts: Int
    /// The most relocation sweeps of one start (a bound, not a stopping rule: a search
    /// stops when a sweep moves nobody, in a few sweeps on real networks; see
    /// ``DiscreteCorePeriphery/converged``).
    public var maxSweeps: Int

    public init(model: CorePeripheryModel = .ignore, weighted: Bool = false, seed: UInt64 = 1, starts: Int = 20, maxSweeps: Int = 10_000) {
        self.model = model
        self.weighted = weighted
        self.seed = seed
        self.starts = starts
        self.maxSweeps = maxSweeps
    }
}

/// Mean tie value of each block of a core/periphery split: the share of possible ties
/// present (the mean weight per dyad when weighted), rows sending, columns receiving.
public struct CorePeripheryBlocks: Sendable, Equatable {
    public let coreToCore: Double?
    public let coreToPeriphery: Double?
    public let peripheryToCore: Double?
    public let peripheryToPeriphery: Double?
}

/// The discrete core/periphery model (Borgatti & Everett 1999): the split of the actors
/// into a core and a periphery whose ideal pattern correlates best with the ties.
///
/// The data a_ij are the ties of the view (1 or the weight; 0 when absent) over ordered
/// pairs i ≠ j (an undirected view counts each pair both ways, which leaves the
/// correlation unchanged). The ideal δ_ij is 1 for core–core dyads and 0 for
/// periphery–periphery dyads; core–periphery dyads are left out (``CorePeripheryModel/ignore``)
/// or ideally 1 (``CorePeripheryModel/connected``). The fit is Pearson's r between a and
/// δ over the dyads included:
///   r = (N S₁ − N₁ S) / √((N Q − S²)(N N₁ − N₁²)),
/// with N dyads, N₁ of them ideally tied, S and Q the sums of a and a² over the dyads, S₁
/// the sum of a over the ideally tied ones. Undefined (nil) when either side has no
/// variance (a core or periphery of fewer than two actors under `ignore`, for instance).
///
/// Optimiser (stated, seeded, deterministic): a relocation search. Each start is improved
/// by sweeps over the actors in seeded random order, moving an actor between core and
/// periphery whenever that raises r, until a sweep moves nobody; the block sums are kept
/// up to date so that each trial move costs O(1) and each accepted one O(degree). Start 0
/// is the best degree-ranked core (actors ranked by degree, or strength when weighted,
/// ties by load order; every prefix evaluated, O(n + m)); starts 1 … are random cores of
/// random size from the seed. The best fit wins, ties to the earlier start. Like UCINET's
/// genetic algorithm, this is a heuristic: on 44 small graphs (n ≤ 12) 50 starts reach
/// the exhaustive-search optimum every time, 10 starts missed it once
/// (Tests/Fixtures/reference_core_periphery.py).
///
/// Reference: S. P. Borgatti and M. G. Everett, "Models of core/periphery structures",
/// Social Networks 21(4), 375–395 (1999), doi:10.1016/S0378-8733(99)00019-2.
///
/// - Complexity: O(n + m) per sweep, O(n + m) memory.
public struct DiscreteCorePeriphery: Sendable, Equatable {
    /// Whether each actor is in the core.
    public let inCore: [Bool]
    public let coreSize: Int
    /// Pearson correlation with the ideal pattern (nil when undefined).
    public let fit: Double?
    public let blocks: CorePeripheryBlocks
    public let options: CorePeripheryOptions
    /// The fit each start reached, in start order.
    public let startFits: [Double?]
    public let bestStart: Int
    /// Relocation sweeps each start took, the last one moving nobody unless it hit
    /// ``CorePeripheryOptions/maxSweeps``.
    public let startSweeps: [Int]
    /// Every start ended on a sweep that moved nobody (a local optimum), none at the bound.
    public let converged: Bool

    /// The core members, ascending.
    public var core: [Int32] { inCore.indices.filter { inCore[$0] }.map(Int32.init) }

    /// Searches the best split of `view` (see above). With `included`, only the actors
    /// flagged true take part (the others must have no ties: networks known only from
    /// memberships); the rest are neither core nor periphery.
    public init(view: GraphView, options: CorePeripheryOptions = CorePeripheryOptions(), included: [Bool]? = nil) {
        precondition(options.starts >= 1)
        let data = DyadData(view: view, weighted: options.weighted, included: included)
        var random = SplitMix64(seed: options.seed)
        var best: [Bool]? = nil
        var bestFit: Double? = nil
        var fits: [Double?] = []
        var sweeps: [Int] = []
        var allConverged = true
        var bestStart = 0
        for start in 0 ..< options.starts {
            let initial = start == 0 ? data.degreeRankedCore(model: options.model)
                                     : data.randomCore(random: &random)
            var state = SplitState(data: data, inCore: initial)
            let (used, settled) = state.relocate(model: options.model, maxSweeps: options.maxSweeps, random: &random)
            sweeps.append(used)
            allConverged = allConverged && settled
            let fit = state.fit(model: options.model)
            fits.append(fit)
            if best == nil || DiscreteCorePeriphery.better(fit, than: bestFit) {
                best = state.inCore
                bestFit = fit
                bestStart = start
            }
        }
        inCore = best ?? []
        coreSize = inCore.filter { $0 }.count
        // Recomputed from fresh sums (the search's running sums may carry rounding).
        fit = SplitState(data: data, inCore: inCore).fit(model: options.model)
        blocks = data.blocks(inCore)
        self.options = options
        startFits = fits
        self.bestStart = bestStart
        startSweeps = sweeps
        converged = allConverged
    }

    /// The fit of a given split (for checking a hypothesised core).
    public static func fit(of inCore: [Bool], view: GraphView, model: CorePeripheryModel, weighted: Bool,
                           included: [Bool]? = nil) -> Double? {
        SplitState(data: DyadData(view: view, weighted: weighted, included: included), inCore: inCore).fit(model: model)
    }

    /// The block densities of a given split.
    public static func blocks(of inCore: [Bool], view: GraphView, weighted: Bool, included: [Bool]? = nil) -> CorePeripheryBlocks {
        DyadData(view: view, weighted: weighted, included: included).blocks(inCore)
    }

    static func better(_ a: Double?, than b: Double?) -> Bool {
        guard let a else { return false }
        guard let b else { return true }
        return a > b
    }
}

/// The tie values of a view as rows: outgoing and incoming, with their values and squares.
struct DyadData {
    let n: Int
    /// The actors taking part, and how many.
    let included: [Bool]
    let actorCount: Int
    let outgoing: CompressedAdjacency
    let incoming: CompressedAdjacency
    let weighted: Bool
    /// Σ a and Σ a² over all ordered pairs.
    let total: Double
    let totalSquares: Double
    /// Row sums (out and in) of a and a².
    let outSum: [Double], inSum: [Double], outSquares: [Double], inSquares: [Double]

    init(view: GraphView, weighted: Bool, included: [Bool]? = nil) {
        n = view.nodeCount
        self.included = included ?? [Bool](repeating: true, count: n)
        actorCount = self.included.filter { $0 }.count
        outgoing = view.outgoing
        incoming = view.incoming
        self.weighted = weighted
        var outSum = [Double](repeating: 0, count: n), inSum = outSum, outSquares = outSum, inSquares = outSum
        var total = 0.0, squares = 0.0
        for u in 0 ..< n {
            for e in outgoing.row(u) {
                let a = weighted ? outgoing.weights[e] : 1
                let v = Int(outgoing.neighbours[e])
                outSum[u] += a; inSum[v] += a
                outSquares[u] += a * a; inSquares[v] += a * a
                total += a; squares += a * a
            }
        }
        self.total = total
        totalSquares = squares
        self.outSum = outSum; self.inSum = inSum; self.outSquares = outSquares; self.inSquares = inSquares
        for u in 0 ..< n where !self.included[u] {
            precondition(outSum[u] == 0 && inSum[u] == 0, "an actor left out has ties")
        }
    }

    /// The actors taking part, ascending.
    var members: [Int32] { (0 ..< Int32(n)).filter { included[Int($0)] } }

    @inline(__always) func value(_ rows: CompressedAdjacency, _ e: Int) -> Double { weighted ? rows.weights[e] : 1 }

    /// The best prefix of the actors ranked by degree (strength when weighted).
    func degreeRankedCore(model: CorePeripheryModel) -> [Bool] {
        let order = Ranking.ranked(members) { outSum[Int($0)] + inSum[Int($0)] }
        var state = SplitState(data: self, inCore: [Bool](repeating: false, count: n))
        var bestSize = min(2, actorCount)
        var bestFit: Double? = nil
        for (index, actor) in order.enumerated() {
            state.flip(Int(actor))
            let fit = state.fit(model: model)
            if DiscreteCorePeriphery.better(fit, than: bestFit) { bestFit = fit; bestSize = index + 1 }
        }
        var inCore = [Bool](repeating: false, count: n)
        for actor in order.prefix(bestSize) { inCore[Int(actor)] = true }
        return inCore
    }

    /// A random core of random size between 2 and n − 2 (n actors taking part).
    func randomCore(random: inout SplitMix64) -> [Bool] {
        var inCore = [Bool](repeating: false, count: n)
        guard actorCount >= 4 else { return inCore }
        let size = 2 + random.below(actorCount - 3)
        for actor in members.seededSample(size, seed: random.next()) { inCore[Int(actor)] = true }
        return inCore
    }

    func blocks(_ inCore: [Bool]) -> CorePeripheryBlocks {
        var sums = [0.0, 0.0, 0.0, 0.0]   // cc, cp, pc, pp
        for u in 0 ..< n {
            for e in outgoing.row(u) {
                let v = Int(outgoing.neighbours[e])
                sums[(inCore[u] ? 0 : 2) + (inCore[v] ? 0 : 1)] += value(outgoing, e)
            }
        }
        let c = Double(inCore.filter { $0 }.count), p = Double(actorCount) - c
        func mean(_ sum: Double, _ dyads: Double) -> Double? { dyads > 0 ? sum / dyads : nil }
        return CorePeripheryBlocks(coreToCore: mean(sums[0], c * (c - 1)), coreToPeriphery: mean(sums[1], c * p),
                                   peripheryToCore: mean(sums[2], p * c), peripheryToPeriphery: mean(sums[3], p * (p - 1)))
    }
}

/// A split with its block sums and each actor's ties to and from the core, updated
/// move by move.
struct SplitState {
    let data: DyadData
    var inCore: [Bool]
    var coreSize = 0
    /// Σ a (and a²) over core→core and periphery→periphery ordered pairs.
    var coreSum = 0.0, coreSquares = 0.0, peripherySum = 0.0, peripherySquares = 0.0
    /// Per actor: Σ a (and a²) of its ties to core members (out) and from them (in).
    var outToCore: [Double], inFromCore: [Double], outSquaresToCore: [Double], inSquaresFromCore: [Double]

    init(data: DyadData, inCore initial: [Bool]) {
        self.data = data
        let n = data.n
        inCore = [Bool](repeating: false, count: n)
        outToCore = [Double](repeating: 0, count: n)
        inFromCore = outToCore; outSquaresToCore = outToCore; inSquaresFromCore = outToCore
        peripherySum = data.total
        peripherySquares = data.totalSquares
        for actor in 0 ..< n where initial[actor] { flip(actor) }
    }

    /// Block sums after moving `v` to the other side, without moving it.
    @inline(__always)
    func sumsAfterFlip(_ v: Int) -> (core: Double, coreSq: Double, periphery: Double, peripherySq: Double, size: Int) {
        let oc = outToCore[v], ic = inFromCore[v], ocSq = outSquaresToCore[v], icSq = inSquaresFromCore[v]
        let op = data.outSum[v] - oc, ip = data.inSum[v] - ic
        let opSq = data.outSquares[v] - ocSq, ipSq = data.inSquares[v] - icSq
        if inCore[v] {
            return (coreSum - oc - ic, coreSquares - ocSq - icSq, peripherySum + op + ip, peripherySquares + opSq + ipSq, coreSize - 1)
        }
        return (coreSum + oc + ic, coreSquares + ocSq + icSq, peripherySum - op - ip, peripherySquares - opSq - ipSq, coreSize + 1)
    }

    mutating func flip(_ v: Int) {
        let after = sumsAfterFlip(v)
        coreSum = after.core; coreSquares = after.coreSq; peripherySum = after.periphery; peripherySquares = after.peripherySq
        coreSize = after.size
        inCore[v].toggle()
        let sign: Double = inCore[v] ? 1 : -1
        let out = data.outgoing, inc = data.incoming
        for e in out.row(v) {   // v → u: u's ties from the core change
            let u = Int(out.neighbours[e]), a = data.value(out, e)
            inFromCore[u] += sign * a; inSquaresFromCore[u] += sign * a * a
        }
        for e in inc.row(v) {   // u → v: u's ties to the core change
            let u = Int(inc.neighbours[e]), a = data.value(inc, e)
            outToCore[u] += sign * a; outSquaresToCore[u] += sign * a * a
        }
    }

    func fit(model: CorePeripheryModel) -> Double? {
        Self.correlation(data: data, model: model, core: coreSum, coreSq: coreSquares, periphery: peripherySum,
                         peripherySq: peripherySquares, coreSize: coreSize)
    }

    static func correlation(data: DyadData, model: CorePeripheryModel, core: Double, coreSq: Double,
                            periphery: Double, peripherySq: Double, coreSize: Int) -> Double? {
        let c = Double(coreSize), p = Double(data.actorCount - coreSize)
        let coreDyads = c * (c - 1), peripheryDyads = p * (p - 1)
        let dyads: Double, tiedDyads: Double, sum: Double, squares: Double, tiedSum: Double
        switch model {
        case .ignore:
            dyads = coreDyads + peripheryDyads; tiedDyads = coreDyads
            sum = core + periphery; squares = coreSq + peripherySq; tiedSum = core
        case .connected:
            dyads = Double(data.actorCount) * Double(data.actorCount - 1); tiedDyads = dyads - peripheryDyads
            sum = data.total; squares = data.totalSquares; tiedSum = data.total - periphery
        }
        let dataVariance = dyads * squares - sum * sum
        let idealVariance = dyads * tiedDyads - tiedDyads * tiedDyads
        guard dataVariance > 1e-12 * max(1, dyads * squares), idealVariance > 0 else { return nil }
        return (dyads * tiedSum - tiedDyads * sum) / (dataVariance.squareRoot() * idealVariance.squareRoot())
    }

    /// Relocation sweeps in seeded random order until a sweep moves nobody (at most
    /// `maxSweeps`); returns the sweeps taken and whether the last one moved nobody.
    @discardableResult
    mutating func relocate(model: CorePeripheryModel, maxSweeps: Int = 10_000, random: inout SplitMix64) -> (sweeps: Int, converged: Bool) {
        guard data.actorCount > 1 else { return (0, true) }
        var order = data.members.map(Int.init)
        let n = order.count
        var current = fit(model: model)
        var moved = true
        var sweeps = 0
        while moved && sweeps < maxSweeps {
            moved = false
            sweeps += 1
            for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
            for v in order {
                let after = sumsAfterFlip(v)
                let candidate = Self.correlation(data: data, model: model, core: after.core, coreSq: after.coreSq,
                                                 periphery: after.periphery, peripherySq: after.peripherySq, coreSize: after.size)
                if let candidate, DiscreteCorePeriphery.better(candidate, than: current.map { $0 + 1e-13 }) {
                    flip(v)
                    current = candidate
                    moved = true
                }
            }
        }
        return (sweeps, !moved)
    }
}
