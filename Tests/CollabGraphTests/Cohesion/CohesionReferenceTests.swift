import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Cohesion, homophily and ego-network measures against the fixtures written by
/// `Tests/Fixtures/reference_cohesion.py` (NetworkX 3.6.1; igraph for Barrat's clustering;
/// UCINET's ego definitions computed from NetworkX ego graphs). Tolerance: 1e-9 relative
/// plus 1e-12 absolute; counts exactly.
final class CohesionReferenceTests: XCTestCase {
    static let cases = [
        "karate", "florentine", "les-miserables", "east-london", "east-london-directed", "east-london-kind",
        "random-undirected", "random-directed", "random-directed-as-undirected", "holme-kim", "barbell", "kite",
        "star", "path", "complete", "two-k4-middle", "gf-example", "nx-directed-D", "pair", "single",
    ]

    struct Case {
        let name: String
        let fixture: JSONValue
        let graph: CollaborationGraph
        let view: GraphView
        let ids: [String]
    }

    func load(_ name: String) throws -> Case {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/cohesion/\(name).json"))
        let graph = try TestSupport.load(fixture["folder"]!.stringValue!)
        let view = graph.view(ViewOptions(directed: fixture["directed"]!.boolValue!))
        let ids = fixture["ids"]!.arrayValue!.map { $0.stringValue! }
        XCTAssertEqual(graph.actors.map(\.id), ids, "\(name): actor order")
        return Case(name: name, fixture: fixture, graph: graph, view: view, ids: ids)
    }

    func testCohesion() throws {
        for name in Self.cases {
            let c = try load(name)
            let expected = c.fixture["cohesion"]!
            let summary = CohesionSummary(view: c.view, weighted: true)
            XCTAssertClose(summary.density, expected["density"]!.numberValue!, "\(name) density")
            XCTAssertEqual(summary.ties, Int(expected["ties"]!.numberValue!), "\(name) ties")
            XCTAssertEqual(summary.components.sizes, integers(expected["components"]!), "\(name) components")
            XCTAssertClose(summary.clustering.transitivity, expected["transitivity"]!.numberValue!, "\(name) transitivity")
            XCTAssertClose(summary.clustering.averageClustering, expected["average_clustering"]!.numberValue!, "\(name) average clustering")
            assertColumn(summary.clustering.local, expected["clustering"]!, "\(name) clustering", ids: c.ids)
            // The unweighted path counts triangles by the forward algorithm, the weighted
            // one by stamps: both must give the reference.
            let unweighted = ClusteringCoefficients(c.view.partners)
            assertColumn(unweighted.local, expected["clustering"]!, "\(name) clustering (forward)", ids: c.ids)
            XCTAssertClose(unweighted.transitivity, expected["transitivity"]!.numberValue!, "\(name) transitivity (forward)")
            XCTAssertEqual(unweighted.triangles, summary.clustering.triangles, name)
            assertColumn(summary.clustering.onnela!, expected["onnela"]!, "\(name) onnela", ids: c.ids)
            XCTAssertClose(summary.clustering.averageOnnela!, expected["average_onnela"]!.numberValue!, "\(name) average onnela")
            assertColumn(summary.clustering.barrat!, expected["barrat"]!, "\(name) barrat", ids: c.ids)
            let paths = expected["paths"]!.arrayValue!
            XCTAssertEqual(summary.pathLengths!.count, paths.count, "\(name) path components")
            for (actual, reference) in zip(summary.pathLengths!, paths) {
                XCTAssertEqual(actual.actors, Int(reference["actors"]!.numberValue!), "\(name) component size")
                XCTAssertEqual(actual.diameter, Int(reference["diameter"]!.numberValue!), "\(name) diameter")
                XCTAssertClose(actual.averageShortestPath, reference["average_shortest_path"]!.numberValue!, "\(name) ASPL")
            }
            let cores = expected["cores"]!.arrayValue!.map { integers($0) }
            XCTAssertEqual(summary.coreDistribution.map { [$0.core, $0.actors] }, cores, "\(name) cores")
            if c.view.isDirected {
                if let r = expected["reciprocity"]!.numberValue {
                    XCTAssertClose(summary.reciprocity!, r, "\(name) reciprocity")
                } else {
                    XCTAssertNil(summary.reciprocity, name)
                }
                let census = expected["triad_census"]!
                for triad in TriadCensus.names {
                    XCTAssertEqual(summary.triadCensus!.count(triad), Int(census[triad]!.numberValue!), "\(name) triad \(triad)")
                }
            } else {
                XCTAssertNil(summary.triadCensus)
                XCTAssertNil(summary.reciprocity)
            }
        }
    }

