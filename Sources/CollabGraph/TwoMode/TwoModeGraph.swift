import Foundation

/// The two-mode (bipartite, affiliation) graph of a collaboration graph's memberships:
/// actors in one mode, the networks they belong to (boards, forums, projects) in the
/// other, and one edge per distinct (member, network) pair.
///
/// A node's mode comes from the role it plays in the membership records, not from its
/// `kind`: an actor named as `member` is in the actor mode, one named as `network` in the
/// network mode (so an organisation of kind `network` that takes part in projects is an
/// actor here). Nodes are dense indices: the actors first, in the model's actor order,
/// then the networks, in the model's order; ``modelIndex`` maps each back to the model.
/// Actors with no membership and networks with no member are not in the graph.
///
/// An actor that is both a member and a network (an alliance sitting on a board) has no
/// place in a bipartite graph: by default that is an error
/// (``TwoModeError/memberIsNetwork(actor:asMember:asNetwork:)``); with
/// ``NestedMemberships/split`` it becomes two nodes, one in each mode.
///
/// Weights: when the memberships carry a `weight` column (any case), each pair's weight is
/// the sum of its records' weights (empty = 1); otherwise every pair weighs 1. Repeated
/// records of one pair are one edge (NetworkX's `Graph` keeps one edge too).
///
/// Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social
/// Networks 19(3), 243–269, 1997, doi:10.1016/S0378-8733(96)00301-2; the graph NetworkX's
/// `bipartite` module expects (a `Graph` whose `nodes` argument names one mode).
///
/// - Complexity: O(n + r + Σ d log d) to build for r membership records (one counting-sort
///   pass into compressed rows); O(n + m) memory.
public struct TwoModeGraph: Sendable {
    /// The two modes.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case actor, network
    }

    /// Nodes in the actor mode (indices `0 ..< actorCount`).
    public let actorCount: Int
    /// Nodes in the network mode (indices `actorCount ..< nodeCount`).
    public let networkCount: Int
    /// The model actor index of each node.
    public let modelIndex: [Int32]
    /// Symmetric rows over the nodes: an actor's row holds networks, a network's row its
    /// members; weights summed per pair.
    public let adjacency: CompressedAdjacency
    /// Whether the memberships carry weights (a `weight` column).
    public let isWeighted: Bool
    /// Membership records that entered the graph (before repeated pairs are merged).
    public let recordCount: Int
    /// Model indices of the actors that are both a member and a network (non-empty only
    /// with ``NestedMemberships/split``), ascending.
    public let nestedActors: [Int32]

    /// All nodes.
    public var nodeCount: Int { actorCount + networkCount }
    /// Distinct (member, network) pairs: the edges.
    public var edgeCount: Int { adjacency.entryCount / 2 }
    /// The nodes of one mode.
    public func nodes(_ mode: Mode) -> Range<Int> {
        mode == .actor ? 0 ..< actorCount : actorCount ..< nodeCount
    }
    /// The mode of a node.
    @inlinable
    public func mode(of node: Int) -> Mode { node < actorCount ? .actor : .network }
    /// The number of nodes in a mode.
    public func count(_ mode: Mode) -> Int { mode == .actor ? actorCount : networkCount }
    /// The number of nodes in the other mode than `node`'s.
    @inlinable
    public func otherModeCount(of node: Int) -> Int { node < actorCount ? networkCount : actorCount }

    /// Edges over possible edges: m / (|actors| · |networks|), 0 when there is none
    /// (NetworkX `bipartite.density`).
    public var density: Double {
        edgeCount == 0 ? 0 : Double(edgeCount) / (Double(actorCount) * Double(networkCount))
    }

    /// The same rows as an undirected ``GraphView``, for the shared path kernels.
    var view: GraphView {
        GraphView(isDirected: false, outgoing: adjacency, incoming: adjacency, partners: adjacency,
                  selfLoopWeight: [Double](repeating: 0, count: nodeCount), recordCount: recordCount)
    }

    /// Builds the two-mode graph of `graph`'s memberships.
    ///
    /// - Throws: ``TwoModeError`` for an actor that is both member and network (unless
    ///   split) or a weight that is not a positive finite number.
    public init(_ graph: CollaborationGraph, options: TwoModeOptions = TwoModeOptions()) throws {
        let n = graph.actorCount
        let records = graph.memberships
        var active = [Bool](repeating: true, count: records.count)
        if let window = options.window {
            for (i, m) in records.enumerated() { active[i] = window.contains(start: m.start, end: m.end) }
        }
        // First record naming each actor as member, and as network (−1: none).
        var firstAsMember = [Int](repeating: -1, count: n)
        var firstAsNetwork = [Int](repeating: -1, count: n)
        for (i, m) in records.enumerated() where active[i] {
            if firstAsMember[Int(m.member)] < 0 { firstAsMember[Int(m.member)] = i }
            if firstAsNetwork[Int(m.network)] < 0 { firstAsNetwork[Int(m.network)] = i }
        }
        var nested: [Int32] = []
        for a in 0 ..< n where firstAsMember[a] >= 0 && firstAsNetwork[a] >= 0 {
            if options.nested == .refuse {
                throw TwoModeError.memberIsNetwork(actor: Int32(a), asMember: firstAsMember[a], asNetwork: firstAsNetwork[a])
            }
            nested.append(Int32(a))
        }
        // Dense node numbers: actors, then networks, each in model order.
        var actorNode = [Int32](repeating: -1, count: n)
        var networkNode = [Int32](repeating: -1, count: n)
        var modelIndex: [Int32] = []
        for a in 0 ..< n where firstAsMember[a] >= 0 {
            actorNode[a] = Int32(modelIndex.count)
            modelIndex.append(Int32(a))
        }
        let actorCount = modelIndex.count
        for a in 0 ..< n where firstAsNetwork[a] >= 0 {
            networkNode[a] = Int32(modelIndex.count)
            modelIndex.append(Int32(a))
        }
        // Weights from a `weight` column, when the memberships have one.
        let weightKey = graph.membershipAttributeNames.first { $0.lowercased() == "weight" }
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        sources.reserveCapacity(2 * records.count)
        targets.reserveCapacity(2 * records.count)
        weights.reserveCapacity(2 * records.count)
        var used = 0
        for (i, m) in records.enumerated() where active[i] {
            var w = 1.0
            if let weightKey, let text = m.attributes[weightKey] {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty {
                    guard let value = Double(trimmed), value > 0, value.isFinite else {
                        throw TwoModeError.invalidWeight(membership: i, text: text)
                    }
                    w = value
                }
            }
            let u = actorNode[Int(m.member)], v = networkNode[Int(m.network)]
            sources.append(u); targets.append(v); weights.append(w)
            sources.append(v); targets.append(u); weights.append(w)
            used += 1
        }
        self.actorCount = actorCount
        self.networkCount = modelIndex.count - actorCount
        self.modelIndex = modelIndex
        self.adjacency = CompressedAdjacency(nodeCount: modelIndex.count, sources: sources, targets: targets, weights: weights)
        self.isWeighted = weightKey != nil
        self.recordCount = used
        self.nestedActors = nested
    }
}

