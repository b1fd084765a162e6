import CollabGraph

/// The measures behind the report page, computed once from one context and shared by the
/// page, its maps and its tables (``AnalysisContext/reportAnalyses(title:scenario:stage:)``).
public struct ReportAnalyses: Sendable {
    public var context: AnalysisContext
    public var title: String
    public var summary: GraphSummary
    public var centrality: CentralityTable
    public var brokerage: BrokerageTables.ActorTable
    public var cutPoints: [CutPoint]
    public var collaboration: CollaborationReport
    public var foci: [Int]
    /// The brokerage gaps of each focus actor, in the order of `foci`.
    public var gaps: [FocusGaps]
    /// Cohesion of the study actors' view, and homophily by the run's groups (nil without
    /// a group attribute).
    public var cohesion: CohesionSummary
    public var homophily: HomophilyAnalysis?
    /// Leiden communities (modularity, γ = 1, seeded) and their agreement with sector
    /// and locality.
    public var communities: CommunityReport
    public var communityComparisons: [CommunityReport.Comparison]
    /// Borgatti–Everett core and periphery.
    public var corePeriphery: CorePeripheryReport
    /// Freeman centralization of the study actors' view (degree, betweenness, closeness).
    public var centralization: Centralization?
    /// Competition for partners among the providers, and the partners facing multiple
    /// demands (nil when no provider kind can be told).
    public var competition: CompetitionReport?
    /// Conditional uniform graph tests of reciprocity, transitivity and E–I
    /// (``ChanceTests``; nil when none is defined on the graph).
    public var chanceTests: ChanceTests?
    /// The scenario's before → after, when one was given.
    public var scenario: WhatIfComparison?
    /// What the main map draws: the main view's ties (undirected), sized by betweenness,
    /// rated by the run's strength table; labels where they matter.
    public var map: ActorMap
    /// What each focus map draws (in the order of `foci`): the focus and its partners, all
    /// labelled, with its best recommended partnerships as suggested ties.
    public var focusMaps: [ActorMap]
    /// How the system changed across waves (`collab report --waves`); nil without waves.
    public var change: ChangeAnalysis?
    /// The memberships as a two-mode network (networks' composition, interlocks, actors'
    /// spread, core/periphery); nil when the dataset has no memberships.
    public var twoMode: TwoModeReport?
    /// When the main map is an overview (``MapOverview``): one map per community the page
    /// lets a reader open actor by actor, its most central members (in the order of the
    /// overview's communities, the first ``ReportAnalyses/communityMapsDrawn``); nil otherwise.
    public var communityMaps: [ActorMap]?

    /// Sections the report leaves out at this size, each with what it would have cost
    /// (the page says so where the section would stand; the commands compute them).
    public var omitted: [ReportOmission] = []

    /// Memberships the report analyses as a two-mode network at most: its path measures
    /// over actors and networks together grow as (actors + networks) × memberships.
    public static let twoModeMembershipLimit = 50_000

    /// How many recommended partnerships each focus map draws.
    public static let suggestionsDrawn = 5
    /// Communities of an overview that can be opened actor by actor.
    public static let communityMapsDrawn = 12
    /// The most actors a community map or a focus map draws, all labelled: a page-wide
    /// figure (about 1,000 × 750 px) gives each of 150 labels 5,000 px² (a 9-pt name of
    /// 20 characters takes about 100 × 25 px, and its actor as much again).
    public static let labelledMapLimit = 150

    public var graph: CollaborationGraph { context.graph }
    public var graphName: String { context.name }
    /// The grouping attribute, nil when the actors have none.
    public var group: String? { context.groupAttribute }
    /// The word for a group in headings ("sector", or "group" without an attribute).
    public var groupName: String { group ?? "group" }
    /// An actor's group value (empty without a group attribute).
    public func groupValue(_ actor: Actor) -> String { group.flatMap { actor.value(of: $0) } ?? "" }
    /// Whether records carry direction (reciprocity measured).
    public var reciprocityMeasured: Bool { collaboration.table.measured.reciprocity }

    public func centralityValue(_ measure: CentralityMeasure, _ actor: Int) -> Double? {
        centrality.column(measure).flatMap { $0.undefinedReason == nil && centrality.measures(actor) ? $0.values[actor] : nil }
    }

    public func brokerageValue(_ column: BrokerageColumn, _ actor: Int) -> Double? { brokerage.value(column, actor: actor) }
}

