@testable import CollabGraph
import Foundation
import XCTest

/// Weighted betweenness when tie lengths 1/w vanish in floating-point addition (weights of
/// 1e16 … 1e20 beside 1: zero-length steps, equal distances everywhere) and at 1e-300 …
/// 1e300: equal to NetworkX's betweenness_centrality on 63 small graphs
/// (Tests/Fixtures/reference_betweenness_extremes.py →
/// Tests/Fixtures/reference/betweenness-extremes/cases.json), and the same bytes
/// whatever the thread count and however often it runs.
final class BetweennessExtremesTests: XCTestCase {
    func testZeroLengthStepsMatchNetworkXOnEveryThreadCount() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/betweenness-extremes/cases.json"))
        let cases = fixture["cases"]!.arrayValue!
        XCTAssertEqual(cases.count, 63)
        for (k, c) in cases.enumerated() {
            let n = Int(c["n"]!.numberValue!)
            let directed = c["directed"]!.boolValue!
            let ties = c["ties"]!.arrayValue!.map { $0.arrayValue!.map { $0.numberValue! } }
            let view = GraphView(nodeCount: n, sources: ties.map { Int32($0[0]) }, targets: ties.map { Int32($0[1]) },
                                 weights: ties.map { $0[2] }, directed: directed)
            let expected = c["betweenness"]!.arrayValue!.map { $0.numberValue! }
            let first = view.betweenness(weighted: true, threads: 1)
            for (v, value) in first.enumerated() {
                XCTAssertEqual(value, expected[v], accuracy: 1e-9 * max(1, abs(expected[v])), "case \(k) actor \(v): \(first) vs NetworkX \(expected)")
            }
            for threads in [1, 2, 3] {
                for _ in 0 ..< 2 {
                    XCTAssertEqual(view.betweenness(weighted: true, threads: threads), first, "case \(k), \(threads) threads: same bytes every run")
                }
            }
        }
    }
}
