/// Two-mode core/periphery: actors and networks each split into a core and a periphery so
/// that core actors belong to core networks and peripheral actors stay out of peripheral
/// networks, as far as the data allow.
///
/// With a_ij the membership of actor i in network j (1/0, or its weight when weighted), a
/// row split R (core actors) and a column split C (core networks), the ideal pattern is
/// δ_ij = 1 on R × C and δ_ij = 0 on R̄ × C̄; the two mixed blocks are ignored. The fit is
/// Pearson's correlation between a and δ over the cells of those two blocks:
///
///     ρ = (N S₁ − N₁ S) / √((N N₁ − N₁²)(N Q − S²))
///
/// with N₁ = |R||C|, N = N₁ + |R̄||C̄|, S₁ the sum of a over R × C, S the sum over both
/// blocks and Q the sum of squares. As in UCINET each core and each periphery keeps at
/// least 3 nodes of its mode (1 when the mode has fewer than 6).
///
/// Search (the fit is maximised; no exact algorithm is practical beyond small graphs):
/// sweeps over the nodes in index order, each actor or network moved between core and
/// periphery at once when that raises the fit; when a sweep moves nobody, the best exchange
/// of a core and a peripheral node of one mode (on modes of up to 250,000 such pairs), then
/// sweeps again. Each move is scored in O(1) from row and column sums kept up to date
/// (O(d) per applied move). From several starts, keeping the best: UCINET's start (the top
/// third of each mode by degree), the best pair of degree-ranked prefixes (the top r
/// actors with the top c networks, every r and c), and `randomStarts` seeded random splits
/// (``SplitMix64``); then as many times again, the best split so far with a tenth of its
/// nodes flipped at random (iterated local search).
///
/// Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social
/// Networks 19(3), 243–269, 1997, doi:10.1016/S0378-8733(96)00301-2, and "Models of
/// core/periphery structures", Social Networks 21(4), 375–395, 1999,
/// doi:10.1016/S0378-8733(99)00019-2; the model of UCINET's 2-Mode Categorical
/// Core/Periphery (which searches with a genetic algorithm instead). On Davis's Southern
/// Women the search reaches the optimum found by exhaustive search
/// (`Tests/Fixtures/reference_two_mode.py`).
///
/// - Complexity: O(N_a N_n) for the prefix start, then O(N) per sweep plus O(d) per move;
///   O(N + m_e) memory.
public struct TwoModeCorePeriphery: Sendable, Equatable {
    /// Whether each actor node is in the core.
    public var actorCore: [Bool]
    /// Whether each network node is in the core (indexed from 0 within the network mode).
    public var networkCore: [Bool]
    /// The correlation ρ (nil when no admissible split has a defined correlation).
    public var fit: Double?
    /// Mean of a over the four blocks: core actors × core networks, core × peripheral,
    /// peripheral × core, peripheral × peripheral (nil for an empty block).
    public var densities: [Double?]

    /// Search settings.
    public struct Options: Sendable, Hashable {
        /// Use the membership weights as the data (otherwise 1/0).
        public var weighted: Bool
        /// Seeded random starts besides the two degree-based ones (nil: as UCINET's
        /// one-mode search, 20 below 50 nodes, 10 below 150, else 3).
        public var randomStarts: Int?
        public var seed: UInt64

        public init(weighted: Bool = false, randomStarts: Int? = nil, seed: UInt64 = 1) {
            self.weighted = weighted
            self.randomStarts = randomStarts
            self.seed = seed
        }
    }

    public init(_ graph: TwoModeGraph, options: Options = Options()) {
        let search = Search(graph, weighted: options.weighted)
        var best: (fit: Double, rows: [Bool], cols: [Bool])?
        func consider(_ rows: [Bool], _ cols: [Bool]) {
            guard let (fit, r, c) = search.climb(rows: rows, cols: cols) else { return }
            if best == nil || fit > best!.fit { best = (fit, r, c) }
        }
        if search.feasible {
            for start in search.degreeStarts() { consider(start.rows, start.cols) }
            var generator = SplitMix64(seed: options.seed)
            let N = graph.nodeCount
            let starts = options.randomStarts ?? (N < 50 ? 20 : N < 150 ? 10 : 3)
            for _ in 0 ..< max(0, starts) {
                let rows = (0 ..< search.nr).map { _ in generator.next() % 1000 < 384 }
                let cols = (0 ..< search.nc).map { _ in generator.next() % 1000 < 384 }
                consider(rows, cols)
            }
            // Iterated local search: kick the best split (flip a few nodes at random) and
            // climb again, as many times as there were starts.
            let kick = max(2, N / 10)
            for _ in 0 ..< max(0, starts) {
                guard let current = best else { break }
                var rows = current.rows, cols = current.cols
                for _ in 0 ..< kick {
                    let x = generator.below(N)
                    if x < search.nr { rows[x].toggle() } else { cols[x - search.nr].toggle() }
                }
                consider(rows, cols)
            }
        }
        let rows = best?.rows ?? [Bool](repeating: false, count: graph.actorCount)
        let cols = best?.cols ?? [Bool](repeating: false, count: graph.networkCount)
        actorCore = rows
        networkCore = cols
        fit = best == nil ? nil : TwoModeCorePeriphery.fit(graph, actorCore: rows, networkCore: cols, weighted: options.weighted)
        densities = TwoModeCorePeriphery.densities(graph, actorCore: rows, networkCore: cols, weighted: options.weighted)
    }

