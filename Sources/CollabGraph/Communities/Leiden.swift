import Foundation
import Synchronization

/// What the Leiden algorithm optimises.
public enum CommunityObjective: String, Sendable, Equatable, CaseIterable {
    /// Modularity with resolution γ (see ``Modularity``).
    case modularity
    /// The constant Potts model with resolution γ: communities denser than γ.
    case cpm
}

/// Settings of a Leiden run.
public struct LeidenOptions: Sendable, Equatable {
    public var objective: CommunityObjective
    /// γ: higher gives more, smaller communities.
    public var resolution: Double
    /// Use tie weights (otherwise each tie counts 1).
    public var weighted: Bool
    /// Seed of the run's ``SplitMix64``; run r takes the r-th number it draws as its seed.
    public var seed: UInt64
    /// Independent runs; the partition of highest quality is kept (the first among equals).
    public var runs: Int
    /// θ, the randomness of the refinement (Traag et al.; leidenalg and igraph use 0.01).
    public var randomness: Double
    /// Upper bound on Leiden iterations per run (each run stops earlier, when an iteration
    /// changes nothing).
    public var maximumIterations: Int

    public init(objective: CommunityObjective = .modularity, resolution: Double = 1, weighted: Bool = false,
                seed: UInt64 = 1, runs: Int = 1, randomness: Double = 0.01, maximumIterations: Int = 50) {
        self.objective = objective
        self.resolution = resolution
        self.weighted = weighted
        self.seed = seed
        self.runs = runs
        self.randomness = randomness
        self.maximumIterations = maximumIterations
    }
}

/// A partition of the actors into communities, numbered 0, 1, … by size (largest first;
/// equal sizes by their lowest actor index).
public struct CommunityPartition: Sendable, Equatable {
    /// The community of each actor.
    public let communityOf: [Int32]
    /// The number of actors in each community.
    public let sizes: [Int]
    /// The objective's value for this partition on the input (modularity Q, or the CPM
    /// quality); nil for modularity on a graph without ties.
    public let quality: Double?
    public let options: LeidenOptions
    /// The quality reached by each run, in run order (nil where undefined).
    public let runQualities: [Double?]
    /// The run whose partition is kept.
    public let bestRun: Int
    /// Leiden iterations of the kept run.
    public let iterations: Int

    public var count: Int { sizes.count }

    /// The actors of each community, ascending.
    public var members: [[Int32]] {
        var lists = [[Int32]](repeating: [], count: sizes.count)
        for (actor, c) in communityOf.enumerated() { lists[Int(c)].append(Int32(actor)) }
        return lists
    }
}

