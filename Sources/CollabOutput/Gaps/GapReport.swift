import CollabAnalysis
import CollabGraph
/// Text, JSON and CSV renderings of ``FocusGaps`` and ``NetworkGaps`` for `collab gaps`:
/// a page a college's partnerships lead can act on (plain words, every claim a number),
/// and machine-readable forms of the same figures.
///
/// Numbers in JSON and CSV are shortest round-trip (``NumberFormat/shortest(_:)``); the
/// text rounds for reading.
public enum GapReport {
    /// How many items each text list shows before "… and N more".
    public static let listLimit = 8

    // MARK: Focus: text

    public static func text(_ gaps: FocusGaps, graph: CollaborationGraph, graphName: String, top: Int) -> String {
        let f = gaps.focus
        let groups = gaps.groups
        let attribute = gaps.groupAttribute ?? "group"
        let K = gaps.options.maxHops
        func name(_ x: Int) -> String { graph.actors[x].label }
        func describe(_ x: Int) -> String {
            let a = graph.actors[x]
            let kind = a.kind.isEmpty ? "" : a.kind
            let group = gaps.hasGroups ? groups.name(of: x) : ""
            let details = [kind, group].filter { !$0.isEmpty && $0 != ActorGroups.missingName }.joined(separator: ", ")
            return details.isEmpty ? a.label : "\(a.label) (\(details))"
        }
        func list(_ items: [String], limit: Int = listLimit) -> String {
            TextList.folded(items, limit: limit, separator: "; ")
        }
        func fixed(_ x: Double?, _ digits: Int) -> String { x.map { NumberFormat.fixed($0, digits: digits) } ?? "undefined" }
        func signed(_ x: Double, _ digits: Int) -> String { (x >= 0 ? "+" : "−") + NumberFormat.fixed(abs(x), digits: digits) }

        var out = "Brokerage gaps around \(name(f)) (\(graph.actors[f].id))\n"
        let counted = gaps.unreached.reachedCount + gaps.unreached.unreachedCount + 1
        let leftOut = graph.actorCount - counted
        out += "\(graphName): \(counted) actors" + (leftOut > 0 ? " (besides \(leftOut) networks known only from memberships)" : "") + "; "
        out += (gaps.hasGroups ? "groups by \(attribute)" : "no group attribute")
        out += "; reached = within \(K) hop\(K == 1 ? "" : "s"); "
        out += gaps.weighted ? "weighted\n" : "unweighted\n"
        if !gaps.hasGroups {
            out += "Note: the actors have no sector (or other group) attribute, so the group sections (holes by group, unreached groups, group gaps) are left out; choose a grouping with --group.\n"
        }

        // 1.
        let h = gaps.holes
        out += "\n1. Structural holes it spans\n"
        if h.partners.isEmpty {
            out += "   It has no partners in this view: no ego network, no holes.\n"
        } else {
            out += "   \(h.partners.count) partner\(h.partners.count == 1 ? "" : "s"). Effective size \(fixed(h.measures.effectiveSize, 2))"
            out += " (efficiency \(fixed(h.measures.efficiency, 2))), constraint \(fixed(h.measures.constraint, 3))"
            out += " (Burt; lower means more brokerage).\n"
            if h.partnerPairs > 0 {
                out += "   \(h.holeCount) of \(h.partnerPairs) pairs of its partners are not tied to each other: holes it spans.\n"
                let rows = h.byGroupPair.filter { $0.holes > 0 }
                if !rows.isEmpty && gaps.hasGroups {
                    out += "   By \(attribute) of the two partners:\n"
                    for row in rows.prefix(listLimit) {
                        let pair = row.first == row.second ? "within \(groups.names[row.first])" : "\(groups.names[row.first]) – \(groups.names[row.second])"
                        out += "     \(pair): \(row.holes) of \(row.pairs) pairs\n"
                    }
                    if rows.count > listLimit { out += "     … and \(rows.count - listLimit) more group pairs\n" }
                }
            }
        }

        // 2.
        let u = gaps.unreached
        let others = u.reachedCount + u.unreachedCount
        out += "\n2. Who it does not reach (more than \(K) hop\(K == 1 ? "" : "s") away)\n"
        out += "   Reached: \(u.reachedCount) of \(others) actors. Not reached: \(u.unreachedCount)"
        out += " (\(u.beyondReach.count) farther away, \(u.otherComponents.count) in other components).\n"
        let kinds = u.byKind.filter { $0.unreached > 0 }.map { "\($0.value) \($0.unreached) of \($0.total)" }
        if !kinds.isEmpty && graph.actors.contains(where: { !$0.kind.isEmpty }) { out += "   By kind: \(list(kinds, limit: 12))\n" }
        let sectors = u.byGroup.filter { $0.unreached > 0 }.map { "\($0.value) \($0.unreached) of \($0.total)" }
        if !sectors.isEmpty && gaps.hasGroups { out += "   By \(attribute): \(list(sectors, limit: 12))\n" }
        if !u.unreachedGroups.isEmpty && gaps.hasGroups {
            out += "   No actor reached at all in: \(u.unreachedGroups.map { groups.names[$0] }.joined(separator: ", "))\n"
        }
        if !u.smes.isEmpty {
            let items = u.smes.map { x -> String in
                let d = gaps.unreachedDistance(x)
                return describe(x) + (d.map { ", \($0) hops" } ?? ", not connected")
            }
            out += "   Unreached SMEs (\(u.smes.count)): \(list(items))\n"
        }

        // 3.
        if !gaps.hasGroups {
            out += "\n3. Group gaps it could bridge\n   Not measured: the actors have no group attribute.\n"
        } else {
            out += "\n3. Group gaps it could bridge (no strong tie between the two \(attribute) groups; it has partners on at least one side)\n"
        }
        if gaps.hasGroups && gaps.groupGaps.isEmpty {
            out += "   None: every pair of groups next to it is joined by at least one strong tie.\n"
        }
        for gap in gaps.groupGaps.prefix(listLimit) {
            let a = groups.names[gap.first], b = groups.names[gap.second]
            let joined = gap.ties == 0 ? "no ties" : "\(gap.ties) weak tie\(gap.ties == 1 ? "" : "s")"
            let side = gap.focusTiedToBoth
                ? "it has partners on both sides (\(gap.focusPartnersInFirst) and \(gap.focusPartnersInSecond)): it can broker now"
                : "it has \(gap.focusPartnersInFirst) partner\(gap.focusPartnersInFirst == 1 ? "" : "s") in \(a), \(gap.focusPartnersInSecond) in \(b)"
            out += "   \(a) – \(b): \(joined); \(side)\n"
        }
        if gaps.groupGaps.count > listLimit { out += "   … and \(gaps.groupGaps.count - listLimit) more pairs\n" }

        // 4.
        let fr = gaps.fragility
        out += "\n4. Fragility\n"
        if fr.partnerDependence.isEmpty {
            out += "   No actor within \(K) hops hangs on a single partner.\n"
        } else {
            let total = fr.partnerDependence.reduce(0) { $0 + $1.dependents.count }
            out += "   \(total) actor\(total == 1 ? "" : "s") within \(K) hops are reached through one partner only (single points of failure):\n"
            for d in fr.partnerDependence.prefix(listLimit) {
                out += "     via \(describe(d.partner)): \(d.dependents.count) — \(list(d.dependents.map(name), limit: 4))\n"
            }
            if fr.partnerDependence.count > listLimit { out += "     … and \(fr.partnerDependence.count - listLimit) more partners\n" }
        }
        for d in fr.groupDependence where gaps.hasGroups {
            out += "   \(groups.names[d.group]) is reached only through \(name(d.partner)) (\(d.reachedActors.count) actor\(d.reachedActors.count == 1 ? "" : "s")).\n"
        }
        if let cut = fr.cutPoint {
            out += "   It is a cut point: without it its component of \(cut.componentSize) falls into \(cut.pieces) pieces and "
            out += "\(fr.heldOn.count) actor\(fr.heldOn.count == 1 ? " loses its" : "s lose their") link to the rest: \(list(fr.heldOn.map(name)))\n"
        } else {
            out += "   It is not a cut point: no one depends on it alone to stay connected.\n"
        }

        // 5.
        out += "\n5. Recommended new partnerships"
        let shown = gaps.recommendations.prefix(top)
        out += " (best \(shown.count) of \(gaps.recommendations.count) candidates; each a new tie of weight \(NumberFormat.shortest(gaps.addedWeight)))\n"
        if gaps.recommendations.isEmpty {
            out += gaps.options.candidates == .default
                ? "   No candidates (every actor in the candidate pool is already a partner).\n"
                : "   No candidates: no actor that is not yet a partner matches the --candidates filter.\n"
        }
        for (rank, r) in shown.enumerated() {
            let e = r.effect
            out += "   \(rank + 1). \(describe(r.target)) [\(graph.actors[r.target].id)] — score \(NumberFormat.fixed(r.score, digits: 2))\n"
            var effects = "constraint \(signed(e.deltaConstraint, 4)), effective size \(signed(e.deltaEffectiveSize, 2)), "
            effects += "reach +\(e.deltaReach)"
            if !e.newGroups.isEmpty && gaps.hasGroups { effects += ", new \(attribute): " + e.newGroups.map { groups.names[$0] }.joined(separator: ", ") }
            effects += e.deltaBetweenness.map { ", betweenness \(signed($0, 4))" } ?? ", betweenness not evaluated"
            out += "      \(effects)\n"
            out += "      Why: \(r.reason)\n"
        }
        if !gaps.recommendations.isEmpty {
            let s = gaps.options.scoring
            out += "   Score = \(NumberFormat.shortest(s.constraintRelief))·constraint relief + \(NumberFormat.shortest(s.reach))·reach + "
            out += "\(NumberFormat.shortest(s.newGroups))·new groups + \(NumberFormat.shortest(s.betweenness))·betweenness, each relative to the best candidate.\n"
            out += "   Effects measured on the graph with the tie added; betweenness \(gaps.betweennessMethod), now \(NumberFormat.fixed(gaps.betweenness, digits: 4))"
            if gaps.betweennessEvaluated < gaps.recommendations.count {
                out += ";\n   its change measured for the \(gaps.betweennessEvaluated) candidates ranked highest on the other three parts"
            }
            out += ".\n"
        }
        return out
    }

