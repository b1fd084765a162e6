@testable import CollabGraph
import Foundation
import XCTest

/// Betweenness block by block (``BlockDecomposition``) on graphs with many cut actors —
/// trees, paths, stars, chains and trees of cliques, cycles sharing one actor, sparse random
/// graphs with twins, disconnected mixtures — against NetworkX
/// (Tests/Fixtures/reference_betweenness_blocks.py →
/// Tests/Fixtures/reference/betweenness-blocks/cases.json), against the plain searches, and
/// the same bytes for 1, 2 and 100 threads.
final class BlockDecompositionTests: XCTestCase {
    func view(_ n: Int, _ ties: [(Int32, Int32)]) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map { _ in 1 }, directed: false)
    }

    func plainBetweenness(_ view: GraphView) -> [Double] {
        view.pathCentralities(betweenness: true, closeness: false, harmonic: false, weighted: false,
                              threads: 2, progress: nil, kernel: .plain).betweenness!
    }

    func testManyCutActorsMatchNetworkXOnEveryThreadCount() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/betweenness-blocks/cases.json"))
        let cases = fixture["cases"]!.arrayValue!
        XCTAssertEqual(cases.count, 32)
        var decomposed = 0
        for c in cases {
            let name = c["name"]!.stringValue!
            let n = Int(c["n"]!.numberValue!)
            let ties = c["ties"]!.arrayValue!.map { $0.arrayValue!.map { Int32($0.numberValue!) } }
            let graph = view(n, ties.map { ($0[0], $0[1]) })
            let expected = c["betweenness"]!.arrayValue!.map { $0.numberValue! }
            let blocks = BlockDecomposition(BetweennessReduction(graph.outgoing)?.rows ?? graph.outgoing,
                                            multiplicities: BetweennessReduction(graph.outgoing)?.multiplicities
                                                ?? Multiplicities(weight: [Int32](repeating: 1, count: n), paths: [Int32](repeating: 1, count: n)))
            if !blocks.isTrivial { decomposed += 1 }
            let first = graph.betweenness(threads: 1)
            for v in 0 ..< n {
                XCTAssertClose(first[v], expected[v], relative: 1e-9, absolute: 1e-12, "\(name) actor \(v)")
            }
            let plain = plainBetweenness(graph)
            for v in 0 ..< n { XCTAssertClose(first[v], plain[v], relative: 1e-12, absolute: 1e-15, "\(name) actor \(v)") }
            for threads in [2, 100] {
                XCTAssertEqual(graph.betweenness(threads: threads), first, "\(name), \(threads) threads: the same bytes")
            }
        }
        XCTAssertGreaterThan(decomposed, 15, "most fixtures keep cut actors after trees are folded")
    }

    /// Two triangles sharing actor 2 (0–1–2 and 2–3–4): 2 separates {0, 1} from {3, 4}, so it
    /// carries 2 · 2 · 2 = 8 ordered pairs and nothing else does; two blocks, one copy each
    /// of 0, 1, 3, 4 and two of 2, each copy of 2 standing for 3 actors (itself and the
    /// other triangle).
    func testBowTieHandDerived() {
        let bowTie = view(5, [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 4)])
        let ones = [Int32](repeating: 1, count: 5)
        let blocks = BlockDecomposition(bowTie.outgoing, multiplicities: Multiplicities(weight: ones, paths: ones))
        XCTAssertFalse(blocks.isTrivial)
        XCTAssertEqual(blocks.rows.nodeCount, 6)
        XCTAssertEqual(blocks.separatedPairs, [0, 0, 8, 0, 0])
        XCTAssertEqual(blocks.original.filter { $0 == 2 }.count, 2)
        for (copy, actor) in blocks.original.enumerated() {
            XCTAssertEqual(blocks.multiplicities.weight[copy], actor == 2 ? 3 : 1)
        }
        XCTAssertEqual(bowTie.reducedBetweenness(threads: 1, progress: nil), [0, 0, 8, 0, 0])
    }

    /// A 4-cycle with a chord is one block with no cut actor: nothing to split.
    func testOneBlockIsTrivial() {
        let ones = [Int32](repeating: 1, count: 4)
        let graph = view(4, [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)])
        XCTAssertTrue(BlockDecomposition(graph.outgoing, multiplicities: Multiplicities(weight: ones, paths: ones)).isTrivial)
    }

    /// Seeded collaboration-shaped graphs (pendant chains, twins, bridges, several
    /// components; some above the degree-order threshold): the block-by-block values equal
    /// the plain searches.
    func testSeededGraphsEqualPlainSearches() {
        for seed in 0 ..< 30 {
            let graph = SeededGraph.make(size: seed % 5 == 4 ? 600 : 10 + seed * 5, directed: false, seed: UInt64(900 + seed))
            let view = graph.view
            let fast = view.betweenness(threads: 2), plain = plainBetweenness(view)
            for v in 0 ..< view.nodeCount {
                XCTAssertClose(fast[v], plain[v], relative: 1e-12, absolute: 1e-15, "seed \(seed) actor \(v)")
            }
        }
    }
}
