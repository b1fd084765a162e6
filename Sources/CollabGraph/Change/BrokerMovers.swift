/// Brokers rising and falling between two waves: the actors whose brokerage score changed
/// most, both ways.
///
/// The scores come from the families that define them (``StructuralHoles`` for Burt's
/// effective size and constraint, betweenness from `Centrality`), computed on each wave's
/// view over one actor index. Only actors present in both waves with a score in both are
/// compared (an actor entering or leaving is reported as such, not as a mover; an isolate
/// has no constraint). For a score where more means more brokerage (betweenness,
/// effective size) an actor *rises* when its score grows; for constraint, where less means
/// more brokerage (Burt 1992), it rises when its constraint falls. Actors whose score did
/// not change are neither.
///
/// Order: largest gain in brokerage first; equal changes by actor index (``Ranking``).
///
/// - Complexity: O(n + k log k) for the k actors compared.
public struct BrokerMovers: Sendable, Equatable {
    /// The score's direction: which way is more brokerage.
    public enum Orientation: Sendable, Equatable {
        /// More is more brokerage (betweenness, effective size).
        case higherIsMore
        /// Less is more brokerage (constraint).
        case lowerIsMore
    }

    /// Actors compared (present in both waves with both scores).
    public let compared: Int
    /// The top risers, largest brokerage gain first.
    public let rising: [ScoreChange]
    /// The top fallers, largest brokerage loss first.
    public let falling: [ScoreChange]

    /// - Parameters:
    ///   - before, after: the score of each actor in each wave (nil: undefined).
    ///   - present: actors present in both waves.
    ///   - orientation: which way is more brokerage.
    ///   - count: how many movers to keep each way.
    public init(before: [Double?], after: [Double?], present: [Bool], orientation: Orientation, count: Int) {
        precondition(before.count == after.count && after.count == present.count)
        var changes: [ScoreChange] = []
        for u in present.indices where present[u] {
            guard let b = before[u], let a = after[u], !b.isNaN, !a.isNaN else { continue }
            changes.append(ScoreChange(actor: Int32(u), before: b, after: a))
        }
        compared = changes.count
        let sign = orientation == .higherIsMore ? 1.0 : -1.0
        var byActor = [ScoreChange?](repeating: nil, count: present.count)
        for change in changes { byActor[Int(change.actor)] = change }
        let gainers = changes.filter { sign * $0.delta > 0 }.map(\.actor)
        let losers = changes.filter { sign * $0.delta < 0 }.map(\.actor)
        rising = Ranking.top(count, of: gainers) { sign * byActor[Int($0)]!.delta }.map { byActor[Int($0)]! }
        falling = Ranking.top(count, of: losers) { -sign * byActor[Int($0)]!.delta }.map { byActor[Int($0)]! }
    }
}

/// One actor's score in two waves.
public struct ScoreChange: Sendable, Equatable {
    public var actor: Int32
    public var before: Double
    public var after: Double
    /// after − before.
    public var delta: Double { after - before }
}
