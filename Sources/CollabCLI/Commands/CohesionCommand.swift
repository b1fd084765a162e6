import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab cohesion GRAPH`: density, components, clustering, path lengths, reciprocity,
/// triads and cores.
struct CohesionCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "cohesion",
        abstract: "How cohesive the network is: density, components, clustering, path lengths, reciprocity, triads, cores.",
        discussion: """
        Parallel records collapse into one tie first (weights summed), as for every measure;
        self-loops are left out. Printed as CSV sections: summary (density, components,
        triangles, transitivity, average clustering — with --weighted also Onnela's and
        Barrat's weighted clustering — diameter and average path length of the largest
        component, and reciprocity on directed views), components (diameter and average
        shortest-path length of each connected component, in hops), cores (how many actors
        have each core number) and, on directed views, triads (the 16-type Holland–Leinhardt
        census). Clustering and path lengths read a directed view as undirected.
        --by ATTR adds the same measures inside each group (the subgraph of its actors);
        --actors adds each actor's clustering, core number and component.
        Matches NetworkX 3.6.1 (igraph for Barrat's clustering); see docs/cohesion.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("by", value: "attribute", help: "Add cohesion inside each group of this attribute (sector, kind, locality, tier or any column)."),
            OptionSpec("actors", help: "Add one row per actor: partners, clustering, core number, component."),
            OptionSpec("no-paths", help: "Skip diameters and path lengths (one breadth-first search per actor)."),
            TableOutput.tableOption("summary, components, cores, triads, groups, actors"),
        ] + GraphInput.outputOptions(formats: [.csv, .json]),
        examples: [
            "collab cohesion Datasets/east-london",
            "collab cohesion Datasets/east-london --by sector",
            "collab cohesion Datasets/east-london --directed --format json",
            "collab cohesion Datasets/les-miserables --weighted --actors -o cohesion.csv",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        let context = try GraphInput.context(arguments, console: console)
        // Networks known only from memberships (e.g. CORDIS projects) are not part of the
        // tie network: left out, as every profile leaves them out, and said so.
        let (induced, studyNote) = context.studyView
        let view = induced?.view ?? context.view
        let ids = (induced?.actors ?? Array(0 ..< context.graph.actorCount)).map { context.graph.actors[$0].id }
        let summary = CohesionSummary(view: view, weighted: context.weighted, pathLengths: !arguments.flag("no-paths"))
        var groups: (ActorGroups, [GroupCohesion])? = nil
        var notes: [String] = studyNote.map { [$0] } ?? []
        if let attribute = arguments.value("by") {
            guard context.graph.actors.contains(where: { $0.value(of: attribute) != nil }) else {
                throw (AnalysisContext.unknownAttribute(attribute, option: "--by", graph: context.graph))
            }
            let all = context.groups(attribute)
            let grouping = induced?.groups(all) ?? all
            groups = (grouping, GroupCohesion.all(view: view, groups: grouping))
        }
        if view.recordCount > view.tieCount { notes.append("\(view.recordCount) records collapsed into \(view.tieCount) distinct ties") }
        if view.isDirected { notes.append("clustering and path lengths read the directed ties as undirected") }
        let tables = summary.tables(actorIDs: ids, actorRows: arguments.flag("actors"), groups: groups)
        try TableOutput.emit(tables, format: format, context: context, notes: notes, arguments: arguments, console: console)
        return 0
    }
}
