import CollabGraph
import CollabAnalysis
import Foundation

/// `collab two-mode`'s writers: CSV (one row per actor, then per network), JSON
/// (everything) and a readable text summary.
extension TwoModeReport {
    private func cell(_ value: Double?) -> String { value.map(NumberFormat.shortest) ?? "" }

    /// The CSV columns, in order.
    public var csvHeader: [String] {
        var header = ["id", "mode", "label", "kind", "degree", "degree_centrality"]
        if twoMode.isWeighted { header.append("strength") }
        header += ["closeness", "betweenness", "clustering", "clustering_min", "clustering_max", "redundancy", "core", "co_members"]
        if let attribute = spread.attribute { header += ["network_\(attribute)_count", "network_\(attribute)_blau"] }
        header += ["member_kind_blau", "member_kind_iqv"]
        if let byGroup { header += ["member_\(byGroup.attribute)_blau", "member_\(byGroup.attribute)_iqv"] }
        return header
    }

    /// One row per node: actors (with their spread), then networks (with their composition).
    public func csv() -> String {
        var writer = CSVWriter(header: csvHeader)
        let c = centralities
        for v in 0 ..< twoMode.nodeCount {
            let actor = self.actor(v)
            let isActor = twoMode.mode(of: v) == .actor
            let k = v - twoMode.actorCount
            var row = [actor.id, twoMode.mode(of: v).rawValue, actor.label, actor.kind, String(c.degree[v]),
                       cell(c.degreeCentrality[v])]
            if twoMode.isWeighted { row.append(cell(c.strength[v])) }
            row += [cell(c.closeness[v]), cell(c.betweenness[v]), cell(latapy.dot[v]), cell(latapy.min[v]),
                    cell(latapy.max[v]), cell(redundancy.values[v]),
                    corePeriphery.fit == nil ? "" : ((isActor ? corePeriphery.actorCore[v] : corePeriphery.networkCore[k]) ? "1" : "0")]
            if isActor {
                row.append(String(spread.coMembers[v]))
                if spread.attribute != nil { row += [String(spread.categories[v]), cell(spread.blau[v])] }
                row += ["", ""]
                if byGroup != nil { row += ["", ""] }
            } else {
                row.append("")
                if spread.attribute != nil { row += ["", ""] }
                row += [cell(byKind.blau[k]), cell(byKind.iqv[k])]
                if let byGroup { row += [cell(byGroup.blau[k]), cell(byGroup.iqv[k])] }
            }
            writer.row(row)
        }
        return writer.text
    }

    /// The projection onto `mode` as `source,target,weight` (ids), an edge list the other
    /// commands read.
    public static func projectionCSV(_ projection: TwoModeProjection, graph: TwoModeGraph, model: CollaborationGraph) -> String {
        var writer = CSVWriter(header: ["source", "target", "weight"])
        for k in projection.weights.indices {
            writer.row([model.actors[Int(graph.modelIndex[Int(projection.sources[k])])].id,
                        model.actors[Int(graph.modelIndex[Int(projection.targets[k])])].id,
                        NumberFormat.shortest(projection.weights[k])])
        }
        return writer.text
    }

