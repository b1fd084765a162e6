import CollabGraph
import CollabAnalysis
import CollabOutput

/// Options shared by every command that reads a graph and analyses a view of it.
public enum GraphInput {
    public static let graphArgument = ArgumentSpec("graph", help: "A dataset folder (nodes.csv, edges.csv, memberships.csv), an edges CSV file, or a GraphML, JSON, GEXF, GML, Pajek (.net) or UCINET (.dl) file.")

    public static let loadOptions: [OptionSpec] = [
        OptionSpec("allow-unknown-actors", help: "Add actors named in edges or memberships but missing from nodes.csv (otherwise an error)."),
        OptionSpec("zero-weights", value: "refuse|drop", help: "Ties of weight 0 in a GraphML, GEXF, GML, Pajek or DL file: refuse the file (default) or leave them out, with a note counting them."),
        aliasesOption,
    ]

    /// `--aliases FILE`: merge the actors an alias table names, at load.
    public static let aliasesOption = OptionSpec("aliases", value: "file", help: "A CSV with the columns alias,id: the actor whose id (or exact label) is an alias is merged into the actor id, at load — records unioned (identical records' weights summed, ties between merged actors dropped), memberships unioned, attributes kept from the canonical actor (differences listed). Each merge is listed on standard error and in a report's methods. With several datasets (collab change) an alias may name another dataset's id.")

    /// `--directed`, `--undirected`, `--types`, `--at`, `--from`, `--to`, `--memberships`.
    public static let viewOptions: [OptionSpec] = directionOptions + [
        OptionSpec("types", value: "list", help: "Keep only records of these relation types (comma-separated)."),
        OptionSpec("at", value: "date", help: "Keep only records active on this day (YYYY-MM-DD); undated records always count."),
        OptionSpec("from", value: "date", help: "With --to: keep records active at any time in this range."),
        OptionSpec("to", value: "date", help: "End of the --from range."),
        OptionSpec("memberships", value: "mode", help: "ignore (default), ties (actor–network ties), co (co-membership, weight = shared networks) or newman (1/(n−1) per shared network)."),
    ]

    /// `--directed` and `--undirected`: override the dataset's declared direction.
    public static let directionOptions: [OptionSpec] = [
        OptionSpec("directed", help: "Records run from source (the initiating actor) to target: reciprocity is measured and views are directed. Overrides the dataset's declaration (meta.json, GraphML edgedefault)."),
        OptionSpec("undirected", help: "Records carry no direction (co-participation, \"works with\" surveys): reciprocity is not measured and no arrows are drawn. Overrides the dataset's declaration."),
    ]

    /// `--group ATTR`: the grouping every group analysis of the run shares.
    public static let groupOption = OptionSpec("group", value: "attribute", help: "Group actors by this attribute (kind, sector, locality, tier or any column; default sector when present).")

    /// `--focus ID|LABEL`, repeatable.
    public static let focusOption = OptionSpec("focus", value: "actor", repeatable: true, help: "A focus actor, by id or exact label (repeatable).")

    /// `--rubric FILE`.
    public static let rubricOption = OptionSpec("rubric", value: "file", help: "A tie-strength rubric, JSON or a key,value CSV (component weights, scalings, threshold, ladder rungs, verdict thresholds); default: the built-in rubric (docs/rubric-default.json).")

    /// `--weighted`.
    /// `--threads`, one wording for every command that takes it: read into the settings by
    /// `context`, or by the command itself where it runs without a context.
    public static let threadsOption = OptionSpec("threads", value: "n", help: "Worker threads (default: all cores); the output does not depend on it.")

    public static let weightedOption = OptionSpec("weighted", help: "Use tie weights (summed over records); path measures use distance = 1/weight.")

    /// `--format` and `-o/--output`.
    public static func outputOptions(formats: [OutputFormat]) -> [OptionSpec] {
        [
            OptionSpec("format", value: formats.map(\.rawValue).joined(separator: "|"), help: "Output format (default \(formats[0].rawValue))."),
            OptionSpec("output", short: "o", value: "file", help: "Write the result to this file (atomically; '-' is standard output, a link is followed) instead of standard output."),
        ]
    }

