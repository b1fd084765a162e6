import Dispatch

/// Neighbourhood overlap of a tie: the embeddedness of a pair in shared partners.
///
/// Formula (Onnela et al. 2007): for adjacent actors u and v with neighbourhoods N(u), N(v)
/// in the undirected collapsed view,
///
///     O_uv = |N(u) ∩ N(v)| / (|N(u) ∪ N(v)| − 2) = n_uv / ((k_u − 1) + (k_v − 1) − n_uv)
///
/// where n_uv is the number of common partners and k the degree; 0 when the denominator is
/// 0 (a pair with no other partner). Unweighted: a partner counts once whatever the weight.
///
/// Reference: J.-P. Onnela, J. Saramäki, J. Hyvönen, G. Szabó, D. Lazer, K. Kaski,
/// J. Kertész & A.-L. Barabási (2007), "Structure and tie strengths in mobile communication
/// networks", PNAS 104(18):7332–7336, doi:10.1073/pnas.0610245104. Matches NetworkX
/// set arithmetic on `G[u]`, `G[v]` (checked by `Tests/Fixtures/reference_collaboration.py`).
///
/// - Complexity: one pair: O(k_u + k_v) by a merge of the two sorted rows. Many pairs
///   (``overlaps(in:pairs:)``): the common partners of every tied pair at once, each
///   triangle listed once by the forward algorithm (actors ranked by degree; M. Latapy,
///   Theoretical Computer Science 407:458–473, 2008, doi:10.1016/j.tcs.2008.07.017) in
///   O(m √m), then O(log k) per pair to find its entry — instead of O(Σ_pairs (k_u + k_v)),
///   which is O(Σ k²) and dominated by hubs (a university with 16,000 partners).
public enum NeighbourhoodOverlap {
    /// The number of common neighbours of `u` and `v` (merge of two sorted rows).
    @inlinable
    public static func commonNeighbours(_ adjacency: CompressedAdjacency, _ u: Int, _ v: Int) -> Int {
        var i = adjacency.offsets[u], iEnd = adjacency.offsets[u + 1]
        var j = adjacency.offsets[v], jEnd = adjacency.offsets[v + 1]
        var n = 0
        adjacency.neighbours.withUnsafeBufferPointer { row in
            while i < iEnd && j < jEnd {
                let a = row[i], b = row[j]
                if a == b { n += 1; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
            }
        }
        return n
    }

    /// The overlap of the pair (u, v) in an undirected adjacency (u and v adjacent).
    public static func overlap(_ adjacency: CompressedAdjacency, _ u: Int, _ v: Int) -> Double {
        let n_uv = commonNeighbours(adjacency, u, v)
        let denominator = (adjacency.degree(u) - 1) + (adjacency.degree(v) - 1) - n_uv
        return denominator > 0 ? Double(n_uv) / Double(denominator) : 0
    }

    /// Overlaps of many pairs of a symmetric adjacency (sorted rows, no self-loops): common
    /// partners of every tied pair from its triangles; a pair that is not tied by a
    /// merge of the two rows.
    public static func overlaps(in adjacency: CompressedAdjacency, pairs: [(Int32, Int32)]) -> [Double] {
        let count = pairs.count
        var out = [Double](repeating: 0, count: count)
        guard count > 0 else { return out }
        let common = commonNeighbourCounts(adjacency)
        for (p, pair) in pairs.enumerated() {
            let u = Int(pair.0), v = Int(pair.1)
            let n_uv = entry(adjacency, from: u, to: pair.1).map { Int(common[$0]) } ?? commonNeighbours(adjacency, u, v)
            let denominator = (adjacency.degree(u) - 1) + (adjacency.degree(v) - 1) - n_uv
            out[p] = denominator > 0 ? Double(n_uv) / Double(denominator) : 0
        }
        return out
    }

    /// The position of `v` in `u`'s sorted row (binary search), nil when absent.
    static func entry(_ adjacency: CompressedAdjacency, from u: Int, to v: Int32) -> Int? {
        var low = adjacency.offsets[u], high = adjacency.offsets[u + 1]
        while low < high {
            let middle = (low + high) / 2
            if adjacency.neighbours[middle] < v { low = middle + 1 } else { high = middle }
        }
        return low < adjacency.offsets[u + 1] && adjacency.neighbours[low] == v ? low : nil
    }

    /// For every entry u → v of a symmetric adjacency, |N(u) ∩ N(v)|: each triangle
    /// {u, v, w} (listed once: ties oriented from lower to higher rank by degree, then
    /// index; u's forward partners marked, then theirs walked) adds one to its three ties,
    /// both entries of each.
    static func commonNeighbourCounts(_ adjacency: CompressedAdjacency) -> [Int32] {
        let n = adjacency.nodeCount
        let neighbours = adjacency.neighbours
        func ranksBelow(_ u: Int, _ v: Int) -> Bool {
            let du = adjacency.degree(u), dv = adjacency.degree(v)
            return du != dv ? du < dv : u < v
        }
        // Forward entries: (partner, its entry in the full rows), per actor.
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        var forwardPartner: [Int32] = [], forwardEntry: [Int] = []
        forwardPartner.reserveCapacity(neighbours.count / 2)
        forwardEntry.reserveCapacity(neighbours.count / 2)
        for u in 0 ..< n {
            for e in adjacency.offsets[u] ..< adjacency.offsets[u + 1] where ranksBelow(u, Int(neighbours[e])) {
                forwardPartner.append(neighbours[e])
                forwardEntry.append(e)
            }
            forwardOffsets[u + 1] = forwardPartner.count
        }
        var perTie = [Int32](repeating: 0, count: neighbours.count)
        var mark = [Int](repeating: -1, count: n)  // the entry u → w of a marked w
        for u in 0 ..< n {
            let range = forwardOffsets[u] ..< forwardOffsets[u + 1]
            guard range.count >= 2 else { continue }
            for p in range { mark[Int(forwardPartner[p])] = forwardEntry[p] }
            for p in range {
                let v = Int(forwardPartner[p])
                for q in forwardOffsets[v] ..< forwardOffsets[v + 1] {
                    let uw = mark[Int(forwardPartner[q])]
                    guard uw >= 0 else { continue }
                    perTie[forwardEntry[p]] += 1   // u → v
                    perTie[uw] += 1                // u → w
                    perTie[forwardEntry[q]] += 1   // v → w
                }
            }
            for p in range { mark[Int(forwardPartner[p])] = -1 }
        }
        // The mirror entries v → u take the count of u → v.
        for u in 0 ..< n {
            for e in adjacency.offsets[u] ..< adjacency.offsets[u + 1] where !ranksBelow(u, Int(neighbours[e])) {
                let v = Int(neighbours[e])
                if let mirror = entry(adjacency, from: v, to: Int32(u)) { perTie[e] = perTie[mirror] }
            }
        }
        return perTie
    }
}
