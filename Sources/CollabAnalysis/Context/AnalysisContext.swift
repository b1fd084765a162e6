import CollabGraph

/// The choices of one analysis run: what the data is taken to be and which view of it
/// every analysis shares. Built by the command line from its options (or by a library
/// user directly), resolved against the graph by ``AnalysisContext``.
public struct AnalysisSettings: Sendable {
    /// `--directed` / `--undirected`: overrides the dataset's declared direction. nil:
    /// the declaration decides (records are read as directed when nothing is declared).
    public var direction: RecordDirection?
    /// Relation types, time window and memberships of the views (`directed` is set from
    /// `direction`: only `--directed` asks for directed views).
    public var view: ViewOptions
    /// Use tie weights (path measures by 1/weight).
    public var weighted: Bool
    /// The attribute that groups actors (sector, locality…); nil: see `defaultGroup`.
    public var groupAttribute: String?
    /// Without `groupAttribute`: group by `sector` when actors have it (the report, gaps),
    /// or not at all (brokerage roles, which need an explicit choice).
    public var defaultGroup: Bool
    /// Focus actors as typed (ids or exact labels); empty: see ``FocusPolicy``.
    public var focus: [String]
    /// How focus actors are chosen when none are given.
    public var focusPolicy: FocusPolicy
    /// The tie-strength rubric and where it came from (nil: built in).
    public var rubric: StrengthRubric
    public var rubricSource: String?
    /// Worker threads for path measures (nil: all cores).
    public var threads: Int?

    public init(direction: RecordDirection? = nil, view: ViewOptions = ViewOptions(), weighted: Bool = false,
                groupAttribute: String? = nil, defaultGroup: Bool = true, focus: [String] = [], focusPolicy: FocusPolicy = .none,
                rubric: StrengthRubric = .standard, rubricSource: String? = nil, threads: Int? = nil) {
        self.direction = direction
        self.view = view
        self.weighted = weighted
        self.groupAttribute = groupAttribute
        self.defaultGroup = defaultGroup
        self.focus = focus
        self.focusPolicy = focusPolicy
        self.rubric = rubric
        self.rubricSource = rubricSource
        self.threads = threads
    }
}

/// How focus actors are chosen when the user names none.
public enum FocusPolicy: Sendable, Equatable {
    /// No focus actors.
    case none
    /// Up to `count` anchor institutions (kind `anchor`), most partners first; when no
    /// actor is an anchor, the `count` actors of highest betweenness.
    case defaultAnchors(count: Int)
}

/// The focus actors of a run and how they were chosen (stated on pages and on stderr).
public struct FocusSelection: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        /// Named by the user.
        case given
        /// The best-connected anchor institutions.
        case anchors
        /// No actor is an anchor: the most central actors by betweenness.
        case mostCentral
        /// None asked for.
        case none
    }
    public var actors: [Int32]
    public var origin: Origin
}

/// One immutable analysis context per run: the dataset, its declaration, the settings
/// resolved against it, and every view, table and grouping the analyses share, each
/// built once (memoised) however many analyses ask for it.
///
/// Every command and every section of the report takes the context instead of deciding
/// for itself what the data is; so direction, groups, focus actors, rubric and filters
/// are the same everywhere in one run.
///
/// - Direction: the effective ``RecordDirection`` is the command line's, else the
///   dataset's declaration, else directed (records read source → target, as the data
///   format documents). Views are undirected collapsed graphs unless `--directed` asks
///   for directed ones.
/// - Memoisation: views by their ``ViewOptions``; groups by attribute; the tie-strength
///   table and the centrality of the main view once. `buildCounts` reports how often each
///   was built (tests hold the report to one build per distinct option set).
public final class AnalysisContext: Sendable {
    public let graph: CollaborationGraph
    /// The dataset's name as shown to the user (its folder or file name).
    public let name: String
    public let settings: AnalysisSettings
    /// The effective direction of records and where it came from.
    public let direction: RecordDirection
    public let directionOrigin: String
    /// The options of the main view (relation types, window, memberships, directed).
    public let viewOptions: ViewOptions
    /// The grouping attribute, validated (nil when the actors have no group attribute).
    public let groupAttribute: String?
    /// Why there is no group attribute, when there is none (for notes in the output).
    public let groupNote: String?
    /// Focus actors named in the settings, resolved (nil: none named).
    private let namedFocus: [Int32]?

    /// Every result of the run, each built once (``ResultStore``).
    let store = ResultStore()

    /// How many times each shared result was built in this context.
    public struct BuildCounts: Sendable, Equatable {
        /// Builds per key (every key asked for should read 1).
        public var byKey: [ResultKey: Int]

