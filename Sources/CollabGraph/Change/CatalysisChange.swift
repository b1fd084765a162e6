/// Catalysis around a focus actor: do its partners of one kind (SMEs by default) start
/// working with each other? "Colleges catalyse local SME networks" (the social-productivity
/// paper in the project's seeds) is a claim about the ties *among* a college's SME partners,
/// before and after.
///
/// For a focus actor f and a set K of eligible partners (actors of the chosen kind), in each
/// wave w, on the undirected reading of the view (a tie in either direction counts):
/// - P_w = the partners of f in K (f itself excluded);
/// - T_w = the ties among P_w: unordered pairs {a, b} ⊆ P_w joined in wave w;
/// - the density T_w / (|P_w| (|P_w| − 1) / 2), nil when |P_w| < 2.
/// From one wave to the next, ties among the later partners that the earlier wave did not
/// have are *gained*; ties among the earlier partners that the later wave does not have are
/// *lost*.
///
/// - Complexity: O(Σ_{a ∈ P} deg(a)) per wave with one flag array of n entries.
public struct CatalysisWave: Sendable, Equatable {
    /// The focus actor's partners of the eligible kind, in index order.
    public let partners: [Int32]
    /// Ties among them.
    public let tiesAmong: Int

    /// The pairs of partners: |P| (|P| − 1) / 2.
    public var possiblePairs: Int { partners.count * (partners.count - 1) / 2 }
    /// T / possible pairs; nil with fewer than two partners.
    public var density: Double? { possiblePairs > 0 ? Double(tiesAmong) / Double(possiblePairs) : nil }

    /// The partners of `focus` flagged in `eligible`, and the ties among them, in `view`.
    public init(view: GraphView, focus: Int32, eligible: [Bool]) {
        let rows = view.partners
        partners = rows.neighbours(of: Int(focus)).filter { eligible[Int($0)] && $0 != focus }
        tiesAmong = CatalysisWave.tiesAmong(partners, in: rows)
    }

    /// Unordered pairs of `members` joined in `rows` (each counted from its lower end).
    static func tiesAmong(_ members: [Int32], in rows: CompressedAdjacency) -> Int {
        var flag = [Bool](repeating: false, count: rows.nodeCount)
        for a in members { flag[Int(a)] = true }
        var count = 0
        for a in members {
            for b in rows.neighbours(of: Int(a)) where b > a && flag[Int(b)] { count += 1 }
        }
        return count
    }
}

/// Catalysis around one focus actor from one wave to the next.
public struct CatalysisChange: Sendable, Equatable {
    public let before: CatalysisWave
    public let after: CatalysisWave
    /// Ties among the later partners that the earlier wave did not have, in pair order.
    public let gained: [ActorPair]
    /// Ties among the earlier partners that the later wave does not have, in pair order.
    public let lost: [ActorPair]

    public init(before beforeView: GraphView, after afterView: GraphView, focus: Int32, eligible: [Bool]) {
        precondition(beforeView.nodeCount == afterView.nodeCount)
        before = CatalysisWave(view: beforeView, focus: focus, eligible: eligible)
        after = CatalysisWave(view: afterView, focus: focus, eligible: eligible)
        gained = CatalysisChange.pairs(among: after.partners, in: afterView.partners, notIn: beforeView.partners)
        lost = CatalysisChange.pairs(among: before.partners, in: beforeView.partners, notIn: afterView.partners)
    }

    /// Pairs of `members` joined in `rows` but not in `other`.
    static func pairs(among members: [Int32], in rows: CompressedAdjacency, notIn other: CompressedAdjacency) -> [ActorPair] {
        var flag = [Bool](repeating: false, count: rows.nodeCount)
        for a in members { flag[Int(a)] = true }
        var out: [ActorPair] = []
        for a in members {
            for b in rows.neighbours(of: Int(a)) where b > a && flag[Int(b)] && !other.contains(from: Int(a), to: b) {
                out.append(ActorPair(a, b))
            }
        }
        return out
    }
}
