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
        XCTAssertEqual(cases, 4)
    }
}
