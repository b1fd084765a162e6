import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Brokerage measures against the fixtures written by `Tests/Fixtures/reference_brokerage.py`
/// (NetworkX 3.6.1 per-actor structural holes, bridges, local bridges and articulation
/// points; a transcription of R sna's `brokerage` counting and moments; NetworkX mixing
/// counts). Tolerance: 1e-9 relative plus 1e-12 absolute.
final class BrokerageReferenceTests: XCTestCase {
    static let cases = [
        "karate", "florentine", "les-miserables", "east-london", "east-london-directed", "east-london-kind",
        "random-undirected", "random-directed", "random-directed-as-undirected", "holme-kim", "borgatti",
        "burt-triangle", "nx-directed-D", "two-k4-middle", "barbell", "path", "star", "kite", "complete",
        "gf-example", "pair", "single",
    ]

    struct Case {
        let name: String
        let fixture: JSONValue
        let graph: CollaborationGraph
        let view: GraphView
        let ids: [String]
        let groups: ActorGroups?
    }

    func load(_ name: String) throws -> Case {
        let root = BrokerageFixtures.repositoryRoot
        let fixture = try JSONValue.parse(contentsOf: root + "/Tests/Fixtures/reference/brokerage/\(name).json")
        let folder = fixture["folder"]!.stringValue!
        let graph = try GraphLoader.load(root + "/" + folder)
        let directed = fixture["directed"]!.boolValue!
        let view = graph.view(ViewOptions(directed: directed))
        let ids = fixture["ids"]!.arrayValue!.map { $0.stringValue! }
        XCTAssertEqual(graph.actors.map(\.id), ids, "\(name): actor order")
        let groups = fixture["group"]!.stringValue.map { ActorGroups(graph: graph, attribute: $0) }
        return Case(name: name, fixture: fixture, graph: graph, view: view, ids: ids, groups: groups)
    }

    func testStructuralHoles() throws {
        for name in Self.cases {
            let c = try load(name)
            for weighted in [false, true] {
                let expected = c.fixture[weighted ? "weighted" : "unweighted"]!
                let measures = StructuralHoles(view: c.view, weighted: weighted).allMeasures()
                let label = "\(name) \(weighted ? "weighted" : "unweighted")"
                assertColumn(measures.map(\.effectiveSize), expected["effective_size"]!, "\(label) effective_size", ids: c.ids)
                assertColumn(measures.map(\.efficiency), expected["efficiency"]!, "\(label) efficiency", ids: c.ids)
                assertColumn(measures.map(\.constraint), expected["constraint"]!, "\(label) constraint", ids: c.ids)
                assertColumn(measures.map(\.hierarchy), expected["hierarchy"]!, "\(label) hierarchy", ids: c.ids)
            }
        }
    }

    func testPerActorFunctionsAgreeWithTable() throws {
        let c = try load("random-directed")
        let holes = StructuralHoles(view: c.view, weighted: true)
        let table = holes.allMeasures()
        for actor in 0 ..< c.view.nodeCount {
            XCTAssertEqual(holes.measures(of: actor), table[actor])
            let local = holes.localConstraints(of: actor)
            if let constraint = table[actor].constraint {
                XCTAssertEqual(local.map(\.value).reduce(0, +), constraint, accuracy: 1e-12)
            } else {
                XCTAssertTrue(local.isEmpty)
            }
        }
    }

    func testGouldFernandezRolesAndZScores() throws {
        let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
        for name in Self.cases {
            let c = try load(name)
            guard let groups = c.groups else { continue }
            let counts = GouldFernandez.roleCounts(view: c.view, groups: groups)
            let baseline = GouldFernandez.baseline(view: c.view, groups: groups)
            let observed = counts.map { $0.values.ordered }
            let expected = (0 ..< counts.count).map { baseline.expected[Int(groups.groupOf[$0])].ordered }
            let sd = (0 ..< counts.count).map { baseline.standardDeviations(group: Int(groups.groupOf[$0])).ordered }
            let z = (0 ..< counts.count).map { baseline.zScores(counts[$0], group: Int(groups.groupOf[$0])).ordered }
            for (r, role) in roles.enumerated() {
                assertColumn(observed.map { $0[r] }, c.fixture["roles"]![role]!, "\(name) count \(role)", ids: c.ids)
                assertColumn(expected.map { $0[r] }, c.fixture["expected"]![role]!, "\(name) expected \(role)", ids: c.ids)
                assertColumn(sd.map { $0[r] }, c.fixture["sd"]![role]!, "\(name) sd \(role)", ids: c.ids)
                assertColumn(z.map { $0[r] }, c.fixture["z"]![role]!, "\(name) z \(role)", ids: c.ids)
            }
            if let d = c.fixture["density"]?.numberValue {
                XCTAssertEqual(baseline.density!, d, accuracy: 1e-15 + 1e-12 * d, name)
            }
        }
    }

