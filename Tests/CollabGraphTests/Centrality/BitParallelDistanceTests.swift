@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// The bit-parallel searches (``BitParallelWorkspace``, 256 sources per pass) against one
/// breadth-first search per source, the plain path. Closeness sums whole numbers of hops, so
/// it must agree to the last bit; harmonic centrality adds the same terms grouped by distance
/// (c / d instead of c times 1 / d), so it agrees to rounding.
final class BitParallelDistanceTests: XCTestCase {
    func assertFastEqualsPlain(_ view: GraphView, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let fast = view.pathCentralities(betweenness: false, closeness: true, harmonic: true, weighted: false,
                                         threads: 2, progress: nil, kernel: .fast)
        let plain = view.pathCentralities(betweenness: false, closeness: true, harmonic: true, weighted: false,
                                          threads: 2, progress: nil, kernel: .plain)
        XCTAssertEqual(fast.closeness, plain.closeness, "\(label): closeness", file: file, line: line)
        XCTAssertEqual(fast.harmonic?.count, view.nodeCount, file: file, line: line)
        for v in 0 ..< view.nodeCount {
            XCTAssertClose(fast.harmonic![v], plain.harmonic![v], relative: 1e-13, "\(label): harmonic of \(v)",
                           file: file, line: line)
        }
    }

    /// Collaboration-shaped graphs (pendant chains, twins, bridges, several components,
    /// isolates), directed and undirected, small and larger than a batch of 256 sources and
    /// than the size at which the searches relabel actors by degree.
    func testSeededGraphsAgreeWithOneSearchPerSource() {
        for seed in 0 ..< 40 {
            let size = seed % 4 == 3 ? 600 : 10 + Int(seed) * 3
            for directed in [false, true] {
                let graph = SeededGraph.make(size: size, directed: directed, seed: UInt64(seed))
                assertFastEqualsPlain(graph.view, "seed \(seed) directed \(directed) n \(graph.nodeCount)")
            }
        }
    }

    /// Batch boundaries: paths and stars of 1, 2, 255, 256, 257 and 513 actors (one batch
    /// exactly full, one source in a second batch, three batches), and a long path whose
    /// searches run for hundreds of levels.
    func testBatchBoundariesAndDeepSearches() {
        for n in [1, 2, 255, 256, 257, 513, 1200] {
            let path = (0 ..< max(0, n - 1)).map { (Int32($0), Int32($0 + 1)) }
            let star = (1 ..< max(1, n)).map { (Int32(0), Int32($0)) }
            for (name, ties) in [("path", path), ("star", star)] {
                for directed in [false, true] {
                    let view = GraphView(nodeCount: n, sources: ties.map(\.0), targets: ties.map(\.1),
                                         weights: ties.map { _ in 1 }, directed: directed)
                    assertFastEqualsPlain(view, "\(name) \(n) directed \(directed)")
                }
            }
        }
    }

    /// Hand-derived: the directed path 0 → 1 → 2 → 3 reaches 3 from 0, 1 and 2 at distances
    /// 3, 2, 1: closeness (3/6)·(3/3) = 0.5, harmonic 1/3 + 1/2 + 1 = 11/6; 0 is reached by
    /// no one (both 0).
    func testDirectedPathHandDerived() {
        let view = GraphView(nodeCount: 4, sources: [0, 1, 2], targets: [1, 2, 3], weights: [1, 1, 1], directed: true)
        let result = view.pathCentralities(betweenness: false, closeness: true, harmonic: true, weighted: false,
                                           threads: 1, progress: nil, kernel: .fast)
        XCTAssertEqual(result.closeness, [0, 1.0 / 1 * (1.0 / 3), (2.0 / 3) * (2.0 / 3), 0.5])
        XCTAssertEqual(result.harmonic![0], 0)
        XCTAssertClose(result.harmonic![3], 11.0 / 6, relative: 1e-15)
    }
}
