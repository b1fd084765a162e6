import CollabGraph

/// The overview a map becomes when it selects more actors than can be drawn one by one
/// legibly (``MapLegibility/actorLimit``): the core actor by actor, every other actor
/// folded into its community.
///
/// From a full selection (an ``ActorMap`` from ``MapBuilder``) and a partition of the
/// actors (the report's Leiden communities, numbered largest first):
/// 1. **core**: the ``coreCount`` actors of largest size (the map's size measure,
///    betweenness in the report; ties by load order) stay actors, labelled, with the ties
///    among them;
/// 2. **communities**: every other drawn actor is counted in its community; the
///    ``communityCount`` communities with most drawn members become one node each, sized
///    by members, coloured by their dominant group (the most frequent value; ties by
///    name), labelled by their ``namedPerCommunity`` most central members; the remaining
///    communities (and actors in no community) are not drawn and are counted in
///    ``omittedCommunities`` / ``omittedActors``;
/// 3. **aggregated ties**: each drawn tie between two different nodes (core actor or
///    community) adds its weight and one pair to the link between them; ties inside one
///    community are counted in its ``Community/internalTies``.
///
/// Order is deterministic: core actors in load order, communities by number, links by
/// (source, target) node order (actors before communities).
///
/// - Complexity: O(n log n + m) for n drawn actors and m drawn ties (one sort to rank the
///   core, one hash lookup per tie to aggregate).
public struct MapOverview: Sendable, Equatable {
    /// One community drawn as a node.
    public struct Community: Sendable, Equatable {
        /// The community's number (1 = the largest), as the report's communities table names it.
        public var number: Int
        /// Its drawn actors outside the core, in load order.
        public var members: [Int32]
        /// The most frequent group value among the members, nil when none has one.
        public var dominantGroup: String?
        /// The share of members in the dominant group.
        public var dominantShare: Double
        /// The members of largest size (most central first), which label the node.
        public var named: [Int32]
        /// Drawn ties with both ends in the community (outside the core).
        public var internalTies: Int
    }

    /// An end of an aggregated link.
    public enum Node: Sendable, Hashable, Comparable {
        /// An actor of the core (graph index).
        case actor(Int32)
        /// A community, by its position in ``MapOverview/communities``.
        case community(Int)
    }

    /// Ties aggregated between two nodes, at least one of them a community.
    public struct Link: Sendable, Equatable {
        public var source: Node
        public var target: Node
        /// The summed weight of the ties.
        public var weight: Double
        /// How many drawn ties (pairs of actors) it stands for.
        public var pairs: Int
        /// How many of them are strong.
        public var strongPairs: Int
    }

    public var communities: [Community]
    public var links: [Link]
    /// The drawn actors the full selection had (what the overview stands for).
    public var selectedActors: Int
    /// The selection's ties.
    public var selectedTies: Int
    /// The limit the selection exceeded.
    public var actorLimit: Int
    /// Communities not drawn (smaller than the drawn ones) and their actors, plus drawn
    /// actors in no community.
    public var omittedCommunities: Int
    public var omittedActors: Int

    /// Actors drawn one by one in an overview.
    public static let coreCount = 30
    /// Communities drawn as nodes.
    public static let communityCount = 40
    /// Members named on a community's node.
    public static let namedPerCommunity = 2

