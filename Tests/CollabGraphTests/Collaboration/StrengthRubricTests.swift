@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// The rubric arithmetic, the default rubric file, and invalid rubrics.
final class StrengthRubricTests: XCTestCase {
    static func dyad(weight: Double = 1, types: Int = 1, reciprocal: Bool = false, depth: Depth? = nil, days: Int? = nil) -> Dyad {
        let start = Day(ordinal: 0)
        return Dyad(source: 0, target: 1, forwardRecords: 1, backwardRecords: reciprocal ? 1 : 0, weight: weight,
                    relationTypes: (0 ..< Int32(types)).map { $0 + 1 }, hasUntypedRecords: false, depth: depth,
                    weightByDepth: DepthWeights(), start: days.map { _ in start },
                    end: days.map { Day(ordinal: Int32($0 - 1)) })
    }

    static func rubric(_ json: String) throws -> StrengthRubric {
        try StrengthRubric(json: JSONValue.parse(Array(json.utf8), file: "rubric.json"), file: "rubric.json")
    }

    /// Weight 3, two types, reciprocal, exchange, 365 days, overlap 0.25 under the default:
    /// intensity ln(4)/ln(11), multiplexity (2 − 1)/(3 − 1) = 0.5, reciprocity 1,
    /// depth 0.5, duration 365/730 = 0.5, embeddedness 0.25/0.5 = 0.5;
    /// strength = 0.15·ln4/ln11 + 0.2·0.5 + 0.2·1 + 0.25·0.5 + 0.1·0.5 + 0.1·0.5
    ///          = 0.525 + 0.15·ln4/ln11 ≈ 0.6117 → strong.
    func testDefaultArithmetic() {
        let d = Self.dyad(weight: 3, types: 2, reciprocal: true, depth: .exchange, days: 365)
        let tie = StrengthRubric.strength(of: d, overlap: 0.25, rubric: .standard, measured: MeasuredComponents())
        let intensity = log(4.0) / log(11.0)
        CollaborationFixtures.assertClose(tie.scores.intensity!, intensity)
        XCTAssertEqual(tie.scores.multiplexity, 0.5)
        XCTAssertEqual(tie.scores.reciprocity, 1)
        XCTAssertEqual(tie.scores.depth, 0.5)
        XCTAssertEqual(tie.scores.duration, 0.5)
        XCTAssertEqual(tie.scores.embeddedness, 0.5)
        CollaborationFixtures.assertClose(tie.strength, 0.525 + 0.15 * intensity)
        XCTAssertEqual(tie.strengthClass, .strong)
    }

    /// Scores clamp at floor and cap.
    func testScalings() {
        let linear = StrengthRubric.Scaling(.linear, floor: 1, cap: 3)
        XCTAssertEqual([0, 1, 2, 3, 9].map { linear.score($0) }, [0, 0, 0.5, 1, 1])
        let log = StrengthRubric.Scaling(.log, floor: 0, cap: 10)
        XCTAssertEqual(log.score(0), 0)
        XCTAssertEqual(log.score(10), 1)
        XCTAssertEqual(log.score(50), 1)
        CollaborationFixtures.assertClose(log.score(1), Foundation.log(2) / Foundation.log(11))
    }

    /// Components the graph cannot measure are left out and the weights rescaled:
    /// without duration and depth, strength = (0.15 s_i + 0.2 s_m + 0.2 s_r + 0.1 s_e) / 0.65.
    func testUnmeasuredComponentsAreLeftOut() {
        var measured = MeasuredComponents()
        measured.duration = false
        measured.depth = false
        let d = Self.dyad(weight: 10, types: 3, reciprocal: true)
        let tie = StrengthRubric.strength(of: d, overlap: 0, rubric: .standard, measured: measured)
        XCTAssertNil(tie.scores.duration)
        XCTAssertNil(tie.scores.depth)
        CollaborationFixtures.assertClose(tie.strength, (0.15 + 0.2 + 0.2) / 0.65)
        // On a graph: no dates, no types → duration, depth and multiplexity not measured.
        var g = CollaborationFixtures.graph(["a", "b"])
        g.addTie(from: "a", to: "b")
        let table = g.tieStrengths()
        XCTAssertEqual(table.measured.omitted, [.multiplexity, .depth, .duration])
        CollaborationFixtures.assertClose(table.effectiveWeight(.intensity), 0.15 / 0.45)
        XCTAssertEqual(g.tieStrengths(options: StrengthOptions(directedRecords: false)).measured.omitted,
                       [.multiplexity, .reciprocity, .depth, .duration])
    }