    func testHomophily() throws {
        for name in Self.cases {
            let c = try load(name)
            let expected = c.fixture["homophily"]!
            let groups = ActorGroups(graph: c.graph, attribute: c.fixture["group"]!.stringValue!)
            let analysis = HomophilyAnalysis(view: c.view, groups: groups, permutations: 50, seed: 7)
            XCTAssertEqual(analysis.network.internalTies, Int(expected["internal"]!.numberValue!), "\(name) internal")
            XCTAssertEqual(analysis.network.externalTies, Int(expected["external"]!.numberValue!), "\(name) external")
            assertOptional(analysis.network.index, expected["ei"]!, "\(name) E–I")
            assertOptional(analysis.network.expected, expected["expected_ei"]!, "\(name) expected E–I")
            assertOptional(analysis.yulesQ, expected["yules_q"]!, "\(name) Yule's Q")
            assertOptional(analysis.attributeAssortativity, expected["attribute_assortativity"]!, "\(name) attribute assortativity")
            assertOptional(analysis.degreeAssortativity, expected["degree_assortativity"]!, "\(name) degree assortativity")
            if let attribute = expected["numeric_attribute"]?.stringValue {
                let values = try HomophilyAnalysis.numericValues(graph: c.graph, attribute: attribute)
                assertOptional(analysis.numericAssortativity(view: c.view, values: values), expected["numeric_assortativity"]!,
                               "\(name) numeric assortativity")
            }
        }
    }

    func testEgoNetworks() throws {
        for name in Self.cases {
            let c = try load(name)
            let expected = c.fixture["ego"]!
            let measures = EgoNetworks.measures(view: c.view)
            XCTAssertEqual(measures.map(\.size), integers(expected["size"]!), "\(name) size")
            assertColumn(measures.map { $0.ties.map(Double.init) }, expected["ties"]!, "\(name) ties", ids: c.ids)
            assertColumn(measures.map { $0.pairs.map(Double.init) }, expected["pairs"]!, "\(name) pairs", ids: c.ids)
            assertColumn(measures.map(\.density), expected["density"]!, "\(name) density", ids: c.ids)
            assertColumn(measures.map { $0.twoStepReach.map(Double.init) }, expected["two_step_reach"]!, "\(name) reach", ids: c.ids)
            assertColumn(measures.map(\.twoStepPercent), expected["two_step_percent"]!, "\(name) reach %", ids: c.ids)
            assertColumn(measures.map(\.reachEfficiency), expected["reach_efficiency"]!, "\(name) reach efficiency", ids: c.ids)
            assertColumn(measures.map(\.broker), expected["broker"]!, "\(name) broker", ids: c.ids)
            assertColumn(measures.map(\.normalizedBroker), expected["normalized_broker"]!, "\(name) nBroker", ids: c.ids)
            assertColumn(measures.map(\.egoBetweenness), expected["ego_betweenness"]!, "\(name) ego betweenness", ids: c.ids)
            assertColumn(measures.map(\.normalizedEgoBetweenness), expected["normalized_ego_betweenness"]!, "\(name) nEgoBet", ids: c.ids)
            // Effective size and constraint are the brokerage family's, not recomputed.
            let holes = StructuralHoles(view: c.view, weighted: false).allMeasures()
            XCTAssertEqual(measures.map(\.effectiveSize), holes.map(\.effectiveSize), name)
            XCTAssertEqual(measures.map(\.constraint), holes.map(\.constraint), name)
        }
    }

    func integers(_ value: JSONValue) -> [Int] { value.arrayValue!.map { Int($0.numberValue!) } }

    func assertOptional(_ actual: Double?, _ expected: JSONValue, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        switch (actual, expected.numberValue) {
        case (nil, nil): break
        case let (a?, e?): XCTAssertClose(a, e, label, file: file, line: line)
        case let (a, e): XCTFail("\(label): \(String(describing: a)) != \(String(describing: e))", file: file, line: line)
        }
    }

    func assertColumn(_ actual: [Double], _ expected: JSONValue, _ label: String, ids: [String],
                      file: StaticString = #filePath, line: UInt = #line) {
        assertColumn(actual.map { Optional($0) }, expected, label, ids: ids, file: file, line: line)
    }

    func assertColumn(_ actual: [Double?], _ expected: JSONValue, _ label: String, ids: [String],
                      file: StaticString = #filePath, line: UInt = #line) {
        let values = expected.arrayValue!
        XCTAssertEqual(actual.count, values.count, label, file: file, line: line)
        for (i, (a, e)) in zip(actual, values).enumerated() {
            assertOptional(a, e, "\(label) \(ids[i])", file: file, line: line)
        }
    }
}