        public var views: [ViewOptions: Int] {
            var views: [ViewOptions: Int] = [:]
            for (key, count) in byKey { if case .view(let options) = key { views[options] = count } }
            return views
        }
        public var strengthTables: Int { byKey[.tieStrengths] ?? 0 }
        public var centralityTables: Int { total(.centrality) }
        public var groupings: [String: Int] {
            var groupings: [String: Int] = [:]
            for (key, count) in byKey { if case .groups(let attribute) = key { groupings[attribute] = count } }
            return groupings
        }
        /// Builds of every result of `kind`, over all its keys.
        public func total(_ kind: ResultKind) -> Int { byKey.filter { $0.key.kind == kind }.values.reduce(0, +) }
        /// Keys built more than once (empty when each result was computed once).
        public var repeated: [ResultKey] { byKey.filter { $0.value > 1 }.map(\.key) }
    }

    public var buildCounts: BuildCounts { BuildCounts(byKey: store.buildCounts) }

    public var declaration: DatasetDeclaration { graph.declaration }
    /// The direction given on the command line or declared by the dataset; nil when
    /// neither says (records are then read as directed, but nothing was stated).
    public var statedDirection: RecordDirection? { settings.direction ?? graph.declaration.direction }
    public var rubric: StrengthRubric { settings.rubric }
    public var weighted: Bool { settings.weighted }
    public var recordsAreDirected: Bool { direction.isDirected }

    /// Resolves `settings` against `graph`: direction, group attribute and focus actors.
    /// Throws ``RequestError`` for a group attribute no actor has or a focus actor that
    /// does not exist (with what exists and the closest matches).
    public convenience init(graph: CollaborationGraph, name: String, settings: AnalysisSettings = AnalysisSettings()) throws {
        let group = try AnalysisContext.resolveGroup(settings.groupAttribute, defaultGroup: settings.defaultGroup, in: graph)
        let focus = try settings.focus.isEmpty ? nil : AnalysisContext.resolveFocus(settings.focus, graph: graph)
        self.init(graph: graph, name: name, settings: settings, group: group, namedFocus: focus)
    }

    /// The context of `graph` as it declares itself: no filters, no focus, groups by
    /// `sector` when present. Nothing to resolve, so it cannot fail.
    public convenience init(graph: CollaborationGraph, name: String) {
        let group = AnalysisContext.defaultGroup(in: graph)
        self.init(graph: graph, name: name, settings: AnalysisSettings(), group: group, namedFocus: nil)
    }

    private init(graph: CollaborationGraph, name: String, settings: AnalysisSettings,
                 group: (attribute: String?, note: String?), namedFocus: [Int32]?) {
        self.graph = graph
        self.name = name
        self.settings = settings
        if let direction = settings.direction {
            self.direction = direction
            let declared = graph.declaration.direction.map { " (the dataset declares \($0.rawValue)" + (graph.declaration.directionSource.map { " in \($0)" } ?? "") + ")" } ?? ""
            directionOrigin = "--\(direction.rawValue)" + declared
        } else if let declared = graph.declaration.direction {
            self.direction = declared
            directionOrigin = "declared" + (graph.declaration.directionSource.map { " in \($0)" } ?? "")
        } else {
            self.direction = .directed
            directionOrigin = "not declared, so read as source → target; give --undirected if the records carry no direction"
        }
        var viewOptions = settings.view
        viewOptions.directed = settings.direction != .undirected && (settings.view.directed || settings.direction == .directed)
        self.viewOptions = viewOptions
        (groupAttribute, groupNote) = group
        self.namedFocus = namedFocus
        membershipOnlyNetworks = AnalysisContext.membershipOnlyNetworks(in: graph)
        profiledActors = AnalysisContext.profiledActors(excluding: membershipOnlyNetworks, actorCount: graph.actorCount,
                                                        memberships: viewOptions.memberships)
    }

    /// The focus actors: those named, else as the settings' ``FocusPolicy`` says (chosen
    /// on the main view, once).
    public var focus: FocusSelection {
        if let namedFocus { return FocusSelection(actors: namedFocus, origin: .given) }
        return store.value(.focus) {
            if case .defaultAnchors(let count) = settings.focusPolicy, graph.actorCount > 0 {
                return defaultFocus(count: count)
            }
            return FocusSelection(actors: [], origin: .none)
        }
    }

