import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// The HTML page of ``EcologyReport``: the first screen answers "how collaborative is this
/// system, and who brokers it?"; the rest gives the map, brokers, constraint, cut points,
/// sector pairs, tiers, focus actors and the timeline. Every number on it is in
/// `actors.csv`, `ties.csv` or `collaboration.json` beside it.
struct ReportPage {
    let analyses: ReportAnalyses
    let map: Data
    let focusMaps: [Int: Data]
    /// When the map is an overview: the SVG of each community a reader can open, in the
    /// order of ``ReportAnalyses/communityMaps``.
    var communityMaps: [Data] = []
    /// The small multiples of ``ReportAnalyses/change``, one SVG per wave.
    var changeMaps: [Data] = []

    private var graph: CollaborationGraph { analyses.graph }
    private var profile: CollaborationProfile { analyses.collaboration.profile }

    static func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }
    static func fixed(_ x: Double?, _ digits: Int = 3) -> String { x.map { NumberFormat.fixed($0, digits: digits) } ?? "" }

    func html() -> String {
        var page = HTML()
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.element("title", text: analyses.title + " — collaboration report")
        page.raw("\n<style>\n\(ReportPage.css)</style>\n</head>\n<body>\n")
        page.element("header") { h in
            h.element("h1", text: analyses.title)
            h.element("p", [("class", "subtitle")], text: subtitle())
            h.element("p", [("class", "note")], text: viewNote())
        }
        page.raw("\n")
        page.element("main") { m in
            summary(&m)
            survey(&m)
            scenario(&m)
            mapSection(&m)
            brokers(&m)
            centralizationSection(&m)
            groupPairs(&m)
            competitionSection(&m)
            chanceTestsSection(&m)
            communities(&m)
            corePeriphery(&m)
            tiers(&m)
            foci(&m)
            timeline(&m)
            change(&m)
            twoMode(&m)
            methods(&m)
            filesSection(&m)
        }
        page.raw("\n<script>\n\(HTML.sortScript)\n</script>\n</body>\n</html>\n")
        return page.text
    }

    private func subtitle() -> String {
        // The header counts the actors of the tie network; networks known only from
        // memberships are counted apart.
        let summary = analyses.summary
        var parts = ["\(summary.tieNetworkActorCount) actors"
                     + (summary.membershipOnlyNetworks > 0 ? " (and \(summary.membershipOnlyNetworks) networks known only from memberships)" : ""),
                     "\(graph.ties.count) tie records"]
        if let range = analyses.collaboration.table.observation { parts.append("records dated \(range.lowerBound) to \(range.upperBound)") }
        parts.append("rubric: \(analyses.collaboration.table.rubric.name)")
        parts.append("made by collab from \(analyses.graphName)")
        return parts.joined(separator: " · ")
    }

    /// What the numbers were computed on, and how the focus actors were chosen.
    private func viewNote() -> String {
        var text = "Computed on: \(analyses.context.viewSummary)."
        if let group = analyses.group { text += " Groups: \(group)." } else { text += " No group attribute: group sections are left out." }
        if let focus = analyses.context.focus.explanation(labels: { graph.actors[Int($0)].label }) { text += " " + focus }
        return text
    }

    /// How many between-group rows the page shows before folding the rest.
    static let pairRows = 20

    /// A share of co-production pairs, or "not measured" when no relation type is rated.
    private func coProduction(_ t: TieSummary) -> String {
        analyses.collaboration.table.measured.depth ? ReportPage.percent(t.pairShare(.coProduction)) : "not measured"
    }

    /// A share of strong pairs, or "not judged" when tie strength rests on too few
    /// components (``TieStrengthTable/strengthNotJudged``).
    private func strong(_ t: TieSummary) -> String {
        analyses.collaboration.table.strengthNotJudged == nil ? ReportPage.percent(t.strongShare) : "not judged"
    }

    /// A share of two-way pairs, or "not judged" when the data cannot say (records without
    /// direction, or direction not declared and no pair recorded both ways).
    private func twoWay(_ t: TieSummary) -> String {
        analyses.reciprocityMeasured ? ReportPage.percent(t.reciprocity) : "not judged"
    }

    // MARK: - Summary: the first screen

    private func summary(_ m: inout HTML) {
        m.element("section", [("id", "summary"), ("class", "summary")]) { s in
            let verdict = profile.verdict
            s.element("div", [("class", "verdict \(verdict.kind.rawValue.replacingOccurrences(of: " ", with: "-"))")]) { v in
                v.element("span", [("class", "label")], text: "Verdict")
                v.element("strong", text: verdict.kind.rawValue.capitalized)
            }
            s.element("p", text: verdictSentence())
            s.element("ul", [("class", "criteria")]) { list in
                for criterion in verdict.criteria {
                    list.element("li", [("class", criterion.met ? "met" : "not-met")],
                                 text: "\(criterion.met ? "✓" : "✗") \(criterion.name.meaning): \(ReportPage.percent(criterion.value)) (threshold \(ReportPage.percent(criterion.threshold)))")
                }
                for missing in verdict.notJudged {
                    list.element("li", [("class", "not-judged"), ("title", missing.reason.sentence)],
                                 text: "– \(missing.name.meaning): not judged (\(missing.reason.phrase))")
                }
            }
            if let limitation = verdict.limitation { s.element("p", [("class", "note")], text: "Limited verdict: \(limitation).") }
            s.element("p", text: compositionSentence())
            s.element("p", text: CohesionParagraph.text(cohesion: analyses.cohesion, homophily: analyses.homophily,
                                                         groupAttribute: analyses.context.groups?.attribute, groupNote: analyses.context.groupNote))
            s.element("h2", text: "Who brokers it")
            s.element("ol", [("class", "brokers")]) { list in
                for actor in topActors(by: .betweenness, count: 5) {
                    let a = graph.actors[actor]
                    let roles = analyses.brokerageValue(.role(.total), actor).map { ", \(Int($0)) brokerage two-paths" } ?? ""
                    list.element("li") { li in
                        li.element("strong", text: a.label)
                        let details = ([a.kind] + [a.sector].compactMap { $0 }).filter { !$0.isEmpty }
                        li.add((details.isEmpty ? "" : " (\(details.joined(separator: ", ")))") + " — betweenness \(ReportPage.fixed(analyses.centralityValue(.betweenness, actor)))\(roles)")
                    }
                }
            }
            if analyses.collaboration.table.strengthNotJudged == nil, let strongest = pairsByStrength().first {
                var text = "Strongest \(analyses.groupName) pair: \(strongest.first) – \(strongest.second) (\(ReportPage.percent(strongest.ties.strongShare)) of \(strongest.ties.pairCount) pairs strong)."
                if let gap = analyses.collaboration.groups?.rankedGaps.first(where: { $0.first != GroupProfiles.missingGroup && $0.second != GroupProfiles.missingGroup }) {
                    let pairs = gap.ties.pairCount == 0 ? "" : gap.ties.pairCount == 1 ? ", 1 pair" : ", \(gap.ties.pairCount) pairs"
                    text += " Widest gap: \(gap.first) – \(gap.second) (\(gap.status.rawValue)\(pairs))."
                }
                s.element("p", text: text)
            }
        }
    }

    private func verdictSentence() -> String {
        let t = profile.ties
        let twoWay = analyses.reciprocityMeasured
            ? "\(ReportPage.percent(t.reciprocity)) run both ways (the \"two-way street\")"
            : "whether they run both ways is not judged (\(analyses.collaboration.table.measured.reciprocityNotMeasured?.phrase ?? NotJudgedReason.recordsUndirected.phrase))"
        let strongTies = analyses.collaboration.table.strengthNotJudged.map { "which ties are strong is not judged (\($0.phrase))" }
            ?? "\(ReportPage.percent(t.strongShare)) are strong ties"
        var text = "\(t.pairCount) connected pairs of actors (\(t.recordCount) records): \(strongTies) and \(twoWay)"
        if analyses.collaboration.table.measured.depth {
            text += "; \(ReportPage.percent(t.pairShare(.coProduction))) reach co-production, \(ReportPage.percent(t.pairShare(.engagement))) stay at engagement"
        }
        return text + ". \(ReportPage.percent(profile.largestComponentShare)) of actors are in the largest connected component."
    }

    private func compositionSentence() -> String {
        let s = analyses.summary
        let kinds = ReportPage.folded(s.actorsByKind.compactMap { count in count.value.map { ReportPage.countOfKind(count.count, $0) } })
        var sentence = "The system has \(s.tieNetworkActorCount) actors" + (kinds.isEmpty ? "" : " (\(kinds))")
        let sectors = s.actorsBySector.filter { $0.value != nil }
        if !sectors.isEmpty {
            sentence += " in \(sectors.count) sectors: " + ReportPage.folded(s.actorsBySector.map { "\($0.value ?? GraphSummary.notGiven) \($0.count)" })
        }
        if s.membershipOnlyNetworks > 0 {
            sentence += "; besides them, \(s.membershipOnlyNetworks) networks are known only from their members (not actors of the tie network: left out of every count and measure)"
        }
        if s.membershipCount > 0 { sentence += "; \(s.memberCount) of them belong to \(s.networkCount) networks" }
        return sentence + "."
    }

    /// A list in words, the first `limit` items and "… and K more" (``TextList``).
    static func folded(_ items: [String], limit: Int = 8) -> String { TextList.folded(items, limit: limit) }

    /// "130 SMEs", "1 anchor institution": counts of actors in words.
    static func countOfKind(_ count: Int, _ kind: String) -> String {
        let names: [String: (String, String)] = [
            "anchor": ("anchor institution", "anchor institutions"), "sme": ("SME", "SMEs"),
            "employer": ("employer", "employers"), "network": ("network", "networks"),
            "public": ("public body", "public bodies"), "school": ("school", "schools"),
            "provider": ("provider", "providers"), "community": ("community organisation", "community organisations"),
        ]
        guard let (one, many) = names[kind] else { return "\(count) \(kind)" }
        return "\(count) \(count == 1 ? one : many)"
    }

    private func topActors(by measure: CentralityMeasure, count: Int) -> [Int] {
        guard let column = analyses.centrality.column(measure), column.undefinedReason == nil else { return [] }
        return CentralityTable.rankedActors(column.values, count: count, population: analyses.centrality.population)
    }

    private func pairsByStrength() -> [GroupProfiles.Pair] {
        guard let groups = analyses.collaboration.groups else { return [] }
        // Only pairs with enough ties to judge (GroupProfiles.defaultMinimumPairs).
        return groups.pairs.filter { $0.first != GroupProfiles.missingGroup && $0.second != GroupProfiles.missingGroup
            && $0.status != .tooFewTies && $0.status != .noTies }
            .sorted { ($0.ties.strongShare, $0.ties.pairCount) > ($1.ties.strongShare, $1.ties.pairCount) }
    }

    // MARK: - Map

    /// "Shape: kind of actor. Fill: sector. ": the shape when actors have kinds, the fill
    /// the map uses (``MapStyle/fillAttribute(_:colourBy:)`` of the run's group), each
    /// left out when there is none.
    func mapKey() -> String {
        var key = graph.actors.contains { !$0.kind.isEmpty } ? "Shape: kind of actor. " : ""
        if let fill = MapStyle.fillAttribute(graph, colourBy: analyses.group) { key += "Fill: \(fill). " }
        return key
    }

    private func mapSection(_ m: inout HTML) {
        m.element("section", [("id", "map")]) { s in
            s.element("h2", text: "Map")
            s.element("p", [("class", "note")], text: mapKey() + "Size: betweenness. " + (analyses.collaboration.table.strengthNotJudged == nil
                ? "Solid ties are strong, dashed ties weak (by the rubric)"
                : "Solid and dashed ties split the pairs by the rubric's score, which here rests on \(analyses.collaboration.table.varyingComponents.map(\.rawValue).joined(separator: " and ")) alone (strong ties not judged)") + (analyses.map.arrows ? "; arrows show one-way ties from the initiating actor" : "") + ". Also as map.svg and map.png.")
            s.element("figure", [("class", "map")]) { f in f.raw(InteractiveMap.fragment(svg: map, actors: analyses.map.actors, graph: analyses.graph, groupAttribute: analyses.group, measures: InteractiveMap.measures(analyses.centrality))) }
            overviewCommunities(&s)
        }
    }

    /// The SVG Graphviz wrote, without its XML prolog and DOCTYPE, for inlining. Graphviz
    /// escapes every label it draws, and the DOT it was given escaped every name.
    static func inlineSVG(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return String(text[start.lowerBound...])
    }

    // MARK: - Brokers, constraint, cut points

    private func brokers(_ m: inout HTML) {
        m.element("section", [("id", "brokers")]) { s in
            s.element("h2", text: "Brokers")
            let roleNote = analyses.group.map { "Gould–Fernandez roles counted as sna::brokerage does, by \($0)." }
                ?? "Gould–Fernandez roles not counted: the actors have no group attribute."
            s.element("p", [("class", "note")], text: "Betweenness: NetworkX-normalised, \(analyses.context.weighted ? "weighted" : "unweighted"). \(roleNote) Effective size and constraint after Burt (1992). Click a column to sort.")
            let roles = analyses.group == nil ? [] : BrokerageRole.allCases.map(BrokerageColumn.role)
            let rows = topActors(by: .betweenness, count: 15).map { u -> [String] in
                let a = graph.actors[u]
                let head: [String] = [a.label, a.kind, analyses.groupValue(a), ReportPage.fixed(analyses.centralityValue(.betweenness, u), 4)]
                let roleCells: [String] = roles.map { analyses.brokerageValue($0, u).map { String(Int($0)) } ?? "" }
                let holes: [String] = [ReportPage.fixed(analyses.brokerageValue(.effectiveSize, u), 2),
                                       ReportPage.fixed(analyses.brokerageValue(.constraint, u), 3)]
                return head + roleCells + holes
            }
            let headers: [String] = ["actor", "kind", analyses.groupName, "betweenness"] + roles.map(\.header) + ["effective size", "constraint"]
            s.table(headers: headers, numeric: Set(3 ..< headers.count), rows: rows, caption: "Top 15 actors by betweenness")
            s.element("h3", text: "Most constrained actors")
            s.element("p", [("class", "note")], text: "High constraint: an actor's partners are tied to each other or to one dominant partner, so it has few structural holes to broker (actors with at least two partners).")
            let constrained = graph.actors.indices.filter { (analyses.brokerageValue(.partners, $0) ?? 0) >= 2 }
                .sorted { (analyses.brokerageValue(.constraint, $0) ?? 0, -$0) > (analyses.brokerageValue(.constraint, $1) ?? 0, -$1) }
                .prefix(10)
            s.table(headers: ["actor", "kind", analyses.groupName, "partners", "constraint", "effective size"], numeric: [3, 4, 5],
                    rows: constrained.map { u in
                        let a = graph.actors[u]
                        return [a.label, a.kind, analyses.groupValue(a), String(Int(analyses.brokerageValue(.partners, u) ?? 0)),
                                ReportPage.fixed(analyses.brokerageValue(.constraint, u), 3), ReportPage.fixed(analyses.brokerageValue(.effectiveSize, u), 2)]
                    })
            s.element("h3", text: "Cut points")
            if analyses.cutPoints.isEmpty {
                s.element("p", text: "No actor's removal disconnects the network.")
            } else {
                s.element("p", [("class", "note")], text: "Actors whose removal splits their component; \"cut off\" counts the actors that would lose their path to the largest remaining piece.")
                let points = analyses.cutPoints.sorted { ($0.cutOff, -$0.actor) > ($1.cutOff, -$1.actor) }
                s.table(headers: ["actor", "kind", analyses.groupName, "cut off", "pieces"], numeric: [3, 4],
                        rows: points.map { p in
                            let a = graph.actors[p.actor]
                            return [a.label, a.kind, analyses.groupValue(a), String(p.cutOff), String(p.pieces)]
                        })
            }
        }
    }

    // MARK: - Groups and tiers

    private func groupPairs(_ m: inout HTML) {
        guard let groups = analyses.collaboration.groups else { return }
        m.element("section", [("id", "groups")]) { s in
            s.element("h2", text: "How the \(analyses.groupName)s collaborate")
            s.element("p", [("class", "note")], text: "A \(analyses.groupName) or pair of \(analyses.groupName)s with fewer than \(GroupProfiles.defaultMinimumPairs) connected pairs is not judged: too few ties to judge.")
            s.table(headers: [analyses.groupName, "actors", "pairs", "strong", "two-way", "co-production", "verdict"], numeric: [1, 2, 3, 4, 5],
                    rows: groups.groups.map { g in
                        let t = g.profile.ties
                        return [g.name, String(g.memberCount), String(t.pairCount), strong(t),
                                twoWay(t), coProduction(t), g.judgement]
                    }, caption: "Within each \(analyses.groupName)")
            let ranked = groups.rankedPairs
            let shown = ranked.prefix(ReportPage.pairRows)
            s.table(headers: [analyses.groupName, "with", "pairs", "strong", "two-way", "co-production", "status"], numeric: [2, 3, 4, 5],
                    rows: shown.map { p in
                        [p.first, p.second, String(p.ties.pairCount), strong(p.ties), twoWay(p.ties),
                         coProduction(p.ties), p.status.rawValue]
                    }, caption: "Between \(analyses.groupName)s, judged pairs first (gaps: no ties, or only weak ties)")
            if ranked.count > shown.count {
                let rest = ranked.dropFirst(shown.count)
                let none = rest.filter { $0.status == .noTies }.count, few = rest.filter { $0.status == .tooFewTies }.count
                s.element("p", [("class", "note")], text: "… and \(rest.count) more pairs (\(none) with no ties, \(few) with too few to judge); all of them are in collaboration.json.")
            }
        }
    }

    // MARK: - A what-if scenario, side by side

    private func scenario(_ m: inout HTML) {
        guard let comparison = analyses.scenario else { return }
        m.element("section", [("id", "scenario")]) { s in
            s.element("h2", text: "What if: the scenario beside the system as it is")
            s.element("p", text: "Changes: " + scenarioChanges(comparison) + ". Every number is measured on the changed graph with the same view, groups and rubric (scenario.json has them all).")
            let b = comparison.before, a = comparison.after
            func row(_ name: String, _ x: String, _ y: String) -> [String] { [name, x, y] }
            s.table(headers: ["", "as it is", "with the scenario"], numeric: [1, 2], rows: [
                row("actors", String(b.actors), String(a.actors)),
                row("ties", String(b.ties), String(a.ties)),
                row("components", String(b.components), String(a.components)),
                row("largest component", "\(b.largestComponent) (\(ReportPage.percent(b.largestComponentShare)))", "\(a.largestComponent) (\(ReportPage.percent(a.largestComponentShare)))"),
                row("isolates", String(b.isolates), String(a.isolates)),
                row("verdict", b.verdict.kind.rawValue, a.verdict.kind.rawValue),
                row("top broker", b.brokers.first.map { graph.actors[Int($0.actor)].label } ?? "–",
                    a.brokers.first.map { comparison.outcome.graph.actors[Int($0.actor)].label } ?? "–"),
            ], caption: "The whole system")
            if !comparison.cutOff.isEmpty {
                s.element("p", text: "Cut off from the largest component: " + ReportPage.folded(comparison.cutOff.map { graph.actors[Int($0)].label }, limit: 12) + ".")
            }
            if !comparison.groupPairsLosingLastTie.isEmpty {
                s.element("p", text: "\(analyses.groupName.capitalized) pairs losing their last tie: " + ReportPage.folded(comparison.groupPairsLosingLastTie.map { "\($0.first) – \($0.second)" }) + ".")
            }
            if !comparison.focus.isEmpty {
                s.table(headers: ["focus actor", "partners", "reached within 2 hops", "constraint", "betweenness"], numeric: [1, 2, 3, 4],
                        rows: comparison.focus.map { f in
                            let name = graph.actors[Int(f.actor)].label
                            guard let after = f.after else {
                                return [name + " (removed)", "\(f.before.partners) → –", "\(f.before.reach) → –", "–", "–"]
                            }
                            return [name, "\(f.before.partners) → \(after.partners)", "\(f.before.reach) → \(after.reach)",
                                    "\(ReportPage.fixed(f.before.constraint, 3)) → \(ReportPage.fixed(after.constraint, 3))",
                                    "\(ReportPage.fixed(f.before.betweenness, 4)) → \(ReportPage.fixed(after.betweenness, 4))"]
                        }, caption: "The focus actors")
            }
        }
    }

    /// "remove East London Business Alliance; merge Newham College into …" in words.
    private func scenarioChanges(_ comparison: WhatIfComparison) -> String {
        let outcome = comparison.outcome
        var parts = outcome.removed.map { "remove \(graph.actors[Int($0)].label)" }
        parts += outcome.merged.map { "merge \(graph.actors[Int($0.actor)].label) into \(graph.actors[Int($0.into)].label)" }
        if outcome.addedTies > 0 { parts.append("add \(outcome.addedTies) tie\(outcome.addedTies == 1 ? "" : "s")") }
        return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }

    // MARK: - Communities and core–periphery

    private func communities(_ m: inout HTML) {
        let report = analyses.communities
        guard report.tieCount > 0 else { return }
        m.element("section", [("id", "communities")]) { s in
            s.element("h2", text: "Communities")
            let modularity = report.quality.map { ReportPage.fixed($0, 3) } ?? "undefined"
            let larger = report.communities.filter { $0.size > 1 }
            s.element("p", text: "Leiden (modularity, resolution 1, seed 1) finds \(larger.count) communities of two or more actors among the \(report.actorCount) actors; modularity \(modularity).")
            if !analyses.communityComparisons.isEmpty {
                let parts = analyses.communityComparisons.map { c in
                    "\(c.attribute): NMI \(ReportPage.fixed(c.result.normalizedMutualInformation, 2)), ARI \(ReportPage.fixed(c.result.adjustedRandIndex, 2))"
                        + (c.attributeQuality.map { " (the \(c.attribute) groups themselves: modularity \(ReportPage.fixed($0, 3)))" } ?? "")
                }
                s.element("p", text: "Do they follow existing groups? Agreement with " + parts.joined(separator: "; ")
                          + ". 1 means the communities are exactly the groups, about 0 that they are unrelated.")
            }
            s.table(headers: ["community", "actors", "internal density", "ties inside", "kinds", analyses.groupName, "most central", "bridges to others"],
                    numeric: [0, 1, 2, 3],
                    rows: larger.prefix(12).map { c in
                        [String(c.index + 1), String(c.size), ReportPage.fixed(c.internalDensity, 3),
                         c.insideShare.map(ReportPage.percent) ?? "–",
                         ReportPage.folded(c.kinds.map { "\($0.name) \($0.count)" }, limit: 3),
                         ReportPage.folded(c.groups.map { "\($0.name) \($0.count)" }, limit: 3),
                         c.mostCentral.map { graph.actors[Int($0)].label }.joined(separator: "; "),
                         c.bridges.prefix(3).map { graph.actors[Int($0)].label }.joined(separator: "; ")]
                    }, caption: "The largest communities (every actor's community is in communities.csv)")
        }
    }

    private func corePeriphery(_ m: inout HTML) {
        let report = analyses.corePeriphery
        guard let fit = report.discrete.fit else { return }
        m.element("section", [("id", "core")]) { s in
            s.element("h2", text: "Core and periphery")
            let b = report.discrete.blocks
            let f = { (x: Double?) in ReportPage.fixed(x, 3) }
            s.element("p", text: "The Borgatti–Everett split that best fits an ideal core–periphery pattern puts \(report.discrete.coreSize) actors in the core (fit r = \(f(fit))). Tie density inside the core \(f(b.coreToCore)), between core and periphery \(f(b.coreToPeriphery)), inside the periphery \(f(b.peripheryToPeriphery)).")
            s.element("p", text: "In the core by kind: " + report.composition.kinds.map { "\($0.name) \($0.inCore) of \($0.total)" }.joined(separator: ", ") + ".")
            let core = Ranking.ranked(report.discrete.core) { report.continuous.coreness[Int($0)] }
            s.table(headers: ["actor", "kind", analyses.groupName, "coreness"], numeric: [3],
                    rows: core.prefix(15).map { actor in
                        let a = graph.actors[Int(actor)]
                        return [a.label, a.kind, analyses.groupValue(a), ReportPage.fixed(report.continuous.coreness[Int(actor)], 3)]
                    }, caption: "Core members by continuous coreness (all actors in core-periphery.csv)")
        }
    }

    // MARK: - Methods

    private func methods(_ m: inout HTML) {
        m.element("section", [("id", "methods")]) { s in
            s.element("h2", text: "Methods")
            s.element("p", text: "Computed on: \(analyses.context.viewSummary). Every measure on this page matches a named reference implementation; methods.md gives each one's definition, reference and version, the view it was computed on and its citations (BibTeX in references.bib).")
            if let merges = graph.declaration.merges { s.element("p", text: Methods.mergesSummary(merges)) }
            s.element("ul") { list in
                for measure in EcologyReport.measuresShown {
                    list.element("li") { li in
                        li.element("strong", text: measure.title + ".")
                        li.add(" \(measure.definition) Reference: \(measure.implementation).")
                    }
                }
            }
        }
    }

    private func tiers(_ m: inout HTML) {
        guard let tiers = analyses.collaboration.tiers else { return }
        m.element("section", [("id", "tiers")]) { s in
            s.element("h2", text: "Horizontal and vertical ties")
            s.element("p", text: "Collaborative horizontalities (ties within a tier): \(ReportPage.percent(tiers.horizontalShare)) of classified pairs, \(ReportPage.percent(tiers.horizontal.strongShare)) of them strong. Facilitating verticalities (across tiers): \(ReportPage.percent(tiers.verticalShare)), \(ReportPage.percent(tiers.vertical.strongShare)) strong.")
            let mediators = tiers.mediators.prefix(10)
            if !mediators.isEmpty {
                s.table(headers: ["45-degree mediator", "tier", "strong within tier", "strong across tiers"], numeric: [2, 3],
                        rows: mediators.map { [graph.actors[Int($0.actor)].label, $0.tier, String($0.strongHorizontal), String($0.strongVertical)] },
                        caption: "Actors with strong ties both within and across their tier")
            }
        }
    }

    // MARK: - Focus actors

    private func foci(_ m: inout HTML) {
        guard !analyses.foci.isEmpty else { return }
        m.element("section", [("id", "focus")]) { s in
            s.element("h2", text: "Focus actors")
            for focus in analyses.foci {
                let a = graph.actors[focus]
                s.element("article", [("class", "focus")]) { f in
                    f.element("h3", text: a.label)
                    let partners = Int(analyses.brokerageValue(.partners, focus) ?? 0)
                    f.element("p", text: "\(partners) partners; betweenness \(ReportPage.fixed(analyses.centralityValue(.betweenness, focus), 4)); effective size \(ReportPage.fixed(analyses.brokerageValue(.effectiveSize, focus), 2)); constraint \(ReportPage.fixed(analyses.brokerageValue(.constraint, focus), 3)); \(Int(analyses.brokerageValue(.role(.total), focus) ?? 0)) brokerage two-paths (\(Int(analyses.brokerageValue(.role(.liaison), focus) ?? 0)) as liaison between \(analyses.groupName)s).")
                    if let gaps = analyses.gaps.first(where: { $0.focus == focus }) { gapSummary(&f, gaps) }
                    competitors(&f, focus)
                    if let map = focusMaps[focus] {
                        f.element("figure", [("class", "map focus-map")]) { fig in fig.raw(ReportPage.inlineSVG(map)) }
                        f.element("p", [("class", "note")], text: "Dashed vermillion ties: the \(ReportAnalyses.suggestionsDrawn) best recommended new partnerships.")
                    }
                }
            }
        }
    }

    /// The five sections of `collab gaps` for one focus, in brief; all of it is in
    /// `gaps-<id>.json`.
    private func gapSummary(_ f: inout HTML, _ gaps: FocusGaps) {
        let holes = gaps.holes
        let unreached = gaps.unreached
        f.element("p", text: "Structural holes: \(holes.holeCount) of its \(holes.partnerPairs) pairs of partners are not tied to each other. Reach: \(unreached.reachedCount) actors within \(unreached.maxHops) hops; \(unreached.unreachedCount) not reached, \(unreached.smes.count) of them SMEs.")
        let bridgeable = gaps.groupGaps.prefix(4).map { gap -> String in
            let names = gaps.groups.names
            return "\(names[gap.first]) – \(names[gap.second]) (\(gap.ties == 0 ? "no ties" : "\(gap.ties) weak tie\(gap.ties == 1 ? "" : "s")"))"
        }
        if !bridgeable.isEmpty {
            f.element("p", text: "Group gaps it could bridge: " + bridgeable.joined(separator: "; ") + (gaps.groupGaps.count > 4 ? "; and \(gaps.groupGaps.count - 4) more." : "."))
        }
        let dependent = gaps.fragility.partnerDependence.reduce(0) { $0 + $1.dependents.count }
        if dependent > 0, let first = gaps.fragility.partnerDependence.first {
            f.element("p", text: "Fragility: \(dependent) actors within reach hang on a single partner; the largest dependence is on \(graph.actors[first.partner].label) (\(first.dependents.count) actors).")
        }
        let rows = gaps.recommendations.prefix(8).map { r -> [String] in
            let e = r.effect
            return [graph.actors[r.target].label, graph.actors[r.target].kind, analyses.groupValue(graph.actors[r.target]),
                    ReportPage.fixed(r.score, 2), ReportPage.fixed(e.deltaConstraint, 4), "+\(e.deltaReach)",
                    e.deltaBetweenness.map { ReportPage.fixed($0, 4) } ?? "", r.reason]
        }
        if !rows.isEmpty {
            f.table(headers: ["recommended partner", "kind", analyses.groupName, "score", "Δ constraint", "Δ reach", "Δ betweenness", "why"],
                    numeric: [3, 4, 5, 6], rows: rows, caption: "Recommended new partnerships (measured effect of each tie)")
        }
    }

    // MARK: - Timeline

    private func timeline(_ m: inout HTML) {
        guard let timeline = analyses.collaboration.timeline, !timeline.periods.isEmpty else { return }
        m.element("section", [("id", "timeline")]) { s in
            s.element("h2", text: "Timeline")
            s.element("p", [("class", "note")], text: "The profile of the records active in each \(timeline.granularity.rawValue): how the system's collaboration changed.")
            s.table(headers: ["period", "pairs", "strong", "two-way", "co-production", "largest component", "verdict"], numeric: [1, 2, 3, 4, 5],
                    rows: timeline.periods.map { p in
                        let t = p.profile.ties
                        let strongShare = p.profile.verdict.criterion(.strongShare) == nil ? "not judged" : ReportPage.percent(t.strongShare)
                        return [p.label, String(t.pairCount), strongShare, twoWay(t),
                                coProduction(t), ReportPage.percent(p.profile.largestComponentShare), p.profile.verdict.kind.rawValue]
                    })
        }
    }

    private func filesSection(_ m: inout HTML) {
        m.element("section", [("id", "files")]) { s in
            s.element("h2", text: "The numbers behind this page")
            s.element("ul") { list in
                let tables: [(String, String)] = [("actors.csv", "every centrality and brokerage measure, one row per actor"),
                                                  ("ties.csv", "every connected pair with its strength components and class"),
                                                  ("collaboration.json", "the view, profile, verdict, groups, tiers and timeline"),
                                                  ("communities.csv", "every actor's community and participation coefficient"),
                                                  ("core-periphery.csv", "every actor's place in the core or periphery and its coreness"),
                                                  ("methods.md", "definitions, reference implementations and citations (references.bib)")]
                let gapFiles: [(String, String)] = analyses.foci.map { focus in
                    ("gaps-\(EcologyReport.fileSafe(graph.actors[focus].id)).json", "brokerage gaps and recommendations of \(graph.actors[focus].label), best first (its left_out counts what a long list did not write; collab report --full-gaps writes everything)")
                }
                var positionFiles: [(String, String)] = []
                if analyses.centralization != nil || analyses.competition != nil { positionFiles.append(("competition.json", "centralization, the providers' partner overlap and multiple demands")) }
                if analyses.chanceTests != nil { positionFiles.append(("chance-tests.json", "the chance tests: observed values, p-values, the null's quantiles and histogram")) }
                let files = tables + positionFiles + gapFiles + [("map.svg", "the map (also map.png)")]
                for (file, what) in files {
                    list.element("li") { li in
                        li.element("a", [("href", file)], text: file)
                        li.add(": \(what)")
                    }
                }
            }
        }
    }

    static let css = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --accent: #0072B2; --weak: #D55E00; --strong: #009E73; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
    header, main { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 24px; border-bottom: 1px solid var(--rule); }
    h1 { font-size: 28px; margin: 0 0 4px; }
    h2 { font-size: 21px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
    h3 { font-size: 17px; margin: 20px 0 6px; }
    .subtitle, .note { color: var(--muted); font-size: 13px; }
    .summary { font-size: 16px; }
    .verdict { display: inline-flex; gap: 12px; align-items: baseline; padding: 10px 16px; border-radius: 8px; margin-top: 16px; background: #f3f3f5; }
    .verdict strong { font-size: 24px; }
    .verdict.weakly-collaborative strong { color: var(--weak); }
    .verdict.strongly-collaborative strong { color: var(--strong); }
    .verdict.fragmented strong { color: #CC79A7; }
    .verdict .label { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); }
    .criteria { list-style: none; padding: 0; margin: 6px 0; }
    .criteria .met { color: var(--strong); } .criteria .not-met { color: var(--weak); } .criteria .not-judged { color: var(--muted); }
    .brokers li { margin: 2px 0; }
    figure.map { margin: 8px 0; overflow: auto; border: 1px solid var(--rule); border-radius: 6px; }
    figure.map svg { width: 100%; height: auto; max-height: 900px; }
    table { border-collapse: collapse; margin: 10px 0 18px; font-size: 13px; width: 100%; }
    caption { text-align: left; font-weight: 600; padding: 4px 0; }
    th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    th { cursor: pointer; background: #f7f7f9; position: sticky; top: 0; }
    th[data-order="asc"]::after { content: " ▲"; } th[data-order="desc"]::after { content: " ▼"; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    article.focus { border-top: 1px dashed var(--rule); }
    a { color: var(--accent); }
    .chance-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px 24px; }
    figure.chart { margin: 8px 0; } figure.chart svg { max-width: 100%; height: auto; } figure.chart figcaption { font-size: 14px; }
    @media print { th { position: static; } figure.map { border: none; } section { break-inside: avoid-page; } }

    """
}
