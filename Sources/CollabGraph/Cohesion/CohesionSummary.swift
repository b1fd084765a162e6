/// Cohesion of a view: how dense, connected and clustered the network is, how far apart
/// its actors are, and (directed views) how reciprocal and which triads it is made of.
///
/// - Density: ties over possible ties (``GraphView/density``).
/// - Components: connected components of the undirected reading (weak components of a
///   directed view), ``CompressedAdjacency/components(members:)``.
/// - Transitivity, average and local clustering, unweighted and (with weights) Onnela's
///   and Barrat's: ``ClusteringCoefficients``, always on the undirected reading.
/// - Path lengths per component: the diameter (largest hop distance) and the average
///   shortest-path length ℓ = Σ_{s≠t} d(s, t) / (s(s − 1)) of each component of s actors
///   (0 for a single actor), on the undirected reading, in hops — NetworkX 3.6.1
///   `diameter` and `average_shortest_path_length` of each component's subgraph.
/// - Reciprocity (directed views): 2 × mutual pairs / arcs, NetworkX `overall_reciprocity`
///   (nil without arcs).
/// - Triad census (directed views): the 16 isomorphism classes of Holland & Leinhardt
///   (1976, "Local structure in social networks", *Sociological Methodology* 7:1–45,
///   doi:10.2307/270703) counted by Batagelj & Mrvar's subquadratic algorithm ("A subquadratic
///   triad census algorithm for large sparse networks with small maximum degree", *Social
///   Networks* 23(3):237–243, 2001, doi:10.1016/S0378-8733(01)00035-1): each connected triad
///   once from its lowest-ordered tie, the triads with one tie by formula, 003 by difference.
///   Matches NetworkX `triadic_census`.
/// - Core numbers: their distribution (``GraphView/coreNumbers()``, NetworkX `core_number`).
///
/// Conventions: parallel records are already summed into one tie and self-loops set apart
/// by the view (as for every measure); weights enter only the weighted clustering.
///
/// - Complexity: clustering O(Σ_v k_v²); path lengths O(n m) (one breadth-first search per
///   actor, in parallel over actors, ``ShortestPathWorkspace``); triad census
///   O(Σ_{uv} (k_u + k_v) log k); the rest O(n + m).
public struct CohesionSummary: Sendable {
    public var actors: Int
    public var ties: Int
    public var isDirected: Bool
    public var density: Double
    public var components: Components
    public var clustering: ClusteringCoefficients
    /// Per component, in component order (numbered by lowest actor); nil when not asked for.
    public var pathLengths: [ComponentPathLengths]?
    public var reciprocity: Double?
    public var triadCensus: TriadCensus?
    /// (core number, actors) in increasing core number, only numbers that occur.
    public var coreDistribution: [CoreCount]
    /// The core number and the number of partners of each actor.
    public var coreNumbers: [Int]
    public var partnerCounts: [Int]

    /// - Parameters:
    ///   - view: the view (directed views add reciprocity and the triad census).
    ///   - weighted: add Onnela's and Barrat's weighted clustering.
    ///   - pathLengths: compute diameters and average path lengths (O(n m)).
    public init(view: GraphView, weighted: Bool = false, pathLengths: Bool = true) {
        actors = view.nodeCount
        ties = view.tieCount
        isDirected = view.isDirected
        density = view.density
        components = view.components()
        clustering = ClusteringCoefficients(view.partners, weighted: weighted)
        self.pathLengths = pathLengths ? ComponentPathLengths.all(view.partners, components: components) : nil
        if view.isDirected {
            let arcs = view.outgoing.entryCount
            let pairs = view.partners.entryCount / 2
            reciprocity = arcs == 0 ? nil : Double(2 * (arcs - pairs)) / Double(arcs)
            triadCensus = TriadCensus(view)
        } else {
            reciprocity = nil
            triadCensus = nil
        }
        coreNumbers = view.coreNumbers()
        coreDistribution = CoreCount.distribution(coreNumbers)
        partnerCounts = (0 ..< view.nodeCount).map { view.partners.degree($0) }
    }

    /// Share of actors in the largest component (0 without actors).
    public var largestComponentShare: Double {
        actors == 0 ? 0 : Double(components.largestSize) / Double(actors)
    }

    /// One sentence for a report: density, components, clustering.
    public var sentence: String {
        var parts = ["density \(NumberFormat.fixed(density, digits: 3))"]
        if components.count == 1 {
            parts.append("one component")
        } else {
            parts.append("\(components.count) components, the largest holding \(NumberFormat.fixed(100 * largestComponentShare, digits: 0))% of actors")
        }
        parts.append("transitivity \(NumberFormat.fixed(clustering.transitivity, digits: 2))")
        if let reciprocity { parts.append("reciprocity \(NumberFormat.fixed(reciprocity, digits: 2))") }
        return "Cohesion: " + parts.joined(separator: "; ") + "."
    }
}