    /// Up to `count` anchors by number of partners in the main view (load order among
    /// equals); without anchors, the `count` actors of highest betweenness.
    private func defaultFocus(count: Int) -> FocusSelection {
        let partners = view.partners
        let anchors = (0 ..< Int32(graph.actorCount)).filter { graph.actors[Int($0)].actorKind == .anchor }
        if !anchors.isEmpty {
            return FocusSelection(actors: Ranking.top(count, of: anchors) { Double(partners.degree(Int($0))) }, origin: .anchors)
        }
        let betweenness = centrality.column(.betweenness)?.values ?? []
        let everyone = Array(0 ..< Int32(graph.actorCount))
        return FocusSelection(actors: Ranking.top(count, of: everyone) { betweenness[Int($0)] }, origin: .mostCentral)
    }

    /// Actors that appear only as the network side of memberships and in no tie record:
    /// projects, forums and boards known only by who belongs to them (2,790 H2020
    /// projects in the CORDIS London data). With memberships ignored they are not part of
    /// the tie network, and counting them as isolates would call any such system
    /// fragmented.
    public let membershipOnlyNetworks: [Int32]

    /// The actors whole-system profiles count: with memberships ignored, everyone but the
    /// ``membershipOnlyNetworks``; nil when that is everyone (or memberships are in the view).
    public let profiledActors: [Bool]?

    static func membershipOnlyNetworks(in graph: CollaborationGraph) -> [Int32] {
        guard !graph.memberships.isEmpty else { return [] }
        var inTies = [Bool](repeating: false, count: graph.actorCount)
        for actor in graph.ties.sources { inTies[Int(actor)] = true }
        for actor in graph.ties.targets { inTies[Int(actor)] = true }
        var isNetwork = [Bool](repeating: false, count: graph.actorCount)
        var isMember = [Bool](repeating: false, count: graph.actorCount)
        for membership in graph.memberships {
            isNetwork[Int(membership.network)] = true
            isMember[Int(membership.member)] = true
        }
        return (0 ..< Int32(graph.actorCount)).filter { isNetwork[Int($0)] && !isMember[Int($0)] && !inTies[Int($0)] }
    }

    static func profiledActors(excluding networks: [Int32], actorCount: Int, memberships: MembershipMode) -> [Bool]? {
        guard memberships == .ignore, !networks.isEmpty else { return nil }
        var mask = [Bool](repeating: true, count: actorCount)
        for actor in networks { mask[Int(actor)] = false }
        return mask
    }

    /// A note saying which actors the profiles leave out, nil when none.
    public var profiledActorsNote: String? {
        guard let mask = profiledActors else { return nil }
        let left = mask.filter { !$0 }.count
        return "\(left) actors appear only as networks of memberships (projects, forums, boards with members but no tie record) and are left out of the components and profile; --memberships ties or co brings them in"
    }

    /// Whether direction was neither declared nor given and no pair has records both
    /// ways (with at least ten pairs): typical of undirected data (co-participation,
    /// co-authorship) read as directed, where every pair would count as one-way. Nothing
    /// is guessed: the data is still read as directed; the command line warns.
    public var directionUnstatedAndOneWay: Bool {
        guard statedDirection == nil else { return false }
        let arcs = arcCounts
        return arcs.arcs >= 10 && arcs.reciprocated == 0
    }

    /// The arcs of the main view's records read as arcs, and how many are reciprocated:
    /// from the directed view when it is built already, else from outgoing rows alone
    /// (every command asks this for its direction warning; few need the directed view).
    public var arcCounts: ArcCounts {
        store.value(.arcCounts) {
            var options = viewOptions
            options.directed = true
            if let built = store.existing(.view(options), as: GraphView.self) { return ArcCounts(built) }
            return graph.arcCounts(options)
        }
    }

    // MARK: - Memoised structures

    /// The view for `options`, built once per distinct option set.
    /// An undirected view is the `partners` rows of the directed view with the same
    /// filters when that one is built already (the same rows, bit for bit), not a second
    /// build of them.
    public func view(_ options: ViewOptions) -> GraphView {
        store.value(.view(options)) {
            if !options.directed {
                var directed = options
                directed.directed = true
                if let built = store.existing(.view(directed), as: GraphView.self) { return built.undirected }
            }
            return graph.view(options)
        }
    }

    /// The main view: the run's relation types, window and memberships; directed only
    /// with `--directed`.
    public var view: GraphView { view(viewOptions) }

    /// The main view's records read as arcs (same filters): reciprocity and one-way ties.
    public var directedView: GraphView {
        var options = viewOptions
        options.directed = true
        return view(options)
    }

    /// The main view's ties read as undirected (same filters).
    public var undirectedView: GraphView {
        var options = viewOptions
        options.directed = false
        return view(options)
    }

    /// The options of the tie-record view behind tie strength (undirected, memberships
    /// left out: dyads are pairs of tie records).
    public var strengthViewOptions: ViewOptions {
        var options = viewOptions
        options.directed = false
        options.memberships = .ignore
        options.includeTies = true
        return options
    }

