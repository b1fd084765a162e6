import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// NMI and ARI: hand-derived cases and scikit-learn 1.9 fixtures
/// (Tests/Fixtures/reference_communities.py), to 1e-12.
final class PartitionComparisonTests: XCTestCase {
    /// a = [0 0 0 1 1 1], b = [0 0 1 1 2 2]. Contingency rows (3: 2 1 0), (3: 0 1 2).
    /// Pairs together in a: 2·C(3,2) = 6; in b: 3·C(2,2) = 3; in both: C(2,2) + C(2,2) = 2;
    /// of C(6,2) = 15 pairs. ARI = (2 − 6·3/15) / ((6 + 3)/2 − 6·3/15) = 0.8 / 3.3 = 8/33.
    /// I = Σ n_ij/n ln(n n_ij / a_i b_j) over the cells 2, 1, 1, 2
    ///   = 2 · (2/6) ln(6·2/(3·2)) + 2 · (1/6) ln(6·1/(3·2)) = (2/3) ln 2;
    /// H(a) = ln 2; H(b) = ln 3; NMI = (2/3) ln 2 / ((ln 2 + ln 3)/2).
    func testSmallCaseByHand() {
        let result = PartitionComparison([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])
        XCTAssertEqual(result.adjustedRandIndex, 8.0 / 33, accuracy: 1e-15)
        let ln2: Double = log(2), ln3: Double = log(3)
        let expected: Double = (2.0 / 3) * ln2 / ((ln2 + ln3) / 2)
        XCTAssertEqual(result.normalizedMutualInformation, expected, accuracy: 1e-15)
    }

    func testIdenticalAndTrivial() {
        let same = PartitionComparison([3, 3, 1, 1, 2], [0, 0, 5, 5, 7])
        XCTAssertEqual(same.normalizedMutualInformation, 1, accuracy: 1e-15)
        XCTAssertEqual(same.adjustedRandIndex, 1)
        let oneGroup = PartitionComparison([0, 0, 0], [2, 2, 2])
        XCTAssertEqual(oneGroup.normalizedMutualInformation, 1)
        XCTAssertEqual(oneGroup.adjustedRandIndex, 1)
    }

    func testScikitLearnFixtures() throws {
        let cases = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/communities/comparison.json")).arrayValue!
        XCTAssertGreaterThan(cases.count, 8)
        for c in cases {
            let a = c["a"]!.arrayValue!.map { Int32($0.numberValue!) }, b = c["b"]!.arrayValue!.map { Int32($0.numberValue!) }
            let result = PartitionComparison(a, b)
            let name = c["name"]!.stringValue!
            XCTAssertEqual(result.normalizedMutualInformation, c["nmi"]!.numberValue!, accuracy: 1e-12, name)
            XCTAssertEqual(result.adjustedRandIndex, c["ari"]!.numberValue!, accuracy: 1e-12, name)
            let swapped = PartitionComparison(b, a)
            XCTAssertEqual(swapped.normalizedMutualInformation, result.normalizedMutualInformation, accuracy: 1e-14, "\(name) symmetric")
            XCTAssertEqual(swapped.adjustedRandIndex, result.adjustedRandIndex, accuracy: 1e-14, "\(name) symmetric")
        }
    }
}