    /// Strong exactly at the threshold (≥), weak just below.
    func testThresholdBoundary() throws {
        let rubric = try Self.rubric(#"{"components": {"depth": {"weight": 1}}, "threshold": 0.5}"#)
        let at = StrengthRubric.strength(of: Self.dyad(depth: .exchange), overlap: 0, rubric: rubric, measured: MeasuredComponents())
        XCTAssertEqual(at.strength, 0.5)
        XCTAssertEqual(at.strengthClass, .strong)
        let below = try Self.rubric(#"{"components": {"depth": {"weight": 1, "values": {"exchange": 0.4999}}}, "threshold": 0.5}"#)
        XCTAssertEqual(StrengthRubric.strength(of: Self.dyad(depth: .exchange), overlap: 0, rubric: below, measured: MeasuredComponents()).strengthClass, .weak)
    }

    /// `docs/rubric-default.json` is the built-in default, byte for byte.
    func testDefaultRubricFile() throws {
        let path = CollaborationFixtures.path("docs/rubric-default.json")
        var loaded = try StrengthRubric.load(path)
        XCTAssertEqual(loaded.origin, path)
        loaded.origin = StrengthRubric.standard.origin
        XCTAssertEqual(loaded, StrengthRubric.standard)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(text, StrengthRubric.standard.json().serialized() + "\n")
    }

    /// `docs/rubric-default.csv`, the same rubric as a key,value table.
    func testDefaultRubricCSV() throws {
        var loaded = try StrengthRubric.load(CollaborationFixtures.path("docs/rubric-default.csv"))
        loaded.origin = StrengthRubric.standard.origin
        XCTAssertEqual(loaded, StrengthRubric.standard)
    }

    func testCSVRubric() throws {
        let rubric = try StrengthRubric(csv: Array("""
        key,value
        name,care-sector
        depth.weight,0.5
        depth.values.exchange,0.4
        components.reciprocity.weight,0.5
        ladder.training needs analysis,co-production

        verdict.strong_share,0.4
        """.utf8), file: "r.csv")
        XCTAssertEqual(rubric.name, "care-sector")
        XCTAssertEqual(rubric.depth.weight, 0.5)
        XCTAssertEqual(rubric.reciprocity.weight, 0.5)
        XCTAssertEqual(rubric.intensity.weight, 0)
        XCTAssertEqual(rubric.rungValues.exchange, 0.4)
        XCTAssertEqual(rubric.ladder["training needs analysis"], .coProduction)
        XCTAssertEqual(rubric.verdict.strongShare, 0.4)
        let cases: [(String, String)] = [
            ("name,value\n", "r.csv:1:1: invalid rubric: expected the header key,value"),
            ("key,value\nthreshold,0.5\ndepth.weight,0.5\nreciprocity.weight,0.4\n",
             "r.csv:3: invalid rubric: components: component weights sum to 0.9, expected 1"),
            ("key,value\ndepth.weight,1\ndepth.weight,1\n", "r.csv:3:1: invalid rubric: depth.weight: given more than once"),
            ("key,value\nthreshold,high\n", "r.csv:2: invalid rubric: threshold: expected a number"),
            ("key,value\ndepth.wieght,1\n", "r.csv:2: invalid rubric: components.depth.wieght: unknown key (expected one of: weight, values)"),
            ("key,value\nthreshold,0.5,1\n", "r.csv:2:1: invalid rubric: expected 2 fields (key,value), found 3"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try StrengthRubric(csv: Array(text.utf8), file: "r.csv"), text) { error in
                XCTAssertEqual("\(error)", message, text)
            }
        }
    }

    func testCustomRubric() throws {
        let rubric = try Self.rubric("""
        {"name": "two-way", "threshold": 0.6,
         "components": {"reciprocity": {"weight": 0.5}, "intensity": {"weight": 0.5, "scaling": "linear", "floor": 0, "cap": 4}},
         "ladder": {"Hackathon": "exchange"},
         "verdict": {"strong_share": 0.3}}
        """)
        XCTAssertEqual(rubric.name, "two-way")
        XCTAssertEqual(rubric.label, "two-way (rubric.json)")
        XCTAssertEqual(rubric.threshold, 0.6)
        XCTAssertEqual(rubric.depth.weight, 0)
        XCTAssertEqual(rubric.intensity.scaling, StrengthRubric.Scaling(.linear, floor: 0, cap: 4))
        XCTAssertEqual(rubric.ladder["hackathon"], .exchange)
        XCTAssertEqual(rubric.verdict.strongShare, 0.3)
        XCTAssertEqual(rubric.verdict.reciprocity, 0.5)
        let tie = StrengthRubric.strength(of: Self.dyad(weight: 2, reciprocal: true), overlap: 0, rubric: rubric, measured: MeasuredComponents())
        XCTAssertEqual(tie.strength, 0.75)
        // The JSON form reads back to the same rubric.
        var again = try StrengthRubric(json: rubric.json(), file: "rubric.json")
        again.name = rubric.name
        XCTAssertEqual(again, rubric)
    }

    func testInvalidRubrics() {
        let cases: [(String, String)] = [
            (#"{"threshold": 0.5"#, "rubric.json:1:18: unexpected end of input: expected ',' or '}'"),
            (#"{"treshold": 0.5}"#, "rubric.json: invalid rubric: treshold: unknown key (expected one of: name, description, threshold, components, ladder, verdict)"),
            (#"{"threshold": 0}"#, "rubric.json: invalid rubric: threshold: expected a number greater than 0 and at most 1, got 0"),
            (#"{"threshold": "high"}"#, "rubric.json: invalid rubric: threshold: expected a number"),
            (#"{"components": {"depth": {"weight": 0.5}, "reciprocity": {"weight": 0.4}}}"#,
             "rubric.json: invalid rubric: components: component weights sum to 0.9, expected 1"),
            (#"{"components": {"depth": {"weight": -1}, "reciprocity": {"weight": 2}}}"#,
             "rubric.json: invalid rubric: components.depth.weight: expected a number ≥ 0, got -1"),
            (#"{"components": {"strenght": {"weight": 1}}}"#,
             "rubric.json: invalid rubric: components.strenght: unknown key (expected one of: intensity, multiplexity, reciprocity, depth, duration, embeddedness)"),
            (#"{"components": {"duration": {"weight": 1, "cap": 0}}}"#,
             "rubric.json: invalid rubric: components.duration: cap (0) must be greater than floor (0)"),
            (#"{"components": {"duration": {"weight": 1, "scaling": "square"}}}"#,
             "rubric.json: invalid rubric: components.duration.scaling: expected \"linear\" or \"log\""),
            (#"{"components": {"duration": {"cap": 10}}}"#,
             "rubric.json: invalid rubric: components.duration.weight: missing: every component given needs a weight"),
            (#"{"components": {"reciprocity": {"weight": 1, "cap": 2}}}"#,
             "rubric.json: invalid rubric: components.reciprocity.cap: unknown key (expected one of: weight)"),
            (#"{"components": {"depth": {"weight": 1, "values": {"exchange": 2}}}}"#,
             "rubric.json: invalid rubric: components.depth.values.exchange: expected a number from 0 to 1, got 2"),
            (#"{"ladder": {"hackathon": "deep"}}"#,
             "rubric.json: invalid rubric: ladder.hackathon: unknown rung: expected engagement, exchange or co-production"),
            (#"{"verdict": {"strong_share": 1.5}}"#,
             "rubric.json: invalid rubric: verdict.strong_share: expected a share from 0 to 1, got 1.5"),
            (#"[1, 2]"#, "rubric.json: invalid rubric: expected an object"),
        ]
        for (json, message) in cases {
            XCTAssertThrowsError(try Self.rubric(json), json) { error in
                XCTAssertEqual("\(error)", message, json)
            }
        }
        XCTAssertThrowsError(try StrengthRubric.load("/nonexistent/rubric.json")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/rubric.json: no such file or it cannot be read")
        }
    }
}
