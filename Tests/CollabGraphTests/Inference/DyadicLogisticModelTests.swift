@testable import CollabGraph
import Foundation
import XCTest

/// The dyad-independent ERGM: hand cases, separation, errors, determinism, and estimates
/// against statsmodels' logistic regression on the same dyads
/// (`Tests/Fixtures/reference_inference.py`).
final class DyadicLogisticModelTests: XCTestCase {
    static func view(_ edges: [(Int, Int)], actors: Int, directed: Bool = false) -> GraphView {
        UniformGraphTestTests.view(edges: edges, actors: actors, directed: directed)
    }

    /// `edges` alone: m ties among D dyads. The estimate is logit(m/D), its standard error
    /// 1/√(D p (1 − p)), ℓ = m ln p + (D − m) ln(1 − p). Here the path 0–1–2–3 on 5 actors:
    /// m = 3, D = 10, p = 0.3.
    func testEdgesOnlyByHand() throws {
        let model = try DyadicLogisticModel(view: Self.view([(0, 1), (1, 2), (2, 3)], actors: 5), terms: [.edges])
        let p = 0.3, d = 10.0
        XCTAssertEqual(model.dyads, 10)
        XCTAssertEqual(model.ties, 3)
        XCTAssertClose(model.coefficients[0].estimate!, log(p / (1 - p)))
        XCTAssertClose(model.coefficients[0].standardError!, 1 / (d * p * (1 - p)).squareRoot())
        XCTAssertClose(model.logLikelihood, 3 * log(p) + 7 * log(1 - p))
        XCTAssertClose(model.aic, -2 * model.logLikelihood + 2)
        XCTAssertClose(model.bic, -2 * model.logLikelihood + log(d))
        XCTAssertEqual(model.coefficients[0].name, "edges")
    }

    /// ```
    ///   a: 0 ── 1      b: 2     3
    ///       \______________/
    /// ```
    /// Groups a = {0, 1}, b = {2, 3}; ties 0–1 (within a) and 0–3 (across). Within-group
    /// dyads: 0–1 (tied), 2–3 (not): p = ½. Across: 4 dyads, one tied: p = ¼. So
    /// θ_edges = logit ¼ = −ln 3 and θ_match = logit ½ − logit ¼ = ln 3.
    func testNodematchByHand() throws {
        let view = Self.view([(0, 1), (0, 3)], actors: 4)
        let match = try DyadicTerm.nodematch("group", values: ["a", "a", "b", "b"])
        let model = try DyadicLogisticModel(view: view, terms: [.edges, match])
        XCTAssertClose(model.coefficients[0].estimate!, -log(3.0))
        XCTAssertClose(model.coefficients[1].estimate!, log(3.0))
        XCTAssertEqual(model.coefficients.map(\.name), ["edges", "nodematch.group"])
    }

    /// Ties only across groups: no within-group dyad is tied, so the nodematch coefficient
    /// has no estimate (−∞); the within-group dyads are set aside and edges is fitted on the
    /// 4 across-group dyads, 2 of them tied: logit ½ = 0.
    func testSeparationStatedNotPrinted() throws {
        let view = Self.view([(0, 2), (1, 3)], actors: 4)
        let match = try DyadicTerm.nodematch("group", values: ["a", "a", "b", "b"])
        let model = try DyadicLogisticModel(view: view, terms: [.edges, match])
        XCTAssertNil(model.coefficients[1].estimate)
        XCTAssertNil(model.coefficients[1].standardError)
        XCTAssertEqual(model.coefficients[1].separation, .negativeInfinity)
        XCTAssertEqual(model.setAsideDyads, 2)
        XCTAssertEqual(model.dyads, 4)
        XCTAssertEqual(model.coefficients[0].estimate!, 0, accuracy: 1e-12)
        XCTAssertClose(model.logLikelihood, 4 * log(0.5))
    }

    func testErrors() throws {
        let view = Self.view([(0, 1), (1, 2)], actors: 4)
        XCTAssertThrowsError(try DyadicTerm.nodematch("sector", values: ["a", nil, "b", "b"])) {
            XCTAssertEqual($0 as? DyadicModelError, .missingValue(term: "nodematch:sector", actor: 1))
        }
        XCTAssertThrowsError(try DyadicTerm.nodefactor("kind", values: ["x", "x", "x", "x"])) {
            XCTAssertEqual($0 as? DyadicModelError, .singleLevel(term: "nodefactor:kind", level: "x"))
        }
        // A constant covariate beside edges: collinear.
        let constant = try DyadicTerm.nodecov("size", values: [1, 1, 1, 1])
        XCTAssertThrowsError(try DyadicLogisticModel(view: view, terms: [.edges, constant])) {
            XCTAssertEqual($0 as? DyadicModelError, .collinear(column: "nodecov.size"))
        }
        XCTAssertThrowsError(try DyadicLogisticModel(view: Self.view([], actors: 4), terms: [.edges])) {
            XCTAssertEqual($0 as? DyadicModelError, .noVariation)
        }
    }