    public func json() -> JSONValue {
        let c = centralities
        func composition(_ x: NetworkComposition, _ k: Int) -> JSONValue {
            .object([("attribute", .string(x.attribute)),
                     ("counts", .object(zip(x.categories, x.counts(ofNetwork: k)).filter { $0.1 > 0 }.map { ($0.0, .number(Double($0.1))) })),
                     ("missing", .number(Double(x.missing[k]))), ("blau", .finite(x.blau[k])), ("iqv", .finite(x.iqv[k]))])
        }
        let nodes: [JSONValue] = (0 ..< twoMode.nodeCount).map { v in
            let isActor = twoMode.mode(of: v) == .actor
            let k = v - twoMode.actorCount
            var fields: [(String, JSONValue)] = [
                ("id", .string(actor(v).id)), ("mode", .string(twoMode.mode(of: v).rawValue)),
                ("degree", .number(Double(c.degree[v]))), ("degree_centrality", .finite(c.degreeCentrality[v])),
                ("strength", .finite(c.strength[v])), ("closeness", .finite(c.closeness[v])),
                ("betweenness", .finite(c.betweenness[v])), ("betweenness_raw", .finite(c.rawBetweenness[v])),
                ("clustering", .object([("dot", .finite(latapy.dot[v])), ("min", .finite(latapy.min[v])), ("max", .finite(latapy.max[v]))])),
                ("redundancy", .finite(redundancy.values[v])),
                ("core", corePeriphery.fit == nil ? .null : .bool(isActor ? corePeriphery.actorCore[v] : corePeriphery.networkCore[k])),
            ]
            if isActor {
                var spreadFields: [(String, JSONValue)] = [("networks", .number(Double(spread.networks[v]))), ("share", .finite(spread.share[v])),
                                                           ("co_members", .number(Double(spread.coMembers[v])))]
                if let attribute = spread.attribute {
                    spreadFields += [("network_attribute", .string(attribute)), ("categories", .number(Double(spread.categories[v]))),
                                     ("blau", .finite(spread.blau[v]))]
                }
                fields.append(("spread", .object(spreadFields)))
            } else {
                fields.append(("composition", .array([composition(byKind, k)] + (byGroup.map { [composition($0, k)] } ?? []))))
            }
            return .object(fields)
        }
        var out: [(String, JSONValue)] = [
            ("graph", .string(name)),
            ("actors", .number(Double(twoMode.actorCount))), ("networks", .number(Double(twoMode.networkCount))),
            ("memberships", .number(Double(twoMode.edgeCount))), ("density", .finite(twoMode.density)),
            ("weighted", .bool(twoMode.isWeighted)),
            ("nested", .object([("policy", .string(options.nested.rawValue)),
                                ("actors", .array(twoMode.nestedActors.map { .string(graph.actors[Int($0)].id) }))])),
            ("robins_alexander", .object([("value", .finite(robinsAlexander.value)), ("four_cycles", .number(Double(robinsAlexander.fourCycles))),
                                          ("three_paths", .number(Double(robinsAlexander.threePaths)))])),
            ("mean_clustering", .object(TwoModeGraph.Mode.allCases.map { ($0.rawValue, .finite(LatapyClustering.average(latapy.dot, over: $0, in: twoMode))) })),
            ("core_periphery", corePeripheryJSON()),
            ("nodes", .array(nodes)),
        ]
        if let interlocks {
            out.append(("interlocks", .object([
                ("minimum_shared", .number(Double(interlockMinimum))),
                ("pairs", .array((0 ..< interlocks.count).map { p in
                    .object([("a", .string(actor(Int(interlocks.first[p])).id)), ("b", .string(actor(Int(interlocks.second[p])).id)),
                             ("shared", .number(Double(interlocks.shared[p]))),
                             ("through", .array(interlocks.members(ofPair: p).map { .string(actor(Int($0)).id) }))])
                })),
            ])))
        }
        out.append(("notes", .array(notes.map { .string($0) })))
        return .object(out)
    }

    private func corePeripheryJSON() -> JSONValue {
        let cp = corePeriphery
        let actors = twoMode.nodes(.actor).filter { cp.actorCore[$0] }.map { JSONValue.string(actor($0).id) }
        let networks = twoMode.nodes(.network).filter { cp.networkCore[$0 - twoMode.actorCount] }.map { JSONValue.string(actor($0).id) }
        let names = ["core_actors_core_networks", "core_actors_periphery_networks", "periphery_actors_core_networks", "periphery_actors_periphery_networks"]
        return .object([
            ("fit", .finite(cp.fit)), ("core_actors", .array(cp.fit == nil ? [] : actors)),
            ("core_networks", .array(cp.fit == nil ? [] : networks)),
            ("densities", .object(zip(names, cp.densities).map { ($0.0, .finite($0.1)) })),
        ])
    }

