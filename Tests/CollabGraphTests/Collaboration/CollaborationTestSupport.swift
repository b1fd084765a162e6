import CollabGraph
import Foundation
import XCTest

/// Shared helpers of the collaboration tests.
enum CollaborationFixtures {
    /// The repository root: the folder above this file that holds Package.swift.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A graph of actors `a`, `b`, … with optional attributes.
    static func graph(_ ids: [String], attributes: [String: [String: String]] = [:]) -> CollaborationGraph {
        var g = CollaborationGraph()
        for id in ids { g.addActor(Actor(id: id, kind: attributes[id]?["kind"] ?? "", attributes: (attributes[id] ?? [:]).filter { $0.key != "kind" })) }
        return g
    }

    static func day(_ text: String, last: Bool = false) -> Day { Day(iso: text, periodEnd: last ? .last : .first)! }

    /// Relative comparison with a small absolute floor for values near 0.
    static func assertClose(_ a: Double, _ b: Double, _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
        let tolerance = 1e-9 * max(abs(a), abs(b)) + 1e-12
        XCTAssert(abs(a - b) <= tolerance, "\(a) != \(b) \(message())", file: file, line: line)
    }
}
