/// Ranking actors by a score: the one ordering rule every family uses for "top N"
/// lists, so equal scores always fall the same way.
///
/// Order: higher score first; equal scores (and NaN, which ranks last) by actor index,
/// that is load order. Stable and deterministic.
public enum Ranking {
    /// The `count` best of `actors` by `score`, best first.
    ///
    /// - Complexity: O(k log k) for k actors.
    public static func top(_ count: Int, of actors: [Int32], by score: (Int32) -> Double) -> [Int32] {
        Array(ranked(actors, by: score).prefix(count))
    }

    /// All of `actors`, best first.
    public static func ranked(_ actors: [Int32], by score: (Int32) -> Double) -> [Int32] {
        let scored = actors.map { (actor: $0, score: score($0)) }
        return scored.sorted { a, b in
            if a.score.isNaN != b.score.isNaN { return b.score.isNaN }
            if a.score != b.score && !a.score.isNaN { return a.score > b.score }
            return a.actor < b.actor
        }.map(\.actor)
    }
}