/// A section the report leaves out because the network is too large for it.
public enum ReportOmission: Sendable, Equatable {
    /// The chance tests: `ties` × ``ChanceTests/reportMinimumDraws`` exceed
    /// ``ChanceTests/reportTieDrawBudget``.
    case chanceTests(ties: Int)
    /// The competition section: more than ``CompetitionReport/reportProviderLimit`` providers.
    case competition(providers: Int)
    /// The two-mode section: more than ``ReportAnalyses/twoModeMembershipLimit`` memberships.
    case twoMode(memberships: Int)
}

/// A report that cannot be made from the data and settings given.
public enum ReportProblem: Error, Sendable {
    /// The what-if scenario does not apply to the graph.
    case scenario(ScenarioError)
}

/// The report's path-search lane: centrality and what reads it, and the focus maps.
private struct PathLane: Sendable {
    let centrality: CentralityTable
    let brokerage: BrokerageTables.ActorTable
    let cutPoints: [CutPoint]
    let centralization: Centralization
    let providers: Int
    let competition: CompetitionReport?
    let chanceTests: ChanceTests?
    let focusMaps: Result<[ActorMap], any Error>
}

/// The report's other lane: the collaboration profile, gaps, groups, communities, the core
/// and the main map.
private struct GroupLane: Sendable {
    let collaboration: CollaborationReport
    let gaps: [FocusGaps]
    let cohesion: CohesionSummary
    let homophily: HomophilyAnalysis?
    let communities: CommunityReport
    let comparisons: [CommunityReport.Comparison]
    let corePeriphery: CorePeripheryReport
    let maps: Result<(ActorMap, [ActorMap]?), any Error>
}

extension AnalysisContext {
    /// Every analysis the report shows, each from the context's memoised results; `stage`
    /// is called as each stage starts, for progress on a terminal.
    public func reportAnalyses(title: String?, scenario changes: Scenario?, change request: ChangeRequest? = nil,
                               stage: (@Sendable (String) -> Void)?) throws -> ReportAnalyses {
        let context = self
        let foci = context.focus.actors.map { Int($0) }
        // Two lanes that do not wait for each other: the path searches (centrality, both
        // cores, then what reads it — centralization after the table, so it reuses it) and
        // the collaboration profile, gaps, groups, communities and main map. What both need
        // is built once in the store; the output does not depend on the interleaving.
        let (paths, groups) = ConcurrentPair.run(sequentially: settings.threads == 1, {
            stage?("centrality")
            let centrality = context.centrality
            stage?("brokerage")
            let brokerage = context.brokerage
            let cutPoints = context.cuts.cutPoints
            stage?("centralization and competition")
            let centralization = context.centralization
            let providers = context.competitionProviders
            let competition = providers > CompetitionReport.reportProviderLimit ? nil : context.competition
            stage?("chance tests")
            let chanceTests = context.chanceTests
            if !foci.isEmpty { stage?("focus maps") }
            let focusMaps = Result { try foci.map { try context.reportFocusMap($0) } }
            return PathLane(centrality: centrality, brokerage: brokerage, cutPoints: cutPoints, centralization: centralization,
                            providers: providers, competition: competition, chanceTests: chanceTests, focusMaps: focusMaps)
        }, {
            stage?("collaboration profile")
            let hasDates = context.graph.dateRange != nil
            let collaboration = CollaborationReport(context: context, groupBy: context.groupAttribute, timeline: hasDates ? .year : nil)
            let gaps = foci.map { focus -> FocusGaps in
                stage?("brokerage gaps of \(context.graph.actors[focus].label)")
                return context.focusGaps(Int32(focus))
            }
            stage?("cohesion and homophily")
            let cohesion = context.studyCohesion
            let homophily = context.studyHomophily
            stage?("communities")
            let communities = CommunityReport(context: context, leiden: LeidenOptions(), partitionAttribute: nil)
            let comparisons = context.comparedAttributes().map { communities.comparison(with: $0, context: context) }
            stage?("core and periphery")
            let corePeriphery = CorePeripheryReport(context: context, options: CorePeripheryOptions())
            stage?("main map")
            let maps = Result { try context.reportMainMap(communities: communities, stage: stage) }
            return GroupLane(collaboration: collaboration, gaps: gaps, cohesion: cohesion, homophily: homophily, communities: communities,
                             comparisons: comparisons, corePeriphery: corePeriphery, maps: maps)
        })
        let (centrality, brokerage, cutPoints) = (paths.centrality, paths.brokerage, paths.cutPoints)
        let (centralization, providers, competition, chanceTests) = (paths.centralization, paths.providers, paths.competition, paths.chanceTests)
        let (collaboration, gaps, cohesion, homophily) = (groups.collaboration, groups.gaps, groups.cohesion, groups.homophily)
        let (communities, comparisons, corePeriphery) = (groups.communities, groups.comparisons, groups.corePeriphery)
        var scenario: WhatIfComparison?
        if let changes {
            stage?("scenario")
            do {
                scenario = try WhatIfComparison.compare(context, scenario: changes, focus: context.focus.actors)
            } catch let error as ScenarioError {
                throw ReportProblem.scenario(error)
            }
        }
        var change: ChangeAnalysis?
        if let request {
            stage?("change across \(request.waves.count) waves")
            change = try changeAnalysis(request)
        }
        var twoModeReport: TwoModeReport?
        var omitted: [ReportOmission] = []
        if providers > CompetitionReport.reportProviderLimit {
            omitted.append(.competition(providers: providers))
        }
        if chanceTests == nil {
            omitted.append(.chanceTests(ties: (context.studyView.induced?.view ?? context.view).tieCount))
        }
        if graph.memberships.count > ReportAnalyses.twoModeMembershipLimit {
            omitted.append(.twoMode(memberships: graph.memberships.count))
        } else if !graph.memberships.isEmpty {
            stage?("memberships as a two-mode network")
            twoModeReport = try twoMode(TwoModeRequest(groupAttribute: groupAttribute))
        }
        let (map, communityMaps) = try groups.maps.get()
        let focusMaps = try paths.focusMaps.get()
        return ReportAnalyses(
            context: context, title: title ?? context.declaration.title ?? context.name,
            summary: context.summary, centrality: centrality, brokerage: brokerage, cutPoints: cutPoints,
            collaboration: collaboration, foci: foci, gaps: gaps, cohesion: cohesion, homophily: homophily, communities: communities,
            communityComparisons: comparisons, corePeriphery: corePeriphery, centralization: centralization,
            competition: competition, chanceTests: chanceTests.flatMap { $0.tests.isEmpty ? nil : $0 }, scenario: scenario,
            map: map, focusMaps: focusMaps, change: change, twoMode: twoModeReport,
            communityMaps: communityMaps, omitted: omitted)
    }

