/// UCINET's ego-network measures ("Network > Ego Networks > Basic Measures", undirected
/// neighbourhood) for every actor, plus Burt's effective size and constraint from
/// ``StructuralHoles`` (reused, not recomputed).
///
/// The ego network of u: u, its alters A = N(u) (its partners on the undirected reading)
/// and the ties among them. With k = |A|:
/// - **size** k; **ties** T = ordered pairs of alters that are tied (an undirected tie
///   counts twice, as UCINET counts directed ties); **pairs** k(k − 1);
///   **density** 100 T / (k(k − 1));
/// - **two-step reach**: actors other than u within two steps of u, as a count and as a
///   percentage of n − 1; **reach efficiency** 100 × reach / Σ_{a∈A} deg(a) (the reach per
///   contact of the alters; undefined when no alter has a partner besides u);
/// - **broker**: unordered pairs of alters that are not tied, (k(k − 1) − T)/2;
///   **normalised broker** 2 broker / (k(k − 1));
/// - **ego betweenness** (Everett & Borgatti 2005, "Ego network betweenness", *Social
///   Networks* 27(1):31–38, doi:10.1016/j.socnet.2004.11.007): u's betweenness inside its
///   ego network, Σ over untied alter pairs {j, k} of 1/(1 + c_jk) with c_jk the alters
///   tied to both (every geodesic has length 2); **normalised** 100 × ego betweenness /
///   (k(k − 1)/2), the star's value.
///
/// Reference: S. P. Borgatti, M. G. Everett and L. C. Freeman, UCINET for Windows (2002),
/// the Basic Measures routine's definitions; checked against an independent computation
/// from NetworkX 3.6.1 `ego_graph` and `betweenness_centrality` in
/// `Tests/Fixtures/reference_cohesion.py` (no published UCINET table for a bundled dataset
/// was found, so the published definitions are the reference), and against hand-derived
/// cases.
///
/// Conventions: isolates have no ego network: size 0 and every other measure nil (empty
/// cells, never zeros); measures undefined for one alter (density, normalised forms) are
/// nil. Unweighted; a directed view is read as undirected (UCINET's default neighbourhood
/// on symmetrised data). Effective size and constraint follow ``StructuralHoles``
/// (`weighted` as asked).
///
/// - Complexity: per ego u, O(Σ_{a∈A} deg(a) + Σ_{a∈A} Σ_{x∈N(a)∩A} |N(x) ∩ A|) time with
///   O(n) scratch per thread (stamps, never cleared); parallel over egos.
public struct EgoNetworkMeasures: Sendable, Equatable {
    public var size: Int
    public var ties: Int?
    public var pairs: Int?
    public var density: Double?
    public var twoStepReach: Int?
    public var twoStepPercent: Double?
    public var reachEfficiency: Double?
    public var broker: Double?
    public var normalizedBroker: Double?
    public var egoBetweenness: Double?
    public var normalizedEgoBetweenness: Double?
    public var effectiveSize: Double?
    public var constraint: Double?

    /// An actor without partners: size 0, every other cell empty.
    public static let isolate = EgoNetworkMeasures(size: 0)

    init(size: Int, ties: Int? = nil, pairs: Int? = nil, density: Double? = nil, twoStepReach: Int? = nil,
         twoStepPercent: Double? = nil, reachEfficiency: Double? = nil, broker: Double? = nil,
         normalizedBroker: Double? = nil, egoBetweenness: Double? = nil, normalizedEgoBetweenness: Double? = nil,
         effectiveSize: Double? = nil, constraint: Double? = nil) {
        self.size = size
        self.ties = ties
        self.pairs = pairs
        self.density = density
        self.twoStepReach = twoStepReach
        self.twoStepPercent = twoStepPercent
        self.reachEfficiency = reachEfficiency
        self.broker = broker
        self.normalizedBroker = normalizedBroker
        self.egoBetweenness = egoBetweenness
        self.normalizedEgoBetweenness = normalizedEgoBetweenness
        self.effectiveSize = effectiveSize
        self.constraint = constraint
    }
}

