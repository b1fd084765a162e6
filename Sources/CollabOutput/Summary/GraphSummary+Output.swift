import CollabAnalysis
import CollabGraph
/// Text and JSON forms of a ``GraphSummary`` (what `collab info` prints).
extension GraphSummary {
    /// How many values of a grouping each text line lists before "… and K more" (JSON
    /// lists them all).
    public static let listLimit = 12
    /// The word for an attribute an actor does not have.
    public static let notGiven = "not given"

    /// The summary as `collab info` prints it for people.
    public func text(name: String) -> String {
        let s = self
        func percent(_ value: Double) -> String { NumberFormat.fixed(value * 100, digits: 1) + "%" }
        func list(_ counts: [GraphSummary.Count]) -> String {
            TextList.folded(counts.map { "\($0.value ?? GraphSummary.notGiven) \($0.count)" }, limit: GraphSummary.listLimit)
        }
        /// A breakdown is printed when some actor has a value.
        func given(_ counts: [GraphSummary.Count]) -> Bool { counts.contains { $0.value != nil } }
        var out = "\(name)\n"
        out += "Actors:        \(s.tieNetworkActorCount)"
        out += s.membershipOnlyNetworks > 0 ? " in the tie network, besides \(s.membershipOnlyNetworks) networks known only from memberships (not counted below)\n" : "\n"
        if given(s.actorsByKind) { out += "  by kind:     \(list(s.actorsByKind))\n" }
        if given(s.actorsBySector) { out += "  by sector:   \(list(s.actorsBySector))\n" }
        if given(s.actorsByLocality) { out += "  by locality: \(list(s.actorsByLocality))\n" }
        if given(s.actorsByTier) { out += "  by tier:     \(list(s.actorsByTier))\n" }
        out += "Records:       \(s.recordCount)" + (s.selfLoopRecords > 0 ? " (\(s.selfLoopRecords) self-loops)" : "") + "\n"
        if s.recordsByType.contains(where: { $0.type != nil }) {
            out += "  by type:     " + s.recordsByType.map { "\($0.type ?? GraphSummary.notGiven) \($0.records)" }.joined(separator: ", ") + "\n"
            out += "  by depth:    \(list(s.recordsByDepth))\n"
        }
        out += "Connected pairs: \(s.connectedPairs)  density \(NumberFormat.fixed(s.density, digits: 4))\n"
        out += "Components:    \(s.componentCount), largest \(s.largestComponent) actors"
        let profiled = s.actorCount - s.membershipOnlyNetworks
        out += profiled > 0 ? " (\(percent(Double(s.largestComponent) / Double(profiled))))" : ""
        out += ", isolates \(s.isolates)"
        out += s.membershipOnlyNetworks > 0 ? " (besides \(s.membershipOnlyNetworks) networks known only from memberships)\n" : "\n"
        switch (s.direction, s.reciprocity) {
        case (.undirected, _):
            out += "Direction:     undirected (\(s.directionOrigin)): reciprocity not measured\n"
        case (.directed, let r?):
            out += "Direction:     directed (\(s.directionOrigin))\n"
            out += "Reciprocity:   \(percent(r)) of directed ties have records both ways\n"
        case (.directed, nil):
            out += "Direction:     directed (\(s.directionOrigin))\n"
            if let reason = s.reciprocityNotJudged { out += "Reciprocity:   not judged: \(reason.phrase)\n" }
        }
        if s.membershipCount > 0 {
            out += "Memberships:   \(s.membershipCount) (\(s.memberCount) members in \(s.networkCount) networks)\n"
        }
        if let range = s.dateRange { out += "Dates:         \(range.lowerBound) to \(range.upperBound)\n" }
        if let survey = s.survey {
            out += survey.lines.joined(separator: "\n") + "\n"
            out += "  " + survey.limitation + "\n"
        }
        return out
    }

    /// The summary as `collab info --format json` prints it.
    public func json(name: String) -> JSONValue {
        let s = self
        // Actors without the attribute under "not given" (JSON keys are strings).
        func counts(_ list: [GraphSummary.Count]) -> JSONValue {
            .object(list.map { ($0.value ?? GraphSummary.notGiven, .number(Double($0.count))) })
        }
        var pairs: [(String, JSONValue)] = [
            ("graph", .string(name)),
            ("actors", .number(Double(s.actorCount))),
            ("tie_network_actors", .number(Double(s.tieNetworkActorCount))),
            ("actors_by_kind", counts(s.actorsByKind)),
            ("actors_by_sector", counts(s.actorsBySector)),
            ("actors_by_locality", counts(s.actorsByLocality)),
            ("actors_by_tier", counts(s.actorsByTier)),
            ("records", .number(Double(s.recordCount))),
            ("self_loop_records", .number(Double(s.selfLoopRecords))),
            ("records_by_type", .array(s.recordsByType.map {
                .object([("type", $0.type.map { .string($0) } ?? .null), ("depth", $0.depth.map { .string($0.description) } ?? .null),
                         ("records", .number(Double($0.records))), ("weight", .number($0.weight))])
            })),
            ("records_by_depth", counts(s.recordsByDepth)),
            ("connected_pairs", .number(Double(s.connectedPairs))),
            ("density", .number(s.density)),
            ("components", .number(Double(s.componentCount))),
            ("largest_component", .number(Double(s.largestComponent))),
            ("isolates", .number(Double(s.isolates))),
            ("membership_only_networks", .number(Double(s.membershipOnlyNetworks))),
            ("direction", .string(s.direction.rawValue)),
            ("direction_origin", .string(s.directionOrigin)),
            ("reciprocity", JSONValue.finite(s.reciprocity)),
            ("reciprocity_not_measured_reason", s.reciprocityNotJudged.map { .string($0.rawValue) } ?? .null),
            ("memberships", .number(Double(s.membershipCount))),
            ("networks", .number(Double(s.networkCount))),
            ("members", .number(Double(s.memberCount))),
        ]
        if let survey = s.survey { pairs.append(("survey", survey.json)) }
        pairs.append(("date_range", s.dateRange.map { .object([("start", .string($0.lowerBound.description)), ("end", .string($0.upperBound.description))]) } ?? .null))
        return .object(pairs)
    }
}