/// The number of actors with one core number.
public struct CoreCount: Sendable, Equatable {
    public var core: Int
    public var actors: Int

    public init(core: Int, actors: Int) {
        self.core = core
        self.actors = actors
    }

    static func distribution(_ cores: [Int]) -> [CoreCount] {
        var counts = [Int](repeating: 0, count: (cores.max() ?? -1) + 1)
        for c in cores { counts[c] += 1 }
        return counts.indices.filter { counts[$0] > 0 }.map { CoreCount(core: $0, actors: counts[$0]) }
    }
}

/// Diameter and average shortest-path length of one connected component.
public struct ComponentPathLengths: Sendable, Equatable {
    public var component: Int
    public var actors: Int
    public var diameter: Int
    public var averageShortestPath: Double

    public init(component: Int, actors: Int, diameter: Int, averageShortestPath: Double) {
        self.component = component
        self.actors = actors
        self.diameter = diameter
        self.averageShortestPath = averageShortestPath
    }

    /// Every component of `rows` (symmetric), one breadth-first search per actor.
    static func all(_ rows: CompressedAdjacency, components: Components) -> [ComponentPathLengths] {
        let n = rows.nodeCount
        var eccentricity = [Int32](repeating: 0, count: n)
        var distanceSum = [Int](repeating: 0, count: n)
        eccentricity.withUnsafeMutableBufferPointer { eBuffer in
            distanceSum.withUnsafeMutableBufferPointer { dBuffer in
                nonisolated(unsafe) let eOut = eBuffer, dOut = dBuffer
                withRowPointers(rows, lengths: nil) { pointers in
                    Parallel.forEachChunk(count: n, minimumChunk: 64) { range in
                        let workspace = ShortestPathWorkspace(nodeCount: n, weighted: false, entryCount: rows.entryCount)
                        for s in range {
                            workspace.breadthFirst(from: s, rows: pointers, recordSuccessors: false)
                            var farthest: Int32 = 0, sum = 0
                            for j in 0 ..< workspace.reached {
                                let d = workspace.hops(Int(workspace.order[j]))
                                sum += Int(d)
                                farthest = max(farthest, d)
                            }
                            eOut[s] = farthest
                            dOut[s] = sum
                            workspace.reset(weighted: false)
                        }
                    }
                }
            }
        }
        var diameter = [Int](repeating: 0, count: components.count)
        var total = [Int](repeating: 0, count: components.count)
        for v in 0 ..< n {
            let c = Int(components.componentOf[v])
            diameter[c] = max(diameter[c], Int(eccentricity[v]))
            total[c] += distanceSum[v]
        }
        return components.sizes.indices.map { c in
            let s = components.sizes[c]
            return ComponentPathLengths(component: c, actors: s, diameter: diameter[c],
                                        averageShortestPath: s < 2 ? 0 : Double(total[c]) / Double(s * (s - 1)))
        }
    }
}

/// The triad census of a directed view: how many unordered actor triples fall in each of
/// the 16 Holland–Leinhardt classes (see ``CohesionSummary``).
public struct TriadCensus: Sendable, Equatable {
    /// The class names in the conventional (MAN) order.
    public static let names = ["003", "012", "102", "021D", "021U", "021C", "111D", "111U",
                               "030T", "030C", "201", "120D", "120U", "120C", "210", "300"]
    /// Counts in the order of ``names``.
    public var counts: [Int]

    public func count(_ name: String) -> Int? { Self.names.firstIndex(of: name).map { counts[$0] } }

    /// The class of a triad (v, u, w) from its six arc bits: 1 v→u, 2 u→v, 4 v→w, 8 w→v,
    /// 16 u→w, 32 w→u. Built once by classifying each code from its dyads (see
    /// ``classify(_:)``).
    static let classOfCode: [Int8] = (0 ..< 64).map { Int8(classify($0)) }

