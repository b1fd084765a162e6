import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab ego GRAPH [--focus ID | --all]`: UCINET's ego-network measures.
struct EgoCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "ego",
        abstract: "Each actor's ego network: size, ties, density, two-step reach, brokerage, ego betweenness, effective size, constraint.",
        discussion: """
        UCINET's ego-network measures on the undirected reading of the view, one row per
        ego: size (alters), ties (ordered pairs of alters tied, as UCINET counts them),
        pairs, density (%), two-step reach (count and % of the other actors), reach
        efficiency (% of reach per contact of the alters), broker (unordered pairs of
        alters not tied) and its normalised form, ego betweenness (Everett & Borgatti) and
        its normalised form (% of a star's), and Burt's effective size and constraint (as
        `collab brokerage` computes them; --weighted uses tie weights for these two).
        Isolates have size 0 and empty cells. --focus picks egos by id or exact label
        (repeatable); without it every actor is an ego (--all says so explicitly).
        See docs/ego.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            GraphInput.focusOption,
            OptionSpec("all", help: "Every actor is an ego (the default without --focus)."),
            OptionSpec("composition", value: "attribute", repeatable: true,
                       help: "Add the composition of each ego's alters by this attribute: Blau, IQV and ego E-I (repeatable)."),
        ] + GraphInput.outputOptions(formats: [.csv, .json, .text]),
        examples: [
            "collab ego Datasets/east-london --focus newham-college",
            "collab ego Datasets/east-london --focus \"Newham College\" --focus ncc-hackney --format json",
            "collab ego Datasets/karate --all -o ego.csv",
            "collab ego Datasets/east-london --focus newham-college --focus ncc-hackney --composition sector --composition kind --format text",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json, .text])
        if arguments.flag("all") && arguments.has("focus") { throw UsageError("give either --focus or --all, not both") }
        let context = try GraphInput.context(arguments, console: console)
        let (induced, studyNote) = context.studyView
        let view = induced?.view ?? context.view
        let focus = context.focus.actors.map { Int($0) }
        // Egos by their original index; measured on the (possibly restricted) view.
        let egos = focus.isEmpty ? (induced?.actors ?? Array(0 ..< context.graph.actorCount)) : focus
        let local = egos.map { ego in induced.map { Int($0.newIndex[ego]) } ?? ego }
        let measured = EgoNetworks.measures(view: view, egos: local.filter { $0 >= 0 }, weighted: context.weighted)
        var next = measured.makeIterator()
        let measures = local.map { $0 >= 0 ? next.next()! : EgoNetworkMeasures.isolate }
        var notes: [String] = studyNote.map { [$0] } ?? []
        if view.isDirected { notes.append("ego networks read the directed ties as undirected (UCINET's undirected neighbourhood)") }
        let isolates = measures.filter { $0.size == 0 }.count
        if isolates > 0 { notes.append("\(isolates) ego\(isolates == 1 ? " is an isolate" : "s are isolates") (empty cells)") }
        var table = EgoNetworks.table(graph: context.graph, egos: egos, measures: measures)
        let attributes = arguments.values("composition")
        if !attributes.isEmpty {
            let compositions = try attributes.map { attribute -> (attribute: String, composition: EgoComposition) in
                guard context.graph.actors.contains(where: { !($0.value(of: attribute) ?? "").isEmpty }) else {
                    throw AnalysisContext.unknownAttribute(attribute, option: "--composition", graph: context.graph)
                }
                let all = context.groups(attribute)
                let composition = EgoComposition(view, groups: induced?.groups(all) ?? all)
                notes.append("composition by \(attribute): \(composition.categoryCount) values; alters without one are left out")
                return (attribute, composition)
            }
            table = EgoComposition.appending(compositions, to: table, index: local.map { $0 >= 0 ? $0 : nil })
        }
        if format == .text {
            for note in notes { console.err("Note: \(note)\n") }
            try console.emit(table.alignedText(), to: arguments.value("output"))
            return 0
        }
        try TableOutput.emit([table], format: format, context: context, notes: notes, arguments: arguments, console: console)
        return 0
    }
}