/// Leiden community detection (Traag, Waltman & van Eck 2019): fast local moving of actors
/// between communities, a refinement that splits every community into well-connected
/// sub-communities (so that communities are always connected), and aggregation of the
/// refined communities into the nodes of a smaller network, repeated until nothing moves.
///
/// The quality optimised, with node weights w and community weights W:
/// H = Σ_c [ e_c − γ' W_c² / 2 ], moving node v into community C gaining
/// ΔH = k_{v,C} − γ' w_v W_C, where k_{v,C} is the tie weight from v into C. For
/// modularity w is the strength (degree) and γ' = γ / 2m, so H/m is Q up to a constant;
/// for CPM w is the number of actors inside a node and γ' = γ.
///
/// - Local moving (Algorithm A.2 of the paper): actors visited from a queue in seeded
///   random order; each moves to the neighbouring community (or an empty one) of largest
///   positive gain, staying put on ties; neighbours left outside the new community are
///   queued again.
/// - Refinement (A.3): inside each community S, from singletons, an actor still alone and
///   well connected to S (k_{v,S−v} ≥ γ' w_v (W_S − w_v)) joins a well-connected
///   sub-community C of S (or stays alone) with probability ∝ exp(ΔH/θ) among the
///   choices with ΔH ≥ 0 (θ = 0.01).
/// - Aggregation (A.4): refined communities become nodes, their internal weight kept as
///   self-weight; each starts in the community of the unrefined partition.
/// - One Leiden iteration runs these until every community is a single node; iterations
///   repeat from the current partition until one changes nothing (or
///   ``LeidenOptions/maximumIterations``). `runs` independent seeded runs run in parallel;
///   the best quality wins, ties to the lower run index, so the result does not depend on
///   the thread count.
///
/// Reference: V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden:
/// guaranteeing well-connected communities", Scientific Reports 9, 5233 (2019),
/// doi:10.1038/s41598-019-41695-z; compared with leidenalg 0.12 and igraph 1.0
/// `community_leiden` (objective values in Tests/Fixtures/reference/communities/).
///
/// - Complexity: O(m) per pass of local moving in practice (each visit costs the node's
///   degree); aggregation O(m); memory O(n + m) per concurrent run.
/// - Conventions: the undirected reading of the rows given (symmetric CSR); without
///   `weighted` each tie counts 1. The reported quality is recomputed from the final
///   partition on the input (``Modularity``).
public enum Leiden {
    /// Communities of the undirected graph `rows` (symmetric rows, e.g. `GraphView.partners`).
    public static func communities(_ rows: CompressedAdjacency, options: LeidenOptions = LeidenOptions()) -> CommunityPartition {
        precondition(options.runs >= 1, "at least one run")
        precondition(options.resolution >= 0 && options.randomness > 0)
        let base = LeidenGraph(rows: rows, weighted: options.weighted, objective: options.objective)
        var master = SplitMix64(seed: options.seed)
        let seeds = (0 ..< options.runs).map { _ in master.next() }
        let results = Mutex([RunResult?](repeating: nil, count: options.runs))
        Parallel.run(tasks: options.runs) { run in
            let result = Leiden.run(base, options: options, seed: seeds[run])
            results.withLock { $0[run] = result }
        }
        let finished = results.withLock { $0.map { $0! } }
        var best = 0
        for run in 1 ..< finished.count where compare(finished[run].quality, finished[best].quality) { best = run }
        let (communityOf, sizes) = canonical(finished[best].communityOf)
        return CommunityPartition(communityOf: communityOf, sizes: sizes, quality: finished[best].quality,
                                  options: options, runQualities: finished.map(\.quality),
                                  bestRun: best, iterations: finished[best].iterations)
    }

    /// The quality of `communityOf` under `options`' objective on `rows`.
    public static func quality(of communityOf: [Int32], rows: CompressedAdjacency, options: LeidenOptions) -> Double? {
        switch options.objective {
        case .modularity: return Modularity.score(of: communityOf, rows: rows, weighted: options.weighted, resolution: options.resolution)
        case .cpm: return Modularity.constantPotts(of: communityOf, rows: rows, weighted: options.weighted, resolution: options.resolution)
        }
    }

    /// Relabels communities 0, 1, … by size (largest first), equal sizes by lowest actor.
    public static func canonical(_ labels: [Int32]) -> (communityOf: [Int32], sizes: [Int]) {
        let count = labels.isEmpty ? 0 : Modularity.labelCount(labels)
        var size = [Int](repeating: 0, count: count)
        var first = [Int](repeating: Int.max, count: count)
        for (actor, c) in labels.enumerated() {
            size[Int(c)] += 1
            first[Int(c)] = min(first[Int(c)], actor)
        }
        let used = (0 ..< count).filter { size[$0] > 0 }
            .sorted { size[$0] != size[$1] ? size[$0] > size[$1] : first[$0] < first[$1] }
        var number = [Int32](repeating: -1, count: count)
        for (index, c) in used.enumerated() { number[c] = Int32(index) }
        return (labels.map { number[Int($0)] }, used.map { size[$0] })
    }

    // MARK: - One run

    private struct RunResult: Sendable {
        var communityOf: [Int32]
        var quality: Double?
        var iterations: Int
    }

    /// Higher quality wins; nil (undefined) never beats a value.
    private static func compare(_ a: Double?, _ b: Double?) -> Bool {
        guard let a else { return false }
        guard let b else { return true }
        return a > b
    }

    private static func run(_ base: LeidenGraph, options: LeidenOptions, seed: UInt64) -> RunResult {
        let n = base.nodeCount
        var random = SplitMix64(seed: seed)
        var partition = (0 ..< Int32(n)).map { $0 }
        var iterations = 0
        let scale: Double
        switch options.objective {
        case .modularity: scale = base.totalNodeWeight > 0 ? options.resolution / base.totalNodeWeight : 0
        case .cpm: scale = options.resolution
        }
        if base.totalEdgeWeight > 0 {
            let scratch = Scratch(capacity: n)
            while iterations < options.maximumIterations {
                iterations += 1
                let next = iterate(base, partition: partition, scale: scale, theta: options.randomness,
                                   random: &random, scratch: scratch)
                let changed = next != partition
                partition = next
                if !changed { break }
            }
        }
        let rows = base.rows
        return RunResult(communityOf: partition, quality: quality(of: partition, rows: rows, options: options),
                         iterations: iterations)
    }

