@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabCLI
import Foundation
import XCTest

/// Same input, same bytes, whatever the number of worker threads: 1, 2 and 100 workers
/// (more workers than cores or than chunks) give identical centrality tables.
final class CentralityDeterminismTests: XCTestCase {
    /// Every measure, exact and sampled betweenness, weighted and not, on graphs large enough
    /// for many chunks of sources (and several batches of the bit-parallel searches).
    func testThreadCountGivesIdenticalTables() {
        for (seed, directed) in [(UInt64(7), false), (8, true)] {
            let graph = SeededGraph.make(size: 900, directed: directed, seed: seed)
            let view = graph.view
            XCTAssertGreaterThan(view.nodeCount, SourceMask.width)
            for weighted in [false, true] {
                for sample in [nil, 300] as [Int?] {
                    func table(_ threads: Int) -> CentralityTable {
                        view.centrality(CentralityOptions(weighted: weighted, threads: threads, betweennessSample: sample))
                    }
                    let one = table(1)
                    for threads in [2, 100] {
                        let other = table(threads)
                        for (a, b) in zip(one.columns, other.columns) {
                            let same = zip(a.values, b.values).allSatisfy { $0.bitPattern == $1.bitPattern }
                            XCTAssertTrue(same, "\(a.measure) directed \(directed) weighted \(weighted) sample \(String(describing: sample)) threads \(threads)")
                        }
                    }
                }
            }
        }
    }

    /// PageRank on a view with several row blocks (over 100,000 entries): the per-block sums
    /// are added in block order, so 1, 2 and 100 workers agree to the bit.
    func testPageRankBlocksDoNotDependOnWorkers() {
        var random = SplitMix64(seed: 11)
        let n = 40_000
        var sources: [Int32] = [], targets: [Int32] = []
        for v in 1 ..< n {
            for _ in 0 ..< 3 { sources.append(Int32(v)); targets.append(Int32(random.below(v))) }
        }
        let view = GraphView(nodeCount: n, sources: sources, targets: targets,
                             weights: sources.map { _ in 1 }, directed: true)
        XCTAssertGreaterThan(view.incoming.entryCount, 100_000)
        let one = view.pageRank(PageRankOptions(threads: 1))
        for threads in [2, 100] {
            let other = view.pageRank(PageRankOptions(threads: threads))
            XCTAssertEqual(one.iterations, other.iterations)
            XCTAssertTrue(zip(one.scores, other.scores).allSatisfy { $0.bitPattern == $1.bitPattern }, "threads \(threads)")
        }
    }

    /// `collab centrality --threads 1`, `--threads 2` and `--threads 100` print the same bytes.
    func testCommandOutputIsByteIdenticalForAnyThreadCount() {
        let graph = SeededGraph.make(size: 700, directed: false, seed: 21)
        let folder = TestSupport.folder(["edges.csv": graph.csv])
        func run(_ threads: Int, weighted: Bool) -> String {
            let console = Console.capturing()
            let code = CollabCLI.run(["centrality", folder + "/edges.csv", "--threads", "\(threads)"] + (weighted ? ["--weighted"] : []),
                                     console: console)
            XCTAssertEqual(code, 0, console.standardError)
            return console.standardOutput
        }
        for weighted in [false, true] {
            let one = run(1, weighted: weighted)
            XCTAssertGreaterThan(one.split(separator: "\n").count, SourceMask.width)
            XCTAssertEqual(run(2, weighted: weighted), one)
            XCTAssertEqual(run(100, weighted: weighted), one)
        }
    }
}
