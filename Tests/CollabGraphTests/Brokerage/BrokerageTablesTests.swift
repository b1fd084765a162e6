import CollabGraph
import XCTest

/// The per-actor brokerage table: typed columns, their headers, and lookups by column.
final class BrokerageTablesTests: XCTestCase {
    /// One open two-path a → b → c, the ends in group x, the broker in y. The grouping
    /// attribute is called `constraint`, like a measure column: a lookup by header text
    /// would find the group column first; a typed lookup finds the measure.
    /// b: partners a and c, p = 1/2 each, no indirect path: constraint 1/4 + 1/4 = 1/2,
    /// effective size 2 − 0 = 2; one itinerant two-path (i and k in one group, the broker
    /// in another), total 1.
    func testTypedColumnsAndHeaders() {
        var graph = CollaborationGraph()
        for (id, group) in [("a", "x"), ("b", "y"), ("c", "x")] {
            graph.addActor(Actor(id: id, attributes: ["constraint": group]))
        }
        graph.addTie(from: "a", to: "b")
        graph.addTie(from: "b", to: "c")
        let view = graph.view(ViewOptions(directed: true))
        let groups = ActorGroups(graph: graph, attribute: "constraint")
        let result = BrokerageTables.actors(graph: graph, view: view, weighted: false, groups: groups, zScores: true)

        XCTAssertEqual(result.table.columns, result.columns.map(\.header))
        XCTAssertEqual(Array(result.table.columns.prefix(13)),
                       ["id", "constraint", "partners", "effective_size", "efficiency", "constraint", "hierarchy",
                        "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "brokerage"])
        XCTAssertEqual(Array(result.table.columns.suffix(2)), ["brokerage_expected", "brokerage_z"])
        XCTAssertEqual(result.columns[1], .group(attribute: "constraint"))

        XCTAssertEqual(result.value(.constraint, actor: 1), 0.5)
        XCTAssertEqual(result.value(.effectiveSize, actor: 1), 2)
        XCTAssertEqual(result.value(.partners, actor: 1), 2)
        XCTAssertEqual(result.value(.role(.itinerant), actor: 1), 1)
        XCTAssertEqual(result.value(.role(.total), actor: 1), 1)
        XCTAssertEqual(result.value(.role(.liaison), actor: 1), 0)
        XCTAssertNil(result.value(.group(attribute: "constraint"), actor: 1), "the group cell is text")

        // Without groups there are no role columns to look up.
        let plain = BrokerageTables.actors(graph: graph, view: view, weighted: false, groups: nil, zScores: false)
        XCTAssertEqual(plain.table.columns, ["id", "partners", "effective_size", "efficiency", "constraint", "hierarchy"])
        XCTAssertNil(plain.value(.role(.total), actor: 1))
        XCTAssertEqual(plain.value(.constraint, actor: 1), 0.5)
    }
}
