import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation

/// `collab change GRAPH --waves W1,W2,…` (or several datasets as waves): what changed from
/// wave to wave.
struct ChangeCommand: CollabCommand {
    static let spec = CommandSpec(
        name: "change",
        abstract: "Change across waves: ties kept, gained and lost, actors in and out, verdict, brokers, ladder, catalysis, communities.",
        discussion: """
        Observes the system at several waves and compares each wave with the next. A wave is
        a date (YYYY-MM-DD: the records active on that day, as --at), a year or month
        (2016, 2016-03: the records active at any time in it) or a window FROM..TO
        (2016..2018: from FROM's first day to TO's last day). --waves-every year (or
        'N years', 'N months') cuts the records' date range into calendar periods. Give
        several datasets instead (collab change survey-2016/ survey-2019/) to compare
        separate observations: actors are matched by id, after --aliases FILE (alias,id;
        see docs/data-format.md) has merged aliases within each dataset and mapped them onto
        ids of the others.
        Per transition: ties kept (N11), gained (N01) and lost (N10), the Hamming distance
        N01 + N10 and the Jaccard index N11 / (N01 + N10 + N11) of Snijders, van de Bunt &
        Steglich (2010), with a warning below 0.3; actors entered and left (present = has a
        tie in the wave); the verdict and each criterion in both waves; brokers rising and
        falling by betweenness, effective size and constraint (actors in both waves); pairs in
        both waves that moved up or down the co-production ladder and, when the records
        carry a direction, one-way → two-way; catalysis: ties among each focus actor's
        partners of --partner-kind (default sme) before and after; community continuity
        (Leiden per wave, NMI, splits and merges as Greene, Doyle & Cunningham 2010) and
        cohesion per wave. Records without dates count in every wave. See docs/change.md.
        """,
        arguments: [ArgumentSpec("graph", variadic: true, help: "A dataset folder or graph file; several of them are waves in the order given.")],
        options: GraphInput.loadOptions
            + GraphInput.viewOptions.filter { !["at", "from", "to"].contains($0.long) }
            + [
                OptionSpec("waves", value: "list", help: "Comma-separated waves: dates (2016-01-01), years or months (2016, 2016-03) or windows (2016..2018), in time order."),
                OptionSpec("waves-every", value: "step", help: "Waves of 'year', 'N years' or 'N months' over the records' date range."),
                GraphInput.weightedOption,
                GraphInput.focusOption,
                OptionSpec("partner-kind", value: "kind", help: "Catalysis counts the ties among the focus actors' partners of this kind (default sme)."),
                OptionSpec("top", value: "n", help: "Brokers rising and falling to list per measure (default 5)."),
                OptionSpec("seed", value: "n", help: "Seed of the Leiden runs per wave (default 1)."),
                GraphInput.rubricOption,
                OptionSpec("maps", value: "dir", help: "Also write small-multiple maps, one SVG and PNG per wave with every actor in the same place, and an index.html that shows them side by side."),
                OptionSpec("export", value: "siena", then: "dir", help: "Also write the waves in another program's layout: 'siena DIR' writes one adjacency matrix per wave, the composition change, actor covariates and a siena.R that reads them into RSiena."),
                OptionSpec("export-siena", value: "dir", help: "The same as --export siena DIR."),
                TableOutput.tableOption("transitions, waves, actors, ties, brokers, ladder, catalysis, communities"),
            ] + GraphInput.outputOptions(formats: [.text, .csv, .json]),
        examples: [
            "collab change Datasets/east-london --waves 2016,2017,2018",
            "collab change Datasets/east-london --waves-every year --focus newham-college --format json",
            "collab change ../shared/datasets/cordis-h2020/london --undirected --waves 2015,2018,2021 --partner-kind employer",
            "collab change survey-2016/ survey-2019/ --aliases aliases.csv --table ties -o change.csv",
            "collab change Datasets/east-london --waves 2016,2018 --export siena siena-waves/",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = try GraphInput.format(arguments, [.text, .csv, .json])
        let paths = arguments.positionals
        let top = try arguments.integer("top", range: 1 ... 1000) ?? 5
        let seed = try arguments.integer("seed") ?? 1
        let partnerKind = arguments.value("partner-kind") ?? "sme"
        if arguments.has("table") && format != .csv { throw UsageError("'--table' picks a CSV table: give --format csv") }
        var notes: [String] = []

        // The graphs and the waves.
        var graphs: [CollaborationGraph] = []
        var waves: [Wave?] = []
        var labels: [String] = []
        var alignment: ActorAlignment?
        if paths.count == 1 {
            var loadArguments = arguments
            loadArguments.positionals = [paths[0]]
            let graph = try GraphInput.load(loadArguments, console: console)
            let base = try GraphInput.viewOptions(loadArguments, graph: graph)
            let list = try waveList(arguments, graph: graph, base: base, notes: &notes)
            graphs = Array(repeating: graph, count: list.count)
            waves = list
            labels = list.map(\.label)
        } else {
            if arguments.has("waves") || arguments.has("waves-every") {
                throw UsageError("give either several datasets (each one wave) or --waves/--waves-every on one dataset, not both")
            }
            for path in paths {
                var loadArguments = arguments
                loadArguments.positionals = [path]
                graphs.append(try GraphInput.loadUnmerged(loadArguments, console: console))
                waves.append(nil)
                labels.append(GraphInput.displayName(path))
            }
            if Set(labels).count < labels.count { labels = paths }
            // --aliases merges within each dataset and maps ids onto the other datasets'.
            graphs = try GraphInput.mergeAliases(graphs, arguments, names: labels, console: console)
            let aligned = ActorAlignment(graphs: graphs)
            for k in 0 ..< graphs.count - 1 where aligned.sharedActorCount(k, k + 1) == 0 {
                throw AnalysisError("\(labels[k]) and \(labels[k + 1]) share no actor id: nothing can be compared. Map their ids onto each other with --aliases FILE (alias,id)")
            }
            alignment = aligned
        }

        // One context per wave.
        var contexts: [AnalysisContext] = []
        for (w, graph) in graphs.enumerated() {
            var settings = AnalysisSettings()
            settings.direction = try GraphInput.direction(arguments)
            var loadArguments = arguments
            loadArguments.positionals = [paths[min(w, paths.count - 1)]]
            settings.view = try GraphInput.viewOptions(loadArguments, graph: graph)
            settings.view.window = waves[w]?.window
            settings.weighted = arguments.flag("weighted")
            settings.defaultGroup = false
            if let file = arguments.value("rubric") {
                settings.rubric = try StrengthRubric.load(file)
                settings.rubricSource = file
            }
            contexts.append(try AnalysisContext(graph: graph, name: labels[w], settings: settings))
        }
        // A wave the user named that holds no dated record is an error (undated records
        // count in every wave, so they alone say nothing about it); a generated one is a note.
        if arguments.has("waves") {
            try checkNamedWaves(waves.compactMap { $0 }, graph: graphs[0])
            for (w, wave) in waves.enumerated() where wave != nil && contexts[w].view.tieCount == 0 {
                throw AnalysisError("wave \(labels[w]) holds no tie: no dated record is active \(wave!.isDay ? "on" : "in") \(ChangeOutput.period(wave))\(dateRangeText(graphs[0]))")
            }
        }
        if let warning = contexts[0].directionWarning { console.err("Note: \(warning).\n") }
        let focusNames = arguments.values("focus").flatMap { $0.split(separator: ",", omittingEmptySubsequences: true).map(String.init) }
        let result = try ChangeAnalysis.run(contexts: contexts, waves: waves, labels: labels, alignment: alignment,
                                            focusNames: focusNames, partnerKind: partnerKind, top: top,
                                            seed: UInt64(seed))
        var analysis = result
        analysis.notes = notes + result.notes
        let title = paths.count == 1 ? GraphInput.displayName(paths[0]) : labels.joined(separator: ", ")

        if let directory = try sienaDirectory(arguments) {
            // Attributes that tell the actors apart (two values or more among them): a
            // constant covariate has nothing to explain.
            let covariates = ["kind", "sector", "tier", "locality"].filter { attribute in
                Set(analysis.actors.indices.filter { u in analysis.waves.contains { $0.present[u] } }.compactMap { analysis.actors[$0].value(of: attribute) }).count >= 2
            }
            let export = SienaExport(views: analysis.waves.map(\.view), labels: labels, waves: waves,
                                     actors: analysis.actors, covariates: covariates)
            try OutputFolder.write(export.files, to: directory, owned: { $0.hasSuffix(".dat") || $0 == "siena.R" || $0.hasSuffix(".csv") })
            console.err("Note: wrote the RSiena files for \(export.actorCount) actors (present in some wave) and \(analysis.waves.count) waves to \(directory)\n")
        }

        if let directory = arguments.value("maps") {
            let maps = try ChangeMaps.render(actors: analysis.actors, views: analysis.waves.map(\.view), labels: labels)
            let files = labels.indices.map { "wave-\($0 + 1).svg" }
            var note = "\(title): \(maps.present) actors have a tie in some wave"
            note += maps.drawn < maps.present ? "; the \(maps.drawn) with the most partners over all waves are drawn." : "; all are drawn."
            note += " Every actor keeps one place (a layout of all waves together)."
            var output = zip(files, maps.svgs).map { OutputFolder.File(name: $0, data: $1) }
            output += zip(files, maps.pngs).map { OutputFolder.File(name: $0.replacingOccurrences(of: ".svg", with: ".png"), data: $1) }
            output.append(OutputFolder.File(name: "index.html", data: Data(ChangeMaps.page(title: "How \(title) changed", labels: labels, files: files, note: note).utf8)))
            try OutputFolder.write(output, to: directory, owned: { $0.hasSuffix(".svg") || $0.hasSuffix(".png") || $0 == "index.html" })
            console.err("Note: wrote \(files.count) maps and index.html to \(directory)\n")
        }

        switch format {
        case .json:
            try console.emit(ChangeOutput.json(analysis, title: title).serialized() + "\n", to: arguments.value("output"))
        case .csv:
            for note in analysis.notes { console.err("Note: \(note)\n") }
            try TableOutput.emitCSV(ChangeOutput.tables(analysis), arguments: arguments, console: console)
        case .text:
            var text = ChangeOutput.text(analysis, title: title)
            for note in analysis.notes { text += "Note: \(note)\n" }
            try console.emit(text, to: arguments.value("output"))
        }
        return 0
    }

    /// The folder of `--export siena DIR` (or its alias `--export-siena DIR`), nil when not asked for.
    static func sienaDirectory(_ arguments: ParsedArguments) throws -> String? {
        let export = arguments.values("export")
        if export.count >= 2 {
            guard export[0].lowercased() == "siena" else {
                throw UsageError("'--export' writes 'siena' (RSiena's layout), got '\(export[0])': give --export siena DIR")
            }
            if arguments.has("export-siena") { throw UsageError("give either --export siena DIR or --export-siena DIR, not both") }
            return export[1]
        }
        return arguments.value("export-siena")
    }

    /// The waves of `--waves` or `--waves-every`, checked for order.
    static func waveList(_ arguments: ParsedArguments, graph: CollaborationGraph, base: ViewOptions,
                         notes: inout [String]) throws -> [Wave] {
        let list: [Wave]
        switch (arguments.value("waves"), arguments.value("waves-every")) {
        case (nil, nil):
            throw UsageError("give the waves: --waves 2016,2017,2018 (dates, years or FROM..TO windows) or --waves-every year; or several datasets")
        case (_?, _?):
            throw UsageError("give either --waves or --waves-every, not both")
        case (let text?, nil):
            do { list = try Wave.parseList(text) } catch let error as WaveParseError {
                throw UsageError(message(error, option: "--waves"))
            }
        case (nil, let text?):
            let step: WaveStep
            do { step = try WaveStep(parsing: text) } catch let error as WaveParseError {
                throw UsageError(message(error, option: "--waves-every"))
            }
            guard let range = recordDateRange(graph, base) else {
                throw AnalysisError("no record has a date: --waves-every needs dated records (start, end); give datasets or --waves instead")
            }
            list = Wave.every(step, over: range)
            guard list.count <= 200 else {
                throw UsageError("--waves-every \(text) makes \(list.count) waves over \(range.lowerBound) to \(range.upperBound); at most 200: take a longer step")
            }
            notes.append("waves every \(text) over the records' dates, \(range.lowerBound) to \(range.upperBound)")
        }
        guard list.count >= 2 else { throw UsageError("a change needs at least two waves, got \(list.count)") }
        switch Wave.orderProblem(list) {
        case .outOfOrder(let i)?:
            throw UsageError("waves out of order: '\(list[i].label)' (from \(list[i].first)) comes after '\(list[i - 1].label)' (from \(list[i - 1].first)); give them in time order")
        case .overlapping(let i)?:
            notes.append("waves '\(list[i - 1].label)' and '\(list[i].label)' overlap: a record active in both counts as a kept tie")
        case nil:
            break
        }
        let undated = graph.ties.filter { $0.start == nil && $0.end == nil }.count
        if undated > 0 {
            notes.append("\(undated) record\(undated == 1 ? " has" : "s have") no dates and count\(undated == 1 ? "s" : "") in every wave")
        }
        return list
    }

    /// Waves the user named must reach the records: one outside the records' dates, or in
    /// which no dated record is active, is an error (undated records count in every wave,
    /// so they alone say nothing about it).
    static func checkNamedWaves(_ waves: [Wave], graph: CollaborationGraph) throws {
        let range = recordDateRange(graph, ViewOptions())
        for wave in waves {
            if let range, wave.first > range.upperBound || wave.last < range.lowerBound {
                throw AnalysisError("wave \(wave.label) (\(ChangeOutput.period(wave))) lies outside the records' dates, \(range.lowerBound) to \(range.upperBound): only open-ended or undated records would reach it")
            }
            let dated = graph.ties.contains { ($0.start != nil || $0.end != nil) && wave.window.contains(start: $0.start, end: $0.end) }
            if !dated {
                throw AnalysisError("wave \(wave.label) holds no tie: no dated record is active \(wave.isDay ? "on" : "in") \(ChangeOutput.period(wave))\(dateRangeText(graph))")
            }
        }
    }

    static func message(_ error: WaveParseError, option: String) -> String {
        switch error {
        case .malformed(let text): "'\(option)' expects dates (YYYY-MM-DD, YYYY-MM, YYYY) or windows FROM..TO, got '\(text)'"
        case .reversed(let text, let from, let to): "'\(option)' window '\(text)' runs backwards (\(from) is after \(to))"
        case .empty: "'\(option)' has an empty wave: give dates or windows separated by commas"
        case .malformedStep(let text): "'\(option)' expects 'year', 'N years' or 'N months', got '\(text)'"
        }
    }

    /// The earliest and latest date of the records a view keeps (type filter; memberships
    /// when they enter the view).
    static func recordDateRange(_ graph: CollaborationGraph, _ options: ViewOptions) -> ClosedRange<Day>? {
        let keep = options.relationTypes.map { Set($0.map(RelationLadder.normalise)) }
        var low: Day?, high: Day?
        func see(_ day: Day?) {
            guard let day else { return }
            if low == nil || day < low! { low = day }
            if high == nil || day > high! { high = day }
        }
        for tie in graph.ties {
            if let keep, !keep.contains(RelationLadder.normalise(graph.typeName(of: tie))) { continue }
            see(tie.start); see(tie.end)
        }
        if options.memberships != .ignore {
            for m in graph.memberships { see(m.start); see(m.end) }
        }
        guard let low, let high else { return nil }
        return low ... high
    }

    static func dateRangeText(_ graph: CollaborationGraph) -> String {
        guard let range = recordDateRange(graph, ViewOptions()) else { return "" }
        return " (the records run from \(range.lowerBound) to \(range.upperBound))"
    }
}
