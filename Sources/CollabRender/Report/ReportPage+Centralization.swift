import CollabGraph
import CollabAnalysis
import CollabOutput

/// The report's centralization section: is the system led by one player or
/// collectively? Freeman centralization of degree, betweenness and closeness
/// (``Centralization``, as R `sna::centralization`).
extension ReportPage {
    func centralizationSection(_ m: inout HTML) {
        guard let c = analyses.centralization, c.degree != nil else { return }
        m.element("section", [("id", "centralization")]) { s in
            s.element("h2", text: "Led by one player or collectively? Centralization")
            s.element("p", text: "Freeman centralization is 1 for a star — one actor tied to every other, the others tied only to it — and 0 when every actor is equally central. It measures how far the most central actor stands above all the others, as a share of the most a network of this size could have.")
            func share(_ x: Double?) -> String { x.map { ReportPage.percent($0) } ?? "–" }
            var rows: [[String]] = [["degree", ReportPage.fixed(c.degree), "\(share(c.degree)) of a star's spread of partners\(c.isDirected ? " (ties sent and received)" : "")"]]
            if c.isDirected {
                rows.append(["in-degree", ReportPage.fixed(c.inDegree), "ties received: \(share(c.inDegree)) of a star's"])
                rows.append(["out-degree", ReportPage.fixed(c.outDegree), "ties sent: \(share(c.outDegree)) of a star's"])
            }
            rows.append(["betweenness", ReportPage.fixed(c.betweenness), "\(share(c.betweenness)) of a star's concentration of shortest paths"])
            rows.append(["closeness", ReportPage.fixed(c.closeness),
                         c.closenessIsDegenerate ? "not informative here: some actors cannot reach every other (their closeness counts 0, as sna)" : "\(share(c.closeness)) of a star's"])
            s.table(headers: ["centralization", "index", "reads"], numeric: [1], rows: rows,
                    caption: "Freeman centralization of the \(c.isDirected ? "directed" : "undirected") view, ties unweighted")
            if let test = analyses.chanceTests?.tests.first(where: { $0.name == "degree-centralization" }) {
                s.element("p", text: "Against chance: " + InferenceOutput.sentence(InferenceOutput.TestRun(statistic: "degree centralization", test: test.test, directed: test.directed)) + " (see \u{201C}Is it more than chance?\u{201D} below).")
            }
        }
    }
}
