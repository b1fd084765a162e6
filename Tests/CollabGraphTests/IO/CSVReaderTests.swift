import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

final class CSVReaderTests: XCTestCase {
    private func records(_ text: String) throws -> [[String]] {
        try records(Array(text.utf8))
    }

    private func records(_ bytes: [UInt8]) throws -> [[String]] {
        var reader = CSVReader(bytes: bytes, file: "t.csv")
        var fields: [CSVField] = []
        var out: [[String]] = []
        while try reader.nextRecord(into: &fields) { out.append(try fields.map { try reader.string($0) }) }
        return out
    }

    func testQuotedFieldsHoldCommasQuotesAndNewlines() throws {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
        XCTAssertEqual(try records(text), [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"]])
    }

    func testCRLFAndMissingFinalNewline() throws {
        XCTAssertEqual(try records("a,b\r\n1,2\r\n3,4"), [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    func testByteOrderMarkIsSkipped() throws {
        XCTAssertEqual(try records([0xEF, 0xBB, 0xBF] + Array("id\nx\n".utf8)), [["id"], ["x"]])
    }

    func testEmptyFieldsAndUnicode() throws {
        XCTAssertEqual(try records("a,,c\nΩmega,\"\",é\n"), [["a", "", "c"], ["Ωmega", "", "é"]])
    }

    func testLineAndColumnOfFields() throws {
        var reader = CSVReader(bytes: Array("ab,\"c\nd\",é,x\n".utf8), file: "t.csv")
        var fields: [CSVField] = []
        _ = try reader.nextRecord(into: &fields)
        XCTAssertEqual(fields.map(\.line), [1, 1, 2, 2])
        XCTAssertEqual(fields.map(\.column), [1, 4, 4, 6])
    }

    func testUnterminatedQuoteNamesWhereItStarted() {
        XCTAssertInputError(try records("a,b\n1,\"open\n2,3\n"), line: 2, column: 3, contains: "unterminated quoted field")
    }

    func testTextAfterClosingQuoteIsAnError() {
        XCTAssertInputError(try records("a,b\n\"x\"y,2\n"), line: 2, column: 4, contains: "after a closing quote")
    }

    func testQuoteInsideUnquotedField() {
        XCTAssertInputError(try records("a,b\nx\"y,2\n"), line: 2, column: 2, contains: "quote inside an unquoted field")
    }

    func testInvalidUTF8() {
        XCTAssertInputError(try records([0x61, 0x0A, 0x62, 0xFF, 0x0A]), line: 2, column: 1, contains: "invalid UTF-8")
    }

    func testNumbersParseFromBytes() throws {
        var reader = CSVReader(bytes: Array("1,2.5,-3,1e3, 4 ,abc,nan,inf,,0x10\n".utf8), file: "t.csv")
        var fields: [CSVField] = []
        _ = try reader.nextRecord(into: &fields)
        let values = fields.map { reader.double($0) }
        XCTAssertEqual(values, [1, 2.5, -3, 1000, 4, nil, nil, nil, nil, nil])
    }
}
