import CollabGraph
import Foundation
import XCTest

/// The RSiena files: matrices, composition change, covariates.
final class SienaExportTests: XCTestCase {
    /// Actors a b c d e. Directed waves (weights 2, written as 1):
    ///
    ///     wave 1: a → b, b → c        wave 2: c → a        wave 3: a → b
    ///
    /// Presence: a in waves 1, 2, 3; b in 1 and 3; c in 1 and 2; d and e in none (left out).
    /// Rows: a, b, c; composition lines: a "1 3", b "1 1 3 3", c "1 2". Kind codes in order
    /// of first appearance: anchor 1, sme 2.
    func testFiles() throws {
        let actors = [Actor(id: "a", kind: "anchor"), Actor(id: "b", label: "B, Ltd", kind: "sme"),
                      Actor(id: "c", kind: "sme"), Actor(id: "d", kind: "sme"), Actor(id: "e")]
        func view(_ ties: [(Int32, Int32)]) -> GraphView {
            GraphView(nodeCount: 5, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map { _ in 2 }, directed: true)
        }
        let views = [view([(0, 1), (1, 2)]), view([(2, 0)]), view([(0, 1)])]
        let waves = try Wave.parseList("2016,2017,2018")
        let export = SienaExport(views: views, labels: waves.map(\.label), waves: waves, actors: actors, covariates: ["kind"])
        XCTAssertEqual(export.actorCount, 3)
        XCTAssertEqual(export.absentActorCount, 2)
        let files = Dictionary(uniqueKeysWithValues: export.files.map { ($0.name, String(decoding: $0.data, as: UTF8.self)) })
        XCTAssertEqual(export.files.map(\.name), ["wave1.dat", "wave2.dat", "wave3.dat", "composition.dat", "covariate-kind.dat",
                                                  "covariate-kind-codes.csv", "actors.csv", "waves.csv", "siena.R"])
        XCTAssertEqual(files["wave1.dat"], "0 1 0\n0 0 1\n0 0 0\n")
        XCTAssertEqual(files["wave2.dat"], "0 0 0\n0 0 0\n1 0 0\n")
        XCTAssertEqual(files["composition.dat"], "1 3\n1 1 3 3\n1 2\n")
        XCTAssertEqual(files["covariate-kind.dat"], "1\n2\n2\n")
        XCTAssertEqual(files["covariate-kind-codes.csv"], "code,kind\n1,anchor\n2,sme\n")
        XCTAssertEqual(files["actors.csv"], "row,id,label,kind,wave1,wave2,wave3\n1,a,a,anchor,1,1,1\n2,b,\"B, Ltd\",sme,1,0,1\n3,c,c,sme,1,1,0\n")
        XCTAssertEqual(files["waves.csv"], "wave,label,first,last,file\n1,2016,2016-01-01,2016-12-31,wave1.dat\n2,2017,2017-01-01,2017-12-31,wave2.dat\n3,2018,2018-01-01,2018-12-31,wave3.dat\n")
        XCTAssertTrue(files["siena.R"]!.contains("sienaDependent(array(c(wave1, wave2, wave3), dim = c(n, n, 3)))"))
        XCTAssertTrue(files["siena.R"]!.contains("covariate_kind <- coCovar(scan(\"covariate-kind.dat\", na.strings = \"NA\"))"))
    }

    /// An undirected view gives a symmetric matrix; a missing attribute is NA.
    func testUndirectedIsSymmetric() throws {
        let actors = [Actor(id: "a", attributes: ["sector": "health"]), Actor(id: "b"), Actor(id: "c", attributes: ["sector": "health"])]
        let view = GraphView(nodeCount: 3, sources: [0, 2], targets: [1, 1], weights: [1, 1], directed: false)
        let export = SienaExport(views: [view, view], labels: ["2016", "2017"], waves: [nil, nil], actors: actors, covariates: ["sector"])
        let files = Dictionary(uniqueKeysWithValues: export.files.map { ($0.name, String(decoding: $0.data, as: UTF8.self)) })
        XCTAssertEqual(files["wave1.dat"], "0 1 0\n1 0 1\n0 1 0\n")
        XCTAssertEqual(files["covariate-sector.dat"], "1\nNA\n1\n")
        XCTAssertEqual(files["composition.dat"], "1 2\n1 2\n1 2\n")
    }
}
