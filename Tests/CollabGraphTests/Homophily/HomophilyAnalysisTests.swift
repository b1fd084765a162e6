import CollabGraph
import Foundation
import XCTest

/// Homophily (E–I index, Yule's Q, assortativity) on a graph derived by hand, and the
/// permutation null of the E–I test checked statistically.
final class HomophilyAnalysisTests: XCTestCase {
    func view(_ n: Int, _ ties: [(Int, Int)]) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                  weights: ties.map { _ in 1 }, directed: false)
    }

    /// Two groups of three, ties only inside them (two triangles' worth: 0–1–2 closed, 3–4–5
    /// a path): E = 0, I = 5, E–I = −1; Yule's Q: a = 5 within-group ties, b = 6 − 5, c = 0,
    /// d = 9: (45 − 0)/(45 + 0) = 1; assortativity: e = diag(0.6, 0.4), Σ a_i b_i = 0.52,
    /// r = (1 − 0.52)/(1 − 0.52) = 1. Expected E–I of the possible ties: (9 − 6)/15 = 0.2.
    func testPerfectlyHomophilousGraph() {
        let graph = view(6, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5)])
        let groups = ActorGroups(labels: ["A", "A", "A", "B", "B", "B"])
        let analysis = HomophilyAnalysis(view: graph, groups: groups, permutations: 200, seed: 3)
        XCTAssertEqual(analysis.network.index, -1)
        XCTAssertClose(analysis.network.expected!, 0.2)
        XCTAssertEqual(analysis.yulesQ, 1)
        XCTAssertClose(analysis.attributeAssortativity!, 1)
        XCTAssertEqual(analysis.perGroup.map(\.index), [-1, -1])
        // −1 is the smallest possible index: p(≤) counts only permutations that also keep
        // every tie inside (probability 2/20 per labelling): well below 0.5; p(≥) is 1.
        XCTAssertEqual(analysis.network.pUpper, 1)
        XCTAssertLessThan(analysis.network.pLower!, 0.3)
        XCTAssertEqual(analysis.sentence(attribute: "sector")?.hasPrefix("Ties stay within sectors: E–I −1.00 (expected +0.20)"), true)
    }

    /// The permuted network E–I index has mean equal to the expected value (each tie is
    /// within a group with probability I*/(I* + E*) under label permutation): the mean of
    /// 4000 seeded permutations must lie within 4 standard errors of it. Same seed, same
    /// result.
    func testPermutationNullMatchesExpectedValue() throws {
        let graph = try TestSupport.load("Datasets/karate")
        let view = graph.view(ViewOptions(directed: false))
        let groups = ActorGroups(graph: graph, attribute: "club")
        let analysis = HomophilyAnalysis(view: view, groups: groups, permutations: 4000, seed: 11)
        let mean = analysis.network.permutationMean!, sd = analysis.network.permutationStandardDeviation!
        XCTAssertGreaterThan(sd, 0)
        XCTAssertLessThan(abs(mean - analysis.network.expected!), 4 * sd / Double(4000).squareRoot())
        // Karate's clubs are strongly inward: no permutation reaches the observed index.
        XCTAssertEqual(analysis.network.pLower, 1.0 / 4001)
        let again = HomophilyAnalysis(view: view, groups: groups, permutations: 4000, seed: 11)
        XCTAssertEqual(again.network, analysis.network)
        XCTAssertEqual(again.perGroup, analysis.perGroup)
    }
}
