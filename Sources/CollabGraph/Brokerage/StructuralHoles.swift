import Foundation

/// Burt's structural-hole measures of each actor's ego network: effective size,
/// efficiency, constraint and hierarchy.
///
/// With the mutual weight a_uv = w(u→v) + w(v→u) (an undirected tie counts both ways;
/// unweighted ties weigh 1 each way), N(u) the *set* of u's in- and out-partners,
/// p_uv = a_uv / Σ_{w∈N(u)} a_uw and m_vw = a_vw / max_x a_vx:
///
/// - effective size e(u) = Σ_{v∈N(u)} (1 − Σ_{w∈N(u), w≠v} p_uw m_vw)
///   (m is normalised by the *partner v's* strongest tie);
/// - efficiency e(u) / |N(u)|;
/// - local constraint ℓ(u, v) = (p_uv + Σ_{w∈N(u), w≠u,v} p_uw p_wv)², where p_wv is
///   normalised over all of w's ties (UCINET's "whole network" model);
///   constraint c(u) = Σ_{v∈N(u)} ℓ(u, v);
/// - hierarchy h(u) = Σ_{v∈N(u)} (ℓ_v / (C/N)) ln(ℓ_v / (C/N)) / (N ln N), the
///   Coleman–Theil disorder index of the N = |N(u)| local constraints ℓ_v = ℓ(u, v) with
///   sum C; defined for N ≥ 2 only (rounding below 0 is reported as 0).
///
/// Isolates have no ego network: every measure is nil for them (never NaN).
///
/// References: R. S. Burt, *Structural Holes: The Social Structure of Competition*,
/// Harvard University Press (1992), ISBN 0-674-84371-3, chapters 1–2; S. P. Borgatti,
/// "Structural holes: unpacking Burt's redundancy measures", *Connections* 20(1):35–38
/// (1997). Matches NetworkX 3.6.1 `effective_size(G, nodes=list(G), weight=…)` and
/// `constraint(G, nodes=list(G), weight=…)` (the per-actor path; *not* the sparse-matrix
/// shortcut NetworkX takes without `nodes=`, whose effective size divides by the third
/// actor's strongest tie instead of the partner's) and igraph's `igraph_constraint`.
/// NetworkX's per-actor path returns NaN for an actor of a directed graph that has
/// in-ties but no out-ties; the formula above is well defined there and is used.
///
/// Conventions: `weighted: false` gives every tie (every direction of a directed tie)
/// weight 1; `weighted: true` uses the summed weights of the view. Self-loops are not
/// part of a view's rows and play no part.
///
/// - Complexity: O(n + m) to set up; per actor u, one intersection of u's sorted partner
///   row with each partner v's row (``CompressedAdjacency/forEachCommonPartner(_:_:_:)``:
///   a merge, or the shorter row searched in the longer when their lengths differ
///   widely), O(Σ_{v∈N(u)} min(d_u + d_v, min(d_u, d_v) log max(d_u, d_v))) — a hub's
///   many small partners cost their own rows, not the hub's — run in parallel over actors;
///   O(max degree) scratch space per thread.
public struct StructuralHoles: Sendable {
    /// The partner rows (sorted, union of in- and out-partners) the measures read.
    public let partners: CompressedAdjacency
    /// a_uv for every entry of `partners` (same positions).
    public let mutualWeight: [Double]
    /// Σ_{w∈N(u)} a_uw per actor (0 for isolates).
    public let totalMutualWeight: [Double]
    /// max_x a_ux per actor (0 for isolates).
    public let strongestMutualWeight: [Double]

