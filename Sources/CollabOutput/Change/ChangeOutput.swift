import CollabGraph
import CollabAnalysis

/// The text, JSON and CSV forms of a ``ChangeAnalysis``.
public enum ChangeOutput {
    public static func fixed(_ x: Double?, _ digits: Int = 3) -> String { x.map { NumberFormat.fixed($0, digits: digits) } ?? "undefined" }
    public static func signed(_ x: Double, _ digits: Int = 3) -> String { (x >= 0 ? "+" : "") + NumberFormat.fixed(x, digits: digits) }
    public static func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }

    public static func period(_ wave: Wave?) -> String {
        guard let wave else { return "" }
        return wave.isDay ? "on \(wave.first)" : "\(wave.first) to \(wave.last)"
    }

    public static func name(_ result: ChangeAnalysis, _ actor: Int32) -> String {
        let a = result.actors[Int(actor)]
        return a.label == a.id ? a.id : a.label
    }

    public static func names(_ result: ChangeAnalysis, _ actors: [Int32], limit: Int = 5) -> String {
        let shown = actors.prefix(limit).map { name(result, $0) }.joined(separator: "; ")
        return actors.count > limit ? shown + "; and \(actors.count - limit) more" : shown
    }

    public static func pairName(_ result: ChangeAnalysis, _ pair: ActorPair) -> String {
        "\(name(result, pair.from)) \(result.directed ? "→" : "↔") \(name(result, pair.to))"
    }

    public static func depthName(_ index: Int) -> String { index == 0 ? "unrated" : Depth(rawValue: index)!.description }

    // MARK: - Text

    public static func text(_ r: ChangeAnalysis, title: String) -> String {
        var out = "Change in \(title) across \(r.waves.count) waves (\(r.directed ? "directed ties: arcs" : "undirected ties: pairs"))\n\n"
        var waves = BrokerageTable(name: "waves", columns: ["wave", "period", "actors", "ties", "density", "components",
                                                          "largest", "transitivity", "communities", "verdict"], rows: [])
        for w in r.waves {
            waves.rows.append([.text(w.label), .text(period(w.wave)), .count(w.presentCount), .count(w.view.tieCount),
                               .text(fixed(w.cohesion.density, 4)), .count(w.profile.componentCount),
                               .text(percent(w.profile.largestComponentShare)), .text(fixed(w.profile.transitivity)),
                               .count(w.communityCount), .text(w.profile.verdict.kind.rawValue)])
        }
        out += align(waves) + "\n"
        for t in r.transitions {
            let a = r.waves[t.from], b = r.waves[t.to]
            let ties = t.comparison.ties, actors = t.comparison.actors
            out += "\(a.label) → \(b.label)\n"
            var line = "  Ties: \(ties.kept) kept, \(ties.gained) gained, \(ties.lost) lost; Hamming distance \(ties.hamming); Jaccard \(fixed(ties.jaccard))"
            if ties.isBelowStabilityThreshold {
                line += " — below 0.3: most ties changed, too much for a stochastic actor-oriented model to read as gradual change (Snijders, van de Bunt & Steglich 2010)"
            }
            out += line + "\n"
            out += "  Actors: \(actors.entered.count) entered, \(actors.left.count) left, \(actors.stayed) in both\n"
            if !actors.entered.isEmpty { out += "    entered: \(names(r, actors.entered))\n" }
            if !actors.left.isEmpty { out += "    left: \(names(r, actors.left))\n" }
            // Verdict.
            let v = t.verdict
            out += "  Verdict: \(v.before.rawValue) → \(v.after.rawValue)\(v.kindChanged ? "" : " (unchanged)")\n"
            for c in v.criteria {
                let before = c.before.map { "\(fixed($0.value)) (\($0.met ? "met" : "not met"))" } ?? "not measured"
                let after = c.after.map { "\(fixed($0.value)) (\($0.met ? "met" : "not met"))" } ?? "not measured"
                let threshold = (c.after ?? c.before).map { fixed($0.threshold, 2) } ?? ""
                out += "    \(c.name.rawValue): \(before) → \(after), threshold \(threshold)\(c.changed ? "  ← changed" : "")\n"
            }
            for missing in b.profile.verdict.notJudged where !v.criteria.contains(where: { $0.name == missing.name }) {
                out += "    \(missing.name.rawValue): not judged (\(missing.reason.phrase))\n"
            }
            // Ladder and direction.
            let m = t.moves
            out += "  Pairs in both waves: \(m.pairsInBoth); up the co-production ladder: \(m.deepened.count), down: \(m.weakened.count)"
            let unrated = m.depthTransitions[0].reduce(0, +)
            if unrated == m.pairsInBoth && m.pairsInBoth > 0 {
                out += " (no relation type is on the ladder: every pair is unrated)"
            }
            out += "\n"
            for move in m.deepened.prefix(3) { out += "    ↑ \(pairName(r, move.pair)): \(move.from) → \(move.to)\n" }
            for move in m.weakened.prefix(3) { out += "    ↓ \(pairName(r, move.pair)): \(move.from) → \(move.to)\n" }
            if let rec = m.reciprocity {
                out += "  One-way → two-way: \(rec.becameTwoWay.count) pairs; two-way → one-way: \(rec.becameOneWay.count); stayed two-way \(rec.stayedTwoWay), stayed one-way \(rec.stayedOneWay)\n"
            } else {
                out += "  One-way → two-way: not measured (the records carry no direction)\n"
            }
            // Brokers.
            for (measure, movers) in t.brokers {
                let label = measure.replacingOccurrences(of: "_", with: " ")
                func list(_ changes: [ScoreChange]) -> String {
                    changes.isEmpty ? "none" : changes.map { "\(name(r, $0.actor)) \(signed($0.delta, measure == "betweenness" ? 4 : 3))" }.joined(separator: "; ")
                }
                out += "  Brokers by \(label)\(measure == "constraint" ? " (lower is more brokerage)" : ""): rising \(list(movers.rising)); falling \(list(movers.falling))\n"
            }
            // Catalysis.
            for (focus, c) in zip(r.focus, t.catalysis) {
                out += "  Catalysis around \(name(r, focus)): \(r.partnerKind) partners \(c.before.partners.count) → \(c.after.partners.count); ties among them \(c.before.tiesAmong) → \(c.after.tiesAmong) (\(c.gained.count) gained, \(c.lost.count) lost); density \(fixed(c.before.density)) → \(fixed(c.after.density))\n"
            }
            // Communities and cohesion.
            let cc = t.communities
            out += "  Communities: NMI \(fixed(cc.agreement?.normalizedMutualInformation)) over \(cc.agreement?.actorCount ?? 0) actors in both waves; \(cc.continued.count) continued, \(cc.splits.count) split, \(cc.merges.count) merged, \(cc.dissolved.count) dissolved, \(cc.emerged.count) emerged\n"
            out += "  Cohesion: density \(fixed(a.cohesion.density, 4)) → \(fixed(b.cohesion.density, 4)); largest component \(percent(a.profile.largestComponentShare)) → \(percent(b.profile.largestComponentShare)); transitivity \(fixed(a.profile.transitivity)) → \(fixed(b.profile.transitivity))\n\n"
        }
        return out
    }

    /// A table as aligned text columns.
    public static func align(_ table: BrokerageTable) -> String {
        let cells = [table.columns] + table.rows.map { $0.map(\.text) }
        var widths = [Int](repeating: 0, count: table.columns.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return cells.map { row in
            row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    // MARK: - Tables (CSV and JSON)

    public static func tables(_ r: ChangeAnalysis) -> [BrokerageTable] {
        func id(_ a: Int32) -> BrokerageCell { .text(r.actors[Int(a)].id) }
        func label(_ a: Int32) -> BrokerageCell { .text(r.actors[Int(a)].label) }
        var waves = BrokerageTable(name: "waves", columns: ["wave", "first", "last", "actors", "ties", "records", "density",
                                                          "components", "largest_component_share", "transitivity",
                                                          "average_clustering", "communities", "modularity", "strong_share",
                                                          "reciprocity", "verdict"], rows: [])
        for w in r.waves {
            let reciprocity = w.profile.verdict.criteria.first { $0.name == .reciprocity }?.value
            waves.rows.append([.text(w.label), .text(w.wave.map { $0.first.description } ?? ""), .text(w.wave.map { $0.last.description } ?? ""),
                               .count(w.presentCount), .count(w.view.tieCount), .count(w.view.recordCount),
                               .number(w.cohesion.density), .count(w.profile.componentCount),
                               .number(w.profile.largestComponentShare), .number(w.profile.transitivity),
                               .number(w.profile.averageClustering), .count(w.communityCount), .number(w.modularity),
                               .number(w.profile.ties.strongShare), .number(reciprocity), .text(w.profile.verdict.kind.rawValue)])
        }
        var transitions = BrokerageTable(name: "transitions", columns: ["from", "to", "kept", "gained", "lost", "hamming", "jaccard",
                                                                      "jaccard_below_0_3", "actors_entered", "actors_left", "actors_in_both",
                                                                      "verdict_from", "verdict_to", "criteria_changed", "pairs_in_both",
                                                                      "deepened", "weakened", "became_two_way", "became_one_way",
                                                                      "nmi", "communities_continued", "communities_split",
                                                                      "communities_merged", "communities_dissolved", "communities_emerged"], rows: [])
        var ties = BrokerageTable(name: "ties", columns: ["from", "to", "source", "target", "change"], rows: [])
        var actors = BrokerageTable(name: "actors", columns: ["from", "to", "id", "label", "kind", "change"], rows: [])
        var brokers = BrokerageTable(name: "brokers", columns: ["from", "to", "measure", "direction", "id", "label", "before", "after", "change"], rows: [])
        var ladder = BrokerageTable(name: "ladder", columns: ["from", "to", "source", "target", "change", "depth_from", "depth_to"], rows: [])
        var catalysis = BrokerageTable(name: "catalysis", columns: ["from", "to", "focus", "label", "partner_kind", "partners_before",
                                                                  "ties_among_before", "density_before", "partners_after",
                                                                  "ties_among_after", "density_after", "gained", "lost"], rows: [])
        var communities = BrokerageTable(name: "communities", columns: ["from", "to", "community_from", "community_to", "jaccard", "event"], rows: [])
        for t in r.transitions {
            let from = BrokerageCell.text(r.waves[t.from].label), to = BrokerageCell.text(r.waves[t.to].label)
            let c = t.comparison, m = t.moves, cc = t.communities
            transitions.rows.append([from, to, .count(c.ties.kept), .count(c.ties.gained), .count(c.ties.lost), .count(c.ties.hamming),
                                     .number(c.ties.jaccard), .text(c.ties.jaccard == nil ? "" : (c.ties.isBelowStabilityThreshold ? "yes" : "no")),
                                     .count(c.actors.entered.count), .count(c.actors.left.count), .count(c.actors.stayed),
                                     .text(t.verdict.before.rawValue), .text(t.verdict.after.rawValue),
                                     .text(t.verdict.changedCriteria.map(\.name.rawValue).joined(separator: ";")),
                                     .count(m.pairsInBoth), .count(m.deepened.count), .count(m.weakened.count),
                                     .number(m.reciprocity.map { Double($0.becameTwoWay.count) }),
                                     .number(m.reciprocity.map { Double($0.becameOneWay.count) }),
                                     .number(cc.agreement?.normalizedMutualInformation), .count(cc.continued.count),
                                     .count(cc.splits.count), .count(cc.merges.count), .count(cc.dissolved.count), .count(cc.emerged.count)])
            for p in c.ties.gainedTies { ties.rows.append([from, to, id(p.from), id(p.to), .text("gained")]) }
            for p in c.ties.lostTies { ties.rows.append([from, to, id(p.from), id(p.to), .text("lost")]) }
            for a in c.actors.entered { actors.rows.append([from, to, id(a), label(a), .text(r.actors[Int(a)].kind), .text("entered")]) }
            for a in c.actors.left { actors.rows.append([from, to, id(a), label(a), .text(r.actors[Int(a)].kind), .text("left")]) }
            for (measure, movers) in t.brokers {
                for (direction, list) in [("rising", movers.rising), ("falling", movers.falling)] {
                    for s in list {
                        brokers.rows.append([from, to, .text(measure), .text(direction), id(s.actor), label(s.actor),
                                             .number(s.before), .number(s.after), .number(s.delta)])
                    }
                }
            }
            for move in m.deepened {
                ladder.rows.append([from, to, id(move.pair.from), id(move.pair.to), .text("deepened"), .text(move.from.description), .text(move.to.description)])
            }
            for move in m.weakened {
                ladder.rows.append([from, to, id(move.pair.from), id(move.pair.to), .text("weakened"), .text(move.from.description), .text(move.to.description)])
            }
            if let rec = m.reciprocity {
                for p in rec.becameTwoWay { ladder.rows.append([from, to, id(p.from), id(p.to), .text("became two-way"), .text(""), .text("")]) }
                for p in rec.becameOneWay { ladder.rows.append([from, to, id(p.from), id(p.to), .text("became one-way"), .text(""), .text("")]) }
            }
            for (f, cat) in zip(r.focus, t.catalysis) {
                catalysis.rows.append([from, to, id(f), label(f), .text(r.partnerKind), .count(cat.before.partners.count),
                                       .count(cat.before.tiesAmong), .number(cat.before.density), .count(cat.after.partners.count),
                                       .count(cat.after.tiesAmong), .number(cat.after.density), .count(cat.gained.count), .count(cat.lost.count)])
            }
            for match in cc.continued {
                communities.rows.append([from, to, .count(Int(match.before)), .count(Int(match.after)), .number(match.jaccard), .text("continued")])
            }
            for split in cc.splits {
                for into in split.into {
                    let j = cc.matches.first { $0.before == split.community && $0.after == into }?.jaccard
                    communities.rows.append([from, to, .count(Int(split.community)), .count(Int(into)), .number(j), .text("split")])
                }
            }
            for merge in cc.merges {
                for source in merge.from {
                    let j = cc.matches.first { $0.before == source && $0.after == merge.community }?.jaccard
                    communities.rows.append([from, to, .count(Int(source)), .count(Int(merge.community)), .number(j), .text("merged")])
                }
            }
            for d in cc.dissolved { communities.rows.append([from, to, .count(Int(d)), .number(nil), .number(nil), .text("dissolved")]) }
            for e in cc.emerged { communities.rows.append([from, to, .number(nil), .count(Int(e)), .number(nil), .text("emerged")]) }
        }
        return [transitions, waves, actors, ties, brokers, ladder, catalysis, communities]
    }

    /// The JSON document: `waves`, `transitions` (with their details nested) and `notes`.
    public static func json(_ r: ChangeAnalysis, title: String) -> JSONValue {
        func id(_ a: Int32) -> JSONValue { .string(r.actors[Int(a)].id) }
        func pair(_ p: ActorPair) -> JSONValue { .array([id(p.from), id(p.to)]) }
        let waves: [JSONValue] = r.waves.map { w in
            .object([
                ("label", .string(w.label)),
                ("date", w.wave.map { $0.isDay ? .string($0.first.description) : .null } ?? .null),
                ("first", w.wave.map { .string($0.first.description) } ?? .null),
                ("last", w.wave.map { .string($0.last.description) } ?? .null),
                ("actors", .number(Double(w.presentCount))),
                ("ties", .number(Double(w.view.tieCount))),
                ("records", .number(Double(w.view.recordCount))),
                ("verdict", .string(w.profile.verdict.kind.rawValue)),
                ("criteria", .array(w.profile.verdict.criteria.map { c in
                    .object([("name", .string(c.name.rawValue)), ("value", JSONValue.finite(c.value)), ("threshold", JSONValue.finite(c.threshold)), ("met", .bool(c.met))])
                })),
                ("not_measured", .array(w.profile.verdict.notJudged.map { .string($0.name.rawValue) })),
                ("not_measured_reason", .object(w.profile.verdict.notJudged.map { ($0.name.rawValue, .string($0.reason.rawValue)) })),
                ("cohesion", .object([
                    ("density", JSONValue.finite(w.cohesion.density)),
                    ("components", .number(Double(w.profile.componentCount))),
                    ("largest_component_share", JSONValue.finite(w.profile.largestComponentShare)),
                    ("transitivity", JSONValue.finite(w.profile.transitivity)),
                    ("average_clustering", JSONValue.finite(w.profile.averageClustering)),
                ])),
                ("communities", .number(Double(w.communityCount))),
                ("modularity", JSONValue.finite(w.modularity)),
            ])
        }
        let transitions: [JSONValue] = r.transitions.map { t in
            let c = t.comparison, m = t.moves, cc = t.communities
            var fields: [(String, JSONValue)] = [
                ("from", .string(r.waves[t.from].label)), ("to", .string(r.waves[t.to].label)),
                ("kept", .number(Double(c.ties.kept))), ("gained", .number(Double(c.ties.gained))), ("lost", .number(Double(c.ties.lost))),
                ("hamming", .number(Double(c.ties.hamming))), ("jaccard", JSONValue.finite(c.ties.jaccard)),
                ("jaccard_below_0_3", c.ties.jaccard == nil ? .null : .bool(c.ties.isBelowStabilityThreshold)),
                ("actors_entered", .array(c.actors.entered.map(id))), ("actors_left", .array(c.actors.left.map(id))),
                ("actors_in_both", .number(Double(c.actors.stayed))),
                ("gained_ties", .array(c.ties.gainedTies.map(pair))), ("lost_ties", .array(c.ties.lostTies.map(pair))),
            ]
            fields.append(("verdict", .object([
                ("from", .string(t.verdict.before.rawValue)), ("to", .string(t.verdict.after.rawValue)),
                ("changed", .bool(t.verdict.kindChanged)),
                ("criteria", .array(t.verdict.criteria.map { k in
                    .object([("name", .string(k.name.rawValue)), ("from", JSONValue.finite(k.before?.value)), ("to", JSONValue.finite(k.after?.value)),
                             ("met_from", k.before.map { .bool($0.met) } ?? .null), ("met_to", k.after.map { .bool($0.met) } ?? .null),
                             ("changed", .bool(k.changed))])
                })),
            ])))
            fields.append(("brokers", .object(t.brokers.map { measure, movers in
                func list(_ changes: [ScoreChange]) -> JSONValue {
                    .array(changes.map { .object([("id", id($0.actor)), ("before", JSONValue.finite($0.before)),
                                                  ("after", JSONValue.finite($0.after)), ("change", JSONValue.finite($0.delta))]) })
                }
                return (measure, .object([("compared", .number(Double(movers.compared))), ("rising", list(movers.rising)), ("falling", list(movers.falling))]))
            })))
            var ladder: [(String, JSONValue)] = [
                ("pairs_in_both", .number(Double(m.pairsInBoth))),
                ("depth_transitions", .object((0 ..< 4).map { i in
                    (depthName(i), .object((0 ..< 4).map { j in (depthName(j), .number(Double(m.depthTransitions[i][j]))) }))
                })),
                ("deepened", .array(m.deepened.map { .object([("pair", pair($0.pair)), ("from", .string($0.from.description)), ("to", .string($0.to.description))]) })),
                ("weakened", .array(m.weakened.map { .object([("pair", pair($0.pair)), ("from", .string($0.from.description)), ("to", .string($0.to.description))]) })),
            ]
            if let rec = m.reciprocity {
                ladder.append(("one_way_to_two_way", .object([
                    ("became_two_way", .array(rec.becameTwoWay.map(pair))), ("became_one_way", .array(rec.becameOneWay.map(pair))),
                    ("stayed_two_way", .number(Double(rec.stayedTwoWay))), ("stayed_one_way", .number(Double(rec.stayedOneWay))),
                ])))
            } else {
                ladder.append(("one_way_to_two_way", .null))
            }
            fields.append(("pairs", .object(ladder)))
            fields.append(("catalysis", .array(zip(r.focus, t.catalysis).map { f, cat in
                .object([("focus", id(f)), ("partner_kind", .string(r.partnerKind)),
                         ("partners_before", .number(Double(cat.before.partners.count))), ("ties_among_before", .number(Double(cat.before.tiesAmong))),
                         ("density_before", JSONValue.finite(cat.before.density)),
                         ("partners_after", .number(Double(cat.after.partners.count))), ("ties_among_after", .number(Double(cat.after.tiesAmong))),
                         ("density_after", JSONValue.finite(cat.after.density)),
                         ("gained", .array(cat.gained.map(pair))), ("lost", .array(cat.lost.map(pair)))])
            })))
            fields.append(("communities", .object([
                ("nmi", JSONValue.finite(cc.agreement?.normalizedMutualInformation)),
                ("ari", JSONValue.finite(cc.agreement?.adjustedRandIndex)),
                ("actors_in_both", .number(Double(cc.agreement?.actorCount ?? 0))),
                ("continued", .array(cc.continued.map { .array([.number(Double($0.before)), .number(Double($0.after))]) })),
                ("splits", .array(cc.splits.map { .object([("community", .number(Double($0.community))), ("into", .array($0.into.map { .number(Double($0)) }))]) })),
                ("merges", .array(cc.merges.map { .object([("community", .number(Double($0.community))), ("from", .array($0.from.map { .number(Double($0)) }))]) })),
                ("dissolved", .array(cc.dissolved.map { .number(Double($0)) })),
                ("emerged", .array(cc.emerged.map { .number(Double($0)) })),
            ])))
            return .object(fields)
        }
        return .object([
            ("graph", .string(title)), ("directed", .bool(r.directed)), ("records_directed", .bool(r.recordsDirected)),
            ("waves", .array(waves)), ("transitions", .array(transitions)),
            ("notes", .array(r.notes.map { .string($0) })),
        ])
    }
}