    /// ρ of a given split, computed from the cells (nil when undefined: an empty block
    /// pair or constant data).
    public static func fit(_ graph: TwoModeGraph, actorCore: [Bool], networkCore: [Bool], weighted: Bool = false) -> Double? {
        let r = actorCore.filter { $0 }.count, c = networkCore.filter { $0 }.count
        let n1 = Double(r * c), n0 = Double((graph.actorCount - r) * (graph.networkCount - c))
        var s1 = 0.0, s0 = 0.0, q = 0.0
        let adjacency = graph.adjacency
        for i in 0 ..< graph.actorCount {
            for e in adjacency.row(i) {
                let j = Int(adjacency.neighbours[e]) - graph.actorCount
                let a = weighted ? adjacency.weights[e] : 1
                if actorCore[i] && networkCore[j] { s1 += a; q += a * a }
                if !actorCore[i] && !networkCore[j] { s0 += a; q += a * a }
            }
        }
        return correlation(n1: n1, n: n1 + n0, s1: s1, s: s1 + s0, q: q)
    }

    static func correlation(n1: Double, n: Double, s1: Double, s: Double, q: Double) -> Double? {
        let vx = n * n1 - n1 * n1, vy = n * q - s * s
        guard vx > 0, vy > 0 else { return nil }
        return (n * s1 - n1 * s) / (vx * vy).squareRoot()
    }

    /// Block means: core × core, core × periphery, periphery × core, periphery × periphery.
    static func densities(_ graph: TwoModeGraph, actorCore: [Bool], networkCore: [Bool], weighted: Bool) -> [Double?] {
        var sums = [Double](repeating: 0, count: 4)
        let adjacency = graph.adjacency
        for i in 0 ..< graph.actorCount {
            for e in adjacency.row(i) {
                let j = Int(adjacency.neighbours[e]) - graph.actorCount
                sums[(actorCore[i] ? 0 : 2) + (networkCore[j] ? 0 : 1)] += weighted ? adjacency.weights[e] : 1
            }
        }
        let r = actorCore.filter { $0 }.count, c = networkCore.filter { $0 }.count
        let rows = [r, r, graph.actorCount - r, graph.actorCount - r]
        let cols = [c, graph.networkCount - c, c, graph.networkCount - c]
        return (0 ..< 4).map { k in rows[k] * cols[k] == 0 ? nil : sums[k] / Double(rows[k] * cols[k]) }
    }
}

extension TwoModeCorePeriphery {
    /// The hill climber's state: the splits and the sums that score a move in O(1).
    struct Search {
        let graph: TwoModeGraph
        let weighted: Bool
        let nr: Int, nc: Int
        let minRows: Int, minCols: Int
        /// Row and column totals of a and a².
        let rowTotal: [Double], rowSquares: [Double], colTotal: [Double], colSquares: [Double]

        init(_ graph: TwoModeGraph, weighted: Bool) {
            self.graph = graph
            self.weighted = weighted
            nr = graph.actorCount
            nc = graph.networkCount
            minRows = nr >= 6 ? 3 : 1
            minCols = nc >= 6 ? 3 : 1
            let adjacency = graph.adjacency
            func totals(_ nodes: Range<Int>, squared: Bool) -> [Double] {
                nodes.map { v in
                    adjacency.row(v).reduce(0.0) { sum, e in
                        let a = weighted ? adjacency.weights[e] : 1
                        return sum + (squared ? a * a : a)
                    }
                }
            }
            rowTotal = totals(graph.nodes(.actor), squared: false)
            rowSquares = totals(graph.nodes(.actor), squared: true)
            colTotal = totals(graph.nodes(.network), squared: false)
            colSquares = totals(graph.nodes(.network), squared: true)
        }

        /// Whether any admissible split exists.
        var feasible: Bool { nr >= 2 * minRows && nc >= 2 * minCols }

        func admissible(rows r: Int, cols c: Int) -> Bool {
            r >= minRows && r <= nr - minRows && c >= minCols && c <= nc - minCols
        }

