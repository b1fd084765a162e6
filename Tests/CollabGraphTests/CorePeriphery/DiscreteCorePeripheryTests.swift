import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Borgatti–Everett core/periphery: the ideal pattern by hand, exhaustive-search optima,
/// fits and block densities of given splits, and continuous coreness, against the
/// fixtures of Tests/Fixtures/reference_core_periphery.py (NumPy from the definitions):
/// fits and densities to 1e-12, coreness to 1e-9 relative.
final class DiscreteCorePeripheryTests: XCTestCase {
    static let fixtures = "Tests/Fixtures/reference/core-periphery/"

    static func view(_ n: Int, _ edges: [[Double]], directed: Bool) -> GraphView {
        GraphView(nodeCount: n, sources: edges.map { Int32($0[0]) }, targets: edges.map { Int32($0[1]) },
                  weights: edges.map { $0[2] }, directed: directed)
    }

    /// An ideal core/periphery graph: core {0, 1, 2, 3} a 4-clique, periphery 4 … 9 each
    /// tied only to core members:
    ///
    ///     4   5        core–core: 6 of 6 pairs tied    → ideal 1
    ///     |   |        periphery–periphery: 0 of 15    → ideal 0
    ///     0 — 1        (core–periphery ignored)
    ///     | X |        so r = 1 exactly, and no other split reaches it.
    ///     3 — 2
    ///     |   |
    ///     7   6   (8 tied to 0 and 1, 9 to 2 and 3)
    ///
    /// Block densities: core→core 12/12 = 1; core→periphery 8/24 = 1/3; periphery→periphery 0.
    func testIdealCorePeriphery() {
        let core: [[Double]] = [[0, 1, 1], [0, 2, 1], [0, 3, 1], [1, 2, 1], [1, 3, 1], [2, 3, 1]]
        let spokes: [[Double]] = [[4, 0, 1], [5, 1, 1], [6, 2, 1], [7, 3, 1], [8, 0, 1], [8, 1, 1], [9, 2, 1], [9, 3, 1]]
        let view = Self.view(10, core + spokes, directed: false)
        for start in [1, 10] {
            let result = DiscreteCorePeriphery(view: view, options: CorePeripheryOptions(seed: 5, starts: start))
            XCTAssertEqual(result.fit!, 1, accuracy: 1e-15)
            XCTAssertEqual(result.core, [0, 1, 2, 3])
            XCTAssertEqual(result.blocks.coreToCore!, 1)
            XCTAssertEqual(result.blocks.coreToPeriphery!, 1.0 / 3, accuracy: 1e-15)
            XCTAssertEqual(result.blocks.peripheryToPeriphery!, 0)
        }
    }

    /// A core of one actor leaves no core–core dyad: under `ignore` the fit is undefined.
    func testUndefinedFit() {
        let view = Self.view(4, [[0, 1, 1], [0, 2, 1], [0, 3, 1]], directed: false)
        XCTAssertNil(DiscreteCorePeriphery.fit(of: [true, false, false, false], view: view, model: .ignore, weighted: false))
        XCTAssertNil(DiscreteCorePeriphery(view: Self.view(3, [], directed: false)).fit)
    }

