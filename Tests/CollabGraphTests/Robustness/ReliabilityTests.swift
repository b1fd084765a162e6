import CollabGraph
import CollabAnalysis
import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CollabRender

/// Issue 29's cases, each with its input (small ones as files in Tests/Fixtures/reliability/):
/// output streams that fail, declared counts that are only claims, one NUL rule and one
/// UTF-16 sentence for every reader, DL messages that do not depend on dictionary order,
/// and `&` in labels drawn as written.
final class ReliabilityTests: XCTestCase {
    private func fixture(_ name: String) -> String { TestSupport.path("Tests/Fixtures/reliability/\(name)") }

    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    // MARK: - Standard output and standard error that fail

    /// Runs the built `collab` with stdout and stderr on the given handles.
    private func runCollab(_ arguments: [String], stdout: FileHandle, stderr: FileHandle) throws -> Process {
        guard let binary = FuzzTests.binary else { throw XCTSkip("the collab executable is not built beside the tests") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        return process
    }

    private func captured(_ body: (FileHandle) throws -> Void) throws -> String {
        let path = TestSupport.temporaryFolder() + "/stderr.txt"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = FileHandle(forWritingAtPath: path)!
        try body(handle)
        try handle.close()
        return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// `collab info Datasets/karate > /dev/full`: one line and exit 1, never a trap.
    func testFullStandardOutputIsOneLineAndExit1() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        var status: (Process.TerminationReason, Int32) = (.exit, 0)
        let message = try captured { err in
            let process = try runCollab(["info", TestSupport.dataset("karate")], stdout: full, stderr: err)
            status = (process.terminationReason, process.terminationStatus)
        }
        XCTAssertEqual(status.0, .exit)
        XCTAssertEqual(status.1, 1)
        XCTAssertEqual(message, "Error: cannot write to standard output: No space left on device\n")
    }

    /// `collab info /nonexistent 2>/dev/full`: the error has nowhere to go; exit 1, no trap.
    func testFullStandardErrorExits1() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let process = try runCollab(["info", "/nonexistent"], stdout: FileHandle.nullDevice, stderr: full)
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 1)
    }

    /// `collab info … | head -0`: a closed pipe ends the run quietly (exit 1 where SIGPIPE is
    /// ignored, as here; killed by SIGPIPE where it is not, as under a shell) — no message.
    func testClosedPipeIsQuiet() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        var reason = Process.TerminationReason.exit, code: Int32 = 0
        let message = try captured { err in
            let process = try runCollab(["info", TestSupport.dataset("karate")], stdout: pipe.fileHandleForWriting, stderr: err)
            reason = process.terminationReason
            code = process.terminationStatus
        }
        XCTAssertEqual(message, "")
        XCTAssertTrue((reason == .exit && code == 1) || (reason == .uncaughtSignal && code == SIGPIPE), "\(reason) \(code)")
    }

    // MARK: - Declared counts are claims

    /// A 21-byte Pajek file declaring 2,147,483,646 vertices, and a 31-byte one declaring
    /// 200 million: a located error in milliseconds, nothing allocated by the claim.
    func testPajekVertexCountBeyondTheFileIsALocatedError() throws {
        var elapsed = 0.0
        elapsed += try seconds {
            XCTAssertInputError(try GraphLoader.load(fixture("vertices_huge.net")), line: 1, column: 11,
                                contains: "*Vertices 2147483646 declares 2147483646 vertices but the file names 0")
        }
        elapsed += try seconds {
            XCTAssertInputError(try GraphLoader.load(fixture("vertices_many.net")), line: 1, column: 11,
                                contains: "collab accepts at most 100000 vertices named nowhere in the file")
        }
        XCTAssertLessThan(elapsed, 1)
        // Within the bound, unnamed vertices are isolated actors (igraph writes no vertex
        // lines for a graph without attributes).
        let folder = TestSupport.folder(["g.net": "*Vertices 5\n*Edges\n1 2\n"])
        let graph = try? GraphLoader.load(folder + "/g.net")
        XCTAssertEqual(graph?.actors.map(\.id), ["1", "2", "3", "4", "5"])
        XCTAssertEqual(graph?.ties.count, 1)
    }

    /// DL `n=2000000000` in 43 and 26 bytes: list data name too few actors; a full matrix
    /// ends early. Both located, in milliseconds.
    func testDLCountBeyondTheFileIsALocatedError() throws {
        var elapsed = 0.0
        elapsed += try seconds {
            XCTAssertInputError(try GraphLoader.load(fixture("dl_n_huge_list.dl")), line: 1, column: 6,
                                contains: "n = 2000000000 declares 2000000000 actors but the file names 2")
        }
        elapsed += try seconds {
            XCTAssertInputError(try GraphLoader.load(fixture("dl_n_huge_matrix.dl")), line: 3, column: 4,
                                contains: "the data ended early: expected row 1, column 3 of matrix 1")
        }
        XCTAssertLessThan(elapsed, 1)
    }

    /// A header whose fifth column repeats the second is refused there, with 2,000 more
    /// columns behind it (the 200 MB header of the issue stops at the same place).
    func testDuplicateColumnIsReportedWhereSeen() {
        XCTAssertInputError(try GraphLoader.load(fixture("duplicate_column.csv")), line: 1, column: 22,
                            contains: "duplicate column 'Source' (also column 1)")
    }

    // MARK: - DL messages independent of dictionary order

    /// Three labels for two actors, with matrix labels beside them: always at the third
    /// label (line 4, column 5), whatever order the sections sit in a dictionary.
    func testDLLabelCountErrorIsAtTheExtraLabel() {
        for _ in 0 ..< 5 {
            XCTAssertInputError(try GraphLoader.load(fixture("dl_label_count.dl")), line: 4, column: 5, contains: "3 labels for 2 actors")
        }
    }

    /// `c,a,b,a`: the second `a` is the duplicate, named with both places, every run.
    func testDLDuplicateLabelIsTheFirstRepeatInFileOrder() {
        for _ in 0 ..< 5 {
            XCTAssertInputError(try GraphLoader.load(fixture("dl_duplicate_label.dl")), line: 4, column: 7,
                                contains: "the label 'a' names two actors (also line 4, column 3)")
        }
    }

    // MARK: - One NUL rule

    /// Pajek, GML (a `&#0;` reference) and DL refuse a NUL in an id, as CSV and JSON do.
    func testNULInIdsIsRefusedByEveryReader() {
        XCTAssertInputError(try GraphLoader.load(fixture("nul_id.net")), line: 2, column: 3, contains: "holds a NUL byte (at byte 2): ids must be text")
        XCTAssertInputError(try GraphLoader.load(fixture("nul_id.gml")), line: 2, column: 3, contains: "holds a NUL byte (at byte 2): ids must be text")
        XCTAssertInputError(try GraphLoader.load(fixture("nul_id.dl")), line: 3, column: 1, contains: "holds a NUL byte (at byte 2): ids must be text")
        let json = TestSupport.folder(["g.json": #"{"actors":[{"id":"a\u0000b"}],"ties":[]}"#])
        XCTAssertThrowsError(try GraphLoader.load(json + "/g.json")) { XCTAssertTrue("\($0)".contains("NUL")) }
        let csv = TestSupport.folder(bytes: ["e.csv": Array("source,target\na\u{0}b,c\n".utf8)])
        XCTAssertInputError(try GraphLoader.load(csv + "/e.csv"), line: 2, column: 1, contains: "holds a NUL byte")
    }

    // MARK: - One UTF-16 sentence

    /// Every reader says the same about UTF-16 (with or without a byte-order mark).
    func testUTF16IsRefusedWithTheSameSentenceEverywhere() {
        let files = ["utf16_edges.csv", "utf16_graph.json", "utf16_graph.graphml", "utf16_graph.net", "utf16_graph.dl", "utf16be_nobom_graph.gml"]
        for name in files {
            XCTAssertInputError(try GraphLoader.load(fixture(name)), line: 1, column: 1,
                                contains: "the file is UTF-16 or UTF-32, and collab reads UTF-8: convert it first")
        }
    }

    // MARK: - `&` in labels

    /// Labels holding `AT&amp;T`, `&#xD800;` and `R&D` are drawn exactly as written, and
    /// the SVG stays valid UTF-8 and well-formed XML (Graphviz decodes entities in labels).
    func testAmpersandsReachTheDrawingAsWritten() throws {
        let names = ["AT&amp;T", "&#xD800;", "R&D", "&lt;b&gt;", "x&#38;y"]
        var graph = CollaborationGraph()
        for (i, name) in names.enumerated() { graph.addActor(Actor(id: "a\(i)", label: name)) }
        for i in 1 ..< names.count { graph.addTie(Tie(source: 0, target: Int32(i), weight: 1)) }
        let map = try MapBuilder.build(graph, options: MapOptions(labels: .all))
        let svg = try MapRenderer.render(graph, map: map, style: StyleOptions(title: "T&amp;C"), engine: .neato, format: .svg).data
        XCTAssertNotNil(String(validating: Array(svg), as: UTF8.self), "the SVG is valid UTF-8")
        let contents = try SVGContents.parse(svg)
        for name in names {
            XCTAssertTrue(contents.texts.contains(name), "label \(name) drawn as written: \(contents.texts)")
            XCTAssertTrue(contents.attributeValues.contains(name), "tooltip \(name) as written")
        }
        XCTAssertTrue(contents.texts.contains("T&amp;C"), "the title too")
        // The DOT round-trips through Graphviz's parser.
        let dot = try MapRenderer.render(graph, map: map, style: StyleOptions(title: "t"), engine: .neato, format: .dot).data
        let parsed = try GraphvizRenderer.parse(dot: String(decoding: dot, as: UTF8.self))
        XCTAssertEqual(parsed.nodes.compactMap { $0.attributes["tooltip"] }, names)
    }
}
