import CollabGraph
import CollabAnalysis
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

        public init(title: String? = nil, scenario: Scenario? = nil, stage: (@Sendable (String) -> Void)? = nil) {
            self.title = title
            self.scenario = scenario
            self.stage = stage
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

    /// How many recommended partnerships each focus map draws.
    static let suggestionsDrawn = 5
    /// How many focus actors the report picks when none are named.
    public static let defaultFocusCount = 3

    /// The measures behind the page, computed once and shared by the page and the tables.
    struct Analyses {
        var context: AnalysisContext
        var title: String
        var summary: GraphSummary
        var centrality: CentralityTable
        var brokerage: BrokerageTables.ActorTable
        var cutPoints: [CutPoint]
        var collaboration: CollaborationReport
        var foci: [Int]
        /// The brokerage gaps of each focus actor, in the order of `foci`.
        var gaps: [FocusGaps]
        /// Cohesion and homophily in two sentences (``CohesionParagraph``).
        var cohesion: String
        /// Leiden communities (modularity, γ = 1, seeded) and their agreement with sector
        /// and locality.
        var communities: CommunityReport
        var communityComparisons: [CommunityReport.Comparison]
        /// Borgatti–Everett core and periphery.
        var corePeriphery: CorePeripheryReport
        /// The scenario's before → after, when one was given.
        var scenario: WhatIfComparison?

        var graph: CollaborationGraph { context.graph }
        var graphName: String { context.name }
        /// The grouping attribute, nil when the actors have none.
        var group: String? { context.groupAttribute }
        /// The word for a group in headings ("sector", or "group" without an attribute).
        var groupName: String { group ?? "group" }
        /// An actor's group value (empty without a group attribute).
        func groupValue(_ actor: Actor) -> String { group.flatMap { actor.value(of: $0) } ?? "" }
        /// Whether records carry direction (reciprocity measured).
        var reciprocityMeasured: Bool { collaboration.table.measured.reciprocity }

        func centralityValue(_ measure: CentralityMeasure, _ actor: Int) -> Double? {
            centrality.column(measure).flatMap { $0.undefinedReason == nil ? $0.values[actor] : nil }
        }

        func brokerageValue(_ column: BrokerageColumn, _ actor: Int) -> Double? { brokerage.value(column, actor: actor) }
    }

    /// Computes every analysis and renders the page, the maps and the tables, all in
    /// memory: nothing is written until everything has succeeded.
    public init(context: AnalysisContext, options: Options = Options()) throws {
        let analyses = try EcologyReport.analyse(context, options: options)
        let graph = context.graph
        focusExplanation = context.focus.explanation { graph.actors[Int($0)].label }
        var files: [File] = []
        options.stage?("main map")
        var baseMap = MapOptions(view: context.viewOptions, labels: .automatic)
        baseMap.view.directed = false
        baseMap.arrows = context.statedDirection.map(\.isDirected)
        baseMap.sizeValues = analyses.centrality.column(.betweenness)?.values
        baseMap.sizeMeasure = StandardMap.defaultSizeMeasure
        baseMap.strengthTable = context.tieStrengths
        baseMap = try StandardMap.measured(graph, options: baseMap, rubric: context.rubric)
        var mapStyle = StyleOptions(title: analyses.title, subtitle: nil, colourBy: context.groupAttribute)
        mapStyle.membershipOnlyNetworks = context.profiledActors == nil ? 0 : context.membershipOnlyNetworks.count
        let maps = try MapRenderer.render(graph, options: baseMap, style: mapStyle, engine: nil, formats: [.svg, .png])
        let svg = maps[0], png = maps[1]
        var focusMaps: [Int: Data] = [:]
        for (focus, gaps) in zip(analyses.foci, analyses.gaps) {
            options.stage?("focus map of \(graph.actors[focus].label)")
            var focusOptions = baseMap
            focusOptions.focus = graph.actors[focus].id
            focusOptions.radius = 1
            focusOptions.labels = .all
            // The best recommended partnerships, drawn dashed in the suggestion colour.
            focusOptions.suggestedTies = gaps.recommendations.prefix(EcologyReport.suggestionsDrawn).map {
                SuggestedTie(source: graph.actors[focus].id, target: graph.actors[$0.target].id)
            }
            let style = StyleOptions(title: "\(graph.actors[focus].label) and its partners", subtitle: nil, colourBy: context.groupAttribute)
            let map = try MapRenderer.render(graph, options: focusOptions, style: style, engine: nil, format: .svg)
            focusMaps[focus] = map.data
            let id = EcologyReport.fileSafe(graph.actors[focus].id)
            files.append(File(name: "focus-\(id).svg", data: map.data))
            let json = GapReport.json(gaps, graph: graph, graphName: context.name, top: nil).withView(of: context).serialized() + "\n"
            files.append(File(name: "gaps-\(id).json", data: Data(json.utf8)))
        }
        options.stage?("page and tables")
        let page = ReportPage(analyses: analyses, map: svg.data, focusMaps: focusMaps).html()
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
        let methods = EcologyReport.methods(analyses)
        files.append(File(name: "methods.md", data: Data(methods.markdown.utf8)))
        files.append(File(name: "references.bib", data: Data(methods.bibtex.utf8)))
        self.files = files
    }

    static func analyse(_ context: AnalysisContext, options: Options) throws -> Analyses {
        let graph = context.graph
        let view = context.view
        options.stage?("collaboration profile")
        let hasDates = graph.dateRange != nil
        let collaboration = CollaborationReport(context: context, groupBy: context.groupAttribute, timeline: hasDates ? .year : nil)
        options.stage?("centrality")
        let centrality = context.centrality
        let foci = context.focus.actors.map { Int($0) }
        options.stage?("brokerage")
        let brokerage = BrokerageTables.actors(graph: graph, view: view, weighted: context.weighted, groups: context.groups, zScores: false)
        let cutPoints = Bridges.structure(of: view).cutPoints
        let gaps = foci.map { focus -> FocusGaps in
            options.stage?("brokerage gaps of \(graph.actors[focus].label)")
            return FocusGaps.analyse(setting: context.gapSetting, focus: focus)
        }
        options.stage?("cohesion and homophily")
        let cohesion = CohesionParagraph.text(context: context)
        options.stage?("communities")
        let communities = CommunityReport(context: context, leiden: LeidenOptions(), partitionAttribute: nil)
        let comparisons = EcologyReport.comparedAttributes(context).map { communities.comparison(with: $0, context: context) }
        options.stage?("core and periphery")
        let corePeriphery = CorePeripheryReport(context: context, options: CorePeripheryOptions())
        var scenario: WhatIfComparison?
        if let changes = options.scenario {
            options.stage?("scenario")
            do {
                scenario = try WhatIfComparison.compare(context, scenario: changes, focus: context.focus.actors)
            } catch let error as ScenarioError {
                throw ReportError("the scenario cannot be applied: \(error.description)")
            }
        }
        return Analyses(
            context: context, title: options.title ?? context.declaration.title ?? context.name,
            summary: GraphSummary(context), centrality: centrality, brokerage: brokerage, cutPoints: cutPoints,
            collaboration: collaboration, foci: foci, gaps: gaps, cohesion: cohesion, communities: communities,
            communityComparisons: comparisons, corePeriphery: corePeriphery, scenario: scenario)
    }

    /// The attributes communities are compared with: the run's group attribute, then
    /// sector and locality when the actors have them.
    static func comparedAttributes(_ context: AnalysisContext) -> [String] {
        var attributes: [String] = []
        for attribute in [context.groupAttribute, "sector", "locality"].compactMap({ $0 })
        where !attributes.contains(attribute) && context.graph.actors.contains(where: { $0.value(of: attribute) != nil }) {
            attributes.append(attribute)
        }
        return attributes
    }

    /// `id,label,kind,<attributes>,<centrality measures>,<brokerage columns>`, one row per
    /// actor in load order.
    static func actorsCSV(_ a: Analyses) -> String {
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
            row += a.centrality.columns.map { $0.undefinedReason == nil ? NumberFormat.shortest($0.values[u]) : "" }
            row += brokerageIndices.map { brokerage.rows[u][$0].text }
            csv.row(row)
        }
        return csv.text
    }

    /// The measures the page shows, for its methods section and `methods.md`.
    static let measuresShown: [MethodsMeasure] = [
        .betweenness, .degree, .closeness, .harmonic, .eigenvector, .pagerank, .coreness, .structuralHoles,
        .brokerageRoles, .bridges, .tieStrength, .clustering, .components, .verdict, .communities, .corePeriphery,
        .homophily, .map,
    ]

    /// `methods.md` and `references.bib` for the page's measures on the run's view.
    static func methods(_ a: Analyses) -> (markdown: String, bibtex: String) {
        let context = a.context
        let direction = (context.viewOptions.directed ? "directed view" : "undirected view")
            + " of \(context.direction.rawValue) records (\(context.directionOrigin))"
        let view = Methods.ViewDescription(options: context.viewOptions, direction: direction,
                                           weighted: context.weighted, rubric: context.rubric)
        let dataset = Methods.DatasetSource(declaration: context.declaration, fallbackTitle: a.title)
        let measures = measuresShown.filter { $0 != .brokerageRoles || a.group != nil }
        return (Methods.markdown(measures: measures, view: view, dataset: dataset), Methods.bibtex(measures: measures, dataset: dataset))
    }

    /// A file-name-safe form of an actor id.
    static func fileSafe(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}

/// A report that cannot be made (an unknown focus, a map that cannot be drawn).
public struct ReportError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

