import CollabGraph
import CollabAnalysis
import CollabOutput

/// The report's "is it more than chance?" section: each of ``ChanceTests``' conditional
/// uniform graph tests as a small histogram of the null (inline SVG bars drawn from the
/// typed ``NullHistogram``; the draws were made in the analysis layer), the observed value
/// marked, the tails beyond the verdict's 2.5% criterion shaded, and its sentence.
extension ReportPage {
    /// Bins of each histogram.
    static let chanceBins = 24

    func chanceTestsSection(_ m: inout HTML) {
        guard let chance = analyses.chanceTests else {
            for case .chanceTests(let ties) in analyses.omitted {
                m.element("section", [("id", "chance")]) { s in
                    s.element("h2", text: "Is it more than chance?")
                    s.element("p", [("class", "note")], text: "Not tested in this report: \(ties) ties × at least \(ChanceTests.reportMinimumDraws) random graphs exceed its budget of \(ChanceTests.reportTieDrawBudget / 1_000_000) million ties × draws per test. collab test runs any of these tests on this dataset.")
                }
            }
            return
        }
        m.element("section", [("id", "chance")]) { s in
            s.element("h2", text: "Is it more than chance?")
            s.element("p", text: "Each statistic of the observed network (◆) against its values on \(chance.draws) random graphs (seed \(chance.seed)) that keep what the question holds fixed — conditional uniform graph tests, as R's sna::cug.test. The verdict is \"higher\" (\"lower\") than chance when at most \(NumberFormat.shortest(InferenceOutput.tail * 100))% of the random graphs reach the observed value from above (below): outside the middle 95% of the null, whose tails are shaded. collab test runs any of them with more draws.")
            s.element("div", [("class", "chance-grid")]) { grid in
                for item in chance.tests {
                    let test = item.test
                    let run = InferenceOutput.TestRun(statistic: item.name, test: test, directed: item.directed)
                    grid.element("figure", [("class", "chart chance")]) { fig in
                        fig.element("figcaption") { cap in
                            cap.element("strong", text: ReportPage.chanceTitle(item.name))
                            cap.add(" vs \(InferenceOutput.nullPhrase(test.options.null, directed: item.directed)): ")
                            cap.element("em", text: InferenceOutput.verdict(test))
                        }
                        fig.raw(ReportPage.histogramSVG(test))
                        let draws = test.nullValues.count
                        fig.element("p", [("class", "note")], text: "observed \(InferenceOutput.value(test.observed)); null mean \(InferenceOutput.value(test.nullMean)), sd \(InferenceOutput.value(test.nullStandardDeviation)); p(≥) \(InferenceOutput.pText(test.pAtLeast, draws: draws)), p(≤) \(InferenceOutput.pText(test.pAtMost, draws: draws))" + (test.undefinedDraws > 0 ? "; \(test.undefinedDraws) random graphs without a value left out" : "") + ".")
                        fig.element("p", text: InferenceOutput.sentence(run))
                        if item.name.hasPrefix("ei:") && analyses.homophily != nil {
                            fig.element("p", [("class", "note")], text: "The summary's E–I test keeps the ties and shuffles the \(analyses.groupName) labels; this one keeps every actor's \(analyses.groupName) and number of partners and rewires the ties. When they disagree, the busiest actors carry the difference: their many ties would cross \(analyses.groupName)s more at random.")
                        }
                    }
                }
            }
        }
    }

    /// The statistic's name in a heading.
    static func chanceTitle(_ name: String) -> String {
        switch name {
        case "reciprocity": return "Two-way ties (reciprocity)"
        case "transitivity": return "Partners of partners tied (transitivity)"
        case "degree-centralization": return "Degree centralization"
        default:
            if name.hasPrefix("ei:") { return "Ties across \(name.dropFirst(3)) (E–I index)" }
            return name
        }
    }

