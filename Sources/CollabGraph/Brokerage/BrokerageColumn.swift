/// A Gould–Fernandez brokerage role, in `sna::brokerage`'s column order (w_I, w_O, b_IO,
/// b_OI, b_O, t).
public enum BrokerageRole: Int, CaseIterable, Sendable {
    /// w_I: i, broker and k all in one group.
    case coordinator
    /// w_O: i and k in one group, the broker in another.
    case itinerant
    /// b_IO: the broker in i's group, k in another.
    case representative
    /// b_OI: the broker in k's group, i in another.
    case gatekeeper
    /// b_O: three different groups.
    case liaison
    /// t: all brokered two-paths.
    case total

    /// The column header (`brokerage` for the total).
    public var header: String {
        switch self {
        case .coordinator: "coordinator"
        case .itinerant: "itinerant"
        case .representative: "representative"
        case .gatekeeper: "gatekeeper"
        case .liaison: "liaison"
        case .total: "brokerage"
        }
    }
}

/// A column of the per-actor brokerage table (``BrokerageTables/actors(graph:view:weighted:groups:zScores:)``),
/// typed: code asks for `.constraint` or `.role(.liaison)`; the header text (identical in
/// CSV and JSON) is ``header``.
public enum BrokerageColumn: Hashable, Sendable {
    /// The actor's id.
    case id
    /// The actor's group: headed by the grouping attribute, or `group` without one.
    case group(attribute: String?)
    /// Partners (alters) in the view.
    case partners
    /// Burt's effective size.
    case effectiveSize
    /// Effective size over partners.
    case efficiency
    /// Burt's aggregate constraint.
    case constraint
    /// Burt's hierarchy.
    case hierarchy
    /// A Gould–Fernandez role count.
    case role(BrokerageRole)
    /// A role's expected count under the random-graph baseline.
    case expected(BrokerageRole)
    /// A role's z-score under the random-graph baseline.
    case zScore(BrokerageRole)

    /// The header written in CSV and JSON output.
    public var header: String {
        switch self {
        case .id: "id"
        case .group(let attribute): attribute ?? "group"
        case .partners: "partners"
        case .effectiveSize: "effective_size"
        case .efficiency: "efficiency"
        case .constraint: "constraint"
        case .hierarchy: "hierarchy"
        case .role(let role): role.header
        case .expected(let role): role.header + "_expected"
        case .zScore(let role): role.header + "_z"
        }
    }
}
