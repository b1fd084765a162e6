import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab model GRAPH --terms edges,nodematch:ATTR,…`: the dyad-independent ERGM.
struct ModelCommand: CollabCommand {
    static let termHelp = "edges, nodematch:ATTR, nodefactor:ATTR, nodecov:ATTR, absdiff:ATTR, edgecov:FILE"
    /// Dyads are visited once per Newton step, never stored; refuse views beyond this.
    static let maximumDyads = 400_000_000

    static let spec = CommandSpec(
        name: "model",
        abstract: "What explains a tie? A tie-formation model (dyad-independent ERGM) fitted by maximum likelihood.",
        discussion: """
        The log-odds of a tie between two actors is a sum of terms (--terms, comma-separated):
        edges (the baseline), nodematch:ATTR (both actors share the value of ATTR),
        nodefactor:ATTR (one column per value but the first alphabetically, the base: how
        much more often actors of that value tie than the base's), nodecov:ATTR (the sum of a
        numeric attribute over the pair; tier read by rank local 1 … national 4),
        absdiff:ATTR (the absolute difference), edgecov:FILE (a CSV of source,target[,value]
        listing a dyadic covariate by actor id; unlisted pairs are 0). With no term that
        depends on other ties, the exponential random graph model's maximum-likelihood
        estimate is a logistic regression over all pairs of distinct actors (ordered pairs on
        a directed view), fitted here by Newton–Raphson. Names are printed as R's ergm prints
        them. Estimates are log-odds (odds ratio = exp(estimate)); p is the two-sided normal
        p-value of z = estimate / standard error. When every pair a term touches is tied (or
        none is), its estimate is +∞ (−∞): the table says so, sets those pairs aside and
        estimates the other terms on the rest. Ties are read as binary. See docs/inference.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            OptionSpec("terms", value: "list", help: "Model terms, comma-separated: \(termHelp)."),
            GraphInput.threadsOption,
            TableOutput.tableOption("terms, model"),
        ] + GraphInput.outputOptions(formats: [.text, .csv, .json]),
        examples: [
            "collab model Datasets/east-london --undirected --terms edges,nodematch:sector,nodefactor:kind,absdiff:tier",
            "collab model Datasets/east-london --terms edges,nodematch:kind,nodecov:tier --format json",
            "collab model Datasets/karate --terms edges,nodematch:club",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .csv, .json])
        guard let texts = arguments.list("terms"), !texts.isEmpty else {
            throw UsageError("give the model's terms: '--terms edges,nodematch:ATTR,…' (\(termHelp))")
        }
        let context = try GraphInput.context(arguments, console: console, defaultGroup: false)
        GraphInput.warn(context, console: console)
        let (induced, studyNote) = context.studyView
        let view = induced?.view ?? context.view
        let kept = induced?.actors ?? Array(0 ..< context.graph.actorCount)
        let dyads = view.isDirected ? view.nodeCount * (view.nodeCount - 1) : view.nodeCount * (view.nodeCount - 1) / 2
        guard dyads <= maximumDyads else {
            throw AnalysisError("\(view.nodeCount) actors make \(dyads) dyads; the model handles at most \(maximumDyads): keep fewer actors (--types, --from/--to) or a smaller dataset")
        }
        let terms = try texts.map { try term($0, context: context, view: view, kept: kept, induced: induced) }
        let model: DyadicLogisticModel
        do {
            model = try DyadicLogisticModel(view: view, terms: terms, threads: context.settings.threads,
                                            progress: console.progress("model"))
        } catch let error as DyadicModelError {
            throw AnalysisError(message(error, context: context, kept: kept, view: view))
        }
        var notes: [String] = studyNote.map { [$0] } ?? []
        if !texts.contains("edges") { notes.append("no 'edges' term: the model has no baseline (intercept); add edges unless that is meant") }
        let result = InferenceOutput.ModelRun(model: model, name: context.name, directed: view.isDirected, notes: notes)
        if format == .text {
            try console.emit(InferenceOutput.modelText(result), to: arguments.value("output"))
        } else {
            try TableOutput.emit(InferenceOutput.modelTables(result), format: format, context: context, notes: result.allNotes,
                                 arguments: arguments, console: console)
        }
        return 0
    }

    /// One term from its text, its values taken from the actors of the view.
    static func term(_ text: String, context: AnalysisContext, view: GraphView, kept: [Int], induced: InducedView?) throws -> DyadicTerm {
        let graph = context.graph
        if text == "edges" { return .edges }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let kinds = ["nodematch", "nodefactor", "nodecov", "absdiff", "edgecov"]
        guard parts.count == 2, kinds.contains(parts[0]), !parts[1].isEmpty else {
            let hint = Suggestions.closest(to: parts[0], in: ["edges"] + kinds).first.map { " (did you mean '\($0)'?)" } ?? ""
            throw UsageError("unknown model term '\(text)'\(hint); use \(termHelp)")
        }
        let kind = parts[0], argument = parts[1]
        if kind == "edgecov" {
            let covariate = try DyadicCovariateFile.read(argument, nodeCount: view.nodeCount, directed: view.isDirected) { id in
                guard let index = graph.index(of: id) else { return nil }
                guard let induced else { return Int(index) }
                let mapped = induced.newIndex[Int(index)]
                return mapped < 0 ? nil : Int(mapped)
            }
            return .edgecov(stem(argument), covariate: covariate)
        }
        guard graph.actors.contains(where: { !($0.value(of: argument) ?? "").isEmpty }) else {
            throw AnalysisContext.unknownAttribute(argument, option: "--terms \(text)", graph: graph)
        }
        let labels = kept.map { graph.actors[$0].value(of: argument).flatMap { $0.isEmpty ? nil : $0 } }
        do {
            switch kind {
            case "nodematch": return try .nodematch(argument, values: labels)
            case "nodefactor": return try .nodefactor(argument, values: labels)
            default:
                let values = try kept.map { try HomophilyAnalysis.numericValue(of: graph.actors[$0], attribute: argument) }
                return kind == "nodecov" ? try .nodecov(argument, values: values) : try .absdiff(argument, values: values)
            }
        } catch let error as DyadicModelError {
            throw AnalysisError(message(error, context: context, kept: kept, view: view))
        }
    }

    /// The file name without folders and extension: `edgecov.shared` for `data/shared.csv`.
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func message(_ error: DyadicModelError, context: AnalysisContext, kept: [Int], view: GraphView) -> String {
        switch error {
        case .missingValue(let term, let actor):
            let attribute = term.split(separator: ":", maxSplits: 1).last.map(String.init) ?? term
            let missing = kept.filter { (context.graph.actors[$0].value(of: attribute) ?? "").isEmpty }.count
            return "\(term) needs a value for every actor: '\(context.graph.actors[kept[actor]].id)' has none (\(missing) of \(kept.count) actors lack '\(attribute)')"
        case .singleLevel(let term, let level):
            return "\(term): every actor has the same value '\(level)', so there is nothing to compare"
        case .zeroColumn(let column):
            return "\(column) is 0 for every pair of actors (they all share the value, or no pair has it), so it explains nothing; drop it"
        case .collinear(let column):
            return "\(column) is redundant: it is constant over the pairs or a combination of the terms before it (e.g. two attributes that coincide); drop it"
        case .noVariation:
            return view.tieCount == 0 ? "the view has no ties: nothing to explain" : "every pair of actors is tied: nothing to explain"
        case .notConverged(let iterations):
            return "the estimates did not converge in \(iterations) Newton steps: the terms together separate tied from untied pairs; drop or merge terms"
        case .tooFewActors:
            return "a model needs at least 2 actors; the view has \(view.nodeCount)"
        }
    }
}
