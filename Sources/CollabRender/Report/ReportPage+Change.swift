import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// "How the system changed": the section `collab report --waves` adds. Small multiples
/// (one map per wave, every actor in one place), the waves side by side, and per
/// transition the ties kept, gained and lost with Hamming distance and Jaccard index, the
/// actors who entered and left, the verdict and the criterion that changed, the brokers
/// who rose and fell, the pairs that moved on the co-production ladder, catalysis around
/// the focus actors and the communities' continuity. Draws ``ReportAnalyses/change``,
/// computed by ``AnalysisContext/changeAnalysis(_:)``.
extension ReportPage {
    func change(_ m: inout HTML) {
        guard let change = analyses.change else { return }
        m.element("section", [("id", "change")]) { s in
            s.element("h2", text: "How the system changed")
            let periods = change.waves.map { "\($0.label) (\(ChangeOutput.period($0.wave)))" }
            s.element("p", text: "The system observed at \(change.waves.count) waves: \(periods.joined(separator: ", ")). An actor is present in a wave when it has a tie in it; each wave is measured on its present actors, with the same view, groups and rubric as the rest of the page. Every number here is in change.json.")
            changeMaps(&s, change)
            changeWaves(&s, change)
            changeTransitions(&s, change)
            for transition in change.transitions { changeDetail(&s, change, transition) }
            for note in change.notes { s.element("p", [("class", "note")], text: "Note: \(note).") }
        }
    }

    private func changeMaps(_ s: inout HTML, _ change: ChangeAnalysis) {
        guard !changeMaps.isEmpty else { return }
        s.element("p", [("class", "note")], text: "Each map draws one wave; every actor keeps its place in all of them (one layout of all waves together). Filled: present in the wave (colour by kind); faint: absent. Grey ties were there in the wave before, green ties are new, dashed red ties were lost since the wave before. Also as change-wave-N.svg.")
        s.element("div", [("class", "small-multiples"), ("style", "display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1em")]) { grid in
            for (label, svg) in zip(change.waves.map(\.label), changeMaps) {
                // The wave's label is drawn at the top of its map (the map is also its own
                // file): no caption beside it.
                grid.element("figure") { f in
                    f.raw("<img style=\"width:100%;height:auto\" src=\"data:image/svg+xml;base64,\(svg.base64EncodedString())\" alt=\"\(XMLEscaping.escape("the system in " + label))\">")
                }
            }
        }
    }

    private func changeWaves(_ s: inout HTML, _ change: ChangeAnalysis) {
        let rows = change.waves.map { w -> [String] in
            [w.label, ChangeOutput.period(w.wave), String(w.presentCount), String(w.view.tieCount),
             ReportPage.fixed(w.cohesion.density, 4), ReportPage.percent(w.profile.largestComponentShare),
             ReportPage.percent(w.profile.ties.strongShare), String(w.communityCount), w.profile.verdict.kind.rawValue]
        }
        s.table(headers: ["wave", "period", "actors", "ties", "density", "largest component", "strong ties", "communities", "verdict"],
                numeric: [2, 3, 4, 5, 6, 7], rows: rows, caption: "The waves")
    }

    private func changeTransitions(_ s: inout HTML, _ change: ChangeAnalysis) {
        let rows = change.transitions.map { t -> [String] in
            let ties = t.comparison.ties, actors = t.comparison.actors
            return ["\(change.waves[t.from].label) → \(change.waves[t.to].label)", String(ties.kept), String(ties.gained),
                    String(ties.lost), String(ties.hamming), ReportPage.fixed(ties.jaccard),
                    String(actors.entered.count), String(actors.left.count),
                    t.communities.agreement.map { ReportPage.fixed($0.normalizedMutualInformation, 2) } ?? "–"]
        }
        s.table(headers: ["transition", "ties kept", "gained", "lost", "Hamming", "Jaccard", "actors entered", "left", "communities NMI"],
                numeric: Set(1 ..< 9), rows: rows, caption: "From wave to wave")
        let unstable = change.transitions.filter { $0.comparison.ties.isBelowStabilityThreshold }
        var note = "Hamming distance: ties gained + lost. Jaccard index: kept / (kept + gained + lost), the stability a stochastic actor-oriented model (RSiena) needs (Snijders, van de Bunt & Steglich 2010)."
        if !unstable.isEmpty {
            let names = unstable.map { "\(change.waves[$0.from].label) → \(change.waves[$0.to].label)" }
            note += " Below 0.3 (\(names.joined(separator: ", "))): most ties changed, too much for such a model to read as gradual change."
        }
        s.element("p", [("class", "note")], text: note)
    }

