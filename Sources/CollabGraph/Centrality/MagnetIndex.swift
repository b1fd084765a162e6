/// The magnet index of a group (a kind, a sector): whether it draws ties in from another
/// group more than it sends ties out to it — the seeds' anchor institution that acts "as a
/// magnet for other companies and a hub to support SMEs".
///
///     M(g, h) = (R_gh − S_gh) / (R_gh + S_gh)
///
/// with R_gh the arcs from members of h to members of g (received) and S_gh the arcs from
/// g to h (sent); M(g) pools every other group (ties within g left out). +1: g only
/// receives from h; −1: g only initiates; 0: balanced; nil when there is no arc either way.
///
/// The form is Krackhardt & Stern's E–I balance applied to direction instead of group
/// membership: D. Krackhardt & R. N. Stern (1988), "Informal networks and organizational
/// crises", *Soc. Psychol. Q.* 51(2):123–140, doi:10.2307/2786835. The index itself is
/// defined here (no reference implementation); hand-checked in `MagnetIndexTests`.
///
/// - Complexity: O(n + m + G²) for G groups.
/// - Conventions: directed views only (an undirected view records no initiator: the index
///   would be 0 everywhere, so it is not computed); arcs counted once each whatever their
///   weight unless `weighted`, then summed weights.
public struct MagnetIndex: Sendable, Equatable {
    /// Arcs (or weights) received by group g from group h: `received[g][h]`.
    public let received: [[Double]]
    /// Arcs (or weights) sent by group g to group h.
    public let sent: [[Double]]

    public var groupCount: Int { received.count }

    /// M(g, h), nil without arcs between the two groups (or when g == h).
    public func index(_ g: Int, from h: Int) -> Double? {
        guard g != h else { return nil }
        let total = received[g][h] + sent[g][h]
        return total > 0 ? (received[g][h] - sent[g][h]) / total : nil
    }

    /// M(g) against all other groups together.
    public func index(_ g: Int) -> Double? {
        var r = 0.0, s = 0.0
        for h in 0 ..< groupCount where h != g { r += received[g][h]; s += sent[g][h] }
        return r + s > 0 ? (r - s) / (r + s) : nil
    }

    /// - Precondition: `view.isDirected`.
    public init(_ view: GraphView, groupOf: [Int32], groupCount: Int, weighted: Bool = false) {
        precondition(view.isDirected, "the magnet index needs a directed view")
        var received = [[Double]](repeating: [Double](repeating: 0, count: groupCount), count: groupCount)
        var sent = received
        let rows = view.outgoing
        for u in 0 ..< view.nodeCount {
            let g = Int(groupOf[u])
            for e in rows.row(u) {
                let h = Int(groupOf[Int(rows.neighbours[e])])
                let value = weighted ? rows.weights[e] : 1
                sent[g][h] += value
                received[h][g] += value
            }
        }
        self.received = received
        self.sent = sent
    }
}
