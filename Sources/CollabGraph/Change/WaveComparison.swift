/// What changed between two waves of one system: ties kept, gained and lost, the Hamming
/// distance and the Jaccard index, and the actors that entered and left.
///
/// Both views must share one actor index (the same graph's views, or views re-indexed by
/// ``ActorAlignment``) and one direction. A *tie* is an unordered pair on an undirected view
/// and an arc on a directed one; weights do not matter (a tie is present or not).
///
/// With N11 the ties present in both waves (kept), N01 the ties present only in the later
/// wave (gained) and N10 those present only in the earlier one (lost), Snijders, van de Bunt &
/// Steglich (2010), "Introduction to stochastic actor-based models for network dynamics",
/// Social Networks 32(1):44–60, doi:10.1016/j.socnet.2009.02.004, define
/// - the Hamming distance H = N01 + N10 (the number of tie variables that changed), and
/// - the Jaccard index J = N11 / (N01 + N10 + N11),
/// and advise, on the data a stochastic actor-oriented model needs, that J should preferably
/// be above 0.3 (below 0.2 the change is hardly gradual). RSiena's
/// `print01Report` prints the same counts and index.
///
/// An actor is *present* in a wave when it has a tie in it (a self-loop alone does not
/// count); it *entered* when present in the later wave only and *left* when present in the
/// earlier wave only.
///
/// J is undefined (nil) when neither wave has a tie.
///
/// - Complexity: O(n + m₁ + m₂): one merge of each pair of sorted rows.
public struct WaveComparison: Sendable, Equatable {
    /// N11, N01, N10 and the ties themselves.
    public let ties: TieChange
    /// Actors entered, left and present in both waves.
    public let actors: ActorChange

    public init(before: GraphView, after: GraphView) {
        precondition(before.nodeCount == after.nodeCount, "waves must share one actor index")
        precondition(before.isDirected == after.isDirected, "waves must share one direction")
        ties = TieChange(before: before.outgoing, after: after.outgoing, directed: before.isDirected)
        actors = ActorChange(before: WavePresence.present(before), after: WavePresence.present(after))
    }
}

/// A tie between two actors: an arc `from → to` on a directed view, an unordered pair
/// (`from < to`) on an undirected one.
public struct ActorPair: Sendable, Hashable, Comparable {
    public var from: Int32
    public var to: Int32

    public init(_ from: Int32, _ to: Int32) {
        self.from = from
        self.to = to
    }

    public static func < (a: ActorPair, b: ActorPair) -> Bool { (a.from, a.to) < (b.from, b.to) }
}

/// Ties kept (N11), gained (N01) and lost (N10) from one wave to the next.
public struct TieChange: Sendable, Equatable {
    /// Ties present in both waves, in (from, to) order.
    public let kept: Int
    /// Ties present only in the later wave, in (from, to) order.
    public let gainedTies: [ActorPair]
    /// Ties present only in the earlier wave, in (from, to) order.
    public let lostTies: [ActorPair]

    /// Snijders et al.'s advice: a Jaccard index below this is low for modelling change as
    /// gradual.
    public static let stabilityThreshold = 0.3

    public var gained: Int { gainedTies.count }
    public var lost: Int { lostTies.count }
    /// H = N01 + N10.
    public var hamming: Int { gained + lost }
    /// J = N11 / (N01 + N10 + N11); nil when neither wave has a tie.
    public var jaccard: Double? {
        let union = kept + gained + lost
        return union > 0 ? Double(kept) / Double(union) : nil
    }
    /// Whether J is defined and below ``stabilityThreshold``.
    public var isBelowStabilityThreshold: Bool { jaccard.map { $0 < TieChange.stabilityThreshold } ?? false }

    /// Merges the sorted rows of the two adjacencies; on an undirected view only entries
    /// u < v are counted (each pair once).
    public init(before: CompressedAdjacency, after: CompressedAdjacency, directed: Bool) {
        precondition(before.nodeCount == after.nodeCount)
        var kept = 0
        var gained: [ActorPair] = [], lost: [ActorPair] = []
        for u in 0 ..< before.nodeCount {
            let a = before.row(u), b = after.row(u)
            var i = a.lowerBound, j = b.lowerBound
            let source = Int32(u)
            // Undirected: skip the entries v ≤ u (the pair is counted from its lower end).
            if !directed {
                while i < a.upperBound && before.neighbours[i] <= source { i += 1 }
                while j < b.upperBound && after.neighbours[j] <= source { j += 1 }
            }
            while i < a.upperBound || j < b.upperBound {
                let v = i < a.upperBound ? before.neighbours[i] : Int32.max
                let w = j < b.upperBound ? after.neighbours[j] : Int32.max
                if v == w {
                    kept += 1; i += 1; j += 1
                } else if v < w {
                    lost.append(ActorPair(source, v)); i += 1
                } else {
                    gained.append(ActorPair(source, w)); j += 1
                }
            }
        }
        self.kept = kept
        gainedTies = gained
        lostTies = lost
    }
}

/// Actors that entered, left, or stayed between two waves.
public struct ActorChange: Sendable, Equatable {
    /// Present in the later wave only, in index order.
    public let entered: [Int32]
    /// Present in the earlier wave only, in index order.
    public let left: [Int32]
    /// Present in both waves.
    public let stayed: Int
    /// Present in the earlier and in the later wave.
    public let presentBefore: Int
    public let presentAfter: Int

    /// From presence flags (one per actor, same index in both waves).
    public init(before: [Bool], after: [Bool]) {
        precondition(before.count == after.count)
        var entered: [Int32] = [], left: [Int32] = []
        var stayed = 0, presentBefore = 0, presentAfter = 0
        for u in before.indices {
            if before[u] { presentBefore += 1 }
            if after[u] { presentAfter += 1 }
            switch (before[u], after[u]) {
            case (true, true): stayed += 1
            case (false, true): entered.append(Int32(u))
            case (true, false): left.append(Int32(u))
            case (false, false): break
            }
        }
        self.entered = entered
        self.left = left
        self.stayed = stayed
        self.presentBefore = presentBefore
        self.presentAfter = presentAfter
    }
}

/// Which actors a wave holds.
public enum WavePresence {
    /// One flag per actor: true when it has a tie (in either direction) in the view;
    /// self-loops do not count.
    public static func present(_ view: GraphView) -> [Bool] {
        (0 ..< view.nodeCount).map { view.partners.degree($0) > 0 }
    }
}
