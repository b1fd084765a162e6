import CollabAnalysis
import CollabGraph
import Foundation

/// Text and JSON renderings of a ``TiePortfolio`` for `collab gaps --portfolio K`: each
/// pick with its marginal effect on the graph holding the earlier picks, then the combined
/// before → after. Numbers in JSON are shortest round-trip; the text rounds for reading.
public enum PortfolioReport {
    /// `leftOut`: actors the view leaves out of the counts (networks known only from
    /// memberships, ``AnalysisContext/profiledActors``), said in the header.
    public static func text(_ portfolio: TiePortfolio, graph: CollaborationGraph, groups: ActorGroups?, graphName: String,
                            maxHops: Int, weighted: Bool, scoring: RecommendationScoring = .standard, leftOut: Int = 0) -> String {
        let f = portfolio.focus
        func describe(_ x: Int) -> String {
            let a = graph.actors[x]
            let details = [a.kind, groups.map { $0.name(of: x) } ?? ""]
                .filter { !$0.isEmpty && $0 != ActorGroups.missingName }.joined(separator: ", ")
            return (details.isEmpty ? a.label : "\(a.label) (\(details))") + " [\(a.id)]"
        }
        func fixed(_ x: Double?, _ digits: Int) -> String { x.map { NumberFormat.fixed($0, digits: digits) } ?? "undefined" }
        func signed(_ x: Double, _ digits: Int) -> String { (x >= 0 ? "+" : "−") + NumberFormat.fixed(abs(x), digits: digits) }
        func change(_ a: Double?, _ b: Double?, _ digits: Int) -> String {
            "\(fixed(a, digits)) → \(fixed(b, digits))" + (a != nil && b != nil ? " (\(signed(b! - a!, digits)))" : "")
        }
        let k = portfolio.steps.count
        var out = "Portfolio of \(k) new partnership\(k == 1 ? "" : "s") for \(graph.actors[f].label) (\(graph.actors[f].id))\n"
        out += "\(graphName): \(graph.actorCount - leftOut) actors" + (leftOut > 0 ? " (besides \(leftOut) networks known only from memberships)" : "") + "; "
            + (groups?.attribute.map { "groups by \($0)" } ?? "no group attribute")
        out += "; reached = within \(maxHops) hop\(maxHops == 1 ? "" : "s"); " + (weighted ? "weighted" : "unweighted")
        out += "; each new tie weight \(NumberFormat.shortest(portfolio.addedWeight))\n"
        out += "Chosen jointly: each pick is the best of the remaining candidates (\(portfolio.candidateCount) at the start), measured on the graph with the earlier picks added.\n"
        out += "Score = \(fixed(scoring.constraintRelief, 2)) constraint relief + \(fixed(scoring.reach, 2)) actors reached + \(fixed(scoring.newGroups, 2)) new groups + \(fixed(scoring.betweenness, 2)) betweenness gain,\n"
        out += "each scaled by its best value among the remaining candidates; equal scores: fewest earlier picks in the same group, then load order.\n"
        out += "Betweenness: \(portfolio.betweennessMethod).\n"
        if portfolio.steps.isEmpty { out += "\nNo candidates: nothing to propose.\n" }
        for (j, step) in portfolio.steps.enumerated() {
            let e = step.pick.effect
            out += "\n\(j + 1). \(describe(e.target)) — score \(fixed(step.pick.score, 2)) among \(step.candidatesEvaluated) candidates\n"
            out += "   constraint \(change(e.constraintBefore, e.constraintAfter, 4)), effective size \(change(e.effectiveSizeBefore, e.effectiveSizeAfter, 2))\n"
            out += "   +\(e.deltaReach) actor\(e.deltaReach == 1 ? "" : "s") within \(maxHops) hops"
            if let groups, groups.attribute != nil {
                out += e.newGroups.isEmpty ? ", no new group" : ", new: " + e.newGroups.map { groups.names[$0] }.joined(separator: ", ")
            }
            out += "; betweenness \(change(e.betweennessBefore, e.betweennessAfter, 4))\n"
            out += "   Why: \(step.pick.reason)\n"
            if !step.equalScores.isEmpty {
                let names = step.equalScores.prefix(5).map { graph.actors[$0].id }.joined(separator: ", ")
                out += "   Equal score: \(step.equalScores.count) other\(step.equalScores.count == 1 ? "" : "s") (\(names)\(step.equalScores.count > 5 ? ", …" : "")); the tie-break chose this one.\n"
            }
        }
        if portfolio.stoppedWithoutGain {
            out += "\nStopped after \(k): no remaining candidate improves any measure.\n"
        }
        let a = portfolio.before, b = portfolio.after
        out += "\nCombined, before → after all \(k) new ties:\n"
        func row(_ label: String, _ value: String) -> String { "   " + label.padding(toLength: 18, withPad: " ", startingAt: 0) + value + "\n" }
        out += row("partners", "\(a.partners) → \(b.partners)")
        out += row("constraint", change(a.constraint, b.constraint, 4))
        out += row("effective size", change(a.effectiveSize, b.effectiveSize, 2))
        out += row("reach (\(maxHops) hops)", "\(a.reach) → \(b.reach) (+\(b.reach - a.reach))")
        if groups?.attribute != nil { out += row("groups reached", "\(a.groupsReached) → \(b.groupsReached)") }
        out += row("betweenness", change(a.betweenness, b.betweenness, 4))
        return out
    }

