import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Files written by NetworkX and igraph (Tests/Fixtures/interop, made by
/// make_interop_fixtures.py with what each library says is in them), round trips through
/// every interchange writer, and GEXF's spells against the records' dates.
final class InteropTests: XCTestCase {
    static let fixtures = TestSupport.path("Tests/Fixtures/interop")

    func testFilesWrittenByNetworkXAndIgraphReadWithTheirCountsAndAttributes() throws {
        let expected = try JSONValue.parse(contentsOf: Self.fixtures + "/expected.json")
        let entries = try XCTUnwrap(expected.objectValue)
        XCTAssertEqual(entries.count, 14)
        for (name, expectation) in entries {
            let graph = try GraphLoader.load(Self.fixtures + "/" + name)
            let ids = try XCTUnwrap(expectation["actors"]?.arrayValue).compactMap(\.stringValue)
            XCTAssertEqual(graph.actors.map(\.id), ids, name)
            XCTAssertEqual(graph.ties.count, Int(expectation["records"]?.numberValue ?? -1), name)
            XCTAssertEqual(graph.memberships.count, Int(expectation["memberships"]?.numberValue ?? -1), name)
            XCTAssertClose(graph.ties.reduce(0) { $0 + $1.weight }, try XCTUnwrap(expectation["weight"]?.numberValue))
            switch expectation["directed"] {
            case .bool(true)?: XCTAssertEqual(graph.declaration.direction, .directed, name)
            case .bool(false)?: XCTAssertEqual(graph.declaration.direction, .undirected, name)
            default: XCTAssertNil(graph.declaration.direction, name)
            }
            for (id, attributes) in expectation["attributes"]?.objectValue ?? [] {
                let actor = try XCTUnwrap(graph.index(of: id).map { graph.actors[Int($0)] }, "\(name): \(id)")
                for (attribute, value) in attributes.objectValue ?? [] {
                    XCTAssertEqual(actor.value(of: attribute), value.stringValue, "\(name): \(id).\(attribute)")
                }
            }
            let types = Set(graph.ties.map { graph.typeName(of: $0) }).subtracting([""]).sorted()
            XCTAssertEqual(types, expectation["types"]?.arrayValue?.compactMap(\.stringValue) ?? [], name)
        }
    }

    func testNetworkXEscapedTextAndDynamicEdgesAreDecoded() throws {
        let florentine = try GraphLoader.load(Self.fixtures + "/nx_florentine.gml")
        XCTAssertEqual(florentine.ties[0].attributes["note"], "marriage & \"alliance\" é")
        let dynamic = try GraphLoader.load(Self.fixtures + "/nx_dynamic.gexf")
        // Three records (two parallel), their dates from NetworkX's start/end.
        XCTAssertEqual(dynamic.ties.map { $0.start?.description }, ["2016-01-01", "2017-03-01", "2018-05-01"])
        XCTAssertEqual(dynamic.ties.map { $0.end?.description }, ["2016-12-31", "2017-03-31", "2018-06-30"])
        XCTAssertEqual(dynamic.actors[1].label, "Employer & Co")
        // NetworkX's multigraph key is structure, not data.
        XCTAssertTrue(dynamic.tieAttributeNames.isEmpty, "\(dynamic.tieAttributeNames)")
    }

    // MARK: - Round trips

    /// What a format keeps, compared record by record.
    private func assertSame(_ a: CollaborationGraph, _ b: CollaborationGraph, attributes: Bool, dates: Bool, types: Bool,
                            labels: Bool, memberships: Bool, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.actors.map(\.id), b.actors.map(\.id), message, file: file, line: line)
        if labels { XCTAssertEqual(a.actors.map(\.label), b.actors.map(\.label), message, file: file, line: line) }
        if attributes {
            XCTAssertEqual(a.actors.map(\.kind), b.actors.map(\.kind), message, file: file, line: line)
            XCTAssertEqual(a.actors.map(\.attributes), b.actors.map(\.attributes), message, file: file, line: line)
        }
        XCTAssertEqual(a.ties.count, b.ties.count, message, file: file, line: line)
        for (x, y) in zip(a.ties, b.ties) {
            XCTAssertEqual([x.source, x.target], [y.source, y.target], message, file: file, line: line)
            XCTAssertEqual(x.weight, y.weight, message, file: file, line: line)
            if types { XCTAssertEqual(a.typeName(of: x), b.typeName(of: y), message, file: file, line: line) }
            if dates { XCTAssertEqual([x.start, x.end], [y.start, y.end], message, file: file, line: line) }
            if attributes { XCTAssertEqual(x.attributes, y.attributes, message, file: file, line: line) }
        }
        if memberships { XCTAssertEqual(a.memberships, b.memberships, message, file: file, line: line) }
        XCTAssertEqual(a.declaration.direction ?? .directed, b.declaration.direction, message, file: file, line: line)
    }

    private func write(_ graph: CollaborationGraph, as ext: String) throws -> CollaborationGraph {
        let path = TestSupport.temporaryFolder() + "/g." + ext
        let text: String
        switch ext {
        case "gexf": text = GEXFWriter.gexf(graph)
        case "gml": text = GMLWriter.gml(graph)
        case "net": text = PajekWriter.net(graph)
        case "dl": text = UCINETDLWriter.dl(graph)
        default: text = GraphMLWriter.graphML(graph)
        }
        try AtomicFile.write(text, to: path)
        return try GraphLoader.load(path)
    }

    func testGEXFAndGMLKeepEverythingOfTheBundledDatasets() throws {
        for name in ["east-london", "davis-southern-women", "les-miserables", "florentine"] {
            let original = try GraphLoader.load(TestSupport.dataset(name))
            for ext in ["gexf", "gml"] {
                let copy = try write(original, as: ext)
                assertSame(original, copy, attributes: true, dates: true, types: true, labels: true, memberships: true, "\(name).\(ext)")
                XCTAssertEqual(copy.actorAttributeNames, original.actorAttributeNames, "\(name).\(ext)")
            }
        }
    }

    func testPajekKeepsIdsRecordsAndWeightsInBothDirections() throws {
        for (name, direction) in [("east-london", RecordDirection.directed), ("les-miserables", .undirected)] {
            var original = try GraphLoader.load(TestSupport.dataset(name))
            original.declaration.direction = direction
            let copy = try write(original, as: "net")
            assertSame(original, copy, attributes: false, dates: false, types: false, labels: false, memberships: false, name)
            XCTAssertTrue(copy.memberships.isEmpty)
        }
    }

    func testDLSumsParallelRecordsPerPairAndRelationType() throws {
        for direction in [RecordDirection.directed, .undirected] {
            var original = try GraphLoader.load(TestSupport.dataset("east-london"))
            original.declaration.direction = direction
            let copy = try write(original, as: "dl")
            XCTAssertEqual(copy.actors.map(\.id), original.actors.map(\.id))
            XCTAssertEqual(copy.declaration.direction, direction)
            // Sum of weights per (type, pair) — pairs unordered when undirected.
            func sums(_ g: CollaborationGraph) -> [String: Double] {
                var result: [String: Double] = [:]
                for tie in g.ties {
                    var (a, b) = (g.actors[Int(tie.source)].id, g.actors[Int(tie.target)].id)
                    if direction == .undirected && a > b { swap(&a, &b) }
                    result["\(g.typeName(of: tie))|\(a)|\(b)", default: 0] += tie.weight
                }
                return result
            }
            let before = sums(original), after = sums(copy)
            XCTAssertEqual(before.keys.sorted(), after.keys.sorted())
            for (key, value) in before { XCTAssertClose(after[key] ?? -1, value) }
        }
    }

    func testHostileTextSurvivesGEXFAndGML() throws {
        var g = CollaborationGraph()
        g.addActor(Actor(id: "a\" ]; b [label=\"x", label: "<script>alert(1)</script>", kind: "anchor", attributes: ["sector": "a, b & \"c\" &amp;"]))
        g.addActor(Actor(id: "line\nbreak", label: "שלום مرحبا 😀", kind: "sme", attributes: ["odd name.with dots": "tab\there"]))
        g.addTie(from: "a\" ]; b [label=\"x", to: "line\nbreak", type: "co-design", weight: 0.1, start: Day(year: 2017, month: 2, day: 28),
                 attributes: ["comment": "</data><data key=\"x\">"])
        g.addTie(from: "line\nbreak", to: "a\" ]; b [label=\"x", weight: 1e-7)
        let gexf = try write(g, as: "gexf")
        assertSame(g, gexf, attributes: true, dates: true, types: true, labels: true, memberships: true, "gexf")
        let gml = try write(g, as: "gml")
        // GML keys are letters, digits and _: the dotted attribute name changes, its value does not.
        XCTAssertEqual(gml.actors[1].attributes["odd_name_with_dots"], "tab\there")
        XCTAssertEqual(gml.actors.map(\.label), g.actors.map(\.label))
        XCTAssertEqual(gml.ties[0].attributes, g.ties[0].attributes)
        XCTAssertEqual(GMLWriter.notes(for: g), ["GML keys are letters, digits and _: attributes written as 'odd name.with dots' as odd_name_with_dots"])
    }

    func testTwoModeFilesBecomeMemberships() throws {
        let davis = try GraphLoader.load(Self.fixtures + "/dl_twomode.dl")
        XCTAssertEqual(davis.memberships.map { [davis.actors[Int($0.member)].id, davis.actors[Int($0.network)].id] },
                       [["w1", "e1"], ["w1", "e2"], ["w1", "e4"], ["w2", "e2"], ["w2", "e3"], ["w3", "e1"], ["w3", "e4"]])
    }

    // MARK: - Gephi's timeline

    func testGEXFSpellsMatchTheRecordAndMembershipDatesOfEastLondon() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        let text = GEXFWriter.gexf(graph)
        // Read the spells back with the XML reader: edge id → (start, end).
        var reader = try XMLPullReader(data: Data(text.utf8), file: "east-london.gexf")
        var spells: [String: (String?, String?)] = [:]
        var edge: String?
        var mode: String?
        while let event = try reader.next() {
            guard case .start(let name, let attributes) = event else { continue }
            if name == "graph" { mode = attributes["mode"] }
            if name == "edge" { edge = attributes["id"] }
            if name == "spell", let edge {
                XCTAssertNil(spells[edge], "one spell per record")
                spells[edge] = (attributes["start"], attributes["end"])
            }
        }
        XCTAssertEqual(mode, "dynamic")
        var dated = 0
        for (i, tie) in graph.ties.enumerated() {
            let spell = spells["r\(i)"]
            if tie.start == nil && tie.end == nil { XCTAssertNil(spell); continue }
            dated += 1
            XCTAssertEqual(spell?.0, tie.start?.description, "record \(i)")
            XCTAssertEqual(spell?.1, tie.end?.description, "record \(i)")
        }
        for (i, m) in graph.memberships.enumerated() {
            let spell = spells["m\(i)"]
            if m.start == nil && m.end == nil { XCTAssertNil(spell); continue }
            dated += 1
            XCTAssertEqual(spell?.0, m.start?.description, "membership \(i)")
            XCTAssertEqual(spell?.1, m.end?.description, "membership \(i)")
        }
        XCTAssertGreaterThan(dated, 800)
        XCTAssertEqual(spells.count, dated)
    }

    func testCollapsedGEXFHasOneEdgePerPairWithEveryRecordsSpell() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        let copy = try GEXFReader.read(data: Data(GEXFWriter.gexf(graph, collapse: true).utf8), file: "collapsed.gexf")
        // One record per ordered pair, its weight the pair's sum, its span the records' span.
        var pairs: [String: (weight: Double, count: Int, start: Day?, end: Day?, open: Bool)] = [:]
        var order: [String] = []
        for tie in graph.ties {
            let key = graph.actors[Int(tie.source)].id + "→" + graph.actors[Int(tie.target)].id
            if pairs[key] == nil { order.append(key); pairs[key] = (0, 0, nil, nil, false) }
            pairs[key]!.weight += tie.weight
            pairs[key]!.count += 1
            if let s = tie.start { pairs[key]!.start = min(pairs[key]!.start ?? s, s) }
            if let e = tie.end { pairs[key]!.end = max(pairs[key]!.end ?? e, e) }
            if tie.end == nil && tie.start != nil { pairs[key]!.open = true }
        }
        XCTAssertEqual(copy.ties.count, order.count)
        for (tie, key) in zip(copy.ties, order) {
            XCTAssertEqual(copy.actors[Int(tie.source)].id + "→" + copy.actors[Int(tie.target)].id, key)
            XCTAssertClose(tie.weight, pairs[key]!.weight)
            XCTAssertEqual(tie.attributes["records"], String(pairs[key]!.count))
            XCTAssertEqual(tie.start, pairs[key]!.start, key)
            if !pairs[key]!.open { XCTAssertEqual(tie.end, pairs[key]!.end, key) }
        }
        XCTAssertEqual(copy.memberships, graph.memberships)
    }

    func testGEXFVizIsWrittenForStyledActors() throws {
        var g = CollaborationGraph()
        g.addActor(Actor(id: "a"))
        g.addActor(Actor(id: "b"))
        g.addTie(from: "a", to: "b")
        let text = GEXFWriter.gexf(g, viz: [ActorViz(red: 230, green: 159, blue: 0, size: 12.5, x: 10, y: -4), nil])
        XCTAssertTrue(text.contains("<viz:color r=\"230\" g=\"159\" b=\"0\"/>"))
        XCTAssertTrue(text.contains("<viz:size value=\"12.5\"/>"))
        XCTAssertTrue(text.contains("<viz:position x=\"10\" y=\"-4\" z=\"0\"/>"))
        XCTAssertEqual(text.components(separatedBy: "<viz:color").count, 2, "only the styled actor")
        XCTAssertTrue(text.contains("mode=\"static\""))
    }
}