        /// UCINET's start (top ⌊n/3⌋ of each mode by degree, at least the minimum) and the
        /// best pair of degree-ranked prefixes.
        func degreeStarts() -> [(rows: [Bool], cols: [Bool])] {
            let rowOrder = (0 ..< nr).sorted { rowTotal[$0] != rowTotal[$1] ? rowTotal[$0] > rowTotal[$1] : $0 < $1 }
            let colOrder = (0 ..< nc).sorted { colTotal[$0] != colTotal[$1] ? colTotal[$0] > colTotal[$1] : $0 < $1 }
            func split(_ order: [Int], _ k: Int, _ count: Int) -> [Bool] {
                var flags = [Bool](repeating: false, count: count)
                for x in order.prefix(k) { flags[x] = true }
                return flags
            }
            var starts = [(split(rowOrder, max(minRows, nr / 3), nr), split(colOrder, max(minCols, nc / 3), nc))]
            // Prefix pairs: top r rows × top c columns. S1(r, c) from the running column
            // counts of the top rows; S0 = total − rows(r) − cols(c) + S1 (a, a² alike).
            let adjacency = graph.adjacency
            var colRank = [Int](repeating: 0, count: nc)
            for (k, j) in colOrder.enumerated() { colRank[j] = k }
            var inTop = [Double](repeating: 0, count: nc), inTopSquares = inTop    // by column rank
            let total = rowTotal.reduce(0, +), totalSquares = rowSquares.reduce(0, +)
            var topRows = 0.0, topRowSquares = 0.0
            var best: (fit: Double, r: Int, c: Int)?
            for r in 1 ... max(1, nr - minRows) where r <= nr {
                let i = rowOrder[r - 1]
                for e in adjacency.row(i) {
                    let k = colRank[Int(adjacency.neighbours[e]) - nr]
                    let a = weighted ? adjacency.weights[e] : 1
                    inTop[k] += a
                    inTopSquares[k] += a * a
                }
                topRows += rowTotal[i]
                topRowSquares += rowSquares[i]
                guard r >= minRows else { continue }
                var s1 = 0.0, q1 = 0.0, topCols = 0.0, topColSquares = 0.0
                for c in 1 ... nc {
                    let j = colOrder[c - 1]
                    s1 += inTop[c - 1]; q1 += inTopSquares[c - 1]
                    topCols += colTotal[j]; topColSquares += colSquares[j]
                    guard admissible(rows: r, cols: c) else { continue }
                    let s0 = total - topRows - topCols + s1
                    let q0 = totalSquares - topRowSquares - topColSquares + q1
                    let n1 = Double(r * c), n0 = Double((nr - r) * (nc - c))
                    if let fit = TwoModeCorePeriphery.correlation(n1: n1, n: n1 + n0, s1: s1, s: s1 + s0, q: q1 + q0),
                       best == nil || fit > best!.fit {
                        best = (fit, r, c)
                    }
                }
            }
            if let best { starts.append((split(rowOrder, best.r, nr), split(colOrder, best.c, nc))) }
            return starts
        }

