import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Small graphs whose centralities are derived by hand in the comments, and published
/// values (Krackhardt kite, Florentine families) from `REFERENCE-VALUES.md`.
final class CentralityTableTests: XCTestCase {
    func view(_ n: Int, _ ties: [(Int32, Int32, Double)], directed: Bool = false) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map(\.2), directed: directed)
    }

    func assertClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-12,
                     file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
        for (a, e) in zip(actual, expected) { XCTAssertClose(a, e, relative: relative, file: file, line: line) }
    }

    /// No actors: every column is empty; eigenvector is undefined.
    func testEmptyView() {
        let table = view(0, []).centrality()
        for column in table.columns where column.measure != .eigenvector { XCTAssertEqual(column.values, []) }
        XCTAssertEqual(table.column(.eigenvector)?.undefinedReason, "the view has no actors")
    }

    /// One actor, no ties: nothing to reach; the lone eigenvector component is 1 and the
    /// random walker never leaves (PageRank 1).
    func testSingleActor() throws {
        let v = view(1, [])
        XCTAssertEqual(v.degrees(), [0])
        XCTAssertEqual(v.betweenness(), [0])
        XCTAssertEqual(v.closeness(), [0])
        XCTAssertEqual(v.harmonic(), [0])
        XCTAssertEqual(try v.eigenvectorCentrality(), [1])
        assertClose(v.pageRank().scores, [1])
        XCTAssertEqual(v.coreNumbers(), [0])
    }

    ///     0 ── 1
    /// Each is one step from the other: closeness 1, harmonic 1; no one in between.
    func testPair() throws {
        let v = view(2, [(0, 1, 1)])
        XCTAssertEqual(v.betweenness(), [0, 0])
        XCTAssertEqual(v.closeness(), [1, 1])
        XCTAssertEqual(v.harmonic(), [1, 1])
        assertClose(try v.eigenvectorCentrality(), [(0.5).squareRoot(), (0.5).squareRoot()])
        assertClose(v.pageRank().scores, [0.5, 0.5])
        XCTAssertEqual(v.coreNumbers(), [1, 1])
    }

    ///        1   2
    ///         \ /
    ///     6 ── 0 ── 3        hub 0, leaves 1–6
    ///         / \
    ///        5   4
    /// Betweenness: all C(6,2) = 15 leaf pairs pass through 0, normalised by 15 → 1.
    /// Closeness: hub 6/6 = 1; leaf 6/(1 + 5·2) = 6/11. Harmonic: hub 6, leaf 1 + 5/2.
    /// Eigenvector: λ = √6, x_hub = √6 x_leaf, x_hub² + 6 x_leaf² = 1 → 1/√2 and 1/√12.
    /// PageRank: p_leaf = 0.15/7 + 0.85 p_hub/6 with p_hub = 1 − 6 p_leaf
    ///           → p_leaf = (0.15/7 + 0.85/6) / 1.85.
    func testStar() throws {
        let v = view(7, (1 ... 6).map { (0, Int32($0), 1) })
        let table = v.centrality()
        assertClose(table.column(.degree)!.values, [6, 1, 1, 1, 1, 1, 1])
        assertClose(table.column(.betweenness)!.values, [1, 0, 0, 0, 0, 0, 0])
        assertClose(table.column(.closeness)!.values, [1] + Array(repeating: 6.0 / 11, count: 6))
        assertClose(table.column(.harmonic)!.values, [6] + Array(repeating: 3.5, count: 6))
        assertClose(table.column(.eigenvector)!.values, [(0.5).squareRoot()] + Array(repeating: 1 / (12.0).squareRoot(), count: 6))
        let leaf = (0.15 / 7 + 0.85 / 6) / 1.85
        assertClose(table.column(.pagerank)!.values, [1 - 6 * leaf] + Array(repeating: leaf, count: 6), relative: 1e-11)
        assertClose(table.column(.coreness)!.values, Array(repeating: 1, count: 7))
    }

    ///     0 ── 1 ── 2 ── 3 ── 4 ── 5
    /// Betweenness of i: i·(5 − i) pairs straddle it, over C(5,2) = 10 → 0, .4, .6, .6, .4, 0.
    /// Closeness: 0 → 5/15, 1 → 5/11, 2 → 5/9 (symmetric).
    /// Harmonic: 0 → 1 + 1/2 + 1/3 + 1/4 + 1/5; 1 → 2 + 1/2 + 1/3 + 1/4; 2 → 2 + 2/2 + 1/3.
    func testPath() {
        let v = view(6, (0 ..< 5).map { (Int32($0), Int32($0 + 1), 1) })
        assertClose(v.betweenness(), [0, 0.4, 0.6, 0.6, 0.4, 0])
        assertClose(v.closeness(), [5.0 / 15, 5.0 / 11, 5.0 / 9, 5.0 / 9, 5.0 / 11, 5.0 / 15])
        let h0 = 1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4 + 1.0 / 5
        let h1 = 2 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4
        let h2 = 2 + 1.0 + 1.0 / 3
        assertClose(v.harmonic(), [h0, h1, h2, h2, h1, h0])
        XCTAssertEqual(v.coreNumbers(), [1, 1, 1, 1, 1, 1])
    }

    /// K5: everyone adjacent to everyone — betweenness 0, closeness 1, harmonic 4,
    /// eigenvector 1/√5, PageRank 1/5, coreness 4.
    func testComplete() throws {
        var ties: [(Int32, Int32, Double)] = []
        for a in 0 ..< 5 { for b in (a + 1) ..< 5 { ties.append((Int32(a), Int32(b), 1)) } }
        let table = view(5, ties).centrality()
        assertClose(table.column(.betweenness)!.values, Array(repeating: 0, count: 5))
        assertClose(table.column(.closeness)!.values, Array(repeating: 1, count: 5))
        assertClose(table.column(.harmonic)!.values, Array(repeating: 4, count: 5))
        assertClose(table.column(.eigenvector)!.values, Array(repeating: 1 / (5.0).squareRoot(), count: 5))
        assertClose(table.column(.pagerank)!.values, Array(repeating: 0.2, count: 5), relative: 1e-11)
        assertClose(table.column(.coreness)!.values, Array(repeating: 4, count: 5))
    }

    ///     0 ──→ 1 ──→ 2      (directed)
    /// Betweenness: 1 lies on 0→2, the only pair with a path through anyone: 1/((n−1)(n−2)) = 1/2.
    /// Closeness counts distances *to* the actor: 0 is reached by nobody → 0;
    /// 1 by {0} at 1 → (1/1)(1/2); 2 by {0, 1} at 2 + 1 → (2/3)(2/2). Harmonic: 0, 1, 1 + 1/2.
    func testDirectedPathUsesIncomingDistances() {
        let v = view(3, [(0, 1, 1), (1, 2, 1)], directed: true)
        assertClose(v.betweenness(), [0, 0.5, 0])
        assertClose(v.closeness(), [0, 0.5, 2.0 / 3])
        assertClose(v.harmonic(), [0, 1, 1.5])
        XCTAssertEqual(v.degrees(), [1, 2, 1])
        XCTAssertEqual(v.coreNumbers(), [1, 1, 1])
        XCTAssertThrowsError(try v.eigenvectorCentrality()) { error in
            XCTAssertTrue("\(error)".contains("not strongly connected"), "\(error)")
        }
    }

    ///          a
    ///     w=2 / \ w=2          lengths 1/2 + 1/2 == 1 exactly:
    ///        s ─── t           two shortest s–t paths, one through a
    ///          w=1
    /// Weighted betweenness of a: the pairs (s,t) and (t,s) give 1/2 each, over (n−1)(n−2) = 2
    /// → 1/2. Unweighted, s–t is direct and a brokers nothing.
    func testWeightedEqualLengthPathsShareTheCount() {
        let v = view(3, [(0, 1, 2), (1, 2, 2), (0, 2, 1)])
        assertClose(v.betweenness(weighted: true), [0, 0.5, 0])
        assertClose(v.betweenness(weighted: false), [0, 0, 0])
        // Closeness of s weighted: distances 1/2 to a and 1 to t → 2/1.5.
        assertClose(v.closeness(weighted: true), [2 / 1.5, 2 / 1.0, 2 / 1.5])
    }

    ///     ⟲ a ══ b      records: a–a (2), a–b (3), b–a (3) — a self-loop and parallel records
    /// Strength sums the records: a = 3 + 3 + 2·2 (a self-loop meets a at both ends) = 10,
    /// b = 6. Degree counts distinct partners: 1 each. Directed: the same sums (in + out).
    func testStrengthCountsRecordsAndSelfLoopsTwice() {
        let ties: [(Int32, Int32, Double)] = [(0, 0, 2), (0, 1, 3), (1, 0, 3)]
        for directed in [false, true] {
            let v = view(2, ties, directed: directed)
            XCTAssertEqual(v.strengths(), [10, 6])
            XCTAssertEqual(v.degrees(), [1, 1])
        }
    }

    /// Krackhardt kite, published in NetworkX's tests (3 decimals).
    func testKrackhardtKitePublishedValues() throws {
        let v = try TestSupport.load("Tests/Fixtures/graphs/kite").view()
        let betweenness = [0.023, 0.023, 0, 0.102, 0, 0.231, 0.231, 0.389, 0.222, 0]
        let closeness = [0.529, 0.529, 0.500, 0.600, 0.500, 0.643, 0.643, 0.600, 0.429, 0.310]
        for (a, e) in zip(v.betweenness(), betweenness) { XCTAssertEqual(a, e, accuracy: 0.0005) }
        for (a, e) in zip(v.closeness(), closeness) { XCTAssertEqual(a, e, accuracy: 0.0005) }
    }

    /// Florentine marriages: normalised betweenness and closeness as published.
    func testFlorentinePublishedValues() throws {
        let graph = try TestSupport.load("Datasets/florentine")
        let table = graph.view().centrality(CentralityOptions(measures: [.betweenness, .closeness]))
        let expected: [String: Double] = [
            "Medici": 0.522, "Guadagni": 0.255, "Albizzi": 0.212, "Salviati": 0.143, "Ridolfi": 0.114,
            "Bischeri": 0.104, "Strozzi": 0.103, "Barbadori": 0.093, "Tornabuoni": 0.092,
            "Castellani": 0.055, "Peruzzi": 0.022,
        ]
        let betweenness = table.column(.betweenness)!.values
        for (i, actor) in graph.actors.enumerated() {
            XCTAssertEqual(betweenness[i], expected[actor.id] ?? expected[actor.label] ?? 0, accuracy: 0.0005, actor.id)
        }
        let closeness = table.column(.closeness)!.values
        let medici = graph.actors.firstIndex { $0.id == "Medici" || $0.label == "Medici" }!
        let ridolfi = graph.actors.firstIndex { $0.id == "Ridolfi" || $0.label == "Ridolfi" }!
        XCTAssertEqual(closeness[medici], 0.560, accuracy: 0.0005)
        XCTAssertEqual(closeness[ridolfi], 0.500, accuracy: 0.0005)
    }

    /// A disconnected undirected view has no unique eigenvector: a reason, NaN values.
    func testEigenvectorUndefinedOnDisconnectedView() {
        let table = view(4, [(0, 1, 1), (2, 3, 1)]).centrality(CentralityOptions(measures: [.eigenvector]))
        let column = table.column(.eigenvector)!
        XCTAssertTrue(column.values.allSatisfy(\.isNaN))
        XCTAssertEqual(column.undefinedReason,
                       "the view is disconnected (2 components, 0 of them isolated actors), so the eigenvector is not unique (pagerank and harmonic are defined on every view)")
    }

    /// Duplicated measures are computed once and keep their first position.
    func testRequestedOrderAndDuplicates() {
        let table = view(3, [(0, 1, 1)]).centrality(CentralityOptions(measures: [.pagerank, .degree, .pagerank]))
        XCTAssertEqual(table.measures, [.pagerank, .degree])
    }
}
