/// The tie values a positional analysis reads from a view: a_ij = the summed weight of
/// i → j (`weighted`) or 1 for every tie (binary), 0 where there is none; the diagonal
/// is 0 (self-loops are kept out of a view's rows). An undirected view is the symmetric
/// matrix (a_ij = a_ji), as `sna` and `blockmodeling` read an undirected sociomatrix.
///
/// Holds the view's out- and in-rows with the values to use, and the row and column
/// sums the distance formulas need; built once per analysis in O(n + m).
struct TieMatrix: Sendable {
    let n: Int
    /// Out-rows (i → k) and in-rows (k → i), sharing the view's sorted neighbour order.
    let outgoing: CompressedAdjacency
    let incoming: CompressedAdjacency
    /// The value of each entry of `outgoing` and `incoming` (1 when binary).
    let outValue: [Double]
    let inValue: [Double]
    /// Σ_k a_ik, Σ_k a_ki, Σ_k a_ik², Σ_k a_ki².
    let rowSum: [Double]
    let columnSum: [Double]
    let rowSquares: [Double]
    let columnSquares: [Double]

    init(_ view: GraphView, weighted: Bool) {
        n = view.nodeCount
        outgoing = view.outgoing
        incoming = view.incoming
        outValue = weighted ? view.outgoing.weights : [Double](repeating: 1, count: view.outgoing.entryCount)
        inValue = weighted ? view.incoming.weights : [Double](repeating: 1, count: view.incoming.entryCount)
        var rowSum = [Double](repeating: 0, count: n), rowSquares = rowSum
        var columnSum = rowSum, columnSquares = rowSum
        for i in 0 ..< n {
            for e in outgoing.row(i) { rowSum[i] += outValue[e]; rowSquares[i] += outValue[e] * outValue[e] }
            for e in incoming.row(i) { columnSum[i] += inValue[e]; columnSquares[i] += inValue[e] * inValue[e] }
        }
        self.rowSum = rowSum
        self.columnSum = columnSum
        self.rowSquares = rowSquares
        self.columnSquares = columnSquares
    }

    /// a_ij (binary search in i's sorted out-row).
    @inline(__always)
    func value(_ i: Int, _ j: Int) -> Double {
        var low = outgoing.offsets[i], high = outgoing.offsets[i + 1]
        let target = Int32(j)
        while low < high {
            let mid = (low + high) / 2
            let v = outgoing.neighbours[mid]
            if v == target { return outValue[mid] }
            if v < target { low = mid + 1 } else { high = mid }
        }
        return 0
    }

    /// Adds Σ_k a_ik a_jk + Σ_k a_ki a_kj (the shared out- and in-profile products of i
    /// with every j) into `dot`, recording the j touched in `touched` (for the reset).
    /// - Complexity: O(Σ_{k ∈ N(i)} d(k)).
    @inline(__always)
    func addProducts(of i: Int, into dot: inout [Double], touched: inout [Int32]) {
        for e in outgoing.row(i) {
            let k = Int(outgoing.neighbours[e]), a = outValue[e]
            for f in incoming.row(k) {               // j → k
                let j = Int(incoming.neighbours[f])
                if dot[j] == 0 { touched.append(Int32(j)) }
                dot[j] += a * inValue[f]
            }
        }
        for e in incoming.row(i) {
            let k = Int(incoming.neighbours[e]), a = inValue[e]
            for f in outgoing.row(k) {               // k → j
                let j = Int(outgoing.neighbours[f])
                if dot[j] == 0 { touched.append(Int32(j)) }
                dot[j] += a * outValue[f]
            }
        }
    }
}
