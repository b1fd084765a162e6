import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab info GRAPH`: what is in a dataset, in words or as JSON.
struct InfoCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "info",
        abstract: "Describe a collaboration graph: actors, records, relation types, shape.",
        discussion: """
        Counts actors by kind, sector, locality and tier; records by relation type and by
        depth on the co-production ladder (engagement < exchange < co-production); distinct
        connected pairs, density and components of the collapsed view; the direction of
        the records (declared in meta.json, GraphML or JSON, or given with --directed /
        --undirected) and, when records carry direction, their reciprocity; memberships
        and the date range of the records.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.directionOptions + GraphInput.outputOptions(formats: [.text, .json]),
        examples: [
            "collab info Datasets/east-london",
            "collab info Datasets/karate --format json",
            "collab info edges.csv -o summary.json --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .json])
        let context = try GraphInput.context(arguments, console: console)
        GraphInput.warn(context, console: console)
        let summary = GraphSummary(context)
        let name = arguments.positional(0)!
        let text = format == .json ? summary.json(name: name).serialized() + "\n" : summary.text(name: name)
        try console.emit(text, to: arguments.value("output"))
        return 0
    }
}
