/// Who is in the core: for each kind of actor (and each group of the run's attribute),
/// how many are in the core out of how many there are — are the anchor institutions in
/// the core, which SMEs reach it?
///
/// Rows are ordered by the number in the core (most first), then by first appearance in
/// load order. Actors without a kind (or without the attribute) form the row "not given".
///
/// - Complexity: O(n) with a dictionary per distinct name (outside any hot loop).
public struct CoreComposition: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let name: String
        public let inCore: Int
        public let total: Int
        /// inCore / total.
        public var share: Double { Double(inCore) / Double(total) }
    }

    public let kinds: [Row]
    /// By the run's group attribute (empty without one).
    public let groups: [Row]

    /// With `included`, only the actors flagged true are counted.
    public init(graph: CollaborationGraph, inCore: [Bool], groups: ActorGroups?, included: [Bool]? = nil) {
        precondition(inCore.count == graph.actorCount, "one flag per actor")
        kinds = CoreComposition.rows(graph.actors.map { $0.kind.isEmpty ? ActorGroups.missingName : $0.kind }, inCore, included)
        self.groups = groups.map { g in CoreComposition.rows((0 ..< g.actorCount).map { g.name(of: $0) }, inCore, included) } ?? []
    }

    static func rows(_ names: [String], _ inCore: [Bool], _ included: [Bool]?) -> [Row] {
        var order: [String] = []
        var counts: [String: (core: Int, total: Int)] = [:]
        for (actor, name) in names.enumerated() where included?[actor] ?? true {
            if counts[name] == nil { order.append(name); counts[name] = (0, 0) }
            counts[name]!.total += 1
            if inCore[actor] { counts[name]!.core += 1 }
        }
        return order.enumerated()
            .sorted { counts[$0.element]!.core != counts[$1.element]!.core ? counts[$0.element]!.core > counts[$1.element]!.core : $0.offset < $1.offset }
            .map { Row(name: $0.element, inCore: counts[$0.element]!.core, total: counts[$0.element]!.total) }
    }
}
