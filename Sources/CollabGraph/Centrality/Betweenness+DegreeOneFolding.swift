/// Exact betweenness with the trees hanging off a network folded away first: actors of
/// degree one are removed, repeatedly, and each remaining actor stands for the tree folded
/// into it; Brandes' searches then run from the remaining actors only, with weights.
///
/// Removing an actor u of degree one (its one partner p is its *parent*) changes no distance
/// between the others, and every shortest path from u's tree T(u) (u and the actors folded
/// into u before it, ω(u) = |T(u)|) to the rest of its component C runs through u and p.
/// After folding, each remaining actor v stands for ω(v) actors and, for every actor x
/// (folded or not) with children c (the actors folded into x), the paths through x are
///
///     c_B(x) = 2 (ω(x) − 1)(|C| − ω(x)) + (Σ_c ω(c))² − Σ_c ω(c)²
///            + Σ_{s remaining} ω(s) δ_s(x)            (remaining x only)
///
/// over ordered pairs: a pair with one end in a child's tree and the other outside T(x),
/// or ends in two different children's trees, has one shortest path, through x; and the
/// searches on the folded network weight each target t by ω(t) and each source s by ω(s),
///
///     δ_s(v) = Σ_{w : v ∈ P_s(w)} (σ_sv / σ_sw) (ω(w) + δ_s(w)),
///
/// which counts the pairs whose ends lie in the trees of two different remaining actors.
///
/// Reference: M. Baglioni, F. Geraci, M. Pellegrini and E. Lastres, "Fast exact computation
/// of betweenness centrality in social networks", ASONAM 2012, 450–456,
/// doi:10.1109/ASONAM.2012.79 (degree-one folding). The values equal NetworkX 3.6.1
/// `betweenness_centrality(G)` (checked against it and against the unfolded searches).
///
/// - Complexity: O(n + m) to fold; the searches then cost O(n' m') for the n' actors and m'
///   ties that remain (co-authorship networks lose about a tenth of their actors).
/// - Conventions: undirected, unweighted views only (a directed tie's reverse may be
///   missing, and the kernel's multiplicities are for breadth-first search); the values
///   are the raw ordered-pair sums, normalised by the caller as ``Betweenness`` does.
struct DegreeOneFolding {
    /// The remaining actors' rows, relabelled 0 ..< n' in actor order.
    let rows: CompressedAdjacency
    /// `remaining[i]`: the actor with label i in `rows`.
    let remaining: [Int32]
    /// ω of each remaining actor, by label.
    let multiplicity: [Int32]
    /// The tree terms of c_B(x) for every actor (ordered pairs).
    let treeBetweenness: [Double]

    /// Folds `adjacency` (symmetric rows); nil when no actor has degree one.
    init?(_ adjacency: CompressedAdjacency) {
        let n = adjacency.nodeCount
        var degree = (0 ..< n).map(adjacency.degree)
        var stack = (0 ..< n).filter { degree[$0] == 1 }.map(Int32.init)
        guard !stack.isEmpty else { return nil }
        var omega = [Int](repeating: 1, count: n)
        var removed = [Bool](repeating: false, count: n)
        var childSum = [Int](repeating: 0, count: n)          // Σ_c ω(c)
        var childSquares = [Double](repeating: 0, count: n)   // Σ_c ω(c)²
        while let u32 = stack.popLast() {
            let u = Int(u32)
            guard degree[u] == 1 else { continue }        // its partner was folded into it first
            removed[u] = true
            degree[u] = 0
            // The one partner not yet removed is the parent.
            guard let parent = adjacency.row(u).lazy.map({ Int(adjacency.neighbours[$0]) }).first(where: { !removed[$0] }) else { continue }
            omega[parent] += omega[u]
            childSum[parent] += omega[u]
            childSquares[parent] += Double(omega[u]) * Double(omega[u])
            degree[parent] -= 1
            if degree[parent] == 1 { stack.append(Int32(parent)) }
        }
        let components = adjacency.components()
        treeBetweenness = (0 ..< n).map { x in
            let size = Double(components.sizes[Int(components.componentOf[x])])
            let w = Double(omega[x]), children = Double(childSum[x])
            return 2 * (w - 1) * (size - w) + (children * children - childSquares[x])
        }
        remaining = (0 ..< n).filter { !removed[$0] }.map(Int32.init)
        var label = [Int32](repeating: -1, count: n)
        for (i, v) in remaining.enumerated() { label[Int(v)] = Int32(i) }
        multiplicity = remaining.map { Int32(omega[Int($0)]) }
        var sources: [Int32] = [], targets: [Int32] = []
        for v in remaining {
            for i in adjacency.row(Int(v)) where label[Int(adjacency.neighbours[i])] >= 0 {
                sources.append(label[Int(v)])
                targets.append(label[Int(adjacency.neighbours[i])])
            }
        }
        rows = CompressedAdjacency(nodeCount: remaining.count, sources: sources, targets: targets,
                                   weights: [Double](repeating: 1, count: sources.count))
    }
}

extension GraphView {
    /// Raw (ordered-pair, unnormalised) exact betweenness of an undirected unweighted view by
    /// ``DegreeOneFolding``; nil when the view is directed or no actor has degree one.
    /// Progress counts the folded actors as done at once, then the searches.
    func foldedBetweenness(threads: Int?, progress: ProgressHandler?) -> [Double]? {
        guard !isDirected, let folding = DegreeOneFolding(outgoing) else { return nil }
        let n = nodeCount, folded = n - folding.remaining.count
        var searchProgress: ProgressHandler?
        if let progress { searchProgress = { done, _ in progress(folded + done, n) } }
        let sums = GraphView.searches(over: folding.rows, multiplicity: folding.multiplicity, from: nil,
                                      betweenness: true, distances: false, weighted: false,
                                      threads: threads, progress: searchProgress)
        var raw = folding.treeBetweenness
        for (i, v) in folding.remaining.enumerated() { raw[Int(v)] += sums.betweenness![i] }
        return raw
    }
}
