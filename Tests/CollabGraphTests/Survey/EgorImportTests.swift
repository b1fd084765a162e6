import CollabGraph
import XCTest

/// egor's one-file and two-file layouts give the same dataset.
final class EgorImportTests: XCTestCase {
    static let examples = TestSupport.path("docs/examples/survey")

    private func records(_ graph: CollaborationGraph) -> [String] {
        graph.ties.map {
            "\(graph.actors[Int($0.source)].id)>\(graph.actors[Int($0.target)].id) \($0.weight) \($0.attributes["report"] ?? "")\($0.attributes["reported_by"].map { " by " + $0 } ?? "")"
        }
    }

    /// Newham College names Bow Arts, Stratford Digital Ltd, Tower Hamlets Council and
    /// reports Bow Arts–Stratford (1) and Stratford–Tower Hamlets (2); Bow Arts names
    /// Newham College (confirmed) and Tower Hamlets, and reports the two tied (1); Poplar
    /// HARCA named nobody.
    func testTwoFilesAndOneFileAgree() throws {
        let two = try EgorImport.readTwoFiles(egos: Self.examples + "/egos.csv", alters: Self.examples + "/alters.csv")
        let one = try EgorImport.readOneFile(Self.examples + "/egor-one-file.csv")
        let expected = [
            "Newham College>Bow Arts 1.0 confirmed", "Newham College>Stratford Digital Ltd 1.0 reported",
            "Newham College>Tower Hamlets Council 1.0 reported", "Bow Arts>Newham College 1.0 confirmed",
            "Bow Arts>Tower Hamlets Council 1.0 reported",
            "Bow Arts>Stratford Digital Ltd 1.0 ego-reported by Newham College",
            "Stratford Digital Ltd>Tower Hamlets Council 2.0 ego-reported by Newham College",
            "Newham College>Tower Hamlets Council 1.0 ego-reported by Bow Arts",
        ]
        XCTAssertEqual(records(two.graph), expected)
        XCTAssertEqual(records(one.graph), expected)
        XCTAssertEqual(two.graph.actors, one.graph.actors)
        XCTAssertEqual(one.graph.actors.map { $0.attributes["respondent"] }, ["yes", "yes", "no", "no", "yes"])
        XCTAssertEqual(one.graph.actors.map { $0.attributes["sector"] }, ["education", "creative", "digital", "public", "housing"])
        XCTAssertEqual(DatasetWriter.files(one.graph).first { $0.name == "nodes.csv" }?.data,
                       DatasetWriter.files(two.graph).first { $0.name == "nodes.csv" }?.data)
        XCTAssertEqual(one.egos, 3)
        XCTAssertEqual(one.alterTies, 3)
    }

    /// Anonymous alters (no name) are scoped to their ego; netsize cuts unused columns.
    func testAnonymousAltersAndNetsize() throws {
        let path = TestSupport.folder(["one.csv": "egoID,age,netsize,egoID.1,alter.sex.1,alter.sex.2,alter.sex.3,X1.to.2,X1.to.3,X2.to.3\n1,40,2,1,w,m,w,3,,\n2,30,,2,m,,,,,\n"]) + "/one.csv"
        let result = try EgorImport.readOneFile(path)
        XCTAssertEqual(result.graph.actors.map(\.id), ["1", "1/1", "1/2", "2", "2/1"])
        XCTAssertEqual(result.graph.actors.map(\.label), ["1", "alter 1 of 1", "alter 2 of 1", "2", "alter 1 of 2"])
        XCTAssertEqual(records(result.graph), ["1>1/1 1.0 reported", "1>1/2 1.0 reported", "2>2/1 1.0 reported", "1/1>1/2 3.0 ego-reported by 1"])
        XCTAssertEqual(result.graph.actorAttributeNames, ["age", "sex", "respondent"])
    }

    func testErrors() {
        func file(_ name: String, _ text: String) -> String { TestSupport.folder([name: text]) + "/" + name }
        XCTAssertInputError(try EgorImport.readOneFile(file("a.csv", "egoID;sex\n1;w\n")), line: 1, column: 1, contains: "semicolon-separated")
        XCTAssertInputError(try EgorImport.readOneFile(file("a.csv", "id,sex\n1,w\n")), line: 1, column: 1, contains: "missing the ego id column 'egoID'")
        XCTAssertInputError(try EgorImport.readOneFile(file("a.csv", "egoID,alter.sex.1,X1.to.2\n1,w,1\n")), line: 2, column: 5,
                            contains: "a tie between alters 1 and 2, but ego '1' has no alter 2")
        XCTAssertInputError(try EgorImport.readOneFile(file("a.csv", "egoID,alter.sex.1,alter.sex.2,X1.to.2\n1,w,m,often\n")), line: 2, column: 7,
                            contains: "alter–alter tie 'often': expected a number")
        let egos = file("egos.csv", "egoID\n1\n")
        XCTAssertInputError(try EgorImport.readTwoFiles(egos: egos, alters: file("alters.csv", "egoID,alterID\n1,1\n1,1\n")), line: 3, column: 3,
                            contains: "ego '1' has alter 1 twice (first on line 2)")
        XCTAssertInputError(try EgorImport.readTwoFiles(egos: egos, alters: file("alters.csv", "egoID,alterID\n2,1\n")), line: 2, column: 1,
                            contains: "alters of ego '2', who is not in")
    }
}
