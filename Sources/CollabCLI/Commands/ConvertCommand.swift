import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation

/// `collab convert IN OUT`: between dataset folders, edges CSV, GraphML, JSON, GEXF, GML,
/// Pajek and UCINET DL.
struct ConvertCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert a graph between a dataset folder, GraphML, JSON, GEXF, GML, Pajek and UCINET DL.",
        discussion: """
        Formats follow the names: OUT ending in .graphml, .json, .gexf (Gephi), .gml,
        .net (Pajek) or .dl (UCINET), or a folder name (no extension) for a dataset folder
        with nodes.csv, edges.csv and memberships.csv. A folder, GraphML, JSON, GEXF and GML
        keep everything the model holds (actors in order with every attribute, each record
        with its direction, type, weight, dates and attributes, memberships); Pajek and DL
        keep the ties and weights (DL: summed per pair, one matrix per relation type), and a
        note on standard error lists what they leave out. GEXF carries the map's styling
        (colour, size and position of `collab render`) and the records' dates as spells for
        Gephi's timeline. The output is written all or nothing: a file by rename, a folder
        assembled beside its destination and swapped in whole (other files in it are kept).
        """,
        arguments: [ArgumentSpec("in", help: "The graph to read (folder, .csv, .graphml, .json, .gexf, .gml, .net, .dl)."),
                    ArgumentSpec("out", help: "Where to write (.graphml, .json, .gexf, .gml, .net, .dl, or a folder).")],
        options: GraphInput.loadOptions + [
            OptionSpec("no-viz", help: "GEXF: leave out the map styling (viz colour, size, position)."),
            OptionSpec("no-layout", help: "GEXF: colour and size only, no Graphviz layout (positions left out; faster on large graphs)."),
            OptionSpec("collapse", help: "GEXF: one edge per pair (weights summed, a spell per dated record) instead of one per record."),
            OptionSpec("clu", value: "attribute", help: "Pajek: also write OUT's name with .clu, a partition of the actors by this attribute."),
        ],
        examples: [
            "collab convert Datasets/east-london east-london.graphml",
            "collab convert Datasets/east-london east-london.gexf",
            "collab convert Datasets/east-london east-london.net --clu sector",
            "collab convert network.gml network-folder",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let output = arguments.positional(1)!
        guard let format = InterchangeFormat.writing(output) else {
            let names = InterchangeFormat.writableFiles.map { "." + $0.extensions[0] }.joined(separator: ", ")
            throw UsageError("cannot tell the output format of '\(output)': use \(names) or a folder name")
        }
        if arguments.has("clu") && format != .pajek { throw UsageError("'--clu' goes with a Pajek output (.net)") }
        for option in ["collapse", "no-viz", "no-layout"] where arguments.flag(option) && format != .gexf {
            throw UsageError("'--\(option)' goes with a GEXF output (.gexf)")
        }
        let graph = try GraphInput.load(arguments, console: console)
        let creator = "collab \(CollabCLI.version)"
        var notes: [String] = []
        switch format {
        case .graphML: try AtomicFile.write(GraphMLWriter.graphML(graph), to: output)
        case .json: try AtomicFile.write(GraphJSON.json(graph).serialized() + "\n", to: output)
        case .gexf:
            let viz = arguments.flag("no-viz") ? nil : try MapExport.actorViz(graph, map: StandardMap.whole(graph), layout: !arguments.flag("no-layout"))
            try AtomicFile.write(GEXFWriter.gexf(graph, viz: viz, collapse: arguments.flag("collapse"), creator: creator), to: output)
        case .gml:
            try AtomicFile.write(GMLWriter.gml(graph, creator: creator), to: output)
            notes = GMLWriter.notes(for: graph)
        case .pajek:
            let partition = try arguments.value("clu").map { attribute -> (String, String) in
                guard graph.actors.contains(where: { $0.value(of: attribute) != nil }) else {
                    throw UsageError("no actor has a value for '\(attribute)'; attributes: kind, \(graph.actorAttributeNames.joined(separator: ", "))")
                }
                return ((output as NSString).deletingPathExtension + ".clu", PajekWriter.clu(graph, attribute: attribute))
            }
            try AtomicFile.write(PajekWriter.net(graph), to: output)
            if let (path, text) = partition {
                try AtomicFile.write(text, to: path)
                console.err("Wrote \(path)\n")
            }
            notes = PajekWriter.notes(for: graph)
        case .ucinetDL:
            try AtomicFile.write(UCINETDLWriter.dl(graph), to: output)
            notes = UCINETDLWriter.notes(for: graph)
        case .datasetFolder:
            try DatasetWriter.write(graph, toFolder: output)
        case .edgeCSV:
            preconditionFailure("InterchangeFormat.writing never chooses a lone edge CSV")
        }
        for note in notes { console.err("Note: \(note)\n") }
        console.err("Wrote \(output == "-" ? "standard output" : output)\n")
        return 0
    }
}
