@testable import CollabGraph
import XCTest

/// The intersection of two sorted rows (``CompressedAdjacency/forEachCommonPartner(_:_:_:)``):
/// by merge or by search, the same pairs of entries in the same order as a plain set
/// intersection, whichever row is the longer.
final class CommonPartnersTests: XCTestCase {
    /// A hub (actor 0) tied to 1…400, and actor 1 tied to every seventh of them: the rows
    /// differ in length far beyond the search ratio, both ways round.
    func testSearchAndMergeFindTheSamePairsInOrder() {
        var ties: [(Int32, Int32)] = []
        for v in Int32(1) ... 400 { ties.append((0, v)) }
        for v in stride(from: Int32(7), through: 400, by: 7) { ties.append((1, v)) }
        for v in Int32(2) ... 60 { ties.append((401, v)) }     // comparable length to a slice: merged
        let rows = CompressedAdjacency(nodeCount: 402, sources: ties.map(\.0) + ties.map(\.1),
                                       targets: ties.map(\.1) + ties.map(\.0), weights: [Double](repeating: 1, count: 2 * ties.count))
        func expected(_ u: Int, _ v: Int) -> [(Int, Int)] {
            let first = rows.row(u), second = rows.row(v)
            return first.compactMap { a in second.first { rows.neighbours[$0] == rows.neighbours[a] }.map { (a, $0) } }
        }
        for (u, v) in [(0, 1), (1, 0), (0, 401), (401, 0), (1, 401), (401, 1), (0, 0), (2, 3)] {
            var found: [(Int, Int)] = []
            rows.forEachCommonPartner(rows.row(u), rows.row(v)) { found.append(($0, $1)) }
            let want = expected(u, v)
            XCTAssertEqual(found.map(\.0), want.map(\.0), "\(u) ∩ \(v)")
            XCTAssertEqual(found.map(\.1), want.map(\.1), "\(u) ∩ \(v)")
        }
        var hub: [Int] = []
        rows.forEachCommonPartner(rows.row(0), rows.row(1)) { a, _ in hub.append(Int(rows.neighbours[a])) }
        XCTAssertEqual(hub, Array(stride(from: 7, through: 399, by: 7)))
    }
}
