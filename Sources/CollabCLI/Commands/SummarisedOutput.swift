import CollabGraph
import CollabAnalysis
import CollabOutput

/// A result a command prints as an actor table (CSV, the default), as JSON, or as a
/// readable summary (`--summary`), with notes for standard error beside the table.
protocol SummarisedResult {
    func csv() -> String
    func json() -> JSONValue
    func summaryText() -> String
    var notes: [String] { get }
}

extension CommunityReport: SummarisedResult {
    func summaryText() -> String { text() }
}

extension CorePeripheryReport: SummarisedResult {
    func summaryText() -> String { text() }
}

/// `--summary` beside `--format csv|json` and `-o`, shared by the commands whose results
/// are ``SummarisedResult``s.
enum SummarisedOutput {
    static let summaryOption = OptionSpec("summary", help: "Print a readable summary instead of the actor table.")

    /// The output options: `--summary`, `--format csv|json`, `-o`.
    static var options: [OptionSpec] { [summaryOption] + GraphInput.outputOptions(formats: [.csv, .json]) }

    /// The `--format` choice, refusing `--summary` together with `--format`.
    static func format(_ arguments: ParsedArguments) throws -> OutputFormat {
        if arguments.flag("summary") && arguments.has("format") {
            throw UsageError("give either --summary or --format, not both")
        }
        return try GraphInput.format(arguments, [.csv, .json])
    }

    /// Writes `result` as asked (atomically with `-o`); notes go to standard error with the
    /// table (they are inside the JSON and the summary).
    static func emit(_ result: some SummarisedResult, format: OutputFormat, arguments: ParsedArguments, console: Console) throws {
        let text: String
        if arguments.flag("summary") {
            text = result.summaryText()
        } else if format == .json {
            text = result.json().serialized() + "\n"
        } else {
            text = result.csv()
            for note in result.notes { console.err("Note: \(note)\n") }
        }
        try console.emit(text, to: arguments.value("output"))
    }
}
