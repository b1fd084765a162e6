import CollabGraph
/// Everything `collab communities` reports for one run, built once from the context and
/// written as CSV (one row per actor), JSON (all of it) or text (the summary).
///
/// The communities are Leiden's (``Leiden``) or, with a partition attribute, the groups
/// of that attribute (actors lacking it form the group "(none)"), whose quality is then
/// reported — modularity as `networkx.community.modularity` computes it. Both are
/// summarised (``CommunitySummary``) and compared with the run's group attribute
/// (``PartitionComparison``, over the actors that have the attribute and at least one
/// tie: an isolate is a community of its own whatever its group), and the
/// modularity of the group attribute's own partition is given beside it.
///
/// Conventions: Leiden reads the ties as undirected (the main view's partners); a given
/// partition's modularity is directed (Leicht–Newman) only with `--directed`.
public struct CommunityReport: Sendable {
    /// Where the communities come from.
    public enum Source: Sendable, Equatable {
        case leiden(CommunityPartition)
        case attribute(String)
    }

    /// The comparison of the communities with an attribute.
    public struct Comparison: Sendable, Equatable {
        public let attribute: String
        /// Actors compared: those with the attribute and at least one tie.
        public let actorCount: Int
        public let result: PartitionComparison
        /// Quality (same objective) of the attribute's own partition, all actors
        /// (those lacking it as one group).
        public let attributeQuality: Double?
    }

    public let name: String
    public let graph: CollaborationGraph
    public let source: Source
    public let objective: CommunityObjective
    public let resolution: Double
    public let weighted: Bool
    /// Whether the quality is directed modularity.
    public let directed: Bool
    /// The community of each actor: the actors taking part in 0 ..< `sizes.count` (by size),
    /// each actor left out alone after them.
    public let communityOf: [Int32]
    /// Sizes of the communities of the actors taking part.
    public let sizes: [Int]
    /// The actors taking part (nil: all); networks known only from memberships are left
    /// out (``AnalysisContext/profiledActors``).
    public let included: [Bool]?
    /// The summary of each community of ``sizes``.
    public let communities: [CommunitySummary.Community]
    /// The view in words and in JSON (``AnalysisContext/viewSummary``, ``AnalysisContext/viewJSON``).
    public let viewSummary: String
    public let viewJSON: JSONValue
    public let quality: Double?
    public let summary: CommunitySummary
    public let comparison: Comparison?
    public let tieCount: Int
    public let notes: [String]

    /// Runs Leiden with `leiden` (its `weighted` is taken from the context), or takes the
    /// groups of `partitionAttribute` as the communities.
    public init(context: AnalysisContext, leiden: LeidenOptions, partitionAttribute: String?, top: Int = 3) {
        name = context.name
        graph = context.graph
        objective = leiden.objective
        resolution = leiden.resolution
        weighted = context.weighted
        let rows = context.undirectedView.partners
        var notes: [String] = []
        var options = leiden
        options.weighted = context.weighted
        let quality = { (partition: [Int32]) -> Double? in
            if options.objective == .modularity && context.view.isDirected {
                return Modularity.score(of: partition, view: context.view, weighted: options.weighted, resolution: options.resolution)
            }
            return Leiden.quality(of: partition, rows: rows, options: options)
        }
        if let partitionAttribute {
            let groups = context.groups(partitionAttribute)
            (communityOf, sizes) = CommunityReport.separating(groups.groupOf, included: context.profiledActors)
            source = .attribute(partitionAttribute)
            directed = objective == .modularity && context.view.isDirected
            self.quality = quality(communityOf)
            let missing = graph.actors.filter { $0.value(of: partitionAttribute) == nil }.count
            if missing > 0 { notes.append("\(missing) actors lack '\(partitionAttribute)' and form one community '\(ActorGroups.missingName)'") }
        } else {
            let partition = context.communities(options)
            (communityOf, sizes) = CommunityReport.separating(partition.communityOf, included: context.profiledActors)
            source = .leiden(partition)
            directed = false
            self.quality = partition.quality
            if context.view.isDirected { notes.append("Leiden reads the ties as undirected (the --directed view's partners)") }
        }
        if objective == .modularity && self.quality == nil { notes.append("the view has no ties: modularity is undefined") }
        tieCount = context.undirectedView.tieCount
        included = context.profiledActors
        viewSummary = context.viewSummary
        viewJSON = context.viewJSON
        if let note = context.profiledActorsNote { notes.append(note) }
        let groups = context.groups
        summary = CommunitySummary(graph: graph, rows: rows, communityOf: communityOf, weighted: weighted, groups: groups, top: top)
        communities = Array(summary.communities.prefix(sizes.count))
        if let attribute = context.groupAttribute, groups != nil {
            comparison = CommunityReport.compare(communityOf, degree: summary.degree, with: attribute, context: context,
                                                 quality: quality)
        } else {
            comparison = nil
            if let note = context.groupNote { notes.append("no comparison: \(note)") }
        }
        self.notes = notes
    }

    /// How the communities found agree with `attribute` (NMI, ARI) over the actors that
    /// have it and have ties (an isolate's community, itself, says nothing about the
    /// attribute), and the quality of the attribute's own groups as a partition.
    public func comparison(with attribute: String, context: AnalysisContext) -> Comparison {
        var options = LeidenOptions(objective: objective, resolution: resolution)
        options.weighted = weighted
        let rows = context.undirectedView.partners
        return CommunityReport.compare(communityOf, degree: summary.degree, with: attribute, context: context) {
            Leiden.quality(of: $0, rows: rows, options: options)
        }
    }

    static func compare(_ communityOf: [Int32], degree: [Double], with attribute: String, context: AnalysisContext,
                        quality: ([Int32]) -> Double?) -> Comparison {
        let actors = context.graph.actors
        let groups = context.groups(attribute)
        let having = actors.indices.filter { actors[$0].value(of: attribute) != nil && degree[$0] > 0 }
        let result = PartitionComparison(having.map { communityOf[$0] }, having.map { groups.groupOf[$0] })
        return Comparison(attribute: attribute, actorCount: having.count, result: result, attributeQuality: quality(groups.groupOf))
    }

    /// Actors taking part.
    public var actorCount: Int { included.map { $0.filter { $0 }.count } ?? graph.actorCount }

    /// Renumbers `labels` so that the communities of the `included` actors come first (by
    /// size, ``Leiden/canonical(_:)``) and every actor left out is alone after them.
    static func separating(_ labels: [Int32], included: [Bool]?) -> (communityOf: [Int32], sizes: [Int]) {
        guard let included else { return Leiden.canonical(labels) }
        let members = labels.indices.filter { included[$0] }
        let (sub, sizes) = Leiden.canonical(members.map { labels[$0] })
        var out = [Int32](repeating: 0, count: labels.count)
        for (k, actor) in members.enumerated() { out[actor] = sub[k] }
        var next = Int32(sizes.count)
        for actor in labels.indices where !included[actor] { out[actor] = next; next += 1 }
        return (out, sizes)
    }

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
