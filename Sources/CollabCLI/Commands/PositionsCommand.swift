import CollabGraph
import CollabAnalysis
import CollabOutput

/// `collab positions GRAPH --method euclidean|correlation|concor|rege`: who plays the same
/// role; `--competition KIND`: who competes for the same partners.
struct PositionsCommand: CollabCommand {
    static let methods = ["euclidean", "correlation", "concor", "rege"]
    /// Dense n × n matrices and O(n³) clustering: refused above this many actors.
    static let maximumActors = 2_000

    static let spec = CommandSpec(
        name: "positions",
        abstract: "Positions and competition: structural and regular equivalence, CONCOR, blockmodels, partners sought by several providers.",
        discussion: """
        Actors in the same position have the same kind of ties: to the same others
        (structural equivalence: euclidean distance or correlation of their tie profiles,
        as R's sna::sedist, then hierarchical clustering cut into --positions groups;
        CONCOR, Breiger, Boorman & Arabie 1975, as the R package concorR, in --splits
        levels) or to the same kinds of others (regular equivalence: White's REGE, as
        blockmodeling::REGE.for, clustered on 1 - similarity). Ties count 1 each
        (--weighted: their summed weights). Prints id,position (positions from 1);
        --matrix the square matrix (distances, correlations or REGE similarities; CONCOR:
        the correlations it starts from), first column id and a header of the same ids;
        --blocks the blockmodel: each block's density, the image (1 where the density is at
        least --alpha, default the network's density) and its fit (cells that disagree
        with the image; R-squared of the cells on their block's density).
        --competition KIND compares the partner sets of the actors of that kind (e.g.
        anchor): pairs that share partners (Jaccard, shared partners by kind), and the
        partners that several of them reach ("multiple demands"; --partners KIND keeps one
        kind of partner). Actors of KIND are never partners facing multiple demands: one
        that others of its kind work with is their competitor (it still counts as a
        shared partner), as in the report's competition section. --magnet (directed
        views) gives each group's magnet index: ties received from every other group
        against ties sent to it, (R - S)/(R + S).
        Networks known only from memberships are left out. See docs/positions.md.
        """,
        arguments: [GraphInput.graphArgument],
        options: GraphInput.loadOptions + GraphInput.viewOptions + [
            GraphInput.weightedOption,
            OptionSpec("method", value: "name", help: "euclidean, correlation, concor or rege (default euclidean)."),
            OptionSpec("positions", value: "k", help: "Positions to cut the clustering into (euclidean, correlation, rege; default 4)."),
            OptionSpec("linkage", value: "name", help: "complete, average or single (default complete, as sna::equiv.clust)."),
            OptionSpec("splits", value: "levels", help: "CONCOR's levels of splitting: up to 2^levels positions (default 2)."),
            OptionSpec("matrix", help: "Print the square matrix the method compares actors by."),
            OptionSpec("blocks", help: "Print the blockmodel of the positions: densities, image and fit."),
            OptionSpec("alpha", value: "density", help: "The image's cut-off: a block is 1 at this density or above (default: the network's density)."),
            OptionSpec("competition", value: "kind", help: "Compare the partner sets of the actors of this kind (e.g. anchor) instead."),
            OptionSpec("partners", value: "kind", help: "With --competition, list multiple demands on partners of this kind only."),
            OptionSpec("magnet", help: "Each group's magnet index (directed views; groups by --group, default kind)."),
            GraphInput.groupOption,
            TableOutput.tableOption("positions, blocks, image, fit, overlap, demands, magnet"),
        ] + GraphInput.outputOptions(formats: [.csv, .json]),
        examples: [
            "collab positions Datasets/east-london --method correlation --positions 6",
            "collab positions Datasets/east-london --method concor --blocks",
            "collab positions Datasets/karate --method rege --matrix --format csv -o rege.csv",
            "collab positions Datasets/east-london --competition anchor --partners employer",
            "collab positions Datasets/east-london --directed --magnet",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.csv, .json])
        let method = arguments.value("method") ?? "euclidean"
        guard methods.contains(method) else {
            throw UsageError("'--method' must be one of \(methods.joined(separator: ", ")), got '\(method)'")
        }
        let linkageName = arguments.value("linkage") ?? "complete"
        guard let linkage = Linkage(rawValue: linkageName) else {
            throw UsageError("'--linkage' must be one of complete, average, single, got '\(linkageName)'")
        }
        let k = try positiveInteger(arguments, "positions", default: 4)
        let splits = try positiveInteger(arguments, "splits", default: 2)
        var alpha: Double? = nil
        if let text = arguments.value("alpha") {
            guard let value = Double(text), value >= 0, value <= 1 else { throw UsageError("'--alpha' must be a density between 0 and 1, got '\(text)'") }
            alpha = value
        }
        let context = try GraphInput.context(arguments, console: console)
        let (induced, studyNote) = context.studyView
        let view = induced?.view ?? context.view
        let actors = induced?.actors ?? Array(0 ..< context.graph.actorCount)
        let ids = actors.map { context.graph.actors[$0].id }
        var notes: [String] = studyNote.map { [$0] } ?? []
        guard view.nodeCount > 0 else { throw UsageError("the graph has no actors: there are no positions to find") }

