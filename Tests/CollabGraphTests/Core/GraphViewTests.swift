import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest

/// The view builder: collapsing, direction, filters, windows, self-loops, memberships.
///
///     a ──placement(2)──▶ b        a ◀──talk(1)── b   (parallel, opposite direction)
///     a ──co-design(3)──▶ c        c ──talk(1)──▶ c   (self-loop)
///     b ──visit(1, 2018)──▶ c
final class GraphViewTests: XCTestCase {
    private func graph() -> CollaborationGraph {
        var g = CollaborationGraph()
        for id in ["a", "b", "c", "d"] { g.addActor(Actor(id: id)) }
        g.addTie(from: "a", to: "b", type: "placement", weight: 2, start: Day(year: 2016, month: 1, day: 1), end: Day(year: 2016, month: 12, day: 31))
        g.addTie(from: "b", to: "a", type: "talk", weight: 1)
        g.addTie(from: "a", to: "c", type: "co-design", weight: 3, start: Day(year: 2017, month: 1, day: 1))
        g.addTie(from: "c", to: "c", type: "talk", weight: 1)
        g.addTie(from: "b", to: "c", type: "visit", weight: 1, start: Day(year: 2018, month: 3, day: 1), end: Day(year: 2018, month: 3, day: 1))
        g.addMembership(Membership(member: 0, network: 3))
        g.addMembership(Membership(member: 1, network: 3))
        g.addMembership(Membership(member: 2, network: 3))
        return g
    }

    func testUndirectedViewSumsParallelRecordsAndSetsSelfLoopsApart() {
        let view = graph().view()
        XCTAssertFalse(view.isDirected)
        XCTAssertEqual(view.nodeCount, 4)
        XCTAssertEqual(view.tieCount, 3)
        XCTAssertEqual(Array(view.outgoing.neighbours(of: 0)), [1, 2])
        XCTAssertEqual(view.outgoing.weight(from: 0, to: 1), 3, "2 + 1 over both directions")
        XCTAssertEqual(view.outgoing.weight(from: 1, to: 0), 3)
        XCTAssertEqual(view.selfLoopWeight, [0, 0, 1, 0])
        XCTAssertEqual(view.recordCount, 5)
        XCTAssertEqual(view.totalWeight, 3 + 3 + 1)
        XCTAssertEqual(view.density, 3.0 / 6.0)
    }

    func testDirectedViewKeepsArcsAndMutualPartners() {
        let view = graph().view(ViewOptions(directed: true))
        XCTAssertEqual(view.tieCount, 4)
        XCTAssertEqual(view.outgoing.weight(from: 0, to: 1), 2)
        XCTAssertEqual(view.outgoing.weight(from: 1, to: 0), 1)
        XCTAssertEqual(Array(view.incoming.neighbours(of: 2)), [0, 1])
        XCTAssertNil(view.outgoing.weight(from: 2, to: 0))
        XCTAssertEqual(view.partners.weight(from: 0, to: 1), 3, "mutual weight w(a→b) + w(b→a)")
        XCTAssertEqual(view.undirected.tieCount, 3)
    }

    func testRelationTypeFilterIsCaseAndSeparatorInsensitive() {
        let view = graph().view(ViewOptions(relationTypes: ["Co_Design", "PLACEMENT"]))
        XCTAssertEqual(view.tieCount, 2)
        XCTAssertEqual(view.outgoing.weight(from: 0, to: 1), 2)
        XCTAssertEqual(view.selfLoopWeight, [0, 0, 0, 0])
    }

    func testTimeWindowsKeepActiveAndUndatedRecords() {
        let at2016 = graph().view(ViewOptions(window: .at(Day(year: 2016, month: 6, day: 1))))
        // placement (2016), talk (undated), self-loop (undated); co-design starts 2017.
        XCTAssertEqual(at2016.outgoing.weight(from: 0, to: 1), 3)
        XCTAssertNil(at2016.outgoing.weight(from: 0, to: 2))
        let range = graph().view(ViewOptions(window: .between(Day(year: 2017, month: 6, day: 1), Day(year: 2018, month: 3, day: 1))))
        XCTAssertEqual(range.outgoing.weight(from: 0, to: 1), 1, "placement ended in 2016")
        XCTAssertEqual(range.outgoing.weight(from: 0, to: 2), 3, "open-ended co-design")
        XCTAssertEqual(range.outgoing.weight(from: 1, to: 2), 1, "visit on the range's last day")
    }

    func testMembershipModes() {
        let g = graph()
        let ties = g.view(ViewOptions(memberships: .ties, includeTies: false))
        XCTAssertEqual(Array(ties.outgoing.neighbours(of: 3)), [0, 1, 2])
        let co = g.view(ViewOptions(memberships: .coMembership(.sharedNetworks), includeTies: false))
        XCTAssertEqual(co.tieCount, 3)
        XCTAssertEqual(co.outgoing.weight(from: 0, to: 1), 1)
        XCTAssertEqual(co.outgoing.degree(3), 0, "the network itself is not projected")
        let newman = g.view(ViewOptions(memberships: .coMembership(.newman), includeTies: false))
        XCTAssertEqual(newman.outgoing.weight(from: 0, to: 2), 0.5, "1/(n−1) with n = 3 members")
        let both = g.view(ViewOptions(memberships: .coMembership(.sharedNetworks)))
        XCTAssertEqual(both.outgoing.weight(from: 0, to: 1), 4, "ties 3 + one shared network")
    }

