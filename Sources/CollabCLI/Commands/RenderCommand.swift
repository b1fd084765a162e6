import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation

/// `collab render GRAPH -o FILE`: a map as DOT, SVG, PNG or PDF.
struct RenderCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "render",
        abstract: "Draw a map of a collaboration graph as DOT, SVG, PNG or PDF.",
        discussion: """
        The format follows the extension of -o: .dot is written by collab itself (no
        layout is run); .svg, .png and .pdf are laid out and rendered in-process by the
        Graphviz library (libgraphviz-dev). Shape shows the kind of actor (anchor
        institutions as bold rounded boxes), fill the sector (or --colour-by) in a
        colour-blind-safe palette, size a measure (default betweenness), tie width the
        summed weight; strong ties (by the tie-strength rubric of 'collab ties') are solid,
        weak ties dashed; one-way ties carry an arrow from the initiating actor. Actors
        without ties are left out and counted in the caption (--isolates draws them);
        labels go on the actors that matter (the largest, the anchors, the focus and
        highlighted actors), every name is in its tooltip. A map of more than
        \(MapLegibility.actorLimit) actors cannot draw each one legibly and becomes an
        overview: Leiden communities as circles (sized by members, filled by their dominant
        sector, ties between them summed), the most central actors drawn one by one
        (--every-actor draws them all anyway). The layout is neato up to 400
        actors and sfdp above, seed 1; PNG output is at most 4,096 pixels on its long
        side (--size); the same input gives the same map (Graphviz's prism overlap
        removal, used up to 3,000 actors, can move a coordinate by 0.01 between runs: an
        open defect, see docs/rendering.md).
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + [
            OptionSpec("output", short: "o", value: "file", help: "The map to write: .dot, .svg, .png or .pdf (required)."),
            OptionSpec("layout", value: "engine", help: "dot, neato, fdp, sfdp, circo or twopi (default: neato up to 400 actors, sfdp above)."),
            OptionSpec("size-by", value: "measure", help: "Actor size: a centrality measure of the undirected view (betweenness by default; degree, strength, closeness, harmonic, eigenvector, pagerank, coreness) or a numeric actor attribute."),
            OptionSpec("colour-by", value: "attribute", help: "Actor fill by this attribute (default: sector when present, else kind), or by an analysis: community (Leiden communities), core (Borgatti–Everett core or periphery), coreness (continuous coreness in four bands)."),
            OptionSpec("min-strength", value: "x", help: "Draw only ties whose strength (0–1, by the tie-strength rubric; see 'collab ties') is at least x."),
            OptionSpec("strong-only", help: "Draw only strong ties (by the rubric)."),
            GraphInput.rubricOption,
            OptionSpec("focus", value: "actor", help: "Draw only this actor's neighbourhood (see --radius); an id or exact label."),
            OptionSpec("radius", value: "k", help: "With --focus: how many ties away from the focus to draw (default 1)."),
            OptionSpec("highlight", value: "actors", help: "Mark these actors (comma-separated ids or labels) with a thick outline."),
            OptionSpec("suggested", value: "file", help: "A CSV with source and target columns: ties to draw dashed in vermillion (e.g. what 'collab gaps --format csv' writes)."),
            OptionSpec("labels", value: "mode", help: "all, none, N (the N largest actors and the N largest anchors; also top:N) or auto (all up to 60 actors, else as N=30; default). Focus and highlighted actors are always labelled."),
            OptionSpec("isolates", help: "Also draw actors without any drawn tie (left out and counted in the caption by default)."),
            OptionSpec("component", value: "which", help: "all (default) or largest: draw only the largest connected component."),
            OptionSpec("size", value: "pixels", help: "The most pixels on the long side of PNG output (default 4096)."),
            OptionSpec("title", value: "text", help: "The map's title (default: the graph's folder or file name)."),
            OptionSpec("dpi", value: "n", help: "Resolution of PNG output (default 110, 72 above 400 actors)."),
            OptionSpec("every-actor", help: "Draw every actor one by one even above \(MapLegibility.actorLimit) actors, where the map otherwise becomes an overview (communities as circles, the core actor by actor)."),
            OptionSpec("two-mode", help: "Draw the memberships instead of the ties: actors as circles (fill by kind), the networks they belong to as grey squares, one line per membership (an actor that is also a network is drawn in both modes)."),
        ] + GraphInput.viewOptions,
        examples: [
            "collab render Datasets/east-london -o map.svg",
            "collab render Datasets/east-london --two-mode -o boards.svg",
            "collab render Datasets/east-london -o newham.png --focus newham-college --radius 2",
            "collab render Datasets/east-london -o strong.pdf --strong-only --types co-design,co-teaching",
            "collab render Datasets/karate -o karate.svg --colour-by club --size-by degree",
            "collab render Datasets/karate -o communities.svg --colour-by community",
            "collab render Datasets/east-london -o map.dot",
            "collab render Datasets/east-london -o core.png --component largest --labels 10 --size 2048",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard let output = arguments.value("output") else {
            throw UsageError("missing '-o <file>': say where to write the map (.dot, .svg, .png or .pdf)")
        }
        guard let format = RenderFormat(path: output) else {
            throw UsageError("cannot tell the map format of '\(output)': use .dot, .svg, .png or .pdf")
        }
        let engine = try arguments.value("layout").map { name in
            guard let engine = LayoutEngine(rawValue: name) else {
                throw UsageError("'--layout' must be one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name)'")
            }
            return engine
        }
        let labels = try arguments.value("labels").map { text in
            guard let mode = LabelMode(text) else { throw UsageError("'--labels' must be all, none, auto or a number N, got '\(text)'") }
            return mode
        } ?? .automatic
        if arguments.has("radius") && !arguments.has("focus") { throw UsageError("'--radius' goes with '--focus'") }
        let radius = try arguments.integer("radius", range: 1...100) ?? 1
        let dpi = try arguments.integer("dpi", range: 18...1200)
        let maximumPixels = try arguments.integer("size", range: 64...65_536) ?? StyleOptions.defaultMaximumPixels
        let component = try arguments.value("component").map { text in
            guard let selection = ComponentSelection(rawValue: text) else {
                throw UsageError("'--component' must be all or largest, got '\(text)'")
            }
            return selection
        } ?? .all

        let context = try GraphInput.context(arguments, console: console)
        if arguments.flag("two-mode") { return try renderTwoMode(arguments, context: context, output: output, format: format,
                                                                 engine: engine, dpi: dpi, maximumPixels: maximumPixels, console: console) }
        let graph = context.graph
        var view = context.viewOptions
        view.directed = false
        let focus = context.focus.actors.first.map { graph.actors[Int($0)].id }
        let highlight = try (arguments.list("highlight") ?? []).map { graph.actors[Int(try graph.lookUpActor($0, option: "--highlight"))].id }
        var options = MapOptions(view: view, minStrength: try arguments.number("min-strength"),
                                 strongOnly: arguments.flag("strong-only"), focus: focus,
                                 radius: radius, highlight: highlight, labels: labels,
                                 isolates: arguments.flag("isolates"), component: component)
        // Arrows follow the records' stated direction (--directed/--undirected, else the
        // dataset's declaration); undeclared data draws them when some pair has records
        // both ways.
        options.arrows = context.statedDirection.map(\.isDirected)
        options.strengthTable = context.tieStrengths
        let analysisColouring = arguments.value("colour-by").flatMap { AnalysisColouring(rawValue: $0) }
        if let colour = arguments.value("colour-by"), analysisColouring == nil, !graph.actors.contains(where: { $0.value(of: colour) != nil }) {
            throw UsageError(AnalysisContext.unknownAttribute(colour, option: "--colour-by", graph: graph).description)
        }
        do {
            options = try StandardMap.measured(context: context, options: options,
                                               sizeBy: arguments.value("size-by") ?? StandardMap.defaultSizeMeasure)
        } catch let error as MapError {
            throw UsageError(error.description)
        }
        if let file = arguments.value("suggested") {
            options.suggestedTies = try PairList.read(file).map { pair in
                for id in [pair.source, pair.target] where graph.index(of: id) == nil {
                    throw InputError(file: file, line: pair.line, "no actor with id '\(id)' in this graph")
                }
                return SuggestedTie(source: pair.source, target: pair.target)
            }
        }
        let name = context.name
        let title = arguments.value("title") ?? (options.focus.flatMap { id in graph.index(of: id).map { "\(graph.actors[Int($0)].label) and its partners" } } ?? name)
        var notes: [String] = []
        if let types = view.relationTypes { notes.append("types: " + types.joined(separator: ", ")) }
        if let at = arguments.value("at") { notes.append("at \(at)") }
        if let from = arguments.value("from"), let to = arguments.value("to") { notes.append("\(from) to \(to)") }
        if options.strongOnly { notes.append("strong ties only") }
        if let minimum = options.minStrength { notes.append("strength ≥ \(NumberFormat.shortest(minimum))") }
        if options.focus != nil { notes.append("radius \(radius)") }
        var style = StyleOptions(title: title, subtitle: notes.isEmpty ? nil : notes.joined(separator: "; "),
                                 colourBy: arguments.value("colour-by"), dpi: dpi, maximumPixels: maximumPixels)
        style.colourValues = analysisColouring?.values(context)
        style.membershipOnlyNetworks = context.profiledActors == nil ? 0 : context.membershipOnlyNetworks.count
        let rendered: MapRenderer.RenderedMap
        do {
            var map = try MapBuilder.build(graph, options: options)
            // Too many actors to draw one by one legibly: the overview the report draws,
            // unless asked for every actor (a DOT file is not drawn here, so it keeps them).
            if StandardMap.needsOverview(map) && !arguments.flag("every-actor") && format != .dot {
                let communities = CommunityReport(context: context, leiden: LeidenOptions(), partitionAttribute: nil)
                map = StandardMap.overview(of: map, context: context, communities: communities)
            }
            rendered = try MapRenderer.render(graph, map: map, style: style, engine: engine, format: format)
        } catch let error as MapError {
            throw AnalysisError(error.description)
        } catch let error as RenderError {
            throw AnalysisError(error.description)
        }
        try AtomicFile.write(rendered.data, to: output)
        let written = output == "-" ? "the map to standard output" : output
        if let overview = rendered.map.overview {
            console.err("Note: \(overview.selectedActors) actors are more than a map draws legibly one by one (\(overview.actorLimit)): "
                        + "drew an overview of \(overview.communities.count) communities with the \(rendered.map.actors.count) most central actors; "
                        + "--every-actor draws them all, --focus one actor's neighbourhood\n")
            console.err("Wrote \(written) (overview: \(overview.communities.count) communities, \(rendered.map.actors.count) core actors, "
                        + "\(overview.selectedActors) actors and \(overview.selectedTies) ties in all, \(rendered.engine.rawValue))\n")
        } else {
            console.err("Wrote \(written) (\(rendered.map.actors.count) actors, \(rendered.map.ties.count) ties, \(rendered.engine.rawValue))\n")
        }
        return 0
    }

    /// `--two-mode`: the memberships drawn as a two-mode network (``TwoModeMap``).
    static func renderTwoMode(_ arguments: ParsedArguments, context: AnalysisContext, output: String, format: RenderFormat,
                              engine: LayoutEngine?, dpi: Int?, maximumPixels: Int, console: Console) throws -> Int32 {
        let tieOnly = ["size-by", "colour-by", "min-strength", "strong-only", "focus", "radius", "highlight", "suggested",
                       "labels", "isolates", "component", "types", "memberships", "weighted"]
        if let option = tieOnly.first(where: arguments.has) {
            throw UsageError("'--\(option)' chooses among ties; --two-mode draws the memberships, where it does not apply")
        }
        let graph = context.graph
        if graph.memberships.isEmpty {
            throw AnalysisError("\(context.name) has no memberships (memberships.csv: member, network): there is no two-mode network to draw")
        }
        let twoMode: TwoModeGraph
        do {
            twoMode = try TwoModeGraph(graph, options: TwoModeOptions(window: context.viewOptions.window, nested: .split))
        } catch let error as TwoModeError {
            throw TwoModeCommand.membershipError(error, graph: graph, path: arguments.positional(0) ?? "")
        }
        var options = TwoModeMap.Options(title: arguments.value("title") ?? context.name, engine: engine, dpi: dpi, maximumPixels: maximumPixels)
        options.labelAllBelow = 60
        let rendered: (data: Data, engine: LayoutEngine)
        do {
            rendered = try TwoModeMap.render(twoMode, model: graph, options: options, format: format)
        } catch let error as RenderError {
            throw AnalysisError(error.description)
        }
        try AtomicFile.write(rendered.data, to: output)
        if !twoMode.nestedActors.isEmpty {
            let ids = twoMode.nestedActors.map { graph.actors[Int($0)].id }
            console.err("Note: \(ids.count) \(ids.count == 1 ? "actor is" : "actors are") both a member and a network, drawn once in each mode: \(TextList.folded(ids, limit: 5))\n")
        }
        console.err("Wrote \(output == "-" ? "the map to standard output" : output) (\(twoMode.actorCount) actors, \(twoMode.networkCount) networks, \(twoMode.edgeCount) memberships, \(rendered.engine.rawValue))\n")
        return 0
    }
}
