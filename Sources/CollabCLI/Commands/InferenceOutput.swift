import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// Text, CSV and JSON of `collab test` and `collab model`: every sentence the two commands
/// print, from typed results (``UniformGraphTest``, ``DyadicLogisticModel``).
enum InferenceOutput {
    // MARK: - collab test

    struct TestRun {
        /// The statistic as named on the command line (`ei:sector`).
        var statistic: String
        var test: UniformGraphTest
        /// Whether the view is directed.
        var directed: Bool
    }

    /// The verdict's criterion: two-sided at 5%, each tail 2.5%.
    static let tail = 0.025

    /// "higher than chance", "lower than chance" or "within chance".
    static func verdict(_ test: UniformGraphTest) -> String {
        if let p = test.pAtLeast, p <= tail { return "higher than chance" }
        if let p = test.pAtMost, p <= tail { return "lower than chance" }
        return "within chance"
    }

    /// What the null keeps, for sentences: "random graphs with the same degrees".
    static func nullPhrase(_ null: UniformGraphNull, directed: Bool) -> String {
        switch null {
        case .size: return "random graphs of the same size (each pair tied with probability ½)"
        case .edges: return "random graphs with the same number of \(directed ? "arcs" : "ties")"
        case .dyads: return directed ? "random graphs with the same mutual, one-way and empty pairs" : "random graphs with the same number of ties"
        case .degree: return directed ? "random graphs with the same in- and out-degrees" : "random graphs with the same degrees"
        }
    }

    /// "0.004" or "< 0.001" when no draw reached the observed value.
    static func pText(_ p: Double?, draws: Int) -> String {
        guard let p else { return "–" }
        if p == 0 { return "< " + NumberFormat.shortest(1 / Double(max(draws, 1))) }
        return NumberFormat.fixed(p, digits: 3)
    }

    static func value(_ x: Double?) -> String {
        guard let x else { return "–" }
        return NumberFormat.fixed(x, digits: abs(x) >= 100 ? 1 : 4)
    }

    static func testText(_ runs: [TestRun], name: String, notes: [String]) -> String {
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
    static func sentence(_ run: TestRun) -> String {
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
        if parts.count == 2, verdict != "within chance" {
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
            if width == 0 { break }
        }
        if histogram.observedBin == nil && test.observed > histogram.upper { lines.append(observedLine + " (above every random graph)") }
        return lines
    }

    static func testCSV(_ runs: [TestRun]) -> String {
        var writer = CSVWriter(header: ["statistic", "null", "observed", "p_at_least", "p_at_most", "null_mean", "null_sd",
                                        "q025", "q05", "q25", "q50", "q75", "q95", "q975", "draws", "undefined_draws", "seed", "verdict"])
        for run in runs {
            let test = run.test
            let q = test.quantiles
            writer.row([run.statistic, test.options.null.rawValue, NumberFormat.shortest(test.observed),
                        test.pAtLeast.map(NumberFormat.shortest) ?? "", test.pAtMost.map(NumberFormat.shortest) ?? "",
                        test.nullMean.map(NumberFormat.shortest) ?? "", test.nullStandardDeviation.map(NumberFormat.shortest) ?? ""]
                       + (q.isEmpty ? [String](repeating: "", count: 7) : q.map(NumberFormat.shortest))
                       + [String(test.options.draws), String(test.undefinedDraws), String(test.options.seed), verdict(test)])
        }
        return writer.text
    }

    static func testJSON(_ runs: [TestRun], notes: [String]) -> JSONValue {
        func number(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
        let tests: [JSONValue] = runs.map { run in
            let test = run.test
            let q = test.quantiles
            let histogram = test.histogram(bins: 12)
            return .object([
                ("statistic", .string(run.statistic)),
                ("null", .string(test.options.null.rawValue)),
                ("observed", .number(test.observed)),
                ("p_at_least", number(test.pAtLeast)),
                ("p_at_most", number(test.pAtMost)),
                ("null_mean", number(test.nullMean)),
                ("null_sd", number(test.nullStandardDeviation)),
                ("quantiles", .object(zip(UniformGraphTest.quantileProbabilities, q).map { (NumberFormat.shortest($0), .number($1)) })),
                ("histogram", histogram.map { h in
                    .object([("lower", .number(h.lower)), ("upper", .number(h.upper)),
                             ("counts", .array(h.counts.map { .number(Double($0)) })),
                             ("observed_bin", h.observedBin.map { .number(Double($0)) } ?? .null)])
                } ?? .null),
                ("draws", .number(Double(test.options.draws))),
                ("undefined_draws", .number(Double(test.undefinedDraws))),
                ("seed", .number(Double(test.options.seed))),
                ("swaps_per_tie", test.options.null == .degree ? .number(Double(test.options.swapsPerTie)) : .null),
                ("verdict", .string(verdict(test))),
            ])
        }
        return .object([("tests", .array(tests)), ("notes", .array(notes.map { .string($0) }))])
    }

    // MARK: - collab model

    struct ModelRun {
        var model: DyadicLogisticModel
        var name: String
        var directed: Bool
        var notes: [String]

        /// The notes and, for separated terms, what was done about them.
        var allNotes: [String] {
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

    static func modelText(_ run: ModelRun) -> String {
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

    static func modelCSV(_ run: ModelRun) -> String {
        var writer = CSVWriter(header: ["term", "estimate", "std_error", "z", "p", "odds_ratio", "separation"])
        for c in run.model.coefficients {
            writer.row([c.name, c.estimate.map(NumberFormat.shortest) ?? "", c.standardError.map(NumberFormat.shortest) ?? "",
                        c.z.map(NumberFormat.shortest) ?? "", c.p.map(NumberFormat.shortest) ?? "",
                        c.estimate.map { NumberFormat.shortest(Foundation.exp($0)) } ?? "", c.separation?.rawValue ?? ""])
        }
        return writer.text
    }

    static func modelJSON(_ run: ModelRun) -> JSONValue {
        let model = run.model
        func number(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
        let terms: [JSONValue] = model.coefficients.map { c in
            .object([
                ("term", .string(c.name)),
                ("estimate", number(c.estimate)),
                ("std_error", number(c.standardError)),
                ("z", number(c.z)),
                ("p", number(c.p)),
                ("separation", c.separation.map { .string($0.rawValue) } ?? .null),
            ])
        }
        return .object([
            ("terms", .array(terms)),
            ("log_likelihood", .number(model.logLikelihood)),
            ("aic", .number(model.aic)),
            ("bic", .number(model.bic)),
            ("dyads", .number(Double(model.dyads))),
            ("ties", .number(Double(model.ties))),
            ("set_aside_dyads", .number(Double(model.setAsideDyads))),
            ("iterations", .number(Double(model.iterations))),
            ("notes", .array(run.allNotes.map { .string($0) })),
        ])
    }
}

extension String {
    /// Right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