    /// One Leiden iteration from `partition` (labels in 0 ..< n) on the base graph.
    private static func iterate(_ base: LeidenGraph, partition start: [Int32], scale: Double, theta: Double,
                                random: inout SplitMix64, scratch: Scratch) -> [Int32] {
        var graph = base
        var community = compact(start)
        var nodeOfActor = (0 ..< Int32(base.nodeCount)).map { $0 }
        while true {
            let communityCount = moveNodesFast(graph, community: &community, scale: scale, random: &random, scratch: scratch)
            if communityCount == graph.nodeCount { break }
            let refined = refine(graph, community: community, scale: scale, theta: theta, random: &random, scratch: scratch).refined
            let (aggregate, clusterCount) = compactCount(refined)
            if clusterCount == graph.nodeCount {
                // Refinement left every node alone: aggregating would change nothing, so
                // the unrefined partition of this level is final.
                break
            }
            var aggregateCommunity = [Int32](repeating: 0, count: clusterCount)
            for v in 0 ..< graph.nodeCount { aggregateCommunity[Int(aggregate[v])] = community[v] }
            graph = graph.aggregated(by: aggregate, clusterCount: clusterCount, scratch: scratch)
            for actor in 0 ..< nodeOfActor.count { nodeOfActor[actor] = aggregate[Int(nodeOfActor[actor])] }
            community = compact(aggregateCommunity)
        }
        return compact(nodeOfActor.map { community[Int($0)] })
    }

    /// Renumbers labels 0, 1, … in order of first appearance.
    static func compact(_ labels: [Int32]) -> [Int32] { compactCount(labels).labels }

    static func compactCount(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
        var number = [Int32](repeating: -1, count: labels.isEmpty ? 0 : Modularity.labelCount(labels))
        var next: Int32 = 0
        var out = [Int32](repeating: 0, count: labels.count)
        for (i, c) in labels.enumerated() {
            if number[Int(c)] < 0 { number[Int(c)] = next; next += 1 }
            out[i] = number[Int(c)]
        }
        return (out, Int(next))
    }

