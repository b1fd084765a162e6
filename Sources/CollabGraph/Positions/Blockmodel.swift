/// A blockmodel: the actors grouped into positions, and the ties between positions
/// summarised as block densities and a 0/1 image matrix.
///
///     density(P, Q) = ties from P to Q / cells,  cells = |P||Q| (P ≠ Q), |P|(|P| − 1) (P = Q)
///     image(P, Q)   = 1 if density(P, Q) ≥ α, else 0     (the α-density rule)
///
/// α defaults to the density of the whole view (Wasserman & Faust's "α = density"
/// criterion: a block is a 1-block when it is denser than the network as a whole).
/// Fit is given two ways: the number of off-diagonal cells that disagree with the image
/// (a 0 in a 1-block or a 1 in a 0-block), and R², the squared correlation between the
/// cells a_ij (i ≠ j) and their block's density.
///
/// Reference: H. C. White, S. A. Boorman & R. L. Breiger (1976), "Social structure from
/// multiple networks. I. Blockmodels of roles and positions", *Am. J. Sociol.*
/// 81(4):730–780, doi:10.1086/226141; Wasserman & Faust (1994) §10.2 (density and α),
/// §10.4 (fit). Densities match R `blockmodeling::funByBlocks(B, clu, ignore.diag = TRUE)`;
/// with α = 0.5 the error equals `blockmodeling::critFunC(B, clu, approaches = "bin",
/// blocks = c("nul", "com"))$err` (checked by `Tests/Fixtures/reference_positions.R`).
///
/// - Complexity: O(n + m + k²) for k positions.
/// - Conventions: binary ties (a tie counts 1 whatever its weight); a directed view counts
///   arcs P → Q; an undirected view counts each tie in both directions (symmetric
///   densities). A one-actor position has no cells of its own: its diagonal density is
///   nil and its image 0.
public struct Blockmodel: Sendable, Equatable {
    /// The position (0-based) of each actor.
    public let positions: [Int32]
    /// The number of actors in each position.
    public let sizes: [Int]
    /// Ties (arcs, or each undirected tie both ways) from position P to Q.
    public let ties: [[Int]]
    /// Block densities (nil for a block with no cells).
    public let density: [[Double?]]
    /// The cut-off of the image.
    public let alpha: Double
    /// The image matrix: density ≥ α.
    public let image: [[Bool]]
    /// Off-diagonal cells that disagree with the image.
    public let errors: Int
    /// Squared correlation of the cells with their block densities (nil when either is
    /// constant).
    public let rSquared: Double?

    public var positionCount: Int { sizes.count }

    /// The blockmodel of `view` for `positions` (0 ..< k, every position non-empty or not);
    /// `alpha` nil uses the density of the view.
    public init(_ view: GraphView, positions: [Int32], alpha: Double? = nil) {
        precondition(positions.count == view.nodeCount)
        let k = (positions.max().map { Int($0) + 1 }) ?? 0
        var sizes = [Int](repeating: 0, count: k)
        for p in positions { sizes[Int(p)] += 1 }
        var ties = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        let rows = view.outgoing
        for u in 0 ..< view.nodeCount {
            let p = Int(positions[u])
            for e in rows.row(u) { ties[p][Int(positions[Int(rows.neighbours[e])])] += 1 }
        }
        var density = [[Double?]](repeating: [Double?](repeating: nil, count: k), count: k)
        var cells = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        for p in 0 ..< k {
            for q in 0 ..< k {
                cells[p][q] = p == q ? sizes[p] * (sizes[p] - 1) : sizes[p] * sizes[q]
                if cells[p][q] > 0 { density[p][q] = Double(ties[p][q]) / Double(cells[p][q]) }
            }
        }
        let n = view.nodeCount
        let alpha = alpha ?? (n > 1 ? Double(view.outgoing.entryCount) / Double(n * (n - 1)) : 0)
        var image = [[Bool]](repeating: [Bool](repeating: false, count: k), count: k)
        var errors = 0
        // R² over the N = n(n − 1) cells: x = a_ij, y = density of its block.
        var sx = 0.0, sy = 0.0, syy = 0.0, sxy = 0.0
        for p in 0 ..< k {
            for q in 0 ..< k {
                guard let d = density[p][q] else { continue }
                image[p][q] = d >= alpha
                errors += image[p][q] ? cells[p][q] - ties[p][q] : ties[p][q]
                let c = Double(cells[p][q]), t = Double(ties[p][q])
                sx += t; sy += c * d; syy += c * d * d; sxy += t * d
            }
        }
        let total = Double(n * (n - 1))
        var rSquared: Double? = nil
        if total > 0 {
            let vx = sx - sx * sx / total            // Σx² = Σx for 0/1 cells
            let vy = syy - sy * sy / total
            let cov = sxy - sx * sy / total
            if vx > 0 && vy > 1e-15 * max(1, syy) { rSquared = cov * cov / (vx * vy) }
        }
        self.positions = positions
        self.sizes = sizes
        self.ties = ties
        self.density = density
        self.alpha = alpha
        self.image = image
        self.errors = errors
        self.rSquared = rSquared
    }
}
