import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation

/// `collab report GRAPH -o DIR`: the main job, from a dataset to a map and a readable report.
struct ReportCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write a self-contained HTML report of an ecology, with its map and tables.",
        discussion: """
        Writes DIR/index.html (one offline page: inline SVG and CSS, sortable tables), the
        map as DIR/map.svg and DIR/map.png, and the numbers behind the page: actors.csv
        (every centrality and brokerage measure), ties.csv (tie strength per pair),
        collaboration.json (profile, verdict, groups, tiers, timeline) and a focus map per
        focus actor. Its first screen answers: how collaborative is this system, and who
        brokers it? Nothing is written unless every part succeeds.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("output", short: "o", value: "dir", help: "The folder to write (created if missing; replaced as a whole, other files in it kept)."),
            OptionSpec("focus", value: "actor", repeatable: true, help: "A focus actor, by id or exact label (repeatable; default: the three best-connected anchor institutions, else the three most central actors)."),
            GraphInput.groupOption,
            OptionSpec("title", value: "text", help: "The page title (default: meta.json's title, else the first heading of the dataset's README.md, else its name)."),
            GraphInput.rubricOption,
            OptionSpec("scenario", value: "file", help: "A what-if scenario (CSV action,actor,other as 'collab whatif --scenario' reads) shown beside the system as it is, and in scenario.json."),
            OptionSpec("waves", value: "list", help: "Add \"How the system changed\" across these waves (as 'collab change --waves': dates, years, months or FROM..TO windows, in time order), with a map per wave and change.json."),
            OptionSpec("waves-every", value: "step", help: "The same with waves of 'year', 'N years' or 'N months' over the records' dates."),
            OptionSpec("partner-kind", value: "kind", help: "With --waves: catalysis counts the ties among each focus actor's partners of this kind (default sme, else employer when no actor is an SME)."),
            OptionSpec("full-gaps", help: "Write every recommendation and every list in gaps-<id>.json (default: the best \(EcologyReport.gapsListed) and as many entries per list, with what was left out counted in the file's left_out)."),
            GraphInput.threadsOption,
            OptionSpec("progress", help: "Print each stage on stderr as it starts, one line each with the time since the start, the processor time and the memory in use (on a terminal a single line is redrawn anyway)."),
        ],
        examples: [
            "collab report Datasets/east-london -o collab-report",
            "collab report Datasets/east-london -o without-elba --scenario docs/scenario-example.csv",
            "collab report Datasets/east-london -o newham --focus \"Newham College\" --title \"Newham College and its partners\"",
            "collab report Datasets/east-london -o 2017 --from 2017-01-01 --to 2017-12-31 --types co-design,co-teaching",
            "collab report Datasets/karate -o karate-report --group club",
            "collab report ../shared/datasets/cordis-h2020/london -o london --undirected --waves 2016,2018,2020",
            "collab report partnerships.csv -o plain --undirected",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let folder = arguments.value("output") else {
            throw UsageError("missing '-o <dir>': say which folder to write the report into")
        }
        try OutputFolder.check(folder)   // before the analysis, not after it
        let context = try GraphInput.context(arguments, console: console, focusPolicy: .defaultAnchors(count: EcologyReport.defaultFocusCount))
        let scenario = try arguments.value("scenario").map { try Scenario.read(contentsOf: $0, graph: context.graph) }
        var change: ChangeRequest?
        if arguments.has("waves") || arguments.has("waves-every") {
            var notes: [String] = []
            let waves = try ChangeCommand.waveList(arguments, graph: context.graph, base: context.viewOptions, notes: &notes)
            if arguments.has("waves") { try ChangeCommand.checkNamedWaves(waves, graph: context.graph) }
            for note in notes { console.err("Note: \(note)\n") }
            let kinds = Set(context.graph.actors.map(\.kind))
            let partnerKind = arguments.value("partner-kind") ?? (kinds.contains("sme") || !kinds.contains("employer") ? "sme" : "employer")
            change = ChangeRequest(waves: waves, partnerKind: partnerKind)
        } else if arguments.has("partner-kind") {
            throw UsageError("'--partner-kind' goes with --waves or --waves-every")
        }
        let report: EcologyReport
        let progress = console.stages("report", lines: arguments.flag("progress"))
        defer { progress.finish() }
        do {
            report = try EcologyReport(context: context, options: EcologyReport.Options(title: arguments.value("title"), scenario: scenario, change: change, stage: progress.stage,
                                                                            fullGaps: arguments.flag("full-gaps")))
        } catch ReportProblem.scenario(let error) {
            throw AnalysisError("the scenario cannot be applied: \(error.description)")
        } catch let error as MapError {
            throw AnalysisError(error.description)
        } catch let error as RenderError {
            throw AnalysisError(error.description)
        } catch let error as TwoModeError {
            throw TwoModeCommand.membershipError(error, graph: context.graph, path: arguments.positional(0) ?? "")
        }
        GraphInput.warn(context, console: console)
        if let explanation = report.focusExplanation { console.err("Note: \(explanation)\n") }
        if let note = context.groupNote { console.err("Note: \(note); group sections are left out.\n") }
        try OutputFolder.write(report.files.map { OutputFolder.File(name: $0.name, data: $0.data) }, to: folder, owned: previousReportFile)
        console.err("Wrote \(folder)/index.html and \(report.files.count - 1) more files\n")
        return 0
    }

    /// Whether a file in the output folder is one a report writes (a previous report's focus
    /// maps for other actors are dropped, other files kept).
    static func previousReportFile(_ name: String) -> Bool {
        ["index.html", "map.svg", "map.png", "actors.csv", "ties.csv", "collaboration.json", "communities.csv",
         "core-periphery.csv", "methods.md", "references.bib", "scenario.json", "change.json"].contains(name)
            || (name.hasPrefix("change-wave-") && name.hasSuffix(".svg"))
            || (name.hasPrefix("focus-") && name.hasSuffix(".svg")) || (name.hasPrefix("gaps-") && name.hasSuffix(".json"))
    }
}