    /// The overview of `map`: its core actor by actor, its other actors folded into their
    /// communities. `communityOf` holds one community number (0 = the largest) per actor
    /// of the graph, negative for none; `groupOf` gives an actor's group value.
    public static func overview(of map: ActorMap, communityOf: [Int32], groupOf: (Int32) -> String?,
                                actorLimit: Int = MapLegibility.actorLimit, coreCount: Int = coreCount,
                                communityCount: Int = communityCount) -> ActorMap {
        let positions = map.actors.indices
        // 1. The core: the largest sizes, ties by load order.
        let ranked = positions.sorted { map.size[$0] != map.size[$1] ? map.size[$0] > map.size[$1] : $0 < $1 }
        var inCore = [Bool](repeating: false, count: map.actors.count)
        for i in ranked.prefix(coreCount) { inCore[i] = true }
        var position: [Int32: Int] = [:]
        position.reserveCapacity(map.actors.count)
        for (i, actor) in map.actors.enumerated() { position[actor] = i }

        // 2. Communities by drawn members outside the core.
        var membersOf: [Int: [Int32]] = [:]
        var outside = 0
        for i in positions where !inCore[i] {
            let actor = map.actors[i]
            let c = Int(actor) < communityOf.count ? Int(communityOf[Int(actor)]) : -1
            if c >= 0 { membersOf[c, default: []].append(actor) } else { outside += 1 }
        }
        let numbers = membersOf.keys.sorted { (membersOf[$0]!.count, -$0) > (membersOf[$1]!.count, -$1) }
        let drawnNumbers = Array(numbers.prefix(communityCount)).sorted()
        var slot: [Int: Int] = [:]
        for (index, number) in drawnNumbers.enumerated() { slot[number] = index }
        var communities: [Community] = drawnNumbers.map { number in
            let members = membersOf[number]!
            var counts: [String: Int] = [:]
            for actor in members { if let value = groupOf(actor) { counts[value, default: 0] += 1 } }
            let dominant = counts.keys.min { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
            let named = members.sorted { a, b in
                let sa = map.size[position[a]!], sb = map.size[position[b]!]
                return sa != sb ? sa > sb : a < b
            }.prefix(namedPerCommunity)
            return Community(number: number + 1, members: members, dominantGroup: dominant,
                             dominantShare: dominant.map { Double(counts[$0]!) / Double(members.count) } ?? 0,
                             named: Array(named), internalTies: 0)
        }
        let omittedNumbers = numbers.count - drawnNumbers.count
        let omittedActors = outside + numbers.dropFirst(communityCount).reduce(0) { $0 + membersOf[$1]!.count }

        // 3. Ties: among the core kept, the others aggregated.
        func node(_ actor: Int32) -> Node? {
            let i = position[actor]!
            if inCore[i] { return .actor(actor) }
            let c = Int(actor) < communityOf.count ? Int(communityOf[Int(actor)]) : -1
            return slot[c].map { .community($0) }
        }
        var coreTies: [MapTie] = []
        var linkIndex: [Node: [Node: Int]] = [:]
        var links: [Link] = []
        for tie in map.ties {
            guard let a = node(tie.source), let b = node(tie.target) else { continue }
            if case .actor = a, case .actor = b { coreTies.append(tie); continue }
            if a == b, case .community(let c) = a { communities[c].internalTies += 1; continue }
            let (low, high) = a < b ? (a, b) : (b, a)
            if let index = linkIndex[low]?[high] {
                links[index].weight += tie.weight
                links[index].pairs += 1
                links[index].strongPairs += tie.strength.isStrong ? 1 : 0
            } else {
                linkIndex[low, default: [:]][high] = links.count
                links.append(Link(source: low, target: high, weight: tie.weight, pairs: 1, strongPairs: tie.strength.isStrong ? 1 : 0))
            }
        }
        links.sort { ($0.source, $0.target) < ($1.source, $1.target) }

        let core = positions.filter { inCore[$0] }
        var result = map
        result.actors = core.map { map.actors[$0] }
        result.size = core.map { map.size[$0] }
        result.labelled = core.map { _ in true }
        result.highlighted = core.map { map.highlighted[$0] }
        result.ties = coreTies
        result.suggestedTies = map.suggestedTies.filter { inCore[position[$0.source]!] && inCore[position[$0.target]!] }
        result.overview = MapOverview(communities: communities, links: links, selectedActors: map.actors.count,
                                      selectedTies: map.ties.count, actorLimit: actorLimit,
                                      omittedCommunities: omittedNumbers, omittedActors: omittedActors)
        return result
    }

    /// `map` cut to its `limit` largest actors (by size; the focus, highlighted actors and
    /// the ends of suggested ties always kept, ties by load order), with the ties among
    /// them; the number left out in ``ActorMap/omittedLessCentral``. `map` itself when it
    /// is within the limit.
    public static func mostCentral(_ map: ActorMap, limit: Int) -> ActorMap {
        guard map.actors.count > limit else { return map }
        var keep = [Bool](repeating: false, count: map.actors.count)
        var position: [Int32: Int] = [:]
        for (i, actor) in map.actors.enumerated() { position[actor] = i }
        var kept = 0
        for (i, actor) in map.actors.enumerated() where map.highlighted[i] || actor == map.focus {
            keep[i] = true; kept += 1
        }
        for tie in map.suggestedTies {
            for actor in [tie.source, tie.target] where !keep[position[actor]!] { keep[position[actor]!] = true; kept += 1 }
        }
        let ranked = map.actors.indices.sorted { map.size[$0] != map.size[$1] ? map.size[$0] > map.size[$1] : $0 < $1 }
        for i in ranked where kept < limit && !keep[i] { keep[i] = true; kept += 1 }
        let indices = map.actors.indices.filter { keep[$0] }
        var result = map
        result.actors = indices.map { map.actors[$0] }
        result.size = indices.map { map.size[$0] }
        result.labelled = indices.map { map.labelled[$0] }
        result.highlighted = indices.map { map.highlighted[$0] }
        result.ties = map.ties.filter { keep[position[$0.source]!] && keep[position[$0.target]!] }
        result.omittedLessCentral += map.actors.count - indices.count
        return result
    }

    /// The actors of one drawn community as a map of their own (``communityMap``): its
    /// `limit` most central members (all when fewer) and the ties among them, all labelled
    /// up to 60 actors, else the top ``MapBuilder/automaticLabelCount``.
    public static func communityMap(_ community: Community, of full: ActorMap, limit: Int) -> ActorMap {
        var position: [Int32: Int] = [:]
        for (i, actor) in full.actors.enumerated() { position[actor] = i }
        let ranked = community.members.sorted { a, b in
            let sa = full.size[position[a]!], sb = full.size[position[b]!]
            return sa != sb ? sa > sb : a < b
        }
        let kept = Set(ranked.prefix(limit))
        let actors = community.members.filter { kept.contains($0) }
        var result = full
        result.overview = nil
        result.actors = actors
        result.size = actors.map { full.size[position[$0]!] }
        result.highlighted = actors.map { full.highlighted[position[$0]!] }
        result.ties = full.ties.filter { kept.contains($0.source) && kept.contains($0.target) }
        result.suggestedTies = []
        result.focus = nil
        result.labelled = actors.count <= 60 ? actors.map { _ in true }
            : MapBuilder.topBySize(result.size, count: MapBuilder.automaticLabelCount)
        result.omittedIsolates = 0
        result.omittedOutside = OmittedComponents()
        result.omittedLessCentral = community.members.count - actors.count
        return result
    }
}