    /// Prepares the mutual weights of `view`.
    ///
    /// - Parameters:
    ///   - view: the collapsed view (directed or undirected).
    ///   - weighted: use the summed tie weights (otherwise each tie direction weighs 1).
    public init(view: GraphView, weighted: Bool) {
        let partners = view.partners
        var mutual = [Double](repeating: 1, count: partners.entryCount)
        if weighted {
            mutual = partners.weights
        } else if view.isDirected {
            // a_uv = [u→v] + [v→u]: merge each partner row with the out- and in-rows.
            let out = view.outgoing, inc = view.incoming
            for u in 0 ..< partners.nodeCount {
                var o = out.offsets[u]
                let oEnd = out.offsets[u + 1]
                var i = inc.offsets[u]
                let iEnd = inc.offsets[u + 1]
                for entry in partners.row(u) {
                    let v = partners.neighbours[entry]
                    var a = 0.0
                    while o < oEnd && out.neighbours[o] < v { o += 1 }
                    if o < oEnd && out.neighbours[o] == v { a += 1; o += 1 }
                    while i < iEnd && inc.neighbours[i] < v { i += 1 }
                    if i < iEnd && inc.neighbours[i] == v { a += 1; i += 1 }
                    mutual[entry] = a
                }
            }
        }
        var total = [Double](repeating: 0, count: partners.nodeCount)
        var strongest = [Double](repeating: 0, count: partners.nodeCount)
        for u in 0 ..< partners.nodeCount {
            var sum = 0.0, best = 0.0
            for entry in partners.row(u) {
                sum += mutual[entry]
                best = max(best, mutual[entry])
            }
            total[u] = sum
            strongest[u] = best
        }
        self.partners = partners
        self.mutualWeight = mutual
        self.totalMutualWeight = total
        self.strongestMutualWeight = strongest
    }

    public var actorCount: Int { partners.nodeCount }

    /// The measures of one actor (for re-evaluating a focus actor, e.g. after adding a tie
    /// to the view).
    ///
    /// - Complexity: O(Σ_{v∈N(u)} (d_u + d_v)).
    public func measures(of actor: Int) -> StructuralHoleMeasures {
        var scratch = [Double](repeating: 0, count: partners.degree(actor))
        return scratch.withUnsafeMutableBufferPointer { measures(of: actor, localConstraints: $0) }
    }

    /// The local constraint ℓ(u, v) on `actor` from each of its partners, in partner order.
    public func localConstraints(of actor: Int) -> [LocalConstraint] {
        var scratch = [Double](repeating: 0, count: partners.degree(actor))
        _ = scratch.withUnsafeMutableBufferPointer { measures(of: actor, localConstraints: $0) }
        return zip(partners.row(actor), scratch).map { entry, value in
            LocalConstraint(partner: Int(partners.neighbours[entry]), value: value)
        }
    }

    /// The structural holes around `actor`: every pair of its partners (v < w, in index
    /// order) with no tie between them in either direction.
    ///
    /// - Complexity: O(Σ_{v∈N(u)} (d_u + d_v) + holes).
    public func holes(around actor: Int) -> [PartnerPair] {
        var result: [PartnerPair] = []
        forEachHole(around: actor) { result.append(PartnerPair(first: $0, second: $1)) }
        return result
    }

    /// Calls `body` with each unconnected pair of `actor`'s partners (first < second by
    /// index, in index order), without storing them.
    public func forEachHole(around actor: Int, _ body: (Int, Int) -> Void) {
        let row = partners.row(actor)
        let neighbours = partners.neighbours
        for (position, entry) in zip(row.indices, row) {
            let v = Int(neighbours[entry])
            // Partners of `actor` after v, merged against v's row: those absent are holes.
            var j = partners.offsets[v]
            let jEnd = partners.offsets[v + 1]
            for later in (position + 1) ..< row.upperBound {
                let w = neighbours[later]
                while j < jEnd && neighbours[j] < w { j += 1 }
                if j < jEnd && neighbours[j] == w { continue }
                body(v, Int(w))
            }
        }
    }

