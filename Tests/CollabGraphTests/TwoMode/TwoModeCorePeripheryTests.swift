import CollabGraph
import XCTest

final class TwoModeCorePeripheryTests: XCTestCase {
    /// A planted core: actors a0–a2 in networks n0–n2 (a full 3 × 3 block); a0 is also in
    /// n3–n7 and a3–a7 are in n0 only (cells of the mixed blocks, which the model ignores);
    /// the periphery × periphery block (a3–a7 × n3–n7) is empty. The ideal is met exactly:
    /// fit 1, core {a0, a1, a2} × {n0, n1, n2}, densities 1 (core × core) and 0
    /// (periphery × periphery).
    func testPlantedCore() throws {
        var pairs: [(String, String)] = []
        for a in 0 ..< 3 { for n in 0 ..< 3 { pairs.append(("a\(a)", "n\(n)")) } }
        for n in 3 ..< 8 { pairs.append(("a0", "n\(n)")) }
        for a in 3 ..< 8 { pairs.append(("a\(a)", "n0")) }
        let model = TwoModeGraphs.make(actors: (0 ..< 8).map { ("a\($0)", "") }, memberships: pairs)
        let g = try TwoModeGraph(model)
        let cp = TwoModeCorePeriphery(g)
        XCTAssertEqual(cp.fit, 1)
        XCTAssertEqual(cp.actorCore, [true, true, true, false, false, false, false, false])
        XCTAssertEqual(cp.networkCore, [true, true, true, false, false, false, false, false])
        XCTAssertEqual(cp.densities[0], 1)
        XCTAssertEqual(cp.densities[3], 0)
        // Core actors × peripheral networks: a0's 5 of 3 × 5 cells.
        XCTAssertClose(cp.densities[1]!, 5.0 / 15)
    }

    /// The fit of a given split on the box (x, y ∈ P, Q; z ∈ Q), from its definition:
    /// - core {x, y} × {P}: core cells x·P = y·P = 1 (ideal 1), periphery cell z·Q = 1
    ///   (ideal 0): the data are constant, the correlation undefined → nil;
    /// - core {x, y} × {Q}: core cells 1, 1 (ideal 1), periphery cell z·P = 0 (ideal 0):
    ///   data and ideal agree → 1.
    func testFitOfAGivenSplit() throws {
        let g = try TwoModeGraph(TwoModeGraphs.box)
        XCTAssertNil(TwoModeCorePeriphery.fit(g, actorCore: [true, true, false], networkCore: [true, false]))
        XCTAssertEqual(TwoModeCorePeriphery.fit(g, actorCore: [true, true, false], networkCore: [false, true]), 1)
    }

    /// On small seeded random graphs the search reaches the best fit over every split
    /// (2^(n_a + n_n) of them, sizes limited as the model requires).
    func testSearchReachesTheExhaustiveOptimum() throws {
        for seed in UInt64(1) ... 8 {
            let g = try TwoModeGraph(TwoModeGraphs.random(actors: 7, networks: 6, p: 0.4, seed: seed))
            let nr = g.actorCount, nc = g.networkCount
            guard nr >= 6, nc >= 6 else { continue }
            var best = -Double.infinity
            for rowMask in 0 ..< (1 << nr) {
                let rows = (0 ..< nr).map { rowMask >> $0 & 1 == 1 }
                let r = rows.filter { $0 }.count
                guard r >= 3, r <= nr - 3 else { continue }
                for colMask in 0 ..< (1 << nc) {
                    let cols = (0 ..< nc).map { colMask >> $0 & 1 == 1 }
                    let c = cols.filter { $0 }.count
                    guard c >= 3, c <= nc - 3 else { continue }
                    if let fit = TwoModeCorePeriphery.fit(g, actorCore: rows, networkCore: cols) { best = max(best, fit) }
                }
            }
            let cp = TwoModeCorePeriphery(g)
            XCTAssertClose(cp.fit ?? -.infinity, best, "seed \(seed)")
        }
    }

    func testSameSeedSameSplit() throws {
        let g = try TwoModeGraph(TwoModeGraphs.random(actors: 40, networks: 30, p: 0.15, seed: 11))
        XCTAssertEqual(TwoModeCorePeriphery(g, options: .init(seed: 5)), TwoModeCorePeriphery(g, options: .init(seed: 5)))
    }
}
