import CollabGraph
import CollabAnalysis

/// How a ``CollaborationReport`` is written: text, CSV and JSON.
extension CollaborationReport {
    // MARK: - Text

    static func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }
    static func fixed(_ x: Double, _ digits: Int = 3) -> String { NumberFormat.fixed(x, digits: digits) }

    /// Aligns columns: the first left-aligned, the others right-aligned unless listed.
    static func columns(_ rows: [[String]], leftAligned: Set<Int> = [0], indent: String = "  ") -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = indent
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { line += "  " }
                line += leftAligned.contains(i) ? cell + (i == row.count - 1 ? "" : pad) : pad + cell
            }
            out += line + "\n"
        }
        return out
    }

    public func text() -> String {
        let p = profile, t = p.ties
        let percent = CollaborationReport.percent
        func fixed(_ x: Double) -> String { CollaborationReport.fixed(x) }
        var out = "Collaboration profile: \(graphName)\n"
        out += "View: \(viewSummary)\n"
        if let profileNote { out += "Note: \(profileNote)\n" }
        out += "Rubric: \(table.rubric.label): strong when strength ≥ \(NumberFormat.shortest(table.rubric.threshold)); weights "
        out += StrengthRubric.Component.allCases.filter { table.effectiveWeight($0) > 0 }
            .map { "\($0.rawValue) \(NumberFormat.fixed(table.effectiveWeight($0), digits: 3))" }.joined(separator: ", ")
        // Components the data cannot measure, and reciprocity not judged with its reason.
        var left: [String] = []
        let unmeasured = table.measured.omitted.filter { $0 != .reciprocity || table.measured.reciprocityNotMeasured == nil }
        if !unmeasured.isEmpty { left.append("not measured: " + unmeasured.map(\.rawValue).joined(separator: ", ")) }
        if let reason = table.measured.reciprocityNotMeasured { left.append("reciprocity not judged: \(reason.phrase)") }
        if let reason = table.strengthNotJudged {
            let varying = table.varyingComponents.isEmpty ? "none varies" : "varying: " + table.varyingComponents.map(\.rawValue).joined(separator: ", ")
            left.append("strong share not judged: \(reason.phrase) (\(varying))")
        }
        if !left.isEmpty { out += " (" + left.joined(separator: "; ") + ")" }
        out += "\n"
        if let o = table.observation { out += "Records dated \(o.lowerBound) to \(o.upperBound)\n" }
        out += "\nVerdict: \(p.verdict.kind.rawValue.uppercased())\n  \(p.verdict.explanation)\n"
        out += CollaborationReport.criteria(p.verdict)
        out += "\nTies\n"
        out += CollaborationReport.columns([
            ["actors", String(p.actorCount)],
            ["connected pairs", "\(t.pairCount) (\(t.recordCount) records, weight \(NumberFormat.shortest(t.weight)))"],
            ["strong pairs", "\(t.strongPairs) (\(percent(t.strongShare)) of pairs, \(percent(t.strongWeightShare)) of weight)"
                + (table.strengthNotJudged.map { "; not judged: \($0.phrase)" } ?? "")],
            ["two-way pairs", table.measured.reciprocityNotMeasured.map { "not judged: \($0.phrase)" } ?? "\(t.reciprocalPairs) (\(percent(t.reciprocity)))"],
            ["mean strength", fixed(t.meanStrength)],
            ["mean multiplexity", fixed(t.meanMultiplexity)],
        ], leftAligned: [0, 1])
        out += "\nDepth (pairs by their deepest rung; record weight by rung)\n"
        out += table.measured.depth ? CollaborationReport.depthTable(t)
            : "  not measured: no record has a relation type rated on the engagement < exchange < co-production ladder\n"
        out += "\nStructure\n"
        out += CollaborationReport.columns([
            ["transitivity", fixed(p.transitivity)],
            ["average clustering", fixed(p.averageClustering)],
            ["components", String(p.componentCount)],
            ["largest component", "\(p.largestComponentSize) actors (\(percent(p.largestComponentShare)))"],
            ["isolates", String(p.isolateCount)],
        ], leftAligned: [0, 1])
        if let groups { out += "\n" + groupText(groups) }
        if let tiers { out += "\n" + tierText(tiers) }
        if let timeline { out += "\n" + timelineText(timeline) }
        return out
    }

    static func criteria(_ verdict: Verdict) -> String {
        let measured = verdict.criteria.map { c in
            [c.met ? "[met]" : "[not met]", c.name.rawValue, percent(c.value), c.met ? "≥" : "<", percent(c.threshold), c.name.meaning]
        }
        let unmeasured = verdict.notJudged.map { c in
            ["[not judged]", c.name.rawValue, "–", "", "", "not judged: \(c.reason.phrase); the verdict rests on the criteria above"]
        }
        return columns(measured + unmeasured, leftAligned: [0, 1, 3, 5])
    }

    static func depthTable(_ t: TieSummary) -> String {
        var rows = [["rung", "pairs", "share", "weight share"]]
        for depth in [Depth.engagement, .exchange, .coProduction] as [Depth?] + [nil] {
            if depth == nil && t.pairsByDepth.unrated == 0 && t.weightByDepth.unrated == 0 { continue }
            rows.append([depth?.description ?? "unrated", String(t.pairsByDepth[depth]), percent(t.pairShare(depth)),
                         percent(t.weightShare(depth))])
        }
        return columns(rows)
    }

    static let summaryHeader = ["pairs", "strong", "two-way", "co-prod", "multiplex", "strength"]
    /// Pairs, strong share, two-way share ("–" when not measured), co-production share,
    /// mean multiplexity, mean strength.
    func summaryCells(_ t: TieSummary) -> [String] {
        let percent = CollaborationReport.percent, fixed = CollaborationReport.fixed
        return [String(t.pairCount), percent(t.strongShare), table.measured.reciprocity ? percent(t.reciprocity) : "–",
                table.measured.depth ? percent(t.pairShare(.coProduction)) : "–", fixed(t.meanMultiplexity, 2), fixed(t.meanStrength, 3)]
    }

    /// Between-group rows printed in text before the rest are folded into "… and K more".
    public static let betweenRowsShown = 12
    /// Gaps named in text before the rest are folded.
    public static let gapsNamed = 8

    func groupText(_ g: GroupProfiles) -> String {
        var out = "By \(g.attribute): within each group (fewer than \(g.minimumPairs) pairs: \(GroupProfiles.tooFewTiesText))\n"
        var rows = [["group", "actors"] + CollaborationReport.summaryHeader + ["clustering", "verdict"]]
        // Judged groups first, then the others by pairs and size; long lists folded.
        let ordered = g.groups.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            if (a.judgedVerdict != nil) != (b.judgedVerdict != nil) { return a.judgedVerdict != nil }
            if a.profile.ties.pairCount != b.profile.ties.pairCount { return a.profile.ties.pairCount > b.profile.ties.pairCount }
            return a.memberCount != b.memberCount ? a.memberCount > b.memberCount : x.offset < y.offset
        }.map(\.element)
        let groupsShown = ordered.prefix(max(CollaborationReport.betweenRowsShown, ordered.filter { $0.judgedVerdict != nil }.count))
        for group in groupsShown {
            rows.append([group.name, String(group.memberCount)] + summaryCells(group.profile.ties)
                        + [CollaborationReport.fixed(group.profile.averageClustering), group.judgement])
        }
        out += CollaborationReport.columns(rows, leftAligned: [0, rows[0].count - 1])
        if ordered.count > groupsShown.count {
            let rest = ordered.count - groupsShown.count
            out += "  … and \(rest) more group\(rest == 1 ? "" : "s") with too few ties to judge (all in --format json)\n"
        }
        out += "\nBy \(g.attribute): between groups (most pairs first)\n"
        rows = [["groups"] + CollaborationReport.summaryHeader + ["status"]]
        let ranked = g.rankedPairs
        let shown = ranked.filter { $0.status != .noTies }.prefix(CollaborationReport.betweenRowsShown)
        for pair in shown {
            rows.append(["\(pair.first) – \(pair.second)"] + summaryCells(pair.ties) + [pair.status.rawValue])
        }
        out += CollaborationReport.columns(rows, leftAligned: [0, rows[0].count - 1])
        let folded = ranked.count - shown.count
        if folded > 0 {
            let noTies = ranked.filter { $0.status == .noTies }.count
            let tooFew = ranked.filter { $0.status == .tooFewTies }.count - shown.filter { $0.status == .tooFewTies }.count
            var parts: [String] = []
            if noTies > 0 { parts.append("\(noTies) with no ties") }
            if tooFew > 0 { parts.append("\(tooFew) with too few ties to judge") }
            let judged = folded - noTies - tooFew
            if judged > 0 { parts.append("\(judged) judged") }
            out += "  … and \(folded) more group pair\(folded == 1 ? "" : "s") (" + parts.joined(separator: ", ") + "; all in --format json)\n"
        }
        let gaps = g.rankedGaps.filter { g.possiblePairs($0) > 0 }
        if !gaps.isEmpty {
            out += "  Gaps (no ties or only weak ties, between groups whose members have ties; most possible pairs first): "
            out += gaps.prefix(CollaborationReport.gapsNamed).map { pair in
                let what = pair.status == .tooFewTies ? "\(pair.ties.pairCount) weak pair\(pair.ties.pairCount == 1 ? "" : "s")" : pair.status.rawValue
                return "\(pair.first) – \(pair.second) (\(what))"
            }.joined(separator: "; ")
            if gaps.count > CollaborationReport.gapsNamed { out += "; … and \(gaps.count - CollaborationReport.gapsNamed) more" }
            out += "\n"
        }
        return out
    }

    func tierText(_ tiers: TierAnalysis) -> String {
        let percent = CollaborationReport.percent
        var out = "Horizontal and vertical ties (\(tiers.attribute): local < subregional < regional < national; \(tiers.tieredActors) actors with a tier)\n"
        var rows = [["ties", "share"] + CollaborationReport.summaryHeader]
        rows.append(["horizontal (same tier)", percent(tiers.horizontalShare)] + summaryCells(tiers.horizontal))
        rows.append(["vertical (across tiers)", percent(tiers.verticalShare)] + summaryCells(tiers.vertical))
        out += CollaborationReport.columns(rows)
        if tiers.unclassifiedPairs > 0 { out += "  \(tiers.unclassifiedPairs) pairs touch an actor without a tier (left out)\n" }
        out += "\nBy tier pair\n"
        rows = [["tiers"] + CollaborationReport.summaryHeader]
        for pair in tiers.tierPairs {
            rows.append(["\(pair.first) – \(pair.second)"] + summaryCells(pair.ties))
        }
        out += CollaborationReport.columns(rows)
        out += "\n45-degree mediators (strong ties both within and across their tier), ranked\n"
        if tiers.mediators.isEmpty {
            out += "  none\n"
        } else {
            rows = [["rank", "actor", "tier", "strong within", "strong across", "within", "across"]]
            for (i, m) in tiers.mediators.enumerated() {
                rows.append([String(i + 1), actorIDs[Int(m.actor)], m.tier, String(m.strongHorizontal), String(m.strongVertical),
                             String(m.horizontal), String(m.vertical)])
            }
            out += CollaborationReport.columns(rows, leftAligned: [1, 2])
        }
        return out
    }

    func timelineText(_ timeline: Timeline) -> String {
        let out = "Timeline by \(timeline.granularity.rawValue) (records active in each period; undated records count in every period)\n"
        if timeline.periods.isEmpty { return out + "  no dated records\n" }
        var rows = [["period"] + CollaborationReport.summaryHeader + ["transitivity", "largest", "verdict"]]
        for period in timeline.periods {
            let p = period.profile
            rows.append([period.label] + summaryCells(p.ties)
                        + [CollaborationReport.fixed(p.transitivity), CollaborationReport.percent(p.largestComponentShare), p.verdict.kind.rawValue])
        }
        return out + CollaborationReport.columns(rows, leftAligned: [0, rows[0].count - 1])
    }

    // MARK: - JSON

    static func json(_ t: TieSummary) -> JSONValue {
        func depthObject(_ value: (Depth?) -> Double) -> JSONValue {
            .object([("engagement", .number(value(.engagement))), ("exchange", .number(value(.exchange))),
                     ("co-production", .number(value(.coProduction))), ("unrated", .number(value(nil)))])
        }
        return .object([
            ("pairs", .number(Double(t.pairCount))),
            ("records", .number(Double(t.recordCount))),
            ("weight", .number(t.weight)),
            ("strong_pairs", .number(Double(t.strongPairs))),
            ("strong_share", .number(t.strongShare)),
            ("strong_weight_share", .number(t.strongWeightShare)),
            ("reciprocal_pairs", .number(Double(t.reciprocalPairs))),
            ("reciprocity", .number(t.reciprocity)),
            ("pairs_by_depth", depthObject { Double(t.pairsByDepth[$0]) }),
            ("pair_share_by_depth", depthObject { t.pairShare($0) }),
            ("weight_share_by_depth", depthObject { t.weightShare($0) }),
            ("mean_multiplexity", .number(t.meanMultiplexity)),
            ("mean_strength", .number(t.meanStrength)),
        ])
    }

    static func json(_ v: Verdict) -> JSONValue {
        .object([
            ("verdict", .string(v.kind.rawValue)),
            ("explanation", .string(v.explanation)),
            ("criteria", .array(v.criteria.map { c in
                .object([("name", .string(c.name.rawValue)), ("value", .number(c.value)), ("threshold", .number(c.threshold)),
                         ("met", .bool(c.met)), ("meaning", .string(c.name.meaning))])
            })),
            ("not_measured", .array(v.notJudged.map { .string($0.name.rawValue) })),
            ("not_measured_reason", .object(v.notJudged.map { ($0.name.rawValue, .string($0.reason.rawValue)) })),
            ("rests_on_connection_alone", .bool(v.restsOnConnectionAlone)),
        ])
    }

    public static func json(_ p: CollaborationProfile) -> JSONValue {
        .object([
            ("actors", .number(Double(p.actorCount))),
            ("ties", json(p.ties)),
            ("transitivity", .number(p.transitivity)),
            ("average_clustering", .number(p.averageClustering)),
            ("components", .number(Double(p.componentCount))),
            ("largest_component", .number(Double(p.largestComponentSize))),
            ("largest_component_share", .number(p.largestComponentShare)),
            ("isolates", .number(Double(p.isolateCount))),
            ("verdict", json(p.verdict)),
        ])
    }

    public func json() -> JSONValue {
        var pairs: [(String, JSONValue)] = [("graph", .string(graphName)), ("view", view)]
        pairs += table.rubricJSON().objectValue!
        pairs.append(("observation", table.observation.map {
            .object([("start", .string($0.lowerBound.description)), ("end", .string($0.upperBound.description))])
        } ?? .null))
        pairs.append(("profile", CollaborationReport.json(profile)))
        if let groups {
            pairs.append(("groups", .object([
                ("attribute", .string(groups.attribute)),
                ("minimum_pairs_to_judge", .number(Double(groups.minimumPairs))),
                ("within", .array(groups.groups.map { g in
                    .object([("group", .string(g.name)), ("actors", .number(Double(g.memberCount))),
                             ("judgement", .string(g.judgement)),
                             ("profile", CollaborationReport.json(g.profile))])
                })),
                ("between", .array(groups.rankedPairs.map { pair in
                    .object([("first", .string(pair.first)), ("second", .string(pair.second)),
                             ("status", .string(pair.status.rawValue)), ("ties", CollaborationReport.json(pair.ties)),
                             ("criteria", CollaborationReport.json(pair.verdict)["criteria"]!)])
                })),
            ])))
        }
        if let tiers {
            pairs.append(("tiers", .object([
                ("attribute", .string(tiers.attribute)),
                ("order", .array(TierAnalysis.tiers.map { .string($0) })),
                ("actors_with_tier", .number(Double(tiers.tieredActors))),
                ("horizontal_share", .number(tiers.horizontalShare)),
                ("vertical_share", .number(tiers.verticalShare)),
                ("horizontal", CollaborationReport.json(tiers.horizontal)),
                ("vertical", CollaborationReport.json(tiers.vertical)),
                ("unclassified_pairs", .number(Double(tiers.unclassifiedPairs))),
                ("tier_pairs", .array(tiers.tierPairs.map { tp in
                    .object([("first", .string(tp.first)), ("second", .string(tp.second)),
                             ("horizontal", .bool(tp.isHorizontal)), ("ties", CollaborationReport.json(tp.ties))])
                })),
                ("mediators", .array(tiers.mediators.enumerated().map { i, m in
                    .object([("rank", .number(Double(i + 1))), ("id", .string(actorIDs[Int(m.actor)])), ("tier", .string(m.tier)),
                             ("strong_horizontal", .number(Double(m.strongHorizontal))),
                             ("strong_vertical", .number(Double(m.strongVertical))),
                             ("horizontal", .number(Double(m.horizontal))), ("vertical", .number(Double(m.vertical)))])
                })),
            ])))
        }
        if let timeline {
            pairs.append(("timeline", .object([
                ("granularity", .string(timeline.granularity.rawValue)),
                ("periods", .array(timeline.periods.map { period in
                    .object([("period", .string(period.label)), ("start", .string(period.start.description)),
                             ("end", .string(period.end.description)), ("profile", CollaborationReport.json(period.profile))])
                })),
            ])))
        }
        return .object(pairs)
    }
}