/// What ``TwoModeGraph`` keeps from the memberships.
public struct TwoModeOptions: Sendable, Hashable {
    /// Keep only memberships active in this window (undated ones always count).
    public var window: TimeWindow?
    /// What to do with an actor that is both a member and a network.
    public var nested: NestedMemberships

    public init(window: TimeWindow? = nil, nested: NestedMemberships = .refuse) {
        self.window = window
        self.nested = nested
    }
}

/// How an actor that is both a member (of some network) and a network (with members of its
/// own) enters a two-mode graph.
public enum NestedMemberships: String, Sendable, Hashable, CaseIterable {
    /// It is an error (``TwoModeError/memberIsNetwork(actor:asMember:asNetwork:)``).
    case refuse
    /// It becomes two nodes: a member in the actor mode and a network in the network mode.
    case split
}

/// Memberships that do not make a two-mode graph. Indices are positions in
/// ``CollaborationGraph/memberships`` (0-based, in file order).
public enum TwoModeError: Error, Equatable, Sendable {
    /// The model actor `actor` is a member in record `asMember` and a network in record
    /// `asNetwork`.
    case memberIsNetwork(actor: Int32, asMember: Int, asNetwork: Int)
    /// Record `membership` has a weight that is not a positive finite number.
    case invalidWeight(membership: Int, text: String)
}
