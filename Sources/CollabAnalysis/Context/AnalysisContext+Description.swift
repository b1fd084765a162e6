import CollabGraph
/// How a context describes the view its results were computed on: in JSON beside every
/// result, and in one line for text output, pages and methods sections.
extension AnalysisContext {
    /// `{"graph", "direction", "direction_origin", "directed_view", "weighted",
    /// "relation_types", "window", "memberships", "group", "rubric"}`.
    public var viewJSON: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("graph", .string(name)),
            ("direction", .string(direction.rawValue)),
            ("direction_origin", .string(directionOrigin)),
            ("directed_view", .bool(viewOptions.directed)),
            ("weighted", .bool(weighted)),
            ("relation_types", viewOptions.relationTypes.map { .array($0.map { .string($0) }) } ?? .null),
        ]
        switch viewOptions.window {
        case nil: pairs.append(("window", .null))
        case .at(let day)?: pairs.append(("window", .object([("at", .string(day.description))])))
        case .between(let from, let to)?:
            pairs.append(("window", .object([("from", .string(from.description)), ("to", .string(to.description))])))
        }
        pairs.append(("memberships", .string(viewOptions.memberships.name)))
        pairs.append(("group", groupAttribute.map { .string($0) } ?? .null))
        pairs.append(("rubric", .string(rubric.label)))
        return .object(pairs)
    }

    /// One line: "undirected records (declared in meta.json); undirected view, unweighted;
    /// all relation types; all dates; memberships ignored".
    public var viewSummary: String {
        var parts = ["\(direction.rawValue) records (\(directionOrigin))"]
        parts.append((viewOptions.directed ? "directed view" : "undirected view") + (weighted ? ", weighted" : ", unweighted"))
        parts.append(viewOptions.relationTypes.map { "relation types " + $0.joined(separator: ", ") } ?? "all relation types")
        switch viewOptions.window {
        case nil: parts.append("all dates")
        case .at(let day)?: parts.append("records active on \(day)")
        case .between(let from, let to)?: parts.append("records active between \(from) and \(to)")
        }
        parts.append(viewOptions.memberships.phrase)
        return parts.joined(separator: "; ")
    }
}

extension MembershipMode {
    /// The command-line name: ignore, ties, co or newman.
    public var name: String {
        switch self {
        case .ignore: "ignore"
        case .ties: "ties"
        case .coMembership(.sharedNetworks): "co"
        case .coMembership(.newman): "newman"
        }
    }

    /// In words: "memberships ignored", "memberships as ties", …
    public var phrase: String {
        switch self {
        case .ignore: "memberships ignored"
        case .ties: "memberships as actor–network ties"
        case .coMembership(.sharedNetworks): "memberships projected (co-membership, weight = shared networks)"
        case .coMembership(.newman): "memberships projected (Newman co-membership weights)"
        }
    }

    /// Every mode by its command-line name.
    public static let allByName: [(String, MembershipMode)] = [
        ("ignore", .ignore), ("ties", .ties), ("co", .coMembership(.sharedNetworks)), ("newman", .coMembership(.newman)),
    ]
}

extension JSONValue {
    /// An object result with the context's view description (``AnalysisContext/viewJSON``)
    /// as its first field, `"view"`; a non-object result is wrapped as `{"view", "result"}`.
    public func withView(of context: AnalysisContext) -> JSONValue {
        if case .object(let pairs) = self {
            return .object([("view", context.viewJSON)] + pairs.filter { $0.0 != "view" })
        }
        return .object([("view", context.viewJSON), ("result", self)])
    }
}
