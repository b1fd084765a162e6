/// Reach of a focal actor: how many hops away every other actor is, which actors lie
/// within K hops, and through which partner each farther actor is reached.
///
/// One breadth-first search from the focus on the undirected partner rows of a view
/// (`view.partners`; a directed view is read as undirected: a tie in either direction
/// joins two actors). For an actor x at distance d(f, x) ≥ 2 its *first hops* are the
/// partners v of f that start some shortest f–x path; when there is exactly one, that
/// partner is x's *sole intermediary* (a single point of failure: losing the tie f–v
/// pushes x farther away). First hops are propagated level by level: x's set is the union
/// of its shortest-path parents' sets, kept as "one partner" or "several".
///
/// Reference: breadth-first search as in Cormen, Leiserson, Rivest & Stein,
/// *Introduction to Algorithms* (3rd ed., 2009), §22.2; reach within K hops is the
/// "K-step reach" of Borgatti, Carley & Krackhardt, "On the robustness of centrality
/// measures under conditions of imperfect data", *Social Networks* 28(2):124–136 (2006),
/// doi:10.1016/j.socnet.2005.05.001. NetworkX: `single_source_shortest_path_length(G, f,
/// cutoff=K)`.
///
/// - Complexity: O(n + m) time and O(n) space for the focus; later balls (a
///   ``BreadthFirstSearch`` with a hop bound) cost what they touch.
public struct FocusReach: Sendable, Equatable {
    /// Marker in ``firstHop`` for an actor reached through several partners.
    public static let several: Int32 = -2

    public let focus: Int
    /// K: the hop limit for "reached".
    public let maxHops: Int
    /// d(f, x) in hops; −1 for actors in another component (0 for the focus).
    public let distance: [Int32]
    /// For actors at distance ≥ 2: the one partner starting every shortest path, or
    /// ``several``; −1 for the focus, its partners and other components.
    public let firstHop: [Int32]

    /// Searches from `focus` on `view.partners`, with `maxHops` = K (≥ 1).
    public init(view: GraphView, focus: Int, maxHops: Int) {
        precondition(maxHops >= 1, "K must be at least 1")
        let rows = view.partners
        var distance = [Int32](repeating: -1, count: rows.nodeCount)
        var firstHop = [Int32](repeating: -1, count: rows.nodeCount)
        rows.breadthFirst(from: [Int32(focus)], distance: &distance) { entry in
            let next = entry.fromDistance + 1
            guard next >= 2 else { return }
            // What u passes on: itself when u is a partner of the focus, else its own first hop.
            let passed: Int32 = entry.fromDistance == 1 ? Int32(entry.from) : firstHop[entry.from]
            if entry.discovered {
                firstHop[entry.to] = passed
            } else if entry.toDistance == next && firstHop[entry.to] != passed {
                firstHop[entry.to] = FocusReach.several
            }
        }
        self.focus = focus
        self.maxHops = maxHops
        self.distance = distance
        self.firstHop = firstHop
    }

    public var actorCount: Int { distance.count }

    /// Whether `actor` (not the focus) lies within K hops.
    @inlinable
    public func isReached(_ actor: Int) -> Bool { actor != focus && distance[actor] >= 1 && Int(distance[actor]) <= maxHops }

    /// Actors within K hops (focus excluded), in index order.
    public var reached: [Int] { (0 ..< actorCount).filter(isReached) }

    /// Actors in the focus's component but more than K hops away.
    public var beyondReach: [Int] { (0 ..< actorCount).filter { Int(distance[$0]) > maxHops } }

    /// Actors in other components.
    public var otherComponents: [Int] { (0 ..< actorCount).filter { distance[$0] < 0 } }

    /// The focus's partners (distance 1), in index order.
    public var partners: [Int] { (0 ..< actorCount).filter { distance[$0] == 1 } }
}

/// Unweighted single-source shortest paths with path counts (d, σ) on symmetric rows:
/// the centrality family's breadth-first kernel (``ShortestPathWorkspace``), shared here
/// by the betweenness deltas of ``Recommendations``.
struct PathCounts {
    private let workspace: ShortestPathWorkspace
    private let rows: CompressedAdjacency

    init(rows: CompressedAdjacency) {
        self.rows = rows
        workspace = ShortestPathWorkspace(nodeCount: rows.nodeCount, weighted: false, entryCount: rows.entryCount)
    }

    /// Runs from `source`, resetting only what the previous run touched.
    func run(from source: Int) {
        workspace.reset(weighted: false)
        withRowPointers(rows, lengths: nil) { workspace.breadthFirst(from: source, rows: $0, recordSuccessors: true) }
    }

    /// The actors reached by the last run, in BFS order (valid until the next run).
    var visited: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: workspace.order, count: workspace.reached) }

    /// d(source, x) in hops, −1 when unreached.
    func level(_ x: Int) -> Int32 { workspace.hops(x) }

    /// σ(source, x) for a reached actor x.
    func sigma(_ x: Int) -> Double { workspace.pathCount(x) }

    /// d(source, ·) for every actor (−1 unreached) and σ(source, ·) (0 unreached).
    func tables() -> (level: [Int32], sigma: [Double]) {
        var level = [Int32](repeating: -1, count: rows.nodeCount)
        var sigma = [Double](repeating: 0, count: rows.nodeCount)
        for x in visited { level[Int(x)] = workspace.hops(Int(x)); sigma[Int(x)] = workspace.pathCount(Int(x)) }
        return (level, sigma)
    }
}