    private func changeDetail(_ s: inout HTML, _ change: ChangeAnalysis, _ t: ChangeAnalysis.Transition) {
        func name(_ actor: Int32) -> String { ChangeOutput.name(change, actor) }
        let a = change.waves[t.from], b = change.waves[t.to]
        s.element("h3", text: "\(a.label) → \(b.label)")
        s.element("ul") { list in
            let v = t.verdict
            var verdict = "Verdict: \(v.before.rawValue) → \(v.after.rawValue)"
            let changed = v.changedCriteria.map(\.name.noun)
            verdict += changed.isEmpty ? (v.kindChanged ? "." : " (unchanged; no criterion crossed its threshold).")
                : "; criteria that changed: " + changed.joined(separator: ", ") + "."
            list.element("li", text: verdict)
            let criteria = v.criteria.map { c -> String in
                let before = c.before.map { ReportPage.fixed($0.value) } ?? "not measured"
                let after = c.after.map { ReportPage.fixed($0.value) } ?? "not measured"
                return "\(c.name.noun) \(before) → \(after)\(c.changed ? " (changed)" : "")"
            }
            if !criteria.isEmpty { list.element("li", [("class", "note")], text: "Criteria: " + criteria.joined(separator: "; ") + ".") }
            let actors = t.comparison.actors
            if !actors.entered.isEmpty || !actors.left.isEmpty {
                list.element("li", text: "Entered: \(actors.entered.isEmpty ? "none" : ChangeOutput.names(change, actors.entered)). Left: \(actors.left.isEmpty ? "none" : ChangeOutput.names(change, actors.left)).")
            }
            for (measure, movers) in t.brokers where measure == "betweenness" || measure == "constraint" {
                func items(_ list: [ScoreChange]) -> String {
                    list.isEmpty ? "none" : list.map { "\(name($0.actor)) \(ChangeOutput.signed($0.delta, measure == "betweenness" ? 4 : 3))" }.joined(separator: "; ")
                }
                let label = measure == "constraint" ? "Brokers by constraint (lower is more brokerage)" : "Brokers by betweenness"
                list.element("li", text: "\(label): rising \(items(movers.rising)); falling \(items(movers.falling)).")
            }
            let m = t.moves
            var ladder = "Pairs in both waves: \(m.pairsInBoth); up the co-production ladder \(m.deepened.count), down \(m.weakened.count)"
            let shown = m.deepened.prefix(3).map { "↑ \(ChangeOutput.pairName(change, $0.pair)) (\($0.from) → \($0.to))" }
                + m.weakened.prefix(3).map { "↓ \(ChangeOutput.pairName(change, $0.pair)) (\($0.from) → \($0.to))" }
            if !shown.isEmpty { ladder += ": " + shown.joined(separator: "; ") }
            if let rec = m.reciprocity {
                ladder += ". One-way → two-way: \(rec.becameTwoWay.count); two-way → one-way: \(rec.becameOneWay.count)"
            } else {
                ladder += ". One-way → two-way: not measured (the records carry no direction)"
            }
            list.element("li", text: ladder + ".")
            for (focus, c) in zip(change.focus, t.catalysis) {
                list.element("li", text: "Catalysis around \(name(focus)): \(change.partnerKind) partners \(c.before.partners.count) → \(c.after.partners.count); ties among them \(c.before.tiesAmong) → \(c.after.tiesAmong) (\(c.gained.count) gained, \(c.lost.count) lost); density \(ReportPage.fixed(c.before.density)) → \(ReportPage.fixed(c.after.density)).")
            }
            let cc = t.communities
            let nmi = cc.agreement.map { "NMI \(ReportPage.fixed($0.normalizedMutualInformation, 2)) over the \($0.actorCount) actors in both waves" } ?? "no actor in both waves"
            list.element("li", text: "Communities: \(a.communityCount) → \(b.communityCount); \(nmi); \(cc.continued.count) continued, \(cc.splits.count) split, \(cc.merges.count) merged, \(cc.dissolved.count) dissolved, \(cc.emerged.count) emerged.")
        }
    }
}
