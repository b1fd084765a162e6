/// The depth of a relation type on the co-production ladder of Hodgson & Spours:
/// one-way *engagement* (talks, visits, information), *exchange* (placements,
/// apprenticeships, live projects) and *co-production* (co-design, co-teaching,
/// shared facilities, resources and staff development).
public enum Depth: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
    case engagement = 1
    case exchange = 2
    case coProduction = 3

    public static func < (a: Depth, b: Depth) -> Bool { a.rawValue < b.rawValue }

    /// The name used in files and output: `engagement`, `exchange`, `co-production`.
    public var description: String {
        switch self {
        case .engagement: "engagement"
        case .exchange: "exchange"
        case .coProduction: "co-production"
        }
    }

    /// Parses `engagement`, `exchange`, `co-production` (also `coproduction`, `1`–`3`).
    public init?(name: String) {
        switch RelationLadder.normalise(name) {
        case "engagement", "1": self = .engagement
        case "exchange", "2": self = .exchange
        case "co production", "coproduction", "3": self = .coProduction
        default: return nil
        }
    }
}

/// Maps relation types to their rung on the ladder.
///
/// Type names are matched case-insensitively, with `_` and `-` read as spaces, so
/// `Co-Design`, `co_design` and `co design` are one type. A dataset may override or
/// extend the built-in table with a `types.csv` (`type,depth`). Types the table does not
/// know have no depth (reported as unrated, never guessed).
public struct RelationLadder: Sendable, Equatable {
    public private(set) var depths: [String: Depth]

    public init(depths: [String: Depth] = [:]) {
        self.depths = [:]
        for (type, depth) in depths { self.depths[RelationLadder.normalise(type)] = depth }
    }

    /// The rung of `type`, or nil when the type is not rated.
    public func depth(of type: String) -> Depth? { depths[RelationLadder.normalise(type)] }

    /// Sets (or overrides) the rung of one type.
    public mutating func setDepth(_ depth: Depth, for type: String) {
        depths[RelationLadder.normalise(type)] = depth
    }

    /// Lower-cases and folds `_`, `-` and runs of white space into single spaces.
    public static func normalise(_ type: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in type.lowercased() {
            if ch == "_" || ch == "-" || ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }

    /// The built-in table for the common relation types of the collaboration literature.
    public static let builtIn: RelationLadder = {
        var table: [String: Depth] = [:]
        for t in ["talk", "visit", "information", "careers event", "careers talk", "guest lecture", "advice",
                  "funding", "regulation", "consultation", "networking", "event", "sponsorship",
                  "commissioning", "reporting", "membership"] { table[t] = .engagement }
        for t in ["placement", "work placement", "apprenticeship", "live project", "internship",
                  "work experience", "mentoring", "training", "training needs analysis", "recruitment",
                  "industry project", "referral"] { table[t] = .exchange }
        for t in ["co design", "co teaching", "co assessment", "co delivery", "co construction",
                  "shared facilities", "shared resources", "staff development", "steering group",
                  "joint bid", "curriculum design", "joint research"] { table[t] = .coProduction }
        return RelationLadder(depths: table)
    }()
}
