import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Measured deltas against NetworkX 3.6.1 on the changed graphs
/// (Tests/Fixtures/reference_gaps.py → Tests/Fixtures/reference/gaps/*.json): constraint and
/// effective size of the focus (`constraint`/`effective_size` with `nodes=[focus]`),
/// betweenness on the undirected reading, and reach within 2 hops.
final class GapsReferenceTests: XCTestCase {
    func testAgainstNetworkX() throws {
        let folder = TestSupport.path("Tests/Fixtures/reference/gaps")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 10)
        var checked = 0
        for file in files {
            let fixture = try JSONValue.parse(contentsOf: folder + "/" + file)
            guard case .object(let fields) = fixture else { return XCTFail("\(file): not an object") }
            func field(_ name: String, in pairs: [(String, JSONValue)]) -> JSONValue { pairs.first { $0.0 == name }!.1 }
            func number(_ value: JSONValue) -> Double? { if case .number(let x) = value { x } else { nil } }
            func string(_ value: JSONValue) -> String { if case .string(let s) = value { s } else { "" } }
            func bool(_ value: JSONValue) -> Bool { if case .bool(let b) = value { b } else { false } }
            let graph = try TestSupport.load(string(field("graph", in: fields)))
            let directed = bool(field("directed", in: fields)), weighted = bool(field("weighted", in: fields))
            let view = graph.view(ViewOptions(directed: directed))
            let focus = Int(graph.index(of: string(field("focus", in: fields)))!)
            let reach = FocusReach(view: view, focus: focus, maxHops: 2)
            let evaluator = TieEvaluator(view: view, focus: focus, weighted: weighted, reach: reach,
                                         groups: ActorGroups(graph: graph, attribute: "group"))
            XCTAssertClose(evaluator.addedWeight, number(field("added_weight", in: fields))!, file)
            guard case .object(let before) = field("before", in: fields),
                  case .array(let candidates) = field("candidates", in: fields) else { return XCTFail(file) }
            let targets = candidates.map { candidate -> Int in
                guard case .object(let c) = candidate else { return -1 }
                return Int(graph.index(of: string(field("target", in: c)))!)
            }
            let effects = evaluator.evaluate(targets)
            XCTAssertEqual(reach.reached.count, Int(number(field("reach", in: before))!), file)
            for (effect, candidate) in zip(effects, candidates) {
                guard case .object(let c) = candidate, case .object(let after) = field("after", in: c) else { return XCTFail(file) }
                let label = "\(file) → \(graph.actors[effect.target].id)"
                if let expected = number(field("constraint", in: before)) {
                    XCTAssertClose(effect.constraintBefore!, expected, label)
                    XCTAssertClose(effect.effectiveSizeBefore!, number(field("effective_size", in: before))!, label)
                }
                XCTAssertClose(effect.constraintAfter!, number(field("constraint", in: after))!, label)
                XCTAssertClose(effect.effectiveSizeAfter!, number(field("effective_size", in: after))!, label)
                XCTAssertClose(effect.betweennessBefore, number(field("betweenness", in: before))!, absolute: 1e-12, label)
                XCTAssertClose(effect.betweennessAfter!, number(field("betweenness", in: after))!, absolute: 1e-12, label)
                XCTAssertEqual(reach.reached.count + effect.deltaReach, Int(number(field("reach", in: after))!), label)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }
}
