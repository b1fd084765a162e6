import CollabGraph
import Foundation

/// Text, tables (CSV) and JSON of `collab test` and `collab model`, from typed results
/// (``UniformGraphTest``, ``DyadicLogisticModel``): the text report with the null's
/// histogram and the verdict's criterion, the `tests`/`histogram` and `terms`/`model`
/// tables.
public enum InferenceOutput {
    // MARK: - collab test

    /// One test as the command ran it.
    public struct TestRun: Sendable {
        /// The statistic as named on the command line (`ei:sector`).
        public var statistic: String
        public var test: UniformGraphTest
        /// Whether the view is directed.
        public var directed: Bool

        public init(statistic: String, test: UniformGraphTest, directed: Bool) {
            self.statistic = statistic
            self.test = test
            self.directed = directed
        }
    }

    /// The verdict's criterion: two-sided at 5%, each tail 2.5%.
    public static let tail = 0.025

    /// "higher than chance", "lower than chance" or "within chance".
    public static func verdict(_ test: UniformGraphTest) -> String {
        // Below 1/0.025 = 40 draws a tail share of 2.5% cannot be resolved.
        if test.nullValues.count < 40 { return "too few draws for a verdict (at least 40)" }
        if let p = test.pAtLeast, p <= tail { return "higher than chance" }
        if let p = test.pAtMost, p <= tail { return "lower than chance" }
        return "within chance"
    }

    /// What the null keeps, for sentences: "random graphs with the same degrees".
    public static func nullPhrase(_ null: UniformGraphNull, directed: Bool) -> String {
        switch null {
        case .size: return "random graphs of the same size (each pair tied with probability ½)"
        case .edges: return "random graphs with the same number of \(directed ? "arcs" : "ties")"
        case .dyads: return directed ? "random graphs with the same mutual, one-way and empty pairs" : "random graphs with the same number of ties"
        case .degree: return directed ? "random graphs with the same in- and out-degrees" : "random graphs with the same degrees"
        }
    }

    /// "0.004" or "< 0.001" when no draw reached the observed value.
    public static func pText(_ p: Double?, draws: Int) -> String {
        guard let p else { return "–" }
        if p == 0 { return "< " + NumberFormat.shortest(1 / Double(max(draws, 1))) }
        return NumberFormat.fixed(p, digits: 3)
    }

    public static func value(_ x: Double?) -> String {
        guard let x else { return "–" }
        return NumberFormat.fixed(x, digits: abs(x) >= 100 ? 1 : 4)
    }

    public static func testText(_ runs: [TestRun], name: String, notes: [String]) -> String {
        var out = "Conditional uniform graph tests — \(name)\n"
        for note in notes { out += "\(note)\n" }
        for run in runs {
            let test = run.test
            let draws = test.options.draws
            out += "\n\(run.statistic) against the \(test.options.null.rawValue) null: \(verdict(test))\n"
            out += "  observed      \(value(test.observed))\n"
            out += "  null mean     \(value(test.nullMean))   sd \(value(test.nullStandardDeviation))\n"
            let q = test.quantiles
            if q.count == UniformGraphTest.quantileProbabilities.count {
                out += "  null 2.5% … 97.5%   \(value(q[0])) … \(value(q[6]))   (median \(value(q[3])))\n"
            }
            out += "  p(≥) \(pText(test.pAtLeast, draws: test.nullValues.count))   p(≤) \(pText(test.pAtMost, draws: test.nullValues.count))\n"
            if test.undefinedDraws > 0 {
                out += "  \(test.undefinedDraws) of \(draws) random graphs left out: the statistic is undefined on them\n"
            }
            out += histogram(test).map { "  " + $0 + "\n" }.joined()
            out += "  " + sentence(run) + "\n"
        }
        out += "\nVerdict: higher (lower) than chance when p(≥) (p(≤)) ≤ \(NumberFormat.shortest(tail)), i.e. outside the middle 95% of the null; otherwise within chance.\n"
        return out
    }

