/// How memberships (actor ∈ network) enter a view.
public enum MembershipMode: Sendable, Hashable {
    /// Memberships are left out.
    case ignore
    /// Each membership becomes a tie member → network of weight 1.
    case ties
    /// Members of a network are tied to each other (the one-mode projection).
    case coMembership(CoMembershipWeighting)
}

/// The weight of a co-membership tie.
public enum CoMembershipWeighting: Sendable, Hashable {
    /// The number of networks the two actors share.
    case sharedNetworks
    /// Newman (2001): each shared network of n members adds 1/(n − 1).
    case newman
}

/// What a view keeps from the model.
public struct ViewOptions: Sendable, Hashable {
    /// Read each record as an arc source → target (otherwise as an undirected tie).
    public var directed: Bool
    /// Keep only records of these relation types (matched as ``RelationLadder/normalise(_:)``
    /// does); nil keeps all.
    public var relationTypes: [String]?
    /// Keep only records (and memberships) active in this window; undated ones always count.
    public var window: TimeWindow?
    /// How memberships enter the view.
    public var memberships: MembershipMode
    /// Whether tie records enter the view at all (false gives a pure co-membership view).
    public var includeTies: Bool

    public init(directed: Bool = false, relationTypes: [String]? = nil, window: TimeWindow? = nil,
                memberships: MembershipMode = .ignore, includeTies: Bool = true) {
        self.directed = directed
        self.relationTypes = relationTypes
        self.window = window
        self.memberships = memberships
        self.includeTies = includeTies
    }
}

/// An immutable analysis view of a collaboration graph: the collapsed simple graph over
/// every actor (same dense indices as the model), with parallel records summed into one
/// weight and self-loops set apart.
///
/// - `outgoing`: out-neighbours (undirected: all partners);
/// - `incoming`: in-neighbours (undirected: the same rows as `outgoing`);
/// - `partners`: the union of in- and out-partners with the *mutual* weight
///   w(u→v) + w(v→u) (undirected: the same rows as `outgoing`).
///
/// For an undirected view the three share one storage.
public struct GraphView: Sendable {
    public let isDirected: Bool
    public let outgoing: CompressedAdjacency
    public let incoming: CompressedAdjacency
    public let partners: CompressedAdjacency
    /// Summed weight of self-loop records per actor (kept out of the adjacency rows).
    public let selfLoopWeight: [Double]
    /// How many records (and membership-derived ties) entered the view.
    public let recordCount: Int

    public var nodeCount: Int { outgoing.nodeCount }

    /// Distinct ties: unordered pairs when undirected, arcs when directed.
    public var tieCount: Int { isDirected ? outgoing.entryCount : outgoing.entryCount / 2 }

    /// Sum of the weights of the distinct ties (self-loops excluded).
    public var totalWeight: Double {
        let sum = outgoing.weights.reduce(0, +)
        return isDirected ? sum : sum / 2
    }

