import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// The report's competition section (beside the sectors section) and each focus
/// provider's competitors (in its gaps summary): which providers seek the same partners,
/// which partners face "multiple demands", and the overlap network among providers
/// (``CompetitionReport``).
extension ReportPage {
    /// Pairs of providers the section lists before folding the rest.
    static let competitionRows = 15

    func competitionSection(_ m: inout HTML) {
        for case .competition(let providers) in analyses.omitted {
            m.element("section", [("id", "competition")]) { s in
                s.element("h2", text: "Competition for partners: who seeks the same partners")
                s.element("p", [("class", "note")], text: "Not compared in this report: \(providers) providers are more than its section compares (\(CompetitionReport.reportProviderLimit) at most; their pairs grow as the square of them). collab positions --competition compares them all on this dataset.")
            }
        }
        guard let c = analyses.competition else { return }
        let graph = analyses.graph
        let kindWord = ReportPage.countOfKind(c.providers.count, c.providerKind)
        m.element("section", [("id", "competition")]) { s in
            s.element("h2", text: "Competition for partners: who seeks the same partners")
            let demandedKinds = c.demandsByKind.filter { $0.multiplyDemanded > 0 }
                .map { ReportPage.countOfKind($0.multiplyDemanded, $0.group) }
            var text = "\(kindWord) (kind \(c.providerKind)): \(c.pairs.count) of their \(c.providers.count * (c.providers.count - 1) / 2) pairs share at least one partner."
            if c.demands.isEmpty {
                text += " No partner is reached by more than one of them."
            } else {
                text += " \(c.demands.count) partners are reached by two or more of them (\"multiple demands\")" + (demandedKinds.isEmpty ? "." : ": " + ReportPage.folded(demandedKinds) + ".")
            }
            s.element("p", text: text)
            overlapNetwork(&s, c)
            let shownKinds = c.kinds.names.filter { kind in
                kind != ActorGroups.missingName && c.pairs.prefix(ReportPage.competitionRows).contains { c.sharedPartners(Int($0.first), Int($0.second), kind: kind) > 0 }
            }
            s.table(headers: [c.providerKind, "with", "shared partners", "Jaccard"] + shownKinds.map { "shared \($0)" },
                    numeric: Set(2 ..< 4 + shownKinds.count),
                    rows: c.pairs.prefix(ReportPage.competitionRows).map { p in
                        [graph.actors[Int(p.first)].label, graph.actors[Int(p.second)].label, String(p.shared), ReportPage.fixed(p.jaccard)]
                            + shownKinds.map { String(c.sharedPartners(Int(p.first), Int(p.second), kind: $0)) }
                    },
                    caption: "Pairs of providers by the partners they share (Jaccard: shared over all partners of either; 1 = the same partners)")
            if c.pairs.count > ReportPage.competitionRows {
                s.element("p", [("class", "note")], text: "… and \(c.pairs.count - ReportPage.competitionRows) more pairs sharing fewer partners (collab positions --competition \(c.providerKind) lists them all).")
            }
            if !c.demands.isEmpty {
                s.table(headers: ["partner", "kind", analyses.groupName, "providers", "reached by"], numeric: [3],
                        rows: c.demands.prefix(ReportPage.pairRows).map { d in
                            let a = graph.actors[d.actor]
                            return [a.label, a.kind, analyses.groupValue(a), String(d.providers.count),
                                    ReportPage.folded(d.providers.map { graph.actors[$0].label }, limit: 6)]
                        },
                        caption: "Multiple demands: partners reached by two or more providers (providers themselves are competitors, not partners here), most demanded first")
                if c.demands.count > ReportPage.pairRows {
                    s.element("p", [("class", "note")], text: "… and \(c.demands.count - ReportPage.pairRows) more (collab positions --competition \(c.providerKind) --table demands).")
                }
            }
            for (name, rows) in [("kind", c.demandsByKind), (analyses.groupName, c.demandsByGroup ?? [])] where !rows.isEmpty && !(name == "kind" && analyses.group == "kind") {
                s.table(headers: [name, "partners reached", "by two or more", "share", "providers per partner"], numeric: [1, 2, 3, 4],
                        rows: rows.map { [$0.group, String($0.reached), String($0.multiplyDemanded),
                                          ReportPage.percent(Double($0.multiplyDemanded) / Double($0.reached)), ReportPage.fixed($0.meanProviders, 2)] },
                        caption: "Multiple demands by the partners' \(name)")
            }
        }
    }

