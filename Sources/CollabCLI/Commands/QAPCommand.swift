import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab qap GRAPH --predictor TERM …`: QAP correlation and MR-QAP regression.
struct QAPCommand: CollabCommand {
    /// Dense dyadic matrices: refuse more cells than this per matrix (8 bytes each).
    static let maximumCells = 60_000_000

    static let spec = CommandSpec(
        name: "qap",
        abstract: "Is one relation explained by another or by shared attributes? QAP correlation and MR-QAP regression.",
        discussion: """
        Relations are dyadic matrices named by terms: \(QAPCommand.termHelp). `ties` is
        the view's ties; type:NAME the ties of one relation type; same:ATTR is 1 for actors
        with the same value; diff:ATTR the absolute difference of a numeric attribute (tier
        by rank); co-membership the number of networks two actors share. Cells are pairs of
        distinct actors (ordered pairs on a directed view); a relation cell is 1 where a tie
        exists (its summed weight with --weighted).
        The dependent relation (--dependent, default ties) is regressed on the predictors
        (--predictor, repeatable) by ordinary least squares over the cells; each predictor's
        p-values come from Dekker, Krackhardt and Snijders' double semi-partialling: its
        residual on the other predictors is permuted (actors relabelled, rows and columns
        together) --permutations times with --seed. The correlations section gives the QAP
        correlation of the dependent relation with each predictor (the predictor permuted).
        p_greater is the share of permutations at or above the observed value ((1 + k)/(1 + P)).
        See docs/qap.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("dependent", value: "term", help: "The relation to explain (default ties)."),
            OptionSpec("predictor", value: "term", repeatable: true, help: "A predictor relation (repeatable; at least one)."),
            OptionSpec("permutations", value: "n", help: "Permutations per test (default 1000; 0 skips the tests)."),
            OptionSpec("seed", value: "n", help: "Seed of the permutations (default 1)."),
            TableOutput.tableOption("model, coefficients, correlations"),
        ] + GraphInput.outputOptions(formats: [.csv, .json]),
        examples: [
            "collab qap Datasets/east-london --dependent type:networking --predictor same:sector --predictor diff:tier",
            "collab qap Datasets/east-london --predictor co-membership --predictor same:kind --permutations 2000 --seed 7",
            "collab qap Datasets/karate --predictor same:club --format json",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        let permutations = try arguments.integer("permutations", range: 0 ... 1_000_000) ?? 1000
        let seed = try arguments.integer("seed", range: 0 ... Int.max) ?? 1
        let terms = arguments.values("predictor")
        guard !terms.isEmpty else { throw UsageError("give at least one '--predictor <term>' (\(QAPCommand.termHelp))") }
        let context = try GraphInput.context(arguments, console: console)
        let (induced, studyNote) = context.studyView
        let n = induced?.actors.count ?? context.graph.actorCount
        let cells = DyadicMatrix.cellCount(n, directed: context.view.isDirected)
        guard n >= 3 else { throw AnalysisError("QAP needs at least 3 actors; the graph has \(n)") }
        guard cells <= maximumCells else {
            throw AnalysisError("\(n) actors make \(cells) dyads per matrix (8 bytes each); QAP here handles at most \(maximumCells): every actor of the dataset is a row, so keep only the actors to compare in nodes.csv")
        }
        let dependent = try context.qapMatrix(QAPTerm(commandLine: arguments.value("dependent") ?? "ties"))
        let predictors = try terms.map { try context.qapMatrix(QAPTerm(commandLine: $0)) }
        let regression = try QAPRegression(dependent, on: predictors, permutations: permutations, seed: UInt64(seed))
        let correlations = predictors.enumerated().map { k, x in
            QAP.correlation(dependent, x, permutations: permutations, seed: UInt64(seed) &+ 1000 &+ UInt64(k))
        }
        let notes = (studyNote.map { [$0] } ?? []) + ["\(cells) dyads (\(context.view.isDirected ? "ordered pairs" : "pairs") of distinct actors); \(permutations) permutations, seed \(seed)"]
        try TableOutput.emit(regression.tables(correlations: correlations), format: format, context: context, notes: notes,
                             arguments: arguments, console: console)
        return 0
    }

    static let termHelp = "ties, type:NAME, same:ATTR, diff:ATTR or co-membership"

}

extension QAPTerm {
    /// A term as typed on the command line: `ties`, `co-membership`, `type:NAME`,
    /// `same:ATTR` or `diff:ATTR`.
    public init(commandLine text: String) throws {
        switch text {
        case "ties": self = .ties; return
        case "co-membership": self = .coMembership; return
        default: break
        }
        guard let colon = text.firstIndex(of: ":") else { throw OptionValueError("unknown QAP term '\(text)'; use \(QAPCommand.termHelp)") }
        let kind = String(text[..<colon]), argument = String(text[text.index(after: colon)...])
        guard !argument.isEmpty else { throw OptionValueError("'\(text)' needs a name after ':'") }
        switch kind {
        case "type": self = .relationType(argument)
        case "same": self = .same(argument)
        case "diff": self = .difference(argument)
        default: throw OptionValueError("unknown QAP term '\(text)'; use \(QAPCommand.termHelp)")
        }
    }
}
