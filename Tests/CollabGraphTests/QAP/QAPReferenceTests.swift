import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabCLI
import Foundation
import XCTest

/// MR-QAP and QAP correlation against `Tests/Fixtures/reference_qap.py`: coefficients,
/// standard errors, t values and R² equal NumPy's least squares on the off-diagonal cells
/// to 1e-9 relative (1e-12 absolute); the permutation null (2000 seeded permutations here,
/// 1000 NumPy permutations there, independent draws) agrees statistically: means within
/// 4.5 standard errors of their difference, standard deviations within 10%.
final class QAPReferenceTests: XCTestCase {
    static let cases = ["east-london", "east-london-directed", "karate", "random-directed", "random-undirected"]

    func context(_ fixture: JSONValue) throws -> AnalysisContext {
        let graph = try TestSupport.load(fixture["folder"]!.stringValue!)
        var settings = AnalysisSettings()
        settings.direction = fixture["directed"]!.boolValue! ? .directed : .undirected
        return try AnalysisContext(graph: graph, name: "test", settings: settings)
    }

    func testCoefficientsEqualLeastSquares() throws {
        for name in Self.cases {
            let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/qap/\(name).json"))
            let context = try context(fixture)
            let y = try context.qapMatrix(QAPTerm(commandLine: fixture["dependent"]!.stringValue!))
            let predictors = try fixture["predictors"]!.arrayValue!.map { try context.qapMatrix(QAPTerm(commandLine: $0.stringValue!)) }
            XCTAssertEqual(y.values.count, Int(fixture["cells"]!.numberValue!), "\(name) cells")
            let regression = try QAPRegression(y, on: predictors, permutations: 0, seed: 1)
            for (label, actual, key) in [("b", regression.coefficients, "coefficients"), ("se", regression.standardErrors, "standard_errors"),
                                         ("t", regression.tValues, "t")] {
                let expected = fixture[key]!.arrayValue!.map { $0.numberValue! }
                XCTAssertEqual(actual.count, expected.count)
                for (a, e) in zip(actual, expected) { XCTAssertClose(a, e, "\(name) \(label)") }
            }
            XCTAssertClose(regression.rSquared, fixture["r_squared"]!.numberValue!, "\(name) R²")
            let correlation = QAP.correlation(y, predictors[0], permutations: 0, seed: 1)
            XCTAssertClose(correlation.observed, fixture["correlation"]!.numberValue!, "\(name) r")
        }
    }

    func testPermutationNullAgreesWithReference() throws {
        for name in ["karate", "random-directed", "random-undirected"] {
            let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/qap/\(name).json"))
            let context = try context(fixture)
            let y = try context.qapMatrix(QAPTerm(commandLine: fixture["dependent"]!.stringValue!))
            let predictors = try fixture["predictors"]!.arrayValue!.map { try context.qapMatrix(QAPTerm(commandLine: $0.stringValue!)) }
            let permutations = 2000
            let referenceCount = fixture["permutations"]!.numberValue!
            let regression = try QAPRegression(y, on: predictors, permutations: permutations, seed: 42)
            for (test, reference) in zip(regression.tests, fixture["null"]!.arrayValue!) {
                assertSameNull(mean: test.nullMean, sd: test.nullStandardDeviation, count: Double(permutations),
                               reference: reference, referenceCount: referenceCount, "\(name) \(test)")
            }
            let correlation = QAP.correlation(y, predictors[0], permutations: permutations, seed: 43)
            assertSameNull(mean: correlation.nullMean, sd: correlation.nullStandardDeviation, count: Double(permutations),
                           reference: fixture["correlation_null"]!, referenceCount: referenceCount, "\(name) correlation")
        }
    }

    func assertSameNull(mean: Double, sd: Double, count: Double, reference: JSONValue, referenceCount: Double, _ label: String,
                        file: StaticString = #filePath, line: UInt = #line) {
        let referenceMean = reference["mean"]!.numberValue!, referenceSD = reference["sd"]!.numberValue!
        let standardError = (sd * sd / count + referenceSD * referenceSD / referenceCount).squareRoot()
        XCTAssertLessThan(abs(mean - referenceMean), 4.5 * standardError, "\(label) null mean", file: file, line: line)
        XCTAssertLessThan(abs(sd - referenceSD), 0.1 * referenceSD, "\(label) null sd", file: file, line: line)
    }
}
