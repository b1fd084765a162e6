@testable import CollabGraph
import Foundation
import XCTest

/// Betweenness with degree-one folding (``DegreeOneFolding``) against the plain searches from
/// every actor, and hand-derived cases.
final class DegreeOneFoldingTests: XCTestCase {
    func plainBetweenness(_ view: GraphView) -> [Double] {
        view.pathCentralities(betweenness: true, closeness: false, harmonic: false, weighted: false,
                              threads: 2, progress: nil, kernel: .plain).betweenness!
    }

    /// Collaboration-shaped undirected graphs: pendant chains (folded repeatedly), twins,
    /// a bridge, several components, isolates; some larger than the degree-order threshold.
    func testFoldedEqualsPlainOnSeededGraphs() {
        var folded = 0
        for seed in 0 ..< 40 {
            let graph = SeededGraph.make(size: seed % 5 == 4 ? 700 : 8 + seed * 4, directed: false, seed: UInt64(100 + seed))
            let view = graph.view
            guard let raw = view.foldedBetweenness(threads: 2, progress: nil) else { continue }
            folded += 1
            let fast = Betweenness.normalise(raw)
            XCTAssertEqual(view.betweenness(threads: 2), fast, "the public entry point folds")
            let plain = plainBetweenness(view)
            for v in 0 ..< view.nodeCount {
                XCTAssertClose(fast[v], plain[v], relative: 1e-12, absolute: 1e-15, "seed \(seed) actor \(v)")
            }
        }
        XCTAssertGreaterThan(folded, 30)
    }

    /// Trees only: every actor but one is folded and the searches have nothing left to do.
    /// A path 0–1–2–3–4: c_B(i) = 2 i (4 − i) ordered pairs; a star with centre 0 and 5
    /// leaves: c_B(0) = 5 · 4 = 20 ordered pairs of leaves; a single tie: 0.
    func testTreesHandDerived() {
        func raw(_ n: Int, _ ties: [(Int32, Int32)]) -> [Double]? {
            GraphView(nodeCount: n, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map { _ in 1 },
                      directed: false).foldedBetweenness(threads: 1, progress: nil)
        }
        XCTAssertEqual(raw(5, [(0, 1), (1, 2), (2, 3), (3, 4)]), [0, 6, 8, 6, 0])
        XCTAssertEqual(raw(6, [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]), [20, 0, 0, 0, 0, 0])
        XCTAssertEqual(raw(2, [(0, 1)]), [0, 0])
    }

    /// A triangle 0–1–2 with a pendant 3 on 0 and a chain 2–4–5: folding leaves the triangle
    /// with ω = (2, 1, 3). Ordered pairs through 0: {3} × {1, 2, 4, 5} both ways = 8; through
    /// 2: {4, 5} × {0, 1, 3} both ways = 12; through 4: {5} × {0, 1, 2, 3} both ways = 8;
    /// through 1: none (0 and 2 are partners).
    func testTriangleWithTreesHandDerived() {
        let ties: [(Int32, Int32)] = [(0, 1), (1, 2), (0, 2), (0, 3), (2, 4), (4, 5)]
        let view = GraphView(nodeCount: 6, sources: ties.map(\.0), targets: ties.map(\.1),
                             weights: ties.map { _ in 1 }, directed: false)
        XCTAssertEqual(view.foldedBetweenness(threads: 1, progress: nil), [8, 0, 12, 0, 8, 0])
    }

    /// No actor of degree one, or a directed view: nothing is folded.
    func testNothingToFold() {
        let cycle = GraphView(nodeCount: 4, sources: [0, 1, 2, 3], targets: [1, 2, 3, 0], weights: [1, 1, 1, 1], directed: false)
        XCTAssertNil(cycle.foldedBetweenness(threads: 1, progress: nil))
        let directed = GraphView(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, 1], directed: true)
        XCTAssertNil(directed.foldedBetweenness(threads: 1, progress: nil))
    }
}
