/// A dyadic relation named in a QAP model: the view's ties, one relation type, a shared
/// attribute value, a numeric difference or co-membership. Parsed from text by the command
/// line; the analysis layer builds its matrix (``DyadicMatrix``).
public enum QAPTerm: Sendable, Equatable {
    /// The main view's ties (1, or the summed weight when weighted).
    case ties
    /// Ties of one relation type, in the main view's window and memberships.
    case relationType(String)
    /// 1 when both actors have the same value of the attribute.
    case same(String)
    /// |x_a − x_b| of a numeric attribute (`tier` by rank).
    case difference(String)
    /// The number of networks both actors belong to.
    case coMembership

    /// The term as written: `ties`, `type:NAME`, `same:ATTR`, `diff:ATTR`, `co-membership`.
    public var name: String {
        switch self {
        case .ties: "ties"
        case .relationType(let type): "type:" + type
        case .same(let attribute): "same:" + attribute
        case .difference(let attribute): "diff:" + attribute
        case .coMembership: "co-membership"
        }
    }
}