    func testBridgesLocalBridgesAndCutPoints() throws {
        for name in Self.cases {
            let c = try load(name)
            let cuts = Bridges.structure(of: c.view)
            let bridges = cuts.bridges.map { [c.ids[$0.first], c.ids[$0.second]] }
            let expectedBridges = c.fixture["bridges"]!.arrayValue!.map { $0.arrayValue!.map { $0.stringValue! } }
            XCTAssertEqual(bridges, expectedBridges, "\(name) bridges")

            let local = Bridges.localBridges(of: c.view).map { "\(c.ids[$0.tie.first])|\(c.ids[$0.tie.second])|\($0.span.map(String.init) ?? "inf")" }
            let expectedLocal = c.fixture["local_bridges"]!.arrayValue!.map { item -> String in
                let a = item.arrayValue!
                let span = a[2].numberValue.map { String(Int($0)) } ?? "inf"
                return "\(a[0].stringValue!)|\(a[1].stringValue!)|\(span)"
            }
            XCTAssertEqual(local, expectedLocal, "\(name) local bridges")

            let points = cuts.cutPoints.map { "\(c.ids[$0.actor]) \($0.componentSize) \($0.pieces) \($0.largestPiece) \($0.cutOff)" }
            let expectedPoints = c.fixture["cut_points"]!.arrayValue!.map { item -> String in
                let a = item.arrayValue!
                return "\(a[0].stringValue!) " + a[1...].map { String(Int($0.numberValue!)) }.joined(separator: " ")
            }
            XCTAssertEqual(points, expectedPoints, "\(name) cut points")
        }
    }

    func testGroupMixing() throws {
        for name in Self.cases {
            let c = try load(name)
            guard let groups = c.groups, let fixture = c.fixture["mixing"] else { continue }
            let mixing = GroupMixing(view: c.view, groups: groups)
            XCTAssertEqual(groups.names, fixture["groups"]!.arrayValue!.map { $0.stringValue! }, name)
            let ties = fixture["ties"]!.arrayValue!.map { $0.arrayValue!.map { Int($0.numberValue!) } }
            let weights = fixture["weights"]!.arrayValue!.map { $0.arrayValue!.map { $0.numberValue! } }
            for a in 0 ..< groups.count {
                for b in 0 ..< groups.count {
                    XCTAssertEqual(mixing.ties(from: a, to: b), ties[a][b], "\(name) ties \(a) \(b)")
                    XCTAssertEqual(mixing.weight(from: a, to: b), weights[a][b], accuracy: 1e-9 * max(1, weights[a][b]), "\(name) weight \(a) \(b)")
                }
            }
            let network = mixing.networkSummary
            XCTAssertEqual(network.internalTies + network.externalTies, c.view.tieCount, name)
        }
    }

    func assertColumn(_ actual: [Double?], _ expected: JSONValue, _ label: String, ids: [String],
                      file: StaticString = #filePath, line: UInt = #line) {
        let values = expected.arrayValue!.map { $0.numberValue }
        XCTAssertEqual(actual.count, values.count, label, file: file, line: line)
        for (i, (a, e)) in zip(actual, values).enumerated() {
            switch (a, e) {
            case (nil, nil): continue
            case let (a?, e?):
                if !BrokerageFixtures.close(a, e) {
                    XCTFail("\(label) \(ids[i]): \(a) != \(e)", file: file, line: line)
                }
            default:
                XCTFail("\(label) \(ids[i]): \(String(describing: a)) != \(String(describing: e))", file: file, line: line)
            }
        }
    }
}

enum BrokerageFixtures {
    /// The folder holding Package.swift, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    /// 1e-9 relative, plus 1e-12 absolute for values near 0.
    static func close(_ a: Double, _ e: Double) -> Bool {
        abs(a - e) <= 1e-9 * max(abs(a), abs(e)) + 1e-12
    }
}
