import Foundation

/// How closely two partitions of the same actors agree: do the communities found follow
/// sectors, places, kinds?
///
/// - **Normalised mutual information** (arithmetic normalisation): NMI = I(A; B) /
///   ((H(A) + H(B)) / 2), with I = Σ_ij (n_ij / n) ln(n n_ij / (a_i b_j)) and
///   H(A) = −Σ_i (a_i / n) ln(a_i / n) over the contingency table n_ij (a_i, b_j its row
///   and column sums). 1 when the partitions are the same up to names; 0 when independent.
///   When both partitions have a single group, 1 (nothing to tell apart: a perfect match);
///   when I = 0, 0.
/// - **Adjusted Rand index** (Hubert & Arabie 1985, doi:10.1007/BF01908075): agreement on
///   pairs of actors corrected for chance, from the pair confusion counts (tp: pairs
///   together in both, tn: apart in both, fp, fn):
///   ARI = 2 (tp·tn − fn·fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn)); 1 when fp = fn = 0.
///   1 for identical partitions, about 0 for random ones, negative below chance.
///
/// Reference: scikit-learn 1.9 `normalized_mutual_info_score` (average_method
/// "arithmetic") and `adjusted_rand_score`, whose definitions and special cases these
/// follow (fixtures in Tests/Fixtures/reference/communities/comparison.json, 1e-12);
/// A. Strehl and J. Ghosh, JMLR 3:583–617 (2002) for NMI.
///
/// - Complexity: O(n log n) time (the contingency table by sorting label pairs), O(n) space.
public struct PartitionComparison: Sendable, Equatable {
    /// Actors compared.
    public let actorCount: Int
    public let normalizedMutualInformation: Double
    public let adjustedRandIndex: Double

    /// Compares partition `a` with partition `b` (labels ≥ 0, one per actor in both).
    public init(_ a: [Int32], _ b: [Int32]) {
        precondition(a.count == b.count, "the partitions must cover the same actors")
        let n = a.count
        actorCount = n
        let ka = a.isEmpty ? 0 : Modularity.labelCount(a), kb = b.isEmpty ? 0 : Modularity.labelCount(b)
        var rowSum = [Int](repeating: 0, count: ka), columnSum = [Int](repeating: 0, count: kb)
        for i in 0 ..< n { rowSum[Int(a[i])] += 1; columnSum[Int(b[i])] += 1 }
        // Non-zero cells n_ij: sort the (a, b) pairs and count runs.
        var pairs = (0 ..< n).map { UInt64(UInt32(a[$0])) << 32 | UInt64(UInt32(b[$0])) }
        pairs.sort()
        var cells: [(row: Int, column: Int, count: Int)] = []
        var i = 0
        while i < n {
            var j = i
            while j < n && pairs[j] == pairs[i] { j += 1 }
            cells.append((Int(pairs[i] >> 32), Int(pairs[i] & 0xFFFF_FFFF), j - i))
            i = j
        }
        let rowsUsed = rowSum.filter { $0 > 0 }.count, columnsUsed = columnSum.filter { $0 > 0 }.count
        normalizedMutualInformation = PartitionComparison.nmi(n: n, cells: cells, rowSum: rowSum, columnSum: columnSum,
                                                              rowsUsed: rowsUsed, columnsUsed: columnsUsed)
        adjustedRandIndex = PartitionComparison.ari(n: n, cells: cells, rowSum: rowSum, columnSum: columnSum)
    }

    private static func nmi(n: Int, cells: [(row: Int, column: Int, count: Int)], rowSum: [Int], columnSum: [Int],
                            rowsUsed: Int, columnsUsed: Int) -> Double {
        if rowsUsed == columnsUsed && rowsUsed <= 1 { return 1 }
        let total = Double(n)
        var mutual = 0.0
        for cell in cells {
            let nij = Double(cell.count)
            mutual += nij / total * log(total * nij / (Double(rowSum[cell.row]) * Double(columnSum[cell.column])))
        }
        if abs(mutual) < Double.ulpOfOne * Double(cells.count) { return 0 }
        func entropy(_ sums: [Int]) -> Double {
            sums.reduce(0.0) { h, count in count == 0 ? h : h - Double(count) / total * log(Double(count) / total) }
        }
        return max(0, mutual) / ((entropy(rowSum) + entropy(columnSum)) / 2)
    }

    private static func ari(n: Int, cells: [(row: Int, column: Int, count: Int)], rowSum: [Int], columnSum: [Int]) -> Double {
        // Ordered pair counts, as scikit-learn's pair_confusion_matrix.
        let sumSquares = cells.reduce(0.0) { $0 + Double($1.count) * Double($1.count) }
        let rowSquares = rowSum.reduce(0.0) { $0 + Double($1) * Double($1) }
        let columnSquares = columnSum.reduce(0.0) { $0 + Double($1) * Double($1) }
        let total = Double(n)
        let tp = sumSquares - total
        let fp = columnSquares - sumSquares   // together in b, apart in a
        let fn = rowSquares - sumSquares      // together in a, apart in b
        let tn = total * total - fp - fn - sumSquares
        if fn == 0 && fp == 0 { return 1 }
        return 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
    }
}
