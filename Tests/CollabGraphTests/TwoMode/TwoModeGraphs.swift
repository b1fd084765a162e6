import CollabGraph
import XCTest

/// Small two-mode graphs built in memory for the hand-derived tests.
enum TwoModeGraphs {
    /// A graph of `actors` (id, kind) and memberships (member, network); networks are added
    /// as actors of kind `network` after the members, in order of first mention.
    static func make(actors: [(String, String)], memberships: [(String, String)],
                     networkSectors: [String: String] = [:], weights: [String]? = nil) -> CollaborationGraph {
        var graph = CollaborationGraph()
        for (id, kind) in actors { graph.addActor(Actor(id: id, kind: kind)) }
        for (_, network) in memberships where graph.index(of: network) == nil {
            var attributes: [String: String] = [:]
            if let sector = networkSectors[network] { attributes["sector"] = sector }
            graph.addActor(Actor(id: network, kind: "network", attributes: attributes))
        }
        for (k, (member, network)) in memberships.enumerated() {
            var attributes: [String: String] = [:]
            if let weights { attributes["weight"] = weights[k] }
            graph.addMembership(Membership(member: graph.index(of: member)!, network: graph.index(of: network)!,
                                           attributes: attributes))
        }
        return graph
    }

    /// The path
    ///
    ///     a0 ─ N0 ─ a1 ─ N1 ─ a2 ─ N2 ─ a3
    ///
    /// four actors, three networks, six memberships.
    static var path: CollaborationGraph {
        make(actors: [("a0", "sme"), ("a1", "sme"), ("a2", "sme"), ("a3", "sme")],
             memberships: [("a0", "N0"), ("a1", "N0"), ("a1", "N1"), ("a2", "N1"), ("a2", "N2"), ("a3", "N2")])
    }

    /// A box with a tail:
    ///
    ///     x ── P ── y
    ///     │         │
    ///     └── Q ────┘
    ///         │
    ///         z
    ///
    /// actors x, y (sme) and z (anchor); networks P (sector digital) and Q (sector care);
    /// one four-cycle x–P–y–Q.
    static var box: CollaborationGraph {
        make(actors: [("x", "sme"), ("y", "sme"), ("z", "anchor")],
             memberships: [("x", "P"), ("x", "Q"), ("y", "P"), ("y", "Q"), ("z", "Q")],
             networkSectors: ["P": "digital", "Q": "care"])
    }

    /// A random bipartite graph: `actors` × `networks`, each pair a membership with
    /// probability `p` (seeded); nodes without a membership simply drop out.
    static func random(actors: Int, networks: Int, p: Double, seed: UInt64) -> CollaborationGraph {
        var generator = SplitMix64(seed: seed)
        var pairs: [(String, String)] = []
        for a in 0 ..< actors {
            for n in 0 ..< networks where Double(generator.next() % 1_000_000) / 1_000_000 < p {
                pairs.append(("a\(a)", "n\(n)"))
            }
        }
        return make(actors: (0 ..< actors).map { ("a\($0)", "sme") }, memberships: pairs)
    }
}

/// The node of `id` in mode `mode`.
func node(_ graph: TwoModeGraph, _ model: CollaborationGraph, _ id: String, _ mode: TwoModeGraph.Mode = .actor) -> Int {
    let index = model.index(of: id)!
    return graph.nodes(mode).first { graph.modelIndex[$0] == index }!
}
