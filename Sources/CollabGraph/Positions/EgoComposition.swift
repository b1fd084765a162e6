/// The composition of each actor's ego network by an attribute (sector, kind, locality…):
/// how varied its partners are, and how far they differ from the actor itself.
///
/// For ego i with alters N(i) that have a value, p_c the share of those alters in
/// category c, and K the number of categories of the attribute in the graph:
///
///     Blau(i) = 1 − Σ_c p_c²                      (heterogeneity; 0 = all alike)
///     IQV(i)  = Blau(i) / (1 − 1/K)               (index of qualitative variation, in [0, 1])
///     EI(i)   = (E − I) / (E + I)                 (E alters in another category than ego,
///                                                  I in the same; −1 all alike, +1 all other)
///
/// References: P. M. Blau (1977), *Inequality and Heterogeneity*, Free Press; A. Agresti &
/// B. F. Agresti (1978), "Statistical analysis of qualitative variation", *Sociological
/// Methodology* 9:204–237, doi:10.2307/270810 (IQV); D. Krackhardt & R. N. Stern (1988),
/// "Informal networks and organizational crises", *Soc. Psychol. Q.* 51(2):123–140,
/// doi:10.2307/2786835 (E–I). E–I as R `egor::comp_ei`; Blau and IQV as UCINET's ego
/// network composition (checked by hand cases and `Tests/Fixtures/reference_positions.R`).
///
/// - Complexity: O(n + m + K).
/// - Conventions: alters are the partners of the view's undirected reading; alters
///   without a value are left out (and an ego without a value has no E–I); every value is
///   nil for an ego with no alter that has a value, and IQV is nil when K < 2.
public struct EgoComposition: Sendable, Equatable {
    /// The number of categories of the attribute (K).
    public let categoryCount: Int
    /// Alters of each ego that have a value (the denominator of the shares).
    public let alterCounts: [Int]
    public let blau: [Double?]
    public let iqv: [Double?]
    public let ei: [Double?]

    /// - Parameter category: each actor's category 0 ..< `categoryCount`, or −1 for none.
    public init(_ view: GraphView, category: [Int32], categoryCount: Int) {
        precondition(category.count == view.nodeCount)
        let rows = view.partners
        var counts = [Int](repeating: 0, count: max(categoryCount, 1))
        var touched: [Int] = []
        var blau = [Double?](repeating: nil, count: view.nodeCount)
        var iqv = blau, ei = blau
        var alterCounts = [Int](repeating: 0, count: view.nodeCount)
        for i in 0 ..< view.nodeCount {
            var total = 0
            for e in rows.row(i) {
                let c = Int(category[Int(rows.neighbours[e])])
                guard c >= 0 else { continue }
                if counts[c] == 0 { touched.append(c) }
                counts[c] += 1
                total += 1
            }
            alterCounts[i] = total
            if total > 0 {
                var squares = 0.0
                for c in touched { let p = Double(counts[c]) / Double(total); squares += p * p }
                let b = 1 - squares
                blau[i] = b
                if categoryCount > 1 { iqv[i] = b / (1 - 1 / Double(categoryCount)) }
                let own = Int(category[i])
                if own >= 0 {
                    let same = counts[own]
                    ei[i] = Double(total - 2 * same) / Double(total)
                }
            }
            for c in touched { counts[c] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        self.categoryCount = categoryCount
        self.alterCounts = alterCounts
        self.blau = blau
        self.iqv = iqv
        self.ei = ei
    }

    /// Categories from ``ActorGroups`` (its missing-value group counts as no value).
    public init(_ view: GraphView, groups: ActorGroups) {
        let missing = groups.names.firstIndex(of: ActorGroups.missingName)
        var number = [Int32](repeating: -1, count: groups.count)
        var next: Int32 = 0
        for g in 0 ..< groups.count where g != missing { number[g] = next; next += 1 }
        self.init(view, category: groups.groupOf.map { number[Int($0)] }, categoryCount: Int(next))
    }
}