    /// The measures of every actor, computed in parallel; entry u belongs to actor u.
    public func allMeasures() -> [StructuralHoleMeasures] {
        let n = actorCount
        var results = [StructuralHoleMeasures](repeating: .isolate, count: n)
        var maxDegree = 0
        for u in 0 ..< n { maxDegree = max(maxDegree, partners.degree(u)) }
        let scratchSize = maxDegree
        Parallel.forEachChunk(writing: &results) { range, out in
            var scratch = [Double](repeating: 0, count: scratchSize)
            scratch.withUnsafeMutableBufferPointer { buffer in
                for u in range { out[u] = measures(of: u, localConstraints: buffer) }
            }
        }
        return results
    }

    /// One ego-network pass: merges u's row with each partner's row once, accumulating
    /// the indirect constraint and the redundancy together. Writes ℓ(u, v) into
    /// `localConstraints[0 ..< d_u]`.
    func measures(of u: Int, localConstraints ℓ: UnsafeMutableBufferPointer<Double>) -> StructuralHoleMeasures {
        let start = partners.offsets[u], end = partners.offsets[u + 1]
        let N = end - start
        guard N > 0 else { return .isolate }
        let neighbours = partners.neighbours
        let total_u = totalMutualWeight[u]
        var e = 0.0
        var C = 0.0
        for iv in start ..< end {
            let v = Int(neighbours[iv])
            let p_uv = mutualWeight[iv] / total_u
            let strongest_v = strongestMutualWeight[v]
            var indirect = 0.0
            var redundancy = 0.0
            // Intersection N(u) ∩ N(v), the common partners w in increasing order (so the
            // sums are the same bits whichever way they are found).
            partners.forEachCommonPartner(start ..< end, partners.offsets[v] ..< partners.offsets[v + 1]) { a, b in
                let w = Int(neighbours[a])
                let p_uw = mutualWeight[a] / total_u
                let a_vw = mutualWeight[b]        // = a_wv (mutual weights are symmetric)
                indirect += p_uw * (a_vw / totalMutualWeight[w])
                redundancy += p_uw * (a_vw / strongest_v)
            }
            let local = (p_uv + indirect) * (p_uv + indirect)
            ℓ[iv - start] = local
            C += local
            e += 1 - redundancy
        }
        var hierarchy: Double? = nil
        if N >= 2 {
            let mean = C / Double(N)
            var sum = 0.0
            for j in 0 ..< N {
                let ratio = ℓ[j] / mean
                sum += ratio * log(ratio)
            }
            // The index is ≥ 0; equal local constraints can round to −1e-17.
            hierarchy = max(0, sum / (Double(N) * log(Double(N))))
        }
        return StructuralHoleMeasures(partnerCount: N, effectiveSize: e, efficiency: e / Double(N),
                                      constraint: C, hierarchy: hierarchy)
    }
}

/// Burt's measures of one actor's ego network; nil where undefined (isolates; hierarchy
/// with fewer than two partners).
public struct StructuralHoleMeasures: Sendable, Equatable {
    /// |N(u)|: distinct in- and out-partners.
    public var partnerCount: Int
    public var effectiveSize: Double?
    public var efficiency: Double?
    public var constraint: Double?
    public var hierarchy: Double?

    public init(partnerCount: Int, effectiveSize: Double?, efficiency: Double?, constraint: Double?, hierarchy: Double?) {
        self.partnerCount = partnerCount
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.constraint = constraint
        self.hierarchy = hierarchy
    }

    public static let isolate = StructuralHoleMeasures(partnerCount: 0, effectiveSize: nil, efficiency: nil,
                                                       constraint: nil, hierarchy: nil)
}

/// The local constraint ℓ(u, v) on an actor u from one partner v.
public struct LocalConstraint: Sendable, Equatable {
    public var partner: Int
    public var value: Double

    public init(partner: Int, value: Double) {
        self.partner = partner
        self.value = value
    }
}

/// Two partners of an actor (first < second by actor index).
public struct PartnerPair: Sendable, Hashable {
    public var first: Int
    public var second: Int
    public init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }
}
