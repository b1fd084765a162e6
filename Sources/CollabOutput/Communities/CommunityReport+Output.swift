import CollabGraph
import CollabAnalysis

/// How a ``CommunityReport`` is written: text, CSV and JSON.
extension CommunityReport {
    // MARK: - Output

    /// `id,label,kind,community,participation,internal_degree,degree`, one row per actor in
    /// load order (participation empty for actors without ties; all empty for actors left out).
    public func csv() -> String {
        var writer = CSVWriter(header: ["id", "label", "kind", "community", "participation", "internal_degree", "degree"])
        for (i, actor) in graph.actors.enumerated() {
            guard included?[i] ?? true else { writer.row([actor.id, actor.label, actor.kind, "", "", "", ""]); continue }
            writer.row([actor.id, actor.label, actor.kind, String(communityOf[i]),
                        summary.participation[i].map(NumberFormat.shortest) ?? "",
                        NumberFormat.shortest(summary.internalDegree[i]), NumberFormat.shortest(summary.degree[i])])
        }
        return writer.text
    }

    private var methodJSON: JSONValue {
        switch source {
        case .leiden(let p):
            return .object([("method", .string("leiden")), ("seed", .number(Double(p.options.seed))),
                            ("runs", .number(Double(p.options.runs))), ("best_run", .number(Double(p.bestRun))),
                            ("run_qualities", .array(p.runQualities.map(JSONValue.finite))),
                            ("iterations", .number(Double(p.iterations)))])
        case .attribute(let attribute):
            return .object([("method", .string("attribute")), ("attribute", .string(attribute))])
        }
    }

    public func json() -> JSONValue {
        func shares(_ list: [CommunitySummary.Share]) -> JSONValue {
            .array(list.map { .object([("name", .string($0.name)), ("count", .number(Double($0.count)))]) })
        }
        func ids(_ actors: [Int32]) -> JSONValue { .array(actors.map { .string(graph.actors[Int($0)].id) }) }
        let communities: [JSONValue] = self.communities.map { c in
            .object([("community", .number(Double(c.index))), ("size", .number(Double(c.size))),
                     ("internal_ties", .number(Double(c.internalTies))), ("internal_weight", .number(c.internalWeight)),
                     ("internal_density", .finite(c.internalDensity)), ("inside_share", .finite(c.insideShare)),
                     ("kinds", shares(c.kinds)), ("groups", shares(c.groups)),
                     ("most_central", ids(c.mostCentral)), ("bridges", ids(c.bridges))])
        }
        let actors: [JSONValue] = graph.actors.indices.filter { included?[$0] ?? true }.map { i in
            .object([("id", .string(graph.actors[i].id)), ("community", .number(Double(communityOf[i]))),
                     ("participation", .finite(summary.participation[i])),
                     ("internal_degree", .number(summary.internalDegree[i])), ("degree", .number(summary.degree[i]))])
        }
        var comparisonJSON: JSONValue = .null
        if let comparison {
            comparisonJSON = .object([("attribute", .string(comparison.attribute)), ("actors", .number(Double(comparison.actorCount))),
                                      ("nmi", .number(comparison.result.normalizedMutualInformation)),
                                      ("ari", .number(comparison.result.adjustedRandIndex)),
                                      ("attribute_quality", .finite(comparison.attributeQuality))])
        }
        return .object([
            ("view", viewJSON),
            ("ties", .number(Double(tieCount))),
            ("directed_modularity", .bool(directed)),
            ("actors_left_out", .number(Double(graph.actorCount - actorCount))),
            ("objective", .string(objective.rawValue)), ("resolution", .number(resolution)),
            ("partition", methodJSON),
            ("quality", .finite(quality)), ("communities_count", .number(Double(sizes.count))),
            ("comparison", comparisonJSON),
            ("communities", .array(communities)), ("actors", .array(actors)),
            ("notes", .array(notes.map { .string($0) })),
        ])
    }

    /// A readable summary: the partition and its quality, the comparison, then the
    /// `limit` largest communities of two or more actors.
    public func text(limit: Int = 12) -> String {
        let f = { (x: Double) in NumberFormat.fixed(x, digits: 3) }
        let qualityName = objective == .modularity ? (directed ? "directed modularity" : "modularity") : "CPM quality"
        let qualityText = quality.map { NumberFormat.shortest($0) } ?? "undefined"
        var out = "Communities: \(name) (\(actorCount) actors, \(tieCount) ties, \(weighted ? "weighted" : "unweighted"))\n"
        out += "View: \(viewSummary)\n"
        switch source {
        case .leiden(let p):
            out += "Leiden, \(objective.rawValue) γ = \(NumberFormat.shortest(resolution)), seed \(p.options.seed), best of \(p.options.runs) run\(p.options.runs == 1 ? "" : "s") (run \(p.bestRun + 1))\n"
        case .attribute(let attribute):
            out += "Partition by '\(attribute)' (\(objective.rawValue) γ = \(NumberFormat.shortest(resolution)))\n"
        }
        let singles = sizes.filter { $0 == 1 }.count
        out += "\(qualityName): \(qualityText); \(sizes.count) communities (\(singles) of a single actor)\n"
        if let comparison {
            out += "Compared with '\(comparison.attribute)' (\(comparison.actorCount) actors with ties): NMI \(f(comparison.result.normalizedMutualInformation)), ARI \(f(comparison.result.adjustedRandIndex)); \(qualityName) of the '\(comparison.attribute)' partition itself: \(comparison.attributeQuality.map { f($0) } ?? "undefined")\n"
        }
        for note in notes { out += "Note: \(note)\n" }
        let shown = communities.filter { $0.size > 1 }.prefix(limit)
        for c in shown {
            out += "\nCommunity \(c.index): \(c.size) actors, \(c.internalTies) internal ties"
            out += c.internalDensity.map { ", density \(f($0))" } ?? ""
            out += c.insideShare.map { ", \(NumberFormat.fixed(100 * $0, digits: 1))% of its ties inside" } ?? ""
            out += "\n  kinds: " + c.kinds.map { "\($0.name) \($0.count)" }.joined(separator: ", ") + "\n"
            if !c.groups.isEmpty, let attribute = comparison?.attribute {
                out += "  \(attribute): " + c.groups.prefix(6).map { "\($0.name) \($0.count)" }.joined(separator: ", ")
                out += c.groups.count > 6 ? ", … (\(c.groups.count) in all)\n" : "\n"
            }
            out += "  most central (\(weighted ? "strength" : "partners")): " + c.mostCentral.map { "\(graph.actors[Int($0)].label) (\(NumberFormat.shortest(summary.degree[Int($0)])))" }.joined(separator: ", ") + "\n"
            if !c.bridges.isEmpty {
                out += "  bridges: " + c.bridges.map { "\(graph.actors[Int($0)].label) (P \(f(summary.participation[Int($0)] ?? 0)))" }.joined(separator: ", ") + "\n"
            }
        }
        let hidden = communities.filter { $0.size > 1 }.count - shown.count
        if hidden > 0 { out += "\n… \(hidden) more communities of two or more actors (all in --format csv or json)\n" }
        return out
    }
}
