@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// The parallel fast path for plain edge files gives the sequential reader's graph, and
/// gives way to it (and its exact errors) on anything unusual.
final class ParallelEdgeReaderTests: XCTestCase {
    /// A plain edges file: ids, types, integer and decimal weights, dates (some absent),
    /// a blank line and CRLF line ends.
    private func plainFile(records: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        let types = ["placement", "talk", "co-design", " live project ", ""]
        var text = "source,target,type,weight,start,end\r\n"
        for i in 0 ..< records {
            let a = random.next() % 300, b = random.next() % 300
            let weight = i % 3 == 0 ? "" : (i % 3 == 1 ? "\(random.next() % 5 + 1)" : "0.\(random.next() % 9 + 1)5")
            let start = i % 4 == 0 ? "" : "2017-0\(random.next() % 9 + 1)-1\(random.next() % 9)"
            let end = i % 4 == 0 || i % 5 == 0 ? "" : "2018-12-31"
            text += "actor-\(a),actor-\(b),\(types[i % types.count]),\(weight),\(start),\(end)\r\n"
            if i == records / 2 { text += "\r\n" }
        }
        return text
    }

    private func readBoth(_ text: String, nodes: String? = nil) throws -> (fast: CollaborationGraph, sequential: CollaborationGraph, usedFastPath: Bool) {
        var files = ["edges.csv": text]
        if let nodes { files["nodes.csv"] = nodes }
        let folder = TestSupport.folder(files)
        let sequential: CollaborationGraph
        var graph = CollaborationGraph()
        if let nodes = files["nodes.csv"] {
            _ = nodes
            sequential = try GraphLoader.load(folder)   // small file: sequential
            try GraphLoader.readNodes(folder + "/nodes.csv", into: &graph)
        } else {
            sequential = try GraphLoader.load(folder + "/edges.csv")
        }
        let bytes = Array(text.utf8)
        var reader = CSVReader(bytes: bytes, file: "edges.csv")
        var header: [CSVField] = []
        _ = try reader.nextRecord(into: &header)
        var ids = ByteInterner()
        for actor in graph.actors { ids.insert(actor.id) }
        let columns = ParallelEdgeReader.Columns(count: 6, source: 0, target: 1, type: 2, weight: 3, start: 4, end: 5)
        let used = ParallelEdgeReader.read(&reader, columns: columns, ids: ids, into: &graph,
                                           inferActors: nodes == nil, minimumBytes: 0)
        XCTAssertEqual(reader.bytes.isEmpty, used, "the file's bytes are released once parsed, kept when the fast path gives way")
        return (graph, sequential, used)
    }

    func testSameGraphAsTheSequentialReader() throws {
        for seed: UInt64 in [1, 2, 3] {
            let result = try readBoth(plainFile(records: 3_000, seed: seed))
            XCTAssertTrue(result.usedFastPath)
            XCTAssertEqual(result.fast.actors, result.sequential.actors)
            XCTAssertEqual(result.fast.relationTypes, result.sequential.relationTypes)
            XCTAssertEqual(result.fast.ties, result.sequential.ties)
        }
    }

    /// Numeric ids, read by value where they are plain decimals below the direct table's
    /// limit: "7", "07" and "007" stay three actors, ids at and past the limit, long and
    /// signed ones go through the hash table, and both chunks (and nodes.csv) agree with the
    /// sequential reader actor for actor and record for record.
    func testNumericIdsAsTheSequentialReader() throws {
        let forms = ["0", "00", "7", "07", "007", "42", "1048575", "1048576", "9999999", "12345678", "-3", "+4", "5a", "999"]
        var random = SplitMix64(seed: 28)
        var text = "source,target,type,weight,start,end\n"
        for i in 0 ..< 4_000 {
            let a = i % 7 == 0 ? forms[Int(random.next() % UInt64(forms.count))] : "\(random.next() % 2_000)"
            let b = i % 5 == 0 ? forms[Int(random.next() % UInt64(forms.count))] : "\(random.next() % 2_000)"
            text += "\(a),\(b),\(i % 3 == 0 ? "7" : "talk"),1,,\n"
        }
        let result = try readBoth(text)
        XCTAssertTrue(result.usedFastPath)
        XCTAssertEqual(result.fast.actors, result.sequential.actors)
        XCTAssertEqual(result.fast.relationTypes, result.sequential.relationTypes)
        XCTAssertEqual(result.fast.ties, result.sequential.ties)
        for id in ["7", "07", "007", "0", "00"] { XCTAssertNotNil(result.fast.index(of: id), id) }
        var listed = Set<String>()
        let ids = (forms + (0 ..< 2_000).map { "\($0)" }).filter { listed.insert($0).inserted }
        let nodes = "id\n" + ids.joined(separator: "\n") + "\n"
        let known = try readBoth(text, nodes: nodes)
        XCTAssertTrue(known.usedFastPath)
        XCTAssertEqual(known.fast.ties, known.sequential.ties)
    }

