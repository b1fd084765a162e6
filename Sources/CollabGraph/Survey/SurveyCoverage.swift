/// What a survey saw and could not see: who responded, and which ties could be confirmed
/// from both sides. Read from a graph whose actors carry the attribute `respondent`
/// (`yes`/`no`, as ``SurveyImport`` writes it), each record read as a nomination by its
/// source — except records a respondent reported between two others (`report` =
/// `ego-reported`), counted apart.
///
/// A tie between two respondents is seen from both sides: named by both (confirmed) or by
/// one. A tie between a respondent and a non-respondent is seen from one side only and can
/// never be confirmed; a tie between two non-respondents is not seen at all. So
/// reciprocity — and every measure of non-respondents' ties — can only be judged among the
/// respondents.
///
/// - Complexity: O(n + m log m) (pairs sorted once).
public struct SurveyCoverage: Sendable, Equatable {
    public var actors: Int
    public var respondents: Int
    public var nonRespondents: Int { actors - respondents }
    public var responseRate: Double { actors == 0 ? 0 : Double(respondents) / Double(actors) }
    /// Distinct connected pairs of two respondents, and how many were named both ways.
    public var respondentPairs: Int
    public var confirmedPairs: Int
    /// Distinct connected pairs of a respondent and a non-respondent (named by one side).
    public var pairsWithNonRespondent: Int
    /// Distinct connected pairs of two non-respondents (none in a survey's own records:
    /// they come from other data or merges).
    public var pairsAmongNonRespondents: Int
    /// Records (nominations) naming a non-respondent.
    public var recordsNamingNonRespondents: Int
    /// Records a respondent reported between two others (`report` = `ego-reported`, egor's
    /// alter–alter ties): not nominations, left out of the counts above.
    public var thirdPartyRecords: Int

    /// The coverage of `graph`, nil when no actor carries the attribute `respondent`.
    public init?(_ graph: CollaborationGraph) {
        var flag = [Bool](repeating: false, count: graph.actorCount)
        var any = false
        for (i, actor) in graph.actors.enumerated() {
            guard let value = actor.attributes["respondent"] else { continue }
            any = true
            flag[i] = ["yes", "true", "1", "y"].contains(value.lowercased())
        }
        guard any else { return nil }
        actors = graph.actorCount
        respondents = flag.filter { $0 }.count
        var arcs: [Int64] = []
        arcs.reserveCapacity(graph.ties.count)
        var naming = 0, thirdParty = 0
        for tie in graph.ties where !tie.isSelfLoop {
            if tie.attributes["report"] == "ego-reported" { thirdParty += 1; continue }
            arcs.append(Int64(tie.source) << 32 | Int64(tie.target))
            if !flag[Int(tie.target)] { naming += 1 }
        }
        recordsNamingNonRespondents = naming
        thirdPartyRecords = thirdParty
        arcs.sort()
        var unique: [Int64] = []
        for arc in arcs where unique.last != arc { unique.append(arc) }
        func has(_ arc: Int64) -> Bool {
            var low = 0, high = unique.count
            while low < high { let mid = (low + high) / 2; if unique[mid] < arc { low = mid + 1 } else { high = mid } }
            return low < unique.count && unique[low] == arc
        }
        var both = 0, pairs = 0, mixed = 0, neither = 0
        for arc in unique {
            let s = Int(arc >> 32), t = Int(arc & 0xFFFF_FFFF)
            let reverse = Int64(t) << 32 | Int64(s)
            let reversed = has(reverse)
            if reversed && s > t { continue }  // the pair counted from its other arc
            switch (flag[s], flag[t]) {
            case (true, true): pairs += 1; if reversed { both += 1 }
            case (false, false): neither += 1
            default: mixed += 1
            }
        }
        respondentPairs = pairs
        confirmedPairs = both
        pairsWithNonRespondent = mixed
        pairsAmongNonRespondents = neither
    }
}
