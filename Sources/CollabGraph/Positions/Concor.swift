/// CONCOR (CONvergence of iterated CORrelations): positions found by repeatedly
/// correlating the columns of a correlation matrix until every entry is ±1, which splits
/// the actors into two blocks; each block is split again, to the depth asked.
///
///     C⁽⁰⁾ = cor(profiles),  C⁽ᵗ⁺¹⁾ = cor(columns of C⁽ᵗ⁾)  until min |c| > cutoff
///
/// The profile of actor j is column j of the stacked matrix [A; Aᵀ] (ties received, then
/// ties sent) with the diagonal cells missing; correlations use the pairwise-complete
/// cells among the actors with ties (so C⁽⁰⁾ is `sna::sedist(A, "correlation")` of the
/// graph without its isolates, except that an undefined correlation stays undefined
/// instead of 0). A block splits by the signs of the converged
/// correlations into two sub-blocks, ordered as `concorR` orders them (see
/// ``Concor/split(_:_:)``). Actors with no ties at all form a position of their own, last.
///
/// Reference: R. L. Breiger, S. A. Boorman & P. Arabie (1975), "An algorithm for
/// clustering relational data with applications to social network analysis and comparison
/// with multidimensional scaling", *J. Math. Psychol.* 12(3):328–383,
/// doi:10.1016/0022-2496(75)90028-0; Wasserman & Faust (1994) §9.4.2. Conventions as the
/// R package `concorR` (Traxler et al.; stacked [A; Aᵀ], diagonal missing, cutoff
/// 0.9999999, at most 50 + 1 iterations, isolates apart); the partitions equal `concorR`'s.
///
/// - Complexity: O(n²) for C⁽⁰⁾ (``GraphView/structuralEquivalence(_:weighted:)``'s sparse
///   products) and O(b³) per iteration for a block of b actors; O(n²) memory.
/// - Conventions: binary ties unless `weighted`; an undirected view's [A; Aᵀ] repeats A.
public struct ConcorOptions: Sendable, Hashable {
    /// Levels of splitting: up to 2^splits positions (plus the isolates').
    public var splits: Int
    /// Convergence: every defined |c| above this.
    public var cutoff: Double
    /// Iterations after the first correlation (concorR's `max_iter`).
    public var maxIterations: Int
    public var weighted: Bool

    public init(splits: Int = 2, cutoff: Double = 0.9999999, maxIterations: Int = 50, weighted: Bool = false) {
        self.splits = splits
        self.cutoff = cutoff
        self.maxIterations = maxIterations
        self.weighted = weighted
    }
}

/// The positions CONCOR found.
public struct ConcorResult: Sendable, Equatable {
    /// The position (0-based) of each actor.
    public let positions: [Int32]
    /// The number of positions (isolates' included).
    public let positionCount: Int
    /// Whether every split converged within the iteration limit.
    public let converged: Bool
    /// The positions after each level of splitting (`levels.last` is ``positions``).
    public let levels: [[Int32]]
}

extension GraphView {
    /// CONCOR positions (see ``ConcorOptions``).
    public func concor(_ options: ConcorOptions = ConcorOptions()) -> ConcorResult {
        let n = nodeCount
        let matrix = TieMatrix(self, weighted: options.weighted)
        var isolates: [Int] = [], tied: [Int] = []
        for u in 0 ..< n {
            if outgoing.degree(u) + incoming.degree(u) == 0 { isolates.append(u) } else { tied.append(u) }
        }
        let initial = Concor.initialCorrelations(matrix, actors: tied)
        var blocks: [[Int]] = tied.isEmpty ? [] : [Array(0 ..< tied.count)]
        var converged = true
        func positions(_ blocks: [[Int]]) -> [Int32] {
            var positions = [Int32](repeating: 0, count: n)
            for (number, block) in blocks.enumerated() { for member in block { positions[tied[member]] = Int32(number) } }
            for u in isolates { positions[u] = Int32(blocks.count) }
            return positions
        }
        var levels: [[Int32]] = []
        for _ in 0 ..< max(0, options.splits) {
            var next: [[Int]] = []
            for block in blocks {
                guard block.count > 1 else { next.append(block); continue }
                let (order, side, done) = Concor.split(initial.submatrix(block), options)
                converged = converged && done
                var first: [Int] = [], second: [Int] = []
                for (index, inFirst) in zip(order, side) {
                    if inFirst { first.append(block[index]) } else { second.append(block[index]) }
                }
                if !first.isEmpty { next.append(first) }
                if !second.isEmpty { next.append(second) }
            }
            blocks = next
            levels.append(positions(blocks))
        }
        return ConcorResult(positions: positions(blocks), positionCount: blocks.count + (isolates.isEmpty ? 0 : 1),
                            converged: converged, levels: levels)
    }
}

