import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// `collab gaps`: exact CSV on a hand-drawn graph, the JSON keys, the whole-network mode and
/// the errors.
final class GapsCommandTests: XCTestCase {
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// The graph of ``TieEvaluatorTests/testBestTieIsTheMiddleOfThePath``, plus a network N
    /// tied to A (education) and P (digital):
    ///
    ///       A---N---P
    ///       |\      |
    ///       | F     Q
    ///       |/      |
    ///       B       R
    private var folder: String {
        TestSupport.folder([
            "nodes.csv": "id,label,kind,sector\nF,Focus College,anchor,education\nA,Alpha Ltd,employer,education\nB,Beta Ltd,employer,education\nP,Pixel,sme,digital\nQ,Quant,sme,digital\nR,Render,sme,digital\n",
            "edges.csv": "source,target\nF,A\nF,B\nA,B\nP,Q\nQ,R\n",
        ])
    }

    /// Candidates P, Q, R as in the hand-derived test: Q first (score 1, printed as the
    /// rounded sum 0.35 + 0.30 + 0.20 + 0.15), then P and R (0.9); Δconstraint =
    /// 11/18 − 9/8 = −37/72, Δeffective size = 7/3 − 1, betweenness 0 → 0.6.
    func testCSVOnAHandDrawnGraph() {
        let result = run(["gaps", folder, "--focus", "F", "--format", "csv"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        source,target,rank,label,kind,group,score,delta_constraint,delta_effective_size,delta_reach,new_groups,delta_betweenness,reason
        F,Q,1,Quant,sme,digital,0.9999999999999999,-0.5138888888888888,1.3333333333333335,3,digital,0.6000000000000001,only tie into digital SMEs; first reach into digital; spans 2 unconnected partners (shares none); +3 actors within 2 hops (3 SMEs); constraint 1.1250 → 0.6111; betweenness +0.6000
        F,P,2,Pixel,sme,digital,0.9,-0.5138888888888888,1.3333333333333335,2,digital,0.6000000000000001,only tie into digital SMEs; first reach into digital; spans 2 unconnected partners (shares none); +2 actors within 2 hops (2 SMEs); constraint 1.1250 → 0.6111; betweenness +0.6000
        F,R,3,Render,sme,digital,0.9,-0.5138888888888888,1.3333333333333335,2,digital,0.6000000000000001,only tie into digital SMEs; first reach into digital; spans 2 unconnected partners (shares none); +2 actors within 2 hops (2 SMEs); constraint 1.1250 → 0.6111; betweenness +0.6000

        """)
    }

    func testJSONHasTheSectionsAndRecommendationFields() throws {
        let result = run(["gaps", folder, "--focus", "F", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        guard case .object(let top) = try JSONValue.parse(Array(result.out.utf8), file: "out") else { return XCTFail() }
        XCTAssertEqual(top.map(\.0), ["view", "graph", "focus", "holes", "unreached", "group_gaps", "fragility", "recommendations"])
        guard case .array(let list)? = top.first(where: { $0.0 == "recommendations" })?.1,
              case .object(let first)? = list.first else { return XCTFail() }
        for key in ["target", "score", "delta_constraint", "delta_effective_size", "delta_reach", "new_groups", "delta_betweenness", "reason"] {
            XCTAssertTrue(first.contains { $0.0 == key }, key)
        }
        XCTAssertEqual(first.first?.1, .string("Q"))
    }

    func testTextNamesEverySection() {
        let result = run(["gaps", folder, "--focus", "F"])
        XCTAssertEqual(result.code, 0, result.err)
        for heading in ["1. Structural holes it spans", "2. Who it does not reach", "3. Group gaps it could bridge",
                        "4. Fragility", "5. Recommended new partnerships", "1. Quant (sme, digital) [Q] — score 1.00"] {
            XCTAssertTrue(result.out.contains(heading), heading)
        }
    }

    func testUnknownFocusListsClosestIDs() {
        let result = run(["gaps", TestSupport.dataset("east-london"), "--focus", "newham-colege"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.hasPrefix("Error: no actor with id or label 'newham-colege' in --focus; did you mean 'newham-college' (Newham College)?\n  See 'collab gaps --help'."), result.err)
    }

    func testUnknownFocusListsIDsContainingTheText() {
        let result = run(["gaps", TestSupport.dataset("east-london"), "--focus", "newham"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.hasPrefix("Error: no actor with id or label 'newham' in --focus; did you mean 'lb-newham' (London Borough of Newham), 'newham-college' (Newham College), 'newham-care-forum' (Newham Care Providers Forum)?\n"), result.err)
    }

    func testUsageErrors() {
        XCTAssertEqual(run(["gaps", folder]).code, 2)
        XCTAssertEqual(run(["gaps", folder, "--focus", "F", "--candidates", "kind"]).code, 2)
        XCTAssertEqual(run(["gaps", folder, "--group", "colour"]).code, 2)
        XCTAssertEqual(run(["gaps", folder, "--focus", "F", "--reach", "0"]).code, 2)
    }

    /// Whole network by sector. N has no sector (group "not given"); education and digital
    /// share no tie, the weakest pair. Bridgers have a partner on one side, none on (and
    /// are not members of) the other; N, tied to both A and P, already joins them and is
    /// not listed. Distances to the other side: A 2 (A–N–P), P 2 (P–N–A), F, B and Q 3,
    /// R 4. Ranked by distance, then partners on the tied side (A 2, P 1; F, B, Q 2 each),
    /// then index; the top five.
    ///
    ///       A---N---P
    ///       |\      |
    ///       | F     Q
    ///       |/      |
    ///       B       R
    func testWholeNetworkBridgers() {
        let withNetwork = TestSupport.folder([
            "nodes.csv": "id,label,kind,sector\nF,Focus College,anchor,education\nA,Alpha Ltd,employer,education\nB,Beta Ltd,employer,education\nP,Pixel,sme,digital\nQ,Quant,sme,digital\nR,Render,sme,digital\nN,Net,network,\n",
            "edges.csv": "source,target\nF,A\nF,B\nA,B\nP,Q\nQ,R\nA,N\nN,P\n",
        ])
        let result = run(["gaps", withNetwork, "--group", "sector", "--format", "csv", "--top", "1"])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, """
        first,second,ties,strong_ties,density,bridger,tied_group,partners_in_tied_group,distance_to_other
        education,digital,0,0,0,A,education,2,2
        education,digital,0,0,0,P,digital,1,2
        education,digital,0,0,0,F,education,2,3
        education,digital,0,0,0,B,education,2,3
        education,digital,0,0,0,Q,digital,2,3

        """)
    }
}
