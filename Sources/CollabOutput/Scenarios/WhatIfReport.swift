import CollabAnalysis
import CollabGraph
import Foundation

/// Text and JSON renderings of a ``WhatIfComparison`` for `collab whatif`: the changes,
/// then the system and each focus actor before → after. Numbers in JSON are shortest
/// round-trip; the text rounds for reading.
public enum WhatIfReport {
    public static func text(_ comparison: WhatIfComparison, before graph: CollaborationGraph, graphName: String,
                            maxHops: Int) -> String {
        let after = comparison.outcome.graph
        let outcome = comparison.outcome
        func name(_ g: CollaborationGraph, _ x: Int32) -> String { "\(g.actors[Int(x)].label) (\(g.actors[Int(x)].id))" }
        func fixed(_ x: Double?, _ digits: Int) -> String { x.map { NumberFormat.fixed($0, digits: digits) } ?? "undefined" }
        func percent(_ x: Double) -> String { NumberFormat.fixed(100 * x, digits: 1) + "%" }
        func signed(_ x: Int) -> String { x == 0 ? "" : " (\(x > 0 ? "+" : "−")\(abs(x)))" }
        func change(_ a: Double?, _ b: Double?, _ digits: Int) -> String {
            guard let a, let b else { return "\(fixed(a, digits)) → \(fixed(b, digits))" }
            let d = b - a
            return "\(fixed(a, digits)) → \(fixed(b, digits))" + (abs(d) < 0.5 * pow(10, -Double(digits)) ? "" : " (\(d >= 0 ? "+" : "−")\(fixed(abs(d), digits)))")
        }
        func row(_ label: String, _ value: String) -> String { "  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value + "\n" }
        func list(_ names: [String], limit: Int = 10) -> String {
            TextList.folded(names, limit: limit, separator: "; ")
        }

        var out = "What if: \(graphName)\n"
        var changes: [String] = []
        if !outcome.removed.isEmpty { changes.append("remove " + outcome.removed.map { name(graph, $0) }.joined(separator: ", ")) }
        for m in outcome.merged { changes.append("merge \(name(graph, m.actor)) into \(name(graph, m.into))") }
        if outcome.addedTies > 0 { changes.append("add \(outcome.addedTies) new tie\(outcome.addedTies == 1 ? "" : "s") (weight 1)") }
        out += "Changes: " + (changes.isEmpty ? "none" : changes.joined(separator: "; ")) + "\n"
        out += "Tie records dropped: \(outcome.droppedWithRemoved) with removed actors, \(outcome.droppedAsSelfTies) between merged actors.\n"
        if let note = comparison.note { out += "Note: \(note).\n" }

        let a = comparison.before, b = comparison.after
        out += "\nThe system, before → after\n"
        out += row("actors", "\(a.actors) → \(b.actors)\(signed(b.actors - a.actors))")
        out += row("ties", "\(a.ties) → \(b.ties)\(signed(b.ties - a.ties))")
        out += row("components", "\(a.components) → \(b.components)\(signed(b.components - a.components))")
        out += row("largest component", "\(a.largestComponent) (\(percent(a.largestComponentShare))) → \(b.largestComponent) (\(percent(b.largestComponentShare)))")
        out += row("isolates", "\(a.isolates) → \(b.isolates)")
        out += row("verdict", "\(a.verdict.kind.rawValue) → \(b.verdict.kind.rawValue)")
        for criterion in a.verdict.criteria {
            let c = b.verdict.criteria.first { $0.name == criterion.name }
            let value = "\(percent(criterion.value)) → " + (c.map { percent($0.value) } ?? "not measured")
                + " (threshold \(percent(criterion.threshold)); " + (criterion.met ? "met" : "not met") + " → " + (c.map { $0.met ? "met" : "not met" } ?? "—") + ")"
            out += row("  " + criterion.name.rawValue.replacingOccurrences(of: "_", with: " "), value)
        }
        for missing in a.verdict.notJudged {
            let after = b.verdict.notJudged.first { $0.name == missing.name }
            let now = after.map { $0.reason == missing.reason ? "" : " → not judged (\($0.reason.phrase))" }
                ?? b.verdict.criterion(missing.name).map { " → \(percent($0.value)) (threshold \(percent($0.threshold)); \($0.met ? "met" : "not met"))" } ?? ""
            let value = "not judged (\(missing.reason.phrase))" + now
            out += row("  " + missing.name.rawValue.replacingOccurrences(of: "_", with: " "), value)
        }
        if comparison.cutOff.isEmpty {
            out += "  No actor is cut off from the largest component.\n"
        } else {
            out += "  Cut off from the largest component: \(comparison.cutOff.count) actor\(comparison.cutOff.count == 1 ? "" : "s"): "
            out += list(comparison.cutOff.map { graph.actors[Int($0)].label }) + "\n"
        }

        out += "\nTop brokers (normalised betweenness)\n"
        for k in 0 ..< max(a.brokers.count, b.brokers.count) {
            let left = k < a.brokers.count ? "\(graph.actors[Int(a.brokers[k].actor)].label) \(fixed(a.brokers[k].betweenness, 4))" : ""
            let right = k < b.brokers.count ? "\(after.actors[Int(b.brokers[k].actor)].label) \(fixed(b.brokers[k].betweenness, 4))" : ""
            out += "  \(k + 1). " + left + String(repeating: " ", count: max(0, 52 - left.count)) + " → " + right + "\n"
        }

        if !comparison.focus.isEmpty {
            out += "\nFocus actors, before → after (reach = within \(maxHops) hop\(maxHops == 1 ? "" : "s"))\n"
            for row in comparison.focus {
                out += "  \(name(graph, row.actor))"
                switch row.status {
                case .kept: out += "\n"
                case .removed: out += ": removed\n"
                case .merged(let into): out += ": merged into \(name(graph, into)); the merged actor's figures\n"
                }
                let x = row.before
                guard let y = row.after else {
                    out += "    had \(x.partners) partners, reached \(x.reach), betweenness \(fixed(x.betweenness, 4))\n"
                    continue
                }
                out += "    partners \(x.partners) → \(y.partners); reach \(x.reach) → \(y.reach)\(signed(y.reach - x.reach)); component \(x.reachable + 1) → \(y.reachable + 1)\n"
                out += "    constraint \(change(x.constraint, y.constraint, 4)); effective size \(change(x.effectiveSize, y.effectiveSize, 2)); betweenness \(change(x.betweenness, y.betweenness, 4))\n"
            }
        }

        if let attribute = comparison.groupAttribute {
            out += "\nGroup pairs (by \(attribute))\n"
            out += comparison.groupPairsLosingLastTie.isEmpty ? "  No pair of groups loses its last tie.\n"
                : "  Losing their last tie: " + list(comparison.groupPairsLosingLastTie.map { "\($0.first) – \($0.second) (\($0.tiesBefore) → 0)" }) + "\n"
            if !comparison.groupPairsGainingFirstTie.isEmpty {
                out += "  Tied for the first time: " + list(comparison.groupPairsGainingFirstTie.map { "\($0.first) – \($0.second) (0 → \($0.tiesAfter))" }) + "\n"
            }
        } else {
            out += "\nGroup pairs: not measured (the actors have no sector attribute; choose a grouping with --group).\n"
        }
        return out
    }

    public static func json(_ comparison: WhatIfComparison, before graph: CollaborationGraph, graphName: String,
                            maxHops: Int) -> JSONValue {
        let after = comparison.outcome.graph
        let outcome = comparison.outcome
        func id(_ g: CollaborationGraph, _ x: Int32) -> JSONValue { .string(g.actors[Int(x)].id) }
        func system(_ s: SystemState, _ g: CollaborationGraph) -> JSONValue {
            .object([
                ("actors", .number(Double(s.actors))), ("ties", .number(Double(s.ties))),
                ("components", .number(Double(s.components))), ("largest_component", .number(Double(s.largestComponent))),
                ("largest_component_share", .finite(s.largestComponentShare)), ("isolates", .number(Double(s.isolates))),
                ("verdict", .string(s.verdict.kind.rawValue)),
                ("criteria", .array(s.verdict.criteria.map { c in
                    .object([("name", .string(c.name.rawValue)), ("value", .finite(c.value)), ("threshold", .finite(c.threshold)), ("met", .bool(c.met))])
                })),
                ("brokers", .array(s.brokers.map { .object([("id", id(g, $0.actor)), ("betweenness", .finite($0.betweenness))]) })),
            ])
        }
        func focusState(_ s: FocusState?) -> JSONValue {
            guard let s else { return .null }
            return .object([("partners", .number(Double(s.partners))), ("reach", .number(Double(s.reach))),
                            ("component_size", .number(Double(s.reachable + 1))), ("constraint", .finite(s.constraint)),
                            ("effective_size", .finite(s.effectiveSize)), ("betweenness", .finite(s.betweenness))])
        }
        let focus: [JSONValue] = comparison.focus.map { row in
            var status = "kept"
            var into: JSONValue = .null
            switch row.status {
            case .kept: break
            case .removed: status = "removed"
            case .merged(let target): status = "merged"; into = id(graph, target)
            }
            return .object([("id", id(graph, row.actor)), ("status", .string(status)), ("merged_into", into),
                             ("before", focusState(row.before)), ("after", focusState(row.after))])
        }
        func pairs(_ list: [GroupPairChange]) -> JSONValue {
            .array(list.map { .object([("first", .string($0.first)), ("second", .string($0.second)),
                                       ("ties_before", .number(Double($0.tiesBefore))), ("ties_after", .number(Double($0.tiesAfter)))]) })
        }
        return .object([
            ("graph", .string(graphName)), ("max_hops", .number(Double(maxHops))),
            ("changes", .object([
                ("removed", .array(outcome.removed.map { id(graph, $0) })),
                ("merged", .array(outcome.merged.map { .object([("actor", id(graph, $0.actor)), ("into", id(graph, $0.into))]) })),
                ("ties_added", .number(Double(outcome.addedTies))),
                ("records_dropped_with_removed", .number(Double(outcome.droppedWithRemoved))),
                ("records_dropped_as_self_ties", .number(Double(outcome.droppedAsSelfTies))),
            ])),
            ("before", system(comparison.before, graph)), ("after", system(comparison.after, after)),
            ("cut_off", .array(comparison.cutOff.map { id(graph, $0) })),
            ("focus", .array(focus)),
            ("group_attribute", comparison.groupAttribute.map { .string($0) } ?? .null),
            ("note", comparison.note.map { .string($0) } ?? .null),
            ("group_pairs_losing_last_tie", comparison.groupAttribute == nil ? .null : pairs(comparison.groupPairsLosingLastTie)),
            ("group_pairs_gaining_first_tie", comparison.groupAttribute == nil ? .null : pairs(comparison.groupPairsGainingFirstTie)),
        ])
    }
}
