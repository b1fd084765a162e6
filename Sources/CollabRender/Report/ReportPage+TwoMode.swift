import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// "Boards, forums and projects": the section a report adds when the dataset has
/// memberships. The memberships as a two-mode network (actors × the networks they belong
/// to): each network's composition and diversity (Blau index, IQV), the interlocks between
/// networks and who carries them, each actor's spread over networks, and the two-mode
/// core/periphery. Draws ``ReportAnalyses/twoMode`` (``AnalysisContext/twoMode(_:)``).
extension ReportPage {
    /// Rows each table of the section shows (the rest are in `collab two-mode`'s output).
    static let twoModeRows = 15

    func twoMode(_ m: inout HTML) {
        for case .twoMode(let memberships) in analyses.omitted {
            m.element("section", [("id", "two-mode")]) { s in
                s.element("h2", text: "Boards, forums and projects: who belongs where")
                s.element("p", [("class", "note")], text: "Not analysed in this report: \(memberships) memberships are more than its two-mode section takes (\(ReportAnalyses.twoModeMembershipLimit) at most; its path measures grow with actors and networks times memberships). collab two-mode computes every measure on this dataset.")
            }
        }
        guard let report = analyses.twoMode, report.twoMode.edgeCount > 0 else { return }
        let g = report.twoMode
        let c = report.centralities
        func label(_ v: Int) -> String { report.actor(v).label }
        func fixed(_ x: Double?) -> String { ReportPage.fixed(x, 3) }
        m.element("section", [("id", "two-mode")]) { s in
            s.element("h2", text: "Boards, forums and projects: who belongs where")
            var intro = "\(g.actorCount) actors belong to \(g.networkCount) networks (\(g.edgeCount) memberships, density \(ReportPage.fixed(g.density, 4)))."
            intro += " Read as a two-mode network: an actor is tied to the networks it belongs to, never directly to another actor; measures are normalised for two modes (Borgatti & Everett 1997)."
            intro += " Robins–Alexander clustering \(fixed(report.robinsAlexander.value)): the share of three-paths (actor–network–actor–network) closed into four-cycles."
            s.element("p", text: intro)

            // Networks: size, composition, diversity, brokerage.
            let diversity = ([report.byKind] + (report.byGroup.map { [$0] } ?? [])).filter { $0.categories.count >= 2 }
            let networks = Ranking.ranked(g.nodes(.network).map(Int32.init)) { Double(c.degree[Int($0)]) }
            let rows = networks.prefix(ReportPage.twoModeRows).map { v32 -> [String] in
                let v = Int(v32), k = v - g.actorCount
                let kinds = zip(report.byKind.categories, report.byKind.counts(ofNetwork: k)).filter { $0.1 > 0 }
                    .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3).map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                return [label(v), String(c.degree[v]), kinds] + diversity.map { fixed($0.iqv[k]) } + [ReportPage.fixed(c.betweenness[v], 4)]
            }
            let headers = ["network", "members", "largest kinds"] + diversity.map { "\($0.attribute) IQV" } + ["two-mode betweenness"]
            s.table(headers: headers, numeric: Set([1] + Array(3 ..< headers.count)), rows: Array(rows),
                    caption: networks.count > ReportPage.twoModeRows ? "The \(ReportPage.twoModeRows) largest of \(networks.count) networks" : "The networks")
            s.element("p", [("class", "note")], text: "IQV: the Blau index 1 − Σ p² of the members' categories (the chance that two members drawn at random differ) over its largest possible value; 0 when all members are alike, 1 when they spread evenly over every category. Two-mode betweenness: how often a network lies on the shortest paths between actors and other networks.")

            // Interlocks.
            if let interlocks = report.interlocks, interlocks.count > 0 {
                let order = (0 ..< interlocks.count).sorted { interlocks.shared[$0] != interlocks.shared[$1] ? interlocks.shared[$0] > interlocks.shared[$1] : $0 < $1 }
                s.table(headers: ["network", "with", "shared members", "through"], numeric: [2],
                        rows: order.prefix(ReportPage.twoModeRows).map { p in
                            [label(Int(interlocks.first[p])), label(Int(interlocks.second[p])), String(interlocks.shared[p]),
                             TextList.folded(interlocks.members(ofPair: p).map { label(Int($0)) }, limit: 4)]
                        },
                        caption: "Interlocks: \(interlocks.count) pairs of networks share \(report.interlockMinimum > 1 ? "at least \(report.interlockMinimum) members" : "members"); the strongest")
            }

            // Actors' spread.
            let actors = Ranking.ranked(g.nodes(.actor).map(Int32.init)) { Double(c.degree[Int($0)]) }
            let spreadHeaders = ["actor", "kind", "networks", "co-members met"]
                + (report.spread.attribute.map { ["network \($0)s", "their Blau index"] } ?? []) + ["two-mode betweenness"]
            s.table(headers: spreadHeaders, numeric: Set(2 ..< spreadHeaders.count),
                    rows: actors.prefix(ReportPage.twoModeRows).map { v32 in
                        let v = Int(v32)
                        var row = [label(v), report.actor(v).kind, String(c.degree[v]), String(report.spread.coMembers[v])]
                        if report.spread.attribute != nil { row += [String(report.spread.categories[v]), fixed(report.spread.blau[v])] }
                        return row + [ReportPage.fixed(c.betweenness[v], 4)]
                    }, caption: "Actors in the most networks")

            // Two-mode core/periphery.
            let cp = report.corePeriphery
            if let fit = cp.fit {
                let coreActors = g.nodes(.actor).filter { cp.actorCore[$0] }.map(label)
                let coreNetworks = g.nodes(.network).filter { cp.networkCore[$0 - g.actorCount] }.map(label)
                s.element("h3", text: "Two-mode core and periphery")
                s.element("p", text: "\(coreActors.count) core actors belong to \(coreNetworks.count) core networks (fit r = \(fixed(fit)); membership density \(fixed(cp.densities[0])) in the core block, \(fixed(cp.densities[3])) between peripheral actors and peripheral networks). Core actors: \(TextList.folded(coreActors, limit: 10, separator: "; ")). Core networks: \(TextList.folded(coreNetworks, limit: 10, separator: "; ")).")
                s.element("p", [("class", "note")], text: "Borgatti & Everett's two-mode core/periphery (UCINET's 2-Mode Categorical Core/Periphery): actors and networks are split so that core actors belong to core networks and peripheral actors stay out of peripheral networks; r is the correlation of the memberships with that ideal over those two blocks.")
            }
            for note in report.notes { s.element("p", [("class", "note")], text: "Note: \(note).") }
        }
    }
}
