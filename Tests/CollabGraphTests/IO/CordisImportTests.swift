import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// `scripts/import-cordis` on the synthetic sample in the official CORDIS layout
/// (Tests/Fixtures/cordis). The committed output is checked by hand below; when python3
/// is installed the script is rerun and must give the same bytes.
///
/// The sample, selected with `--country UK --nuts UKI`:
///
///     GREENGRID (700001): QCL (HES, coordinator), Bright Widgets (PRC, SME), NRI (REC,
///                         Manchester), LB Example (PUB), Stadtwerke (DE: dropped)
///     MEDLINK   (700002): NRI (coordinator), QCL, LB Example (twice: participant, partner)
///     SOLOSME   (700003): Bright Widgets alone
///
/// GREENGRID gives C(4,2) = 6 records (3 with the coordinator QCL: coordination), MEDLINK
/// C(3,2) = 3 (2 with NRI: coordination), SOLOSME none: 9 records over 6 pairs.
final class CordisImportTests: XCTestCase {
    let expected = TestSupport.path("Tests/Fixtures/cordis/expected")

    func testConvertedSampleIsTheDatasetDerivedByHand() throws {
        let graph = try GraphLoader.load(expected)
        let organisations = graph.actors.filter { !$0.id.hasPrefix("project-") }
        XCTAssertEqual(organisations.map(\.id), ["999000001", "999000002", "999000003", "999000005"])
        XCTAssertEqual(organisations.map(\.kind), ["anchor", "sme", "provider", "public"])
        XCTAssertEqual(organisations.map { $0.value(of: "tier") }, ["local", "local", "national", "local"])
        XCTAssertEqual(organisations[3].label, "London Borough of \"Example\"; Council")
        XCTAssertEqual(organisations[0].label, "Queen’s College London")
        XCTAssertEqual(graph.ties.count, 9)
        let pairs = Set(graph.ties.map { [min($0.source, $0.target), max($0.source, $0.target)] })
        XCTAssertEqual(pairs.count, 6)
        let coordination = graph.ties.filter { graph.relationTypes[Int($0.relationType)] == "coordination" }.count
        XCTAssertEqual(coordination, 5)
        XCTAssertEqual(graph.actors.filter { $0.id.hasPrefix("project-") }.count, 3)
        // The duplicate participation is one membership: 4 + 3 + 1.
        XCTAssertEqual(graph.memberships.count, 8)
        let declaration = try DatasetMeta.declaration(ofFolder: expected)
        XCTAssertEqual(declaration.direction, .undirected)
        XCTAssertEqual(declaration.notes["license"], "CC BY 4.0")
    }

    /// Runs the converter when python3 is on the PATH (the package never needs it).
    func python(_ arguments: [String]) throws -> (code: Int32, err: String)? {
        let candidates = ["/usr/bin/python3", "/usr/local/bin/python3"]
        guard let python = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [TestSupport.path("scripts/import-cordis")] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testScriptReproducesTheCommittedOutput() throws {
        let out = TestSupport.temporaryFolder() + "/converted"
        let sample = TestSupport.path("Tests/Fixtures/cordis")
        guard let result = try python(["--organizations", sample + "/organization.csv", "--projects", sample + "/project.csv",
                                       "--country", "UK", "--nuts", "UKI", "-o", out]) else {
            throw XCTSkip("python3 is not installed")
        }
        XCTAssertEqual(result.code, 0, result.err)
        for file in ["nodes.csv", "edges.csv", "memberships.csv", "meta.json"] {
            XCTAssertEqual(FileManager.default.contents(atPath: out + "/" + file),
                           FileManager.default.contents(atPath: expected + "/" + file), file)
        }
    }

    func testBadInputNamesFileLineAndColumnAndWritesNothing() throws {
        let folder = TestSupport.folder([
            "organization.csv": "projectID;organisationID;name;activityType;country\n1;2;A;HES;UK\n",
            "project.csv": "id;acronym;startDate;endDate\n1;X;2016-01-01;2016-12-31\n",
            "bad-date.csv": "id;acronym;startDate;endDate\n1;X;01/01/2016;2016-12-31\n",
        ])
        let out = folder + "/out"
        guard let missing = try python(["--organizations", folder + "/organization.csv", "--projects", folder + "/project.csv", "-o", out]) else {
            throw XCTSkip("python3 is not installed")
        }
        XCTAssertEqual(missing.code, 1)
        XCTAssertEqual(missing.err, "Error: \(folder)/organization.csv:1:1: missing column(s) role (header: projectID;organisationID;name;activityType;country)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "no partial output")
        let badDate = try python(["--organizations", folder + "/organization.csv", "--projects", folder + "/bad-date.csv", "-o", out])
        XCTAssertEqual(badDate?.err, "Error: \(folder)/bad-date.csv:2:3: expected a date YYYY-MM-DD, found '01/01/2016'\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }
}