    /// One focus provider's closest competitors, in its focus article.
    func competitors(_ f: inout HTML, _ focus: Int) {
        guard let c = analyses.competition, c.providers.contains(focus) else { return }
        let graph = analyses.graph
        let rivals = c.pairs.filter { Int($0.first) == focus || Int($0.second) == focus }.prefix(4).map { p -> String in
            let other = Int(p.first) == focus ? Int(p.second) : Int(p.first)
            return "\(graph.actors[other].label) (\(p.shared) shared, Jaccard \(ReportPage.fixed(p.jaccard, 2)))"
        }
        let demanded = c.demands.filter { $0.providers.contains(focus) }.count
        guard !rivals.isEmpty || demanded > 0 else { return }
        var text = "Competition: "
        text += rivals.isEmpty ? "it shares no partner with another \(c.providerKind)" : "it shares most partners with " + rivals.joined(separator: "; ")
        text += ". \(demanded) of its partners are also approached by other \(c.providerKind)s."
        f.element("p", text: text)
    }

    /// Providers the overlap network draws at most (those sharing the most partners).
    static let overlapNetworkSize = 24

    /// The overlap network drawn as a circle of providers, a line between two that share
    /// partners, its width by how many (inline SVG; the ``overlapNetworkSize`` providers
    /// that share the most partners in all, ties by actor order).
    private func overlapNetwork(_ s: inout HTML, _ c: CompetitionReport) {
        guard c.providers.count >= 3, !c.pairs.isEmpty else { return }
        let graph = analyses.graph
        var total: [Int: Int] = [:]
        for p in c.pairs { total[Int(p.first), default: 0] += p.shared; total[Int(p.second), default: 0] += p.shared }
        let drawn = c.providers.count <= ReportPage.overlapNetworkSize ? c.providers
            : c.providers.sorted { (total[$0] ?? 0, -$0) > (total[$1] ?? 0, -$1) }.prefix(ReportPage.overlapNetworkSize).sorted()
        let count = drawn.count
        let width = 760.0, height = max(420.0, 26.0 * Double(count)), centreX = width / 2, centreY = height / 2, radiusX = width / 2 - 200, radiusY = height / 2 - 30
        func point(_ i: Int) -> (x: Double, y: Double) {
            let angle = 2 * Double.pi * Double(i) / Double(count) - Double.pi / 2
            return (centreX + radiusX * cos(angle), centreY + radiusY * sin(angle))
        }
        let slot = Dictionary(uniqueKeysWithValues: drawn.enumerated().map { ($1, $0) })
        // At most three lines per provider drawn: the pairs sharing the most (pairs come
        // most shared first), so a system where every provider overlaps every other does
        // not draw a solid disc.
        let among = c.pairs.filter { slot[Int($0.first)] != nil && slot[Int($0.second)] != nil }
        let lines = Array(among.prefix(3 * count))
        let most = Double(lines.map(\.shared).max() ?? 1)
        func n(_ x: Double) -> String { NumberFormat.fixed(x, digits: 1) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"overlap network of the providers\">"
        for p in lines.reversed() {
            guard let a = slot[Int(p.first)], let b = slot[Int(p.second)] else { continue }
            let (x1, y1) = point(a), (x2, y2) = point(b)
            let width = 0.5 + 7.5 * Double(p.shared) / most
            svg += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"#0072B2\" stroke-opacity=\"0.55\" stroke-width=\"\(n(width))\">"
            svg += "<title>\(XMLEscaping.escape(graph.actors[Int(p.first)].label)) – \(XMLEscaping.escape(graph.actors[Int(p.second)].label)): \(p.shared) shared partners</title></line>"
        }
        for (i, actor) in drawn.enumerated() {
            let (x, y) = point(i)
            let right = x >= centreX
            let label = graph.actors[actor].label
            let shown = label.count > 26 ? String(label.prefix(25)) + "…" : label  // 26 capitals fit in the 200-pixel margin
            svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" fill=\"#E69F00\" stroke=\"#1d1d1f\" stroke-width=\"0.6\"><title>\(XMLEscaping.escape(label))</title></circle>"
            svg += "<text x=\"\(n(x + (right ? 8 : -8)))\" y=\"\(n(y + 4))\" font-size=\"11\" text-anchor=\"\(right ? "start" : "end")\" fill=\"#1d1d1f\">\(XMLEscaping.escape(shown))</text>"
        }
        svg += "</svg>"
        s.element("figure", [("class", "chart overlap")]) { fig in
            fig.raw(svg)
            fig.element("figcaption", [("class", "note")], text: "The overlap network: a line joins two providers that share partners, thicker the more they share (at most \(Int(most)))" + (count < c.providers.count ? "; the \(count) of \(c.providers.count) providers that share the most partners" : "") + (lines.count < among.count ? "; the \(lines.count) strongest of \(among.count) overlaps drawn (at least \(lines.last?.shared ?? 0) shared partners)." : "."))
        }
    }
}
