import CollabCLI
import CollabGraph
import Foundation
import XCTest

/// Exact-output tests of `collab change`.
final class ChangeCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(["change"] + arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// College a, SMEs b c d, employer e; undirected records:
    ///
    ///     a–b placement 2016-01-01 … 2017-12-31        wave 2016: a — b — c
    ///     b–c talk 2016-03 … 2016-06                   wave 2017: a — b — c — d
    ///     b–c co-teaching 2017-08 … 2017-09                         \_____/
    ///     a–c co-design 2017-02 … 2017-05
    ///     c–d talk from 2017-01-01 (open)
    ///
    /// 2016 → 2017: kept ab, bc (2); gained ac, cd (2); lost none; Hamming 2; Jaccard 2/4.
    /// d entered. Pairs in both: ab (exchange → exchange), bc (engagement → co-production:
    /// deepened). Catalysis around a: SME partners {b} → {b, c}, ties among them 0 → 1 (bc,
    /// already there in 2016: not gained).
    static let folder = TestSupport.folder([
        "nodes.csv": "id,label,kind\na,College A,anchor\nb,SME B,sme\nc,SME C,sme\nd,SME D,sme\ne,Employer E,employer\n",
        "edges.csv": """
        source,target,type,weight,start,end
        a,b,placement,1,2016-01-01,2017-12-31
        b,c,talk,1,2016-03-01,2016-06-30
        b,c,co-teaching,1,2017-08-01,2017-09-01
        a,c,co-design,1,2017-02-01,2017-05-01
        c,d,talk,1,2017-01-01,

        """,
        "meta.json": "{\"directed\": false}\n",
    ])

    func testTransitionsCSVIsExact() {
        let result = run([Self.folder, "--waves", "2016,2017", "--format", "csv"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        from,to,kept,gained,lost,hamming,jaccard,jaccard_below_0_3,actors_entered,actors_left,actors_in_both,verdict_from,verdict_to,criteria_changed,pairs_in_both,deepened,weakened,became_two_way,became_one_way,nmi,communities_continued,communities_split,communities_merged,communities_dissolved,communities_emerged
        2016,2017,2,2,0,2,0.5,no,1,0,3,weakly collaborative,weakly collaborative,,2,1,0,,,0,1,0,0,0,1

        """)
    }

    func testTablesAreExact() {
        let ties = run([Self.folder, "--waves", "2016,2017", "--format", "csv", "--table", "ties"])
        XCTAssertEqual(ties.out, "from,to,source,target,change\n2016,2017,a,c,gained\n2016,2017,c,d,gained\n")
        let actors = run([Self.folder, "--waves", "2016,2017", "--format", "csv", "--table", "actors"])
        XCTAssertEqual(actors.out, "from,to,id,label,kind,change\n2016,2017,d,SME D,sme,entered\n")
        let ladder = run([Self.folder, "--waves", "2016,2017", "--format", "csv", "--table", "ladder"])
        XCTAssertEqual(ladder.out, "from,to,source,target,change,depth_from,depth_to\n2016,2017,b,c,deepened,engagement,co-production\n")
        let catalysis = run([Self.folder, "--waves", "2016,2017", "--format", "csv", "--table", "catalysis"])
        XCTAssertEqual(catalysis.out, """
        from,to,focus,label,partner_kind,partners_before,ties_among_before,density_before,partners_after,ties_among_after,density_after,gained,lost
        2016,2017,a,College A,sme,1,0,,2,1,1,0,0

        """)
        // Betweenness over the wave's actors: 2016 a–b–c gives b 1; 2017 c lies on d's
        // paths to a and b: 2 / 3.
        let brokers = run([Self.folder, "--waves", "2016,2017", "--format", "csv", "--table", "brokers", "--top", "1"])
        XCTAssertTrue(brokers.out.hasPrefix("from,to,measure,direction,id,label,before,after,change\n2016,2017,betweenness,rising,c,SME C,0,0.6666666666666666,0.6666666666666666\n2016,2017,betweenness,falling,b,SME B,1,0,-1\n"), brokers.out)
    }

    func testJSONHasWavesAndTransitions() throws {
        let result = run([Self.folder, "--waves", "2016,2017-06-30", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        let json = try JSONValue.parse(Array(result.out.utf8), file: "stdout")
        let waves = try XCTUnwrap(json["waves"]?.arrayValue)
        XCTAssertEqual(waves.map { $0["label"]?.stringValue }, ["2016", "2017-06-30"])
        XCTAssertEqual(waves[1]["date"]?.stringValue, "2017-06-30")
        XCTAssertEqual(waves[0]["date"], .null)
        XCTAssertEqual(waves[0]["verdict"]?.stringValue, "weakly collaborative")
        let t = try XCTUnwrap(json["transitions"]?.arrayValue?.first)
        // On 2017-06-30: a–b, c–d (open) only; a–c ended in May, b–c starts in August.
        XCTAssertEqual(t["from"]?.stringValue, "2016")
        XCTAssertEqual(t["kept"]?.numberValue, 1)
        XCTAssertEqual(t["gained"]?.numberValue, 1)
        XCTAssertEqual(t["lost"]?.numberValue, 1)
        XCTAssertEqual(t["hamming"]?.numberValue, 2)
        XCTAssertEqual(t["jaccard"]?.numberValue, 1.0 / 3.0)
        XCTAssertEqual(t["actors_entered"]?.arrayValue?.map { $0.stringValue }, ["d"])
        XCTAssertEqual(t["actors_left"]?.arrayValue?.count, 0)
        XCTAssertEqual(t["pairs"]?["one_way_to_two_way"], .null)
    }

    func testTextWarnsBelowThreshold() {
        let result = run([TestSupport.dataset("east-london"), "--waves", "2016,2017"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(result.out.contains("Ties: 107 kept, 168 gained, 91 lost; Hamming distance 259; Jaccard 0.292 — below 0.3"), result.out)
        XCTAssertTrue(result.out.contains("One-way → two-way: 22 pairs; two-way → one-way: 9"), result.out)
        XCTAssertTrue(result.out.contains("Note: 34 records have no dates and count in every wave"), result.out)
    }

    func testErrors() {
        let order = run([Self.folder, "--waves", "2017,2016"])
        XCTAssertEqual(order.code, 2)
        XCTAssertTrue(order.err.hasPrefix("Error: waves out of order: '2016' (from 2016-01-01) comes after '2017' (from 2017-01-01); give them in time order\n"), order.err)
        let outside = run([Self.folder, "--waves", "2016,2030"])
        XCTAssertEqual(outside.code, 1)
        XCTAssertEqual(outside.err, "Error: wave 2030 (2030-01-01 to 2030-12-31) lies outside the records' dates, 2016-01-01 to 2017-12-31: only open-ended or undated records would reach it\n")
        XCTAssertEqual(outside.out, "")
        let none = run([Self.folder])
        XCTAssertEqual(none.code, 2)
        XCTAssertTrue(none.err.hasPrefix("Error: give the waves: --waves 2016,2017,2018"), none.err)
        let bad = run([Self.folder, "--waves", "2016,spring"])
        XCTAssertTrue(bad.err.hasPrefix("Error: '--waves' expects dates (YYYY-MM-DD, YYYY-MM, YYYY) or windows FROM..TO, got 'spring'\n"), bad.err)
        let one = run([Self.folder, "--waves", "2016"])
        XCTAssertTrue(one.err.hasPrefix("Error: a change needs at least two waves, got 1\n"), one.err)
        let disjoint = run([Self.folder, TestSupport.dataset("florentine")])
        XCTAssertEqual(disjoint.code, 1)
        XCTAssertEqual(disjoint.err, "Error: \((Self.folder as NSString).lastPathComponent) and florentine share no actor id: nothing can be compared. Map their ids onto each other with --aliases FILE (alias,id)\n")
        let both = run([Self.folder, Self.folder, "--waves", "2016,2017"])
        XCTAssertTrue(both.err.hasPrefix("Error: give either several datasets (each one wave) or --waves/--waves-every on one dataset, not both\n"), both.err)
    }

    /// Two datasets as waves; `b-ltd` in the second is `b` by the alias table:
    ///
    ///     first:  a — b — c          second: a — b-ltd, c — x
    ///
    /// ab kept, bc lost, cx gained: J = 1/3; x entered.
    func testDatasetsAsWavesWithAliases() throws {
        let folder = TestSupport.folder(["first.csv": "source,target\na,b\nb,c\n", "second.csv": "source,target\na,b-ltd\nc,x\n"])
        let first = folder + "/first.csv", second = folder + "/second.csv"
        let aliases = TestSupport.folder(["aliases.csv": "alias,id\nb-ltd,b\n"]) + "/aliases.csv"
        let result = run([first, second, "--undirected", "--aliases", aliases, "--format", "csv", "--table", "ties"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, "from,to,source,target,change\nfirst.csv,second.csv,c,x,gained\nfirst.csv,second.csv,b,c,lost\n")
        let bad = TestSupport.folder(["aliases.csv": "alias,id\nb-ltd,b\nb-ltd,c\n"]) + "/aliases.csv"
        let refused = run([first, second, "--aliases", bad])
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("aliases.csv:3:7: the alias 'b-ltd' is already given to 'b' on line 2"), refused.err)
    }

    func testSienaExport() throws {
        let out = TestSupport.temporaryFolder() + "/siena"
        let result = run([Self.folder, "--waves", "2016,2017", "--export-siena", out, "--format", "csv"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(result.err.contains("Note: wrote the RSiena files for 4 actors (present in some wave) and 2 waves to \(out)"), result.err)
        // Rows a, b, c, d (e never has a tie): 2016 a–b, b–c; 2017 a–b, b–c, a–c, c–d.
        XCTAssertEqual(try String(contentsOfFile: out + "/wave1.dat", encoding: .utf8), "0 1 0 0\n1 0 1 0\n0 1 0 0\n0 0 0 0\n")
        XCTAssertEqual(try String(contentsOfFile: out + "/wave2.dat", encoding: .utf8), "0 1 1 0\n1 0 1 0\n1 1 0 1\n0 0 1 0\n")
        XCTAssertEqual(try String(contentsOfFile: out + "/composition.dat", encoding: .utf8), "1 2\n1 2\n1 2\n2 2\n")
        XCTAssertEqual(try String(contentsOfFile: out + "/covariate-kind.dat", encoding: .utf8), "1\n2\n2\n2\n")
    }

    func testHelp() {
        let result = run(["--help"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.hasPrefix("OVERVIEW: Change across waves"), result.out)
        XCTAssertTrue(result.out.contains("USAGE: collab change <graph> ... [--allow-unknown-actors]"), result.out)
        for section in ["\nARGUMENTS:\n", "\nOPTIONS:\n", "\nEXAMPLES:\n", "--waves-every <step>", "--export <siena> <dir>", "--export-siena <dir>"] {
            XCTAssertTrue(result.out.contains(section), section)
        }
    }
}