    /// Where the observed value sits among the draws, and what that means for E–I and
    /// modularity.
    public static func sentence(_ run: TestRun) -> String {
        let test = run.test
        let n = test.nullValues.count
        let phrase = nullPhrase(test.options.null, directed: run.directed)
        let below = test.nullValues.filter { $0 < test.observed }.count
        let above = test.nullValues.filter { $0 > test.observed }.count
        var text: String
        if below == 0 && above == 0 {
            return "\(run.statistic) has the same value on all \(n) \(phrase): this null fixes it, so the test says nothing."
        }
        if below == n { text = "\(run.statistic) is above its value on all \(n) \(phrase)" }
        else if above == n { text = "\(run.statistic) is below its value on all \(n) \(phrase)" }
        else {
            let equal = n - below - above
            text = "\(run.statistic) is above its value on \(below)\(equal > 0 ? ", equal to it on \(equal)," : "") and below it on \(above) of \(n) \(phrase)"
        }
        let parts = run.statistic.split(separator: ":", maxSplits: 1).map(String.init)
        let verdict = verdict(test)
        if parts.count == 2, verdict == "higher than chance" || verdict == "lower than chance" {
            let higher = verdict == "higher than chance"
            switch parts[0] {
            case "ei":
                text += higher ? ": ties cross '\(parts[1])' lines more than chance" : ": ties stay within the same '\(parts[1])' more than chance"
            case "modularity":
                text += higher ? ": the '\(parts[1])' groups are more separate than chance" : ": the '\(parts[1])' groups are less separate than chance"
            default: break
            }
        }
        return text + "."
    }

    /// A small histogram of the null (12 bins), the observed value marked (or placed
    /// beyond the bins), and the bins beyond the null's 2.5% and 97.5% quantiles (the
    /// verdict's criterion) flagged.
    static func histogram(_ test: UniformGraphTest) -> [String] {
        guard let histogram = test.histogram(bins: 12) else { return [] }
        let width = (histogram.upper - histogram.lower) / Double(histogram.counts.count)
        let top = max(1, histogram.counts.max() ?? 1)
        let q = test.quantiles
        let observedLine = "observed".padding(toLength: 22, withPad: " ", startingAt: 0) + "◆ \(value(test.observed))"
        var lines: [String] = []
        if histogram.observedBin == nil && test.observed < histogram.lower { lines.append(observedLine + " (below every random graph)") }
        for (k, count) in histogram.counts.enumerated() {
            let low = histogram.lower + Double(k) * width, high = low + width
            let bar = String(repeating: "█", count: count == 0 ? 0 : max(1, count * 30 / top))
            var mark = ""
            if k == histogram.observedBin { mark = "  ◆ observed \(value(test.observed))" }
            else if count > 0, width > 0, q.count == 7, high <= q[0] || low >= q[6] { mark = "  (beyond 2.5%)" }
            let range = width > 0 ? "\(value(low)) … \(value(high))" : value(low)
            lines.append(range.padding(toLength: 22, withPad: " ", startingAt: 0) + "│" + bar.padding(toLength: 31, withPad: " ", startingAt: 0) + String(count).leftPadded(6) + mark)
        }
        if histogram.observedBin == nil && test.observed > histogram.upper { lines.append(observedLine + " (above every random graph)") }
        return lines
    }

    /// `tests` (one row per statistic and null: the view it ran on, `directed` or
    /// `undirected`, which can differ from the run's view — the report's reciprocity test
    /// runs on the directed view of an undirected run —, observed, p-values, the null's mean, sd and
    /// quantiles, the verdict) and `histogram` (12 bins of each null, the observed value's
    /// bin flagged).
    public static func testTables(_ runs: [TestRun]) -> [BrokerageTable] {
        // Column names of ``UniformGraphTest/quantileProbabilities``.
        let labels = ["q025", "q05", "q25", "q50", "q75", "q95", "q975"]
        var rows: [[BrokerageCell]] = []
        var bins: [[BrokerageCell]] = []
        for run in runs {
            let test = run.test
            let q = test.quantiles
            rows.append([.text(run.statistic), .text(test.options.null.rawValue), .text(run.directed ? "directed" : "undirected"), .number(test.observed),
                         .number(test.pAtLeast), .number(test.pAtMost), .number(test.nullMean), .number(test.nullStandardDeviation)]
                        + UniformGraphTest.quantileProbabilities.indices.map { .number(q.isEmpty ? nil : q[$0]) }
                        + [.count(test.options.draws), .count(test.undefinedDraws), .text(String(test.options.seed)),
                           .number(test.options.null == .degree ? Double(test.options.swapsPerTie) : nil), .text(verdict(test))])
            if let histogram = test.histogram(bins: 12) {
                let width = (histogram.upper - histogram.lower) / Double(histogram.counts.count)
                for (k, count) in histogram.counts.enumerated() {
                    bins.append([.text(run.statistic), .text(test.options.null.rawValue), .count(k + 1),
                                 .number(histogram.lower + Double(k) * width), .number(histogram.lower + Double(k + 1) * width),
                                 .count(count), .text(histogram.observedBin == k ? "true" : "false")])
                }
            }
        }
        return [
            BrokerageTable(name: "tests", columns: ["statistic", "null", "view", "observed", "p_at_least", "p_at_most", "null_mean", "null_sd"]
                           + labels + ["draws", "undefined_draws", "seed", "swaps_per_tie", "verdict"], rows: rows),
            BrokerageTable(name: "histogram", columns: ["statistic", "null", "bin", "lower", "upper", "draws", "observed_here"], rows: bins),
        ]
    }

