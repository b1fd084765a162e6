import CollabGraph

extension GraphInput {
    /// The graphs with `--aliases` applied (unchanged without it): each graph's aliased
    /// actors merged into their canonical actor; with several graphs (waves), an alias may
    /// name an id of any of them. Each merge is listed on standard error.
    static func mergeAliases(_ graphs: [CollaborationGraph], _ arguments: ParsedArguments, names: [String],
                             console: Console) throws -> [CollaborationGraph] {
        guard let file = arguments.value("aliases") else { return graphs }
        let table = try AliasTable.read(contentsOf: file)
        var known: Set<String> = []
        if graphs.count > 1 { for graph in graphs { for actor in graph.actors { known.insert(actor.id) } } }
        return try zip(graphs, names).map { graph, name in
            let (merged, log) = try graph.merging(table, knownIDs: known)
            for line in mergeLines(log, dataset: graphs.count > 1 ? name : nil) { console.err(CollabCLI.bounded(line) + "\n") }
            return merged
        }
    }

    /// The merge log in words, one line each: a summary, then one line per canonical actor
    /// and one per differing attribute value.
    static func mergeLines(_ log: MergeLog, dataset: String?) -> [String] {
        let place = dataset.map { " in \($0)" } ?? ""
        let unused = log.unusedAliases > 0 ? "; \(log.unusedAliases) alias\(log.unusedAliases == 1 ? "" : "es") name\(log.unusedAliases == 1 ? "s" : "") no actor here" : ""
        guard !log.isEmpty else {
            return ["Note: \(log.file) merged no actor\(place)\(unused)."]
        }
        let renamed = log.merges.filter(\.renamed).count
        var summary = log.actorsMerged > 0
            ? "Merged \(log.actorsMerged) actor\(log.actorsMerged == 1 ? "" : "s") into \(log.merges.count - renamed) by \(log.file)\(place)"
            : "Renamed \(renamed) actor\(renamed == 1 ? "" : "s") onto another dataset's id\(renamed == 1 ? "" : "s") by \(log.file)\(place)"
        if renamed > 0 && log.actorsMerged > 0 { summary += ", renamed \(renamed) onto another dataset's id\(renamed == 1 ? "" : "s")" }
        summary += ": \(log.recordsRepointed) tie record\(log.recordsRepointed == 1 ? "" : "s") re-pointed, \(log.recordsCombined) folded into an identical record (weights summed), \(log.selfTiesDropped) between merged actors dropped"
        if log.membershipsDropped > 0 { summary += ", \(log.membershipsDropped) duplicate membership\(log.membershipsDropped == 1 ? "" : "s") dropped" }
        var lines = [summary + unused + "."]
        for merge in log.merges {
            let from = merge.merged.map { actor -> String in
                let byLabel = actor.matchedBy == actor.id ? "" : " (by its label '\(actor.matchedBy)')"
                return "'\(actor.id)'" + byLabel
            }.joined(separator: ", ")
            let aliasLines = merge.merged.map { String($0.line) }.joined(separator: ", ")
            let verb = merge.renamed ? "renamed" : "merged"
            let plural = merge.merged.count == 1 ? "" : "s"
            lines.append("  \(verb) \(from) → '\(merge.canonical)' (\(merge.label); alias line\(plural) \(aliasLines))")
            for conflict in merge.conflicts {
                let kept = conflict.kept.map { "kept '\($0)'" } ?? "had none: took it"
                lines.append("    \(conflict.attribute): '\(conflict.value)' from '\(conflict.from)' differs; \(merge.canonical) \(kept)")
            }
        }
        return lines
    }

    /// The canonical id of a name a merged actor had (its id or label), else the name itself:
    /// `--focus` may name an actor by an alias.
    static func canonicalName(_ name: String, in graph: CollaborationGraph) -> String {
        guard let log = graph.declaration.merges else { return name }
        for merge in log.merges where merge.merged.contains(where: { $0.id == name || $0.matchedBy == name }) {
            return merge.canonical
        }
        return name
    }
}