    /// A readable summary: counts, whole-graph clustering, the largest networks with their
    /// diversity, the actors in most networks, the brokers of each mode, the strongest
    /// interlocks and the core/periphery split.
    public func text(limit: Int = 10) -> String {
        let f = { (x: Double?) in x.map { NumberFormat.fixed($0, digits: 3) } ?? "–" }
        let g = twoMode
        var out = "Two-mode: \(name): \(g.actorCount) actors × \(g.networkCount) networks, \(g.edgeCount) memberships (density \(f(g.density)))\(g.isWeighted ? ", weighted" : "")\n"
        guard g.edgeCount > 0 else {
            for note in notes { out += "Note: \(note)\n" }
            return out
        }
        out += "Robins–Alexander clustering \(f(robinsAlexander.value)) (\(robinsAlexander.fourCycles) four-cycles over \(robinsAlexander.threePaths) three-paths); "
        out += "mean clustering (Latapy) actors \(f(LatapyClustering.average(latapy.dot, over: .actor, in: g))), networks \(f(LatapyClustering.average(latapy.dot, over: .network, in: g)))\n"
        let label = { (v: Int) in self.actor(v).label }
        let networks = Ranking.ranked(g.nodes(.network).map(Int32.init)) { Double(self.centralities.degree[Int($0)]) }
        // Diversity columns only for attributes with two categories or more among the members.
        let diversity = ([byKind] + (byGroup.map { [$0] } ?? [])).filter { $0.categories.count >= 2 }
        let heading = (diversity.map { "members' \($0.attribute) IQV" } + ["two-mode betweenness"]).joined(separator: "; ")
        out += "\nNetworks by members (\(heading)):\n"
        for v32 in networks.prefix(limit) {
            let v = Int(v32), k = v - g.actorCount
            out += "  \(label(v)): \(centralities.degree[v]) members; "
            out += (diversity.map { "\($0.attribute) IQV \(f($0.iqv[k]))" } + ["betweenness \(f(centralities.betweenness[v]))"]).joined(separator: "; ") + "\n"
        }
        if networks.count > limit { out += "  … and \(networks.count - limit) more\n" }
        let actors = Ranking.ranked(g.nodes(.actor).map(Int32.init)) { Double(self.centralities.degree[Int($0)]) }
        out += "\nActors in most networks (co-members met\(spread.attribute.map { "; network \($0)s spanned" } ?? "")):\n"
        for v32 in actors.prefix(limit) {
            let v = Int(v32)
            out += "  \(label(v)): \(centralities.degree[v]) networks, \(spread.coMembers[v]) co-members"
            if let attribute = spread.attribute { out += ", \(spread.categories[v]) \(attribute)\(spread.categories[v] == 1 ? "" : "s")" }
            out += "\n"
        }
        for mode in TwoModeGraph.Mode.allCases {
            let top = Ranking.top(mode == .actor ? limit : min(limit, 5), of: g.nodes(mode).map(Int32.init)) { self.centralities.betweenness[Int($0)] }
                .filter { centralities.betweenness[Int($0)] > 0 }
            guard !top.isEmpty else { continue }
            out += "\nBrokers among the \(mode == .actor ? "actors" : "networks") (two-mode betweenness): "
            out += top.map { "\(label(Int($0))) \(f(centralities.betweenness[Int($0)]))" }.joined(separator: "; ") + "\n"
        }
        if let interlocks {
            out += "\nInterlocks: \(interlocks.count) pairs of networks share \(interlockMinimum > 1 ? "at least \(interlockMinimum) members" : "members")"
            let order = (0 ..< interlocks.count).sorted { interlocks.shared[$0] != interlocks.shared[$1] ? interlocks.shared[$0] > interlocks.shared[$1] : $0 < $1 }
            out += order.isEmpty ? "\n" : "; the strongest:\n"
            for p in order.prefix(limit) {
                let through = interlocks.members(ofPair: p).map { self.actor(Int($0)).label }
                out += "  \(label(Int(interlocks.first[p]))) – \(label(Int(interlocks.second[p]))): \(interlocks.shared[p]) (\(TextList.folded(through, limit: 4)))\n"
            }
            let carriers = Ranking.top(5, of: g.nodes(.actor).map(Int32.init)) { Double(interlocks.throughCount[Int($0)]) }
                .filter { interlocks.throughCount[Int($0)] > 0 }
            if !carriers.isEmpty {
                out += "  carried most by: " + carriers.map { "\(label(Int($0))) (\(interlocks.throughCount[Int($0)]) pairs)" }.joined(separator: "; ") + "\n"
            }
        }
        let cp = corePeriphery
        out += "\nTwo-mode core/periphery: "
        if let fit = cp.fit {
            let coreActors = g.nodes(.actor).filter { cp.actorCore[$0] }.map(label)
            let coreNetworks = g.nodes(.network).filter { cp.networkCore[$0 - g.actorCount] }.map(label)
            out += "fit r = \(f(fit)); \(coreActors.count) core actors in \(coreNetworks.count) core networks\n"
            out += "  core actors: \(TextList.folded(coreActors, limit: limit, separator: "; "))\n"
            out += "  core networks: \(TextList.folded(coreNetworks, limit: limit, separator: "; "))\n"
            out += "  densities: core actors × core networks \(f(cp.densities[0])), × peripheral \(f(cp.densities[1])); peripheral actors × core \(f(cp.densities[2])), × peripheral \(f(cp.densities[3]))\n"
        } else {
            out += "no split with a defined fit\n"
        }
        for note in notes { out += "Note: \(note)\n" }
        return out
    }
}
