import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// load → write → load gives the same model, for every writer.
final class RoundTripTests: XCTestCase {
    private func assertSameModel(_ a: CollaborationGraph, _ b: CollaborationGraph, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.actors, b.actors, file: file, line: line)
        XCTAssertEqual(a.ties.count, b.ties.count, file: file, line: line)
        for (x, y) in zip(a.ties, b.ties) {
            XCTAssertEqual(x.source, y.source, file: file, line: line)
            XCTAssertEqual(x.target, y.target, file: file, line: line)
            XCTAssertEqual(a.typeName(of: x), b.typeName(of: y), file: file, line: line)
            XCTAssertEqual(x.weight, y.weight, file: file, line: line)
            XCTAssertEqual(x.start, y.start, file: file, line: line)
            XCTAssertEqual(x.end, y.end, file: file, line: line)
            XCTAssertEqual(x.attributes, y.attributes, file: file, line: line)
            XCTAssertEqual(a.depth(of: x), b.depth(of: y), file: file, line: line)
        }
        XCTAssertEqual(a.memberships, b.memberships, file: file, line: line)
        XCTAssertEqual(a.actorAttributeNames, b.actorAttributeNames, file: file, line: line)
    }

    private func hostileGraph() -> CollaborationGraph {
        var g = CollaborationGraph()
        g.addActor(Actor(id: "a\" ]; b [label=\"x", label: "<script>alert(1)</script>", kind: "anchor", attributes: ["sector": "a, b & \"c\""]))
        g.addActor(Actor(id: "line\nbreak", label: "שלום مرحبا", kind: "sme", attributes: ["note": "tab\there"]))
        g.addTie(from: "a\" ]; b [label=\"x", to: "line\nbreak", type: "co-design", weight: 0.1, start: Day(year: 2017, month: 2, day: 28),
                 attributes: ["comment": "</data><data key=\"x\">"])
        g.addTie(from: "line\nbreak", to: "a\" ]; b [label=\"x", type: "", weight: 1e-7)
        return g
    }

    func testGraphMLRoundTripOfTheDefaultDataset() throws {
        let original = try GraphLoader.load(TestSupport.dataset("east-london"))
        let folder = TestSupport.temporaryFolder()
        try AtomicFile.write(GraphMLWriter.graphML(original), to: folder + "/g.graphml")
        assertSameModel(original, try GraphLoader.load(folder + "/g.graphml"))
    }

    func testJSONRoundTripOfTheDefaultDataset() throws {
        let original = try GraphLoader.load(TestSupport.dataset("east-london"))
        let folder = TestSupport.temporaryFolder()
        try AtomicFile.write(GraphJSON.json(original).serialized(), to: folder + "/g.json")
        assertSameModel(original, try GraphLoader.load(folder + "/g.json"))
    }

    func testDatasetFolderRoundTrip() throws {
        let original = try GraphLoader.load(TestSupport.dataset("east-london"))
        let folder = TestSupport.temporaryFolder() + "/copy"
        try DatasetWriter.write(original, toFolder: folder)
        assertSameModel(original, try GraphLoader.load(folder))
    }

    func testHostileTextSurvivesEveryFormat() throws {
        let original = hostileGraph()
        let folder = TestSupport.temporaryFolder()
        try AtomicFile.write(GraphMLWriter.graphML(original), to: folder + "/g.graphml")
        assertSameModel(original, try GraphLoader.load(folder + "/g.graphml"))
        try AtomicFile.write(GraphJSON.json(original).serialized(), to: folder + "/g.json")
        assertSameModel(original, try GraphLoader.load(folder + "/g.json"))
        try DatasetWriter.write(original, toFolder: folder + "/dataset")
        assertSameModel(original, try GraphLoader.load(folder + "/dataset"))
    }

    func testDaysRoundTripThroughText() {
        for ordinal in stride(from: Int32(-800_000), through: 800_000, by: 997) {
            let day = Day(ordinal: ordinal)
            guard day.year >= 1, day.year <= 9999 else { continue }
            XCTAssertEqual(Day(iso: day.description), day)
        }
        XCTAssertEqual(Day(iso: "2016-02", periodEnd: .last), Day(year: 2016, month: 2, day: 29))
        XCTAssertNil(Day(iso: "2017-02-29"))
    }

    func testJSONParserHandlesEscapesAndRejectsGarbage() throws {
        let value = try JSONValue.parse(Array(#"{"a": [1, 2.5e1, true, null], "b": "\u00e9\n\ud83d\ude00"}"#.utf8), file: "x.json")
        XCTAssertEqual(value["a"], .array([.number(1), .number(25), .bool(true), .null]))
        XCTAssertEqual(value["b"]?.stringValue, "é\n😀")
        XCTAssertEqual(try JSONValue.parse(Array(value.serialized().utf8), file: "x"), value)
        XCTAssertInputError(try JSONValue.parse(Array("{\n  \"a\": tru }".utf8), file: "x.json"), line: 2, column: 8, contains: "expected true")
    }
}