    func testExhaustiveOptima() throws {
        let cases = try JSONValue.parse(contentsOf: TestSupport.path(Self.fixtures + "exhaustive.json")).arrayValue!
        XCTAssertEqual(cases.count, 44)
        for c in cases {
            let n = Int(c["n"]!.numberValue!)
            let edges = c["edges"]!.arrayValue!.map { $0.arrayValue!.map { $0.numberValue! } }
            let view = Self.view(n, edges, directed: c["directed"]!.boolValue!)
            let model = CorePeripheryModel(rawValue: c["model"]!.stringValue!)!
            let weighted = c["weighted"]!.boolValue!
            let label = "\(c["name"]!.stringValue!) \(model) weighted \(weighted)"
            let result = DiscreteCorePeriphery(view: view, options: CorePeripheryOptions(model: model, weighted: weighted, seed: 7, starts: 50))
            XCTAssertEqual(result.fit!, c["fit"]!.numberValue!, accuracy: 1e-12, label)
            let cores = c["cores"]!.arrayValue!.map { $0.arrayValue!.map { $0.boolValue! } }
            XCTAssertTrue(cores.contains(result.inCore), "\(label): core \(result.core) is not an optimum")
            if cores.count == 1 {
                let blocks = c["blocks"]!
                XCTAssertEqual(result.blocks.coreToCore ?? -1, blocks["core_to_core"]!.numberValue ?? -1, accuracy: 1e-12, label)
                XCTAssertEqual(result.blocks.coreToPeriphery ?? -1, blocks["core_to_periphery"]!.numberValue ?? -1, accuracy: 1e-12, label)
                XCTAssertEqual(result.blocks.peripheryToCore ?? -1, blocks["periphery_to_core"]!.numberValue ?? -1, accuracy: 1e-12, label)
                XCTAssertEqual(result.blocks.peripheryToPeriphery ?? -1, blocks["periphery_to_periphery"]!.numberValue ?? -1, accuracy: 1e-12, label)
            }
        }
    }

    func testFitsOfGivenSplits() throws {
        let cases = try JSONValue.parse(contentsOf: TestSupport.path(Self.fixtures + "splits.json")).arrayValue!
        XCTAssertGreaterThan(cases.count, 200)
        var graphs: [String: CollaborationGraph] = [:]
        for c in cases {
            let folder = c["graph"]!.stringValue!
            let graph = try graphs[folder] ?? GraphLoader.load(TestSupport.path(folder))
            graphs[folder] = graph
            let directed = c["directed"]!.boolValue!, weighted = c["weighted"]!.boolValue!
            let view = graph.view(ViewOptions(directed: directed))
            var inCore = [Bool](repeating: false, count: graph.actorCount)
            for actor in c["core"]!.arrayValue! { inCore[Int(actor.numberValue!)] = true }
            let label = "\(folder) directed \(directed) weighted \(weighted) core \(inCore.filter { $0 }.count)"
            for model in CorePeripheryModel.allCases {
                let expected = c["fit_\(model.rawValue)"]!.numberValue
                let fit = DiscreteCorePeriphery.fit(of: inCore, view: view, model: model, weighted: weighted)
                XCTAssertEqual(fit == nil, expected == nil, label)
                if let fit, let expected { XCTAssertEqual(fit, expected, accuracy: 1e-12, "\(label) \(model)") }
            }
            let blocks = DiscreteCorePeriphery.blocks(of: inCore, view: view, weighted: weighted)
            let expected = c["blocks"]!
            XCTAssertEqual(blocks.coreToCore!, expected["core_to_core"]!.numberValue!, accuracy: 1e-12, label)
            XCTAssertEqual(blocks.coreToPeriphery!, expected["core_to_periphery"]!.numberValue!, accuracy: 1e-12, label)
            XCTAssertEqual(blocks.peripheryToCore!, expected["periphery_to_core"]!.numberValue!, accuracy: 1e-12, label)
            XCTAssertEqual(blocks.peripheryToPeriphery!, expected["periphery_to_periphery"]!.numberValue!, accuracy: 1e-12, label)
        }
    }

