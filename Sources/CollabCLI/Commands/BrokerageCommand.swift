import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab brokerage GRAPH`: structural holes, Gould–Fernandez roles, bridges and cut
/// points, group mixing.
struct BrokerageCommand: CollabCommand {
    static let maximumMixingGroups = 1000

    static let spec = CommandSpec(
        name: "brokerage",
        abstract: "Who brokers: structural holes, Gould–Fernandez roles, bridges, cut points, group mixing.",
        discussion: """
        One row per actor in load order: partners, Burt's effective size, efficiency,
        constraint and hierarchy (NetworkX per-actor definitions; empty for isolates, and
        hierarchy for fewer than two partners). With --group ATTR, the Gould–Fernandez role
        counts of each broker (coordinator, itinerant, representative, gatekeeper, liaison
        and their total, brokerage) counted as R's sna::brokerage does: every two-path
        i → b → k with no tie i → k; an undirected view counts both directions. Actors
        lacking the attribute form the group 'not given'. --zscores adds each role's expected
        count and z-score under sna's random-graph baseline (empty where the variance is 0).
        --structure lists local bridges (ties whose ends share no partner, with their span;
        a bridge has no span) and cut points (with how many actors each one's removal cuts
        off from the largest remaining piece of its component). --mixing prints the group ×
        group ties and each group's E–I index (Krackhardt & Stern).
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("group", value: "attribute", help: "Group actors by this attribute (kind, sector, locality, tier or any column) for roles and mixing."),
            OptionSpec("zscores", help: "With --group: add expected counts and z-scores of each role."),
            OptionSpec("structure", help: "List local bridges with their span, bridges and cut points instead of the actor table."),
            OptionSpec("mixing", help: "With --group: print the group × group tie matrix and E–I indices instead of the actor table."),
            OptionSpec("top", value: "n", help: "Keep the N actors with the largest values of the --by column."),
            OptionSpec("by", value: "column", help: "Sort actors by this column, largest first (default with --top: brokerage with --group, else effective_size)."),
        ] + [TableOutput.tableOption("with --structure: ties or cut_points; with --mixing: group_pairs or groups")]
            + GraphInput.outputOptions(formats: [.csv, .json]),
        examples: [
            "collab brokerage Datasets/east-london --group sector --top 10 --by brokerage",
            "collab brokerage Datasets/east-london --group sector --mixing",
            "collab brokerage Datasets/karate --group club --zscores --format json",
            "collab brokerage Datasets/florentine --structure --table cut_points",
            "collab brokerage Datasets/florentine --structure -o florentine.csv   # florentine-ties.csv, florentine-cut_points.csv",
            "collab brokerage Datasets/east-london --weighted --directed --at 2017-06-01 -o brokerage.csv",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        let attribute = arguments.value("group")
        if arguments.flag("zscores") && attribute == nil { throw UsageError("'--zscores' needs '--group <attribute>'") }
        if arguments.flag("mixing") && attribute == nil { throw UsageError("'--mixing' needs '--group <attribute>'") }
        if arguments.flag("structure") && arguments.flag("mixing") { throw UsageError("give either --structure or --mixing, not both") }
        let top = try arguments.integer("top", range: 1 ... Int.max)
        if (top != nil || arguments.has("by")) && (arguments.flag("structure") || arguments.flag("mixing")) {
            throw UsageError("'--top' and '--by' sort the actor table; they do not apply to --structure or --mixing")
        }
        let context = try GraphInput.context(arguments, console: console, defaultGroup: false)
        let graph = context.graph
        let view = context.view
        let groups = context.groups

        var tables: [BrokerageTable]
        var notes: [String] = []
        if arguments.flag("structure") {
            tables = BrokerageTables.structure(graph: graph, view: view)
        } else if arguments.flag("mixing"), let groups {
            // The matrix is dense (groups²) and lists every pair: meant for a handful of sectors.
            guard groups.count <= maximumMixingGroups else {
                throw AnalysisError("'\(attribute!)' has \(groups.count) distinct values; --mixing handles at most \(maximumMixingGroups) groups")
            }
            tables = BrokerageTables.mixing(view: view, groups: groups)
        } else {
            // Over the actors of the tie network (networks known only from memberships are
            // left out of the rows and of the z-scores' baseline).
            let result = BrokerageTables.actors(graph: graph, view: view, weighted: arguments.flag("weighted"),
                                                groups: groups, zScores: arguments.flag("zscores"),
                                                population: context.profiledActors)
            var table = result.populationTable
            notes = result.notes
            if let population = result.population {
                let left = population.lazy.filter { !$0 }.count
                notes.append("\(left) actor\(left == 1 ? "" : "s") appear only as networks of memberships (no tie record) and are not actors of the tie network: left out of the rows and of the expected counts (--memberships ties or co brings them in)")
            }
            if top != nil || arguments.has("by") {
                let column = arguments.value("by") ?? (groups != nil ? BrokerageColumn.role(.total) : .effectiveSize).header
                guard let sorted = table.sorted(by: column, limit: top) else {
                    throw UsageError("'--by' must be one of \(table.numericColumns.joined(separator: ", ")), got '\(column)'")
                }
                table = sorted
            }
            tables = [table]
        }

        try TableOutput.emit(tables, format: format, context: context, notes: notes, arguments: arguments, console: console)
        return 0
    }
}
