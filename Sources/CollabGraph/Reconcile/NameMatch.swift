/// What ``NameReconciler`` decided for one name: the best register entry (if any), its score,
/// the decision and up to three candidates for a person to review.
public struct NameMatch: Sendable, Equatable {
    /// How sure the match is: `auto` may be applied as it stands (every such row stays in the
    /// output for a person to read and overturn), `review` needs a person, `none` found
    /// nothing close enough.
    public enum Decision: String, Sendable, CaseIterable {
        case auto
        case review
        case none
    }

    /// One register entry considered: its index in the register, its id and score (0–1).
    public struct Candidate: Sendable, Equatable {
        public var entry: Int
        public var id: String
        public var score: Double

        public init(entry: Int, id: String, score: Double) {
            self.entry = entry
            self.id = id
            self.score = score
        }
    }

    /// The matched register id and name (`auto` and `review`; nil for `none`).
    public var matchID: String?
    public var matchName: String?
    /// The best candidate's score (0 when there is none), in 0…1.
    public var score: Double
    public var decision: Decision
    /// Up to three best candidates, best first (ties by register order).
    public var candidates: [Candidate]
    /// The best candidate's evidence: name similarity and address agreement (each 0–1).
    public var nameScore: Double
    public var addressScore: Double

    public init(matchID: String?, matchName: String?, score: Double, decision: Decision, candidates: [Candidate],
                nameScore: Double = 0, addressScore: Double = 0) {
        self.matchID = matchID
        self.matchName = matchName
        self.score = score
        self.decision = decision
        self.candidates = candidates
        self.nameScore = nameScore
        self.addressScore = addressScore
    }

    /// No candidate at all.
    public static let unmatched = NameMatch(matchID: nil, matchName: nil, score: 0, decision: .none, candidates: [])
}
