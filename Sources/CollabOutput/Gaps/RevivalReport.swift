import CollabAnalysis
import CollabGraph
/// Text and JSON renderings of ``Revival`` for `collab gaps --focus F --revive`.
public enum RevivalReport {
    public static func text(_ revival: Revival, graph: CollaborationGraph, focus: Int, graphName: String, top: Int) -> String {
        func describe(_ x: Int) -> String {
            let a = graph.actors[x]
            return (a.kind.isEmpty ? a.label : "\(a.label) (\(a.kind))") + " [\(a.id)]"
        }
        func fixed(_ x: Double?, _ digits: Int) -> String { x.map { NumberFormat.fixed($0, digits: digits) } ?? "undefined" }
        var out = "Revive before build: \(graph.actors[focus].label) (\(graph.actors[focus].id)), \(graphName)\n"
        out += "\n1. Lapsed partners (every record with them ended before the view's window)\n"
        if let start = revival.windowStart {
            if revival.lapsed.isEmpty {
                out += "   None: no partner's records all ended before \(start).\n"
            } else {
                out += "   \(revival.lapsed.count) partner\(revival.lapsed.count == 1 ? "" : "s") lapsed before \(start); each measured as a new tie (betweenness \(revival.betweennessMethod)):\n"
                for (k, lapsed) in revival.lapsed.prefix(top).enumerated() {
                    let e = lapsed.recommendation.effect
                    out += "   \(k + 1). \(describe(lapsed.partner)) — score \(fixed(lapsed.recommendation.score, 2)); last record ended \(lapsed.lastEnd), \(lapsed.records) record\(lapsed.records == 1 ? "" : "s")\n"
                    out += "      constraint \(fixed(e.constraintBefore, 4)) → \(fixed(e.constraintAfter, 4)), +\(e.deltaReach) actors within reach, betweenness \(fixed(e.betweennessBefore, 4)) → \(fixed(e.betweennessAfter, 4))\n"
                    out += "      Why: \(lapsed.recommendation.reason)\n"
                }
                if revival.lapsed.count > top { out += "   … and \(revival.lapsed.count - top) more\n" }
            }
        } else {
            out += "   Not measured: the view has no time window (give --at DATE or --from/--to to ask what lapsed before it).\n"
        }
        out += "\n2. Ties to deepen (all of the view's records with them are engagement: talks, visits, information)\n"
        if !revival.unratedTypes.isEmpty {
            let names = revival.unratedTypes.map { $0.isEmpty ? "untyped" : $0 }.joined(separator: ", ")
            out += "   Depth not measured for records of types the ladder does not rate (\(names)); rate them in a rubric's ladder.\n"
        }
        if revival.deepen.isEmpty {
            out += "   None" + (revival.unratedTypes.isEmpty ? "" : " among the rated ties") + ".\n"
        } else {
            for tie in revival.deepen.prefix(top) {
                let direction = tie.oneWay.map { $0 ? "one-way" : "two-way" } ?? "direction not recorded"
                out += "   \(describe(tie.partner)): \(tie.depth), \(tie.records) record\(tie.records == 1 ? "" : "s") (\(tie.relationTypes.joined(separator: ", "))), \(direction)"
                out += tie.reachedOnlyThrough > 0 ? "; the only route to \(tie.reachedOnlyThrough) actor\(tie.reachedOnlyThrough == 1 ? "" : "s") it reaches\n" : "\n"
            }
            if revival.deepen.count > top { out += "   … and \(revival.deepen.count - top) more\n" }
        }
        return out
    }

    public static func json(_ revival: Revival, graph: CollaborationGraph, focus: Int, graphName: String) -> JSONValue {
        .object([
            ("graph", .string(graphName)), ("focus", .string(graph.actors[focus].id)),
            ("window_start", revival.windowStart.map { .string($0.description) } ?? .null),
            ("betweenness_method", .string(revival.betweennessMethod.description)),
            ("unrated_types", .array(revival.unratedTypes.map { .string($0) })),
            ("lapsed", .array(revival.lapsed.map { l in
                let e = l.recommendation.effect
                return .object([
                    ("id", .string(graph.actors[l.partner].id)), ("score", .finite(l.recommendation.score)),
                    ("last_end", .string(l.lastEnd.description)), ("records", .number(Double(l.records))),
                    ("relation_types", .array(l.relationTypes.map { .string($0) })),
                    ("constraint_before", .finite(e.constraintBefore)), ("constraint_after", .finite(e.constraintAfter)),
                    ("effective_size_before", .finite(e.effectiveSizeBefore)), ("effective_size_after", .finite(e.effectiveSizeAfter)),
                    ("newly_reached", .number(Double(e.deltaReach))),
                    ("betweenness_before", .finite(e.betweennessBefore)), ("betweenness_after", .finite(e.betweennessAfter)),
                    ("reason", .string(l.recommendation.reason)),
                ])
            })),
            ("deepen", .array(revival.deepen.map { t in
                .object([
                    ("id", .string(graph.actors[t.partner].id)), ("depth", .string(t.depth.description)),
                    ("records", .number(Double(t.records))), ("one_way", t.oneWay.map { .bool($0) } ?? .null),
                    ("reached_only_through", .number(Double(t.reachedOnlyThrough))),
                    ("relation_types", .array(t.relationTypes.map { .string($0) })),
                ])
            })),
        ])
    }
}
