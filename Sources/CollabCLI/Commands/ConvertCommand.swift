import CollabGraph
import Foundation

/// `collab convert IN OUT`: between dataset folders, edges CSV, GraphML and JSON.
struct ConvertCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert a graph between a dataset folder, GraphML and JSON.",
        discussion: """
        Formats follow the names: OUT ending in .graphml or .json, or a folder name (no
        extension) for a dataset folder with nodes.csv, edges.csv and memberships.csv.
        Everything the model holds is kept: actors in order with every attribute, each
        record with its direction, type, weight, dates and attributes, and memberships.
        The output is written all or nothing: a file by rename, a folder assembled beside
        its destination and swapped in whole (other files in it are kept).
        """,
        arguments: [ArgumentSpec("in", help: "The graph to read (folder, .csv, .graphml, .json)."),
                    ArgumentSpec("out", help: "Where to write (.graphml, .json, or a folder).")],
        options: GraphInput.loadOptions,
        examples: [
            "collab convert Datasets/east-london east-london.graphml",
            "collab convert network.graphml network-folder",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let output = arguments.positional(1)!
        let lower = output.lowercased()
        let graph = try GraphInput.load(arguments)
        if lower.hasSuffix(".graphml") {
            try AtomicFile.write(GraphMLWriter.graphML(graph), to: output)
        } else if lower.hasSuffix(".json") {
            try AtomicFile.write(GraphJSON.json(graph).serialized() + "\n", to: output)
        } else if (output as NSString).pathExtension.isEmpty {
            try DatasetWriter.write(graph, toFolder: output)
        } else {
            throw UsageError("cannot tell the output format of '\(output)': use .graphml, .json or a folder name")
        }
        console.err("Wrote \(output)\n")
        return 0
    }
}
