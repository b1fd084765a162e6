import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab communities GRAPH`: Leiden communities (or the groups of an attribute), their
/// quality, composition and bridges, compared with a group attribute.
struct CommunitiesCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "communities",
        abstract: "Communities (Leiden, modularity or CPM) and how well they follow sectors or places.",
        discussion: """
        Finds communities with the Leiden algorithm (Traag, Waltman & van Eck 2019) on the
        undirected ties: modularity with resolution γ (--resolution, default 1), or the
        constant Potts model (--objective cpm: communities denser than γ). Seeded and
        deterministic; --runs K keeps the best of K runs; every community is connected.
        With --partition ATTR the groups of that attribute are the communities instead,
        and their modularity is reported (as networkx.community.modularity; directed with
        --directed). The communities are compared with --group ATTR (default: sector when
        present) by normalised mutual information and adjusted Rand index (scikit-learn's
        definitions, over the actors that have the attribute and at least one tie: an
        isolate is a community of its own whatever its group), beside the modularity of
        the attribute's own partition. Output: one row per actor (id, community,
        participation coefficient, ties inside its community, all ties), --summary for a
        readable summary per community (size, density, share of ties inside, kinds,
        groups, most central actors, bridges), or --format json for everything.
        Communities are numbered by size, largest first. Networks known only from
        memberships (projects, boards with members but no tie record) are left out
        unless --memberships brings them in; their rows are empty.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("objective", value: "modularity|cpm", help: "What Leiden optimises (default modularity)."),
            OptionSpec("resolution", value: "γ", help: "Resolution (default 1): higher gives more, smaller communities; for cpm, the density a community must exceed."),
            OptionSpec("seed", value: "n", help: "Seed of the runs (default 1)."),
            OptionSpec("runs", value: "k", help: "Independent Leiden runs; the best is kept (default 10)."),
            OptionSpec("partition", value: "attribute", help: "Take the groups of this attribute as the communities (no Leiden) and report their quality."),
            GraphInput.groupOption,
        ] + SummarisedOutput.options,
        examples: [
            "collab communities Datasets/karate --summary --group club",
            "collab communities Datasets/karate --partition club",
            "collab communities Datasets/east-london --summary --group locality --runs 20",
            "collab communities Datasets/east-london --objective cpm --resolution 0.05 --weighted -o communities.csv",
            "collab communities Datasets/les-miserables --weighted --resolution 1.5 --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try SummarisedOutput.format(arguments)
        let objective = CommunityObjective(rawValue: try arguments.choice("objective", ["modularity", "cpm"], default: "modularity"))!
        let resolution = try arguments.number("resolution") ?? 1
        guard resolution >= 0, resolution.isFinite else { throw UsageError("'--resolution' must be a number ≥ 0, got '\(arguments.value("resolution")!)'") }
        let runs = try arguments.integer("runs", range: 1 ... 10_000) ?? 10
        let seed = try arguments.integer("seed") ?? 1
        let partition = arguments.value("partition")
        if partition != nil && (arguments.has("runs") || arguments.has("seed")) {
            throw UsageError("'--partition' takes the attribute's groups as they are: '--runs' and '--seed' do not apply")
        }
        let context = try GraphInput.context(arguments, console: console)
        if let partition, !context.graph.actors.contains(where: { $0.value(of: partition) != nil }) {
            throw (AnalysisContext.unknownAttribute(partition, option: "--partition", graph: context.graph))
        }
        let options = LeidenOptions(objective: objective, resolution: resolution, seed: UInt64(seed), runs: runs)
        let report = CommunityReport(context: context, leiden: options, partitionAttribute: partition)
        try SummarisedOutput.emit(report, format: format, arguments: arguments, console: console)
        return 0
    }
}
