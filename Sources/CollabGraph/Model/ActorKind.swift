/// The kind of an actor, open-ended: the kinds the domain names (BRIEF: anchor
/// institutions, SMEs, large employers, networks, public bodies, schools, providers,
/// community organisations) and any other kind a dataset uses, kept as written.
public enum ActorKind: Sendable, Hashable, CustomStringConvertible {
    case anchor, sme, employer, network, `public`, school, provider, community
    /// A kind outside the built-in list (`college`, `university`, `council`…), kept.
    case other(String)
    /// No kind given.
    case unspecified

    public init(_ text: String) {
        switch text {
        case "": self = .unspecified
        case "anchor": self = .anchor
        case "sme": self = .sme
        case "employer": self = .employer
        case "network": self = .network
        case "public": self = .public
        case "school": self = .school
        case "provider": self = .provider
        case "community": self = .community
        default: self = .other(text)
        }
    }

    /// The kind as written in data (empty when unspecified).
    public var rawValue: String {
        switch self {
        case .anchor: "anchor"
        case .sme: "sme"
        case .employer: "employer"
        case .network: "network"
        case .public: "public"
        case .school: "school"
        case .provider: "provider"
        case .community: "community"
        case .other(let text): text
        case .unspecified: ""
        }
    }

    /// The kind as written, or ``ActorGroups/missingName`` ("not given") when unspecified.
    public var description: String { self == .unspecified ? ActorGroups.missingName : rawValue }
}

extension CollaborationGraph {
    /// Attributes that can group actors: `kind` when some actor has one, then every
    /// attribute column in input order.
    public var groupingAttributes: [String] {
        (actors.contains { !$0.kind.isEmpty } ? ["kind"] : []) + actorAttributeNames
    }

    /// The distinct values of a grouping attribute in order of first appearance.
    public func values(of attribute: String) -> [String] {
        var seen: Set<String> = []
        var ordered: [String] = []
        for actor in actors {
            if let value = actor.value(of: attribute), seen.insert(value).inserted { ordered.append(value) }
        }
        return ordered
    }

    /// The actor a person typed: an exact id, else an exact label (case-sensitive first,
    /// then ignoring case). Unknown text, or a label shared by several actors, is a
    /// ``RequestError`` naming `option` and the closest ids and labels.
    public func lookUpActor(_ text: String, option: String) throws -> Int32 {
        if let index = index(of: text) { return index }
        for matches in [actors.indices.filter { actors[$0].label == text },
                        actors.indices.filter { actors[$0].label.lowercased() == text.lowercased() || actors[$0].id.lowercased() == text.lowercased() }] {
            if matches.count == 1 { return Int32(matches[0]) }
            if matches.count > 1 {
                throw RequestError.ambiguousLabel(text: text, option: option, matches: matches.count, ids: matches.prefix(5).map { actors[$0].id })
            }
        }
        let closest = closestActors(to: text, count: 3).map { RequestError.ActorName(id: actors[Int($0)].id, label: actors[Int($0)].label) }
        throw RequestError.unknownActor(text: text, option: option, closest: closest)
    }

    /// Up to `count` actors whose id or label is closest to `text`: those containing it
    /// first, then by edit distance to id or label, then load order.
    public func closestActors(to text: String, count: Int) -> [Int32] {
        let word = Array(text.lowercased())
        let lowered = text.lowercased()
        let scored = actors.enumerated().map { index, actor -> (Int, Int, Int) in
            let id = actor.id.lowercased(), label = actor.label.lowercased()
            let contains = id.contains(lowered) || label.contains(lowered) ? 0 : 1
            let distance = min(Suggestions.editDistance(word, Array(id)), Suggestions.editDistance(word, Array(label)))
            return (contains, distance, index)
        }
        let threshold = max(2, word.count / 3)
        return scored.filter { $0.0 == 0 || $0.1 <= threshold }.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            .prefix(count).map { Int32($0.2) }
    }
}
