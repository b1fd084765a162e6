@testable import CollabGraph
import XCTest

/// The tie records stored by column read back as the `Tie` values appended, whatever
/// columns they need and in whatever order those first appear.
final class TieTableTests: XCTestCase {
    private func records() -> [Tie] {
        let day = Day(year: 2017, month: 3, day: 1)
        return [
            Tie(source: 0, target: 1),
            Tie(source: 1, target: 2, relationType: 3, weight: 2.5),
            Tie(source: 2, target: 0, start: day),
            Tie(source: 2, target: 2, relationType: 300, end: Day(year: 2019, month: 1, day: 1)),
            Tie(source: 1, target: 0, attributes: ["note": "x"]),
            Tie(source: 0, target: 2, relationType: 1, weight: 0.5, start: day, end: day, attributes: ["grant": "g", "note": "y"]),
            Tie(source: 3, target: 1),
        ]
    }

    func testReadsBackWhatWasAppended() {
        let ties = records()
        var table = TieTable()
        for (i, tie) in ties.enumerated() {
            table.append(tie)
            XCTAssertEqual(Array(table), Array(ties[...i]), "after record \(i + 1)")
        }
        XCTAssertEqual(table, TieTable(ties))
        XCTAssertEqual(table.count, ties.count)
        XCTAssertEqual(table.attributeNames, ["note", "grant"])
        XCTAssertEqual(table.relationType(3), 300)
        XCTAssertEqual(table.weight(1), 2.5)
        XCTAssertEqual(table.weight(0), 1)
        XCTAssertNil(table.start(0))
        XCTAssertEqual(table.end(3), Day(year: 2019, month: 1, day: 1))
        XCTAssertTrue(table.hasDates)
        XCTAssertFalse(table.isUnweighted)
    }

    /// Columns no record needs stay absent: all weights 1, no dates, no types.
    func testAbsentColumns() {
        let table: TieTable = [Tie(source: 0, target: 1), Tie(source: 1, target: 0)]
        XCTAssertTrue(table.isUnweighted)
        XCTAssertFalse(table.hasDates)
        XCTAssertEqual(table.relationType(1), 0)
        XCTAssertEqual(table[1], Tie(source: 1, target: 0))
        XCTAssertNotEqual(table, [Tie(source: 1, target: 0), Tie(source: 0, target: 1)])
    }

    /// A view built from the table is the view built from arrays of the same records.
    func testViewFromColumnsEqualsViewFromArrays() {
        var graph = CollaborationGraph()
        for id in ["a", "b", "c", "d"] { graph.addActor(Actor(id: id)) }
        for tie in records() { graph.addTie(tie) }
        for directed in [false, true] {
            let view = graph.view(ViewOptions(directed: directed))
            let ties = Array(graph.ties)
            let expected = GraphView(nodeCount: 4, sources: ties.map(\.source), targets: ties.map(\.target),
                                     weights: ties.map(\.weight), directed: directed)
            for (a, b) in [(view.outgoing, expected.outgoing), (view.incoming, expected.incoming), (view.partners, expected.partners)] {
                XCTAssertEqual(a.offsets, b.offsets)
                XCTAssertEqual(a.neighbours, b.neighbours)
                XCTAssertEqual(a.weights, b.weights)
            }
            XCTAssertEqual(view.selfLoopWeight, expected.selfLoopWeight)
            XCTAssertEqual(view.recordCount, 7)
        }
    }
}