enum Concor {
    /// C⁽⁰⁾ among `actors`: the pairwise-complete correlation of their [A; Aᵀ] columns
    /// (NaN where a profile is constant on the compared cells).
    static func initialCorrelations(_ m: TieMatrix, actors: [Int]) -> SquareMatrix {
        let n = m.n, b = actors.count
        var position = [Int](repeating: -1, count: n)
        for (index, actor) in actors.enumerated() { position[actor] = index }
        let rows = Parallel.mapChunks(count: b, minimumChunk: 32) { range -> [Double] in
            var out = [Double](repeating: 0, count: range.count * b)
            var dot = [Double](repeating: 0, count: n)
            var touched: [Int32] = []
            for p in range {
                let i = actors[p]
                m.addProducts(of: i, into: &dot, touched: &touched)
                for q in 0 ..< b {
                    let j = actors[q]
                    out[(p - range.lowerBound) * b + q] = i == j ? 1 : pairwise(m, i, j, dot[j], order: b)
                }
                for j in touched { dot[Int(j)] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            return out
        }
        return SquareMatrix(order: b, values: Array(rows.joined()))
    }

    /// As ``StructuralEquivalence/correlation`` but NaN (R's NA) for a constant profile,
    /// over the `order` actors kept (concorR drops the isolates' rows and columns before
    /// correlating, so their zeros do not count).
    static func pairwise(_ m: TieMatrix, _ i: Int, _ j: Int, _ s: Double, order: Int) -> Double {
        let length = Double(2 * (order - 2))
        guard length > 1 else { return .nan }
        let aij = m.value(i, j), aji = m.value(j, i)
        let sx = m.rowSum[i] - aij + m.columnSum[i] - aji
        let sy = m.rowSum[j] - aji + m.columnSum[j] - aij
        let sxx = m.rowSquares[i] - aij * aij + m.columnSquares[i] - aji * aji
        let syy = m.rowSquares[j] - aji * aji + m.columnSquares[j] - aij * aij
        let vx = length * sxx - sx * sx, vy = length * syy - sy * sy
        guard vx > 0, vy > 0 else { return .nan }
        return (length * s - sx * sy) / (vx * vy).squareRoot()
    }

    /// Iterates column correlations of `c` until every defined |c| > cutoff (or the
    /// limit), then splits the block as `concorR` does: members ordered by their converged
    /// correlation with the block's first member (ascending, stable; undefined last); the
    /// first sub-block is the side of the member first in that order (correlation with it
    /// > 0), the second the rest. Returns that order (indices into the block) and, in it,
    /// whether each member falls in the first sub-block.
    static func split(_ start: SquareMatrix, _ options: ConcorOptions) -> (order: [Int], first: [Bool], converged: Bool) {
        var c = start
        var iteration = 0
        func unconverged(_ c: SquareMatrix) -> Bool { c.values.contains { !$0.isNaN && abs($0) <= options.cutoff } }
        while unconverged(c) && iteration <= options.maxIterations {
            c = columnCorrelations(c)
            iteration += 1
        }
        // R's order(): ascending, NA last, ties in block order.
        // concorR's concor1 rounds the converged matrix to ±1 (0 and NA kept) first.
        for index in c.values.indices where !c.values[index].isNaN && c.values[index] != 0 {
            c[index / c.order, index % c.order] = c.values[index] > 0 ? 1 : -1
        }
        let order = (0 ..< c.order).sorted { a, b in
            let x = c[a, 0], y = c[b, 0]
            if x.isNaN != y.isNaN { return y.isNaN }
            if x.isNaN || x == y { return a < b }
            return x < y
        }
        // An undefined correlation (a profile constant on the compared cells, e.g. two
        // actors tied to exactly the same others) never splits: such a member stays on the
        // pivot's side (concorR would produce NA blocks there).
        let pivot = order[0]
        return (order, order.map { c[$0, pivot] > 0 || c[$0, pivot].isNaN }, !unconverged(c))
    }

    /// Pearson correlations between the columns of `c`, each pair over the rows where both
    /// are defined (R's `cor(c, use = "pairwise.complete.obs")`); NaN when fewer than two
    /// rows remain or a column is constant on them. Without undefined cells the columns
    /// are centred and scaled once (two-pass, as R) and each pair is one dot product.
    static func columnCorrelations(_ c: SquareMatrix) -> SquareMatrix {
        let b = c.order
        var columns = [Double](repeating: 0, count: b * b)
        var complete = true
        for i in 0 ..< b { for j in 0 ..< b { let v = c[i, j]; columns[j * b + i] = v; if v.isNaN { complete = false } } }
        if complete {
            // z_p = (x_p − mean) / ‖x_p − mean‖; a constant column stays NaN.
            var constant = [Bool](repeating: false, count: b)
            for p in 0 ..< b {
                var mean = 0.0
                for r in 0 ..< b { mean += columns[p * b + r] }
                mean /= Double(b)
                var norm = 0.0
                for r in 0 ..< b { let d = columns[p * b + r] - mean; columns[p * b + r] = d; norm += d * d }
                if norm > 0 { let scale = 1 / norm.squareRoot(); for r in 0 ..< b { columns[p * b + r] *= scale } }
                else { constant[p] = true }
            }
            let z = columns, flat = constant
            let rows = Parallel.mapChunks(count: b, minimumChunk: 16) { range -> [Double] in
                var out = [Double](repeating: 0, count: range.count * b)
                z.withUnsafeBufferPointer { z in
                    for p in range {
                        for q in 0 ..< b {
                            if flat[p] || flat[q] { out[(p - range.lowerBound) * b + q] = .nan; continue }
                            var dot = 0.0
                            for r in 0 ..< b { dot += z[p * b + r] * z[q * b + r] }
                            out[(p - range.lowerBound) * b + q] = Swift.max(-1, Swift.min(1, dot))
                        }
                    }
                }
                return out
            }
            return SquareMatrix(order: b, values: Array(rows.joined()))
        }
        let source = columns
        let rows = Parallel.mapChunks(count: b, minimumChunk: 16) { range -> [Double] in
            var out = [Double](repeating: 0, count: range.count * b)
            for p in range {
                for q in 0 ..< b { out[(p - range.lowerBound) * b + q] = pairwiseCorrelation(source, b, p, q) }
            }
            return out
        }
        return SquareMatrix(order: b, values: Array(rows.joined()))
    }

    static func pairwiseCorrelation(_ columns: [Double], _ b: Int, _ p: Int, _ q: Int) -> Double {
        var count = 0.0, sx = 0.0, sy = 0.0
        let x = p * b, y = q * b
        for r in 0 ..< b {
            let u = columns[x + r], v = columns[y + r]
            if u.isNaN || v.isNaN { continue }
            sx += u; sy += v; count += 1
        }
        guard count > 1 else { return .nan }
        let mx = sx / count, my = sy / count
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for r in 0 ..< b {
            let u = columns[x + r], v = columns[y + r]
            if u.isNaN || v.isNaN { continue }
            let du = u - mx, dv = v - my
            sxy += du * dv; sxx += du * du; syy += dv * dv
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }
}
