import Foundation

extension CollaborationGraph {
    /// The graph with the actors an alias table names merged into their canonical actor.
    ///
    /// An actor is an alias when its id — or, failing that, its exact label — is an alias in
    /// `aliases` (chains followed). Then:
    /// - its tie records are re-pointed to the canonical actor; a record that becomes
    ///   identical to another (same ends, relation type, dates and attributes) is folded
    ///   into the first, weights summed; a record between two actors merged into one (a
    ///   self-tie the merge made) is dropped; self-loops in the data are kept;
    /// - its memberships are re-pointed; duplicates and self-memberships the merge made are
    ///   dropped;
    /// - the canonical actor keeps its label, kind and attributes; an attribute it lacks is
    ///   taken from the first merged actor (in load order) that has it; every differing
    ///   value is listed in the ``MergeLog``.
    ///
    /// The canonical id must be an actor of this graph or, for datasets compared as waves,
    /// one of `knownIDs` (the ids of the other datasets): then the first aliased actor is
    /// renamed onto it. An alias onto an id in neither is an ``InputError`` at the alias
    /// file's line; so is a cycle made through labels. Aliases naming no actor are counted
    /// (``MergeLog/unusedAliases``): one alias file may serve several datasets.
    ///
    /// Actors keep their load order (merged actors leave it); relation types keep their
    /// indices. Deterministic.
    ///
    /// - Complexity: O(n + m + k) hash look-ups for n actors, m records and memberships,
    ///   k aliases.
    public func merging(_ aliases: AliasTable, knownIDs: Set<String> = []) throws -> (graph: CollaborationGraph, log: MergeLog) {
        var log = MergeLog(file: aliases.file)
        let n = actorCount
        // Each actor's target: an actor index, or a foreign id (rename), or itself.
        var target = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for i in 0 ..< n { buffer[i] = Int32(i) }
            count = n
        }
        var matched: [Int: (alias: String, entry: AliasTable.Entry)] = [:]
        var foreign: [Int: String] = [:]
        var used: Set<String> = []
        for (i, actor) in actors.enumerated() {
            var key = actor.id
            var canonicalID = aliases.canonical(actor.id)
            if canonicalID == nil, actor.label != actor.id, let byLabel = aliases.canonical(actor.label) {
                canonicalID = byLabel
                key = actor.label
            }
            guard let canonicalID, canonicalID != actor.id else { continue }
            used.insert(key)
            let entry = aliases.entry(key)!
            matched[i] = (key, entry)
            if let j = index(of: canonicalID) {
                target[i] = j
            } else if knownIDs.contains(canonicalID) {
                foreign[i] = canonicalID
            } else {
                let hint = actors.first { $0.label == canonicalID }.map { " ('\(Excerpt.of(canonicalID))' is the label of '\(Excerpt.of($0.id))': name the id)" } ?? ""
                throw InputError(file: aliases.file, line: entry.line, column: entry.column,
                                 "the alias '\(Excerpt.of(key))' maps onto '\(Excerpt.of(canonicalID))', which is no actor id\(knownIDs.isEmpty ? "" : " of any dataset given")\(hint)")
            }
        }
        log.unusedAliases = aliases.entries.filter { !used.contains($0.alias) }.count
        guard !matched.isEmpty else {
            var same = self
            same.declaration.merges = log
            return (same, log)
        }
        // Follow chains made through labels (a → b by id, b → c by label); refuse cycles.
        var root = target
        for i in 0 ..< n where root[i] != Int32(i) {
            var seen: Set<Int32> = [Int32(i)]
            var current = target[i]
            while target[Int(current)] != current {
                guard seen.insert(current).inserted else {
                    let entry = matched[i]!.entry
                    throw InputError(file: aliases.file, line: entry.line, column: entry.column,
                                     "alias cycle through labels: '\(Excerpt.of(actors[i].id))' leads back to itself")
                }
                current = target[Int(current)]
            }
            root[i] = current
        }
        // Actors renamed onto a foreign id: the first one takes the id, the others join it.
        var foreignRoot: [String: Int32] = [:]
        for i in 0 ..< n {
            let r = root[i]
            guard let id = foreign[Int(r)] else { continue }
            if let first = foreignRoot[id] { root[i] = first } else { foreignRoot[id] = r }
        }
        // The merged graph: canonical actors in load order.
        var merged = CollaborationGraph(ladder: ladder)
        merged.declaration = declaration
        for name in relationTypes.dropFirst() { _ = merged.relationTypeIndex(for: name) }
        var newIndex = [Int32](repeating: -1, count: n)
        var members: [Int32: [Int]] = [:]
        for i in 0 ..< n where root[i] != Int32(i) || foreignRoot.values.contains(Int32(i)) {
            members[root[i], default: []].append(i)
        }
        for i in 0 ..< n where root[i] == Int32(i) {
            var actor = actors[i]
            let renamedTo = foreignRoot.first { $0.value == Int32(i) }?.key
            if let group = members[Int32(i)] {
                var merge = MergeLog.Merge(canonical: renamedTo ?? actor.id, label: actor.label, renamed: renamedTo != nil,
                                           merged: [], conflicts: [])
                for j in group {
                    let other = actors[j]
                    let (alias, entry) = matched[j]!
                    merge.merged.append(MergeLog.MergedActor(id: other.id, label: other.label, matchedBy: alias, line: entry.line))
                    guard j != i else { continue }
                    if other.label != actor.label && other.label != other.id {
                        merge.conflicts.append(.init(attribute: "label", kept: actor.label, value: other.label, from: other.id))
                    }
                    if !other.kind.isEmpty && other.kind != actor.kind {
                        merge.conflicts.append(.init(attribute: "kind", kept: actor.kind.isEmpty ? nil : actor.kind, value: other.kind, from: other.id))
                        if actor.kind.isEmpty { actor.kind = other.kind }
                    }
                    for name in actorAttributeNames {
                        guard let value = other.attributes[name], value != actor.attributes[name] else { continue }
                        merge.conflicts.append(.init(attribute: name, kept: actor.attributes[name], value: value, from: other.id))
                        if actor.attributes[name] == nil { actor.attributes[name] = value }
                    }
                }
                if let renamedTo { actor.id = renamedTo }
                log.merges.append(merge)
            }
            newIndex[i] = merged.addActor(actor)!
        }
        for i in 0 ..< n where root[i] != Int32(i) { newIndex[i] = newIndex[Int(root[i])] }
        merged.actorAttributeNames = actorAttributeNames
        merged.tieAttributeNames = tieAttributeNames
        merged.membershipAttributeNames = membershipAttributeNames
        // Records: re-pointed, folded into an identical record, or dropped as self-ties.
        var firstOf: [Tie: Int] = [:]
        var ties: [Tie] = []
        ties.reserveCapacity(self.ties.count)
        let touched = Set(members.keys.map { newIndex[Int($0)] })
        for tie in self.ties {
            var moved = tie
            moved.source = newIndex[Int(tie.source)]
            moved.target = newIndex[Int(tie.target)]
            let repointed = root[Int(tie.source)] != tie.source || root[Int(tie.target)] != tie.target
            if repointed {
                log.recordsRepointed += 1
                if moved.source == moved.target && tie.source != tie.target { log.selfTiesDropped += 1; continue }
            }
            guard touched.contains(moved.source) || touched.contains(moved.target) else { ties.append(moved); continue }
            var key = moved
            key.weight = 0
            if repointed, let first = firstOf[key] {
                ties[first].weight += moved.weight
                log.recordsCombined += 1
                continue
            }
            if firstOf[key] == nil { firstOf[key] = ties.count }
            ties.append(moved)
        }
        for tie in ties { merged.addTie(tie) }
        var seenMemberships: Set<Membership> = []
        for membership in memberships {
            var moved = membership
            moved.member = newIndex[Int(membership.member)]
            moved.network = newIndex[Int(membership.network)]
            let repointed = root[Int(membership.member)] != membership.member || root[Int(membership.network)] != membership.network
            if repointed && (moved.member == moved.network || seenMemberships.contains(moved)) {
                log.membershipsDropped += 1
                continue
            }
            seenMemberships.insert(moved)
            merged.addMembership(moved)
        }
        merged.declaration.merges = log
        return (merged, log)
    }
}
