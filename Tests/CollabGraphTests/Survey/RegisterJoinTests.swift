import CollabGraph
import XCTest

final class RegisterJoinTests: XCTestCase {
    func testSMERule() {
        for band in ["micro", "Small", "medium", "0-9", "10–49", "50-249", "120"] { XCTAssertEqual(RegisterJoin.isSME(band), true, band) }
        for band in ["large", "250+", "250-499", "1000", "over 250"] { XCTAssertEqual(RegisterJoin.isSME(band), false, band) }
        for band in ["", "unknown", "n/a"] { XCTAssertNil(RegisterJoin.isSME(band), band) }
    }

    private func graph() -> CollaborationGraph {
        var g = CollaborationGraph()
        g.addActor(Actor(id: "a", label: "Acme", attributes: ["sector": "digital"]))
        g.addActor(Actor(id: "b", label: "Beta Care"))
        g.addActor(Actor(id: "c", label: "Gamma"))
        g.addTie(from: "a", to: "b")
        return g
    }

    func testJoinsByIDAndReportsBothSides() throws {
        let path = TestSupport.folder(["register.csv": "id,name,size_band,sector\na,Acme Ltd,10-49,software\nb,Beta Care,large,\nz,Zeta,micro,care\n"]) + "/register.csv"
        let (joined, report) = try RegisterJoin.join(graph(), register: path, smeFrom: "size_band")
        XCTAssertEqual(joined.actors[0].attributes, ["sector": "software", "size_band": "10-49", "sme": "yes"])
        XCTAssertEqual(joined.actors[1].attributes, ["size_band": "large", "sme": "no"])
        XCTAssertEqual(joined.actors[1].label, "Beta Care")
        XCTAssertEqual(joined.actors[2].attributes, [:])
        XCTAssertEqual(report.matchedByID, 2)
        XCTAssertEqual(report.actorsWithoutRow, ["c"])
        XCTAssertEqual(report.rowsWithoutActor.map(\.id), ["z"])
        XCTAssertEqual(report.rowsWithoutActor.map(\.line), [4])
        XCTAssertEqual(report.changed.map { "\($0.actor) \($0.attribute) \($0.old)>\($0.new)" }, ["a sector digital>software"])
        XCTAssertEqual(report.sme?.yes, 1)
        XCTAssertEqual(report.sme?.no, 1)
    }

    func testMatchesByNameWhenAsked() throws {
        let path = TestSupport.folder(["register.csv": "id,name,size_band\nr9,Gamma Limited,small\n"]) + "/register.csv"
        let (joined, report) = try RegisterJoin.join(graph(), register: path, smeFrom: "size_band") { $0 == "Gamma" ? "r9" : nil }
        XCTAssertEqual(joined.actors[2].attributes, ["register_id": "r9", "size_band": "small", "sme": "yes"])
        XCTAssertEqual(report.matchedByName.map(\.registerID), ["r9"])
        XCTAssertEqual(report.actorsWithoutRow, ["a", "b"])
    }

    func testRefusesRegistersWithoutOrWithDuplicateIDs() {
        func file(_ text: String) -> String { TestSupport.folder(["register.csv": text]) + "/register.csv" }
        XCTAssertInputError(try RegisterJoin.join(graph(), register: file("name,size\nA,1\n")), line: 1, column: 1, contains: "no 'id' column")
        XCTAssertInputError(try RegisterJoin.join(graph(), register: file("id,size\na,1\na,2\n")), line: 3, column: 1, contains: "duplicate register id 'a' (first on line 2)")
        XCTAssertInputError(try RegisterJoin.join(graph(), register: file("id,size\na,1\n"), smeFrom: "band"), line: 1, column: 1, contains: "no 'band' column")
    }
}
