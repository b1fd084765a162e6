/// A partition of the actors into groups by the value of one attribute (`sector`, `kind`,
/// `club`…), as used by the Gould–Fernandez roles and the group mixing matrix.
///
/// Groups are numbered in order of first appearance in actor load order (as R's
/// `unique(cl)` orders the classes of `sna::brokerage`). Actors lacking the attribute
/// form one group of their own named ``ActorGroups/missingName`` — as `sna::brokerage`
/// treats `NA` in the class vector as one more class — so every actor belongs to exactly
/// one group and the baseline's group sizes add up to n.
public struct ActorGroups: Sendable, Equatable {
    /// The name of the group of actors that lack the attribute.
    public static let missingName = "not given"

    /// The attribute the groups come from (nil when built from explicit labels).
    public let attribute: String?
    /// Group names, indexed by group number.
    public let names: [String]
    /// The group number of each actor.
    public let groupOf: [Int32]
    /// The number of actors in each group.
    public let sizes: [Int]

    /// Groups the actors of `graph` by `attribute` (see ``Actor/value(of:)``: `kind`,
    /// `id`, `label` or any attribute column).
    public init(graph: CollaborationGraph, attribute: String) {
        self.init(labels: graph.actors.map { $0.value(of: attribute) }, attribute: attribute)
    }

    /// Which groups hold at least one actor flagged in `included` (all groups when nil).
    public func groupsHolding(_ included: [Bool]?) -> [Bool] {
        guard let included else { return [Bool](repeating: true, count: count) }
        var holds = [Bool](repeating: false, count: count)
        for (actor, group) in groupOf.enumerated() where included[actor] { holds[Int(group)] = true }
        return holds
    }

    /// The actors of group `group`, in index order.
    public func members(of group: Int) -> [Int32] {
        (0 ..< Int32(groupOf.count)).filter { groupOf[Int($0)] == Int32(group) }
    }

    /// Every one of `count` actors in one group (the missing-value group): for analyses
    /// run without a group attribute.
    public static func single(count: Int) -> ActorGroups {
        ActorGroups(labels: [String?](repeating: nil, count: count))
    }

    /// Groups actors by explicit labels (nil: the missing-value group).
    public init(labels: [String?], attribute: String? = nil) {
        var names: [String] = []
        var number: [String: Int32] = [:]
        var missing: Int32? = nil
        var groupOf = [Int32](repeating: 0, count: labels.count)
        for (actor, label) in labels.enumerated() {
            if let label {
                if let g = number[label] { groupOf[actor] = g; continue }
                let g = Int32(names.count)
                names.append(label)
                number[label] = g
                groupOf[actor] = g
            } else {
                if missing == nil { missing = Int32(names.count); names.append(ActorGroups.missingName) }
                groupOf[actor] = missing!
            }
        }
        var sizes = [Int](repeating: 0, count: names.count)
        for g in groupOf { sizes[Int(g)] += 1 }
        self.attribute = attribute
        self.names = names
        self.groupOf = groupOf
        self.sizes = sizes
    }

    public var count: Int { names.count }
    public var actorCount: Int { groupOf.count }

    /// The group name of an actor.
    public func name(of actor: Int) -> String { names[Int(groupOf[actor])] }
}
