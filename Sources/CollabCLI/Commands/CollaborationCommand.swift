import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab collaboration GRAPH`: how strongly collaborative the system is.
struct CollaborationCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "collaboration",
        abstract: "Profile of the whole system: weakly or strongly collaborative, and why.",
        discussion: """
        Share of strong ties (by the tie-strength rubric, see 'collab ties'), share of
        two-way pairs, depth distribution over engagement < exchange < co-production,
        mean multiplexity, transitivity and average clustering, fragmentation
        (components, largest component, isolates), and a verdict: strongly
        collaborative, weakly collaborative or fragmented, with the criteria and numbers
        that produced it (thresholds in the rubric's verdict section). When actors have a
        tier (local < subregional < regional < national), horizontal (same tier) and
        vertical (across tiers) ties are compared and the 45-degree mediators ranked.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + CollaborationOptions.options + [
            OptionSpec("by", value: "attribute", help: "Also profile within each group of this attribute (sector, locality, kind, tier or any column) and between each pair of groups."),
            OptionSpec("timeline", value: "year|month", help: "Also profile each year or month from the record dates (the system's phases of development)."),
        ] + GraphInput.outputOptions(formats: [.text, .json]),
        examples: [
            "collab collaboration Datasets/east-london",
            "collab collaboration Datasets/east-london --by sector",
            "collab collaboration Datasets/east-london --timeline year --format json -o profile.json",
            "collab collaboration Datasets/east-london --rubric docs/rubric-default.json --by locality",
        ]
    )

    /// `--by` reports every pair of groups: G groups give G(G − 1)/2 rows.
    static let maximumGroups = 200

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .json])
        let timeline: Timeline.Granularity?
        if arguments.has("timeline") {
            timeline = Timeline.Granularity(rawValue: try arguments.choice("timeline", ["year", "month"], default: "year"))
            if arguments.has("at") || arguments.has("from") || arguments.has("to") {
                throw UsageError("'--timeline' makes its own periods: give it without --at, --from or --to")
            }
        } else {
            timeline = nil
        }
        let graph = try GraphInput.load(arguments, console: console)
        let groupBy = arguments.value("by")
        if let groupBy, !graph.actors.contains(where: { $0.value(of: groupBy) != nil }) {
            throw UsageError(AnalysisContext.unknownAttribute(groupBy, option: "--by", graph: graph).description)
        }
        if let groupBy {
            let groups = Set(graph.actors.map { $0.value(of: groupBy) ?? "" }).count
            guard groups <= maximumGroups else {
                throw UsageError("'--by \(groupBy)' makes \(groups) groups; profiles by group are limited to \(maximumGroups) (every pair of groups is reported)")
            }
        }
        let context = try GraphInput.context(arguments, graph: graph, name: GraphInput.displayName(arguments.positional(0)!),
                                             group: groupBy)
        GraphInput.warn(context, console: console)
        let report = CollaborationReport(context: context, groupBy: groupBy, timeline: timeline)
        try CollaborationOptions.check(report.table)
        let text = format == .json ? report.json().serialized() + "\n" : report.text()
        try console.emit(text, to: arguments.value("output"))
        return 0
    }
}
