/// How the verdict on a system moved from one wave to the next, criterion by criterion.
///
/// Each wave has its own ``Verdict`` (fragmented, weakly or strongly collaborative, from the
/// criteria of ``CollaborationProfile``). A criterion *changed* when it was met in one wave
/// and not in the other; its value moves either way are kept as numbers. Criteria measured
/// in only one wave (reciprocity when it is not judged in one wave) are listed with
/// the missing side nil.
///
/// - Complexity: O(c²) for c criteria (c ≤ 3).
public struct VerdictChange: Sendable, Equatable {
    public let before: VerdictKind
    public let after: VerdictKind
    /// Every criterion of either wave, in the earlier wave's order then the later one's.
    public let criteria: [CriterionChange]

    public var kindChanged: Bool { before != after }
    /// The criteria that flipped between met and not met.
    public var changedCriteria: [CriterionChange] { criteria.filter(\.changed) }

    public init(before: Verdict, after: Verdict) {
        self.before = before.kind
        self.after = after.kind
        var names: [VerdictCriterion.Name] = []
        for c in before.criteria + after.criteria where !names.contains(c.name) { names.append(c.name) }
        criteria = names.map { name in
            CriterionChange(name: name, before: before.criteria.first { $0.name == name },
                            after: after.criteria.first { $0.name == name })
        }
    }
}

/// One criterion in two waves.
public struct CriterionChange: Sendable, Equatable {
    public var name: VerdictCriterion.Name
    public var before: VerdictCriterion?
    public var after: VerdictCriterion?

    /// Met in one wave and not in the other (both measured).
    public var changed: Bool {
        guard let before, let after else { return false }
        return before.met != after.met
    }

    /// after − before, when measured in both.
    public var delta: Double? {
        guard let before, let after else { return nil }
        return after.value - before.value
    }
}
