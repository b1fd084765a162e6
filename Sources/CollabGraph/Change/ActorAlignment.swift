/// One actor index over several graphs observed as waves (`collab change 2016/ 2019/`):
/// actors are matched by id, after an optional alias table maps ids onto canonical ones.
///
/// - The union index holds every canonical id in order of first appearance (wave by wave,
///   each graph in its load order), so the first wave keeps its own order.
/// - An actor's label, kind and attributes are taken from the latest wave that has it (the
///   most recent description).
/// - Two actors of one graph that the aliases map onto the same id become one actor: their
///   records are summed and a record between them becomes a self-loop (outside every tie
///   count).
///
/// - Complexity: O(Σ nᵢ) dictionary look-ups to build; ``remap(_:wave:)`` is O(n + m).
public struct ActorAlignment: Sendable {
    /// The union actors (canonical ids), described by the latest wave that has each.
    public let actors: [Actor]
    /// For each wave, each local actor's index in ``actors``.
    public let unionIndex: [[Int32]]
    /// For each wave, the local actors whose id an alias changed (local index, canonical id).
    public let aliased: [[(local: Int32, canonical: String)]]

    /// Aligns `graphs` (in wave order); `aliases` maps an id to its canonical id.
    public init(graphs: [CollaborationGraph], aliases: [String: String] = [:]) {
        var actors: [Actor] = []
        var index: [String: Int32] = [:]
        var unionIndex: [[Int32]] = []
        var aliased: [[(local: Int32, canonical: String)]] = []
        for graph in graphs {
            var map = [Int32](repeating: 0, count: graph.actorCount)
            var changed: [(local: Int32, canonical: String)] = []
            for (local, actor) in graph.actors.enumerated() {
                let id = aliases[actor.id] ?? actor.id
                if id != actor.id { changed.append((Int32(local), id)) }
                var described = actor
                described.id = id
                if let existing = index[id] {
                    map[local] = existing
                    actors[Int(existing)] = described
                } else {
                    let new = Int32(actors.count)
                    index[id] = new
                    actors.append(described)
                    map[local] = new
                }
            }
            unionIndex.append(map)
            aliased.append(changed)
        }
        self.actors = actors
        self.unionIndex = unionIndex
        self.aliased = aliased
    }

    public var actorCount: Int { actors.count }

    /// `view` (of wave `wave`'s graph) re-indexed onto the union actors, with the same
    /// direction and summed weights.
    public func remap(_ view: GraphView, wave: Int) -> GraphView {
        let map = unionIndex[wave]
        precondition(map.count == view.nodeCount, "the view is not of this wave's graph")
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        let rows = view.outgoing
        sources.reserveCapacity(rows.entryCount)
        targets.reserveCapacity(rows.entryCount)
        weights.reserveCapacity(rows.entryCount)
        for u in 0 ..< view.nodeCount {
            for i in rows.row(u) {
                let v = rows.neighbours[i]
                // An undirected row holds each pair twice: keep it once.
                if !view.isDirected && Int(v) < u { continue }
                sources.append(map[u]); targets.append(map[Int(v)]); weights.append(rows.weights[i])
            }
            if view.selfLoopWeight[u] > 0 {
                sources.append(map[u]); targets.append(map[u]); weights.append(view.selfLoopWeight[u])
            }
        }
        return GraphView(nodeCount: actors.count, sources: sources, targets: targets, weights: weights,
                         directed: view.isDirected)
    }

    /// Actors of the union present in (holding an actor of) both graphs `a` and `b`.
    public func sharedActorCount(_ a: Int, _ b: Int) -> Int {
        var inA = [Bool](repeating: false, count: actors.count)
        for u in unionIndex[a] { inA[Int(u)] = true }
        var seen = [Bool](repeating: false, count: actors.count)
        var count = 0
        for u in unionIndex[b] where inA[Int(u)] && !seen[Int(u)] { seen[Int(u)] = true; count += 1 }
        return count
    }
}