    // MARK: - collab model

    /// A fitted model with what the text needs around it.
    public struct ModelRun: Sendable {
        public var model: DyadicLogisticModel
        public var name: String
        public var directed: Bool
        public var notes: [String]

        public init(model: DyadicLogisticModel, name: String, directed: Bool, notes: [String]) {
            self.model = model
            self.name = name
            self.directed = directed
            self.notes = notes
        }

        /// The notes and, for separated terms, what was done about them.
        public var allNotes: [String] {
            var all = notes
            let separated = model.coefficients.filter { $0.separation != nil }
            if !separated.isEmpty {
                let list = separated.map { c in
                    "\(c.name) (\(c.separation == .positiveInfinity ? "every pair it touches is tied: +∞" : "no pair it touches is tied: −∞"))"
                }.joined(separator: "; ")
                all.append("perfect separation, no finite estimate for \(list); the \(model.setAsideDyads) pairs concerned are set aside and the other terms estimated on the remaining \(model.dyads)")
            }
            return all
        }
    }

    public static func modelText(_ run: ModelRun) -> String {
        let model = run.model
        var out = "Tie-formation model (dyad-independent ERGM) — \(run.name)\n"
        out += "\(model.dyads) \(run.directed ? "ordered pairs" : "pairs") of distinct actors, \(model.ties) tied\n\n"
        let nameWidth = max(24, (model.coefficients.map(\.name.count).max() ?? 0) + 2)
        out += "term".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + "estimate".leftPadded(10) + "std. error".leftPadded(12) + "z".leftPadded(9) + "p".leftPadded(10) + "odds ratio".leftPadded(12) + "\n"
        for c in model.coefficients {
            var line = c.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            if let estimate = c.estimate, let se = c.standardError, let z = c.z, let p = c.p {
                line += NumberFormat.fixed(estimate, digits: 4).leftPadded(10) + NumberFormat.fixed(se, digits: 4).leftPadded(12)
                    + NumberFormat.fixed(z, digits: 2).leftPadded(9)
                    + (p < 0.001 ? "< 0.001" : NumberFormat.fixed(p, digits: 3)).leftPadded(10)
                    + NumberFormat.fixed(Foundation.exp(estimate), digits: 3).leftPadded(12)
            } else {
                line += (c.separation == .positiveInfinity ? "+∞" : "−∞").leftPadded(10) + "(separated: not estimated)".leftPadded(40)
            }
            out += line + "\n"
        }
        let k = model.coefficients.filter { $0.estimate != nil }.count
        out += "\nLog-likelihood \(NumberFormat.fixed(model.logLikelihood, digits: 2)); AIC \(NumberFormat.fixed(model.aic, digits: 2)); BIC \(NumberFormat.fixed(model.bic, digits: 2)) (\(k) estimated coefficients, \(model.iterations) Newton steps).\n"
        out += "Estimates are log-odds of a tie; odds ratio = exp(estimate), other terms held equal.\n"
        for note in run.allNotes { out += "Note: \(note).\n" }
        return out
    }

    /// `terms` (estimate, standard error, z, p and odds ratio per column; empty cells and a
    /// `separation` of `+inf`/`-inf` where the estimate does not exist) and `model`
    /// (log-likelihood, AIC, BIC, dyads, ties, dyads set aside, Newton steps).
    public static func modelTables(_ run: ModelRun) -> [BrokerageTable] {
        let model = run.model
        let terms: [[BrokerageCell]] = model.coefficients.map { c in
            [.text(c.name), .number(c.estimate), .number(c.standardError), .number(c.z), .number(c.p),
             .number(c.estimate.map { Foundation.exp($0) }), .text(c.separation?.rawValue ?? "")]
        }
        let summary: [[BrokerageCell]] = [
            [.text("log_likelihood"), .number(model.logLikelihood)],
            [.text("aic"), .number(model.aic)],
            [.text("bic"), .number(model.bic)],
            [.text("dyads"), .count(model.dyads)],
            [.text("ties"), .count(model.ties)],
            [.text("set_aside_dyads"), .count(model.setAsideDyads)],
            [.text("iterations"), .count(model.iterations)],
        ]
        return [
            BrokerageTable(name: "terms", columns: ["term", "estimate", "std_error", "z", "p", "odds_ratio", "separation"], rows: terms),
            BrokerageTable(name: "model", columns: ["measure", "value"], rows: summary),
        ]
    }
}

extension String {
    /// Right-aligned in `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
