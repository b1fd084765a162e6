/// A graph-level statistic that a conditional uniform graph test (``UniformGraphTest``)
/// compares against its null distribution. Each is computed by the family that owns it, on
/// the view's ties read as binary (weights ignored, as in the null graphs):
///
/// | case | value | family |
/// |---|---|---|
/// | `transitivity` | 3 × triangles / connected triples, undirected reading | ``ClusteringCoefficients`` |
/// | `averageClustering` | mean local clustering, zeros included, undirected reading | ``ClusteringCoefficients`` |
/// | `degreeCentralization` | Freeman: Σ_i (max_j c_j − c_i) / max over graphs of n actors | ``Centralization`` |
/// | `betweennessCentralization` | the same for betweenness (directed: paths along arcs) | ``Centralization`` |
/// | `reciprocity` | reciprocated arcs / arcs (directed only), `sna::grecip(measure="edgewise")` | ``GraphView/reciprocatedArcCount`` |
/// | `eiIndex` | (E − I)/(E + I) of the groups (directed: arcs) | ``GroupMixing`` |
/// | `modularity` | Newman–Girvan (directed: Leicht–Newman) modularity of the groups as a partition | ``Modularity`` |
/// | `meanDistance` | mean hop distance over connected ordered pairs, undirected reading | ``ComponentPathLengths`` |
///
/// Undefined (nil) cases: transitivity without a connected triple (`sna::gtrans` returns 1
/// there, NetworkX 0: neither is a statistic to test), E–I and modularity without ties,
/// reciprocity without arcs, mean distance without a connected pair, centralization with
/// fewer than three actors (its maximum is 0).
///
/// - Complexity: that of the family: O(Σ_v k_v²) for clustering, O(n m) for betweenness
///   and distances, O(n + m) for the others.
public enum GraphStatistic: Sendable, Equatable {
    case transitivity
    case averageClustering
    case degreeCentralization
    case betweennessCentralization
    case reciprocity
    case eiIndex(ActorGroups)
    case modularity(ActorGroups)
    case meanDistance

    /// Whether the statistic needs a directed view (reciprocity).
    public var needsDirectedView: Bool { self == .reciprocity }

    /// The statistic on `view`; nil where it is undefined (see above). Path searches run
    /// on one thread: the caller parallelises over graphs.
    public func value(on view: GraphView) -> Double? {
        switch self {
        case .transitivity:
            guard Self.hasConnectedTriple(view.partners) else { return nil }
            return ClusteringCoefficients(view.partners).transitivity
        case .averageClustering:
            guard view.nodeCount > 0 else { return nil }
            return ClusteringCoefficients(view.partners).averageClustering
        case .degreeCentralization:
            return Centralization.degree(of: view)
        case .betweennessCentralization:
            return Centralization.betweenness(of: view, threads: 1)
        case .reciprocity:
            let arcs = view.outgoing.entryCount
            guard view.isDirected, arcs > 0 else { return nil }
            return Double(view.reciprocatedArcCount) / Double(arcs)
        case .eiIndex(let groups):
            return GroupMixing(view: view, groups: groups).networkSummary.eiIndex
        case .modularity(let groups):
            return Modularity.score(of: groups.groupOf, view: view, weighted: false)
        case .meanDistance:
            let components = view.components()
            var pairs = 0.0, total = 0.0
            for part in ComponentPathLengths.all(view.partners, components: components) where part.actors > 1 {
                let ordered = Double(part.actors * (part.actors - 1))
                pairs += ordered
                total += part.averageShortestPath * ordered
            }
            return pairs == 0 ? nil : total / pairs
        }
    }

    /// Whether some actor has two partners (a connected triple exists).
    static func hasConnectedTriple(_ rows: CompressedAdjacency) -> Bool {
        (0 ..< rows.nodeCount).contains { rows.degree($0) >= 2 }
    }
}
