import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabCLI
import XCTest

/// QAP on a graph small enough to derive by hand.
final class QAPRegressionTests: XCTestCase {
    /// ```
    ///   group A: 0 ── 1        ties 0–1, 0–2, 2–3
    ///             \
    ///   group B:   2 ── 3
    /// ```
    /// Cells (0,1) (0,2) (0,3) (1,2) (1,3) (2,3): ties Y = 1 1 0 0 0 1, same group
    /// X = 1 0 0 0 0 1. OLS of Y on X: intercept = mean Y where X = 0 = 1/4, slope =
    /// 1 − 1/4 = 3/4; r = slope × sd(X)/sd(Y) = 0.75 × √(2/9) / 0.5 = 1/√2.
    /// Relabelling the actors turns X into one of the three perfect matchings with equal
    /// chance; only {01, 23} (X itself) reaches r = 1/√2, so P(r^π ≥ r) = 1/3.
    func testTwoGroupsOfTwo() throws {
        let folder = TestSupport.folder([
            "nodes.csv": "id,group\n0,A\n1,A\n2,B\n3,B\n",
            "edges.csv": "source,target\n0,1\n0,2\n2,3\n",
        ])
        var settings = AnalysisSettings()
        settings.direction = .undirected
        let context = try AnalysisContext(graph: GraphLoader.load(folder), name: "hand", settings: settings)
        let y = try context.qapMatrix(QAPTerm(commandLine: "ties"))
        let x = try context.qapMatrix(QAPTerm(commandLine: "same:group"))
        XCTAssertEqual(y.values, [1, 1, 0, 0, 0, 1])
        XCTAssertEqual(x.values, [1, 0, 0, 0, 0, 1])
        let regression = try QAPRegression(y, on: [x], permutations: 3000, seed: 9)
        XCTAssertClose(regression.coefficients[0], 0.25)
        XCTAssertClose(regression.coefficients[1], 0.75)
        let correlation = QAP.correlation(y, x, permutations: 3000, seed: 10)
        XCTAssertClose(correlation.observed, 1 / 2.0.squareRoot())
        // Binomial(3000, 1/3): standard deviation of the share ≈ 0.0086; allow 4.
        XCTAssertEqual(correlation.pGreater, 1.0 / 3, accuracy: 0.035)
        // With one predictor the DSP residual is X centred: same permutation distribution.
        XCTAssertEqual(regression.tests[0].pGreater, 1.0 / 3, accuracy: 0.035)
        // Seeded: the same seed gives the same null.
        XCTAssertEqual(QAP.correlation(y, x, permutations: 3000, seed: 10), correlation)
        XCTAssertEqual(QAP.permutation(5, actors: 4, seed: 10).sorted(), [0, 1, 2, 3])
    }
}
