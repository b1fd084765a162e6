import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// What `collab report` writes: one self-contained HTML page (`index.html`, inline SVG and
/// CSS, a few lines of inline script to sort tables, no external URLs) with the map and
/// the analyses of a collaboration ecology, and the tables behind every number on it.
///
/// Files: `index.html`, `map.svg`, `map.png`, `actors.csv` (every centrality and brokerage
/// measure per actor), `ties.csv` (per-pair tie strength), `collaboration.json` (profile,
/// verdict, groups, tiers, timeline) and, per focus actor, `focus-<id>.svg` (its
/// neighbourhood with the best recommended partnerships drawn dashed) and `gaps-<id>.json`
/// (its brokerage gaps, as `collab gaps --format json` writes them).
///
/// Conventions: every section reads one ``AnalysisContext``: its view (direction,
/// filters, memberships, weighting), its groups (default `sector`; none on data without a
/// group attribute, and the group sections say so), its focus actors (default: the three
/// best-connected anchors, else the three most central by betweenness) and its rubric,
/// which reaches the collaboration profile, the gaps sections and the maps alike. Each
/// view, tie-strength table and centrality table is built once; each map is laid out once
/// (SVG and PNG from the same layout). The timeline is by year when records are dated.
public struct EcologyReport: Sendable {
    /// Choices beyond the context.
    public struct Options: Sendable {
        public var title: String?
        /// A what-if scenario (``Scenario``) to show beside the system as it is: its
        /// before → after comparison on the page and in `scenario.json`.
        public var scenario: Scenario?
        /// Called as each stage starts ("centrality", "map", …), for progress on a terminal.
        public var stage: (@Sendable (String) -> Void)?
        /// Waves to compare: the section "How the system changed", its small multiples
        /// (`change-wave-N.svg`) and `change.json`.
        public var change: ChangeRequest?
        /// Write every recommendation and every list in `gaps-<id>.json` (default: the
        /// best ``EcologyReport/gapsListed`` recommendations and as many entries per list,
        /// with what was left out counted in the file).
        public var fullGaps: Bool

        public init(title: String? = nil, scenario: Scenario? = nil, change: ChangeRequest? = nil,
                    stage: (@Sendable (String) -> Void)? = nil, fullGaps: Bool = false) {
            self.title = title
            self.scenario = scenario
            self.change = change
            self.stage = stage
            self.fullGaps = fullGaps
        }
    }

    /// One output file.
    public struct File: Sendable {
        public var name: String
        public var data: Data
    }

    public var files: [File]
    /// How the focus actors were chosen, when the user did not name them (for stderr).
    public var focusExplanation: String?

    /// How many focus actors the report picks when none are named.
    public static let defaultFocusCount = 3
    /// Recommendations (and entries per list) in `gaps-<id>.json` unless `fullGaps`.
    public static let gapsListed = 50

