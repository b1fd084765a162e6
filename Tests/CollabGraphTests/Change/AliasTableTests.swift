import CollabGraph
import XCTest

/// Reading `alias,id` tables.
final class AliasTableTests: XCTestCase {
    private func file(_ text: String) -> String { TestSupport.folder(["aliases.csv": text]) + "/aliases.csv" }

    func testReadsAliases() throws {
        let table = try AliasTable.read(contentsOf: file("alias,id\nb-ltd,b\n\n\"Newham Coll, The\",newham-college\nsame,same\n"))
        XCTAssertEqual(table, ["b-ltd": "b", "Newham Coll, The": "newham-college"])
    }

    func testRefusesWithLineAndColumn() {
        XCTAssertInputError(try AliasTable.read(contentsOf: file("from,to\n")), line: 1, column: 1, contains: "expected the header alias,id")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,\n")), line: 2, column: 3, contains: "empty id for the alias 'x'")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,y\nx,z\n")), line: 3, column: 3, contains: "already given to 'y' on line 2")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,y\ny,z\n")), line: 2, column: 3, contains: "'y' is itself an alias (line 3)")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,y,z\n")), line: 2, column: 3, contains: "expected two cells")
    }
}
