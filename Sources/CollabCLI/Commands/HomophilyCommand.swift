import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab homophily GRAPH --group ATTR`: E–I index with its permutation test, Yule's Q,
/// assortativity and the mixing matrix.
struct HomophilyCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "homophily",
        abstract: "Do actors tie to their own kind? E–I index with a permutation test, Yule's Q, assortativity, mixing.",
        discussion: """
        Groups come from --group (default: sector when the actors have one). Printed as CSV
        sections: network (Krackhardt's E–I index with its expected value — the index of all
        possible ties — and seeded permutation p-values: p_lower is the share of label
        permutations with an index at or below the observed one, small when ties stay
        inside groups; Yule's Q of ties against same/different group; Newman's attribute
        assortativity; degree assortativity; with --numeric ATTR the assortativity of a
        numeric attribute, tier read by rank), groups (each group's E–I with its expected
        value and p-values) and mixing (ties per group pair, observed and expected shares of
        tie ends and their ratio). Ties are the collapsed view's distinct ties, unweighted;
        directed views count arcs. Matches NetworkX 3.6.1; see docs/homophily.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.groupOption,
            OptionSpec("numeric", value: "attribute", help: "Also the assortativity of this numeric attribute (tier by rank local 1 … national 4)."),
            OptionSpec("permutations", value: "n", help: "Label permutations for the E–I test (default 1000; 0 skips the test)."),
            OptionSpec("seed", value: "n", help: "Seed of the permutations (default 1)."),
            TableOutput.tableOption("network, groups, mixing"),
        ] + GraphInput.outputOptions(formats: [.csv, .json]),
        examples: [
            "collab homophily Datasets/east-london",
            "collab homophily Datasets/east-london --group kind --numeric tier",
            "collab homophily Datasets/karate --group club --permutations 10000 --seed 7 --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        let permutations = try arguments.integer("permutations", range: 0 ... 10_000_000) ?? 1000
        let seed = try arguments.integer("seed", range: 0 ... Int.max) ?? 1
        let context = try GraphInput.context(arguments, console: console)
        guard let allGroups = context.groups else {
            throw AnalysisError("homophily needs groups: \(context.groupNote ?? "choose an attribute with --group")")
        }
        let (induced, studyNote) = context.studyView
        let view = induced?.view ?? context.view
        let groups = induced?.groups(allGroups) ?? allGroups
        let analysis = HomophilyAnalysis(view: view, groups: groups, permutations: permutations, seed: UInt64(seed))
        var numeric: (attribute: String, value: Double?)? = nil
        if let attribute = arguments.value("numeric") {
            let all = try HomophilyAnalysis.numericValues(graph: context.graph, attribute: attribute)
            guard all.contains(where: { $0 != nil }) else {
                throw (AnalysisContext.unknownAttribute(attribute, option: "--numeric", graph: context.graph))
            }
            let values = induced.map { $0.actors.map { all[$0] } } ?? all
            numeric = (attribute, analysis.numericAssortativity(view: view, values: values))
        }
        var notes: [String] = studyNote.map { [$0] } ?? []
        if let sentence = analysis.sentence(attribute: groups.attribute ?? "group") { notes.append(sentence) }
        if groups.names.contains(ActorGroups.missingName) {
            notes.append("actors without '\(groups.attribute ?? "group")' form the group '\(ActorGroups.missingName)'")
        }
        try TableOutput.emit(analysis.tables(numeric: numeric), format: format, context: context, notes: notes,
                             arguments: arguments, console: console)
        return 0
    }
}
