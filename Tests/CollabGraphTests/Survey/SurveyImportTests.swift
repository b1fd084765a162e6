import CollabGraph
import XCTest

/// Surveys with known confirmed and reported ties.
final class SurveyImportTests: XCTestCase {
    private func file(_ text: String, name: String = "survey.csv") -> String { TestSupport.folder([name: text]) + "/" + name }

    private func records(_ graph: CollaborationGraph) -> [String] {
        graph.ties.map { "\(graph.actors[Int($0.source)].id)>\(graph.actors[Int($0.target)].id) \(graph.typeName(of: $0)) \($0.attributes["report"] ?? "")" }
    }

    /// A names B and C; B names A (confirmed) and D; C names nobody (a respondent);
    /// D never responded. A → B and B → A confirmed; A → C reported (C responded but did
    /// not name A); B → D reported (D is no respondent).
    func testConfirmedAndReportedTies() throws {
        let result = try SurveyImport.read(file("""
        respondent,partner,rating,sector
        A,B,collaboration,education
        A,C,1,education
        B,A,coordination,digital
        B,D,,digital
        C,,,care

        """))
        let g = result.graph
        XCTAssertEqual(g.actors.map(\.id), ["A", "B", "C", "D"])
        XCTAssertEqual(g.actors.map { $0.attributes["respondent"] }, ["yes", "yes", "yes", "no"])
        XCTAssertEqual(g.actors.map { $0.attributes["sector"] }, ["education", "digital", "care", nil])
        XCTAssertEqual(records(g), ["A>B collaboration confirmed", "A>C networking reported", "B>A coordination confirmed", "B>D  reported"])
        XCTAssertEqual(g.ladder.depth(of: "collaboration"), .coProduction)
        XCTAssertEqual(g.ladder.depth(of: "networking"), .engagement)
        XCTAssertEqual(g.ladder.depth(of: "coordination"), .exchange)
        XCTAssertEqual(g.declaration.direction, .directed)
        XCTAssertEqual(result.respondents, 3)
        XCTAssertEqual(result.nominations, 4)
        XCTAssertEqual(result.confirmedRecords, 2)
        XCTAssertEqual(result.emptyRows, 1)
        let coverage = try XCTUnwrap(SurveyCoverage(g))
        XCTAssertEqual(coverage.respondents, 3)
        XCTAssertEqual(coverage.actors, 4)
        XCTAssertEqual(coverage.respondentPairs, 2)       // A–B, A–C
        XCTAssertEqual(coverage.confirmedPairs, 1)        // A–B
        XCTAssertEqual(coverage.pairsWithNonRespondent, 1) // B–D
        XCTAssertEqual(coverage.recordsNamingNonRespondents, 1)
        XCTAssertEqual(coverage.responseRate, 0.75)
    }

    /// Repeats keep the higher rating; self-nominations and "no interaction" are counted,
    /// not recorded; headers mapped by --columns; names trimmed.
    func testRepeatsSelfNominationsAndColumns() throws {
        var columns = SurveyImport.Columns()
        columns.respondent = ["Organisation"]
        columns.partner = ["Works with"]
        columns.rating = ["Level"]
        let result = try SurveyImport.read(file("""
        Organisation,Works with,Level
        A , B,networking
        A,B,coalition
        A,A,collaboration
        A,C,no interaction
        B,A,2

        """), columns: columns)
        XCTAssertEqual(records(result.graph), ["A>B coalition confirmed", "B>A cooperation confirmed"])
        XCTAssertEqual(result.repeatedNominations.map(\.line), [3])
        XCTAssertEqual(result.selfNominations.map(\.line), [4])
        XCTAssertEqual(result.noTieRows, 1)
        XCTAssertNil(result.graph.index(of: "C"), "a partner rated 'no interaction' only is no actor")
    }

    /// A resolver maps names onto register ids; unmatched names stay as typed and are listed.
    func testResolver() throws {
        let result = try SurveyImport.read(file("respondent,partner\nAcme Ltd,Beta\nAcme Limited,Gamma\n")) { name in
            name.hasPrefix("Acme") ? .matched(id: "r1", label: "Acme") : .unmatched(decision: name == "Beta" ? "review" : "none", candidates: "")
        }
        XCTAssertEqual(result.graph.actors.map(\.id), ["r1", "Beta", "Gamma"])
        XCTAssertEqual(result.names.map(\.decision), ["auto", "review", "auto", "none"])
        XCTAssertEqual(records(result.graph), ["r1>Beta  reported", "r1>Gamma  reported"])
    }

    func testErrorsWithLineAndColumn() {
        XCTAssertInputError(try SurveyImport.read(file("name,partner\nA,B\n")), line: 1, column: 1, contains: "missing the respondent column")
        XCTAssertInputError(try SurveyImport.read(file("respondent,partner,rating\nA,B,often\n")), line: 2, column: 5,
                            contains: "unknown rating 'often'")
        XCTAssertInputError(try SurveyImport.read(file("respondent,partner\n,B\n")), line: 2, column: 1, contains: "empty respondent")
        XCTAssertInputError(try SurveyImport.read(file("respondent,partner,sector\nA,B,care\nA,C,health\n")), line: 3, column: 5,
                            contains: "respondent 'A' has sector 'health' here but 'care' on line 2")
        XCTAssertInputError(try SurveyImport.read(file("respondent,partner\nA,B,C\n")), line: 2, column: 5, contains: "expected 2 fields")
    }

    /// Same file, same dataset bytes.
    func testDeterministic() throws {
        let path = file("respondent,partner,rating\nA,B,3\nB,A,4\nC,A,1\nC,D,5\n")
        let one = DatasetWriter.files(try SurveyImport.read(path).graph)
        let two = DatasetWriter.files(try SurveyImport.read(path).graph)
        XCTAssertEqual(one.map(\.data), two.map(\.data))
    }
}