    /// Computes every analysis and renders the page, the maps and the tables, all in
    /// memory: nothing is written until everything has succeeded.
    public init(context: AnalysisContext, options: Options = Options()) throws {
        let analyses = try context.reportAnalyses(title: options.title, scenario: options.scenario, change: options.change, stage: options.stage)
        let graph = context.graph
        focusExplanation = context.focus.explanation { graph.actors[Int($0)].label }
        var files: [File] = []
        var mapStyle = StyleOptions(title: analyses.title, subtitle: nil, colourBy: context.groupAttribute)
        mapStyle.membershipOnlyNetworks = context.profiledActors == nil ? 0 : context.membershipOnlyNetworks.count
        let maps = try MapRenderer.render(graph, map: analyses.map, style: mapStyle, engine: nil, formats: [.svg, .png])
        let svg = maps[0], png = maps[1]
        var focusMaps: [Int: Data] = [:]
        for (focus, (gaps, focusMap)) in zip(analyses.foci, zip(analyses.gaps, analyses.focusMaps)) {
            options.stage?("focus map of \(graph.actors[focus].label)")
            let style = StyleOptions(title: "\(graph.actors[focus].label) and its partners", subtitle: nil, colourBy: context.groupAttribute)
            let map = try MapRenderer.render(graph, map: focusMap, style: style, engine: nil, format: .svg)
            focusMaps[focus] = map.data
            let id = EcologyReport.fileSafe(graph.actors[focus].id)
            files.append(File(name: "focus-\(id).svg", data: map.data))
            let limit = options.fullGaps ? nil : EcologyReport.gapsListed
            let json = GapReport.json(gaps, graph: graph, graphName: context.name, top: limit, listLimit: limit)
                .withView(of: context).serialized() + "\n"
            files.append(File(name: "gaps-\(id).json", data: Data(json.utf8)))
        }
        var changeMaps: [Data] = []
        if let change = analyses.change {
            options.stage?("maps of \(change.waves.count) waves")
            changeMaps = try ChangeMaps.render(actors: change.actors, views: change.waves.map(\.view), labels: change.waves.map(\.label)).svgs
            for (w, svg) in changeMaps.enumerated() { files.append(File(name: "change-wave-\(w + 1).svg", data: svg)) }
            files.append(File(name: "change.json", data: Data((ChangeOutput.json(change, title: analyses.title).serialized() + "\n").utf8)))
        }
        var communityMaps: [Data] = []
        for (community, communityMap) in zip(analyses.map.overview?.communities ?? [], analyses.communityMaps ?? []) {
            options.stage?("map of community \(community.number)")
            let style = StyleOptions(title: "Community \(community.number), actor by actor", subtitle: nil, colourBy: context.groupAttribute)
            communityMaps.append(try MapRenderer.render(graph, map: communityMap, style: style, engine: nil, format: .svg).data)
        }
        options.stage?("page and tables")
        let page = ReportPage(analyses: analyses, map: svg.data, focusMaps: focusMaps, communityMaps: communityMaps, changeMaps: changeMaps).html()
        files.insert(File(name: "index.html", data: Data(page.utf8)), at: 0)
        files.insert(File(name: "map.svg", data: svg.data), at: 1)
        files.insert(File(name: "map.png", data: png.data), at: 2)
        files.append(File(name: "actors.csv", data: Data(EcologyReport.actorsCSV(analyses).utf8)))
        files.append(File(name: "ties.csv", data: Data(analyses.collaboration.table.csv(graph: graph).utf8)))
        files.append(File(name: "collaboration.json", data: Data((analyses.collaboration.json().serialized() + "\n").utf8)))
        if let scenario = analyses.scenario {
            let json = WhatIfReport.json(scenario, before: graph, graphName: context.name, maxHops: 2).withView(of: context).serialized() + "\n"
            files.append(File(name: "scenario.json", data: Data(json.utf8)))
        }
        files.append(File(name: "communities.csv", data: Data(analyses.communities.csv().utf8)))
        files.append(File(name: "core-periphery.csv", data: Data(analyses.corePeriphery.csv().utf8)))
        files += EcologyReport.positionAndChanceFiles(analyses)
        let methods = EcologyReport.methods(analyses)
        files.append(File(name: "methods.md", data: Data(methods.markdown.utf8)))
        files.append(File(name: "references.bib", data: Data(methods.bibtex.utf8)))
        self.files = files
    }

    /// `competition.json` (centralization; the providers' overlap and multiple demands, as
    /// `collab cohesion` and `collab positions --competition` write them) and
    /// `chance-tests.json` (the chance tests' `tests` and `histogram`, as `collab test`).
    static func positionAndChanceFiles(_ a: ReportAnalyses) -> [File] {
        let graph = a.graph
        var files: [File] = []
        var pairs: [(String, JSONValue)] = []
        if let c = a.centralization { pairs.append(("centralization", PositionTables.centralizationJSON(c))) }
        if let c = a.competition {
            pairs.append(("provider_kind", .string(c.providerKind)))
            let tables = PositionTables.competition(c.overlap, ids: c.actors.map { graph.actors[$0].id },
                                                    labels: c.actors.map { graph.actors[$0].label }, groups: c.kinds, partnerMask: nil)
            pairs += tables.map { ($0.name, $0.json) }
        }
        if !pairs.isEmpty {
            let json = JSONValue.object(pairs).withView(of: a.context).serialized() + "\n"
            files.append(File(name: "competition.json", data: Data(json.utf8)))
        }
        if let chance = a.chanceTests {
            let runs = chance.tests.map { InferenceOutput.TestRun(statistic: $0.name, test: $0.test, directed: $0.directed) }
            let json = JSONValue.object(InferenceOutput.testTables(runs).map { ($0.name, $0.json) }).withView(of: a.context).serialized() + "\n"
            files.append(File(name: "chance-tests.json", data: Data(json.utf8)))
        }
        return files
    }

