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
/// - Complexity: O(k_u + k_v) per pair by a merge of the two sorted rows; O(Σ (k_u + k_v))
///   over all pairs, split over the cores with `concurrentPerform`; no allocation per pair.
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

    /// Overlaps of many pairs, in parallel over chunks of pairs.
    public static func overlaps(in adjacency: CompressedAdjacency, pairs: [(Int32, Int32)]) -> [Double] {
        let count = pairs.count
        var out = [Double](repeating: 0, count: count)
        guard count > 0 else { return out }
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let result = buffer
            Parallel.forEachChunk(count: count, minimumChunk: 1024) { range in
                for p in range {
                    result[p] = overlap(adjacency, Int(pairs[p].0), Int(pairs[p].1))
                }
            }
        }
        return out
    }
}
