/// Exact betweenness block by block: the network is cut at its articulation points (cut
/// actors) into biconnected components (blocks), Brandes' searches run inside each block
/// only, and the pairs whose paths leave a block are counted by weights and one closed form.
///
/// Every shortest path between two actors of a block stays in the block; a path between
/// actors s and t of different blocks enters and leaves each block it crosses through cut
/// actors. Let W be the total weight ω of a connected component (ω(v) = 1 unless v stands
/// for several actors, ``BetweennessReduction``) and, for a block B and an actor v of B,
/// r_B(v) the weight of v with everything hanging off v outside B (the part of the component
/// that reaches B only through v; Σ_{v ∈ B} r_B(v) = W). Then, over ordered pairs,
///
///     c_B(x) = Σ_{blocks B ∋ x} Σ_{s ≠ x} r_B(s) δ^B_s(x)  +  (W − ω(x))² − Σ_i W_i²
///
/// where δ^B_s is the dependency of Brandes' accumulation inside B with target weights r_B
/// (c(w) = (r_B(w) + δ(w)) / σ_sw), and W_1, W_2, … are the weights of the components of the
/// network without x (one component, W − ω(x), unless x is a cut actor). The first term counts
/// the pairs whose paths cross x inside a block, the second those whose ends x separates: for
/// such a pair x is the exit of one block and the entry of the next, never inside a block, so
/// no pair is counted twice.
///
/// All blocks of three or more actors are searched at once, as the disjoint union of their
/// copies (a cut actor has one copy per block; a bridge carries no inner path and is left
/// out): one pass of the shared kernel over Σ_B |B| sources costs Σ_B |B| m_B instead of n m.
/// The blocks come from one iterative depth-first search (Hopcroft and Tarjan's low points);
/// the copies are labelled block by block in the order the search closes them, so the result
/// is the same for any thread count.
///
/// References: A. E. Sarıyüce, E. Saule, K. Kaya and Ü. V. Çatalyürek, "Shattering and
/// compressing networks for betweenness centrality", SDM 2013, 686–694,
/// doi:10.1137/1.9781611972832.76; R. Puzis, Y. Elovici, P. Zilberman, S. Dolev and U. Brandes,
/// "Heuristics for speeding up betweenness centrality computation", SocialCom 2012, 302–311,
/// doi:10.1109/SocialCom-PASSAT.2012.66; J. Hopcroft and R. Tarjan, "Algorithm 447: efficient
/// algorithms for graph manipulation", CACM 16(6), 372–378, 1973, doi:10.1145/362248.362272.
/// The values equal NetworkX 3.6.1 `betweenness_centrality(G)` (fixtures with many cut actors:
/// trees, stars, chains and trees of cliques).
///
/// - Complexity: O(n + m) to decompose; the searches then cost Σ_B |B| m_B.
/// - Conventions: undirected rows (symmetric, sorted, no self-loops) with ω and μ per actor;
///   the separated-pair term is raw (ordered pairs of ω-weighted actors), for the caller to
///   divide by μ as the kernel's sums are.
struct BlockDecomposition {
    /// The blocks of three or more actors as one network of copies, labelled block by block.
    let rows: CompressedAdjacency
    /// Per copy: ω = r_B(v) (the weight it stands for as a source and a target in its block)
    /// and μ(v) (unchanged).
    let multiplicities: Multiplicities
    /// `original[c]`: the actor copy c stands for.
    let original: [Int32]
    /// (W − ω(x))² − Σ_i W_i² for every actor x: the ordered ω-weighted pairs x separates
    /// (0 unless x is a cut actor).
    let separatedPairs: [Double]
    /// Whether the network is one block per component (no cut actors, no bridges): then
    /// the decomposition changes nothing.
    let isTrivial: Bool