    /// The search reaches at least the best of the reference's given splits (degree-ranked
    /// prefixes and random splits) on every dataset.
    func testSearchBeatsGivenSplits() throws {
        let cases = try JSONValue.parse(contentsOf: TestSupport.path(Self.fixtures + "splits.json")).arrayValue!
        var best: [String: Double] = [:]
        for c in cases {
            for model in CorePeripheryModel.allCases {
                guard let fit = c["fit_\(model.rawValue)"]!.numberValue else { continue }
                let key = "\(c["graph"]!.stringValue!)|\(c["directed"]!.boolValue!)|\(c["weighted"]!.boolValue!)|\(model.rawValue)"
                best[key] = max(best[key] ?? -2, fit)
            }
        }
        for (key, reference) in best.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "|").map(String.init)
            let graph = try GraphLoader.load(TestSupport.path(parts[0]))
            let view = graph.view(ViewOptions(directed: parts[1] == "true"))
            let options = CorePeripheryOptions(model: CorePeripheryModel(rawValue: parts[3])!, weighted: parts[2] == "true", seed: 1, starts: 10)
            let result = DiscreteCorePeriphery(view: view, options: options)
            XCTAssertGreaterThanOrEqual(result.fit!, reference - 1e-12, key)
            XCTAssertEqual(result, DiscreteCorePeriphery(view: view, options: options), "\(key): deterministic")
        }
    }

    func testContinuousCoreness() throws {
        let cases = try JSONValue.parse(contentsOf: TestSupport.path(Self.fixtures + "continuous.json")).arrayValue!
        for c in cases {
            let folder = c["graph"]!.stringValue!
            let graph = try GraphLoader.load(TestSupport.path(folder))
            let directed = c["directed"]!.boolValue!, weighted = c["weighted"]!.boolValue!
            let result = ContinuousCorePeriphery(view: graph.view(ViewOptions(directed: directed)), weighted: weighted)
            let label = "\(folder) directed \(directed) weighted \(weighted)"
            XCTAssertTrue(result.converged, label)
            let expected = c["coreness"]!.arrayValue!.map { $0.numberValue! }
            let scale = expected.max()!
            for (actor, value) in expected.enumerated() {
                XCTAssertEqual(result.coreness[actor], value, accuracy: 1e-9 * scale, "\(label) actor \(actor)")
            }
            XCTAssertEqual(result.fit!, c["fit"]!.numberValue!, accuracy: 1e-9, label)
        }
    }
    /// UCINET's published values for Baker's journal citation network (dichotomised,
    /// directed): core {CW, JSWE, SCW, SSR, SW, SWRA}, block densities 0.93, 0.39, 0.21,
    /// 0.04 (fixture baker-published.json names the source). The data is not bundled: the
    /// test runs when COLLAB_BAKER_JOURNALS names a folder written by
    /// Tests/Fixtures/baker_journals_folder.py, and skips otherwise.
    func testBakerJournalsPublishedValues() throws {
        guard let folder = ProcessInfo.processInfo.environment["COLLAB_BAKER_JOURNALS"] else {
            throw XCTSkip("COLLAB_BAKER_JOURNALS not set (Baker's data is not bundled; see baker_journals_folder.py)")
        }
        let published = try JSONValue.parse(contentsOf: TestSupport.path(Self.fixtures + "baker-published.json"))
        let graph = try GraphLoader.load(folder)
        let view = graph.view(ViewOptions(directed: true))
        let result = DiscreteCorePeriphery(view: view, options: CorePeripheryOptions(seed: 1, starts: 50))
        let tolerance = published["tolerance"]!.numberValue!
        XCTAssertEqual(Set(result.core.map { graph.actors[Int($0)].id }), Set(published["core"]!.arrayValue!.map { $0.stringValue! }))
        XCTAssertEqual(result.blocks.coreToCore!, published["core_to_core"]!.numberValue!, accuracy: tolerance)
        XCTAssertEqual(result.blocks.peripheryToPeriphery!, published["periphery_to_periphery"]!.numberValue!, accuracy: tolerance)
        let offDiagonal = [result.blocks.coreToPeriphery!, result.blocks.peripheryToCore!].sorted(by: >)
        let expected = published["off_diagonal"]!.arrayValue!.map { $0.numberValue! }.sorted(by: >)
        for (value, reference) in zip(offDiagonal, expected) { XCTAssertEqual(value, reference, accuracy: tolerance) }
    }
}