    /// Density: ties over possible ties (n(n−1) arcs or n(n−1)/2 pairs); 0 for n < 2.
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        return Double(tieCount) / (isDirected ? n * (n - 1) : n * (n - 1) / 2)
    }

    /// Builds a view from raw records (ends, weights). Self-loops are summed into
    /// `selfLoopWeight`; everything else into the adjacency rows.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double], directed: Bool) {
        precondition(sources.count == targets.count && targets.count == weights.count)
        self.init(nodeCount: nodeCount, recordCount: sources.count, directed: directed) { record in
            for i in sources.indices { record(sources[i], targets[i], weights[i]) }
        }
    }

    /// Builds a view from records that `records` hands over one by one (source, target,
    /// weight), the same records in the same order each time it is called: a first pass
    /// counts the rows, the second fills them. No list of entries is made in between.
    /// For a directed view the partner rows and the arc rows (outgoing, incoming) are built
    /// side by side on two threads, each reading the records itself.
    ///
    /// Every row sums its parallel records in record order, as if each record u–v were
    /// followed at once by its mirror v–u: the rows of an undirected view are bit-for-bit
    /// symmetric, and the same as building from arrays of the records.
    ///
    /// - Complexity: O(n + r) plus the row sorts (see ``CompressedAdjacency/Builder``).
    init(nodeCount: Int, recordCount: Int, directed: Bool,
         records: @escaping @Sendable ((_ source: Int32, _ target: Int32, _ weight: Double) -> Void) -> Void) {
        var loops = [Double](repeating: 0, count: nodeCount)
        var rows = [CompressedAdjacency?](repeating: nil, count: 3)   // partners, outgoing, incoming
        loops.withSharedBuffer { loops in
            rows.withSharedBuffer { rows in
                Parallel.run(tasks: directed ? 2 : 1) { task in
                    if task == 0 {
                        var symmetric = CompressedAdjacency.Builder(nodeCount: nodeCount)
                        records { s, t, _ in
                            guard s != t else { return }
                            symmetric.count(s)
                            symmetric.count(t)
                        }
                        symmetric.allocate()
                        records { s, t, w in
                            if s == t { loops[Int(s)] += w; return }
                            symmetric.place(s, t, w)
                            symmetric.place(t, s, w)
                        }
                        rows[0] = symmetric.finish()
                    } else {
                        var out = CompressedAdjacency.Builder(nodeCount: nodeCount)
                        var inc = CompressedAdjacency.Builder(nodeCount: nodeCount)
                        records { s, t, _ in
                            guard s != t else { return }
                            out.count(s)
                            inc.count(t)
                        }
                        out.allocate()
                        inc.allocate()
                        records { s, t, w in
                            guard s != t else { return }
                            out.place(s, t, w)
                            inc.place(t, s, w)
                        }
                        rows[1] = out.finish()
                        rows[2] = inc.finish()
                    }
                }
            }
        }
        let partners = rows[0]!
        if directed {
            self.init(isDirected: true, outgoing: rows[1]!, incoming: rows[2]!, partners: partners,
                      selfLoopWeight: loops, recordCount: recordCount)
        } else {
            self.init(isDirected: false, outgoing: partners, incoming: partners, partners: partners,
                      selfLoopWeight: loops, recordCount: recordCount)
        }
    }

    init(isDirected: Bool, outgoing: CompressedAdjacency, incoming: CompressedAdjacency,
         partners: CompressedAdjacency, selfLoopWeight: [Double], recordCount: Int) {
        self.isDirected = isDirected
        self.outgoing = outgoing
        self.incoming = incoming
        self.partners = partners
        self.selfLoopWeight = selfLoopWeight
        self.recordCount = recordCount
    }

    /// The same ties read as undirected (partners with summed mutual weights).
    public var undirected: GraphView {
        guard isDirected else { return self }
        return GraphView(isDirected: false, outgoing: partners, incoming: partners, partners: partners,
                         selfLoopWeight: selfLoopWeight, recordCount: recordCount)
    }

    /// Arcs whose reverse arc also exists (0 on an undirected view): NetworkX's
    /// `reciprocity` is this over the arc count.
    public var reciprocatedArcCount: Int {
        guard isDirected else { return 0 }
        // Row u of `outgoing` and of `incoming` are both sorted: one merge per actor.
        var count = 0
        for u in 0 ..< nodeCount {
            var i = outgoing.offsets[u], j = incoming.offsets[u]
            let iEnd = outgoing.offsets[u + 1], jEnd = incoming.offsets[u + 1]
            while i < iEnd && j < jEnd {
                let a = outgoing.neighbours[i], b = incoming.neighbours[j]
                if a == b { count += 1; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
            }
        }
        return count
    }

    /// Connected components of the undirected reading (see
    /// ``CompressedAdjacency/components(members:)``).
    public func components() -> Components { partners.components() }
}

extension CompressedAdjacency {
    /// Connected components of these (symmetric) rows: a component index per actor
    /// (numbered in order of their lowest actor) and the component sizes. With `members`,
    /// only the subgraph induced by the actors flagged true counts; the others get -1.
    ///
    /// - Complexity: O(n + m): one breadth-first search (``breadthFirst(from:distance:member:scan:)``)
    ///   per component, sharing one distance array.
    public func components(members: [Bool]? = nil) -> Components {
        var component = [Int32](repeating: -1, count: nodeCount)
        var level = [Int32](repeating: -1, count: nodeCount)
        var sizes: [Int] = []
        let member: ((Int) -> Bool)? = members.map { flags in { flags[$0] } }
        for root in 0 ..< nodeCount where level[root] < 0 && (members?[root] ?? true) {
            let label = Int32(sizes.count)
            let visited = breadthFirst(from: [Int32(root)], distance: &level, member: member) { _ in }
            for actor in visited { component[Int(actor)] = label }
            sizes.append(visited.count)
        }
        return Components(componentOf: component, sizes: sizes)
    }
}

/// The arcs of a directed reading of the records and how many of them are reciprocated
/// (see ``CollaborationGraph/arcCounts(_:)``).
public struct ArcCounts: Sendable, Equatable {
    public let arcs: Int
    public let reciprocated: Int

    public init(arcs: Int, reciprocated: Int) {
        self.arcs = arcs
        self.reciprocated = reciprocated
    }

    /// The counts of a directed view already built.
    public init(_ view: GraphView) {
        precondition(view.isDirected)
        self.init(arcs: view.tieCount, reciprocated: view.reciprocatedArcCount)
    }
}

/// Connected components of a view (weak components when directed).
public struct Components: Sendable, Equatable {
    public let componentOf: [Int32]
    public let sizes: [Int]
    public var count: Int { sizes.count }
    public var largestSize: Int { sizes.max() ?? 0 }
    /// Actors with no partner at all.
    public var isolateCount: Int { sizes.filter { $0 == 1 }.count }
}

