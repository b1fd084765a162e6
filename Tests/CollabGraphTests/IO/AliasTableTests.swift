import CollabGraph
import XCTest

/// Reading `alias,id` tables.
final class AliasTableTests: XCTestCase {
    private func file(_ text: String) -> String { TestSupport.folder(["aliases.csv": text]) + "/aliases.csv" }

    func testReadsAliases() throws {
        let table = try AliasTable.read(contentsOf: file("alias,id\nb-ltd,b\n\n\"Newham Coll, The\",newham-college\nsame,same\n"))
        XCTAssertEqual(table.mapping, ["b-ltd": "b", "Newham Coll, The": "newham-college"])
        XCTAssertEqual(table.entry("b-ltd")?.line, 2)
        XCTAssertNil(table.canonical("same"))
    }

    /// Columns in any order, other columns ignored, chains followed.
    func testFollowsChainsAndIgnoresOtherColumns() throws {
        let table = try AliasTable.read(contentsOf: file("note,ID,Alias\nrenamed,b,a\nmerged,c,b\n,c,d\n"))
        XCTAssertEqual(table.canonical("a"), "c")
        XCTAssertEqual(table.canonical("b"), "c")
        XCTAssertEqual(table.canonical("d"), "c")
        XCTAssertNil(table.canonical("c"))
    }

    func testRefusesWithLineAndColumn() {
        XCTAssertInputError(try AliasTable.read(contentsOf: file("from,to\n")), line: 1, column: 1, contains: "needs the columns alias and id; missing alias and id (found: from, to)")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,name\n")), line: 1, column: 1, contains: "missing id")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("")), line: 1, column: 1, contains: "empty alias file")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,\n")), line: 2, column: 3, contains: "empty id for the alias 'x'")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,y\nx,z\n")), line: 3, column: 3, contains: "already given to 'y' on line 2")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,y,z\n")), line: 2, column: 5, contains: "expected 2 fields")
    }

    func testRefusesCycles() {
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\nx,y\ny,x\n")), line: 2, column: 3,
                            contains: "alias cycle 'x' → 'y' → 'x' (lines 2, 3)")
        XCTAssertInputError(try AliasTable.read(contentsOf: file("alias,id\na,b\nb,c\nc,a\n")), line: 2, column: 3,
                            contains: "alias cycle 'a' → 'b' → 'c' → 'a'")
    }
}