    /// Tie strength of every dyad under the run's rubric, filters and direction. When the
    /// direction is neither declared nor given, reciprocity is measured only if some pair
    /// has records both ways (``StrengthOptions/directionEstablished``).
    public var tieStrengths: TieStrengthTable {
        store.value(.tieStrengths) {
            let options = StrengthOptions(view: strengthViewOptions, directedRecords: recordsAreDirected,
                                          directionEstablished: statedDirection != nil)
            return TieStrengthTable(graph: graph, rubric: rubric, options: options, view: view(strengthViewOptions))
        }
    }

    /// Every centrality measure of the main view (weighted as the run asks), once.
    public var centrality: CentralityTable {
        centrality(of: viewOptions, weighted: weighted)
    }

    /// Every centrality measure of the view for `options`, once per view and weighting,
    /// over the actors of the tie network (``centrality(of:options:)``).
    public func centrality(of options: ViewOptions, weighted: Bool) -> CentralityTable {
        store.value(.centrality(options, weighted: weighted)) {
            centrality(of: options, options: CentralityOptions(weighted: weighted, threads: settings.threads))
        }
    }

    /// The measures of `centralityOptions` on the view for `options`, computed over the
    /// actors of the tie network: with memberships left out of the view, the networks
    /// known only from memberships (``membershipOnlyNetworks``) are not actors of it, so
    /// they leave every normalising denominator (betweenness's (n − 1)(n − 2), closeness's
    /// n − 1, PageRank's jumps) and have NaN cells (``CentralityTable/population``). The
    /// main view's restriction is the memoised ``studyView``. Not memoised itself: the
    /// shared table is ``centrality(of:weighted:)``; this serves options of one command.
    public func centrality(of options: ViewOptions, options centralityOptions: CentralityOptions) -> CentralityTable {
        guard options.memberships == .ignore, !membershipOnlyNetworks.isEmpty else {
            return view(options).centrality(centralityOptions)
        }
        let induced: InducedView
        if options == viewOptions, let study = studyView.induced {
            induced = study
        } else {
            var mask = [Bool](repeating: true, count: graph.actorCount)
            for actor in membershipOnlyNetworks { mask[Int(actor)] = false }
            induced = InducedView(view(options), keeping: mask)
        }
        return induced.view.centrality(centralityOptions).spread(over: induced)
    }

    /// Actors grouped by `attribute`, once per attribute. Actors the profiles leave out
    /// (``profiledActors``) join the missing-value group, so their values (a project's
    /// programme) form no group of the tie network.
    public func groups(_ attribute: String) -> ActorGroups {
        store.value(.groups(attribute)) {
            let profiled = profiledActors
            let labels = graph.actors.indices.map { profiled?[$0] ?? true ? graph.actors[$0].value(of: attribute) : nil }
            return ActorGroups(labels: labels, attribute: attribute)
        }
    }

    /// The run's groups (nil when there is no group attribute).
    public var groups: ActorGroups? { groupAttribute.map(groups) }

    // MARK: - Resolution

    static func resolveGroup(_ requested: String?, defaultGroup: Bool, in graph: CollaborationGraph) throws -> (attribute: String?, note: String?) {
        if let requested {
            guard graph.actors.contains(where: { $0.value(of: requested) != nil }) else {
                throw unknownAttribute(requested, option: "--group", graph: graph)
            }
            return (requested, nil)
        }
        return defaultGroup ? AnalysisContext.defaultGroup(in: graph) : (nil, nil)
    }

    /// `sector` when actors have it, else no groups (with the note saying so).
    static func defaultGroup(in graph: CollaborationGraph) -> (attribute: String?, note: String?) {
        if graph.actors.contains(where: { $0.sector != nil }) { return ("sector", nil) }
        return (nil, "the actors have no sector attribute (choose a grouping with --group)")
    }

    /// The error for an attribute no actor has, with the attributes that exist and the
    /// closest of them.
    public static func unknownAttribute(_ attribute: String, option: String, graph: CollaborationGraph) -> RequestError {
        let known = graph.groupingAttributes
        return .unknownAttribute(attribute: attribute, option: option, known: known,
                                 suggestion: Suggestions.closest(to: attribute, in: known).first)
    }

    static func resolveFocus(_ names: [String], graph: CollaborationGraph) throws -> [Int32] {
        var actors: [Int32] = []
        for text in names {
            let actor = try graph.lookUpActor(text, option: "--focus")
            if !actors.contains(actor) { actors.append(actor) }
        }
        return actors
    }
}
