/// "Did you mean …?" for unknown ids, options and commands.
public enum Suggestions {
    /// The candidates closest to `word` by edit distance, best first (ties in candidate
    /// order), keeping only those close enough to be a typo: distance ≤ max(2, |word| / 3).
    public static func closest(to word: String, in candidates: [String], limit: Int = 1) -> [String] {
        let w = Array(word.lowercased())
        let threshold = max(2, w.count / 3)
        var scored: [(index: Int, distance: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            let distance = editDistance(w, Array(candidate.lowercased()))
            if distance <= threshold { scored.append((index, distance)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.index < $1.index }
        return scored.prefix(limit).map { candidates[$0.index] }
    }

    /// Levenshtein distance (insertions, deletions and substitutions cost 1).
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0 ... b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            current[0] = i
            for j in 1 ... b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
