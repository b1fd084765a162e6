import CollabCLI
import CollabGraph
import Foundation
import XCTest

/// Exact-output and error tests of `collab test` and `collab model`.
final class InferenceCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// ```
    ///   a: 0 ── 1      b: 2     3
    ///       \______________/
    /// ```
    static let fourActors: [String: String] = [
        "nodes.csv": "id,group,size\n0,a,1\n1,a,\n2,b,3\n3,b,4\n",
        "edges.csv": "source,target\n0,1\n0,3\n",
    ]

    /// Within-group pairs 0–1 (tied) and 2–3: p = ½; across, 1 of 4 tied: p = ¼. So edges =
    /// logit ¼ = −ln 3 with se 1/√(4·¼·¾) = 1.1547, nodematch = ln 3 with se
    /// √(1/(2·½·½) + 1/(4·¼·¾)) = √(10/3) = 1.8257; ℓ = 2 ln ½ + ln ¼ + 3 ln ¾ = −3.6356,
    /// AIC = 7.2713 + 4, BIC = 7.2713 + 2 ln 6.
    func testModelTextIsExact() {
        let folder = TestSupport.folder(Self.fourActors)
        let result = run(["model", folder, "--undirected", "--terms", "edges,nodematch:group"])
        XCTAssertEqual(result.code, 0, result.err)
        let name = GraphInputName.of(folder)
        XCTAssertEqual(result.out, """
        Tie-formation model (dyad-independent ERGM) — \(name)
        6 pairs of distinct actors, 2 tied

        term                      estimate  std. error        z         p  odds ratio
        edges                      -1.0986      1.1547    -0.95     0.341       0.333
        nodematch.group             1.0986      1.8257     0.60     0.547       3.000

        Log-likelihood -3.64; AIC 11.27; BIC 10.85 (2 estimated coefficients, 5 Newton steps).
        Estimates are log-odds of a tie; odds ratio = exp(estimate), other terms held equal.

        """)
    }

    /// Ties 0–2 and 1–3 only across groups: nodematch is −∞ (stated, never a number); edges
    /// is fitted on the 4 across-group pairs, 2 tied: 0.
    func testModelSeparationInJSON() throws {
        var files = Self.fourActors
        files["edges.csv"] = "source,target\n0,2\n1,3\n"
        let result = run(["model", TestSupport.folder(files), "--undirected", "--terms", "edges,nodematch:group", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        let json = try JSONValue.parse(Array(result.out.utf8), file: "out")
        let terms = json["terms"]!.arrayValue!
        XCTAssertEqual(terms[1]["term"]?.stringValue, "nodematch.group")
        XCTAssertEqual(terms[1]["estimate"], .null)
        XCTAssertEqual(terms[1]["std_error"], .null)
        XCTAssertEqual(terms[1]["separation"]?.stringValue, "-inf")
        XCTAssertEqual(terms[0]["estimate"]!.numberValue!, 0, accuracy: 1e-12)
        let summary = json["model"]!.arrayValue!
        XCTAssertEqual(summary.first { $0["measure"]?.stringValue == "set_aside_dyads" }?["value"]?.numberValue, 2)
        XCTAssertEqual(json["notes"]?.arrayValue?.map(\.stringValue), ["perfect separation, no finite estimate for nodematch.group (no pair it touches is tied: −∞); the 2 pairs concerned are set aside and the other terms estimated on the remaining 4"])
        XCTAssertFalse(result.out.contains("inf,") || result.out.lowercased().contains("infinity"))
    }

    func testModelErrors() {
        let folder = TestSupport.folder(Self.fourActors)
        let missing = run(["model", folder, "--undirected", "--terms", "edges,nodecov:size"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertEqual(missing.err, "Error: nodecov:size needs a value for every actor: '1' has none (1 of 4 actors lack 'size')\n")
        let unknown = run(["model", folder, "--terms", "edges,nodematch:grop"])
        XCTAssertNotEqual(unknown.code, 0)
        XCTAssertTrue(unknown.err.contains("no actor has a value for 'grop'") && unknown.err.contains("did you mean 'group'?"), unknown.err)
        let term = run(["model", folder, "--terms", "edge"])
        XCTAssertEqual(term.code, 2)
        XCTAssertTrue(term.err.hasPrefix("Error: unknown model term 'edge' (did you mean 'edges'?)"), term.err)
        XCTAssertEqual(run(["model", folder]).code, 2)
        let covariate = TestSupport.temporaryFolder() + "/shared.csv"
        try? "source,target,value\n0,1,2\n0,9,1\n".write(toFile: covariate, atomically: true, encoding: .utf8)
        let badFile = run(["model", folder, "--undirected", "--terms", "edges,edgecov:\(covariate)"])
        XCTAssertEqual(badFile.code, 1)
        XCTAssertEqual(badFile.err, "Error: \(covariate):3:3: unknown actor '9'\n")
        try? "source,target,value\n0,1,2\n1,0,1\n".write(toFile: covariate, atomically: true, encoding: .utf8)
        XCTAssertTrue(run(["model", folder, "--undirected", "--terms", "edges,edgecov:\(covariate)"]).err.contains("listed twice"))
        try? "source,target,value\n0,1,2\n".write(toFile: covariate, atomically: true, encoding: .utf8)
        let good = run(["model", folder, "--undirected", "--terms", "edges,edgecov:\(covariate)", "--format", "csv"])
        XCTAssertEqual(good.code, 0, good.err)
        XCTAssertTrue(good.out.hasPrefix("term,estimate,std_error,z,p,odds_ratio,separation\nedges,"), good.out)
        XCTAssertTrue(good.out.contains("\nedgecov.shared,,,,,,+inf\n"), good.out)   // the one pair listed is tied
    }

    /// ```
    ///   0 ⇄ 1 → 2 → 3 → 0
    /// ```
    /// One mutual pair, three one-way arcs: reciprocity 2/5. The dyads null keeps the
    /// mutual and one-way counts, so every random graph has reciprocity 2/5 too: p(≥) =
    /// p(≤) = 1, sd 0, one histogram bin.
    func testTestTextIsExact() {
        let folder = TestSupport.folder([
            "nodes.csv": "id,group\n0,a\n1,a\n2,b\n3,b\n",
            "edges.csv": "source,target\n0,1\n1,0\n1,2\n2,3\n3,0\n",
        ])
        let result = run(["test", folder, "--directed", "--statistic", "reciprocity", "--null", "dyads", "--draws", "40"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        Conditional uniform graph tests — \(GraphInputName.of(folder))
        4 actors, 5 arcs; 40 random graphs per test, seed 1

        reciprocity against the dyads null: within chance
          observed      0.4000
          null mean     0.4000   sd 0.0000
          null 2.5% … 97.5%   0.4000 … 0.4000   (median 0.4000)
          p(≥) 1.000   p(≤) 1.000
          0.4000                │██████████████████████████████     40  ◆ observed 0.4000
          reciprocity has the same value on all 40 random graphs with the same mutual, one-way and empty pairs: this null fixes it, so the test says nothing.

        Verdict: higher (lower) than chance when p(≥) (p(≤)) ≤ 0.025, i.e. outside the middle 95% of the null; otherwise within chance.

        """)
        let json = run(["test", folder, "--directed", "--statistic", "reciprocity", "--null", "dyads", "--draws", "40", "--format", "json"])
        XCTAssertTrue(json.out.contains("\"p_at_least\": 1,"), json.out)
        XCTAssertTrue(json.out.contains("\"histogram\": ["), json.out)
        XCTAssertEqual(csv(folder, table: "histogram"), "statistic,null,bin,lower,upper,draws,observed_here\nreciprocity,dyads,1,0.4,0.4,40,true\n")
        let csv = run(["test", folder, "--directed", "--statistic", "reciprocity", "--null", "dyads", "--draws", "40", "--format", "csv"])
        XCTAssertEqual(csv.out, """
        statistic,null,view,observed,p_at_least,p_at_most,null_mean,null_sd,q025,q05,q25,q50,q75,q95,q975,draws,undefined_draws,seed,swaps_per_tie,verdict
        reciprocity,dyads,directed,0.4,1,1,0.4,0,0.4,0.4,0.4,0.4,0.4,0.4,0.4,40,0,1,,within chance

        """)
    }

    private func csv(_ folder: String, table: String) -> String {
        run(["test", folder, "--directed", "--statistic", "reciprocity", "--null", "dyads", "--draws", "40", "--format", "csv",
             "--table", table]).out
    }

    /// The same seed gives the same bytes on one thread and on three.
    func testTestIsDeterministicAcrossThreads() {
        let karate = TestSupport.dataset("karate")
        let one = run(["test", karate, "--statistic", "modularity:club", "--null", "degree", "--draws", "50", "--threads", "1", "--format", "csv"])
        let three = run(["test", karate, "--statistic", "modularity:club", "--null", "degree", "--draws", "50", "--threads", "3", "--format", "csv"])
        XCTAssertEqual(one.code, 0, one.err)
        XCTAssertEqual(one.out, three.out)
    }

    func testTestErrors() {
        let folder = TestSupport.folder(Self.fourActors)
        let reciprocity = run(["test", folder, "--undirected", "--statistic", "reciprocity"])
        XCTAssertEqual(reciprocity.code, 1)
        XCTAssertTrue(reciprocity.err.hasPrefix("Error: reciprocity needs directed records; these are undirected"), reciprocity.err)
        let undefined = run(["test", TestSupport.folder(["nodes.csv": "id\n0\n1\n2\n", "edges.csv": "source,target\n0,1\n"]),
                             "--statistic", "transitivity"])
        XCTAssertEqual(undefined.code, 1)
        XCTAssertEqual(undefined.err, "Error: transitivity is undefined on this graph: no actor has two partners\n")
        let unknown = run(["test", folder, "--statistic", "transitivty"])
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.hasPrefix("Error: unknown statistic 'transitivty' (did you mean 'transitivity'?)"), unknown.err)
        let attribute = run(["test", folder, "--statistic", "ei:colour"])
        XCTAssertNotEqual(attribute.code, 0)
        XCTAssertTrue(attribute.err.contains("no actor has a value for 'colour'"), attribute.err)
        XCTAssertEqual(run(["test", folder, "--statistic", "transitivity", "--null", "shuffle"]).code, 2)
        XCTAssertEqual(run(["test", folder]).code, 2)
    }

    func testHelp() {
        for command in ["test", "model"] {
            let help = run([command, "--help"])
            XCTAssertEqual(help.code, 0)
            for heading in ["OVERVIEW:", "USAGE: collab \(command)", "ARGUMENTS:", "OPTIONS:", "EXAMPLES:"] {
                XCTAssertTrue(help.out.contains(heading), "\(command) help lacks \(heading)")
            }
        }
    }
}

/// The name a dataset folder is shown under.
enum GraphInputName {
    static func of(_ folder: String) -> String { GraphInput.displayName(folder) }
}
