import CollabGraph

/// The report's "is it more than chance?" tests: conditional uniform graph tests
/// (``UniformGraphTest``) of the statistics behind the verdict and the seeds' claims, each
/// against the null that asks the question:
///
/// | statistic | null | question |
/// |---|---|---|
/// | reciprocity (directed records only) | edges: the same number of arcs | do ties run both ways more than chance? (the verdict's "two-way" criterion) |
/// | transitivity | edges: the same number of ties | are partners of partners tied more than chance? |
/// | degree centralization | edges | is the system more centred on a few actors than chance? |
/// | E–I index of the run's groups (with a group attribute) | degree: every actor keeps its degree | do ties cross groups more than chance once degree is held fixed? |
///
/// On the study actors (``AnalysisContext/studyView``), ties binary. Draws run in
/// parallel and are deterministic for any thread count (see ``UniformGraphTest``); a
/// statistic undefined on the observed graph (no connected triple, no ties) is left out.
///
/// - Complexity: `draws` × (one random graph + one statistic) per test: O(draws (n + Q m))
///   for the degree null, O(draws Σ_v k_v²) for transitivity.
public struct ChanceTests: Sendable {
    /// One test of the set.
    public struct Test: Sendable {
        /// The statistic's name as `collab test` spells it: "reciprocity", "transitivity", "ei:sector".
        public let name: String
        public let test: UniformGraphTest
        /// Whether the test ran on the directed view.
        public let directed: Bool
    }

    public let tests: [Test]
    public let draws: Int
    public let seed: UInt64

    /// Draws per test in the report: enough for a 2.5% tail (at least 40) with Monte Carlo
    /// error of about ±0.005 on p, quick on tens of thousands of ties.
    public static let reportDraws = 1000
    /// The fewest draws the report makes on a large network (p to about ±0.02).
    public static let reportMinimumDraws = 100
    /// Ties × draws the report spends per test at most: 1,000 draws up to 50,000 ties,
    /// fewer above (never under ``reportMinimumDraws``), so a European-scale network's
    /// tests take seconds, not minutes.
    public static let reportTieDrawBudget = 50_000_000
    public static let reportSeed: UInt64 = 1

    /// Draws per test for a report on a network of `ties` ties: ``reportDraws`` while
    /// `ties` × draws stays within ``reportTieDrawBudget``, else the budget's share; nil
    /// when even ``reportMinimumDraws`` would exceed it (the report then says the tests
    /// were not run and `collab test` runs them). The page and the methods state the number.
    public static func reportDraws(ties: Int) -> Int? {
        guard ties > 0 else { return reportDraws }
        let affordable = reportTieDrawBudget / ties
        return affordable < reportMinimumDraws ? nil : min(reportDraws, affordable)
    }

    /// The tests above on `view` (and `directedView` for reciprocity, nil when the records
    /// carry no direction), `groups` for E–I (nil without a group attribute).
    public init(view: GraphView, directedView: GraphView?, groups: ActorGroups?, draws: Int = ChanceTests.reportDraws,
                seed: UInt64 = ChanceTests.reportSeed, threads: Int? = nil) {
        var planned: [(name: String, view: GraphView, statistic: GraphStatistic, null: UniformGraphNull)] = []
        if let directedView { planned.append(("reciprocity", directedView, .reciprocity, .edges)) }
        planned.append(("transitivity", view, .transitivity, .edges))
        planned.append(("degree-centralization", view, .degreeCentralization, .edges))
        if let groups, let attribute = groups.attribute { planned.append(("ei:" + attribute, view, .eiIndex(groups), .degree)) }
        tests = planned.compactMap { plan in
            let options = UniformGraphTestOptions(null: plan.null, draws: draws, seed: seed, threads: threads)
            guard let test = try? UniformGraphTest(view: plan.view, statistic: plan.statistic, options: options) else { return nil }
            return Test(name: plan.name, test: test, directed: plan.view.isDirected)
        }
        self.draws = draws
        self.seed = seed
    }
}
