@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// Hand-built dyads: each component of tie strength, derived by hand.
final class DyadTableTests: XCTestCase {
    /// Actors a, b, c (load order). Records:
    ///
    ///     a ──placement w2 (2016-01-01 … 2016-12-31)──▶ b
    ///     a ◀──co-design w1 (2017-01-01 … open)──────── b
    ///     a ──Co_Design w3 (undated)───────────────────▶ b     same type as co-design
    ///     a ──(untyped) w1 (undated)───────────────────▶ b
    ///     c ──talk w1 (2018-03 … 2018-03)──────────────▶ a
    ///     c ──talk (self-loop)──▶ c
    ///
    /// Observation period: 2016-01-01 … 2018-03-31 (the partial end date is the month's
    /// last day).
    static func example() -> CollaborationGraph {
        var g = CollaborationFixtures.graph(["a", "b", "c"])
        let d = CollaborationFixtures.day
        g.addTie(from: "a", to: "b", type: "placement", weight: 2, start: d("2016-01-01", false), end: d("2016-12-31", true))
        g.addTie(from: "b", to: "a", type: "co-design", weight: 1, start: d("2017-01-01", false))
        g.addTie(from: "a", to: "b", type: "Co_Design", weight: 3)
        g.addTie(from: "a", to: "b", type: "", weight: 1)
        g.addTie(from: "c", to: "a", type: "talk", weight: 1, start: d("2018-03", false), end: d("2018-03", true))
        g.addTie(from: "c", to: "c", type: "talk", weight: 5)
        return g
    }

    func testComponents() {
        let g = Self.example()
        let table = DyadTable(graph: g, ladder: g.ladder)
        guard XCTAssertCount(table.dyads, 2, "the self-loop is no dyad") else { return }
        XCTAssertEqual(table.observation, CollaborationFixtures.day("2016-01-01") ... CollaborationFixtures.day("2018-03-31"))
        let ab = table.dyads[0]
        XCTAssertEqual([ab.source, ab.target], [0, 1])
        XCTAssertEqual(ab.records, 4)
        XCTAssertEqual(ab.forwardRecords, 3)
        XCTAssertEqual(ab.backwardRecords, 1)
        XCTAssertTrue(ab.isReciprocal)
        XCTAssertEqual(ab.weight, 7)
        // co-design and Co_Design are one type; names sorted; untyped adds a strand.
        XCTAssertEqual(TieStrengthTable.typeNames(ab, graph: g), ["co-design", "placement"])
        XCTAssertTrue(ab.hasUntypedRecords)
        XCTAssertEqual(ab.multiplexity, 3)
        XCTAssertEqual(ab.depth, .coProduction)
        XCTAssertEqual(ab.weightByDepth.exchange, 2)
        XCTAssertEqual(ab.weightByDepth.coProduction, 4)
        XCTAssertEqual(ab.weightByDepth.unrated, 1)
        // 2016-01-01 to the open end (2018-03-31): 366 + 365 + 31 + 28 + 31 days.
        XCTAssertEqual(ab.durationDays, 821)
        let ac = table.dyads[1]
        XCTAssertEqual([ac.source, ac.target], [0, 2]) // a comes first in load order
        XCTAssertEqual(ac.forwardRecords, 0)
        XCTAssertEqual(ac.backwardRecords, 1)
        XCTAssertFalse(ac.isReciprocal)
        XCTAssertEqual(ac.multiplexity, 1)
        XCTAssertEqual(ac.depth, .engagement)
        XCTAssertEqual(ac.durationDays, 31)
    }

    func testUndatedPairHasNoDuration() {
        var g = CollaborationFixtures.graph(["a", "b", "c"])
        g.addTie(from: "a", to: "b", type: "talk", start: CollaborationFixtures.day("2016-05-01"), end: CollaborationFixtures.day("2016-05-01"))
        g.addTie(from: "b", to: "c", type: "talk")
        let table = DyadTable(graph: g, ladder: g.ladder)
        XCTAssertEqual(table.dyads.map(\.durationDays), [1, nil])
    }

