import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// `collab two-mode GRAPH`: the memberships analysed as a two-mode (actor × network)
/// network, or projected onto one mode.
struct TwoModeCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "two-mode",
        abstract: "Memberships as a two-mode network: measures for actors and networks, composition, interlocks, core/periphery; projections.",
        discussion: """
        The memberships (memberships.csv: member, network) as a bipartite graph: actors in
        one mode, the boards, forums and projects they belong to in the other. A node's
        mode is its role in the memberships (member or network), not its kind. For every
        actor and network: degree, degree centrality, closeness and betweenness normalised
        for two-mode graphs (Borgatti & Everett 1997), Latapy clustering (dot, min, max)
        and redundancy, as NetworkX's bipartite module computes them; for the whole graph
        Robins–Alexander clustering; each network's composition by kind and by --group
        (Blau index, IQV), each actor's spread over its networks, the interlocks (networks
        sharing members, and through whom) and the two-mode core/periphery (UCINET's
        model). An actor that is both a member and a network (an alliance on a board that
        has members of its own) becomes two nodes, one in each mode, with a note naming it;
        --nested refuse makes that an error naming the records instead.
        --project actors|networks writes the one-mode projection as source,target,weight
        (weight: shared networks, Newman's collaboration weight or Jaccard overlap), an
        edge list every other command reads.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + [
            OptionSpec("nested", value: "split|refuse", help: "An actor that is both a member and a network: two nodes, one in each mode, with a note (default), or an error naming its records."),
            OptionSpec("at", value: "date", help: "Keep only memberships active on this day (YYYY-MM-DD); undated ones always count."),
            OptionSpec("from", value: "date", help: "With --to: keep memberships active at any time in this range."),
            OptionSpec("to", value: "date", help: "End of the --from range."),
            GraphInput.groupOption,
            OptionSpec("weighted", help: "Fit the core/periphery to the membership weights (a weight column in memberships.csv)."),
            OptionSpec("interlocks", value: "k", help: "Interlocks reported (text, JSON): pairs of networks sharing at least k members (default 1, raised to keep at most 10,000 pairs, with a note)."),
            OptionSpec("project", value: "actors|networks", help: "Write the projection onto this mode (source,target,weight) instead of the measures."),
            OptionSpec("weight", value: "count|newman|jaccard", help: "Weight of a projected tie: shared neighbours (default), Newman's 1/(n − 1) per shared network, or Jaccard overlap."),
            GraphInput.threadsOption,
        ] + GraphInput.outputOptions(formats: [.csv, .json, .text]),
        examples: [
            "collab two-mode Datasets/davis-southern-women --format text",
            "collab two-mode Datasets/east-london --format text",
            "collab two-mode Datasets/east-london -o two-mode.csv",
            "collab two-mode Datasets/east-london --nested refuse",
            "collab two-mode Datasets/davis-southern-women --project actors --weight newman -o women.csv",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let nested = NestedMemberships(rawValue: try arguments.choice("nested", ["split", "refuse"], default: "split"))!
        let project = arguments.has("project") ? try arguments.choice("project", ["actors", "networks"], default: "actors") : nil
        if arguments.has("weight") && project == nil { throw UsageError("'--weight' goes with --project") }
        let weighting = TwoModeProjection.Weighting(rawValue: try arguments.choice("weight", ["count", "newman", "jaccard"], default: "count"))!
        if project != nil && arguments.has("format") { throw UsageError("--project writes source,target,weight: give either --project or --format") }
        let format = try GraphInput.format(arguments, [.csv, .json, .text])
        let minimum = try arguments.integer("interlocks", range: 1 ... Int.max)
        let threads = try arguments.integer("threads", range: 1 ... 1024)
        let options = TwoModeOptions(window: try GraphInput.window(arguments), nested: nested)
        let path = arguments.positional(0)!
        let graph = try GraphInput.load(arguments, console: console)
        do {
            if let project {
                let g = try TwoModeGraph(graph, options: options)
                let p = TwoModeProjection(g, onto: project == "actors" ? .actor : .network, weighting: weighting)
                if graph.memberships.isEmpty { console.err("Note: the dataset has no memberships: the projection is empty\n") }
                try console.emit(TwoModeReport.projectionCSV(p, graph: g, model: graph), to: arguments.value("output"))
                return 0
            }
            let group = arguments.value("group") ?? (graph.actorAttributeNames.contains("sector") ? "sector" : nil)
            if let group, group != "kind", !graph.actors.contains(where: { $0.value(of: group) != nil }) {
                throw UsageError("no actor has a value for '--group \(group)'")
            }
            // Through the analysis context's memo, as the report's section asks for it.
            var settings = AnalysisSettings(weighted: arguments.flag("weighted"), defaultGroup: false, threads: threads)
            settings.view.window = options.window
            let context = try AnalysisContext(graph: graph, name: GraphInput.displayName(path), settings: settings)
            let report = try context.twoMode(TwoModeRequest(nested: nested, groupAttribute: group, interlocks: format != .csv,
                                                            interlockMinimum: minimum, weighted: arguments.flag("weighted")))
            let text: String
            switch format {
            case .csv, .json:
                // The notes (nested actors split, memberships outside the window…) say what
                // the rows are: on stderr, where a person reads them (the JSON has them too).
                text = format == .csv ? report.csv() : report.json().serialized() + "\n"
                for note in report.notes { console.err("Note: \(note)\n") }
            case .text: text = report.text()
            }
            try console.emit(text, to: arguments.value("output"))
            return 0
        } catch let error as TwoModeError {
            throw membershipError(error, graph: graph, path: path)
        }
    }

    /// A ``TwoModeError`` as an input error naming memberships.csv, line and column when
    /// the graph came from a dataset folder (the file is read again to find the record).
    static func membershipError(_ error: TwoModeError, graph: CollaborationGraph, path: String) -> Error {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let file = isFolder.boolValue ? path + "/memberships.csv" : path
        let locations = isFolder.boolValue ? recordLocations(file) : []
        func at(_ record: Int, _ column: String) -> (line: Int?, column: Int?) {
            guard record < locations.count else { return (nil, nil) }
            return (locations[record].line, locations[record].columns[column])
        }
        switch error {
        case let .memberIsNetwork(actor, asMember, asNetwork):
            let id = Excerpt.of(graph.actors[Int(actor)].id)
            let here = at(asMember, "member"), there = at(asNetwork, "network")
            let elsewhere = there.line.map { "on line \($0)" } ?? "in membership \(asNetwork + 1)"
            return InputError(file: file, line: here.line, column: here.column,
                              "'\(id)' is a member here and a network \(elsewhere): a two-mode graph keeps actors and networks apart (without --nested refuse it becomes two nodes, one in each mode)")
        case let .invalidWeight(record, text):
            let here = at(record, "weight")
            return InputError(file: file, line: here.line, column: here.column,
                              "membership weight '\(Excerpt.of(text))' is not a positive number")
        }
    }

    /// The line of each record of a memberships file and the column of each named field
    /// (lower-cased header names), blank records skipped as the loader skips them.
    static func recordLocations(_ file: String) -> [(line: Int, columns: [String: Int])] {
        guard var reader = try? CSVReader(contentsOf: file) else { return [] }
        var fields: [CSVField] = []
        guard (try? reader.nextRecord(into: &fields)) == true else { return [] }
        let names = fields.map { ((try? reader.string($0)) ?? "").trimmingCharacters(in: .whitespaces).lowercased() }
        var out: [(line: Int, columns: [String: Int])] = []
        while (try? reader.nextRecord(into: &fields)) == true {
            if reader.isBlank(fields) { continue }
            var columns: [String: Int] = [:]
            for (i, field) in fields.enumerated() where i < names.count { columns[names[i]] = field.column }
            out.append((fields.first?.line ?? 0, columns))
        }
        return out
    }
}