    /// Bars of the null's histogram; bins wholly beyond the 2.5% and 97.5% quantiles in a
    /// lighter shade; the observed value a vermillion line with its value. The axis spans
    /// the draws and the observed value, unless the observed value lies further from the
    /// draws than half their range: then it stands in a margin of its own past a break
    /// (two slashes), so the null's shape stays readable.
    static func histogramSVG(_ test: UniformGraphTest) -> String {
        guard let histogram = test.histogram(bins: chanceBins) else { return "" }
        let width = 340.0, height = 150.0, top = 22.0, bottom = 26.0, margin = 64.0
        let binWidth = (histogram.upper - histogram.lower) / Double(histogram.counts.count)
        let span = histogram.upper - histogram.lower
        let far = span > 0 && (test.observed < histogram.lower - span / 2 || test.observed > histogram.upper + span / 2)
        let farBelow = far && test.observed < histogram.lower, farAbove = far && test.observed > histogram.upper
        var low = far ? histogram.lower : min(histogram.lower, test.observed)
        var high = far ? histogram.upper : max(histogram.upper, test.observed)
        if high == low { low -= 0.5; high += 0.5 }
        let pad = (high - low) * 0.04
        low -= pad; high += pad
        let left = 8.0 + (farBelow ? margin : 0), right = 8.0 + (farAbove ? margin : 0)
        func x(_ value: Double) -> Double { left + (value - low) / (high - low) * (width - left - right) }
        func n(_ value: Double) -> String { NumberFormat.fixed(value, digits: 1) }
        let most = Double(max(1, histogram.counts.max() ?? 1))
        let q = test.quantiles
        let plot = height - top - bottom
        let baseline = top + plot
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"null distribution and observed value\">"
        for (k, count) in histogram.counts.enumerated() where count > 0 {
            let from = histogram.lower + Double(k) * binWidth
            let to = binWidth > 0 ? from + binWidth : from
            let x0 = x(from), x1 = binWidth > 0 ? x(to) : x(from) + 4
            let h = plot * Double(count) / most
            let tail = binWidth > 0 && q.count == UniformGraphTest.quantileProbabilities.count && (to <= q[0] || from >= q[6])
            svg += "<rect x=\"\(n(x0))\" y=\"\(n(top + plot - h))\" width=\"\(n(max(1, x1 - x0 - 0.6)))\" height=\"\(n(h))\" fill=\"\(tail ? "#9ecae1" : "#0072B2")\"><title>\(InferenceOutput.value(from)) … \(InferenceOutput.value(to)): \(count) random graphs</title></rect>"
        }
        svg += "<line x1=\"\(n(8))\" y1=\"\(n(baseline))\" x2=\"\(n(width - 8))\" y2=\"\(n(baseline))\" stroke=\"#5f6368\" stroke-width=\"0.8\"/>"
        let xo: Double
        if far {
            // The break: two slashes across the axis between the margin and the draws.
            let gap = farBelow ? left - 12 : width - right + 12
            for offset in [-3.0, 3.0] {
                svg += "<line x1=\"\(n(gap + offset - 3))\" y1=\"\(n(baseline + 5))\" x2=\"\(n(gap + offset + 3))\" y2=\"\(n(baseline - 5))\" stroke=\"#5f6368\" stroke-width=\"1\"/>"
            }
            xo = farBelow ? 8 + margin / 2 - 12 : width - 8 - margin / 2 + 12
        } else {
            xo = x(test.observed)
        }
        svg += "<line x1=\"\(n(xo))\" y1=\"\(n(top - 4))\" x2=\"\(n(xo))\" y2=\"\(n(baseline))\" stroke=\"#D55E00\" stroke-width=\"2\"/>"
        let anchor = xo > width * 0.7 ? "end" : xo < width * 0.3 ? "start" : "middle"
        svg += "<text x=\"\(n(xo))\" y=\"\(n(top - 8))\" font-size=\"11\" text-anchor=\"\(anchor)\" fill=\"#D55E00\">◆ observed \(InferenceOutput.value(test.observed))</text>"
        // The draws' range under the axis, at its ends (one label when every draw is equal).
        let labels = span > 0 ? [(histogram.lower, "start"), (histogram.upper, "end")] : [(histogram.lower, "middle")]
        for (value, side) in labels {
            svg += "<text x=\"\(n(x(value)))\" y=\"\(n(height - 8))\" font-size=\"10\" text-anchor=\"\(side)\" fill=\"#5f6368\">\(InferenceOutput.value(value))</text>"
        }
        svg += "</svg>"
        return svg
    }
}