    /// Fast local moving (A.2). `community` labels are in 0 ..< n. Returns the number of
    /// non-empty communities.
    private static func moveNodesFast(_ graph: LeidenGraph, community: inout [Int32], scale: Double,
                                      random: inout SplitMix64, scratch: Scratch) -> Int {
        let n = graph.nodeCount
        var weight = [Double](repeating: 0, count: n)   // W_c
        var members = [Int32](repeating: 0, count: n)
        for v in 0 ..< n {
            weight[Int(community[v])] += graph.nodeWeight[v]
            members[Int(community[v])] += 1
        }
        var empty: [Int32] = []
        for c in stride(from: n - 1, through: 0, by: -1) where members[c] == 0 { empty.append(Int32(c)) }
        var queue = shuffled(n, random: &random)
        var inQueue = [Bool](repeating: true, count: n)
        var head = 0, queued = n   // ring buffer over `queue` (capacity n)
        graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
        scratch.linkWeight.withUnsafeMutableBufferPointer { link in
            while queued > 0 {
                let v = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                queued -= 1
                inQueue[v] = false
                let own = Int(community[v])
                let wv = graph.nodeWeight[v]
                scratch.touched.removeAll(keepingCapacity: true)
                link[own] = 0
                scratch.touched.append(Int32(own))
                for e in offsets[v] ..< offsets[v + 1] {
                    let c = Int(community[Int(targets[e])])
                    if link[c] == 0 && c != own { scratch.touched.append(Int32(c)) }
                    link[c] += weights[e]
                }
                weight[own] -= wv
                members[own] -= 1
                if members[own] == 0 { weight[own] = 0 }   // no rounding residue in an empty community
                var best = own
                var bestGain = link[own] - scale * wv * weight[own]
                for c32 in scratch.touched {
                    let c = Int(c32)
                    let gain = link[c] - scale * wv * weight[c]
                    if gain > bestGain { best = c; bestGain = gain }
                }
                var alone = false
                if members[own] > 0 && bestGain < 0, let label = empty.last {
                    best = Int(label)   // an empty community does better: gain 0
                    alone = true
                }
                for c in scratch.touched { link[Int(c)] = 0 }
                if best != own {
                    if alone { empty.removeLast() }
                    if members[own] == 0 { empty.append(Int32(own)) }
                }
                weight[best] += wv
                members[best] += 1
                guard best != own else { continue }
                community[v] = Int32(best)
                for e in offsets[v] ..< offsets[v + 1] {
                    let u = Int(targets[e])
                    if !inQueue[u] && Int(community[u]) != best {
                        inQueue[u] = true
                        queue[(head + queued) % n] = Int32(u)
                        queued += 1
                    }
                }
            }
        }
        }
        }
        }
        return members.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    }

    /// The refinement's result and the bookkeeping it kept while merging, indexed by refined
    /// cluster label (a label no longer used has weight and size 0): tests recompute them
    /// from scratch.
    struct Refinement {
        /// The refined label of every node (labels in 0 ..< n).
        var refined: [Int32]
        /// Σ node weights of each refined cluster.
        var clusterWeight: [Double]
        /// Nodes in each refined cluster.
        var clusterSize: [Int32]
        /// Tie weight from each refined cluster to the rest of its community.
        var external: [Double]
    }

    /// Refinement (A.3) of `community` into well-connected sub-communities.
    static func refine(_ graph: LeidenGraph, community: [Int32], scale: Double, theta: Double,
                       random: inout SplitMix64, scratch: Scratch) -> Refinement {
        let n = graph.nodeCount
        var refined = (0 ..< Int32(n)).map { $0 }
        var clusterWeight = graph.nodeWeight
        var clusterSize = [Int32](repeating: 1, count: n)
        var communityWeight = [Double](repeating: 0, count: n)
        for v in 0 ..< n { communityWeight[Int(community[v])] += graph.nodeWeight[v] }
        // external[C]: tie weight from refined cluster C to the rest of its community.
        var external = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            for e in graph.offsets[v] ..< graph.offsets[v + 1] where community[Int(graph.targets[e])] == community[v] {
                external[v] += graph.weights[e]
            }
        }
        let order = shuffled(n, random: &random)
        var gains: [Double] = []
        graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
        scratch.linkWeight.withUnsafeMutableBufferPointer { link in
            for v32 in order {
                let v = Int(v32)
                guard clusterSize[Int(refined[v])] == 1 else { continue }
                let s = Int(community[v])
                let wv = graph.nodeWeight[v]
                guard external[v] >= scale * wv * (communityWeight[s] - wv) else { continue }
                scratch.touched.removeAll(keepingCapacity: true)
                for e in offsets[v] ..< offsets[v + 1] {
                    let u = Int(targets[e])
                    guard Int(community[u]) == s else { continue }
                    let c = Int(refined[u])
                    if link[c] == 0 { scratch.touched.append(Int32(c)) }
                    link[c] += weights[e]
                }
                let own = Int(refined[v])
                // Candidates: stay alone (gain 0) or a well-connected cluster with gain ≥ 0.
                gains.removeAll(keepingCapacity: true)
                var bestGain = 0.0
                for c32 in scratch.touched {
                    let c = Int(c32)
                    let wc = clusterWeight[c]
                    var gain = -1.0
                    if external[c] >= scale * wc * (communityWeight[s] - wc) {
                        gain = link[c] - scale * wv * wc
                    }
                    gains.append(gain)
                    if gain > bestGain { bestGain = gain }
                }
                var total = exp(-bestGain / theta)   // staying alone
                for gain in gains where gain >= 0 { total += exp((gain - bestGain) / theta) }
                var draw = random.unitInterval() * total
                var chosen = own
                draw -= exp(-bestGain / theta)
                if draw >= 0 {
                    for (index, gain) in gains.enumerated() where gain >= 0 {
                        chosen = Int(scratch.touched[index])
                        draw -= exp((gain - bestGain) / theta)
                        if draw < 0 { break }
                    }
                }
                if chosen != own {
                    let linkToChosen = link[chosen]
                    refined[v] = Int32(chosen)
                    clusterWeight[chosen] += wv
                    clusterSize[chosen] += 1
                    clusterWeight[own] = 0
                    clusterSize[own] = 0
                    external[chosen] += external[v] - 2 * linkToChosen
                }
                for c in scratch.touched { link[Int(c)] = 0 }
            }
        }
        }
        }
        }
        return Refinement(refined: refined, clusterWeight: clusterWeight, clusterSize: clusterSize, external: external)
    }

    /// The numbers 0 ..< n in seeded random order (Fisher–Yates).
    private static func shuffled(_ n: Int, random: inout SplitMix64) -> [Int32] {
        var order = (0 ..< Int32(n)).map { $0 }
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
        }
        return order
    }

    /// Buffers of one run, sized by the base graph and reset only where touched.
    /// (A class so that its two buffers can be borrowed at once.)
    final class Scratch {
        var linkWeight: [Double]
        var touched: [Int32] = []
        init(capacity: Int) { linkWeight = [Double](repeating: 0, count: capacity) }
    }
}

