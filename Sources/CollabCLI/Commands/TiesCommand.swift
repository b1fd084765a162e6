import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab ties GRAPH`: the strength of every tie (connected pair of actors).
struct TiesCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "ties",
        abstract: "Tie strength of every connected pair: weak or strong collaboration.",
        discussion: """
        One row per connected pair of actors (a dyad, over all its records in both
        directions) with the components of its strength: records, summed weight, relation
        types and their count (multiplexity), reciprocal (records run both ways: a two-way
        street), depth (the deepest rung of engagement < exchange < co-production),
        duration in days, and neighbourhood overlap (Onnela et al. 2007: shared partners
        over all partners but the pair). A rubric scales and weights the components into a
        strength in [0, 1] and a class, strong or weak; every output names its rubric.
        The default rubric is explained in docs/tie-strength.md and shipped as
        docs/rubric-default.json and docs/rubric-default.csv, starting points for --rubric.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + CollaborationOptions.options
            + GraphInput.outputOptions(formats: [.csv, .json]),
        examples: [
            "collab ties Datasets/east-london",
            "collab ties Datasets/east-london --format json -o ties.json",
            "collab ties Datasets/east-london --rubric my-rubric.json --from 2017 --to 2017",
            "collab ties Datasets/les-miserables",
            "collab ties plain-edges.csv --undirected",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        let context = try GraphInput.context(arguments, console: console)
        GraphInput.warn(context, console: console)
        let table = context.tieStrengths
        try CollaborationOptions.check(table)
        let text = format == .json ? table.json(graph: context.graph).withView(of: context).serialized() + "\n" : table.csv(graph: context.graph)
        try console.emit(text, to: arguments.value("output"))
        return 0
    }
}

/// Options shared by `collab ties` and `collab collaboration`.
enum CollaborationOptions {
    static let options: [OptionSpec] = [GraphInput.rubricOption]
        + GraphInput.viewOptions.filter { ["directed", "undirected", "types", "at", "from", "to"].contains($0.long) }

    /// A rubric that weighs nothing this graph can measure is an error, not a table of zeros.
    static func check(_ table: TieStrengthTable) throws {
        guard table.weighsNothing else { return }
        let omitted = table.measured.omitted.map(\.rawValue).joined(separator: ", ")
        throw AnalysisError("rubric \(table.rubric.label) gives weight only to components this graph cannot measure (not measured: \(omitted))")
    }
}