    /// A tie stores its dates as day ordinals: absent, set, changed and cleared read back.
    func testTieDatesReadBack() {
        var tie = Tie(source: 0, target: 1, start: Day(year: 2017, month: 3, day: 1))
        XCTAssertEqual(tie.start, Day(year: 2017, month: 3, day: 1))
        XCTAssertNil(tie.end)
        tie.end = Day(year: 2018, month: 1, day: 31)
        XCTAssertEqual(tie.end, Day(year: 2018, month: 1, day: 31))
        tie.start = nil
        XCTAssertNil(tie.start)
        XCTAssertEqual(MemoryLayout<Tie>.stride, 40)
    }

    /// More relation types than a chunk codes in a byte: the fast path gives way and the
    /// sequential reader keeps every type (stored four bytes wide past 255).
    func testManyRelationTypes() throws {
        var text = "source,target,type,weight,start,end\n"
        for i in 0 ..< 30_000 { text += "a\(i % 50),b\(i % 70),type-\(i % 400),1,,\n" }
        let result = try readBoth(text)
        XCTAssertFalse(result.usedFastPath)
        let graph = try GraphLoader.load(TestSupport.folder(["edges.csv": text]) + "/edges.csv")
        XCTAssertEqual(graph.relationTypes.count, 401)
        for i in [0, 254, 255, 256, 399, 29_999] {
            XCTAssertEqual(graph.typeName(of: graph.ties[i]), "type-\(i % 400)")
        }
    }

    /// Plain decimal ids over a file of several chunks, with records naming no type, weights
    /// all 1 and no dates: the columns no record uses are not stored.
    func testColumnsNoRecordUsesAreNotStored() throws {
        var text = "source,target,type,weight,start,end\n"
        for i in 0 ..< 20_000 { text += "\(i % 997),\(i % 1_009),,1,,\n" }
        let result = try readBoth(text)
        XCTAssertTrue(result.usedFastPath)
        XCTAssertEqual(result.fast.ties, result.sequential.ties)
        XCTAssertTrue(result.fast.ties.isUnweighted)
        XCTAssertFalse(result.fast.ties.hasDates)
        XCTAssertEqual(result.fast.ties.relationType(19_999), 0)
    }

    func testKnownActorsOnly() throws {
        let nodes = "id\n" + (0 ..< 300).map { "actor-\($0)" }.joined(separator: "\n") + "\n"
        let result = try readBoth(plainFile(records: 500, seed: 9), nodes: nodes)
        XCTAssertTrue(result.usedFastPath)
        XCTAssertEqual(result.fast.ties, result.sequential.ties)
        XCTAssertEqual(result.fast.actors.count, 300)
    }

    func testGivesWayOnAnythingUnusual() throws {
        let header = "source,target,type,weight,start,end\n"
        for unusual in ["a,b,\"talk\",1,,\n", "a,b,talk,-1,,\n", "a,,talk,1,,\n", "a,b,talk,1,2017,\n",
                        "a,b,talk,1,2018-01-01,2017-01-01\n", "a,b,talk,1,,,\n", "a,b,talk\n"] {
            var graph = CollaborationGraph()
            let ids = ByteInterner()
            var reader = CSVReader(bytes: Array((header + "x,y,talk,1,,\n" + unusual).utf8), file: "edges.csv")
            var fields: [CSVField] = []
            _ = try reader.nextRecord(into: &fields)
            let columns = ParallelEdgeReader.Columns(count: 6, source: 0, target: 1, type: 2, weight: 3, start: 4, end: 5)
            XCTAssertFalse(ParallelEdgeReader.read(&reader, columns: columns, ids: ids, into: &graph,
                                                   inferActors: true, minimumBytes: 0), unusual)
            XCTAssertFalse(reader.bytes.isEmpty)
            XCTAssertEqual(graph.actorCount, 0, "the graph is unchanged when the fast path gives way")
            XCTAssertEqual(graph.ties.count, 0)
        }
    }

    /// An unknown actor is found only after the file's bytes were released: the loader
    /// reads the file again, sequentially, and names the line and column.
    func testUnknownActorInALargeFileIsNamedAfterTheBytesWereReleased() throws {
        let nodes = "id\n" + (0 ..< 300).map { "actor-\($0)" }.joined(separator: "\n") + "\n"
        var text = plainFile(records: 40_000, seed: 5)
        text += "actor-1,stranger,talk,1,,\r\n"
        XCTAssertGreaterThan(text.utf8.count, ParallelEdgeReader.minimumBytes)
        let folder = TestSupport.folder(["edges.csv": text, "nodes.csv": nodes])
        XCTAssertInputError(try GraphLoader.load(folder), line: 40_003, column: 9, contains: "unknown actor 'stranger'")
    }

    func testLargeFileErrorsStillNameTheLine() throws {
        // Over the fast path's size threshold, with one bad weight near the end.
        var text = plainFile(records: 40_000, seed: 4)
        text += "actor-1,actor-2,talk,zero,,\r\n"
        XCTAssertGreaterThan(text.utf8.count, ParallelEdgeReader.minimumBytes)
        // Line 1 header, 40,000 records, one blank line, then the bad record; its weight
        // starts after "actor-1,actor-2,talk," (21 characters).
        let folder = TestSupport.folder(["edges.csv": text])
        XCTAssertInputError(try GraphLoader.load(folder + "/edges.csv"), line: 40_003, column: 22,
                            contains: "invalid weight 'zero'")
    }
}
