import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// What-ifs: hand-derived changes (a cut point removed, two actors merged), the scenario
/// file, and every before → after figure against NetworkX on the changed graph
/// (Tests/Fixtures/reference_whatif.py).
final class WhatIfTests: XCTestCase {
    /// Removing a cut point splits its component as drawn.
    ///
    ///     A --- B --- C --- D
    ///           |
    ///           E --- F
    ///
    /// B is the cut point: without it, {A}, {C, D} and {E, F} fall apart; with B kept and
    /// nothing removed the graph is one component of 6. Largest component after: {C, D}
    /// (the first of the two of size 2 in load order), so E and F are cut off (A is in a
    /// component of its own: cut off too). D's reach within 2 hops: C, B → just C.
    func testRemovingACutPointSplitsTheComponent() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "C", "D", "E", "F"] { graph.addActor(Actor(id: id)) }
        for (s, t) in [("A", "B"), ("B", "C"), ("C", "D"), ("B", "E"), ("E", "F")] { graph.addTie(from: s, to: t) }
        let context = try AnalysisContext(graph: graph, name: "drawn", settings: AnalysisSettings(direction: .undirected))
        let comparison = try WhatIfComparison.compare(context, scenario: Scenario(changes: [.remove(1)]), focus: [3, 1])
        XCTAssertEqual(comparison.before.components, 1)
        XCTAssertEqual(comparison.before.largestComponent, 6)
        XCTAssertEqual(comparison.after.actors, 5)
        XCTAssertEqual(comparison.after.components, 3)
        XCTAssertEqual(comparison.after.largestComponent, 2)
        XCTAssertEqual(comparison.after.isolates, 1)
        XCTAssertEqual(comparison.cutOff, [0, 4, 5])
        XCTAssertEqual(comparison.focus[0].before.reach, 2)
        XCTAssertEqual(comparison.focus[0].after?.reach, 1)
        XCTAssertEqual(comparison.focus[0].after?.reachable, 1)
        XCTAssertEqual(comparison.focus[1].status, .removed)
        XCTAssertNil(comparison.focus[1].after)
        // B lies on every path from A, and from E and F, to the rest: the top broker before.
        XCTAssertEqual(comparison.before.brokers.first?.actor, 1)
    }

    /// A project known only from memberships (N, whose one member A has a tie to B) is
    /// left out of the system's counts, as in the collaboration profile; removing its only
    /// member does not turn it into a new isolate.
    func testNetworksKnownOnlyFromMembershipsStayOutOfTheCounts() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "N"] { graph.addActor(Actor(id: id)) }
        graph.addTie(from: "A", to: "B")
        graph.addMembership(Membership(member: 0, network: 2))
        let context = try AnalysisContext(graph: graph, name: "drawn", settings: AnalysisSettings(direction: .undirected))
        let comparison = try WhatIfComparison.compare(context, scenario: Scenario(changes: [.remove(0)]), focus: [])
        XCTAssertEqual(comparison.before.actors, 2)
        XCTAssertEqual(comparison.before.components, 1)
        XCTAssertEqual(comparison.after.actors, 1)
        XCTAssertEqual(comparison.after.isolates, 1)
        XCTAssertNotNil(comparison.note)
    }

    /// Merging two actors unions their ties: weights to a common partner are summed, the
    /// tie between them is dropped, memberships follow.
    ///
    ///     X --2-- A --1-- B --3-- X         B --1-- Y        (A–B weight 1)
    ///
    /// Merge B into A: A's ties become X (2 + 3 = 5) and Y (1); the A–B record is a
    /// self-tie and is dropped; an old self-tie of Y stays.
    func testMergingUnionsTies() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "X", "Y", "N"] { graph.addActor(Actor(id: id)) }
        graph.addTie(from: "X", to: "A", weight: 2)
        graph.addTie(from: "A", to: "B", weight: 1)
        graph.addTie(from: "B", to: "X", weight: 3)
        graph.addTie(from: "B", to: "Y", weight: 1)
        graph.addTie(from: "Y", to: "Y", weight: 4)
        graph.addMembership(Membership(member: 1, network: 4))
        let outcome = try Scenario(changes: [.merge(1, into: 0)]).apply(to: graph)
        XCTAssertEqual(outcome.graph.actors.map(\.id), ["A", "X", "Y", "N"])
        XCTAssertEqual(outcome.newIndex, [0, 0, 1, 2, 3])
        XCTAssertEqual(outcome.droppedAsSelfTies, 1)
        XCTAssertEqual(outcome.graph.ties.count, 4)
        XCTAssertEqual(outcome.graph.memberships.map(\.member), [0])
        let view = outcome.graph.view()
        XCTAssertEqual(view.tieCount, 2)
        XCTAssertEqual(view.partners.neighbours(of: 0).map { Int($0) }, [1, 2])
        XCTAssertEqual(Array(view.partners.weights[view.partners.row(0)]), [5, 1])
        XCTAssertEqual(view.selfLoopWeight[2], 4)
    }

    func testChangesNamingRemovedActorsAreErrors() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "C"] { graph.addActor(Actor(id: id)) }
        let scenario = Scenario(changes: [.remove(1), .add(0, 1)], origins: ["--remove", "--add"])
        XCTAssertThrowsError(try scenario.apply(to: graph)) { error in
            XCTAssertEqual((error as? ScenarioError)?.description, "--add: 'B' was removed by an earlier change")
        }
        XCTAssertThrowsError(try Scenario(changes: [.merge(1, into: 0), .merge(0, into: 1)]).apply(to: graph)) { error in
            XCTAssertEqual((error as? ScenarioError)?.description, "change: 'B' and 'A' are already one actor")
        }
    }

    func testScenarioFile() throws {
        var graph = CollaborationGraph()
        for id in ["A", "B", "C"] { graph.addActor(Actor(id: id, label: "Actor \(id)")) }
        let folder = TestSupport.folder(["s.csv": "action,actor,other\nremove,A,\n\nadd,B,C\nmerge,B,Actor C\n",
                                         "self.csv": "action,actor,other\nmerge,B,C\nadd,B,C\n",
                                         "bad.csv": "action,actor,other\nremove,A,\nclose,B,\n",
                                         "missing.csv": "action,actor,other\nmerge,A\n"])
        let scenario = try Scenario.read(contentsOf: folder + "/s.csv", graph: graph)
        XCTAssertEqual(scenario.changes, [.remove(0), .add(1, 2), .merge(2, into: 1)])
        XCTAssertEqual(scenario.origins, ["s.csv line 2", "s.csv line 4", "s.csv line 5"])
        XCTAssertThrowsError(try Scenario.read(contentsOf: folder + "/bad.csv", graph: graph)) { error in
            XCTAssertEqual((error as? InputError)?.line, 3)
            XCTAssertEqual((error as? InputError)?.column, 1)
            XCTAssertEqual((error as? InputError)?.message, "unknown action 'close': expected remove, merge or add")
        }
        XCTAssertThrowsError(try Scenario.read(contentsOf: folder + "/missing.csv", graph: graph)) { error in
            XCTAssertEqual((error as? InputError)?.line, 2)
            XCTAssertEqual((error as? InputError)?.column, 8)
        }
        XCTAssertThrowsError(try Scenario.read(contentsOf: folder + "/self.csv", graph: graph).apply(to: graph)) { error in
            XCTAssertEqual((error as? ScenarioError)?.description, "self.csv line 3: a tie needs two different actors")
        }
        // A tie B–C added before C merges into B becomes a self-tie: dropped.
        let outcome = try scenario.apply(to: graph)
        XCTAssertEqual(outcome.addedTies, 0)
        XCTAssertEqual(outcome.graph.actors.map(\.id), ["B"])
    }

    func testAgainstNetworkX() throws {
        let folder = TestSupport.path("Tests/Fixtures/reference/whatif")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 7)
        for file in files {
            guard case .object(let fields) = try JSONValue.parse(contentsOf: folder + "/" + file) else { return XCTFail(file) }
            let fixture = Fields(fields)
            let graph = try TestSupport.load(fixture.string("graph"))
            let directed = fixture.bool("directed")
            let settings = AnalysisSettings(direction: directed ? .directed : .undirected, view: ViewOptions(directed: directed),
                                            weighted: fixture.bool("weighted"))
            let context = try AnalysisContext(graph: graph, name: file, settings: settings)
            var scenario = Scenario()
            for change in fixture.array("changes") {
                guard case .array(let parts) = change else { return XCTFail(file) }
                let words = parts.map(Fields.text)
                let a = graph.index(of: words[1])!
                switch words[0] {
                case "remove": scenario.append(.remove(a), origin: file)
                case "merge": scenario.append(.merge(graph.index(of: words[2])!, into: a), origin: file)
                default: scenario.append(.add(a, graph.index(of: words[2])!), origin: file)
                }
            }
            let focus = fixture.array("focus").map { graph.index(of: Fields.text($0))! }
            let comparison = try WhatIfComparison.compare(context, scenario: scenario, focus: focus)
            let newGraph = comparison.outcome.graph
            check(comparison.before, graph, fixture.object("before"), "\(file) before")
            check(comparison.after, newGraph, fixture.object("after"), "\(file) after")
            XCTAssertEqual(comparison.cutOff.map { graph.actors[Int($0)].id }, fixture.array("cut_off").map(Fields.text), file)
            let focusBefore = fixture.object("before").object("focus"), focusAfter = fixture.object("after").object("focus")
            for row in comparison.focus {
                let id = graph.actors[Int(row.actor)].id
                check(row.before, focusBefore.object(id), "\(file) \(id) before")
                if row.status == .kept { check(row.after!, focusAfter.object(id), "\(file) \(id) after") }
                if case .merged(let into) = row.status { check(row.after!, focusAfter.object(graph.actors[Int(into)].id), "\(file) \(id) after") }
                if row.status == .removed { XCTAssertNil(focusAfter.value(id), file) }
            }
        }
    }

    private func check(_ state: SystemState, _ graph: CollaborationGraph, _ reference: Fields, _ label: String) {
        XCTAssertEqual(state.actors, Int(reference.number("actors")!), label)
        XCTAssertEqual(state.ties, Int(reference.number("ties")!), label)
        XCTAssertEqual(state.components, Int(reference.number("components")!), label)
        XCTAssertEqual(state.largestComponent, Int(reference.number("largest_component")!), label)
        XCTAssertEqual(state.isolates, Int(reference.number("isolates")!), label)
        let brokers = reference.array("brokers")
        XCTAssertEqual(state.brokers.count, brokers.count, label)
        for (broker, expected) in zip(state.brokers, brokers) {
            guard case .array(let pair) = expected, case .number(let value) = pair[1] else { return XCTFail(label) }
            XCTAssertEqual(graph.actors[Int(broker.actor)].id, Fields.text(pair[0]), label)
            XCTAssertClose(broker.betweenness, value, absolute: 1e-12, label)
        }
    }

    private func check(_ state: FocusState, _ reference: Fields, _ label: String) {
        XCTAssertEqual(state.partners, Int(reference.number("partners") ?? -1), label)
        XCTAssertEqual(state.reach, Int(reference.number("reach") ?? -1), label)
        XCTAssertEqual(state.reachable, Int(reference.number("reachable") ?? -1), label)
        if let c = reference.number("constraint") { XCTAssertClose(state.constraint!, c, label) } else { XCTAssertNil(state.constraint, label) }
        if let e = reference.number("effective_size") { XCTAssertClose(state.effectiveSize!, e, label) } else { XCTAssertNil(state.effectiveSize, label) }
        XCTAssertClose(state.betweenness, reference.number("betweenness") ?? -1, absolute: 1e-12, label)
    }
}
