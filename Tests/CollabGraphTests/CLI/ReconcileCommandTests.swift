import CollabCLI
import CollabGraph
import Foundation
import XCTest

/// `collab reconcile`: output columns and order, aliases, --accept, --within, errors, determinism.
final class ReconcileCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    private static let register = """
    id,name,short_name,country,city,street
    p1,VITENS NV,Vitens,NL,ZWOLLE,OUDE VEERWEG 1
    p2,KING'S COLLEGE LONDON,KCL,UK,LONDON,STRAND
    p3,E2V TECHNOLOGIES (UK) LIMITED,E2V,UK,CHELMSFORD,WATERHOUSE LANE 106
    p4,UNIVERSITY OF SURREY,SURREY,UK,GUILDFORD,STAG HILL

    """

    private static let names = "partner,zip,note\n"
        + "\"Vitens N.V.\",,\"first, with a comma\"\n"
        + "King\\'s College London,WC2R 2LS,\"quoted \"\"note\"\"\"\n"
        + "TELEDYNE E2V (UK) LIMITED,CM1 2QU,\n"
        + "Someone Else Entirely,,\n"
        + "Univ. of Surrey,,\n"

    private func files() -> String {
        TestSupport.folder(["register.csv": Self.register, "names.csv": Self.names])
    }

    func testOutputKeepsEveryRowAndColumnThenAddsTheMatch() throws {
        let folder = files()
        let result = run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "--columns", "name=partner,postcode=zip"])
        XCTAssertEqual(result.code, 0, result.err)
        let table = try NameTable(text: result.out, file: "out", columns: NameColumns(headers: [.name: "partner"]))
        XCTAssertEqual(table.header, ["partner", "zip", "note", "match_id", "match_name", "score", "decision", "candidates"])
        let input = try NameTable(text: Self.names, file: "in", columns: NameColumns(headers: [.name: "partner"]))
        XCTAssertEqual(table.rows.map { Array($0.prefix(3)) }, input.rows, "input columns unchanged, in input order")
        XCTAssertEqual(table.rows.map { $0[3] }, ["p1", "p2", "p3", "", "p4"])
        XCTAssertEqual(table.rows.map { $0[6] }, ["auto", "auto", "review", "none", "auto"])
        XCTAssertEqual(table.rows[0][4], "VITENS NV")
        XCTAssertEqual(table.rows[0][5], "1.000")
        XCTAssertTrue(table.rows[2][7].hasPrefix("p3:"), table.rows[2][7])
        XCTAssertTrue(result.err.hasSuffix("5 names: 3 auto, 1 review, 1 none (auto at score ≥ 0.900 leading by 0.050, review at ≥ 0.500)\n"), result.err)
    }

    func testAliasesFromAutoRowsAndFromAReviewedTable() throws {
        let folder = files()
        let matches = folder + "/matches.csv", aliases = folder + "/aliases.csv"
        let result = run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "--columns", "name=partner",
                          "-o", matches, "--aliases-out", aliases])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(try String(contentsOfFile: aliases, encoding: .utf8),
                       "alias,id\nVitens N.V.,p1\nKing\\'s College London,p2\nUniv. of Surrey,p4\n")
        // A person accepts the review row and overturns an auto one.
        var text = try String(contentsOfFile: matches, encoding: .utf8)
        text = text.replacingOccurrences(of: ",review,", with: ",accept,").replacingOccurrences(of: "p4,UNIVERSITY OF SURREY,1.000,auto", with: "p4,UNIVERSITY OF SURREY,1.000,reject")
        try text.write(toFile: matches, atomically: true, encoding: .utf8)
        let reviewed = run(["reconcile", "--accept", matches, "--columns", "name=partner", "--aliases-out", aliases])
        XCTAssertEqual(reviewed.code, 0, reviewed.err)
        XCTAssertEqual(try String(contentsOfFile: aliases, encoding: .utf8),
                       "alias,id\nVitens N.V.,p1\nKing\\'s College London,p2\nTELEDYNE E2V (UK) LIMITED,p3\n")
    }

    func testWithinFindsDuplicatesOfOneRegister() throws {
        let folder = TestSupport.folder(["register.csv": Self.register + "p5,Vitens N.V.,,NL,Zwolle,Oude Veerweg 1\n"])
        let merges = folder + "/merges.csv"
        let result = run(["reconcile", "--within", folder + "/register.csv", "--aliases-out", merges])
        XCTAssertEqual(result.code, 0, result.err)
        let table = try NameTable(text: result.out, file: "out")
        XCTAssertEqual(table.header.suffix(5), ["match_id", "match_name", "score", "decision", "candidates"])
        XCTAssertEqual(table.rows.count, 5)
        XCTAssertEqual(table.rows[0].suffix(5).prefix(4), ["p5", "Vitens N.V.", "1.000", "auto"])
        XCTAssertEqual(table.rows[4].suffix(5).prefix(4), ["p1", "VITENS NV", "1.000", "auto"])
        XCTAssertEqual(try String(contentsOfFile: merges, encoding: .utf8), "alias,id\np5,p1\n")
    }

    func testSameBytesWhateverTheThreadCount() throws {
        let folder = TestSupport.folder([:])
        var register = "id,name,city\n", names = "name,city\n"
        for index in 0 ..< 600 {
            register += "r\(index),ORGANISATION \(index * 7919 % 1000) WORKS \(index % 13),TOWN\(index % 17)\n"
            names += "Organisation \(index * 7919 % 1000) Works,Town\(index % 17)\n"
        }
        try register.write(toFile: folder + "/register.csv", atomically: true, encoding: .utf8)
        try names.write(toFile: folder + "/names.csv", atomically: true, encoding: .utf8)
        let one = run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "--threads", "1"])
        let two = run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "--threads", "2"])
        XCTAssertEqual(one.code, 0, one.err)
        XCTAssertEqual(one.out, two.out)
        XCTAssertEqual(one.out.split(separator: "\n").count, 601)
    }

    func testNamesWithoutANameColumnIsAnErrorAndWritesNothing() {
        let folder = TestSupport.folder(["register.csv": Self.register, "names.csv": "partner,zip\nAcme,1\n"])
        let output = folder + "/matches.csv"
        let result = run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "-o", output])
        XCTAssertEqual(result.code, 1)
        XCTAssertEqual(result.err, "Error: \(folder)/names.csv:1:1: no 'name' or 'label' column; columns: partner, zip (map one with --columns name=HEADER)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testRegisterWithoutIDsOrWithDuplicatesIsAnError() {
        let folder = TestSupport.folder(["names.csv": "name\nAcme\n", "noid.csv": "name,city\nAcme,York\n",
                                         "twice.csv": "id,name\na,Acme\nb,Other\n\"a\",Acme again\n", "empty.csv": "id,name\na,Acme\n,Blank\n"])
        let output = folder + "/matches.csv"
        let noID = run(["reconcile", folder + "/names.csv", "--register", folder + "/noid.csv", "-o", output])
        XCTAssertEqual(noID.code, 1)
        XCTAssertEqual(noID.err, "Error: \(folder)/noid.csv:1:1: no 'id' column: a register needs an id for every organisation; columns: name, city\n")
        let twice = run(["reconcile", folder + "/names.csv", "--register", folder + "/twice.csv", "-o", output])
        XCTAssertEqual(twice.code, 1)
        XCTAssertEqual(twice.err, "Error: \(folder)/twice.csv:4:1: duplicate id 'a' (first on line 2): register ids must be unique\n")
        let empty = run(["reconcile", folder + "/names.csv", "--register", folder + "/empty.csv", "-o", output])
        XCTAssertEqual(empty.err, "Error: \(folder)/empty.csv:3:1: empty id: every organisation of a register needs one\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testRaggedRowsAndUsageErrors() {
        let folder = TestSupport.folder(["register.csv": Self.register, "names.csv": "name,city\nAcme,York,extra\n",
                                         "matches.csv": "name,match_id,decision\nAcme,,review\n"])
        let ragged = run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv"])
        XCTAssertEqual(ragged.err, "Error: \(folder)/names.csv:2:11: this row has 3 fields, the header has 2\n")
        let again = run(["reconcile", folder + "/matches.csv", "--register", folder + "/register.csv"])
        XCTAssertEqual(again.code, 1)
        XCTAssertTrue(again.err.contains("names.csv") == false && again.err.contains("already has a 'match_id' column"), again.err)
        XCTAssertEqual(run(["reconcile", folder + "/names.csv"]).code, 2)
        XCTAssertEqual(run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "--auto-above", "1.5"]).code, 2)
        XCTAssertEqual(run(["reconcile", folder + "/names.csv", "--register", folder + "/register.csv", "--columns", "nmae=x"]).err
            .components(separatedBy: "\n").first, "Error: '--columns': unknown field 'nmae' in --columns; fields: id, name, short_name, country, city, postcode, street, address")
        XCTAssertEqual(run(["reconcile", "--accept", folder + "/matches.csv"]).code, 2)
    }

    func testHelpStatesThresholdsWithExamples() {
        let help = run(["reconcile", "--help"]).out
        for text in ["0.90", "(--auto-above)", "0.05 (--margin)", "0.50", "(--review-above)", "EXAMPLES:", "collab reconcile --within", "--aliases-out"] {
            XCTAssertTrue(help.contains(text), text)
        }
    }
}
