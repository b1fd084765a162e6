import CollabGraph
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
        options: GraphInput.loadOptions + [
            OptionSpec("output", short: "o", value: "dir", help: "The folder to write (created if missing; files in it are replaced)."),
            OptionSpec("focus", value: "id", repeatable: true, help: "A focus actor (repeatable; default: the three best-connected anchor institutions)."),
            OptionSpec("group", value: "attribute", help: "Attribute for group pairs and brokerage roles (default sector)."),
            OptionSpec("title", value: "text", help: "The page title (default: the first heading of the dataset's README.md, else its name)."),
            OptionSpec("rubric", value: "file", help: "A tie-strength rubric (JSON or CSV) instead of the default."),
        ],
        examples: [
            "collab report Datasets/east-london -o collab-report",
            "collab report Datasets/east-london -o newham --focus newham-college --title \"Newham College and its partners\"",
            "collab report Datasets/karate -o karate-report --group club",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let folder = arguments.value("output") else {
            throw UsageError("missing '-o <dir>': say which folder to write the report into")
        }
        let graph = try GraphInput.load(arguments, console: console)
        let group = arguments.value("group") ?? "sector"
        if !graph.actors.contains(where: { $0.value(of: group) != nil }) && arguments.has("group") {
            throw UsageError("no actor has a value for '\(group)'; attributes: kind, \(graph.actorAttributeNames.joined(separator: ", "))")
        }
        let rubric = try arguments.value("rubric").map { try StrengthRubric.load($0) } ?? .standard
        let name = URL(fileURLWithPath: arguments.positional(0)!).standardized.lastPathComponent
        let title = arguments.value("title") ?? readmeTitle(arguments.positional(0)!)
        let options = EcologyReport.Options(title: title, focus: arguments.values("focus"), group: group, rubric: rubric)
        let report: EcologyReport
        do {
            report = try EcologyReport(graph: graph, graphName: name, options: options)
        } catch let error as ReportError {
            throw AnalysisError(error.description)
        } catch let error as MapError {
            throw AnalysisError(error.description)
        } catch let error as RenderError {
            throw AnalysisError(error.description)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in report.files { try AtomicFile.write(file.data, to: folder + "/" + file.name) }
        console.err("Wrote \(folder)/index.html and \(report.files.count - 1) more files\n")
        return 0
    }

    /// The first `# heading` of a dataset folder's README.md, if any.
    static func readmeTitle(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path + "/README.md") else { return nil }
        let first = String(decoding: data, as: UTF8.self).split(separator: "\n", maxSplits: 1).first ?? ""
        guard first.hasPrefix("# ") else { return nil }
        return first.dropFirst(2).trimmingCharacters(in: .whitespaces)
    }
}