extension CollaborationGraph {
    /// Builds the analysis view described by `options`.
    ///
    /// - Complexity: O(n + r + Σ s²) for r records and co-membership projection over
    ///   networks of s members; no comparison sort.
    public func view(_ options: ViewOptions = ViewOptions()) -> GraphView {
        let (count, records) = entries(options)
        return GraphView(nodeCount: actors.count, recordCount: count, directed: options.directed, records: records)
    }

    /// Distinct arcs, and arcs whose reverse arc also exists, of the records `options`
    /// keeps read as arcs source → target (whatever `options.directed` says): the
    /// ``GraphView/tieCount`` and ``GraphView/reciprocatedArcCount`` of the directed view,
    /// from the outgoing rows alone (half the memory of the view's three row sets).
    ///
    /// - Complexity: O(n + r + a log d) for a arcs and rows of degree at most d.
    public func arcCounts(_ options: ViewOptions) -> ArcCounts {
        let (_, records) = entries(options)
        var builder = CompressedAdjacency.Builder(nodeCount: actors.count)
        records { s, t, _ in if s != t { builder.count(s) } }
        builder.allocate()
        records { s, t, w in if s != t { builder.place(s, t, w) } }
        let out = builder.finish()
        var reciprocated = 0
        for u in 0 ..< out.nodeCount {
            for i in out.row(u) where out.contains(from: Int(out.neighbours[i]), to: Int32(u)) { reciprocated += 1 }
        }
        return ArcCounts(arcs: out.entryCount, reciprocated: reciprocated)
    }

    /// The records `options` keeps, with the membership-derived ties it adds: their
    /// count, and a function handing them over one by one, in the same order each call.
    func entries(_ options: ViewOptions) -> (count: Int, records: @Sendable ((Int32, Int32, Double) -> Void) -> Void) {
        // Which records enter: read from the columns, no per-record copy of the kept ones.
        let keepType = options.includeTies ? relationTypeMask(options.relationTypes) : nil
        let window = options.window
        let ties = self.ties
        let active = memberships.filter { m in
            options.window.map { $0.contains(start: m.start, end: m.end) } ?? true
        }
        // Membership-derived entries (few next to the records) are listed once.
        var extraSources: [Int32] = [], extraTargets: [Int32] = [], extraWeights: [Double] = []
        switch options.memberships {
        case .ignore:
            break
        case .ties:
            for m in active {
                extraSources.append(m.member); extraTargets.append(m.network); extraWeights.append(1)
            }
        case .coMembership(let weighting):
            for (_, members) in membersByNetwork(active) where members.count > 1 {
                let share = weighting == .newman ? 1 / Double(members.count - 1) : 1
                for a in 0 ..< members.count {
                    for b in (a + 1) ..< members.count {
                        extraSources.append(members[a]); extraTargets.append(members[b]); extraWeights.append(share)
                    }
                }
            }
        }
        var kept = 0
        if options.includeTies {
            if keepType == nil && window == nil {
                kept = ties.count
            } else {
                for i in ties.indices where ties.isKept(i, types: keepType, window: window) { kept += 1 }
            }
        }
        let includeTies = options.includeTies
        let extras = (sources: extraSources, targets: extraTargets, weights: extraWeights)
        return (kept + extraSources.count, { record in
            if includeTies {
                ties.sources.withUnsafeBufferPointer { sources in
                    ties.targets.withUnsafeBufferPointer { targets in
                        let unweighted = ties.isUnweighted
                        if keepType == nil && window == nil {
                            for i in 0 ..< sources.count {
                                record(sources[i], targets[i], unweighted ? 1 : ties.weights[i])
                            }
                        } else {
                            for i in 0 ..< sources.count where ties.isKept(i, types: keepType, window: window) {
                                record(sources[i], targets[i], ties.weight(i))
                            }
                        }
                    }
                }
            }
            for k in extras.sources.indices { record(extras.sources[k], extras.targets[k], extras.weights[k]) }
        })
    }

    /// A flag per interned relation type: kept by the filter or not (nil: keep all).
    func relationTypeMask(_ filter: [String]?) -> [Bool]? {
        guard let filter else { return nil }
        let wanted = Set(filter.map(RelationLadder.normalise))
        return relationTypes.map { wanted.contains(RelationLadder.normalise($0)) }
    }

    /// Distinct members of each network, networks in order of first appearance, members
    /// in ascending index order.
    func membersByNetwork(_ list: [Membership]) -> [(network: Int32, members: [Int32])] {
        var order: [Int32] = []
        var members: [Int32: Set<Int32>] = [:]
        for m in list {
            if members[m.network] == nil { order.append(m.network) }
            members[m.network, default: []].insert(m.member)
        }
        return order.map { ($0, members[$0]!.sorted()) }
    }

    /// Relation type names in a filter that match no type in the graph.
    public func unknownRelationTypes(in filter: [String]) -> [String] {
        let known = Set(relationTypes.map(RelationLadder.normalise))
        return filter.filter { !known.contains(RelationLadder.normalise($0)) }
    }
}
