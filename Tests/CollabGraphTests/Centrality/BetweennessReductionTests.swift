@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Betweenness on the reduced network (``BetweennessReduction``: folded trees, merged closed
/// twins) against the plain searches from every actor and against brute-force path counting,
/// and hand-derived cases.
final class BetweennessReductionTests: XCTestCase {
    func plainBetweenness(_ view: GraphView) -> [Double] {
        view.pathCentralities(betweenness: true, closeness: false, harmonic: false, weighted: false,
                              threads: 2, progress: nil, kernel: .plain).betweenness!
    }

    func view(_ n: Int, _ ties: [(Int32, Int32)]) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map { _ in 1 }, directed: false)
    }

    /// Collaboration-shaped undirected graphs: pendant chains (folded repeatedly), twins
    /// (some with trees of their own), a bridge, several components, isolates; some larger
    /// than the degree-order threshold.
    func testReducedEqualsPlainOnSeededGraphs() {
        var reduced = 0, merged = 0
        for seed in 0 ..< 40 {
            let graph = SeededGraph.make(size: seed % 5 == 4 ? 700 : 8 + seed * 4, directed: false, seed: UInt64(100 + seed))
            let view = graph.view
            guard let reduction = BetweennessReduction(view.outgoing),
                  let raw = view.reducedBetweenness(threads: 2, progress: nil) else { continue }
            reduced += 1
            if reduction.multiplicities.paths.contains(where: { $0 > 1 }) { merged += 1 }
            let fast = Betweenness.normalise(raw)
            XCTAssertEqual(view.betweenness(threads: 2), fast, "the public entry point reduces")
            let plain = plainBetweenness(view)
            for v in 0 ..< view.nodeCount {
                XCTAssertClose(fast[v], plain[v], relative: 1e-12, absolute: 1e-15, "seed \(seed) actor \(v)")
            }
        }
        XCTAssertGreaterThan(reduced, 30)
        XCTAssertGreaterThan(merged, 20)
    }

    /// Cliques joined in a chain, each with twins (hyperedge-like co-authorship): every
    /// clique's private members merge; against Brandes without reduction.
    func testChainOfCliques() {
        var ties: [(Int32, Int32)] = []
        var next: Int32 = 0
        var previousBridge: Int32?
        for size in [4, 6, 3, 5, 2, 7] {
            let members = (0 ..< Int32(size)).map { next + $0 }
            next += Int32(size)
            for a in members { for b in members where a < b { ties.append((a, b)) } }
            if let previousBridge { ties.append((previousBridge, members[0])) }
            previousBridge = members.last
        }
        let graph = view(Int(next), ties)
        let reduction = BetweennessReduction(graph.outgoing)!
        XCTAssertLessThan(reduction.rows.nodeCount, Int(next))
        let fast = graph.betweenness(threads: 1), plain = plainBetweenness(graph)
        for v in 0 ..< Int(next) { XCTAssertClose(fast[v], plain[v], relative: 1e-12, absolute: 1e-15, "actor \(v)") }
    }

    /// Trees only: every actor but one is folded and the searches have nothing left to do.
    /// A path 0–1–2–3–4: c_B(i) = 2 i (4 − i) ordered pairs; a star with centre 0 and 5
    /// leaves: c_B(0) = 5 · 4 = 20 ordered pairs of leaves; a single tie: 0.
    func testTreesHandDerived() {
        XCTAssertEqual(view(5, [(0, 1), (1, 2), (2, 3), (3, 4)]).reducedBetweenness(threads: 1, progress: nil), [0, 6, 8, 6, 0])
        XCTAssertEqual(view(6, [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]).reducedBetweenness(threads: 1, progress: nil),
                       [20, 0, 0, 0, 0, 0])
        XCTAssertEqual(view(2, [(0, 1)]).reducedBetweenness(threads: 1, progress: nil), [0, 0])
    }

    /// A triangle 0–1–2 with a pendant 3 on 0 and a chain 2–4–5: folding leaves the triangle
    /// with ω = (2, 1, 3). Ordered pairs through 0: {3} × {1, 2, 4, 5} both ways = 8; through
    /// 2: {4, 5} × {0, 1, 3} both ways = 12; through 4: {5} × {0, 1, 2, 3} both ways = 8;
    /// through 1: none (0 and 2 are partners).
    func testTriangleWithTreesHandDerived() {
        let triangle = view(6, [(0, 1), (1, 2), (0, 2), (0, 3), (2, 4), (4, 5)])
        XCTAssertEqual(triangle.reducedBetweenness(threads: 1, progress: nil), [8, 0, 12, 0, 8, 0])
    }

    /// Twins: the "diamond with a tail" 0–1, 0–2, 1–2, 1–3, 2–3, 3–4. Folding 4 into 3;
    /// 1 and 2 are closed twins (N = {0, 1, 2, 3}) and merge (μ = 2). Shortest paths between
    /// 0 and 3 (and 4) go through 1 or 2, half each: ordered pairs (0,3), (3,0), (0,4),
    /// (4,0) give 1 and 2 each 4 · 1/2 = 2; 3 carries (4, ·) and (·, 4) for 0, 1, 2: 6.
    func testClosedTwinsHandDerived() {
        let diamond = view(5, [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3), (3, 4)])
        let reduction = BetweennessReduction(diamond.outgoing)!
        XCTAssertEqual(reduction.multiplicities.paths.sorted(), [1, 1, 2])
        XCTAssertEqual(diamond.reducedBetweenness(threads: 1, progress: nil), [0, 2, 2, 6, 0])
    }

    /// No actor of degree one and no twins (a 4-cycle), or a directed view: nothing reduces.
    func testNothingToReduce() {
        XCTAssertNil(view(4, [(0, 1), (1, 2), (2, 3), (3, 0)]).reducedBetweenness(threads: 1, progress: nil))
        let directed = GraphView(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, 1], directed: true)
        XCTAssertNil(directed.reducedBetweenness(threads: 1, progress: nil))
    }
}
