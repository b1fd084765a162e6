import CollabGraph

/// `collab gaps GRAPH --focus ID`: where brokerage is missing around an actor and which new
/// tie would help most; without --focus, the weakest-joined groups of the whole network.
struct GapsCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "gaps",
        abstract: "Brokerage gaps: what an actor is missing and which new partnership would help most.",
        discussion: """
        With --focus ID, five sections about that actor (e.g. a college): (1) the structural
        holes it spans (Burt's effective size, efficiency, constraint; unconnected pairs of
        its partners by group); (2) whom it does not reach within K hops, by kind and group,
        with the SMEs listed; (3) group pairs with no strong tie between them (collaboration
        rubric) where it has partners on at least one side; (4) fragility: actors and groups
        reached through one partner only, and whether it is a cut point; (5) candidate new
        ties ranked by a stated score, each with its measured effect on the graph with the
        tie added: change in constraint, effective size, actors and groups reached within K
        hops, and betweenness (exact up to 2,000 actors, else 256 seeded sampled sources).
        Candidates: actors 2 to K+1 hops away plus unreached SMEs and employers; --candidates
        filters them (kind=sme,sector=digital tech; 'all' widens the pool to every
        non-partner). Without --focus, --group is required: the group pairs joined most
        weakly, the actors best placed to bridge each, and the SMEs no anchor reaches.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            OptionSpec("focus", value: "id", help: "The focal actor (an anchor institution such as a college)."),
            OptionSpec("group", value: "attribute", help: "Group actors by this attribute (default sector with --focus)."),
            OptionSpec("weighted", help: "Use tie weights for constraint and effective size; a proposed tie gets the median tie weight."),
            OptionSpec("reach", value: "k", help: "Actors within K hops count as reached (default 2)."),
            OptionSpec("candidates", value: "filter", help: "Keep candidates matching attribute=value pairs, e.g. kind=sme,sector=digital tech; 'all' for every non-partner."),
            OptionSpec("top", value: "n", help: "Show the N best recommendations or weakest group pairs (default 10)."),
        ] + GraphInput.outputOptions(formats: ["text", "json", "csv"]),
        examples: [
            "collab gaps Datasets/east-london --focus newham-college",
            "collab gaps Datasets/east-london --focus newham-college --candidates kind=sme --top 5",
            "collab gaps Datasets/east-london --focus newham-college --format json -o newham-gaps.json",
            "collab gaps Datasets/east-london --group sector",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, ["text", "json", "csv"])
        let top = try arguments.integer("top", range: 1 ... Int.max) ?? 10
        let maxHops = try arguments.integer("reach", range: 1 ... Int.max) ?? 2
        let focusID = arguments.value("focus")
        if focusID == nil && arguments.value("group") == nil {
            throw UsageError("give --focus <id> for one actor, or --group <attribute> for the whole network")
        }
        var filter = CandidateFilter.default
        if let text = arguments.value("candidates") {
            guard focusID != nil else { throw UsageError("'--candidates' needs '--focus <id>'") }
            do { filter = try CandidateFilter(parsing: text) } catch let error as CandidateFilterError {
                throw UsageError("'--candidates': \(error.message)")
            }
        }
        let graph = try GraphInput.load(arguments, console: console)
        let viewOptions = try GraphInput.viewOptions(arguments, graph: graph)
        let attribute = arguments.value("group") ?? "sector"
        if graph.actorCount > 0 && !graph.actors.contains(where: { $0.value(of: attribute) != nil }) {
            throw UsageError("no actor has the attribute '\(attribute)'" + (arguments.value("group") == nil ? "; choose one with --group" : ""))
        }
        let name = arguments.positional(0)!
        let text: String
        if let focusID {
            guard let focus = graph.index(of: focusID) else {
                throw UsageError(unknownFocus(focusID, graph: graph))
            }
            let options = GapOptions(groupAttribute: attribute, weighted: arguments.flag("weighted"), maxHops: maxHops, candidates: filter)
            let gaps = FocusGaps.analyse(graph: graph, viewOptions: viewOptions, focus: Int(focus), options: options)
            switch format {
            case "json": text = GapReport.json(gaps, graph: graph, graphName: name, top: top).serialized() + "\n"
            case "csv": text = GapReport.csv(gaps, graph: graph, top: top)
            default: text = GapReport.text(gaps, graph: graph, graphName: name, top: top)
            }
        } else {
            if arguments.flag("weighted") { throw UsageError("'--weighted' applies with '--focus' only") }
            let gaps = NetworkGaps.analyse(graph: graph, viewOptions: viewOptions, groupAttribute: attribute, maxHops: maxHops, pairLimit: top)
            switch format {
            case "json": text = GapReport.json(gaps, graph: graph, graphName: name).serialized() + "\n"
            case "csv": text = GapReport.csv(gaps, graph: graph)
            default: text = GapReport.text(gaps, graph: graph, graphName: name)
            }
        }
        try console.emit(text, to: arguments.value("output"))
        return 0
    }

    /// "unknown actor 'x' for --focus; closest ids: a, b, c": the ids nearest by edit
    /// distance (ids or labels containing the text first).
    static func unknownFocus(_ id: String, graph: CollaborationGraph) -> String {
        let matches = closestIDs(to: id, in: graph, count: 3)
        return "unknown actor '\(id)' for --focus" + (matches.isEmpty ? "" : "; closest ids: " + matches.joined(separator: ", "))
    }

    /// Up to `count` actor ids closest to `word`: ids or labels containing it first, then by
    /// Levenshtein distance (``Suggestions/editDistance(_:_:)``), then in load order.
    static func closestIDs(to word: String, in graph: CollaborationGraph, count: Int) -> [String] {
        let w = word.lowercased()
        let scored = graph.actors.enumerated().map { index, actor -> (Int, Int, Int, String) in
            let contains = actor.id.lowercased().contains(w) || actor.label.lowercased().contains(w) ? 0 : 1
            return (contains, Suggestions.editDistance(Array(w), Array(actor.id.lowercased())), index, actor.id)
        }
        return scored.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.prefix(count).map(\.3)
    }
}
