/// How widely each actor is spread across networks: how many it belongs to, how many other
/// actors it meets there, and how varied its networks are by an attribute (the networks'
/// sector, kind, tier, …).
///
/// For an actor a with networks N(a):
/// - `networks` = d(a); `share` = d(a) / |networks| (its two-mode degree centrality);
/// - `coMembers` = |N(N(a)) ∖ {a}|, the distinct actors it shares a network with (its degree
///   in the actor projection);
/// - by the networks' attribute, `categories` = the distinct values among N(a) and `blau` =
///   1 − Σ_k p_k² over their shares (Blau 1977; nil when none of its networks has a value).
///
/// No reference implementation: checked by hand-derived tests (`coMembers` also equals the
/// degree in NetworkX's projection, checked with the projection fixtures).
///
/// - Complexity: O(Σ_w d(w)²) time, O(N) space.
public struct ActorSpread: Sendable, Equatable {
    /// The network attribute the categories count (nil: none asked for).
    public var attribute: String?
    /// Networks per actor (actor nodes `0 ..< actorCount`).
    public var networks: [Int]
    /// networks / the number of networks.
    public var share: [Double]
    /// Distinct co-members per actor.
    public var coMembers: [Int]
    /// Distinct categories among each actor's networks (0 without an attribute).
    public var categories: [Int]
    /// Blau index of each actor's networks by the attribute.
    public var blau: [Double?]

    public init(_ graph: TwoModeGraph, model: CollaborationGraph, networkAttribute attribute: String? = nil) {
        let adjacency = graph.adjacency
        let offsets = adjacency.offsets, neighbours = adjacency.neighbours
        let A = graph.actorCount
        // Category of each network node (−1: no value).
        var category = [Int](repeating: -1, count: graph.nodeCount)
        var K = 0
        if let attribute {
            var code: [String: Int] = [:]
            let values = graph.nodes(.network).map { model.actors[Int(graph.modelIndex[$0])].value(of: attribute) }
            for value in Set(values.compactMap { $0 }).sorted() { code[value] = code.count }
            for (k, v) in graph.nodes(.network).enumerated() { category[v] = values[k].map { code[$0]! } ?? -1 }
            K = code.count
        }
        var networks = [Int](repeating: 0, count: A)
        var coMembers = networks, categories = networks
        var blau = [Double?](repeating: nil, count: A)
        var seen = [Int32](repeating: -1, count: graph.nodeCount)
        var tally = [Int](repeating: 0, count: K)
        for a in 0 ..< A {
            networks[a] = offsets[a + 1] - offsets[a]
            var met = 0
            for i in offsets[a] ..< offsets[a + 1] {
                let w = Int(neighbours[i])
                for j in offsets[w] ..< offsets[w + 1] {
                    let b = Int(neighbours[j])
                    if b != a && seen[b] != Int32(a) { seen[b] = Int32(a); met += 1 }
                }
            }
            coMembers[a] = met
            guard K > 0 else { continue }
            var valued = 0
            for i in offsets[a] ..< offsets[a + 1] {
                let c = category[Int(neighbours[i])]
                if c >= 0 { tally[c] += 1; valued += 1 }
            }
            guard valued > 0 else { continue }
            var squares = 0.0, distinct = 0
            for c in 0 ..< K where tally[c] > 0 {
                let p = Double(tally[c]) / Double(valued)
                squares += p * p
                distinct += 1
                tally[c] = 0
            }
            categories[a] = distinct
            blau[a] = 1 - squares
        }
        self.attribute = attribute
        self.networks = networks
        self.share = networks.map { graph.networkCount == 0 ? 0 : Double($0) / Double(graph.networkCount) }
        self.coMembers = coMembers
        self.categories = categories
        self.blau = blau
    }
}
