/// Group mixing: which groups (sectors, kinds, localities…) are tied to which, how
/// strongly, and how outward-looking each group is.
///
/// - The **mixing matrix** counts the ties (and sums their weights) between every pair of
///   groups. Undirected views: cell (a, b) = cell (b, a) = ties with one end in a and
///   the other in b, each tie once; the diagonal holds ties inside a group. Directed
///   views: cell (a, b) counts arcs from group a to group b.
/// - The **density** of a cell is its ties over the possible ones: n_a n_b between two
///   groups, n_a(n_a − 1)/2 inside one (directed: n_a n_b and n_a(n_a − 1) arcs).
/// - The **E–I index** of a group is (E − I)/(E + I) with E its external ties (one end
///   in the group) and I its internal ties (both ends in it); −1: entirely inward,
///   +1: entirely outward. The whole-network index uses all between-group ties as E and
///   all within-group ties as I. The weighted variant sums tie weights instead of
///   counting ties. Undefined (nil) with no ties.
///
/// Reference: D. Krackhardt and R. N. Stern, "Informal networks and organizational
/// crises: an experimental simulation", *Social Psychology Quarterly* 51(2):123–140
/// (1988), doi:10.2307/2786835 (E–I index); UCINET's E–I index uses the same counts.
///
/// Conventions: each distinct tie of the collapsed view counts once (parallel records
/// are already summed into its weight); self-loops are not ties; isolates count in group
/// sizes only.
///
/// - Complexity: O(n + m + g²) time for g groups, O(g²) space.
public struct GroupMixing: Sendable, Equatable {
    public let groups: ActorGroups
    public let isDirected: Bool
    /// Ties per (row group, column group), row-major g × g.
    public let tieCounts: [Int]
    /// Summed tie weights per (row group, column group), row-major g × g.
    public let tieWeights: [Double]

    public init(view: GraphView, groups: ActorGroups) {
        precondition(groups.actorCount == view.nodeCount, "one group per actor")
        let g = groups.count
        var counts = [Int](repeating: 0, count: g * g)
        var weights = [Double](repeating: 0, count: g * g)
        let out = view.outgoing
        for u in 0 ..< out.nodeCount {
            let a = Int(groups.groupOf[u])
            for entry in out.row(u) {
                let v = Int(out.neighbours[entry])
                if !view.isDirected && v < u { continue }   // each undirected tie once
                let b = Int(groups.groupOf[v])
                let w = out.weights[entry]
                counts[a * g + b] += 1
                weights[a * g + b] += w
                if !view.isDirected && a != b {
                    counts[b * g + a] += 1
                    weights[b * g + a] += w
                }
            }
        }
        self.groups = groups
        self.isDirected = view.isDirected
        self.tieCounts = counts
        self.tieWeights = weights
    }

    public func ties(from a: Int, to b: Int) -> Int { tieCounts[a * groups.count + b] }
    public func weight(from a: Int, to b: Int) -> Double { tieWeights[a * groups.count + b] }

    /// Possible ties between (or, a = b, inside) groups.
    public func possibleTies(from a: Int, to b: Int) -> Int {
        let n_a = groups.sizes[a], n_b = groups.sizes[b]
        if a != b { return n_a * n_b }
        return isDirected ? n_a * (n_a - 1) : n_a * (n_a - 1) / 2
    }

    /// Ties over possible ties; nil when none are possible.
    public func density(from a: Int, to b: Int) -> Double? {
        let possible = possibleTies(from: a, to: b)
        return possible == 0 ? nil : Double(ties(from: a, to: b)) / Double(possible)
    }

    /// The cells of the matrix as a list: every ordered pair (directed) or every pair
    /// a ≤ b (undirected), in group order.
    public var pairs: [GroupPairMixing] {
        var list: [GroupPairMixing] = []
        for a in 0 ..< groups.count {
            for b in (isDirected ? 0 : a) ..< groups.count {
                list.append(GroupPairMixing(first: a, second: b, ties: ties(from: a, to: b),
                                            weight: weight(from: a, to: b),
                                            possibleTies: possibleTies(from: a, to: b),
                                            density: density(from: a, to: b)))
            }
        }
        return list
    }

    /// Internal and external ties of each group, and its E–I index.
    public var groupSummaries: [GroupEISummary] {
        let g = groups.count
        return (0 ..< g).map { a in
            var internalTies = 0, externalTies = 0
            var internalWeight = 0.0, externalWeight = 0.0
            internalTies = ties(from: a, to: a)
            internalWeight = weight(from: a, to: a)
            for b in 0 ..< g where b != a {
                externalTies += ties(from: a, to: b)
                externalWeight += weight(from: a, to: b)
                if isDirected {
                    externalTies += ties(from: b, to: a)
                    externalWeight += weight(from: b, to: a)
                }
            }
            return GroupEISummary(group: a, actors: groups.sizes[a], internalTies: internalTies,
                                  externalTies: externalTies, internalWeight: internalWeight,
                                  externalWeight: externalWeight)
        }
    }

    /// The whole network: all within-group ties against all between-group ties.
    public var networkSummary: GroupEISummary {
        let g = groups.count
        var internalTies = 0, externalTies = 0
        var internalWeight = 0.0, externalWeight = 0.0
        for a in 0 ..< g {
            for b in 0 ..< g {
                if !isDirected && b < a { continue }
                if a == b {
                    internalTies += ties(from: a, to: b); internalWeight += weight(from: a, to: b)
                } else {
                    externalTies += ties(from: a, to: b); externalWeight += weight(from: a, to: b)
                }
            }
        }
        return GroupEISummary(group: nil, actors: groups.actorCount, internalTies: internalTies,
                              externalTies: externalTies, internalWeight: internalWeight,
                              externalWeight: externalWeight)
    }
}

/// One cell of the mixing matrix.
public struct GroupPairMixing: Sendable, Equatable {
    public var first: Int
    public var second: Int
    public var ties: Int
    public var weight: Double
    public var possibleTies: Int
    public var density: Double?

    public init(first: Int, second: Int, ties: Int, weight: Double, possibleTies: Int, density: Double?) {
        self.first = first
        self.second = second
        self.ties = ties
        self.weight = weight
        self.possibleTies = possibleTies
        self.density = density
    }
}

/// A group's (or, with `group` nil, the whole network's) internal and external ties and
/// E–I index.
public struct GroupEISummary: Sendable, Equatable {
    public var group: Int?
    public var actors: Int
    public var internalTies: Int
    public var externalTies: Int
    public var internalWeight: Double
    public var externalWeight: Double

    public init(group: Int?, actors: Int, internalTies: Int, externalTies: Int, internalWeight: Double, externalWeight: Double) {
        self.group = group
        self.actors = actors
        self.internalTies = internalTies
        self.externalTies = externalTies
        self.internalWeight = internalWeight
        self.externalWeight = externalWeight
    }

    /// (E − I)/(E + I) over tie counts; nil with no ties.
    public var eiIndex: Double? {
        let total = internalTies + externalTies
        return total == 0 ? nil : Double(externalTies - internalTies) / Double(total)
    }

    /// (E − I)/(E + I) over tie weights; nil with no ties.
    public var weightedEIIndex: Double? {
        let total = internalWeight + externalWeight
        return total == 0 ? nil : (externalWeight - internalWeight) / total
    }
}
