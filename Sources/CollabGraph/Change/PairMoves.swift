/// How the pairs present in two waves moved: up or down the co-production ladder, and from a
/// one-way to a two-way street.
///
/// A pair is present in a wave when some record of the wave joins its two actors (a dyad of
/// ``DyadTable``). For the pairs present in both waves:
/// - *depth*: the deepest rung reached by the pair's records in each wave (engagement <
///   exchange < co-production, after Hodgson & Spours; unrated when no record has a rated
///   type). A pair *deepened* when its rung rose, *weakened* when it fell; a move from or to
///   unrated is counted in ``depthTransitions`` but is neither.
/// - *direction* (only when the records' direction is measured): a pair is *two-way* when
///   records run both ways, *one-way* otherwise; ``ReciprocityMoves`` counts one-way → two-way
///   and back.
///
/// Reference: the dyad aggregation is ``DyadTable`` (checked against an independent Python
/// aggregation); the moves are a merge of the two waves' sorted pair lists, checked against
/// `Tests/Fixtures/reference_change.py`.
///
/// - Complexity: O(P₁ log P₁ + P₂ log P₂) for P pairs per wave (sorting after re-indexing;
///   O(P₁ + P₂) without a map).
public struct PairMoves: Sendable, Equatable {
    /// Pairs present in both waves.
    public let pairsInBoth: Int
    /// Pairs by (earlier rung, later rung): index 0 unrated, 1 engagement, 2 exchange,
    /// 3 co-production (`Depth.rawValue`).
    public let depthTransitions: [[Int]]
    /// Pairs whose rung rose, in pair order.
    public let deepened: [DepthMove]
    /// Pairs whose rung fell, in pair order.
    public let weakened: [DepthMove]
    /// One-way ↔ two-way moves; nil when the records' direction is not measured.
    public let reciprocity: ReciprocityMoves?

    /// Compares the dyads of two waves. `beforeMap`/`afterMap` re-index each wave's actors
    /// onto a common index (``ActorAlignment/unionIndex``); nil when both share the graph's
    /// index. `directionMeasured` is false for records that carry no direction.
    public init(before: DyadTable, after: DyadTable, directionMeasured: Bool,
                beforeMap: [Int32]? = nil, afterMap: [Int32]? = nil) {
        let a = PairState.list(before, map: beforeMap), b = PairState.list(after, map: afterMap)
        var transitions = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 4)
        var deepened: [DepthMove] = [], weakened: [DepthMove] = []
        var moves = ReciprocityMoves()
        var both = 0
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].pair < b[j].pair { i += 1; continue }
            if b[j].pair < a[i].pair { j += 1; continue }
            both += 1
            let from = a[i].depth, to = b[j].depth
            transitions[from?.rawValue ?? 0][to?.rawValue ?? 0] += 1
            if let from, let to, from != to {
                let move = DepthMove(pair: a[i].pair, from: from, to: to)
                if to > from { deepened.append(move) } else { weakened.append(move) }
            }
            switch (a[i].twoWay, b[j].twoWay) {
            case (false, true): moves.becameTwoWay.append(a[i].pair)
            case (true, false): moves.becameOneWay.append(a[i].pair)
            case (true, true): moves.stayedTwoWay += 1
            case (false, false): moves.stayedOneWay += 1
            }
            i += 1; j += 1
        }
        pairsInBoth = both
        depthTransitions = transitions
        self.deepened = deepened
        self.weakened = weakened
        reciprocity = directionMeasured ? moves : nil
    }
}

/// A pair whose deepest rung changed between two waves.
public struct DepthMove: Sendable, Equatable {
    /// The pair, `from < to` in the common index.
    public var pair: ActorPair
    public var from: Depth
    public var to: Depth

    public init(pair: ActorPair, from: Depth, to: Depth) {
        self.pair = pair
        self.from = from
        self.to = to
    }
}

/// Pairs present in two waves by direction: one-way (records one way only) or two-way.
public struct ReciprocityMoves: Sendable, Equatable {
    /// One-way in the earlier wave, two-way in the later one.
    public var becameTwoWay: [ActorPair] = []
    /// Two-way in the earlier wave, one-way in the later one.
    public var becameOneWay: [ActorPair] = []
    public var stayedOneWay = 0
    public var stayedTwoWay = 0
}

/// One pair's state in one wave.
struct PairState {
    var pair: ActorPair
    var depth: Depth?
    var twoWay: Bool

    /// The dyads of a table as states in pair order, re-indexed by `map` when given (pairs
    /// that `map` folds into one actor are dropped; pairs that it joins are merged: deepest
    /// rung, two-way when either record direction says so).
    static func list(_ table: DyadTable, map: [Int32]?) -> [PairState] {
        guard let map else {
            return table.dyads.map { PairState(pair: ActorPair($0.source, $0.target), depth: $0.depth, twoWay: $0.isReciprocal) }
        }
        // Re-index; keep the direction of each dyad's records relative to the new ends.
        var states: [(pair: ActorPair, depth: Depth?, forward: Bool, backward: Bool)] = []
        states.reserveCapacity(table.dyads.count)
        for d in table.dyads {
            let s = map[Int(d.source)], t = map[Int(d.target)]
            if s == t { continue }
            let swapped = s > t
            let forward = swapped ? d.backwardRecords > 0 : d.forwardRecords > 0
            let backward = swapped ? d.forwardRecords > 0 : d.backwardRecords > 0
            states.append((ActorPair(min(s, t), max(s, t)), d.depth, forward, backward))
        }
        states.sort { $0.pair < $1.pair }
        var out: [PairState] = []
        var k = 0
        while k < states.count {
            var current = states[k]
            k += 1
            while k < states.count && states[k].pair == current.pair {
                if let d = states[k].depth, current.depth.map({ d > $0 }) ?? true { current.depth = d }
                current.forward = current.forward || states[k].forward
                current.backward = current.backward || states[k].backward
                k += 1
            }
            out.append(PairState(pair: current.pair, depth: current.depth, twoWay: current.forward && current.backward))
        }
        return out
    }
}
