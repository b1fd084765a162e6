import CollabGraph
import Foundation
import XCTest

/// CONCOR partitions against the R package concorR (`Tests/Fixtures/reference/positions/concor.json`,
/// written by `reference_positions.R` with `CONCORR_SOURCE` set): the same blocks, numbered
/// the same, for 1, 2 and 3 splits on the bundled datasets (binary ties).
final class ConcorReferenceTests: XCTestCase {
    func testPartitionsEqualConcorR() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/positions/concor.json"))
        var cases = 0
        for (name, reference) in fixture.objectValue! {
            let graph = try TestSupport.load(reference["folder"]!.stringValue!)
            let view = graph.view(ViewOptions(directed: reference["directed"]!.boolValue!))
            let expectedLevels = reference["splits"]!.arrayValue!
            let result = view.concor(ConcorOptions(splits: expectedLevels.count))
            XCTAssertEqual(result.levels.last, result.positions)
            for (level, expected) in expectedLevels.enumerated() {
                XCTAssertEqual(result.levels[level].map { Double($0 + 1) }, expected.arrayValue!.map { $0.numberValue! },
                               "\(name) with \(level + 1) splits")
            }
            cases += 1
        }
        XCTAssertEqual(cases, 5)
    }

    /// Sampson's monastery (cumulative liking, `Tests/Fixtures/graphs/sampson-like`): the
    /// published CONCOR finding (Breiger, Boorman & Arabie 1975; White, Boorman & Breiger
    /// 1976) that the blocks recover Sampson's factions. At two splits: the Young Turks
    /// (John Bosco, Gregory, Mark, Winfrid, Hugh, Boniface, Albert) form one block exactly,
    /// the Outcasts Basil, Elias and Simplicius another; the Loyal Opposition and Amand
    /// fill the other two blocks.
    func testSampsonFactions() throws {
        let graph = try TestSupport.load("Tests/Fixtures/graphs/sampson-like")
        let result = graph.view(ViewOptions(directed: true)).concor(ConcorOptions(splits: 2))
        func block(_ ids: [String]) -> Set<Int32> { Set(ids.map { result.positions[Int(graph.index(of: $0)!)] }) }
        let turks = ["john-bosco", "gregory", "mark", "winfrid", "hugh", "boniface", "albert"]
        let outcasts = ["basil", "elias", "simplicius"]
        let loyal = ["peter", "bonaventure", "berthold", "victor", "ambrose", "romauld", "louis", "amand"]
        XCTAssertEqual(block(turks).count, 1)
        XCTAssertEqual(block(outcasts).count, 1)
        XCTAssertTrue(block(loyal).isDisjoint(with: block(turks).union(block(outcasts))))
        let members = result.positions.filter { block(turks).contains($0) }.count
        XCTAssertEqual(members, turks.count, "the Young Turks' block holds no one else")
        XCTAssertEqual(result.positions.filter { block(outcasts).contains($0) }.count, outcasts.count)
    }
}