    // MARK: Focus: JSON and CSV

    /// The focus's gaps as JSON: `top` recommendations (nil: all). With `listLimit`, every
    /// list of actors or pairs (holes, unreached actors, each recommendation's newly reached
    /// actors, …) keeps its first `listLimit` entries, and `left_out` counts, per list, the
    /// entries not written (so a file at European scale stays readable and says what it
    /// left out); nil writes every entry. `left_out` is also written when the analysis
    /// listed fewer holes than it counted (``GapOptions/holesListed``).
    public static func json(_ gaps: FocusGaps, graph: CollaborationGraph, graphName: String, top: Int?,
                            listLimit: Int? = nil) -> JSONValue {
        let groups = gaps.groups
        var leftOut: [(String, Int)] = []
        func note(_ name: String, _ count: Int) {
            guard count > 0 else { return }
            if let i = leftOut.firstIndex(where: { $0.0 == name }) { leftOut[i].1 += count } else { leftOut.append((name, count)) }
        }
        func capped<T>(_ name: String, _ xs: [T]) -> ArraySlice<T> {
            guard let listLimit, xs.count > listLimit else { return xs[...] }
            note(name, xs.count - listLimit)
            return xs.prefix(listLimit)
        }
        func id(_ x: Int) -> JSONValue { .string(graph.actors[x].id) }
        func listed(_ name: String, _ xs: [Int]) -> JSONValue { .array(capped(name, xs).map(id)) }
        func num(_ x: Double?) -> JSONValue { x.map { JSONValue.finite($0) } ?? .null }
        func int(_ x: Int) -> JSONValue { .number(Double(x)) }
        let h = gaps.holes
        let holes: JSONValue = .object([
            ("partners", int(h.partners.count)),
            ("effective_size", num(h.measures.effectiveSize)),
            ("efficiency", num(h.measures.efficiency)),
            ("constraint", num(h.measures.constraint)),
            ("partner_pairs", int(h.partnerPairs)),
            ("hole_count", int(h.holeCount)),
            ("by_group_pair", .array(h.byGroupPair.map {
                .object([("first", .string(groups.names[$0.first])), ("second", .string(groups.names[$0.second])),
                         ("holes", int($0.holes)), ("pairs", int($0.pairs))])
            })),
            ("holes", .array(capped("holes", h.holes).map { .array([id($0.first), id($0.second)]) })),
        ])
        let u = gaps.unreached
        func counts(_ list: [UnreachedActors.Count]) -> JSONValue {
            .array(list.map { .object([("value", .string($0.value)), ("unreached", int($0.unreached)), ("total", int($0.total))]) })
        }
        let unreached: JSONValue = .object([
            ("max_hops", int(u.maxHops)),
            ("reached", int(u.reachedCount)),
            ("unreached", int(u.unreachedCount)),
            ("beyond_reach", listed("unreached.beyond_reach", u.beyondReach)),
            ("other_components", listed("unreached.other_components", u.otherComponents)),
            ("by_kind", counts(u.byKind)),
            ("by_group", counts(u.byGroup)),
            ("unreached_groups", .array(u.unreachedGroups.map { .string(groups.names[$0]) })),
            ("smes", listed("unreached.smes", u.smes)),
        ])
        let groupGaps: JSONValue = .array(gaps.groupGaps.map { g in
            .object([("first", .string(groups.names[g.first])), ("second", .string(groups.names[g.second])),
                     ("ties", int(g.ties)), ("strong_ties", int(g.strongTies)), ("weight", .number(g.weight)),
                     ("density", num(g.density)), ("focus_partners_in_first", int(g.focusPartnersInFirst)),
                     ("focus_partners_in_second", int(g.focusPartnersInSecond))])
        })
        let fr = gaps.fragility
        let fragility: JSONValue = .object([
            ("single_intermediary", .array(capped("fragility.single_intermediary", fr.partnerDependence).map {
                .object([("partner", id($0.partner)), ("dependents", listed("fragility.single_intermediary.dependents", $0.dependents))])
            })),
            ("groups_through_one_partner", .array(fr.groupDependence.map {
                .object([("group", .string(groups.names[$0.group])), ("partner", id($0.partner)), ("reached", listed("fragility.groups_through_one_partner.reached", $0.reachedActors))])
            })),
            ("is_cut_point", .bool(fr.isCutPoint)),
            ("component_size", fr.cutPoint.map { int($0.componentSize) } ?? .null),
            ("pieces", fr.cutPoint.map { int($0.pieces) } ?? .null),
            ("held_on", listed("fragility.held_on", fr.heldOn)),
        ])
        let list = top.map { Array(gaps.recommendations.prefix($0)) } ?? gaps.recommendations
        note("recommendations", gaps.recommendations.count - list.count)
        note("holes", h.holeCount - h.holes.count)  // beyond GapOptions.holesListed
        let recommendations: JSONValue = .array(list.map { r in
            let e = r.effect
            return .object([
                ("target", id(r.target)),
                ("label", .string(graph.actors[r.target].label)),
                ("kind", .string(graph.actors[r.target].kind)),
                ("group", .string(groups.name(of: r.target))),
                ("score", .number(r.score)),
                ("delta_constraint", .number(e.deltaConstraint)),
                ("constraint_before", num(e.constraintBefore)),
                ("constraint_after", num(e.constraintAfter)),
                ("delta_effective_size", .number(e.deltaEffectiveSize)),
                ("delta_reach", int(e.deltaReach)),
                ("newly_reached", listed("recommendations.newly_reached", e.newlyReached)),
                ("new_groups", .array(e.newGroups.map { .string(groups.names[$0]) })),
                ("delta_betweenness", e.deltaBetweenness.map { .number($0) } ?? .null),
                ("shared_partners", int(e.sharedPartners)),
                ("score_parts", .object([("constraint_relief", .number(r.parts.constraintRelief)), ("reach", .number(r.parts.reach)),
                                         ("new_groups", .number(r.parts.newGroups)), ("betweenness", .number(r.parts.betweenness))])),
                ("reason", .string(r.reason)),
            ])
        })
        let s = gaps.options.scoring
        return .object([
            ("graph", .string(graphName)),
            ("focus", .object([("id", id(gaps.focus)), ("label", .string(graph.actors[gaps.focus].label)),
                               ("kind", .string(graph.actors[gaps.focus].kind)), ("group", .string(groups.name(of: gaps.focus))),
                               ("group_attribute", gaps.groupAttribute.map { .string($0) } ?? .null), ("max_hops", int(gaps.options.maxHops)),
                               ("weighted", .bool(gaps.weighted)), ("added_tie_weight", .number(gaps.addedWeight)),
                               ("betweenness", .number(gaps.betweenness)),
                               ("betweenness_method", .string(gaps.betweennessMethod.description)),
                               ("score_weights", .object([("constraint_relief", .number(s.constraintRelief)), ("reach", .number(s.reach)),
                                                          ("new_groups", .number(s.newGroups)), ("betweenness", .number(s.betweenness))])),
                               ("candidates", int(gaps.recommendations.count)),
                               ("betweenness_evaluated", int(gaps.betweennessEvaluated))])),
            ("holes", holes),
            ("unreached", unreached),
            ("group_gaps", groupGaps),
            ("fragility", fragility),
            ("recommendations", recommendations),
        ] + (listLimit == nil && h.holeCount == h.holes.count ? [] : [
            ("left_out", .object([("recommendations_written", int(list.count)), ("list_limit", listLimit.map(int) ?? .null)]
                + leftOut.map { ($0.0, int($0.1)) })),
        ]))
    }