    init(_ adjacency: CompressedAdjacency, multiplicities: Multiplicities) {
        let n = adjacency.nodeCount
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        let omega = multiplicities.weight
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var subtree = [Int](repeating: 0, count: n)           // ω of the depth-first subtree
        var separatedSum = [Int](repeating: 0, count: n)      // Σ ω of subtrees v separates
        var separatedSquares = [Double](repeating: 0, count: n)
        var componentWeight = [Int](repeating: 0, count: n)   // W of the component, per root
        var rootOf = [Int32](repeating: 0, count: n)
        // Block k: popped actors vertices[blockStart[k] ..< blockStart[k + 1]], and its top.
        var blockOf = [Int32](repeating: -1, count: n)        // the block an actor was popped into
        var blockTop: [Int32] = []
        var blockChild: [Int32] = []                          // the top's child that opened it
        var blockStart: [Int] = [0]
        var members: [Int32] = []
        var stack: [Int32] = []
        var path: [(vertex: Int32, next: Int)] = []
        var time: Int32 = 0
        for root in 0 ..< n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            subtree[root] = Int(omega[root])
            rootOf[root] = Int32(root)
            path.append((Int32(root), offsets[root]))
            var rootChildren: [Int32] = []
            while let top = path.last {
                let v = Int(top.vertex)
                if top.next < offsets[v + 1] {
                    path[path.count - 1].next += 1
                    let w = Int(neighbours[top.next])
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        subtree[w] = Int(omega[w])
                        rootOf[w] = Int32(root)
                        stack.append(Int32(w))
                        path.append((Int32(w), offsets[w]))
                        if v == root { rootChildren.append(Int32(w)) }
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                    continue
                }
                path.removeLast()
                guard let parent = path.last.map({ Int($0.vertex) }) else { break }
                low[parent] = min(low[parent], low[v])
                subtree[parent] += subtree[v]
                if low[v] >= discovery[parent] {
                    // v's subtree hangs off `parent` only: a block closes (parent is its top).
                    separatedSum[parent] += subtree[v]
                    separatedSquares[parent] += Double(subtree[v]) * Double(subtree[v])
                    let block = Int32(blockTop.count)
                    while let x = stack.popLast() {
                        blockOf[Int(x)] = block
                        members.append(x)
                        if x == Int32(v) { break }
                    }
                    blockTop.append(Int32(parent))
                    blockChild.append(Int32(v))
                    blockStart.append(members.count)
                }
            }
            componentWeight[root] = subtree[root]
        }
        // The pairs each actor separates.
        var separatedPairs = [Double](repeating: 0, count: n)
        for x in 0 ..< n {
            let total = Double(componentWeight[Int(rootOf[x])]), own = Double(omega[x])
            // The part of the component x does not separate from its parent (none for a root;
            // children that reach above x belong to it).
            let rest = total - own - Double(separatedSum[x])
            separatedPairs[x] = (total - own) * (total - own) - separatedSquares[x] - rest * rest
        }
        // Copies of the blocks of three or more actors, block by block: its popped actors,
        // then its top.
        let blockCount = blockTop.count
        var copyOfMember = [Int32](repeating: -1, count: n)   // a popped actor's copy
        var copyOfTop = [Int32](repeating: -1, count: blockCount)
        var original: [Int32] = []
        var weight: [Int32] = [], paths: [Int32] = []
        for k in 0 ..< blockCount where blockStart[k + 1] - blockStart[k] >= 2 {
            let top = Int(blockTop[k])
            for x32 in members[blockStart[k] ..< blockStart[k + 1]] {
                let x = Int(x32)
                copyOfMember[x] = Int32(original.count)
                original.append(x32)
                weight.append(omega[x] + Int32(separatedSum[x]))
                paths.append(multiplicities.paths[x])
            }
            copyOfTop[k] = Int32(original.count)
            original.append(Int32(top))
            let total = componentWeight[Int(rootOf[top])]
            weight.append(Int32(total - subtree[Int(blockChild[k])]))
            paths.append(multiplicities.paths[top])
        }
        // Each tie lies in the block of its deeper end (the one found later).
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(adjacency.entryCount)
        targets.reserveCapacity(adjacency.entryCount)
        for u in 0 ..< n {
            for i in offsets[u] ..< offsets[u + 1] {
                let w = Int(neighbours[i])
                let deeper = discovery[u] > discovery[w] ? u : w, other = deeper == u ? w : u
                let block = Int(blockOf[deeper])
                guard copyOfMember[deeper] >= 0 else { continue }   // a bridge
                let otherCopy = blockOf[other] == Int32(block) ? copyOfMember[other] : copyOfTop[block]
                let (from, to) = deeper == u ? (copyOfMember[deeper], otherCopy) : (otherCopy, copyOfMember[deeper])
                sources.append(from)
                targets.append(to)
            }
        }
        rows = CompressedAdjacency(nodeCount: original.count, sources: sources, targets: targets,
                                   weights: [Double](repeating: 1, count: sources.count))
        self.multiplicities = Multiplicities(weight: weight, paths: paths)
        self.original = original
        self.separatedPairs = separatedPairs
        let roots = (0 ..< n).filter { rootOf[$0] == Int32($0) }
        let isolated = roots.filter { adjacency.degree($0) == 0 }.count
        isTrivial = blockCount == roots.count - isolated && original.count == n - isolated
    }
}
