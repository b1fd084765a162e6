import CollabGraph
import Foundation
import XCTest

/// Seeded property tests: the sparse structural-equivalence formulas against the
/// definition computed cell by cell on a dense matrix; determinism across runs.
final class PositionsPropertyTests: XCTestCase {
    /// The definition: profiles (row i, column i) compared on k ∉ {i, j}.
    func naive(_ view: GraphView, weighted: Bool) -> (euclidean: SquareMatrix, correlation: SquareMatrix) {
        let n = view.nodeCount
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for u in 0 ..< n { for e in view.outgoing.row(u) { a[u][Int(view.outgoing.neighbours[e])] = weighted ? view.outgoing.weights[e] : 1 } }
        var d = SquareMatrix(order: n, repeating: 0), r = SquareMatrix(order: n, repeating: 0)
        for i in 0 ..< n {
            for j in 0 ..< n {
                var x: [Double] = [], y: [Double] = []
                for k in 0 ..< n where k != i && k != j { x.append(a[i][k]); y.append(a[j][k]) }
                for k in 0 ..< n where k != i && k != j { x.append(a[k][i]); y.append(a[k][j]) }
                if i == j {
                    x = []; y = []
                    for k in 0 ..< n where k != i { x.append(a[i][k]); x.append(a[k][i]) }
                    y = x
                }
                d[i, j] = zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
                let mx = x.reduce(0, +) / Double(max(x.count, 1)), my = y.reduce(0, +) / Double(max(y.count, 1))
                let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
                let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
                r[i, j] = sxx > 1e-12 && syy > 1e-12 ? sxy / (sxx * syy).squareRoot() : 0
            }
        }
        return (d, r)
    }

    func testSparseStructuralEquivalenceEqualsTheDefinition() {
        for seed in UInt64(1) ... 4 {
            for directed in [false, true] {
                let view = SeededGraph.make(size: 30, directed: directed, seed: seed).view
                for weighted in [false, true] {
                    let expected = naive(view, weighted: weighted)
                    let d = view.structuralEquivalence(.euclidean, weighted: weighted)
                    let r = view.structuralEquivalence(.correlation, weighted: weighted)
                    for (a, e) in zip(d.values, expected.euclidean.values) { XCTAssertEqual(a, e, accuracy: 1e-9, "seed \(seed)") }
                    for (a, e) in zip(r.values, expected.correlation.values) { XCTAssertEqual(a, e, accuracy: 1e-9, "seed \(seed)") }
                }
            }
        }
    }

    /// Same input, same bits: the parallel rows are merged in chunk order.
    func testResultsAreDeterministic() {
        let view = SeededGraph.make(size: 60, directed: true, seed: 99).view
        XCTAssertEqual(view.structuralEquivalence(.correlation), view.structuralEquivalence(.correlation))
        XCTAssertEqual(view.regularEquivalence(), view.regularEquivalence())
        XCTAssertEqual(view.concor(), view.concor())
        XCTAssertEqual(view.centralization(), view.centralization())
    }
}