    /// `id,label,kind,<attributes>,<centrality measures>,<brokerage columns>`, one row per
    /// actor in load order.
    static func actorsCSV(_ a: ReportAnalyses) -> String {
        let graph = a.graph
        let leading = ["id", "label", "kind"] + graph.actorAttributeNames
        let centralityNames = a.centrality.columns.map(\.measure.rawValue)
        let brokerage = a.brokerage.table
        let brokerageIndices = brokerage.columns.indices.filter {
            !leading.contains(brokerage.columns[$0]) && !centralityNames.contains(brokerage.columns[$0])
        }
        var csv = CSVWriter(header: leading + centralityNames + brokerageIndices.map { brokerage.columns[$0] })
        for (u, actor) in graph.actors.enumerated() {
            var row = [actor.id, actor.label, actor.kind] + graph.actorAttributeNames.map { actor.attributes[$0] ?? "" }
            // Empty where undefined, and for actors outside the tie network (not measured).
            row += a.centrality.columns.map { $0.undefinedReason == nil && a.centrality.measures(u) ? NumberFormat.shortest($0.values[u]) : "" }
            row += brokerageIndices.map { brokerage.rows[u][$0].text }
            csv.row(row)
        }
        return csv.text
    }

    /// The measures the page shows, for its methods section and `methods.md`.
    static let measuresShown: [MethodsMeasure] = [
        .betweenness, .degree, .closeness, .harmonic, .eigenvector, .pagerank, .coreness, .structuralHoles,
        .brokerageRoles, .bridges, .tieStrength, .clustering, .components, .verdict, .communities, .corePeriphery,
        .homophily, .centralization, .competition, .chanceTests, .map,
    ]

    /// `methods.md` and `references.bib` for the page's measures on the run's view.
    static func methods(_ a: ReportAnalyses) -> (markdown: String, bibtex: String) {
        let context = a.context
        let direction = (context.viewOptions.directed ? "directed view" : "undirected view")
            + " of \(context.direction.rawValue) records (\(context.directionOrigin))"
        var view = Methods.ViewDescription(options: context.viewOptions, direction: direction,
                                           weighted: context.weighted, rubric: context.rubric)
        if a.centrality.population != nil {
            let left = a.centrality.actorCount - a.centrality.populationCount
            view.population = "the \(a.centrality.populationCount) actors of the tie network. \(left) networks known only from memberships (no tie record, member of nothing) are not actors of it: they are left out of every count, component and profile, and of every normalising denominator (betweenness by (n − 1)(n − 2)/2, closeness by n − 1, PageRank's uniform jumps, density), n being the actors of the tie network"
        }
        let dataset = Methods.DatasetSource(declaration: context.declaration, fallbackTitle: a.title)
        let measures = measuresShown.filter { $0 != .brokerageRoles || a.group != nil }
            .filter { ($0 != .competition || a.competition != nil) && ($0 != .chanceTests || a.chanceTests != nil) }
            + (a.map.overview == nil ? [] : [.mapOverview])
            + (a.change == nil ? [] : [.change]) + (a.twoMode == nil ? [] : [.twoMode])
        return (Methods.markdown(measures: measures, view: view, dataset: dataset), Methods.bibtex(measures: measures, dataset: dataset))
    }

    /// A file-name-safe form of an actor id.
    static func fileSafe(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}
