import CollabGraph
import XCTest

final class RatingScaleTests: XCTestCase {
    func testDefaultContinuum() {
        let scale = RatingScale.collaborationContinuum
        XCTAssertEqual(scale.level("Networking")?.depth, .engagement)
        XCTAssertEqual(scale.level("2")?.type, "cooperation")
        XCTAssertEqual(scale.level("3.0")?.type, "coordination")
        XCTAssertEqual(scale.level("coalition")?.depth, .coProduction)
        XCTAssertEqual(scale.level("5")?.depth, .coProduction)
        XCTAssertNil(scale.level("0")?.type)
        XCTAssertNil(scale.level("often"))
    }

    func testReadsAScaleFile() throws {
        let path = TestSupport.folder(["scale.csv": "rating,type,depth\nnever,,none\nsometimes,talk,engagement\noften,joint bid,co-production\n"]) + "/scale.csv"
        let scale = try RatingScale.read(contentsOf: path)
        XCTAssertNil(scale.level("never")?.type)
        XCTAssertEqual(scale.level("Sometimes")?.type, "talk")
        XCTAssertEqual(scale.level("2")?.type, "joint bid")
        XCTAssertEqual(scale.level("joint-bid")?.depth, .coProduction)
    }

    func testRefusesBadScales() {
        func file(_ text: String) -> String { TestSupport.folder(["scale.csv": text]) + "/scale.csv" }
        XCTAssertInputError(try RatingScale.read(contentsOf: file("rating,type\n")), line: 1, column: 1, contains: "missing required column 'depth'")
        XCTAssertInputError(try RatingScale.read(contentsOf: file("rating,type,depth\nlow,talk,shallow\n")), line: 2, column: 10, contains: "unknown depth 'shallow'")
        XCTAssertInputError(try RatingScale.read(contentsOf: file("rating,type,depth\nlow,talk,engagement\nlow,visit,exchange\n")), line: 3, column: 1, contains: "already a level on line 2")
    }
}
