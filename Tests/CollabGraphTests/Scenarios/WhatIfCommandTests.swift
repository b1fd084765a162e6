import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// `collab whatif` and `collab gaps --portfolio/--revive`: exact text on a drawn graph, the
/// JSON keys and the errors (usage 2, bad scenario file 1 with file and line).
final class WhatIfCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The graph of ``WhatIfTests/testRemovingACutPointSplitsTheComponent``:
    ///
    ///     A --- B --- C --- D
    ///           |
    ///           E --- F
    private let folder: String = {
        TestSupport.folder([
            "nodes.csv": "id,label\nA,Alpha\nB,Beta\nC,Gamma\nD,Delta\nE,Epsilon\nF,Phi\n",
            "edges.csv": "source,target\nA,B\nB,C\nC,D\nB,E\nE,F\n",
            "s.csv": "action,actor,other\nremove,B,\nadd,B,C\n",
            "t.csv": "action,actor,other\nshut,B,\n",
        ])
    }()

    /// B's betweenness: of the 10 pairs of the other five, B lies on every path between
    /// {A} and {C, D, E, F} (4) and between {C, D} and {E, F} (4): 8/10. C and E: 4/10.
    func testRemovingTheCutPoint() {
        let result = run(["whatif", folder, "--undirected", "--remove", "B", "--focus", "D"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        What if: \(URL(fileURLWithPath: folder).lastPathComponent)
        Changes: remove Beta (B)
        Tie records dropped: 3 with removed actors, 0 between merged actors.

        The system, before → after
          actors                    6 → 5 (−1)
          ties                      5 → 2 (−3)
          components                1 → 3 (+2)
          largest component         6 (100.0%) → 2 (40.0%)
          isolates                  0 → 1
          verdict                   weakly collaborative → fragmented
            largest component share 100.0% → 40.0% (threshold 50.0%; met → not met)
            strong share            not judged (too few tie-strength components measured)
            reciprocity             not judged (the records carry no direction)
          Cut off from the largest component: 3 actors: Alpha; Epsilon; Phi

        Top brokers (normalised betweenness)
          1. Beta 0.8000                                          → Alpha 0.0000
          2. Gamma 0.4000                                         → Gamma 0.0000
          3. Epsilon 0.4000                                       → Delta 0.0000
          4. Alpha 0.0000                                         → Epsilon 0.0000
          5. Delta 0.0000                                         → Phi 0.0000

        Focus actors, before → after (reach = within 2 hops)
          Delta (D)
            partners 1 → 1; reach 2 → 1 (−1); component 6 → 2
            constraint 1.0000 → 1.0000; effective size 1.00 → 1.00; betweenness 0.0000 → 0.0000

        Group pairs: not measured (the actors have no sector attribute; choose a grouping with --group).

        """)
    }

    func testJSONKeys() throws {
        let result = run(["whatif", folder, "--undirected", "--merge", "B,E", "--add", "A-F", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        guard case .object(let pairs) = try JSONValue.parse(Array(result.out.utf8), file: "stdout") else { return XCTFail(result.out) }
        XCTAssertEqual(pairs.map { $0.0 }, ["view", "graph", "max_hops", "changes", "before", "after", "cut_off", "focus", "group_attribute", "note",
                                        "group_pairs_losing_last_tie", "group_pairs_gaining_first_tie"])
        let json = Fields(pairs)
        XCTAssertEqual(json.object("changes").array("merged").count, 1)
        XCTAssertEqual(json.object("changes").number("ties_added"), 1)
        XCTAssertEqual(json.object("after").number("actors"), 5)
        // A named focus merged away is followed to the actor it joined.
        let merged = run(["whatif", folder, "--undirected", "--merge", "B,E", "--focus", "E", "--format", "json"])
        XCTAssertEqual(merged.code, 0, merged.err)
        guard case .object(let fields) = try JSONValue.parse(Array(merged.out.utf8), file: "stdout") else { return XCTFail(merged.out) }
        let focus = Fields(Fields(fields).array("focus")[0])
        XCTAssertEqual(focus.string("status"), "merged")
        XCTAssertEqual(focus.string("merged_into"), "B")
        XCTAssertEqual(focus.object("after").number("partners"), 3)
    }

    func testErrors() {
        let none = run(["whatif", folder, "--undirected"])
        XCTAssertEqual(none.code, 2)
        XCTAssertTrue(none.err.hasPrefix("Error: give at least one change: --remove, --merge, --add or --scenario\n"), none.err)
        let unknown = run(["whatif", folder, "--undirected", "--merge", "A,Zed"])
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.hasPrefix("Error: no actor with id or label 'Zed' in --merge; did you mean"), unknown.err)
        let removedThenAdded = run(["whatif", folder, "--undirected", "--scenario", folder + "/s.csv"])
        XCTAssertEqual(removedThenAdded.code, 1)
        XCTAssertTrue(removedThenAdded.err.hasSuffix("Error: \(folder)/s.csv:3: 'B' was removed by an earlier change\n"), removedThenAdded.err)
        XCTAssertEqual(removedThenAdded.out, "")
        let badAction = run(["whatif", folder, "--undirected", "--scenario", folder + "/t.csv"])
        XCTAssertEqual(badAction.code, 1)
        XCTAssertTrue(badAction.err.hasSuffix("Error: \(folder)/t.csv:2:1: unknown action 'shut': expected remove, merge or add\n"), badAction.err)
    }

    func testPortfolioAndRevivalOptions() throws {
        let portfolio = run(["gaps", folder, "--undirected", "--focus", "D", "--portfolio", "2", "--format", "json"])
        XCTAssertEqual(portfolio.code, 0, portfolio.err)
        guard case .object(let pairs) = try JSONValue.parse(Array(portfolio.out.utf8), file: "stdout") else { return XCTFail(portfolio.out) }
        let json = Fields(pairs)
        XCTAssertEqual(json.array("steps").count, 2)
        XCTAssertEqual(json.string("tie_break"), "fewest earlier picks in the same group, then load order")
        XCTAssertEqual(run(["gaps", folder, "--group", "label", "--portfolio", "2"]).code, 2)
        XCTAssertEqual(run(["gaps", folder, "--focus", "D", "--portfolio", "2", "--format", "csv"]).code, 2)
        let revival = run(["gaps", folder, "--undirected", "--focus", "D", "--revive"])
        XCTAssertEqual(revival.code, 0, revival.err)
        XCTAssertTrue(revival.out.contains("Not measured: the view has no time window"), revival.out)
    }
}
