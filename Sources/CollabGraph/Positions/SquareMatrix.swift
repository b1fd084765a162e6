/// A dense n × n matrix of doubles over the actors of a view (row-major): the distances,
/// correlations and similarities that positional analysis compares actors by.
///
/// - Complexity: n² doubles of memory (8 MB for 1,000 actors).
public struct SquareMatrix: Sendable, Equatable {
    /// The number of rows (and columns).
    public let order: Int
    /// The cells, row by row: cell (i, j) is `values[i * order + j]`.
    public var values: [Double] { storage }
    @usableFromInline var storage: [Double]

    public init(order: Int, values: [Double]) {
        precondition(values.count == order * order, "a square matrix of order \(order) needs \(order * order) values")
        self.order = order
        self.storage = values
    }

    public init(order: Int, repeating value: Double) {
        self.init(order: order, values: [Double](repeating: value, count: order * order))
    }

    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { storage[i * order + j] }
        set { storage[i * order + j] = newValue }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> ArraySlice<Double> { values[i * order ..< (i + 1) * order] }

    /// The matrix restricted to `indices` (rows and columns, in that order).
    public func submatrix(_ indices: [Int]) -> SquareMatrix {
        var out: [Double] = []
        out.reserveCapacity(indices.count * indices.count)
        for i in indices { for j in indices { out.append(self[i, j]) } }
        return SquareMatrix(order: indices.count, values: out)
    }
}