public enum EgoNetworks {
    /// The measures of each actor in `egos` (all actors when nil), in that order.
    public static func measures(view: GraphView, egos: [Int]? = nil, weighted: Bool = false) -> [EgoNetworkMeasures] {
        let rows = view.partners
        let n = rows.nodeCount
        let list = egos ?? Array(0 ..< n)
        let holes = StructuralHoles(view: view, weighted: weighted)
        var results = [EgoNetworkMeasures](repeating: .isolate, count: list.count)
        Parallel.forEachChunk(writing: &results, minimumChunk: 16) { range, out in
            var scratch = Scratch(nodeCount: n)
            for index in range {
                var measures = Self.measures(of: list[index], rows: rows, scratch: &scratch)
                if measures.size > 0 {
                    let burt = holes.measures(of: list[index])
                    measures.effectiveSize = burt.effectiveSize
                    measures.constraint = burt.constraint
                }
                out[index] = measures
            }
        }
        return results
    }

    /// Per-thread marks: `alter[v] == u` when v is an alter of ego u, `reach[v] == u` when
    /// v is within two steps, `partner[v] == j` when v is a partner of alter j (a stale mark
    /// is still a true statement about the graph, so marks are never cleared), and
    /// `common[k]` the alters tied to both j and k (reset after each j).
    struct Scratch {
        var alter: [Int32]
        var reach: [Int32]
        var partner: [Int32]
        var common: [Int32]
        var touched: [Int32] = []

        init(nodeCount n: Int) {
            alter = [Int32](repeating: -1, count: n)
            reach = [Int32](repeating: -1, count: n)
            partner = [Int32](repeating: -1, count: n)
            common = [Int32](repeating: 0, count: n)
        }
    }

    static func measures(of u: Int, rows: CompressedAdjacency, scratch s: inout Scratch) -> EgoNetworkMeasures {
        let k = rows.degree(u)
        guard k > 0 else { return .isolate }
        let n = rows.nodeCount, neighbours = rows.neighbours
        let ego = Int32(u)
        for i in rows.row(u) { s.alter[Int(neighbours[i])] = ego }
        s.reach[u] = ego
        var reach = 0, degreeSum = 0, ties = 0
        var betweenness = 0.0
        for i in rows.row(u) {
            let j = Int(neighbours[i])
            if s.reach[j] != ego { s.reach[j] = ego; reach += 1 }
            degreeSum += rows.degree(j)
            // Partners of j; common alters of j and every other alter k > j through them.
            for x in rows.row(j) {
                let v = Int(neighbours[x])
                s.partner[v] = Int32(j)
                if s.reach[v] != ego { s.reach[v] = ego; reach += 1 }
                guard s.alter[v] == ego else { continue }
                ties += 1
                for y in rows.row(v) {
                    let w = Int(neighbours[y])
                    guard w > j, s.alter[w] == ego else { continue }
                    if s.common[w] == 0 { s.touched.append(Int32(w)) }
                    s.common[w] += 1
                }
            }
            // Untied alter pairs {j, w}, w > j: ego's share of their geodesics.
            for y in rows.row(u) {
                let w = Int(neighbours[y])
                guard w > j, s.partner[w] != Int32(j) else { continue }
                betweenness += 1 / Double(1 + Int(s.common[w]))
            }
            for w in s.touched { s.common[Int(w)] = 0 }
            s.touched.removeAll(keepingCapacity: true)
        }
        let pairs = k * (k - 1)
        let broker = Double(pairs - ties) / 2
        return EgoNetworkMeasures(
            size: k, ties: ties, pairs: pairs,
            density: pairs == 0 ? nil : 100 * Double(ties) / Double(pairs),
            twoStepReach: reach,
            twoStepPercent: n > 1 ? 100 * Double(reach) / Double(n - 1) : nil,
            reachEfficiency: degreeSum > k ? 100 * Double(reach) / Double(degreeSum) : nil,
            broker: broker,
            normalizedBroker: pairs == 0 ? nil : 2 * broker / Double(pairs),
            egoBetweenness: betweenness,
            normalizedEgoBetweenness: k < 2 ? nil : 100 * betweenness / (Double(pairs) / 2))
    }
}
