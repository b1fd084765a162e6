import Foundation

/// Bridges, local bridges and cut points (articulation points): the ties and actors whose
/// loss would split the network, read on the undirected partner rows of a view.
///
/// - A **bridge** is a tie whose removal disconnects its two ends (Tarjan's lowpoint
///   test: a DFS tree tie p–c with low(c) > disc(p)).
/// - A **local bridge** is a tie whose ends share no partner; its **span** is the
///   length (in ties) of the shortest path between its ends once the tie is removed
///   (nil when there is none: the tie is then also a bridge). Granovetter (1973).
/// - A **cut point** is an actor whose removal splits its component (a non-root DFS
///   actor p with a child c with low(c) ≥ disc(p), or a root with two or more children).
///   For each one: how many pieces its component falls into, the size of the largest,
///   and `cutOff` = |component| − 1 − |largest piece|, the actors that lose their
///   connection to the biggest remaining part of their component.
///
/// References: R. E. Tarjan, "Depth-first search and linear graph algorithms", *SIAM J.
/// Computing* 1(2):146–160 (1972), doi:10.1137/0201010; M. S. Granovetter, "The strength
/// of weak ties", *American Journal of Sociology* 78(6):1360–1380 (1973),
/// doi:10.1086/225469. Matches NetworkX 3.6.1 `bridges`, `local_bridges(G,
/// with_span=True)` (unweighted span) and `articulation_points` on the undirected
/// simple graph.
///
/// Conventions: directed views are read as undirected (partner rows); weights play no
/// part. Ties are listed with their ends in index order (first < second), sorted.
///
/// - Complexity: bridges and cut points: one iterative DFS, O(n + m) time and space (no
///   recursion, so long chains cannot overflow the stack). Local bridges: one merge per
///   tie, O(Σ_u d_u²) in the worst case, plus a bidirectional BFS per local bridge for
///   its span (parallel over local bridges; buffers reset only where touched).
public enum Bridges {
    /// Bridges and cut points of `view` (its undirected reading).
    public static func structure(of view: GraphView) -> NetworkCuts {
        let adjacency = view.partners
        let n = adjacency.nodeCount
        let neighbours = adjacency.neighbours
        var disc = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var subtree = [Int32](repeating: 1, count: n)
        // Per actor: total size of the child subtrees it separates, their count, the largest.
        var separatedTotal = [Int32](repeating: 0, count: n)
        var separatedPieces = [Int32](repeating: 0, count: n)
        var separatedLargest = [Int32](repeating: 0, count: n)
        var componentSize = [Int32](repeating: 0, count: n)
        var next = [Int](repeating: 0, count: n)     // next row position to scan, per actor
        var bridges: [TiePair] = []
        var stack: [Int32] = []
        var clock: Int32 = 0
        for root in 0 ..< n where disc[root] < 0 {
            var order: [Int32] = []                  // actors of this component in DFS order
            disc[root] = clock; low[root] = clock; clock += 1
            next[root] = adjacency.offsets[root]
            stack.append(Int32(root))
            order.append(Int32(root))
            while let top = stack.last {
                let u = Int(top)
                if next[u] < adjacency.offsets[u + 1] {
                    let v = Int(neighbours[next[u]])
                    next[u] += 1
                    if disc[v] < 0 {
                        parent[v] = Int32(u)
                        disc[v] = clock; low[v] = clock; clock += 1
                        next[v] = adjacency.offsets[v]
                        stack.append(Int32(v))
                        order.append(Int32(v))
                    } else if v != Int(parent[u]) {
                        low[u] = min(low[u], disc[v])
                    }
                } else {
                    stack.removeLast()
                    let p = Int(parent[u])
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[u])
                    subtree[p] += subtree[u]
                    if low[u] > disc[p] { bridges.append(TiePair(u, p)) }
                    if low[u] >= disc[p] {
                        separatedTotal[p] += subtree[u]
                        separatedPieces[p] += 1
                        separatedLargest[p] = max(separatedLargest[p], subtree[u])
                    }
                }
            }
            let size = Int32(order.count)
            for u in order { componentSize[Int(u)] = size }
        }
        var cutPoints: [CutPoint] = []
        for u in 0 ..< n where separatedPieces[u] > 0 {
            let size = Int(componentSize[u])
            let rest = size - 1 - Int(separatedTotal[u])   // the part still holding u's parent
            let pieces = Int(separatedPieces[u]) + (rest > 0 ? 1 : 0)
            guard pieces >= 2 else { continue }            // a root with one child is no cut point
            let largest = max(Int(separatedLargest[u]), rest)
            cutPoints.append(CutPoint(actor: u, componentSize: size, pieces: pieces, largestPiece: largest,
                                      cutOff: size - 1 - largest))
        }
        bridges.sort()
        return NetworkCuts(bridges: bridges, cutPoints: cutPoints)
    }

    /// Local bridges of `view` (its undirected reading) with their spans, sorted by ends.
    public static func localBridges(of view: GraphView) -> [LocalBridge] {
        let adjacency = view.partners
        let n = adjacency.nodeCount
        let neighbours = adjacency.neighbours
        var candidates: [TiePair] = []
        for u in 0 ..< n {
            for entry in adjacency.row(u) {
                let v = Int(neighbours[entry])
                guard u < v else { continue }
                if !sharesPartner(adjacency, u, v) { candidates.append(TiePair(u, v)) }
            }
        }
        var spans = [Int](repeating: -1, count: candidates.count)
        let list = candidates
        Parallel.forEachChunk(writing: &spans, minimumChunk: 16) { range, out in
            var search = BidirectionalSearch(nodeCount: n)
            for c in range {
                out[c] = search.distanceAvoidingTie(adjacency, list[c].first, list[c].second) ?? -1
            }
        }
        return zip(candidates, spans).map { LocalBridge(tie: $0, span: $1 < 0 ? nil : $1) }
    }

    /// Whether u and v have a common partner (merge of the two sorted rows).
    static func sharesPartner(_ adjacency: CompressedAdjacency, _ u: Int, _ v: Int) -> Bool {
        var a = adjacency.offsets[u], b = adjacency.offsets[v]
        let aEnd = adjacency.offsets[u + 1], bEnd = adjacency.offsets[v + 1]
        let neighbours = adjacency.neighbours
        while a < aEnd && b < bEnd {
            let x = neighbours[a], y = neighbours[b]
            if x == y { return true }
            if x < y { a += 1 } else { b += 1 }
        }
        return false
    }
}