    /// Loads the graph named by the first positional argument.
    /// The reader's notes (an undeclared GraphML key read as a string attribute, records
    /// left out by `--zero-weights drop`) go to `console`'s standard error.
    /// With `--aliases`, the actors it names are merged (``mergeAliases(_:_:names:console:)``).
    public static func load(_ arguments: ParsedArguments, console: Console) throws -> CollaborationGraph {
        let graph = try loadUnmerged(arguments, console: console)
        return try mergeAliases([graph], arguments, names: [displayName(arguments.positional(0)!)], console: console)[0]
    }

    /// The graph as the file holds it, `--aliases` not applied (for commands that load
    /// several graphs and merge them together).
    public static func loadUnmerged(_ arguments: ParsedArguments, console: Console) throws -> CollaborationGraph {
        var options = LoadOptions(allowUnknownActors: arguments.flag("allow-unknown-actors"))
        if let text = arguments.value("zero-weights") {
            guard let policy = ZeroWeightPolicy(rawValue: text) else {
                throw UsageError("'--zero-weights' must be refuse or drop, got '\(text)'")
            }
            options.zeroWeights = policy
        }
        let graph = try GraphLoader.load(arguments.positional(0)!, options: options)
        for note in graph.declaration.loadNotes { console.err("Note: \(CollabCLI.bounded(note))\n") }
        return graph
    }

    /// The analysis context of a run: the graph named by the first positional argument
    /// with its declaration, and every run-wide option the command declares (direction,
    /// view filters, `--weighted`, `--group`, `--focus`, `--rubric`, `--threads`),
    /// resolved and validated against the graph.
    /// The reader's notes go to `console` (see ``load(_:console:)``).
    public static func context(_ arguments: ParsedArguments, console: Console, focusPolicy: FocusPolicy = .none,
                               group: String? = nil, defaultGroup: Bool = true) throws -> AnalysisContext {
        let graph = try load(arguments, console: console)
        let path = arguments.positional(0)!
        return try context(arguments, graph: graph, name: displayName(path), focusPolicy: focusPolicy, group: group,
                           defaultGroup: defaultGroup)
    }

    /// The context for an already loaded graph (see ``context(_:focusPolicy:group:)``).
    public static func context(_ arguments: ParsedArguments, graph: CollaborationGraph, name: String,
                               focusPolicy: FocusPolicy = .none, group: String? = nil,
                               defaultGroup: Bool = true) throws -> AnalysisContext {
        var settings = AnalysisSettings()
        settings.direction = try direction(arguments)
        settings.view = try viewOptions(arguments, graph: graph)
        settings.weighted = arguments.flag("weighted")
        settings.groupAttribute = group ?? arguments.value("group")
        settings.defaultGroup = defaultGroup
        settings.focus = arguments.values("focus").flatMap { $0.split(separator: ",", omittingEmptySubsequences: true).map(String.init) }
            .map { canonicalName($0, in: graph) }
        settings.focusPolicy = focusPolicy
        if let file = arguments.value("rubric") {
            settings.rubric = try StrengthRubric.load(file)
            settings.rubricSource = file
        }
        settings.threads = try arguments.integer("threads", range: 1 ... 1024)
        return try AnalysisContext(graph: graph, name: name, settings: settings)
    }

    /// Prints the context's warnings (an undeclared direction that looks undirected) on
    /// standard error, for the commands whose results depend on direction.
    public static func warn(_ context: AnalysisContext, console: Console) {
        if let warning = context.directionWarning { console.err("Note: \(warning).\n") }
    }

    /// `--directed` / `--undirected`, or nil when neither is given.
    public static func direction(_ arguments: ParsedArguments) throws -> RecordDirection? {
        switch (arguments.flag("directed"), arguments.flag("undirected")) {
        case (true, true): throw UsageError("give either --directed or --undirected, not both")
        case (true, false): return .directed
        case (false, true): return .undirected
        case (false, false): return nil
        }
    }

    /// The name a dataset is shown under: its folder or file name.
    public static func displayName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
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
        let mode = try arguments.choice("memberships", MembershipMode.allByName.map(\.0), default: "ignore")
        options.memberships = MembershipMode.allByName.first { $0.0 == mode }!.1
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

    /// The `--format` choice among `formats` (the first is the default).
    public static func format(_ arguments: ParsedArguments, _ formats: [OutputFormat]) throws -> OutputFormat {
        OutputFormat(rawValue: try arguments.choice("format", formats.map(\.rawValue), default: formats[0].rawValue))!
    }
}

/// The format of a command's result.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, csv, json
}

