/// Whether the communities of one wave carry on into the next: how far the two partitions
/// agree, and which communities continued, split, merged, dissolved or emerged.
///
/// Input: a community label per actor in each wave (from ``CommunityPartition`` on each
/// wave's view), with −1 for actors absent from the wave (no tie in it).
///
/// - *Agreement*: normalised mutual information and the adjusted Rand index
///   (``PartitionComparison``, scikit-learn's definitions) over the actors present in both
///   waves.
/// - *Matching* (Greene, Doyle & Cunningham 2010, "Tracking the evolution of communities in
///   dynamic social networks", ASONAM 2010, doi:10.1109/ASONAM.2010.17): a community C of the
///   earlier wave and D of the later wave *match* when the Jaccard index of their member sets,
///   |C ∩ D| / |C ∪ D|, is at least θ (default 0.3); members are all the actors a community
///   has in its own wave, so actors entering and leaving lower the index. Then:
///   - C *continued* as D when they match each other and nothing else;
///   - C *split* when it matches two or more later communities;
///   - D is a *merge* when two or more earlier communities match it;
///   - C *dissolved* when it matches nothing; D *emerged* when nothing matches it.
///   A community can split and take part in a merge at once; each is listed where it
///   belongs.
///
/// - Complexity: O(n log n) (the contingency table by sorting label pairs).
public struct CommunityContinuity: Sendable, Equatable {
    /// Agreement over the actors present in both waves; nil when fewer than two are.
    public let agreement: PartitionComparison?
    /// Matching pairs (earlier, later, Jaccard), in label order.
    public let matches: [CommunityMatch]
    /// Earlier community → later community, one-to-one.
    public let continued: [CommunityMatch]
    /// Earlier communities matching two or more later ones: (earlier, later ones).
    public let splits: [(community: Int32, into: [Int32])]
    /// Later communities matched by two or more earlier ones: (later, earlier ones).
    public let merges: [(community: Int32, from: [Int32])]
    /// Earlier communities with no match.
    public let dissolved: [Int32]
    /// Later communities with no match.
    public let emerged: [Int32]
    /// The threshold θ used.
    public let threshold: Double

    public static func == (a: CommunityContinuity, b: CommunityContinuity) -> Bool {
        a.agreement == b.agreement && a.matches == b.matches && a.continued == b.continued
            && a.splits.map(\.community) == b.splits.map(\.community) && a.splits.map(\.into) == b.splits.map(\.into)
            && a.merges.map(\.community) == b.merges.map(\.community) && a.merges.map(\.from) == b.merges.map(\.from)
            && a.dissolved == b.dissolved && a.emerged == b.emerged && a.threshold == b.threshold
    }

    public init(before: [Int32], after: [Int32], threshold: Double = 0.3) {
        precondition(before.count == after.count, "waves must share one actor index")
        self.threshold = threshold
        let kBefore = Int((before.max() ?? -1) + 1), kAfter = Int((after.max() ?? -1) + 1)
        var sizeBefore = [Int](repeating: 0, count: kBefore), sizeAfter = [Int](repeating: 0, count: kAfter)
        for label in before where label >= 0 { sizeBefore[Int(label)] += 1 }
        for label in after where label >= 0 { sizeAfter[Int(label)] += 1 }

        // Actors in both waves: the agreement and the overlaps.
        var a: [Int32] = [], b: [Int32] = []
        for u in before.indices where before[u] >= 0 && after[u] >= 0 { a.append(before[u]); b.append(after[u]) }
        agreement = a.count >= 2 ? PartitionComparison(CommunityContinuity.dense(a), CommunityContinuity.dense(b)) : nil

        var keys = (0 ..< a.count).map { UInt64(UInt32(a[$0])) << 32 | UInt64(UInt32(b[$0])) }
        keys.sort()
        var matches: [CommunityMatch] = []
        var i = 0
        while i < keys.count {
            var j = i
            while j < keys.count && keys[j] == keys[i] { j += 1 }
            let c = Int32(truncatingIfNeeded: keys[i] >> 32), d = Int32(truncatingIfNeeded: keys[i] & 0xFFFF_FFFF)
            let overlap = j - i
            let jaccard = Double(overlap) / Double(sizeBefore[Int(c)] + sizeAfter[Int(d)] - overlap)
            if jaccard >= threshold { matches.append(CommunityMatch(before: c, after: d, jaccard: jaccard)) }
            i = j
        }
        self.matches = matches
        var forward = [[Int32]](repeating: [], count: kBefore), backward = [[Int32]](repeating: [], count: kAfter)
        for m in matches { forward[Int(m.before)].append(m.after); backward[Int(m.after)].append(m.before) }
        continued = matches.filter { forward[Int($0.before)].count == 1 && backward[Int($0.after)].count == 1 }
        splits = (0 ..< kBefore).filter { forward[$0].count >= 2 }.map { (Int32($0), forward[$0].sorted()) }
        merges = (0 ..< kAfter).filter { backward[$0].count >= 2 }.map { (Int32($0), backward[$0].sorted()) }
        dissolved = (0 ..< kBefore).filter { sizeBefore[$0] > 0 && forward[$0].isEmpty }.map { Int32($0) }
        emerged = (0 ..< kAfter).filter { sizeAfter[$0] > 0 && backward[$0].isEmpty }.map { Int32($0) }
    }

    /// Labels renumbered 0, 1, … in order of first appearance (what ``PartitionComparison``
    /// needs: every label used).
    static func dense(_ labels: [Int32]) -> [Int32] {
        var renamed = [Int32](repeating: -1, count: Int((labels.max() ?? -1) + 1))
        var next: Int32 = 0
        return labels.map { label in
            if renamed[Int(label)] < 0 { renamed[Int(label)] = next; next += 1 }
            return renamed[Int(label)]
        }
    }
}

/// An earlier and a later community whose member sets overlap by at least the threshold.
public struct CommunityMatch: Sendable, Equatable {
    public var before: Int32
    public var after: Int32
    /// |C ∩ D| / |C ∪ D|.
    public var jaccard: Double

    public init(before: Int32, after: Int32, jaccard: Double) {
        self.before = before
        self.after = after
        self.jaccard = jaccard
    }
}
