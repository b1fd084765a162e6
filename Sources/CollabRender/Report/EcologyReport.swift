import CollabGraph
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
/// Conventions: centrality and brokerage on the undirected, unweighted collapsed view of
/// all records (the defaults of `collab centrality` and `collab brokerage`), Gould–Fernandez
/// roles by `group` (default `sector`); collaboration with the default rubric unless one
/// is given; the timeline by year when records are dated.
public struct EcologyReport: Sendable {
    /// Inputs and choices.
    public struct Options: Sendable {
        public var title: String?
        /// Focus actors; empty: every anchor institution, up to `maximumDefaultFoci`.
        public var focus: [String]
        public var group: String
        public var rubric: StrengthRubric
        public var maximumDefaultFoci: Int

        public init(title: String? = nil, focus: [String] = [], group: String = "sector",
                    rubric: StrengthRubric = .standard, maximumDefaultFoci: Int = 3) {
            self.title = title
            self.focus = focus
            self.group = group
            self.rubric = rubric
            self.maximumDefaultFoci = maximumDefaultFoci
        }
    }

    /// One output file.
    public struct File: Sendable {
        public var name: String
        public var data: Data
    }

    public var files: [File]

    /// How many recommended partnerships each focus map draws.
    static let suggestionsDrawn = 5

    /// The measures behind the page, computed once and shared by the page and the tables.
    struct Analyses {
        var graph: CollaborationGraph
        var graphName: String
        var title: String
        var group: String
        var summary: GraphSummary
        var centrality: CentralityTable
        var brokerage: BrokerageTables.ActorTable
        var cutPoints: [CutPoint]
        var collaboration: CollaborationReport
        var foci: [Int]
        /// The brokerage gaps of each focus actor, in the order of `foci`.
        var gaps: [FocusGaps]

        func centralityValue(_ measure: CentralityMeasure, _ actor: Int) -> Double? {
            centrality.column(measure).flatMap { $0.undefinedReason == nil ? $0.values[actor] : nil }
        }

        func brokerageValue(_ column: String, _ actor: Int) -> Double? {
            guard let index = brokerage.table.columns.firstIndex(of: column) else { return nil }
            return brokerage.table.rows[actor][index].number
        }
    }

    /// Computes every analysis and renders the page, the maps and the tables, all in
    /// memory: nothing is written until everything has succeeded.
    public init(graph: CollaborationGraph, graphName: String, options: Options = Options()) throws {
        let analyses = try EcologyReport.analyse(graph, graphName: graphName, options: options)
        var files: [File] = []
        var baseMap = MapOptions(labels: .automatic)
        baseMap.sizeValues = analyses.centrality.column(.betweenness)?.values
        baseMap.sizeMeasure = StandardMap.defaultSizeMeasure
        baseMap = try StandardMap.measured(graph, options: baseMap, rubric: options.rubric)
        let mapStyle = StyleOptions(title: analyses.title, subtitle: nil, colourBy: nil)
        let svg = try MapRenderer.render(graph, options: baseMap, style: mapStyle, engine: nil, format: .svg)
        let png = try MapRenderer.render(graph, options: baseMap, style: mapStyle, engine: nil, format: .png)
        var focusMaps: [Int: Data] = [:]
        for (focus, gaps) in zip(analyses.foci, analyses.gaps) {
            var options = baseMap
            options.focus = graph.actors[focus].id
            options.radius = 1
            options.labels = .all
            // The best recommended partnerships, drawn dashed in the suggestion colour.
            options.suggestedTies = gaps.recommendations.prefix(EcologyReport.suggestionsDrawn).map {
                SuggestedTie(source: graph.actors[focus].id, target: graph.actors[$0.target].id)
            }
            let style = StyleOptions(title: "\(graph.actors[focus].label) and its partners", subtitle: nil, colourBy: nil)
            let map = try MapRenderer.render(graph, options: options, style: style, engine: nil, format: .svg)
            focusMaps[focus] = map.data
            let id = EcologyReport.fileSafe(graph.actors[focus].id)
            files.append(File(name: "focus-\(id).svg", data: map.data))
            let json = GapReport.json(gaps, graph: graph, graphName: graphName, top: nil).serialized() + "\n"
            files.append(File(name: "gaps-\(id).json", data: Data(json.utf8)))
        }
        let page = ReportPage(analyses: analyses, map: svg.data, focusMaps: focusMaps).html()
        files.insert(File(name: "index.html", data: Data(page.utf8)), at: 0)
        files.insert(File(name: "map.svg", data: svg.data), at: 1)
        files.insert(File(name: "map.png", data: png.data), at: 2)
        files.append(File(name: "actors.csv", data: Data(EcologyReport.actorsCSV(analyses).utf8)))
        files.append(File(name: "ties.csv", data: Data(analyses.collaboration.table.csv(graph: graph).utf8)))
        files.append(File(name: "collaboration.json", data: Data((analyses.collaboration.json().serialized() + "\n").utf8)))
        self.files = files
    }

    static func analyse(_ graph: CollaborationGraph, graphName: String, options: Options) throws -> Analyses {
        let view = graph.view()
        var foci: [Int] = []
        for id in options.focus {
            guard let index = graph.index(of: id) else {
                let hint = Suggestions.closest(to: id, in: graph.actors.map(\.id)).first.map { " (did you mean '\($0)'?)" } ?? ""
                throw ReportError("no actor with id '\(id)'\(hint)")
            }
            foci.append(Int(index))
        }
        if options.focus.isEmpty {
            foci = graph.actors.indices.filter { graph.actors[$0].kind == "anchor" }
            // The best-connected anchors first, in load order among equals.
            foci.sort { view.partners.degree($0) != view.partners.degree($1) ? view.partners.degree($0) > view.partners.degree($1) : $0 < $1 }
            foci = Array(foci.prefix(options.maximumDefaultFoci))
        }
        let groups = ActorGroups(graph: graph, attribute: options.group)
        let hasDates = graph.dateRange != nil
        let collaboration = CollaborationReport(graph: graph, graphName: graphName, rubric: options.rubric,
                                                groupBy: options.group, timeline: hasDates ? .year : nil)
        return Analyses(
            graph: graph, graphName: graphName, title: options.title ?? graphName, group: options.group,
            summary: GraphSummary(graph),
            centrality: view.centrality(CentralityOptions()),
            brokerage: BrokerageTables.actors(graph: graph, view: view, weighted: false, groups: groups, zScores: false),
            cutPoints: Bridges.structure(of: view).cutPoints,
            collaboration: collaboration, foci: foci,
            gaps: foci.map { FocusGaps.analyse(graph: graph, viewOptions: ViewOptions(), focus: $0,
                                               options: GapOptions(groupAttribute: options.group)) })
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