    /// Holland–Leinhardt class of a 6-bit code: M mutual, A asymmetric, N null dyads, then
    /// the letter (D "down": one actor sends both asymmetric arcs; U "up": one receives
    /// both; C chain or cycle; T transitive).
    static func classify(_ code: Int) -> Int {
        // Arcs a→b as a 3×3 matrix over actors 0 = v, 1 = u, 2 = w.
        var arc = [[Bool]](repeating: [false, false, false], count: 3)
        arc[0][1] = code & 1 != 0; arc[1][0] = code & 2 != 0
        arc[0][2] = code & 4 != 0; arc[2][0] = code & 8 != 0
        arc[1][2] = code & 16 != 0; arc[2][1] = code & 32 != 0
        var mutual = 0, asymmetric = 0
        var outAsym = [0, 0, 0], inAsym = [0, 0, 0]
        var mutualEnds = [0, 0, 0]
        for a in 0 ..< 3 {
            for b in (a + 1) ..< 3 {
                switch (arc[a][b], arc[b][a]) {
                case (true, true): mutual += 1; mutualEnds[a] += 1; mutualEnds[b] += 1
                case (true, false): asymmetric += 1; outAsym[a] += 1; inAsym[b] += 1
                case (false, true): asymmetric += 1; outAsym[b] += 1; inAsym[a] += 1
                default: break
                }
            }
        }
        let name: String
        switch (mutual, asymmetric) {
        case (0, 0): name = "003"
        case (0, 1): name = "012"
        case (1, 0): name = "102"
        case (0, 2): name = outAsym.contains(2) ? "021D" : inAsym.contains(2) ? "021U" : "021C"
        case (1, 1):
            // The asymmetric arc points into a member of the mutual pair: D; out of it: U.
            let target = (0 ..< 3).first { inAsym[$0] == 1 }!
            name = mutualEnds[target] == 1 ? "111D" : "111U"
        case (0, 3): name = outAsym.contains(2) ? "030T" : "030C"
        case (2, 0): name = "201"
        case (1, 2): name = outAsym.contains(2) ? "120D" : inAsym.contains(2) ? "120U" : "120C"
        case (2, 1): name = "210"
        default: name = "300"
        }
        return names.firstIndex(of: name)!
    }

    /// The census of `view`'s arcs (its `outgoing` rows).
    public init(_ view: GraphView) {
        let n = view.nodeCount
        let rows = view.partners, out = view.outgoing
        var counts = [Int](repeating: 0, count: 16)
        var stamp = [Int32](repeating: -1, count: n)
        func code(_ v: Int, _ u: Int, _ w: Int) -> Int {
            var c = 0
            if out.contains(from: v, to: Int32(u)) { c |= 1 }
            if out.contains(from: u, to: Int32(v)) { c |= 2 }
            if out.contains(from: v, to: Int32(w)) { c |= 4 }
            if out.contains(from: w, to: Int32(v)) { c |= 8 }
            if out.contains(from: u, to: Int32(w)) { c |= 16 }
            if out.contains(from: w, to: Int32(u)) { c |= 32 }
            return c
        }
        let dyadOnly = 1, mutualOnly = 2   // 012 and 102
        for v in 0 ..< n {
            for i in rows.row(v) { stamp[Int(rows.neighbours[i])] = Int32(v) }
            for i in rows.row(v) {
                let u = Int(rows.neighbours[i])
                guard u > v else { continue }
                // S = N(u) ∪ N(v) \ {u, v}; connected triads counted from their tie (v, u)
                // when w > u, or v < w < u and w is not a partner of v.
                var union = rows.degree(v) - 1
                for j in rows.row(v) {
                    let w = Int(rows.neighbours[j])
                    if w != u && w > u { counts[Int(Self.classOfCode[code(v, u, w)])] += 1 }
                }
                for j in rows.row(u) {
                    let w = Int(rows.neighbours[j])
                    if w == v || stamp[w] == Int32(v) { continue }
                    union += 1
                    if w > v { counts[Int(Self.classOfCode[code(v, u, w)])] += 1 }
                }
                let mutual = out.contains(from: v, to: Int32(u)) && out.contains(from: u, to: Int32(v))
                counts[mutual ? mutualOnly : dyadOnly] += n - union - 2
            }
        }
        let triples = n < 3 ? 0 : n * (n - 1) * (n - 2) / 6
        counts[0] = triples - counts[1...].reduce(0, +)
        self.counts = counts
    }
}

/// Cohesion inside each group: the subgraph induced by the group's actors.
public struct GroupCohesion: Sendable, Equatable {
    public var group: Int
    public var actors: Int
    /// Ties with both ends in the group (arcs when directed).
    public var ties: Int
    /// Ties over possible ties inside the group; nil with fewer than two actors.
    public var density: Double?
    public var components: Int
    public var largestComponent: Int
    public var transitivity: Double
    public var averageClustering: Double

    /// One row per group of `groups`, in group order.
    public static func all(view: GraphView, groups: ActorGroups) -> [GroupCohesion] {
        (0 ..< groups.count).map { g in
            let members = groups.groupOf.map { Int($0) == g }
            var ties = 0
            for u in 0 ..< view.nodeCount where members[u] {
                for i in view.outgoing.row(u) where members[Int(view.outgoing.neighbours[i])] { ties += 1 }
            }
            if !view.isDirected { ties /= 2 }
            let size = groups.sizes[g]
            let possible = view.isDirected ? size * (size - 1) : size * (size - 1) / 2
            let parts = view.partners.components(members: members)
            let clustering = ClusteringCoefficients(view.partners, members: members)
            return GroupCohesion(group: g, actors: size, ties: ties,
                                 density: possible == 0 ? nil : Double(ties) / Double(possible),
                                 components: parts.count, largestComponent: parts.largestSize,
                                 transitivity: clustering.transitivity, averageClustering: clustering.averageClustering)
        }
    }
}
