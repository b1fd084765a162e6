/// The common entries of two sorted rows: the intersection every triangle-shaped measure
/// needs (an ego network's shared partners, Burt's redundancy and constraint).
extension CompressedAdjacency {
    /// How much longer one row must be than the other before its entries are searched
    /// rather than merged: a merge costs d_a + d_b steps, a search of the shorter row's
    /// entries about min · log₂ max.
    static let searchRatio = 16

    /// Calls `body(a, b)` for every neighbour the entry ranges `first` and `second` (two
    /// sorted rows of these neighbours) share, with its entry index in each, in increasing
    /// order of the neighbour — the same calls in the same order whichever way they are
    /// found.
    ///
    /// - Complexity: O(d_a + d_b) by merge when the rows are of comparable length;
    ///   O(min(d_a, d_b) log max(d_a, d_b)) when one is more than ``searchRatio`` times the
    ///   other: each entry of the shorter row is searched for in the rest of the longer
    ///   (a hub's row is not walked for each of its small partners).
    @inline(__always)
    func forEachCommonPartner(_ first: Range<Int>, _ second: Range<Int>, _ body: (Int, Int) -> Void) {
        let shorterIsFirst = first.count <= second.count
        let (short, long) = shorterIsFirst ? (first, second) : (second, first)
        if short.isEmpty { return }
        if long.count <= Self.searchRatio * short.count {
            var a = first.lowerBound, b = second.lowerBound
            while a < first.upperBound && b < second.upperBound {
                let x = neighbours[a], y = neighbours[b]
                if x < y { a += 1 } else if y < x { b += 1 } else { body(a, b); a += 1; b += 1 }
            }
            return
        }
        var low = long.lowerBound
        for s in short {
            let target = neighbours[s]
            // The first entry at or after `low` not below `target` (binary search).
            var high = long.upperBound
            while low < high {
                let middle = (low + high) >> 1
                if neighbours[middle] < target { low = middle + 1 } else { high = middle }
            }
            if low == long.upperBound { return }
            if neighbours[low] == target {
                if shorterIsFirst { body(s, low) } else { body(low, s) }
                low += 1
            }
        }
    }
}
