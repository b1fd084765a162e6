import CollabGraph
import CollabAnalysis
import CollabOutput

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
        non-partner). With --portfolio K, K ties chosen together instead: greedily, each pick
        the best score on the graph with the earlier picks already added, with each step's
        marginal effect and the combined before → after. With --revive, the partners whose
        every record ended before the view's window (--at, --from), each measured as a new
        tie, and the ties that stayed at engagement, as candidates to deepen. Without --focus, --group is required: the group pairs joined most
        weakly, the actors best placed to bridge each, and the SMEs no anchor reaches.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            OptionSpec("focus", value: "actor", help: "The focal actor (an anchor institution such as a college), by id or exact label."),
            GraphInput.groupOption,
            OptionSpec("weighted", help: "Use tie weights for constraint and effective size; a proposed tie gets the median tie weight."),
            GraphInput.rubricOption,
            OptionSpec("reach", value: "k", help: "Actors within K hops count as reached (default 2)."),
            OptionSpec("candidates", value: "filter", help: "Keep candidates matching attribute=value pairs, e.g. kind=sme,sector=digital tech; 'all' for every non-partner."),
            OptionSpec("top", value: "n", help: "Show the N best recommendations or weakest group pairs (default 10)."),
            OptionSpec("revive", help: "List lapsed partners (every record ended before the --at/--from window) measured as new ties, and engagement-only ties to deepen."),
            OptionSpec("portfolio", value: "k", help: "Choose K new ties jointly (each measured with the earlier picks added) instead of ranking them one at a time."),
        ] + GraphInput.outputOptions(formats: [.text, .json, .csv]),
        examples: [
            "collab gaps Datasets/east-london --focus newham-college",
            "collab gaps Datasets/east-london --focus \"Newham College\" --candidates kind=sme --top 5",
            "collab gaps Datasets/east-london --focus newham-college --format csv -o newham.csv && collab render Datasets/east-london --focus newham-college --suggested newham.csv -o newham.svg",
            "collab gaps Datasets/east-london --focus newham-college --format json -o newham-gaps.json",
            "collab gaps Datasets/east-london --focus newham-college --portfolio 3",
            "collab gaps Datasets/east-london --focus newham-college --at 2018-09-01 --revive",
            "collab gaps Datasets/east-london --group sector",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .json, .csv])
        let top = try arguments.integer("top", range: 1 ... Int.max) ?? 10
        let maxHops = try arguments.integer("reach", range: 1 ... Int.max) ?? 2
        let hasFocus = arguments.has("focus")
        if !hasFocus && arguments.value("group") == nil {
            throw UsageError("give --focus <actor> for one actor, or --group <attribute> for the whole network")
        }
        var filter = CandidateFilter.default
        if let text = arguments.value("candidates") {
            guard hasFocus else { throw UsageError("'--candidates' needs '--focus <actor>'") }
            do { filter = try CandidateFilter(parsing: text) } catch let error as CandidateFilterError {
                throw UsageError("'--candidates': \(error.message)")
            }
        }
        let context = try GraphInput.context(arguments, console: console)
        let graph = context.graph
        do { try filter.validate(against: graph) } catch let error as CandidateFilterError {
            throw UsageError("'--candidates': \(error.message)")
        }
        if let note = context.groupNote, hasFocus, format != .text { console.err("Note: \(note): group sections are left out.\n") }
        let name = context.name
        let text: String
        if arguments.flag("revive") {
            guard let focus = context.focus.actors.first else { throw UsageError("'--revive' needs '--focus <actor>'") }
            let revival = Revival.find(setting: context.gapSetting, focus: Int(focus), maxHops: maxHops)
            switch format {
            case .json: text = RevivalReport.json(revival, graph: graph, focus: Int(focus), graphName: name).withView(of: context).serialized() + "\n"
            case .text: text = RevivalReport.text(revival, graph: graph, focus: Int(focus), graphName: name, top: top)
            default: throw UsageError("'--revive' writes text or json, not \(format.rawValue)")
            }
        } else if let size = try arguments.integer("portfolio", range: 1 ... 1_000) {
            guard let focus = context.focus.actors.first else { throw UsageError("'--portfolio' needs '--focus <actor>'") }
            text = try portfolio(context: context, focus: Int(focus), size: size, maxHops: maxHops, filter: filter, format: format)
        } else if let focus = context.focus.actors.first {
            let options = GapOptions(maxHops: maxHops, candidates: filter)
            let gaps = FocusGaps.analyse(setting: context.gapSetting, focus: Int(focus), options: options)
            switch format {
            case .json: text = GapReport.json(gaps, graph: graph, graphName: name, top: top).withView(of: context).serialized() + "\n"
            case .csv: text = GapReport.csv(gaps, graph: graph, top: top)
            case .text: text = GapReport.text(gaps, graph: graph, graphName: name, top: top)
            }
        } else {
            if arguments.flag("weighted") { throw UsageError("'--weighted' applies with '--focus' only") }
            let gaps = NetworkGaps.analyse(setting: context.gapSetting, groups: context.groups!, maxHops: maxHops, pairLimit: top)
            switch format {
            case .json: text = GapReport.json(gaps, graph: graph, graphName: name).withView(of: context).serialized() + "\n"
            case .csv: text = GapReport.csv(gaps, graph: graph)
            case .text: text = GapReport.text(gaps, graph: graph, graphName: name)
            }
        }
        try console.emit(text, to: arguments.value("output"))
        return 0
    }

    /// `--portfolio K`: the greedy joint portfolio (``TiePortfolio``) as text or JSON.
    static func portfolio(context: AnalysisContext, focus: Int, size: Int, maxHops: Int, filter: CandidateFilter,
                          format: OutputFormat) throws -> String {
        let options = GapOptions(maxHops: maxHops, candidates: filter)
        let portfolio = TiePortfolio.choose(context: context, focus: focus, size: size, options: options)
        switch format {
        case .json:
            return PortfolioReport.json(portfolio, graph: context.graph, groups: context.groups, graphName: context.name,
                                        maxHops: maxHops, weighted: context.weighted).withView(of: context).serialized() + "\n"
        case .text:
            return PortfolioReport.text(portfolio, graph: context.graph, groups: context.groups, graphName: context.name,
                                        maxHops: maxHops, weighted: context.weighted,
                                        leftOut: context.profiledActors?.filter { !$0 }.count ?? 0)
        default: throw UsageError("'--portfolio' writes text or json, not \(format.rawValue)")
        }
    }
}