    func testUnratedAndUntyped() {
        var g = CollaborationFixtures.graph(["a", "b"])
        g.addTie(from: "a", to: "b", type: "hackathon")
        g.addTie(from: "a", to: "b")
        let dyad = DyadTable(graph: g, ladder: g.ladder).dyads[0]
        XCTAssertNil(dyad.depth)
        XCTAssertEqual(dyad.multiplexity, 2)
        // A rubric's ladder rates the type.
        var rubric = StrengthRubric.standard
        rubric.ladder["hackathon"] = .exchange
        XCTAssertEqual(DyadTable(graph: g, ladder: rubric.ladder(over: g.ladder)).dyads[0].depth, .exchange)
    }

    func testWindowCutsObservationAtItsEnd() {
        let g = Self.example()
        let d = CollaborationFixtures.day
        // 2016: the placement and the two undated records.
        let y2016 = DyadTable(graph: g, options: ViewOptions(window: .between(d("2016-01-01", false), d("2016-12-31", true))), ladder: g.ladder)
        guard XCTAssertCount(y2016.dyads, 1) else { return }
        XCTAssertEqual(y2016.dyads[0].records, 3)
        XCTAssertFalse(y2016.dyads[0].isReciprocal)
        XCTAssertEqual(y2016.dyads[0].durationDays, 366)
        // 2017 as known at its end: the open co-design runs to 2017-12-31.
        let y2017 = DyadTable(graph: g, options: ViewOptions(window: .between(d("2017-01-01", false), d("2017-12-31", true))),
                              ladder: g.ladder, observationEnd: d("2017-12-31", true))
        guard XCTAssertCount(y2017.dyads, 1) else { return }
        XCTAssertTrue(y2017.dyads[0].isReciprocal)
        XCTAssertEqual(y2017.dyads[0].durationDays, 365)
    }

    func testEmptyAndSingle() {
        let empty = CollaborationGraph()
        XCTAssertTrue(empty.tieStrengths().ties.isEmpty)
        let profile = CollaborationProfile(empty.tieStrengths())
        XCTAssertEqual(profile.actorCount, 0)
        XCTAssertEqual(profile.verdict.kind, .fragmented)
        let single = CollaborationFixtures.graph(["a"])
        XCTAssertEqual(CollaborationProfile(single.tieStrengths()).isolateCount, 1)
    }

    /// Seeded property test: the counting-sort grouping agrees with a dictionary of pairs.
    func testGroupingAgreesWithNaive() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let types = ["talk", "placement", "co-design", ""]
        for _ in 0 ..< 20 {
            let n = 2 + next(30)
            var g = CollaborationFixtures.graph((0 ..< n).map { "v\($0)" })
            var naive: [[Int]: (records: Int, weight: Double, forward: Int, types: Set<String>)] = [:]
            for _ in 0 ..< next(120) {
                let s = next(n), t = next(n)
                let type = types[next(types.count)]
                let w = Double(1 + next(5))
                g.addTie(from: "v\(s)", to: "v\(t)", type: type, weight: w)
                guard s != t else { continue }
                let key = [min(s, t), max(s, t)]
                var entry = naive[key] ?? (0, 0, 0, [])
                entry.records += 1
                entry.weight += w
                if s < t { entry.forward += 1 }
                if !type.isEmpty { entry.types.insert(type) }
                naive[key] = entry
            }
            let dyads = DyadTable(graph: g, ladder: g.ladder).dyads
            XCTAssertEqual(dyads.map { [Int($0.source), Int($0.target)] }, naive.keys.sorted { $0.lexicographicallyPrecedes($1) })
            for d in dyads {
                let e = naive[[Int(d.source), Int(d.target)]]!
                XCTAssertEqual(d.records, e.records)
                XCTAssertEqual(d.weight, e.weight)
                XCTAssertEqual(d.forwardRecords, e.forward)
                XCTAssertEqual(Set(TieStrengthTable.typeNames(d, graph: g)), e.types)
            }
        }
    }
}
