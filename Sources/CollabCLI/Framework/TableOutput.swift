import CollabGraph
import CollabAnalysis
import CollabOutput

/// Writes the tables of `brokerage`, `cohesion`, `homophily`, `ego` and `qap`: JSON holds
/// every table and the view; CSV holds one table per file: `--table NAME` picks one,
/// `-o FILE.csv` writes FILE-<table>.csv for each, and with neither the first (main)
/// table is printed and a note names the others.
enum TableOutput {
    static func tableOption(_ names: String) -> OptionSpec {
        OptionSpec("table", value: "name", help: "In CSV, print only this table (\(names)); default: the first. CSV holds one table per file: without --table, -o FILE.csv writes FILE-<table>.csv for each.")
    }

    static func emit(_ tables: [BrokerageTable], format: OutputFormat, context: AnalysisContext, notes: [String],
                     arguments: ParsedArguments, console: Console) throws {
        if format == .json {
            var pairs: [(String, JSONValue)] = tables.map { ($0.name, $0.json) }
            pairs.append(("notes", .array(notes.map { .string($0) })))
            try console.emit(JSONValue.object(pairs).withView(of: context).serialized() + "\n", to: arguments.value("output"))
            return
        }
        for note in notes { console.err("Note: \(note)\n") }
        if tables.count > 1 && !arguments.has("table") && !arguments.has("output") {
            let others = tables.dropFirst().map(\.name).joined(separator: ", ")
            console.err("Note: also \(others): --table NAME prints one, -o FILE.csv writes each, --format json gives all\n")
            return try console.emit(tables[0].csv, to: nil)
        }
        try emitCSV(tables, arguments: arguments, console: console)
    }

    /// One table per CSV: the table named by --table, the only table, or with -o one
    /// file per table (FILE-<table>.csv).
    static func emitCSV(_ tables: [BrokerageTable], arguments: ParsedArguments, console: Console) throws {
        if let name = arguments.value("table") {
            guard let table = tables.first(where: { $0.name == name }) else {
                throw UsageError("'--table' must be one of \(tables.map(\.name).joined(separator: ", ")) here, got '\(name)'")
            }
            return try console.emit(table.csv, to: arguments.value("output"))
        }
        if tables.count == 1 { return try console.emit(tables[0].csv, to: arguments.value("output")) }
        guard let output = arguments.value("output") else { return try console.emit(tables[0].csv, to: nil) }
        let stem = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
        for table in tables { try console.emit(table.csv, to: "\(stem)-\(table.name).csv") }
    }
}
