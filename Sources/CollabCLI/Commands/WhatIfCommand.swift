import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab whatif GRAPH --remove … | --merge … | --add … | --scenario FILE`: what a change
/// does to the system and its focus actors, before → after.
struct WhatIfCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "whatif",
        abstract: "What if a network closes, two colleges merge or new ties form: the system and its anchors before → after.",
        discussion: """
        Applies changes to the graph and measures both graphs: actors and ties; components
        and the largest one's share; the actors cut off from the largest component; the
        collaboration verdict and its criteria (rubric as in 'collab collaboration'); the
        top brokers by betweenness; for each focus actor (default: the three
        best-connected anchors) partners, reach within K hops, component, constraint,
        effective size and betweenness; and the group pairs that lose their last tie (or
        gain their first). Every 'after' figure is computed afresh on the changed graph.
        --remove drops actors with their records and memberships; --merge A,B folds B into
        A (A keeps its id and attributes; ties to a common partner are summed; ties between
        A and B are dropped); --add A-B adds an untyped tie record of weight 1. Actors by
        id or exact label. A scenario file is a CSV with the header action,actor,other and
        rows remove,A, / merge,A,B / add,A,B. Changes apply in order: the scenario file,
        then --merge, --add, --remove.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            OptionSpec("remove", value: "actor[,actor…]", repeatable: true, help: "Remove these actors."),
            OptionSpec("merge", value: "A,B", repeatable: true, help: "Merge actor B into actor A."),
            OptionSpec("add", value: "A-B[,C-D…]", repeatable: true, help: "Add a tie between A and B (ids or labels joined by '-')."),
            OptionSpec("scenario", value: "file", help: "A CSV of changes: action,actor,other (remove, merge, add)."),
            GraphInput.focusOption,
            GraphInput.groupOption,
            GraphInput.weightedOption,
            GraphInput.rubricOption,
            OptionSpec("reach", value: "k", help: "Actors within K hops count as reached (default 2)."),
            OptionSpec("brokers", value: "n", help: "How many top brokers to list (default 5)."),
        ] + GraphInput.outputOptions(formats: [.text, .json]),
        examples: [
            "collab whatif Datasets/east-london --remove elba",
            "collab whatif Datasets/east-london --merge ncc-hackney,ncc-tower-hamlets --focus newham-college",
            "collab whatif Datasets/east-london --add newham-college-hackney-creative-forum",
            "collab whatif Datasets/east-london --scenario funding-ends.csv --format json -o funding-ends.json",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .json])
        let maxHops = try arguments.integer("reach", range: 1 ... Int.max) ?? 2
        let brokers = try arguments.integer("brokers", range: 1 ... 1_000) ?? 5
        guard ["remove", "merge", "add", "scenario"].contains(where: arguments.has) else {
            throw UsageError("give at least one change: --remove, --merge, --add or --scenario")
        }
        if arguments.has("add") && arguments.has("types") {
            throw UsageError("'--add' makes untyped ties, which a --types view leaves out; add typed records to the data instead")
        }
        let context = try GraphInput.context(arguments, console: console, focusPolicy: .defaultAnchors(count: 3))
        let graph = context.graph
        var scenario = Scenario()
        if let file = arguments.value("scenario") { scenario = try Scenario.read(contentsOf: file, graph: graph) }
        for text in arguments.values("merge") {
            let (a, b) = try split(text, at: ",", option: "--merge", graph: graph)
            scenario.append(.merge(b, into: a), origin: "--merge \(text)")
        }
        for text in arguments.values("add") {
            for item in text.split(separator: ",").map(String.init) {
                let (a, b) = try split(item, at: "-", option: "--add", graph: graph)
                scenario.append(.add(a, b), origin: "--add \(item)")
            }
        }
        for text in arguments.values("remove") {
            for item in text.split(separator: ",").map(String.init) {
                scenario.append(.remove(try graph.lookUpActor(item.trimmingCharacters(in: .whitespaces), option: "--remove")),
                                origin: "--remove \(item)")
            }
        }
        let comparison: WhatIfComparison
        do {
            comparison = try WhatIfComparison.compare(context, scenario: scenario, focus: context.focus.actors,
                                                      maxHops: maxHops, brokers: brokers)
        } catch let error as ScenarioError {
            if let file = arguments.value("scenario"), let line = scenario.lines[error.change] {
                throw InputError(file: file, line: line, error.reasonDescription)
            }
            throw UsageError(error.description)
        }
        if let note = context.focus.explanation(labels: { graph.actors[Int($0)].label }) { console.err(note + "\n") }
        let text: String
        switch format {
        case .json: text = WhatIfReport.json(comparison, before: graph, graphName: context.name, maxHops: maxHops).withView(of: context).serialized() + "\n"
        default: text = WhatIfReport.text(comparison, before: graph, graphName: context.name, maxHops: maxHops)
        }
        try console.emit(text, to: arguments.value("output"))
        return 0
    }

    /// Two actors joined by `separator` ("A,B", "A-B"), where ids may contain the separator:
    /// the one split at which both sides name an actor (by id or exact label).
    static func split(_ text: String, at separator: Character, option: String, graph: CollaborationGraph) throws -> (Int32, Int32) {
        var found: [(Int32, Int32)] = []
        for index in text.indices where text[index] == separator {
            let left = text[..<index].trimmingCharacters(in: .whitespaces)
            let right = text[text.index(after: index)...].trimmingCharacters(in: .whitespaces)
            if let a = try? graph.lookUpActor(left, option: option), let b = try? graph.lookUpActor(right, option: option) {
                found.append((a, b))
            }
        }
        let separators = text.filter { $0 == separator }.count
        if found.isEmpty && separators == 1, let index = text.firstIndex(of: separator) {
            // One way to read it: say which side is unknown (with the closest actors).
            _ = try graph.lookUpActor(text[..<index].trimmingCharacters(in: .whitespaces), option: option)
            _ = try graph.lookUpActor(text[text.index(after: index)...].trimmingCharacters(in: .whitespaces), option: option)
        }
        guard found.count == 1 else {
            throw UsageError(found.isEmpty
                ? "'\(option) \(text)': expected two actors joined by '\(separator)', by id or exact label"
                : "'\(option) \(text)' can be read as two actors in \(found.count) ways; use a scenario file (--scenario)")
        }
        return found[0]
    }
}
