@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

final class NeighbourhoodOverlapTests: XCTestCase {
    /// ```
    ///   a ─── b ─── d      e ─── f
    ///    \   /
    ///     \ /
    ///      c
    /// ```
    /// N(a) = {b, c}, N(b) = {a, c, d}, N(c) = {a, b}, N(d) = {b}:
    /// O(a,b) = |{c}| / (|{a,b,c,d}| − 2) = 1/2; O(a,c) = |{b}| / (|{a,b,c}| − 2) = 1;
    /// O(b,c) = 1/2; O(b,d) = 0 / 2 = 0; O(e,f): denominator 0, so 0.
    func testHandDerived() {
        var g = CollaborationFixtures.graph(["a", "b", "c", "d", "e", "f"])
        for (s, t) in [("a", "b"), ("a", "c"), ("b", "c"), ("b", "d"), ("e", "f")] { g.addTie(from: s, to: t) }
        let table = g.tieStrengths()
        XCTAssertEqual(table.ties.map { "\(g.actors[Int($0.dyad.source)].id)\(g.actors[Int($0.dyad.target)].id)" },
                       ["ab", "ac", "bc", "bd", "ef"])
        XCTAssertEqual(table.ties.map(\.overlap), [0.5, 1, 0.5, 0, 0])
    }

    /// Seeded property test: the merge agrees with set arithmetic.
    func testMergeAgreesWithSets() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0 ..< 20 {
            let n = 3 + next(40)
            var sources: [Int32] = [], targets: [Int32] = []
            for _ in 0 ..< next(200) { sources.append(Int32(next(n))); targets.append(Int32(next(n))) }
            let view = GraphView(nodeCount: n, sources: sources, targets: targets, weights: sources.map { _ in 1 }, directed: false)
            let rows = view.partners
            for u in 0 ..< n {
                for v in rows.neighbours(of: u) where Int(v) > u {
                    let nu = Set(rows.neighbours(of: u)), nv = Set(rows.neighbours(of: Int(v)))
                    let denominator = nu.union(nv).count - 2
                    let expected = denominator > 0 ? Double(nu.intersection(nv).count) / Double(denominator) : 0
                    XCTAssertEqual(NeighbourhoodOverlap.overlap(rows, u, Int(v)), expected)
                }
            }
        }
    }

    /// Seeded property test: the triangle listing of ``NeighbourhoodOverlap/overlaps(in:pairs:)``
    /// gives every pair (tied, both orders, and untied) the merge's overlap exactly, on
    /// graphs with hubs and dense clusters.
    func testTrianglesAgreeWithTheMerge() {
        var state: UInt64 = 22
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for trial in 0 ..< 30 {
            let n = 3 + next(50)
            var sources: [Int32] = [], targets: [Int32] = []
            for _ in 0 ..< next(300) { sources.append(Int32(next(n))); targets.append(Int32(next(n))) }
            if trial % 3 == 0 { for v in 1 ..< n { sources.append(0); targets.append(Int32(v)) } }  // a hub
            let view = GraphView(nodeCount: n, sources: sources, targets: targets, weights: sources.map { _ in 1 }, directed: false)
            let rows = view.partners
            var pairs: [(Int32, Int32)] = []
            for u in 0 ..< n { for v in rows.neighbours(of: u) { pairs.append((Int32(u), v)) } }
            pairs.append((0, Int32(n - 1)))
            pairs.append((Int32(n - 1), Int32(n / 2)))
            let expected = pairs.map { NeighbourhoodOverlap.overlap(rows, Int($0.0), Int($0.1)) }
            XCTAssertEqual(NeighbourhoodOverlap.overlaps(in: rows, pairs: pairs), expected, "trial \(trial)")
        }
    }
}