    /// The recommendations as CSV, best first: `source` (the focus) and `target` (the
    /// candidate) first, so the file feeds `collab render --suggested` as it is.
    public static func csv(_ gaps: FocusGaps, graph: CollaborationGraph, top: Int?) -> String {
        var out = "source,target,rank,label,kind,group,score,delta_constraint,delta_effective_size,delta_reach,new_groups,delta_betweenness,reason\n"
        let list = top.map { Array(gaps.recommendations.prefix($0)) } ?? gaps.recommendations
        for (rank, r) in list.enumerated() {
            let a = graph.actors[r.target]
            let e = r.effect
            let fields = [graph.actors[gaps.focus].id, a.id, String(rank + 1), a.label, a.kind, gaps.hasGroups ? gaps.groups.name(of: r.target) : "", NumberFormat.shortest(r.score),
                          NumberFormat.shortest(e.deltaConstraint), NumberFormat.shortest(e.deltaEffectiveSize), String(e.deltaReach),
                          e.newGroups.map { gaps.groups.names[$0] }.joined(separator: ";"), e.deltaBetweenness.map(NumberFormat.shortest) ?? "", r.reason]
            out += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    // MARK: Whole network

    public static func text(_ gaps: NetworkGaps, graph: CollaborationGraph, graphName: String) -> String {
        let groups = gaps.groups
        let attribute = groups.attribute ?? "group"
        func name(_ x: Int) -> String { graph.actors[x].label }
        let pairCount = groups.count * (groups.count - 1) / 2
        var out = "Brokerage gaps across \(graphName): \(graph.actorCount) actors in \(groups.count) groups by \(attribute)\n"
        out += "\nWeakest-joined \(attribute) pairs (\(gaps.pairsWithoutStrongTies) of \(pairCount) pairs have no strong tie, \(gaps.pairsWithoutTies) no tie at all)\n"
        for (rank, p) in gaps.pairs.enumerated() {
            let joined = p.ties == 0 ? "no ties" : "\(p.ties) tie\(p.ties == 1 ? "" : "s"), \(p.strongTies) strong"
            out += "  \(rank + 1). \(groups.names[p.first]) (\(groups.sizes[p.first])) – \(groups.names[p.second]) (\(groups.sizes[p.second])): \(joined)"
            out += p.density.map { ", density \(NumberFormat.fixed($0, digits: 4))" } ?? ""
            out += "\n"
            if p.bridgers.isEmpty { out += "     No actor is tied to either side.\n" }
            for b in p.bridgers {
                let distance = b.distanceToOther.map { "\($0) hops from \(groups.names[b.otherGroup])" } ?? "not connected to \(groups.names[b.otherGroup])"
                out += "     \(name(b.actor)) [\(graph.actors[b.actor].id)]: \(b.partnersInTiedGroup) partner\(b.partnersInTiedGroup == 1 ? "" : "s") in \(groups.names[b.tiedGroup]), \(distance)\n"
            }
        }
        out += "\nSMEs no anchor institution reaches within \(gaps.maxHops) hops (\(gaps.unreachedSMEs.count) of \(graph.actors.filter { $0.actorKind == .sme }.count) SMEs; \(gaps.anchorCount) anchors)\n"
        for s in gaps.unreachedSMEs.prefix(listLimit * 2) {
            out += "  \(name(s.actor)) [\(graph.actors[s.actor].id)], \(groups.name(of: s.actor)): "
            out += s.distanceToAnchor.map { "\($0) hops from the nearest anchor\n" } ?? "no anchor in its component\n"
        }
        if gaps.unreachedSMEs.count > listLimit * 2 { out += "  … and \(gaps.unreachedSMEs.count - listLimit * 2) more\n" }
        return out
    }

    public static func json(_ gaps: NetworkGaps, graph: CollaborationGraph, graphName: String) -> JSONValue {
        let groups = gaps.groups
        func id(_ x: Int) -> JSONValue { .string(graph.actors[x].id) }
        return .object([
            ("graph", .string(graphName)),
            ("group_attribute", .string(groups.attribute ?? "")),
            ("max_hops", .number(Double(gaps.maxHops))),
            ("pairs_without_strong_ties", .number(Double(gaps.pairsWithoutStrongTies))),
            ("pairs_without_ties", .number(Double(gaps.pairsWithoutTies))),
            ("group_pairs", .array(gaps.pairs.map { p in
                .object([("first", .string(groups.names[p.first])), ("second", .string(groups.names[p.second])),
                         ("ties", .number(Double(p.ties))), ("strong_ties", .number(Double(p.strongTies))),
                         ("weight", .number(p.weight)), ("density", p.density.map { .number($0) } ?? .null),
                         ("bridgers", .array(p.bridgers.map { b in
                             .object([("id", id(b.actor)), ("tied_group", .string(groups.names[b.tiedGroup])),
                                      ("partners_in_tied_group", .number(Double(b.partnersInTiedGroup))),
                                      ("other_group", .string(groups.names[b.otherGroup])),
                                      ("distance_to_other", b.distanceToOther.map { .number(Double($0)) } ?? .null)])
                         }))])
            })),
            ("unreached_smes", .array(gaps.unreachedSMEs.map {
                .object([("id", id($0.actor)), ("distance_to_anchor", $0.distanceToAnchor.map { .number(Double($0)) } ?? .null)])
            })),
        ])
    }

    /// One row per listed pair and bridger (a pair without bridgers has one row with empty bridger columns).
    public static func csv(_ gaps: NetworkGaps, graph: CollaborationGraph) -> String {
        var out = "first,second,ties,strong_ties,density,bridger,tied_group,partners_in_tied_group,distance_to_other\n"
        for p in gaps.pairs {
            let head = [gaps.groups.names[p.first], gaps.groups.names[p.second], String(p.ties), String(p.strongTies),
                        p.density.map(NumberFormat.shortest) ?? ""]
            let rows: [[String]] = p.bridgers.isEmpty ? [["", "", "", ""]] : p.bridgers.map {
                [graph.actors[$0.actor].id, gaps.groups.names[$0.tiedGroup], String($0.partnersInTiedGroup), $0.distanceToOther.map(String.init) ?? ""]
            }
            for row in rows { out += (head + row).map(csvField).joined(separator: ",") + "\n" }
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension FocusGaps {
    /// Hops from the focus to `actor` (nil: another component).
    func unreachedDistance(_ actor: Int) -> Int? {
        let d = reach.distance[actor]
        return d < 0 ? nil : Int(d)
    }
}

import Foundation
