import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package root (the folder holding Package.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func dataset(_ name: String) -> String { path("Datasets/\(name)") }
    static func fixtureGraph(_ name: String) -> String { path("Tests/Fixtures/graphs/\(name)") }

    static func load(_ relative: String) throws -> CollaborationGraph { try GraphLoader.load(path(relative)) }

    /// An analysis context over `graph` with these settings (default: the declaration's
    /// direction, no filters, groups by sector when present).
    static func context(_ graph: CollaborationGraph, name: String = "test", settings: AnalysisSettings = AnalysisSettings()) throws -> AnalysisContext {
        try AnalysisContext(graph: graph, name: name, settings: settings)
    }

    /// A fresh temporary folder inside ``temporaryRoot``, removed with it when the test
    /// process exits.
    static func temporaryFolder() -> String {
        let url = URL(fileURLWithPath: temporaryRoot).appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// One folder per test process for every temporary the tests make, removed at exit
    /// (XCTest ends the process with `exit`, which runs `atexit` handlers).
    static let temporaryRoot: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("collab-tests-\(getpid())-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        temporaryRootForExit = strdup(path)
        atexit {
            guard let root = temporaryRootForExit else { return }
            try? FileManager.default.removeItem(atPath: String(cString: root))
        }
        return path
    }()

    /// A bare `source,target` list of 3,100 actors, more than a map draws one by one: 100
    /// villages of 31 actors in a ring each, joined hub to hub (3,200 ties).
    static var villagesCSV: String {
        var rows = ["source,target"]
        for village in 0 ..< 100 {
            for i in 0 ..< 31 { rows.append("v\(village)-\(i),v\(village)-\((i + 1) % 31)") }
            rows.append("v\(village)-0,v\((village + 1) % 100)-0")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Writes files (name → contents) into a new temporary folder and returns its path.
    static func folder(_ files: [String: String]) -> String {
        let folder = temporaryFolder()
        for (name, text) in files { try! Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    static func folder(bytes files: [String: [UInt8]]) -> String {
        let folder = temporaryFolder()
        for (name, bytes) in files { try! Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }
}

/// The test root's path for the `atexit` handler (a C function cannot capture it).
nonisolated(unsafe) private var temporaryRootForExit: UnsafeMutablePointer<CChar>?

/// Asserts that `collection` has `count` elements; false (after recording a failure) when
/// not, so that a test can return before indexing it: `guard XCTAssertCount(rows, 3) else { return }`.
@discardableResult
func XCTAssertCount<C: Collection>(_ collection: C, _ count: Int, _ message: String = "",
                                   file: StaticString = #filePath, line: UInt = #line) -> Bool {
    XCTAssertEqual(collection.count, count, message, file: file, line: line)
    return collection.count == count
}

/// Asserts that `body` throws an ``InputError`` at the given line and column whose message
/// contains `fragment`.
func XCTAssertInputError<T>(_ body: @autoclosure () throws -> T, line expectedLine: Int?, column expectedColumn: Int?,
                            contains fragment: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
        _ = try body()
        XCTFail("expected an input error containing '\(fragment)'", file: file, line: line)
    } catch let error as InputError {
        XCTAssertEqual(error.line, expectedLine, "line of: \(error)", file: file, line: line)
        XCTAssertEqual(error.column, expectedColumn, "column of: \(error)", file: file, line: line)
        XCTAssertTrue(error.message.contains(fragment), "message '\(error.message)' lacks '\(fragment)'", file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}

/// Relative comparison with a small absolute floor, for reference values.
func XCTAssertClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12,
                    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    let tolerance = max(absolute, relative * abs(expected))
    XCTAssertTrue(abs(actual - expected) <= tolerance, "\(actual) != \(expected) (±\(tolerance)) \(message())", file: file, line: line)
}
