@testable import CollabGraph
import XCTest

final class CholeskyFactorTests: XCTestCase {
    /// The textbook example: A = [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] has
    /// L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]] (2² = 4; 6·2 = 12; 6² + 1² = 37; …).
    func testTextbookFactor() throws {
        let a: [Double] = [4, 12, -16, 12, 37, -43, -16, -43, 98]
        let factor = try CholeskyFactor(a, order: 3)
        XCTAssertEqual(factor.lower, [2, 0, 0, 6, 1, 0, -8, 5, 3])
        // A x = b for x = (1, −2, 3): b = (4 − 24 − 48, 12 − 74 − 129, −16 + 86 + 294).
        let x = factor.solve([-68, -191, 364])
        for (value, expected) in zip(x, [1.0, -2, 3]) { XCTAssertClose(value, expected) }
        // A A⁻¹ = I.
        let inverse = factor.inverse()
        for i in 0 ..< 3 {
            for j in 0 ..< 3 {
                var sum = 0.0
                for k in 0 ..< 3 { sum += a[i * 3 + k] * inverse[k * 3 + j] }
                XCTAssertEqual(sum, i == j ? 1 : 0, accuracy: 1e-12)
            }
        }
    }

    /// A singular matrix (second row twice the first) fails at its second column.
    func testSingularColumnNamed() {
        XCTAssertThrowsError(try CholeskyFactor([1, 2, 2, 4], order: 2)) {
            XCTAssertEqual($0 as? CholeskyFactor.NotPositiveDefinite, CholeskyFactor.NotPositiveDefinite(column: 1))
        }
    }
}
