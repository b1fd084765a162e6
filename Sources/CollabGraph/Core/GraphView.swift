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
        var loops = [Double](repeating: 0, count: nodeCount)
        // Symmetric entries: each record followed at once by its mirror, so that the
        // weights of u→v and v→u are summed in the same order (bit-for-bit symmetric rows).
        var from: [Int32] = [], to: [Int32] = [], w: [Double] = []
        from.reserveCapacity(2 * sources.count)
        to.reserveCapacity(2 * sources.count)
        w.reserveCapacity(2 * sources.count)
        for i in sources.indices {
            let s = sources[i], t = targets[i]
            if s == t { loops[Int(s)] += weights[i]; continue }
            from.append(s); to.append(t); w.append(weights[i])
            from.append(t); to.append(s); w.append(weights[i])
        }
        let symmetric = CompressedAdjacency(nodeCount: nodeCount, sources: from, targets: to, weights: w)
        if directed {
            // Forward entries are the even ones; backward the odd ones.
            let arcs = from.count / 2
            let forwardFrom = (0 ..< arcs).map { from[2 * $0] }, forwardTo = (0 ..< arcs).map { to[2 * $0] }
            let forwardWeight = (0 ..< arcs).map { w[2 * $0] }
            let out = CompressedAdjacency(nodeCount: nodeCount, sources: forwardFrom, targets: forwardTo, weights: forwardWeight)
            let inc = CompressedAdjacency(nodeCount: nodeCount, sources: forwardTo, targets: forwardFrom, weights: forwardWeight)
            self.init(isDirected: true, outgoing: out, incoming: inc, partners: symmetric,
                      selfLoopWeight: loops, recordCount: sources.count)
        } else {
            self.init(isDirected: false, outgoing: symmetric, incoming: symmetric, partners: symmetric,
                      selfLoopWeight: loops, recordCount: sources.count)
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
        var count = 0
        for u in 0 ..< nodeCount {
            for i in outgoing.row(u) where incoming.contains(from: u, to: outgoing.neighbours[i]) { count += 1 }
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
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        if options.includeTies {
            let keep = relationTypeMask(options.relationTypes)
            sources.reserveCapacity(ties.count)
            targets.reserveCapacity(ties.count)
            weights.reserveCapacity(ties.count)
            for tie in ties {
                if let keep, !keep[Int(tie.relationType)] { continue }
                if let window = options.window, !window.contains(start: tie.start, end: tie.end) { continue }
                sources.append(tie.source)
                targets.append(tie.target)
                weights.append(tie.weight)
            }
        }
        let active = memberships.filter { m in
            options.window.map { $0.contains(start: m.start, end: m.end) } ?? true
        }
        switch options.memberships {
        case .ignore:
            break
        case .ties:
            for m in active {
                sources.append(m.member); targets.append(m.network); weights.append(1)
            }
        case .coMembership(let weighting):
            for (_, members) in membersByNetwork(active) where members.count > 1 {
                let share = weighting == .newman ? 1 / Double(members.count - 1) : 1
                for a in 0 ..< members.count {
                    for b in (a + 1) ..< members.count {
                        sources.append(members[a]); targets.append(members[b]); weights.append(share)
                    }
                }
            }
        }
        return GraphView(nodeCount: actors.count, sources: sources, targets: targets, weights: weights,
                         directed: options.directed)
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
