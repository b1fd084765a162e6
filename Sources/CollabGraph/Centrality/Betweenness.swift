/// Betweenness centrality: the share of shortest paths between other actors that pass
/// through an actor — who brokers between parts of the network.
///
///     c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,   normalised by 1 / ((n − 1)(n − 2))
///
/// with σ_st the number of shortest s–t paths and σ_st(v) those through v. Brandes'
/// dependency accumulation, for each source s, in order of non-increasing distance:
///
///     δ_s(v) = Σ_{w : v ∈ P_s(w)} (σ_sv / σ_sw) (1 + δ_s(w)),   c_B(v) = Σ_s δ_s(v)
///
/// computed by hops by pulling from the successors w of v (so each actor is written once):
/// δ_s(v) = σ_sv Σ_w c(w) with c(w) = (1 + δ_s(w)) / σ_sw kept per actor; by lengths, as
/// NetworkX does, by pushing c(w) to the predecessors the search recorded (with
/// zero-length steps an actor's predecessors may be settled after it, see ``ShortestPathWorkspace``).
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 163–177, 2001, doi:10.1080/0022250X.2001.9990249.
/// Matches NetworkX 3.6.1 `betweenness_centrality(G, normalized=True, weight=…)`.
///
/// Sampled (estimated) betweenness runs the searches from k sources only and rescales as
/// NetworkX does with `k` (Brandes and Pich 2007, doi:10.1142/S0218127407018403): a sampled
/// actor's sum by 1/((k − 1)(n − 2)) (it is never its own source's target), any other's by
/// 1/(k (n − 2)); with k = n this is the exact value. Matches
/// `betweenness_centrality(G, k=k, seed=…)` given the same sources.
///
/// - Complexity: O(n m) time unweighted, O(n m log m) weighted (O(k m), O(k m log m)
///   sampled); O(n + m) memory per thread.
/// - Conventions: the sum runs over *ordered* pairs (s, t) and is divided by
///   (n − 1)(n − 2), which for an undirected view equals NetworkX's, Gephi's and
///   graph-tool's unordered-pair normalisation (NetworKit and `sna` report twice this);
///   no scaling when n ≤ 2 (all values are 0). Weighted: tie length 1/w. Directed: paths
///   follow arcs source → target.
enum Betweenness {
    /// Adds δ_s(v) for every v ≠ s reached from s to the workspace's running sums.
    @inline(__always)
    static func accumulate(_ workspace: ShortestPathWorkspace, source s: Int, rows: RowPointers, into sums: PathSums) {
        let order = workspace.order
        let betweenness = sums.betweenness!
        var j = workspace.reached - 1
        if rows.lengths != nil {
            // NetworkX's `_accumulate_basic` over the predecessor lists the search recorded:
            // c = (1 + δ(w)) / σ_w pushed to each v ∈ P(w), in reverse settling order.
            let sigma = workspace.sigma, delta = workspace.delta
            let head = workspace.predecessorHead, actor = workspace.predecessorActor, next = workspace.predecessorNext
            while j >= 0 {
                let w = Int(order[j])
                let c = (1 + delta[w]) / sigma[w]
                var e = Int(head[w])
                while e >= 0 {
                    let v = Int(actor[e])
                    delta[v] += sigma[v] * c
                    e = Int(next[e])
                }
                if w != s { betweenness[w] += delta[w] }
                j -= 1
            }
        } else {
            // Breadth-first: the successors were recorded by the search (the DAG only), and
            // each actor's `pathValue` holds σ until it is replaced by its coefficient. On a reduced
            // network (``BetweennessReduction``) `delta` is one twin's share δ_s(v) / μ(v) and
            // c(v) = (ω(v) + δ_s(v)) / σ_sv; with ω = μ = 1, exactly Brandes' expressions.
            let value = workspace.pathValue, twins = workspace.twins, weight = workspace.weight
            let successors = workspace.successors, successorEnd = workspace.successorEnd
            let sourceWeight = weight?[s] ?? 1
            var start = j > 0 ? successorEnd[j &- 1] : 0
            while j >= 0 {
                let v = Int(order[j])
                var sum = 0.0
                // The successors of the j-th actor: from the end of the (j − 1)-th actor's.
                let end = successorEnd[j]
                var i = start
                while i < end {
                    sum += value[Int(successors[i])]
                    i &+= 1
                }
                start = j > 1 ? successorEnd[j &- 2] : 0
                let sigmaV = value[v]
                let delta = sigmaV * sum
                value[v] = ((weight?[v] ?? 1) + twins[v] * delta) / sigmaV
                if v != s { betweenness[v] += sourceWeight * delta }
                j -= 1
            }
        }
    }

    /// Scales summed ordered-pair dependencies by 1 / ((n − 1)(n − 2)) (none for n ≤ 2).
    static func normalise(_ raw: [Double]) -> [Double] {
        let n = raw.count
        guard n > 2 else { return raw }
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        return raw.map { $0 * scale }
    }
}

extension GraphView {
    /// Estimated betweenness from the searches of `sources` only (see ``Betweenness``),
    /// normalised as NetworkX does for `k = sources.count` sampled sources.
    ///
    /// - Parameter sources: distinct actor indices, for instance from
    ///   ``sampleSources(_:seed:)``.
    public func betweenness(sampledFrom sources: [Int], weighted: Bool = false, threads: Int? = nil,
                            progress: ProgressHandler? = nil) -> [Double] {
        let n = nodeCount
        let sums = searches(from: sources, betweenness: true, distances: false, weighted: weighted,
                            threads: threads, progress: progress)
        let sum = PathSums.array(sums.betweenness, n)
        guard n > 2 else { return sum }
        let k = Double(sources.count)
        let sourceScale = sources.count > 1 ? 1 / ((k - 1) * Double(n - 2)) : .nan
        let otherScale = 1 / (k * Double(n - 2))
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[s] = true }
        return (0 ..< n).map { sum[$0] * (isSource[$0] ? sourceScale : otherScale) }
    }

    /// `count` distinct actors drawn uniformly with a seeded generator (SplitMix64 and a
    /// partial Fisher–Yates shuffle): the same seed gives the same sources everywhere.
    public func sampleSources(_ count: Int, seed: UInt64) -> [Int] {
        Array(0 ..< nodeCount).seededSample(count, seed: seed)
    }

    /// Normalised betweenness centrality of every actor (see ``Betweenness``).
    ///
    /// - Parameters:
    ///   - weighted: shortest paths by length 1/w instead of hops.
    ///   - threads: worker threads (default: all cores).
    ///   - progress: called with (sources done, sources).
    public func betweenness(weighted: Bool = false, threads: Int? = nil,
                            progress: ProgressHandler? = nil) -> [Double] {
        pathCentralities(betweenness: true, closeness: false, harmonic: false, weighted: weighted,
                         threads: threads, progress: progress).betweenness!
    }
}