/// Breadth-first search from both ends of a tie at once, ignoring that tie; reusable
/// buffers reset only where touched.
struct BidirectionalSearch {
    var distance: [[Int32]]
    var touched: [Int32] = []
    var frontier: [[Int32]] = [[], []]
    var nextFrontier: [Int32] = []

    init(nodeCount: Int) {
        distance = [[Int32](repeating: -1, count: nodeCount), [Int32](repeating: -1, count: nodeCount)]
    }

    /// The length of the shortest s–t path not using the tie s–t, or nil.
    mutating func distanceAvoidingTie(_ adjacency: CompressedAdjacency, _ s: Int, _ t: Int) -> Int? {
        defer {
            for x in touched { distance[0][Int(x)] = -1; distance[1][Int(x)] = -1 }
            touched.removeAll(keepingCapacity: true)
        }
        distance[0][s] = 0; distance[1][t] = 0
        touched.append(Int32(s)); touched.append(Int32(t))
        frontier[0] = [Int32(s)]
        frontier[1] = [Int32(t)]
        var depth: [Int32] = [0, 0]
        while !frontier[0].isEmpty && !frontier[1].isEmpty {
            // Expand the side with the smaller frontier by one full layer.
            let side = frontier[0].count <= frontier[1].count ? 0 : 1
            let other = 1 - side
            var best = Int32.max
            nextFrontier.removeAll(keepingCapacity: true)
            for x in frontier[side] {
                let xi = Int(x)
                for entry in adjacency.row(xi) {
                    let y = Int(adjacency.neighbours[entry])
                    if (xi == s && y == t) || (xi == t && y == s) { continue }
                    let seen = distance[other][y]
                    if seen >= 0 {
                        best = min(best, depth[side] + 1 + seen)
                        continue
                    }
                    if distance[side][y] < 0 {
                        distance[side][y] = depth[side] + 1
                        touched.append(Int32(y))
                        nextFrontier.append(Int32(y))
                    }
                }
            }
            if best != Int32.max { return Int(best) }
            depth[side] += 1
            swap(&frontier[side], &nextFrontier)
        }
        return nil
    }
}

/// An undirected tie given by its ends, first < second.
public struct TiePair: Sendable, Hashable, Comparable {
    public var first: Int
    public var second: Int
    public init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }
    public static func < (x: TiePair, y: TiePair) -> Bool { (x.first, x.second) < (y.first, y.second) }
}

/// A local bridge and its span (nil: no other path joins its ends, so it is a bridge).
public struct LocalBridge: Sendable, Equatable {
    public var tie: TiePair
    public var span: Int?

    public init(tie: TiePair, span: Int?) {
        self.tie = tie
        self.span = span
    }
}

/// A cut point and what its removal does to its component.
public struct CutPoint: Sendable, Equatable {
    public var actor: Int
    /// Actors in its component, itself included.
    public var componentSize: Int
    /// Components its component falls into without it (≥ 2).
    public var pieces: Int
    /// Actors in the largest of those pieces.
    public var largestPiece: Int
    /// Actors cut off from the largest piece: componentSize − 1 − largestPiece.
    public var cutOff: Int

    public init(actor: Int, componentSize: Int, pieces: Int, largestPiece: Int, cutOff: Int) {
        self.actor = actor
        self.componentSize = componentSize
        self.pieces = pieces
        self.largestPiece = largestPiece
        self.cutOff = cutOff
    }
}

/// Bridges and cut points of a view, both in index order.
public struct NetworkCuts: Sendable, Equatable {
    public var bridges: [TiePair]
    public var cutPoints: [CutPoint]

    public init(bridges: [TiePair], cutPoints: [CutPoint]) {
        self.bridges = bridges
        self.cutPoints = cutPoints
    }
}
