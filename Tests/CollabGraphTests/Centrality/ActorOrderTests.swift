@testable import CollabGraph
import XCTest

/// The relabellings the searches run under (``ActorOrder``): each is a permutation, the
/// relabelled rows are the same network, values map back to their actors, and the
/// breadth-first order labels the best-connected actor first and each actor's unlabelled
/// partners next to each other in decreasing degree.
final class ActorOrderTests: XCTestCase {
    /// Two components: a star on 0 with leaves 1–4 plus the tie 3–4, a path 5–6–7, and the
    /// lone actor 8.
    let adjacency: CompressedAdjacency = {
        let ties: [(Int32, Int32)] = [(0, 1), (0, 2), (0, 3), (0, 4), (3, 4), (5, 6), (6, 7)]
        let sources = ties.flatMap { [$0.0, $0.1] }, targets = ties.flatMap { [$0.1, $0.0] }
        return CompressedAdjacency(nodeCount: 9, sources: sources, targets: targets,
                                   weights: [Double](repeating: 1, count: sources.count))
    }()

    func assertSameNetwork(_ order: ActorOrder, file: StaticString = #filePath, line: UInt = #line) {
        let n = adjacency.nodeCount
        XCTAssertEqual(order.oldIndex.map(Int.init).sorted(), Array(0 ..< n), file: file, line: line)
        for old in 0 ..< n {
            XCTAssertEqual(Int(order.oldIndex[Int(order.newIndex[old])]), old, file: file, line: line)
            let partners = adjacency.neighbours(of: old).map { order.newIndex[Int($0)] }.sorted()
            XCTAssertEqual(Array(order.rows.neighbours(of: Int(order.newIndex[old]))), partners, file: file, line: line)
        }
        var values = order.oldIndex.map(Double.init)     // at new label v: the actor it stands for
        values.withUnsafeMutableBufferPointer { order.restore($0.baseAddress!) }
        XCTAssertEqual(values, (0 ..< n).map(Double.init), file: file, line: line)
    }

    func testDegreeOrderIsDecreasingDegreeTiesByIndex() {
        let order = ActorOrder.byDegree(adjacency)
        assertSameNetwork(order)
        XCTAssertEqual(order.oldIndex, [0, 3, 4, 6, 1, 2, 5, 7, 8])
    }

    func testBreadthFirstOrderStartsAtTheHubAndKeepsPartnersTogether() {
        let order = ActorOrder.breadthFirst(adjacency)
        assertSameNetwork(order)
        // From 0: its partners by degree (3, 4 of degree 2 before 1, 2); then the path from
        // its middle actor 6, then the lone actor.
        XCTAssertEqual(order.oldIndex, [0, 3, 4, 1, 2, 6, 5, 7, 8])
    }
}
