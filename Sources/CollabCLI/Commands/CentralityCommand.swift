import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab centrality GRAPH`: degree, strength, betweenness, closeness, harmonic,
/// eigenvector, PageRank and coreness of every actor, or the top N by one of them.
struct CentralityCommand: CollabCommand {
    static let measureNames = CentralityMeasure.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "centrality",
        abstract: "Centrality of every actor: degree, strength, betweenness, closeness, harmonic, eigenvector, PageRank, coreness.",
        discussion: """
        Each measure equals its NetworkX reference on the collapsed view (parallel records
        summed, self-loops left out of path measures): betweenness normalised by
        (n-1)(n-2) (unordered pairs when undirected), closeness with the Wasserman-Faust
        scaling over distances to the actor, harmonic unnormalised, eigenvector of unit
        length (undefined, with a note and empty cells, when the view is disconnected or not
        strongly connected), PageRank with alpha 0.85, coreness of the undirected view.
        With --weighted, betweenness, closeness and harmonic use distance = 1/weight and
        eigenvector and PageRank use the weight. Output: one row per actor in load order
        (CSV header id,<measure>,...), or with --top N --by MEASURE the N highest actors with
        their label, kind and sector. Networks known only from memberships (projects, forums
        with members but no tie record) are not actors of the tie network: they are left out
        of the rows and of every normaliser (n is the number of actors of the tie network),
        with a note; --memberships ties or co makes them actors. Betweenness, closeness and harmonic take one search
        per actor (minutes on a million ties; --sample K estimates betweenness from K
        sources, rescaled as NetworkX does); progress is shown on a terminal.
        """,
        arguments: [GraphInput.graphArgument],
        options: [
            OptionSpec("measures", short: "m", value: "list", help: "Comma-separated measures (default: all): \(measureNames.joined(separator: ", "))."),
            GraphInput.weightedOption,
        ] + GraphInput.viewOptions + [
            OptionSpec("top", value: "n", help: "Print only the N highest actors by --by, with label, kind and sector."),
            OptionSpec("by", value: "measure", help: "The measure --top ranks by (computed even if not in --measures)."),
            OptionSpec("sample", value: "k", help: "Estimate betweenness from K seeded sources instead of all (NetworkX's k); for large graphs."),
            OptionSpec("seed", value: "n", help: "Seed of the --sample sources (default 1)."),
            GraphInput.threadsOption,
        ] + GraphInput.outputOptions(formats: [.csv, .json]) + GraphInput.loadOptions,
        examples: [
            "collab centrality Datasets/east-london --top 10 --by betweenness",
            "collab centrality Datasets/karate --measures degree,betweenness,pagerank",
            "collab centrality Datasets/east-london --directed --weighted --from 2017-01-01 --to 2017-12-31 -o centrality.csv",
            "collab centrality Datasets/les-miserables --weighted --format json",
            "collab centrality big-register.csv --measures betweenness,pagerank --sample 500 --top 20 --by betweenness",
        ]
    )

    static func measure(_ name: String, option: String) throws -> CentralityMeasure {
        guard let measure = CentralityMeasure(rawValue: name.lowercased()) else {
            let suggestion = ParsedArguments.closest(to: name, in: measureNames).map { " (did you mean '\($0)'?)" } ?? ""
            throw UsageError("unknown measure '\(name)' in '--\(option)'\(suggestion); measures: \(measureNames.joined(separator: ", "))")
        }
        return measure
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        var measures = try arguments.list("measures").map { list -> [CentralityMeasure] in
            guard !list.isEmpty else { throw UsageError("'--measures' needs at least one measure") }
            return try list.map { try measure($0, option: "measures") }
        }
        let top = try arguments.integer("top", range: 1 ... Int.max)
        let by = try arguments.value("by").map { try measure($0, option: "by") }
        switch (top, by) {
        case (nil, .some): throw UsageError("'--by' goes with '--top N'")
        case (.some, nil): throw UsageError("'--top' needs '--by MEASURE'")
        default: break
        }
        let threads = try arguments.integer("threads", range: 1 ... 1024)
        let sample = try arguments.integer("sample", range: 2 ... Int.max)
        let seed = try arguments.integer("seed") ?? 1
        if arguments.has("seed") && sample == nil { throw UsageError("'--seed' goes with '--sample K'") }
        if let by {
            // The ranking measure first; without --measures, only it is computed.
            measures = [by] + (measures ?? []).filter { $0 != by }
        }
        let context = try GraphInput.context(arguments, console: console)
        let graph = context.graph
        let requested = measures ?? CentralityMeasure.allCases
        let progress = requested.contains(where: \.isPathMeasure) ? console.progress("centrality") : nil
        let table = context.centrality(of: context.viewOptions,
                                       options: CentralityOptions(measures: requested, weighted: arguments.flag("weighted"),
                                                                  threads: threads, progress: progress,
                                                                  betweennessSample: sample, seed: UInt64(seed)))
        if table.population != nil {
            let left = table.actorCount - table.populationCount
            console.err("Note: \(left) actor\(left == 1 ? "" : "s") appear only as networks of memberships (no tie record) and are not actors of the tie network: left out, and every measure is normalised over the \(table.populationCount) actors of the tie network (--memberships ties or co brings them in).\n")
        }
        for column in table.columns {
            if let reason = column.undefinedReason {
                if column.measure == by { throw AnalysisError("cannot rank by \(column.measure.rawValue): \(reason)") }
                console.err("Note: \(column.measure.rawValue) is undefined on this view: \(reason); its cells are left empty.\n")
            }
        }
        let text: String
        if let top, let by {
            text = format == .json
                ? JSONValue.object([("actors", table.topJSON(top, by: by, actors: graph.actors)!)]).withView(of: context).serialized() + "\n"
                : table.topCSV(top, by: by, actors: graph.actors)!
        } else {
            text = format == .json
                ? JSONValue.object([("actors", table.json(actors: graph.actors))]).withView(of: context).serialized() + "\n"
                : table.csv(actors: graph.actors)
        }
        try console.emit(text, to: arguments.value("output"))
        return 0
    }
}
