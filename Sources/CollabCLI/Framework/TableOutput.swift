import CollabGraph

/// Writes the tables of `cohesion`, `homophily`, `ego` and `qap`: JSON holds every table
/// and the view; CSV holds one table per file (as `brokerage`): `--table NAME` picks one,
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
        try BrokerageCommand.emitCSV(tables, arguments: arguments, console: console)
    }
}
