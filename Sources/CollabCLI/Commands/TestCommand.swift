import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab test GRAPH --statistic S --null N`: conditional uniform graph tests.
struct TestCommand: CollabCommand {
    static let statisticHelp = "transitivity, clustering, degree-centralization, betweenness-centralization, reciprocity, ei:ATTR, modularity:ATTR or mean-distance"
    /// The size null draws half of all dyads: refuse it above this many actors.
    static let maximumSizeNullActors = 3000

    static let spec = CommandSpec(
        name: "test",
        abstract: "Is a graph-level statistic more than chance? Conditional uniform graph (CUG) tests.",
        discussion: """
        Compares a statistic of the graph (--statistic, repeatable: \(statisticHelp)) with
        its values on --draws random graphs (default 1000) that keep what the null model
        (--null, repeatable) conditions on: size (the actors only; each dyad tied with
        probability 1/2), edges (the number of ties; the default), dyads (the dyad census:
        mutual, asymmetric and null dyads; directed views) or degree (every actor's degree,
        in- and out-degree when directed, by --swaps double-edge swaps per tie from the
        observed graph). p(≥) is the share of random graphs whose statistic is at or above
        the observed value — small when the observed value is unusually high — and p(≤) the
        share at or below; as R's sna::cug.test. Ties are read as binary; transitivity,
        clustering and mean distance use the undirected reading; ei and modularity take the
        groups of an attribute. Draws run in parallel, seeded by --seed: the same seed gives
        the same numbers on any machine and thread count. See docs/inference.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            OptionSpec("statistic", short: "s", value: "name", repeatable: true, help: "The statistic to test (repeatable): \(statisticHelp)."),
            OptionSpec("null", value: "model", repeatable: true, help: "size, edges (default), dyads or degree (repeatable)."),
            OptionSpec("draws", value: "n", help: "Random graphs per test (default 1000)."),
            OptionSpec("seed", value: "n", help: "Seed of the random graphs (default 1)."),
            OptionSpec("swaps", value: "q", help: "Degree null: double-edge swap attempts per tie for each random graph (default 10)."),
            GraphInput.threadsOption,
            TableOutput.tableOption("tests, histogram"),
        ] + GraphInput.outputOptions(formats: [.text, .csv, .json]),
        examples: [
            "collab test Datasets/east-london --undirected --statistic ei:sector --null degree",
            "collab test Datasets/east-london --statistic reciprocity --statistic transitivity --null edges --null dyads",
            "collab test Datasets/karate --statistic modularity:club --null degree --draws 5000 --seed 7 --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .csv, .json])
        let draws = try arguments.integer("draws", range: 1 ... 10_000_000) ?? 1000
        let seed = try arguments.integer("seed", range: 0 ... Int.max) ?? 1
        let swaps = try arguments.integer("swaps", range: 1 ... 10_000) ?? 10
        let names = arguments.values("statistic")
        guard !names.isEmpty else { throw UsageError("give at least one '--statistic <name>' (\(statisticHelp))") }
        let nulls = try arguments.values("null").map { text -> UniformGraphNull in
            guard let null = UniformGraphNull(rawValue: text) else {
                throw UsageError("'--null' must be size, edges, dyads or degree, got '\(text)'")
            }
            return null
        }
        let context = try GraphInput.context(arguments, console: console, defaultGroup: false)
        GraphInput.warn(context, console: console)
        let (induced, studyNote) = context.studyView
        let view = induced?.view ?? context.view
        let statistics = try names.map { try statistic($0, context: context, induced: induced) }
        let chosenNulls = nulls.isEmpty ? [UniformGraphNull.edges] : nulls
        if chosenNulls.contains(.size) && view.nodeCount > maximumSizeNullActors {
            throw AnalysisError("the size null ties half of all dyads: \(view.nodeCount) actors would make about \(view.nodeCount * (view.nodeCount - 1) / 4) ties per random graph; use --null edges, dyads or degree (size is meant for at most \(maximumSizeNullActors) actors)")
        }
        var runs: [InferenceOutput.TestRun] = []
        for (name, statistic) in zip(names, statistics) {
            for null in chosenNulls {
                let options = UniformGraphTestOptions(null: null, draws: draws, seed: UInt64(seed), swapsPerTie: swaps,
                                                      threads: context.settings.threads)
                let progress = console.progress("\(name) vs \(null.rawValue) null")
                do {
                    runs.append(InferenceOutput.TestRun(statistic: name, test: try UniformGraphTest(view: view, statistic: statistic,
                                                                                                options: options, progress: progress),
                                                            directed: view.isDirected))
                } catch let error as UniformGraphTestError {
                    throw AnalysisError(message(error, statistic: name, null: null, view: view))
                }
            }
        }
        var notes: [String] = studyNote.map { [$0] } ?? []
        notes.append("\(view.nodeCount) actors, \(view.tieCount) \(view.isDirected ? "arcs" : "ties"); \(draws) random graphs per test, seed \(seed)" + (chosenNulls.contains(.degree) ? ", \(swaps) swaps per tie" : ""))
        if format == .text {
            try console.emit(InferenceOutput.testText(runs, name: context.name, notes: notes), to: arguments.value("output"))
        } else {
            try TableOutput.emit(InferenceOutput.testTables(runs), format: format, context: context, notes: notes,
                                 arguments: arguments, console: console)
        }
        return 0
    }

    /// The statistic a name asks for, with its groups resolved on the study view.
    static func statistic(_ text: String, context: AnalysisContext, induced: InducedView?) throws -> GraphStatistic {
        switch text {
        case "transitivity": return .transitivity
        case "clustering", "average-clustering": return .averageClustering
        case "degree-centralization": return .degreeCentralization
        case "betweenness-centralization": return .betweennessCentralization
        case "reciprocity":
            guard context.view.isDirected else {
                throw AnalysisError(context.recordsAreDirected
                    ? "reciprocity needs the directed view: give --directed (the records run from source to target; views are undirected unless asked)"
                    : "reciprocity needs directed records; these are undirected (give --directed if the records do run from source to target)")
            }
            return .reciprocity
        case "mean-distance": return .meanDistance
        default: break
        }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["ei", "modularity"].contains(parts[0]) else {
            let known = ["transitivity", "clustering", "degree-centralization", "betweenness-centralization", "reciprocity",
                         "ei:", "modularity:", "mean-distance"]
            let hint = Suggestions.closest(to: text, in: known).first.map { " (did you mean '\($0)'?)" } ?? ""
            throw UsageError("unknown statistic '\(text)'\(hint); use \(statisticHelp)")
        }
        let attribute = parts[1]
        guard !attribute.isEmpty, context.graph.actors.contains(where: { !($0.value(of: attribute) ?? "").isEmpty }) else {
            throw AnalysisContext.unknownAttribute(attribute, option: "--statistic \(text)", graph: context.graph)
        }
        let all = ActorGroups(graph: context.graph, attribute: attribute)
        let groups = induced?.groups(all) ?? all
        return parts[0] == "ei" ? .eiIndex(groups) : .modularity(groups)
    }

    static func message(_ error: UniformGraphTestError, statistic: String, null: UniformGraphNull, view: GraphView) -> String {
        switch error {
        case .needsDirectedView: return "\(statistic) needs a directed view"
        case .tooFewActors: return "a test needs at least 2 actors; the view has \(view.nodeCount)"
        case .tooFewTiesToRewire: return "the degree null needs at least 2 ties to swap; the view has \(view.tieCount)"
        case .undefinedOnObservedGraph:
            let why: String
            switch statistic {
            case "transitivity": why = "no actor has two partners"
            case "mean-distance": why = "no two actors are connected"
            case "degree-centralization", "betweenness-centralization": why = "it needs at least 3 actors"
            default: why = "the graph has no ties"
            }
            return "\(statistic) is undefined on this graph: \(why)"
        }
    }
}
