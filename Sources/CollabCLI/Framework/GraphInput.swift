import CollabGraph

/// Options shared by every command that reads a graph and analyses a view of it.
public enum GraphInput {
    public static let graphArgument = ArgumentSpec("graph", help: "A dataset folder (nodes.csv, edges.csv, memberships.csv), an edges CSV file, a GraphML or a JSON file.")

    public static let loadOptions: [OptionSpec] = [
        OptionSpec("allow-unknown-actors", help: "Add actors named in edges or memberships but missing from nodes.csv (otherwise an error)."),
    ]

    /// `--directed`, `--types`, `--at`, `--from`, `--to`, `--memberships`.
    public static let viewOptions: [OptionSpec] = [
        OptionSpec("directed", help: "Read each record as an arc from source (the initiating actor) to target."),
        OptionSpec("types", value: "list", help: "Keep only records of these relation types (comma-separated)."),
        OptionSpec("at", value: "date", help: "Keep only records active on this day (YYYY-MM-DD); undated records always count."),
        OptionSpec("from", value: "date", help: "With --to: keep records active at any time in this range."),
        OptionSpec("to", value: "date", help: "End of the --from range."),
        OptionSpec("memberships", value: "mode", help: "ignore (default), ties (actor–network ties), co (co-membership, weight = shared networks) or newman (1/(n−1) per shared network)."),
    ]

    /// `--weighted`.
    public static let weightedOption = OptionSpec("weighted", help: "Use tie weights (summed over records); path measures use distance = 1/weight.")

    /// `--format` and `-o/--output`.
    public static func outputOptions(formats: [String]) -> [OptionSpec] {
        [
            OptionSpec("format", value: formats.joined(separator: "|"), help: "Output format (default \(formats[0]))."),
            OptionSpec("output", short: "o", value: "file", help: "Write the result to this file (atomically; '-' is standard output, a link is followed) instead of standard output."),
        ]
    }

    /// Loads the graph named by the first positional argument.
    public static func load(_ arguments: ParsedArguments) throws -> CollaborationGraph {
        try GraphLoader.load(arguments.positional(0)!, options: LoadOptions(allowUnknownActors: arguments.flag("allow-unknown-actors")))
    }

    /// The view options given on the command line, validated against the graph.
    public static func viewOptions(_ arguments: ParsedArguments, graph: CollaborationGraph) throws -> ViewOptions {
        var options = ViewOptions(directed: arguments.flag("directed"))
        if let types = arguments.list("types") {
            guard !types.isEmpty else { throw UsageError("'--types' needs at least one relation type") }
            let unknown = graph.unknownRelationTypes(in: types)
            if !unknown.isEmpty {
                let known = graph.relationTypes.filter { !$0.isEmpty }.joined(separator: ", ")
                throw UsageError("unknown relation type\(unknown.count > 1 ? "s" : "") \(unknown.map { "'\($0)'" }.joined(separator: ", ")); the graph has: \(known)")
            }
            options.relationTypes = types
        }
        options.window = try window(arguments)
        switch try arguments.choice("memberships", ["ignore", "ties", "co", "newman"], default: "ignore") {
        case "ties": options.memberships = .ties
        case "co": options.memberships = .coMembership(.sharedNetworks)
        case "newman": options.memberships = .coMembership(.newman)
        default: options.memberships = .ignore
        }
        return options
    }

    /// The time window from `--at` or `--from`/`--to`.
    public static func window(_ arguments: ParsedArguments) throws -> TimeWindow? {
        func day(_ option: String, _ end: Day.PeriodEnd) throws -> Day? {
            guard let text = arguments.value(option) else { return nil }
            guard let day = Day(iso: text, periodEnd: end) else {
                throw UsageError("'--\(option)' expects a date YYYY-MM-DD (or YYYY-MM, YYYY), got '\(text)'")
            }
            return day
        }
        let at = try day("at", .first), from = try day("from", .first), to = try day("to", .last)
        if let at {
            guard from == nil, to == nil else { throw UsageError("give either --at or --from/--to, not both") }
            return .at(at)
        }
        switch (from, to) {
        case (nil, nil): return nil
        case let (a?, b?):
            guard a <= b else { throw UsageError("'--from' \(a) is after '--to' \(b)") }
            return .between(a, b)
        default: throw UsageError("'--from' and '--to' go together")
        }
    }

    /// The `--format` choice.
    public static func format(_ arguments: ParsedArguments, _ formats: [String]) throws -> String {
        try arguments.choice("format", formats, default: formats[0])
    }
}
