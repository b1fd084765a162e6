/// The subgraph of a view induced by some of its actors, relabelled 0 ..< k in actor
/// order: what the study measures (cohesion, homophily, ego networks, QAP) run on when
/// the context leaves actors out (``AnalysisContext/profiledActors``: networks known only
/// from memberships, such as the CORDIS projects, are not part of the tie network).
///
/// - Complexity: O(n + m).
public struct InducedView: Sendable {
    /// The view over the kept actors (new indices).
    public let view: GraphView
    /// The original index of each new index.
    public let actors: [Int]
    /// The new index of each original actor, or -1 when left out.
    public let newIndex: [Int32]

    public init(_ base: GraphView, keeping mask: [Bool]) {
        precondition(mask.count == base.nodeCount)
        var newIndex = [Int32](repeating: -1, count: base.nodeCount)
        var actors: [Int] = []
        for u in 0 ..< base.nodeCount where mask[u] { newIndex[u] = Int32(actors.count); actors.append(u) }
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        let rows = base.outgoing
        for u in 0 ..< base.nodeCount where mask[u] {
            for i in rows.row(u) {
                let v = Int(rows.neighbours[i])
                guard mask[v], base.isDirected || u < v else { continue }
                sources.append(newIndex[u]); targets.append(newIndex[v]); weights.append(rows.weights[i])
            }
        }
        view = GraphView(nodeCount: actors.count, sources: sources, targets: targets, weights: weights, directed: base.isDirected)
        self.actors = actors
        self.newIndex = newIndex
    }

    /// `groups` restricted to the kept actors (group order by first appearance among them).
    public func groups(_ groups: ActorGroups) -> ActorGroups {
        ActorGroups(labels: actors.map { u in
            let name = groups.name(of: u)
            return name == ActorGroups.missingName ? nil : name
        }, attribute: groups.attribute)
    }
}