extension SplitMix64 {
    /// A number in [0, 1) with 53 random bits.
    mutating func unitInterval() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// The network Leiden works on at one level: CSR rows without self-entries, the weight of
/// ties inside each node (`selfWeight`, each tie once) and each node's weight (strength
/// including twice its self-weight for modularity, or its number of actors for CPM).
struct LeidenGraph: Sendable {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var selfWeight: [Double]
    var nodeWeight: [Double]
    /// Σ node weights (2m for modularity).
    var totalNodeWeight: Double
    /// Σ tie weights, inside nodes included (m).
    var totalEdgeWeight: Double
    /// The input rows (level 0), for recomputing the quality.
    let rows: CompressedAdjacency

    init(rows: CompressedAdjacency, weighted: Bool, objective: CommunityObjective) {
        let n = rows.nodeCount
        nodeCount = n
        offsets = rows.offsets
        targets = rows.neighbours
        weights = weighted ? rows.weights : [Double](repeating: 1, count: rows.entryCount)
        selfWeight = [Double](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        for v in 0 ..< n { for e in rows.row(v) { strength[v] += weights[e] } }
        nodeWeight = objective == .modularity ? strength : [Double](repeating: 1, count: n)
        totalNodeWeight = nodeWeight.reduce(0, +)
        totalEdgeWeight = strength.reduce(0, +) / 2
        self.rows = rows
    }

    /// The graph whose nodes are the clusters `cluster[v]` (labels 0 ..< clusterCount):
    /// weights between clusters summed, weights inside kept as self-weight.
    func aggregated(by cluster: [Int32], clusterCount k: Int, scratch: Leiden.Scratch) -> LeidenGraph {
        // Nodes grouped by cluster (counting sort), then each cluster's row gathered.
        var start = [Int](repeating: 0, count: k + 1)
        for c in cluster { start[Int(c) + 1] += 1 }
        for c in 0 ..< k { start[c + 1] += start[c] }
        var byCluster = [Int32](repeating: 0, count: nodeCount)
        var cursor = start
        for v in 0 ..< nodeCount {
            let c = Int(cluster[v])
            byCluster[cursor[c]] = Int32(v)
            cursor[c] += 1
        }
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        newTargets.reserveCapacity(targets.count / 2)
        newWeights.reserveCapacity(targets.count / 2)
        var newSelf = [Double](repeating: 0, count: k)
        var newNodeWeight = [Double](repeating: 0, count: k)
        for c in 0 ..< k {
            newOffsets[c] = newTargets.count
            scratch.touched.removeAll(keepingCapacity: true)
            for i in start[c] ..< start[c + 1] {
                let v = Int(byCluster[i])
                newSelf[c] += selfWeight[v]
                newNodeWeight[c] += nodeWeight[v]
                for e in offsets[v] ..< offsets[v + 1] {
                    let d = Int(cluster[Int(targets[e])])
                    if d == c {
                        newSelf[c] += weights[e] / 2   // seen from both ends
                        continue
                    }
                    if scratch.linkWeight[d] == 0 { scratch.touched.append(Int32(d)) }
                    scratch.linkWeight[d] += weights[e]
                }
            }
            for d in scratch.touched {
                newTargets.append(d)
                newWeights.append(scratch.linkWeight[Int(d)])
                scratch.linkWeight[Int(d)] = 0
            }
        }
        newOffsets[k] = newTargets.count
        var next = self
        next.nodeCount = k
        next.offsets = newOffsets
        next.targets = newTargets
        next.weights = newWeights
        next.selfWeight = newSelf
        next.nodeWeight = newNodeWeight
        return next
    }
}
