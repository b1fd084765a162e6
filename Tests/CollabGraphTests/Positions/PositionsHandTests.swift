import CollabGraph
import Foundation
import XCTest

/// Positions, centralization, overlap and ego composition on small graphs derived by hand.
final class PositionsHandTests: XCTestCase {
    func view(_ n: Int, _ ties: [(Int, Int)], weights: [Double]? = nil, directed: Bool = false) -> GraphView {
        GraphView(nodeCount: n, sources: ties.map { Int32($0.0) }, targets: ties.map { Int32($0.1) },
                  weights: weights ?? ties.map { _ in 1 }, directed: directed)
    }

    /// Star with hub 0:
    ///
    ///       1
    ///       |
    ///   2 — 0 — 3
    ///
    /// Leaves 1 and 2, compared on k ∉ {1, 2} = {0, 3}: rows (1, 0) and (1, 0), columns the
    /// same → d = 0, r = 1 (profile (1, 0, 1, 0) twice). Hub 0 and leaf 1 on k ∈ {2, 3}:
    /// hub (1, 1 | 1, 1), leaf (0, 0 | 0, 0) → d = √4 = 2; the hub's profile is constant →
    /// r = 0 (sna's NA → 0), with itself too: its diagonal is 0, the leaves' 1.
    func testStructuralEquivalenceOfAStar() {
        let star = view(4, [(0, 1), (0, 2), (0, 3)])
        let d = star.structuralEquivalence(.euclidean)
        let r = star.structuralEquivalence(.correlation)
        XCTAssertEqual(d[1, 2], 0)
        XCTAssertEqual(r[1, 2], 1)
        XCTAssertEqual(d[0, 1], 2)
        XCTAssertEqual(d[1, 0], 2)
        XCTAssertEqual(r[0, 1], 0)
        XCTAssertEqual((0 ..< 4).map { d[$0, $0] }, [0, 0, 0, 0])
        XCTAssertEqual((0 ..< 4).map { r[$0, $0] }, [0, 1, 1, 1])
        // An isolate correlates 0 with everything, itself included.
        let withIsolate = view(5, [(0, 1), (0, 2), (0, 3)]).structuralEquivalence(.correlation)
        XCTAssertEqual(withIsolate[4, 4], 0)
        XCTAssertEqual(withIsolate[4, 1], 0)
    }

    /// Points on a line at 0, 1, 3, 7 (d = |x_i − x_j|):
    /// single: {0,1} at 1, +2 at 2 (min(3, 2)), +3 at 4;
    /// complete: {0,1} at 1, +2 at 3 (max(3, 2)), +3 at 7 (max(7, 6, 4));
    /// average: {0,1} at 1, +2 at 2.5 ((3 + 2)/2), +3 at 17/3 ((7 + 6 + 4)/3).
    func testHierarchicalClusteringOnALine() {
        let x = [0.0, 1, 3, 7]
        let d = SquareMatrix(order: 4, values: x.flatMap { a in x.map { b in abs(a - b) } })
        XCTAssertEqual(d.hierarchicalClustering(.single).heights, [1, 2, 4])
        XCTAssertEqual(d.hierarchicalClustering(.complete).heights, [1, 3, 7])
        let average = d.hierarchicalClustering(.average)
        XCTAssertEqual(average.heights[0 ..< 2], [1, 2.5])
        XCTAssertEqual(average.heights[2], 17.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(average.rMerge, [[-1, -2], [-3, 1], [-4, 2]])
        XCTAssertEqual(d.hierarchicalClustering(.complete).cut(clusters: 2), [0, 0, 0, 1])
        XCTAssertEqual(d.hierarchicalClustering(.complete).cut(clusters: 3), [0, 0, 1, 2])
        XCTAssertEqual(d.hierarchicalClustering(.single).cut(height: 2), [0, 0, 0, 1])
        XCTAssertEqual(d.hierarchicalClustering(.single).cut(height: 0.5), [0, 1, 2, 3])
    }

    /// The published CONCOR example of the R package concorR (its README and CRAN manual):
    /// the directed 5-actor matrix, columns a–e = (0,0,0,0,1), (1,0,1,0,1), (1,1,0,1,1),
    /// (1,0,1,0,1), (1,0,0,0,0), splits once into {b, c, d} (block 1) and {a, e} (block 2).
    func testConcorReproducesThePublishedExample() {
        let columns: [[Int]] = [[0, 0, 0, 0, 1], [1, 0, 1, 0, 1], [1, 1, 0, 1, 1], [1, 0, 1, 0, 1], [1, 0, 0, 0, 0]]
        var ties: [(Int, Int)] = []
        for (j, column) in columns.enumerated() { for (i, value) in column.enumerated() where value == 1 { ties.append((i, j)) } }
        let result = view(5, ties, directed: true).concor(ConcorOptions(splits: 1))
        XCTAssertEqual(result.positions, [1, 0, 0, 0, 1])
        XCTAssertEqual(result.positionCount, 2)
        XCTAssertTrue(result.converged)
    }

    /// K(2,3), two sides {0, 1} and {2, 3, 4}, plus the isolate 5: one split separates the
    /// sides (each side's members are structurally equivalent: correlation 1 within, −1
    /// across); the isolate is a position of its own, last. A second split changes nothing:
    /// inside {0, 1} both profiles are constant on the compared cells (tied to all of 2, 3,
    /// 4), an undefined correlation, which never splits a block.
    ///
    ///   0   1
    ///   |\ /|\
    ///   2 3 4 (every 0/1–2/3/4 pair tied)     5
    func testConcorSeparatesTheSidesOfACompleteBipartiteGraph() {
        let g = view(6, [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)])
        let one = g.concor(ConcorOptions(splits: 1))
        XCTAssertEqual(one.positionCount, 3)
        XCTAssertEqual(Set([one.positions[0], one.positions[1]]).count, 1)
        XCTAssertEqual(Set([one.positions[2], one.positions[3], one.positions[4]]).count, 1)
        XCTAssertNotEqual(one.positions[0], one.positions[2])
        XCTAssertEqual(one.positions[5], 2)
        XCTAssertEqual(g.concor(ConcorOptions(splits: 2)).positions, one.positions)
    }