    public static func json(_ portfolio: TiePortfolio, graph: CollaborationGraph, groups: ActorGroups?, graphName: String,
                            maxHops: Int, weighted: Bool, scoring: RecommendationScoring = .standard) -> JSONValue {
        func position(_ p: FocusPosition) -> JSONValue {
            .object([("partners", .number(Double(p.partners))), ("constraint", .finite(p.constraint)),
                     ("effective_size", .finite(p.effectiveSize)), ("reach", .number(Double(p.reach))),
                     ("groups_reached", groups?.attribute == nil ? .null : .number(Double(p.groupsReached))),
                     ("betweenness", .finite(p.betweenness))])
        }
        let steps: [JSONValue] = portfolio.steps.map { step in
            let e = step.pick.effect
            return .object([
                ("id", .string(graph.actors[e.target].id)), ("label", .string(graph.actors[e.target].label)),
                ("kind", .string(graph.actors[e.target].kind)),
                ("group", groups?.attribute == nil ? .null : .string(groups!.name(of: e.target))),
                ("score", .finite(step.pick.score)), ("candidates", .number(Double(step.candidatesEvaluated))),
                ("constraint_before", .finite(e.constraintBefore)), ("constraint_after", .finite(e.constraintAfter)),
                ("effective_size_before", .finite(e.effectiveSizeBefore)), ("effective_size_after", .finite(e.effectiveSizeAfter)),
                ("newly_reached", .array(e.newlyReached.map { .string(graph.actors[$0].id) })),
                ("new_groups", .array(groups?.attribute == nil ? [] : e.newGroups.map { .string(groups!.names[$0]) })),
                ("betweenness_before", .finite(e.betweennessBefore)), ("betweenness_after", .finite(e.betweennessAfter)),
                ("equal_scores", .array(step.equalScores.map { .string(graph.actors[$0].id) })),
                ("reason", .string(step.pick.reason)),
            ])
        }
        return .object([
            ("graph", .string(graphName)), ("focus", .string(graph.actors[portfolio.focus].id)),
            ("size", .number(Double(portfolio.steps.count))), ("candidates", .number(Double(portfolio.candidateCount))),
            ("stopped_without_gain", .bool(portfolio.stoppedWithoutGain)),
            ("max_hops", .number(Double(maxHops))), ("weighted", .bool(weighted)),
            ("added_weight", .number(portfolio.addedWeight)),
            ("objective", .string("greedy: best score on the graph with the earlier picks added")),
            ("scoring", .object([("constraint_relief", .number(scoring.constraintRelief)), ("reach", .number(scoring.reach)),
                                 ("new_groups", .number(scoring.newGroups)), ("betweenness", .number(scoring.betweenness))])),
            ("tie_break", .string("fewest earlier picks in the same group, then load order")),
            ("betweenness_method", .string(portfolio.betweennessMethod.description)),
            ("before", position(portfolio.before)), ("after", position(portfolio.after)),
            ("steps", .array(steps)),
        ])
    }
}
