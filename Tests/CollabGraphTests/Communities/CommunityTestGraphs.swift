import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Small graphs and checks shared by the community and core–periphery tests.
enum CommunityTestGraphs {
    /// Undirected rows from (a, b, weight) ties.
    static func rows(_ n: Int, _ ties: [(Int, Int, Double)]) -> CompressedAdjacency {
        GraphView(nodeCount: n, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                  weights: ties.map(\.2), directed: false).partners
    }

    /// Two triangles 0-1-2 and 3-4-5 joined by the tie 2–3:
    ///
    ///     0       5
    ///     | \   / |
    ///     |  2-3  |
    ///     | /   \ |
    ///     1       4
    static let twoTriangles = rows(6, [(0, 1, 1), (0, 2, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1), (3, 5, 1), (4, 5, 1)])

    /// A seeded random graph: `blocks` planted groups of `size` actors, ties inside with
    /// probability `inside`, between with `between`, integer weights 1–4; a few isolates.
    static func planted(seed: UInt64, blocks: Int, size: Int, inside: Double, between: Double, isolates: Int = 3) -> CompressedAdjacency {
        var random = SplitMix64(seed: seed)
        let n = blocks * size + isolates
        var ties: [(Int, Int, Double)] = []
        for a in 0 ..< blocks * size {
            for b in (a + 1) ..< blocks * size {
                let p = a / size == b / size ? inside : between
                if Double(random.next() >> 11) * 0x1p-53 < p { ties.append((a, b, Double(1 + random.below(4)))) }
            }
        }
        return rows(n, ties)
    }

    /// Modularity by its definition over all ordered pairs (i, j), i = j included:
    /// Q = 1/2m Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j) — an independent O(n²) check.
    static func naiveModularity(_ rows: CompressedAdjacency, _ community: [Int32], weighted: Bool, resolution: Double) -> Double {
        let n = rows.nodeCount
        var a = [Double](repeating: 0, count: n * n)
        for u in 0 ..< n { for e in rows.row(u) { a[u * n + Int(rows.neighbours[e])] = weighted ? rows.weights[e] : 1 } }
        let k = (0 ..< n).map { u in (0 ..< n).reduce(0.0) { $0 + a[u * n + $1] } }
        let twoM = k.reduce(0, +)
        var q = 0.0
        for i in 0 ..< n { for j in 0 ..< n where community[i] == community[j] { q += a[i * n + j] - resolution * k[i] * k[j] / twoM } }
        return q / twoM
    }

    /// Asserts that every community induces a connected subgraph.
    static func assertConnected(_ rows: CompressedAdjacency, _ partition: CommunityPartition, _ label: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        for (c, members) in partition.members.enumerated() {
            var inside = [Bool](repeating: false, count: rows.nodeCount)
            for m in members { inside[Int(m)] = true }
            let pieces = rows.components(members: inside).count
            XCTAssertEqual(pieces, 1, "\(label): community \(c) of \(members.count) actors falls into \(pieces) pieces", file: file, line: line)
        }
    }
}