    func testDavisProjectionCountsSharedEvents() throws {
        let g = try GraphLoader.load(TestSupport.dataset("davis-southern-women"))
        let view = g.view(ViewOptions(memberships: .coMembership(.sharedNetworks), includeTies: false))
        // Evelyn Jefferson and Laura Mandeville attended six events together (Davis et al. 1941;
        // the weighted projection in NetworkX's davis_club example).
        let evelyn = g.index(of: "Evelyn Jefferson")!, laura = g.index(of: "Laura Mandeville")!
        XCTAssertEqual(view.outgoing.weight(from: Int(evelyn), to: laura), 6)
    }

    func testComponents() {
        let components = graph().view().components()
        XCTAssertEqual(components.count, 2)
        XCTAssertEqual(components.sizes, [3, 1])
        XCTAssertEqual(components.isolateCount, 1)
        XCTAssertEqual(components.componentOf, [0, 0, 0, 1])
    }

    /// Parallel records with non-round weights sum to the same double in both directions
    /// (0.1 + 0.2 + 0.3 differs from 0.3 + 0.1 + 0.2 in the last bit).
    func testUndirectedRowsAreBitForBitSymmetric() {
        let view = GraphView(nodeCount: 2, sources: [0, 1, 0], targets: [1, 0, 1], weights: [0.1, 0.3, 0.2], directed: false)
        XCTAssertEqual(view.outgoing.weight(from: 0, to: 1)!.bitPattern, view.outgoing.weight(from: 1, to: 0)!.bitPattern)
        var random = SplitMix64(seed: 3)
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        for _ in 0 ..< 2_000 {
            s.append(Int32(random.below(40))); t.append(Int32(random.below(40))); w.append(Double(random.below(1000)) / 997)
        }
        let random40 = GraphView(nodeCount: 40, sources: s, targets: t, weights: w, directed: false)
        for u in 0 ..< 40 {
            for i in random40.outgoing.row(u) {
                let v = random40.outgoing.neighbours[i]
                XCTAssertEqual(random40.outgoing.weights[i].bitPattern, random40.outgoing.weight(from: Int(v), to: Int32(u))!.bitPattern)
            }
        }
    }

    /// Property test: the counting-sort CSR equals a naive dictionary collapse on random multigraphs.
    func testCompressedAdjacencyMatchesNaiveCollapse() {
        var random = SplitMix64(seed: 7)
        for _ in 0 ..< 30 {
            let n = Int(random.next() % 30) + 1
            let m = Int(random.next() % 120)
            var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
            var naive: [Int: [Int32: Double]] = [:]
            for _ in 0 ..< m {
                let a = Int32(random.next() % UInt64(n)), b = Int32(random.next() % UInt64(n))
                let weight = Double(random.next() % 5 + 1)
                s.append(a); t.append(b); w.append(weight)
                if a != b { naive[Int(a), default: [:]][b, default: 0] += weight }
            }
            let view = GraphView(nodeCount: n, sources: s, targets: t, weights: w, directed: true)
            for u in 0 ..< n {
                let expected = (naive[u] ?? [:]).sorted { $0.key < $1.key }
                XCTAssertEqual(Array(view.outgoing.neighbours(of: u)), expected.map(\.key))
                XCTAssertEqual(view.outgoing.row(u).map { view.outgoing.weights[$0] }, expected.map(\.value))
            }
        }
    }

    /// The arc counts from outgoing rows alone are the directed view's, with and without
    /// filters; the context's direction check and `info`'s summary read them without
    /// building the directed view, and an undirected view is taken from a directed one
    /// already built (one build of the rows).
    func testArcCountsWithoutTheDirectedView() throws {
        for graph in [graph(), try TestSupport.load("Datasets/east-london")] {
            for options in [ViewOptions(directed: true), ViewOptions(directed: true, relationTypes: ["talk"]),
                            ViewOptions(directed: false, memberships: .ties)] {
                var directed = options
                directed.directed = true
                let view = graph.view(directed)
                XCTAssertEqual(graph.arcCounts(options), ArcCounts(arcs: view.tieCount, reciprocated: view.reciprocatedArcCount))
            }
        }
        let context = AnalysisContext(graph: graph(), name: "g")
        let summary = GraphSummary(context)
        XCTAssertEqual(summary.reciprocity, 2.0 / 4.0, "a→b and b→a of the arcs a→b, b→a, a→c, b→c")
        XCTAssertEqual(context.buildCounts.total(.view), 1, "only the undirected view is built")
        let directed = context.directedView
        XCTAssertEqual(context.undirectedView.partners.neighbours, directed.partners.neighbours)
    }
}
