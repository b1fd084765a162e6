import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Shared helpers of the collaboration tests.
enum CollaborationFixtures {
    static func path(_ relative: String) -> String { TestSupport.path(relative) }

    /// A graph of actors `a`, `b`, … with optional attributes.
    static func graph(_ ids: [String], attributes: [String: [String: String]] = [:]) -> CollaborationGraph {
        var g = CollaborationGraph()
        for id in ids { g.addActor(Actor(id: id, kind: attributes[id]?["kind"] ?? "", attributes: (attributes[id] ?? [:]).filter { $0.key != "kind" })) }
        return g
    }

    static func day(_ text: String, last: Bool = false) -> Day { Day(iso: text, periodEnd: last ? .last : .first)! }

    /// Relative comparison with a small absolute floor for values near 0 (``XCTAssertClose``).
    static func assertClose(_ a: Double, _ b: Double, _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertClose(a, b, message(), file: file, line: line)
    }
}
