import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab core-periphery GRAPH`: the Borgatti–Everett core and periphery, continuous
/// coreness, and who is in the core.
struct CorePeripheryCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "core-periphery",
        abstract: "Core and periphery (Borgatti–Everett): the fit, block densities, who is in the core, continuous coreness.",
        discussion: """
        Discrete model: the split into core and periphery whose ideal pattern (core–core
        ties present, periphery–periphery ties absent) correlates best with the ties
        (Pearson's r over ordered pairs of actors); core–periphery pairs are left out
        (--model ignore, the default, as UCINET) or ideally tied (--model connected).
        Found by a stated, seeded relocation search: single actors move between core and
        periphery while that raises r, from the best degree-ranked core and from --starts
        minus one random cores (--seed); the best fit is kept. Reports the fit, the block
        densities (rows send, columns receive; mean weight per pair with --weighted) and
        how many actors of each kind and group (--group, default sector) are in the core.
        Continuous model: a coreness c per actor minimising the squared difference between
        the ties and c_i c_j, with its fit. Output: one row per actor (core 1/0, coreness),
        --summary for a readable summary, or --format json for everything. Networks
        known only from memberships (projects, boards with members but no tie record)
        are left out unless --memberships brings them in; their rows are empty.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("model", value: "ignore|connected", help: "How core–periphery pairs enter the ideal pattern (default ignore)."),
            OptionSpec("starts", value: "k", help: "Starts of the search: the degree-ranked core and k − 1 seeded random cores (default 20)."),
            OptionSpec("seed", value: "n", help: "Seed of the random starts (default 1)."),
            GraphInput.groupOption,
        ] + SummarisedOutput.options,
        examples: [
            "collab core-periphery Datasets/east-london --summary",
            "collab core-periphery Datasets/karate --summary --group club",
            "collab core-periphery Datasets/east-london --model connected --weighted --format json",
            "collab core-periphery Datasets/east-london --directed --starts 50 -o core.csv",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try SummarisedOutput.format(arguments)
        let model = CorePeripheryModel(rawValue: try arguments.choice("model", ["ignore", "connected"], default: "ignore"))!
        let starts = try arguments.integer("starts", range: 1 ... 100_000) ?? 20
        let seed = try arguments.integer("seed") ?? 1
        let context = try GraphInput.context(arguments, console: console)
        let report = CorePeripheryReport(context: context, options: CorePeripheryOptions(model: model, seed: UInt64(seed), starts: starts))
        try SummarisedOutput.emit(report, format: format, arguments: arguments, console: console)
        return 0
    }
}