    /// The options every map of the report starts from: the undirected view of the run,
    /// actors sized by betweenness (the run's centrality table), ties rated by its rubric.
    func reportMapOptions() -> MapOptions {
        var options = MapOptions(view: viewOptions, labels: .automatic)
        options.view.directed = false
        options.arrows = statedDirection.map(\.isDirected)
        options.sizeValues = centrality.column(.betweenness)?.values
        options.sizeMeasure = StandardMap.defaultSizeMeasure
        options.strengthTable = tieStrengths
        options.rubric = rubric
        return options
    }

    /// The report's main map, and when it is too large to draw one by one, its overview
    /// with the largest communities' own maps.
    func reportMainMap(communities: CommunityReport, stage: (@Sendable (String) -> Void)?) throws -> (ActorMap, [ActorMap]?) {
        let full = try MapBuilder.build(graph, options: reportMapOptions())
        guard StandardMap.needsOverview(full) else { return (full, nil) }
        stage?("overview map")
        let map = StandardMap.overview(of: full, context: self, communities: communities)
        let communityMaps = map.overview!.communities.prefix(ReportAnalyses.communityMapsDrawn).map {
            MapOverview.communityMap($0, of: full, limit: ReportAnalyses.labelledMapLimit)
        }
        return (map, communityMaps)
    }

    /// A focus actor's map: its partners (the most central, all labelled) and its best
    /// recommended partnerships drawn dashed in the suggestion colour.
    func reportFocusMap(_ focus: Int) throws -> ActorMap {
        var options = reportMapOptions()
        options.focus = graph.actors[focus].id
        options.radius = 1
        options.labels = .all
        options.suggestedTies = focusGaps(Int32(focus)).recommendations.prefix(ReportAnalyses.suggestionsDrawn).map {
            SuggestedTie(source: graph.actors[focus].id, target: graph.actors[$0.target].id)
        }
        return MapOverview.mostCentral(try MapBuilder.build(graph, options: options), limit: ReportAnalyses.labelledMapLimit)
    }

    /// The attributes communities are compared with: the run's group attribute, then
    /// sector and locality when the actors have them.
    func comparedAttributes() -> [String] {
        let context = self
        var attributes: [String] = []
        for attribute in [context.groupAttribute, "sector", "locality"].compactMap({ $0 })
        where !attributes.contains(attribute) && context.graph.actors.contains(where: { $0.value(of: attribute) != nil }) {
            attributes.append(attribute)
        }
        return attributes
    }
}