    /// A directed hierarchy: boss 0 → managers 1, 2; 1 → workers 3, 4; 2 → workers 5, 6;
    /// 7 an isolate.
    ///
    ///          0
    ///        ↙   ↘
    ///       1     2
    ///      ↙ ↘   ↙ ↘
    ///     3   4 5   6        7
    ///
    /// Pass 1 (E = 1): workers 3, 4: each has one in-tie from a manager, matched by the
    /// other's → M = 1 + 1, deg 1 + 1 → 1. Boss 0 vs manager 1: the boss's two out-ties are
    /// matched by 1's out-ties (2); of 1's ties, the in-tie from 0 finds no in-tie of the
    /// boss (0) and its two out-ties are matched (1 + 1): M = 4, deg 2 + 3 → 4/5. An isolate
    /// vs a tied actor: 0; two isolates would be 1. Managers and workers stay 1 at any pass.
    func testRegeOfAHierarchy() {
        let g = view(8, [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6)], directed: true)
        let once = g.regularEquivalence(RegularEquivalenceOptions(iterations: 1))
        XCTAssertEqual(once[0, 1], 0.8)
        XCTAssertEqual(once[1, 0], 0.8)
        XCTAssertEqual(once[3, 4], 1)
        XCTAssertEqual(once[3, 7], 0)
        XCTAssertEqual(once[7, 7], 1)
        let three = g.regularEquivalence()
        XCTAssertEqual(three[1, 2], 1)
        XCTAssertEqual(three[3, 6], 1)
        XCTAssertLessThan(three[0, 1], 0.8)
        XCTAssertEqual(view(2, [], directed: true).regularEquivalence()[0, 1], 1)
    }

    /// Two triangles {0, 1, 2} and {3, 4, 5} joined by the tie 2–3, positions by triangle.
    /// Ordered cells: 6 within each position (all tied), 18 across (2 tied: 2→3, 3→2).
    /// Densities 1 and 2/18 = 1/9; α = view density 7/15 → image [[1, 0], [0, 1]]; errors:
    /// the bridge's 2 cells in a 0-block. R²: Σx = 14, Σy = 12 + 18/9 = 14, Σy² = 110/9,
    /// Σxy = 110/9 over N = 30 → cov = var_y = 256/45, var_x = 336/45 → R² = 16/21.
    func testBlockmodelOfTwoTriangles() {
        let g = view(6, [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3)])
        let model = Blockmodel(g, positions: [0, 0, 0, 1, 1, 1])
        XCTAssertEqual(model.sizes, [3, 3])
        XCTAssertEqual(model.density[0][0], 1)
        XCTAssertEqual(model.density[0][1]!, 1.0 / 9, accuracy: 1e-15)
        XCTAssertEqual(model.alpha, 7.0 / 15, accuracy: 1e-15)
        XCTAssertEqual(model.image, [[true, false], [false, true]])
        XCTAssertEqual(model.errors, 2)
        XCTAssertEqual(model.rSquared!, 16.0 / 21, accuracy: 1e-12)
        // A one-actor position has no cells of its own.
        let single = Blockmodel(g, positions: [0, 0, 0, 1, 1, 2])
        XCTAssertNil(single.density[2][2])
        XCTAssertFalse(single.image[2][2])
    }

    /// Colleges 0, 1, 2; employers 3, 4, 5; 0–3, 0–4, 1–4, 1–5, 2–5:
    ///
    ///   0   1   2
    ///   |\  |\  |
    ///   3  4   5
    ///
    /// J(0, 1) = |{4}| / |{3, 4, 5}| = 1/3, J(0, 2) = 0; employer 4 and 5 face two
    /// colleges each ("multiple demands"), 3 one; the overlap network is 0–1 and 1–2.
    func testPartnerOverlapOfThreeColleges() {
        let g = view(6, [(0, 3), (0, 4), (1, 4), (1, 5), (2, 5)])
        let kinds: [Int32] = [0, 0, 0, 1, 1, 1]
        let overlap = PartnerOverlap(g, focal: kinds.map { $0 == 0 }, groupOf: kinds, groupCount: 2)
        XCTAssertEqual(overlap.jaccard(0, 1), 1.0 / 3)
        XCTAssertEqual(overlap.jaccard(0, 2), 0)
        XCTAssertEqual(overlap.jaccard(0, 0), 1)
        XCTAssertEqual(overlap.shared[0][1], 1)
        XCTAssertEqual(overlap.sharedByGroup[1][0][1], 1)
        XCTAssertEqual(overlap.sharedByGroup[0][0][1], 0)
        XCTAssertEqual(overlap.demands, [0, 0, 0, 1, 2, 2])
        XCTAssertEqual(overlap.overlapNetwork().map { [$0.first, $0.second] }, [[0, 1], [1, 2]])
    }

    /// Ego 0 (sector A) with alters 1 (A), 2 (A), 3 (B), 4 (no sector); actor 5 (C) alone.
    /// K = 3 categories (A, B, C). Blau = 1 − (2/3)² − (1/3)² = 4/9; IQV = (4/9)/(1 − 1/3)
    /// = 2/3; E–I = (1 − 2)/3 = −1/3. Alter 3 has one alter (0, sector A): Blau 0, IQV 0,
    /// E–I +1. Actor 4 has no sector: Blau 0 from its one alter, no E–I. Actor 5: no alters.
    func testEgoCompositionByHand() {
        let g = view(6, [(0, 1), (0, 2), (0, 3), (0, 4)])
        let composition = EgoComposition(g, category: [0, 0, 0, 1, -1, 2], categoryCount: 3)
        XCTAssertEqual(composition.blau[0]!, 4.0 / 9, accuracy: 1e-15)
        XCTAssertEqual(composition.iqv[0]!, 2.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(composition.ei[0]!, -1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(composition.blau[3], 0)
        XCTAssertEqual(composition.ei[3], 1)
        XCTAssertEqual(composition.blau[4], 0)
        XCTAssertNil(composition.ei[4])
        XCTAssertNil(composition.blau[5])
        XCTAssertNil(composition.iqv[5])
        XCTAssertNil(EgoComposition(g, category: [0, 0, 0, 0, 0, 0], categoryCount: 1).iqv[0])
    }

    /// A star of 5 is as centralised as a graph can be: every index 1. K4: every index 0.
    /// The directed out-star 0 → 1…4: out-degree centralization 1; in-degrees (0, 1, 1, 1, 1)
    /// give Σ(1 − in) = 1 over (n − 1)² = 16 → 1/16; betweenness 0 (no two-step paths).
    func testCentralizationOfStarsAndCliques() {
        let star = view(5, [(0, 1), (0, 2), (0, 3), (0, 4)]).centralization()
        XCTAssertEqual(star.degree, 1)
        XCTAssertEqual(star.betweenness, 1)
        XCTAssertEqual(star.closeness!, 1, accuracy: 1e-15)
        XCTAssertFalse(star.closenessIsDegenerate)
        let clique = view(4, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]).centralization()
        XCTAssertEqual([clique.degree, clique.betweenness, clique.closeness], [0, 0, 0])
        let outStar = view(5, [(0, 1), (0, 2), (0, 3), (0, 4)], directed: true).centralization()
        XCTAssertEqual(outStar.outDegree, 1)
        XCTAssertEqual(outStar.inDegree, 1.0 / 16)
        XCTAssertEqual(outStar.betweenness, 0)
        XCTAssertTrue(outStar.closenessIsDegenerate)
        let pair = view(2, [(0, 1)]).centralization()
        XCTAssertNil(pair.degree)
        XCTAssertNil(pair.closeness)
    }
}