        /// Local search from a split (first made admissible by moving the highest-degree
        /// outsiders in, or the lowest-degree insiders out): sweeps over the actors, then
        /// the networks, in index order, each node moved between core and periphery at once
        /// when that raises the fit; when a sweep moves nobody, the best exchange of a core
        /// and a peripheral node of one mode (on modes of up to 250,000 such pairs), then
        /// sweeps again. Nil when no admissible split near it has a defined fit.
        func climb(rows startRows: [Bool], cols startCols: [Bool]) -> (Double, [Bool], [Bool])? {
            var R = Search.resized(startRows, minimum: minRows, totals: rowTotal)
            var C = Search.resized(startCols, minimum: minCols, totals: colTotal)
            let adjacency = graph.adjacency
            let offsets = adjacency.offsets, neighbours = adjacency.neighbours, weights = adjacency.weights
            // rowCore[i] = Σ_{j ∈ C} a_ij (and of squares); colCore[j] = Σ_{i ∈ R} a_ij.
            var rowCore = [Double](repeating: 0, count: nr), rowCoreSquares = rowCore
            var colCore = [Double](repeating: 0, count: nc), colCoreSquares = colCore
            var r = R.filter { $0 }.count, c = C.filter { $0 }.count
            var s1 = 0.0, q1 = 0.0, s0 = 0.0, q0 = 0.0
            for i in 0 ..< nr {
                for e in offsets[i] ..< offsets[i + 1] {
                    let j = Int(neighbours[e]) - nr
                    let a = weighted ? weights[e] : 1
                    if C[j] { rowCore[i] += a; rowCoreSquares[i] += a * a }
                    if R[i] { colCore[j] += a; colCoreSquares[j] += a * a }
                    if R[i] && C[j] { s1 += a; q1 += a * a }
                    if !R[i] && !C[j] { s0 += a; q0 += a * a }
                }
            }
            func score(r: Int, c: Int, s1: Double, q1: Double, s0: Double, q0: Double) -> Double? {
                let n1 = Double(r * c), n0 = Double((nr - r) * (nc - c))
                return TwoModeCorePeriphery.correlation(n1: n1, n: n1 + n0, s1: s1, s: s1 + s0, q: q1 + q0)
            }
            // The block sums after moving node x (actor x < nr, else network x − nr): into
            // the core it brings its core-side cells to the core block and takes its
            // other cells out of the periphery block; out of the core, the reverse.
            func moved(_ x: Int) -> (r: Int, c: Int, s1: Double, q1: Double, s0: Double, q0: Double) {
                if x < nr {
                    let sign = R[x] ? -1.0 : 1.0
                    return (r + (R[x] ? -1 : 1), c, s1 + sign * rowCore[x], q1 + sign * rowCoreSquares[x],
                            s0 - sign * (rowTotal[x] - rowCore[x]), q0 - sign * (rowSquares[x] - rowCoreSquares[x]))
                }
                let j = x - nr
                let sign = C[j] ? -1.0 : 1.0
                return (r, c + (C[j] ? -1 : 1), s1 + sign * colCore[j], q1 + sign * colCoreSquares[j],
                        s0 - sign * (colTotal[j] - colCore[j]), q0 - sign * (colSquares[j] - colCoreSquares[j]))
            }
            // Moves node x, keeping the other mode's core sums up to date (O(d)).
            func toggle(_ x: Int) {
                let state = moved(x)
                (r, c, s1, q1, s0, q0) = state
                if x < nr {
                    R[x].toggle()
                    let sign = R[x] ? 1.0 : -1.0
                    for e in offsets[x] ..< offsets[x + 1] {
                        let j = Int(neighbours[e]) - nr
                        let a = weighted ? weights[e] : 1
                        colCore[j] += sign * a; colCoreSquares[j] += sign * a * a
                    }
                } else {
                    let j = x - nr
                    C[j].toggle()
                    let sign = C[j] ? 1.0 : -1.0
                    for e in offsets[x] ..< offsets[x + 1] {
                        let i = Int(neighbours[e])
                        let a = weighted ? weights[e] : 1
                        rowCore[i] += sign * a; rowCoreSquares[i] += sign * a * a
                    }
                }
            }
            var current = score(r: r, c: c, s1: s1, q1: q1, s0: s0, q0: q0) ?? -.infinity
            let limit = 10 * (nr + nc) + 10
            for _ in 0 ..< limit {
                var movedAny = false
                for x in 0 ..< (nr + nc) {
                    let next = moved(x)
                    guard admissible(rows: next.r, cols: next.c),
                          let fit = score(r: next.r, c: next.c, s1: next.s1, q1: next.q1, s0: next.s0, q0: next.q0),
                          fit > current else { continue }
                    toggle(x)
                    current = fit
                    movedAny = true
                }
                if movedAny { continue }
                // No single move helps (or none is allowed at the size bounds): the best
                // exchange of a core and a peripheral node of one mode. Two moves within one
                // mode do not change each other's sums, so the pair's sums add up.
                var best: (fit: Double, x: Int, y: Int)?
                for (flags, offset) in [(R, 0), (C, nr)] {
                    let inside = flags.indices.filter { flags[$0] }, outside = flags.indices.filter { !flags[$0] }
                    guard inside.count * outside.count <= 250_000 else { continue }
                    for x in inside {
                        let out = moved(offset + x)
                        for y in outside {
                            let into = moved(offset + y)
                            let t1 = out.s1 + into.s1 - s1, u1 = out.q1 + into.q1 - q1
                            let t0 = out.s0 + into.s0 - s0, u0 = out.q0 + into.q0 - q0
                            if let fit = score(r: r, c: c, s1: t1, q1: u1, s0: t0, q0: u0),
                               fit > (best?.fit ?? current) {
                                best = (fit, offset + x, offset + y)
                            }
                        }
                    }
                }
                guard let best else { break }
                toggle(best.x)
                toggle(best.y)
                current = best.fit
            }
            guard current > -.infinity else { return nil }
            return (current, R, C)
        }

        /// `flags` with at least `minimum` in and out: the highest-total outsiders moved in,
        /// or the lowest-total insiders moved out.
        static func resized(_ flags: [Bool], minimum: Int, totals: [Double]) -> [Bool] {
            var flags = flags
            let order = flags.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
            var inside = flags.filter { $0 }.count
            for x in order where inside < minimum && !flags[x] { flags[x] = true; inside += 1 }
            for x in order.reversed() where flags.count - inside < minimum && flags[x] { flags[x] = false; inside -= 1 }
            return flags
        }
    }
}