        if arguments.flag("magnet") {
            guard view.isDirected else {
                throw UsageError("--magnet needs a directed view (who sent each tie): add --directed, or declare the records directed")
            }
            let attribute = arguments.value("group") ?? "kind"
            guard context.graph.actors.contains(where: { $0.value(of: attribute) != nil }) else {
                throw AnalysisContext.unknownAttribute(attribute, option: "--group", graph: context.graph)
            }
            let all = context.groups(attribute)
            let groups = induced?.groups(all) ?? all
            let magnet = MagnetIndex(view, groupOf: groups.groupOf, groupCount: groups.count, weighted: context.weighted)
            let rows: [[BrokerageCell]] = (0 ..< groups.count).map { g in
                var r = 0.0, s = 0.0
                for h in 0 ..< groups.count where h != g { r += magnet.received[g][h]; s += magnet.sent[g][h] }
                return [.text(groups.names[g]), .count(groups.sizes[g]), .number(r), .number(s), .number(magnet.index(g))]
            }
            let table = BrokerageTable(name: "magnet", columns: [groups.attribute ?? "group", "actors", "received", "sent", "magnet"], rows: rows)
            try TableOutput.emit([table], format: format, context: context, notes: notes, arguments: arguments, console: console)
            return 0
        }

        if let kind = arguments.value("competition") {
            let kinds = context.graph.actors.map(\.kind)
            guard kinds.contains(kind) else {
                throw UsageError("no actor has kind '\(kind)'; kinds here: \(Array(Set(kinds)).sorted().joined(separator: ", "))")
            }
            let groups = ActorGroups(labels: actors.map { context.graph.actors[$0].kind }, attribute: "kind")
            let overlap = PartnerOverlap(view, focal: actors.map { context.graph.actors[$0].kind == kind },
                                         groupOf: groups.groupOf, groupCount: groups.count)
            var mask: [Bool]? = nil
            if let partner = arguments.value("partners") {
                guard kinds.contains(partner) else {
                    throw UsageError("no actor has kind '\(partner)'; kinds here: \(Array(Set(kinds)).sorted().joined(separator: ", "))")
                }
                mask = actors.map { context.graph.actors[$0].kind == partner }
            }
            notes.append("\(overlap.focal.count) actors of kind \(kind); partners read undirected, each counted once")
            try TableOutput.emit(PositionTables.competition(overlap, ids: ids, labels: actors.map { context.graph.actors[$0].label },
                                                                   groups: groups, partnerMask: mask), format: format,
                                 context: context, notes: notes, arguments: arguments, console: console)
            return 0
        }

        guard view.nodeCount <= maximumActors else {
            throw UsageError("positions compare every pair of actors (a \(view.nodeCount) × \(view.nodeCount) matrix): at most \(maximumActors) actors; narrow the view (--types, --at, --from/--to) or use --competition")
        }
        let weighted = context.weighted
        let matrix: SquareMatrix
        var positions: [Int32]
        switch method {
        case "concor":
            let result = view.concor(ConcorOptions(splits: splits, weighted: weighted))
            positions = result.positions
            matrix = view.structuralEquivalence(.correlation, weighted: weighted)
            if !result.converged { notes.append("CONCOR did not converge within 51 iterations in some block") }
        case "rege":
            guard view.isDirected || weighted else {
                throw UsageError("--method rege needs a directed view or --weighted: on undirected 0/1 ties every actor with a tie is regularly equivalent to every other")
            }
            matrix = view.regularEquivalence(RegularEquivalenceOptions(weighted: weighted))
            let distance = SquareMatrix(order: matrix.order, values: matrix.values.map { 1 - $0 })
            positions = distance.hierarchicalClustering(linkage).cut(clusters: min(k, view.nodeCount))
        default:
            let measure = EquivalenceMeasure(rawValue: method)!
            matrix = view.structuralEquivalence(measure, weighted: weighted)
            let distance = measure == .euclidean ? matrix : SquareMatrix(order: matrix.order, values: matrix.values.map { 1 - $0 })
            positions = distance.hierarchicalClustering(linkage).cut(clusters: min(k, view.nodeCount))
        }
        if arguments.flag("matrix") {
            try TableOutput.emit([PositionTables.matrix(ids: ids, matrix: matrix)], format: format, context: context,
                                 notes: notes, arguments: arguments, console: console)
            return 0
        }
        var tables = [PositionTables.positions(ids: ids, positions: positions)]
        if arguments.flag("blocks") {
            tables = PositionTables.blockmodel(Blockmodel(view, positions: positions, alpha: alpha)) + tables
        }
        try TableOutput.emit(tables, format: format, context: context, notes: notes, arguments: arguments, console: console)
        return 0
    }

    static func positiveInteger(_ arguments: ParsedArguments, _ name: String, default value: Int) throws -> Int {
        guard let text = arguments.value(name) else { return value }
        guard let number = Int(text), number >= 1 else { throw UsageError("'--\(name)' must be a whole number of at least 1, got '\(text)'") }
        return number
    }
}
