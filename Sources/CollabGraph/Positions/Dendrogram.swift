/// Agglomerative hierarchical clustering of actors by a dissimilarity matrix: the step
/// that turns structural- or regular-equivalence distances into positions.
///
/// Starting from singletons, the two closest clusters are merged, and the dissimilarity
/// of the merged cluster to every other follows the Lance–Williams update of the linkage:
///
///     single:   d(k, i ∪ j) = min(d_ki, d_kj)
///     complete: d(k, i ∪ j) = max(d_ki, d_kj)
///     average:  d(k, i ∪ j) = (|i| d_ki + |j| d_kj) / (|i| + |j|)   (UPGMA)
///
/// The search follows Murtagh's nearest-neighbour list exactly as R's `hclust` does
/// (each cluster's nearest neighbour *to its right*; the first smallest one wins a tie),
/// so that merges, heights and cuts agree with R even when distances tie — which they do
/// often on binary ties.
///
/// References: G. N. Lance & W. T. Williams (1967), "A general theory of classificatory
/// sorting strategies", *The Computer Journal* 9(4):373–380, doi:10.1093/comjnl/9.4.373;
/// F. Murtagh (1983), "A survey of recent advances in hierarchical clustering
/// algorithms", *The Computer Journal* 26(4):354–359, doi:10.1093/comjnl/26.4.354.
/// Matches R `stats::hclust(as.dist(D), method = "complete" | "average" | "single")`
/// (merge, height) and `cutree(h, k)` (checked by `Tests/Fixtures/reference_positions.R`).
///
/// - Complexity: O(n²) memory; O(n²) time per merge in the worst case (the nearest
///   neighbours to refresh), O(n³) overall, typically far less.
/// - Conventions: the dissimilarity must be symmetric; only its upper triangle is read.
///   Cluster numbers in a cut follow the order of first appearance in actor order, as R's
///   `cutree` numbers them.
public enum Linkage: String, Sendable, CaseIterable {
    case complete, average, single
}

/// The merge history of a hierarchical clustering of n actors.
public struct Dendrogram: Sendable, Equatable {
    public let actorCount: Int
    public let linkage: Linkage
    /// The n − 1 merges in order: the two actors representing the clusters merged (the
    /// lower index is the merged cluster's representative from then on).
    public let merges: [(Int, Int)]
    /// The dissimilarity at which each merge happened (non-decreasing for these linkages).
    public let heights: [Double]

    public static func == (a: Dendrogram, b: Dendrogram) -> Bool {
        a.actorCount == b.actorCount && a.linkage == b.linkage && a.heights == b.heights
            && a.merges.map { [$0.0, $0.1] } == b.merges.map { [$0.0, $0.1] }
    }

    /// R's `merge` matrix: row s holds the two clusters joined at step s + 1, a singleton
    /// as −(actor + 1) and an earlier merge as its step number (1-based); a singleton first,
    /// two merges in increasing order.
    public var rMerge: [[Int]] {
        var label = (0 ..< actorCount).map { -($0 + 1) }
        var out: [[Int]] = []
        for (step, (i, j)) in merges.enumerated() {
            var a = label[i], b = label[j]
            if a > 0 && b < 0 { swap(&a, &b) }
            if a > 0 && b > 0 && a > b { swap(&a, &b) }
            out.append([a, b])
            label[i] = step + 1
        }
        return out
    }

    /// The partition into `k` clusters (1 ≤ k ≤ n): the first n − k merges applied.
    public func cut(clusters k: Int) -> [Int32] {
        precondition(actorCount == 0 || (1 ... actorCount).contains(k), "cannot cut \(actorCount) actors into \(k) clusters")
        return partition(applying: max(0, actorCount - k))
    }

    /// The partition of the merges at heights ≤ `height`.
    public func cut(height: Double) -> [Int32] {
        partition(applying: heights.prefix { $0 <= height }.count)
    }

    private func partition(applying count: Int) -> [Int32] {
        var parent = Array(0 ..< actorCount)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (i, j) in merges.prefix(count) { parent[root(j)] = root(i) }
        var number = [Int32](repeating: -1, count: actorCount)
        var out = [Int32](repeating: 0, count: actorCount)
        var next: Int32 = 0
        for actor in 0 ..< actorCount {
            let r = root(actor)
            if number[r] < 0 { number[r] = next; next += 1 }
            out[actor] = number[r]
        }
        return out
    }
}

extension SquareMatrix {
    /// Clusters the rows of this dissimilarity matrix (see ``Linkage``).
    public func hierarchicalClustering(_ linkage: Linkage) -> Dendrogram {
        let n = order
        guard n > 1 else { return Dendrogram(actorCount: n, linkage: linkage, merges: [], heights: []) }
        // Upper triangle, as R's `dist` (i < j).
        var d = values
        var size = [Double](repeating: 1, count: n)
        var active = [Bool](repeating: true, count: n)
        var nearest = [Int](repeating: 0, count: n)
        var nearestDistance = [Double](repeating: .infinity, count: n)
        let infinity = 1e300
        for i in 0 ..< n - 1 {
            var best = infinity, jm = i + 1
            for j in i + 1 ..< n where best > d[i * n + j] { best = d[i * n + j]; jm = j }
            nearest[i] = jm
            nearestDistance[i] = best
        }
        var merges: [(Int, Int)] = [], heights: [Double] = []
        merges.reserveCapacity(n - 1)
        heights.reserveCapacity(n - 1)
        var jj = 0
        for _ in 0 ..< n - 1 {
            var best = infinity, im = 0, jm = 0
            for i in 0 ..< n - 1 where active[i] && nearestDistance[i] < best {
                best = nearestDistance[i]; im = i; jm = nearest[i]
            }
            let i2 = min(im, jm), j2 = max(im, jm)
            merges.append((i2, j2))
            heights.append(best)
            active[j2] = false
            // Lance–Williams update of the merged cluster's row and column.
            best = infinity
            for k in 0 ..< n where active[k] && k != i2 {
                let ind1 = i2 < k ? i2 * n + k : k * n + i2
                let ind2 = j2 < k ? j2 * n + k : k * n + j2
                switch linkage {
                case .single: d[ind1] = Swift.min(d[ind1], d[ind2])
                case .complete: d[ind1] = Swift.max(d[ind1], d[ind2])
                case .average: d[ind1] = (size[i2] * d[ind1] + size[j2] * d[ind2]) / (size[i2] + size[j2])
                }
                if i2 < k {
                    if d[ind1] < best { best = d[ind1]; jj = k }
                } else if d[ind1] < nearestDistance[k] {
                    nearestDistance[k] = d[ind1]
                    nearest[k] = i2
                }
            }
            size[i2] += size[j2]
            nearestDistance[i2] = best
            nearest[i2] = jj
            // Refresh the nearest neighbours that pointed at a merged cluster.
            for i in 0 ..< n - 1 where active[i] && (nearest[i] == i2 || nearest[i] == j2) {
                var closest = infinity
                for j in i + 1 ..< n where active[j] && d[i * n + j] < closest { closest = d[i * n + j]; jj = j }
                nearest[i] = jj
                nearestDistance[i] = closest
            }
        }
        return Dendrogram(actorCount: n, linkage: linkage, merges: merges, heights: heights)
    }
}