    /// Levels sort as R sorts them: numbers numerically (2 before 10), text by code point;
    /// the first is the base.
    func testFactorLevels() throws {
        let numeric = try DyadicTerm.nodefactor("size", values: ["10", "2", "33", "2"])
        XCTAssertEqual(numeric.columnNames, ["nodefactor.size.10", "nodefactor.size.33"])
        let text = try DyadicTerm.nodefactor("kind", values: ["sme", "anchor", "employer", "sme"])
        XCTAssertEqual(text.columnNames, ["nodefactor.kind.employer", "nodefactor.kind.sme"])
    }

    /// Same bits on 1 and 3 threads.
    func testDeterministic() throws {
        let seeded = SeededGraph.make(size: 120, directed: true, seed: 6)
        let view = seeded.view
        let labels = (0 ..< view.nodeCount).map { ["x", "y", "z"][$0 % 3] }
        let values = (0 ..< view.nodeCount).map { Double($0 % 7) }
        let terms = [DyadicTerm.edges, try .nodefactor("g", values: labels), try .absdiff("v", values: values)]
        let one = try DyadicLogisticModel(view: view, terms: terms, threads: 1)
        let three = try DyadicLogisticModel(view: view, terms: terms, threads: 3)
        XCTAssertEqual(one.coefficients, three.coefficients)
        XCTAssertEqual(one.logLikelihood.bitPattern, three.logLikelihood.bitPattern)
    }

    // MARK: - Reference values

    static let tiers = ["local": 1.0, "subregional": 2, "regional": 3, "national": 4]

    static func term(_ text: String, graph: CollaborationGraph, directed: Bool) throws -> DyadicTerm {
        if text == "edges" { return .edges }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let attribute = parts[1]
        let labels = graph.actors.map { $0.value(of: attribute) }
        let numbers = labels.map { label in label.flatMap { tiers[$0] ?? Double($0) } }
        switch parts[0] {
        case "nodematch": return try .nodematch(attribute, values: labels)
        case "nodefactor": return try .nodefactor(attribute, values: labels)
        case "nodecov": return try .nodecov(attribute, values: numbers)
        case "absdiff": return try .absdiff(attribute, values: numbers)
        case "edgecov":
            // Networks shared by two actors (memberships.csv), each pair once.
            let shared = graph.view(ViewOptions(directed: false, memberships: .coMembership(.sharedNetworks), includeTies: false)).partners
            var sources: [Int32] = [], targets: [Int32] = [], values: [Double] = []
            for u in 0 ..< shared.nodeCount {
                for entry in shared.row(u) where Int(shared.neighbours[entry]) > u {
                    sources.append(Int32(u)); targets.append(shared.neighbours[entry]); values.append(shared.weights[entry])
                }
            }
            return .edgecov(attribute, covariate: DyadicCovariate(nodeCount: graph.actorCount, sources: sources, targets: targets,
                                                                  values: values, directed: false))
        default: fatalError(text)
        }
    }

    /// Estimates, standard errors, z, p, ℓ, AIC and BIC equal statsmodels' to 1e-6
    /// (relative; z and p too), on East London (undirected and directed), karate and the
    /// Florentine families.
    func testAgainstStatsmodels() throws {
        for name in ["east-london", "east-london-directed", "karate", "florentine"] {
            let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/inference/model-\(name).json"))
            let graph = try TestSupport.load(fixture["folder"]!.stringValue!)
            let directed = fixture["directed"]!.boolValue!
            let view = graph.view(ViewOptions(directed: directed))
            let terms = try fixture["terms"]!.arrayValue!.map { try Self.term($0.stringValue!, graph: graph, directed: directed) }
            let model = try DyadicLogisticModel(view: view, terms: terms)
            XCTAssertEqual(model.dyads, Int(fixture["dyads"]!.numberValue!), name)
            XCTAssertEqual(model.ties, Int(fixture["ties"]!.numberValue!), name)
            let expected = fixture["coefficients"]!.arrayValue!
            XCTAssertEqual(model.coefficients.map(\.name), expected.map { $0["name"]!.stringValue! }, name)
            for (mine, reference) in zip(model.coefficients, expected) {
                let label = "\(name) \(mine.name)"
                XCTAssertClose(mine.estimate!, reference["estimate"]!.numberValue!, relative: 1e-6, absolute: 1e-9, label)
                XCTAssertClose(mine.standardError!, reference["std_error"]!.numberValue!, relative: 1e-6, absolute: 1e-9, label)
                XCTAssertClose(mine.z!, reference["z"]!.numberValue!, relative: 1e-6, absolute: 1e-9, label)
                XCTAssertClose(mine.p!, reference["p"]!.numberValue!, relative: 1e-6, absolute: 1e-12, label)
            }
            XCTAssertClose(model.logLikelihood, fixture["log_likelihood"]!.numberValue!, relative: 1e-9, "\(name) ℓ")
            XCTAssertClose(model.aic, fixture["aic"]!.numberValue!, relative: 1e-9, "\(name) AIC")
            XCTAssertClose(model.bic, fixture["bic"]!.numberValue!, relative: 1e-9, "\(name) BIC")
        }
    }
}
