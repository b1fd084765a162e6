import CollabGraph

/// Writes a command's tables: CSV sections separated by a blank line (each with its
/// header), or one JSON object with the run's `view` and one key per table.
enum TableOutput {
    static func emit(_ tables: [BrokerageTable], format: String, context: AnalysisContext, extra: [(String, JSONValue)] = [],
                     notes: [String], arguments: ParsedArguments, console: Console) throws {
        let text: String
        if format == "json" {
            var pairs: [(String, JSONValue)] = [
                ("graph", .string(context.name)),
                ("view", view(context)),
            ] + extra
            for table in tables { pairs.append((table.name, table.json)) }
            pairs.append(("notes", .array(notes.map { .string($0) })))
            text = JSONValue.object(pairs).serialized() + "\n"
        } else {
            text = tables.map(\.csv).joined(separator: "\n")
            for note in notes { console.err("Note: \(note)\n") }
        }
        try console.emit(text, to: arguments.value("output"))
    }

    /// The view the results were computed on.
    static func view(_ context: AnalysisContext) -> JSONValue {
        let options = context.viewOptions
        return .object([
            ("directed", .bool(options.directed)),
            ("direction_origin", .string(context.directionOrigin)),
            ("weighted", .bool(context.weighted)),
            ("types", options.relationTypes.map { .array($0.map { .string($0) }) } ?? .null),
            ("memberships", .string(String(describing: options.memberships))),
        ])
    }
}
