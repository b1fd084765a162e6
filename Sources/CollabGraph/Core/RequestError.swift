/// What an analysis was asked that the data cannot give: an actor or attribute that does
/// not exist, a relation type the graph lacks, predictors that cannot be separated.
///
/// Typed so that callers decide by case (a scenario file turns `unknownActor` into an
/// error at its line and column) and never by parsing a message; ``description`` is the
/// sentence the command line shows after "Error: ".
public enum RequestError: Error, Sendable, Equatable {
    /// `text` matched the label of several actors (`ids`: up to five of them).
    case ambiguousLabel(text: String, option: String, matches: Int, ids: [String])
    /// No actor has `text` as id or label; `closest` are (id, label) pairs to suggest.
    case unknownActor(text: String, option: String, closest: [ActorName])
    /// No actor has a value for `attribute`; `known` lists the attributes that exist.
    case unknownAttribute(attribute: String, option: String, known: [String], suggestion: String?)
    /// An actor's tier is not one of the tier ladder's names.
    case unknownTier(actor: String, value: String, tiers: [String])
    /// A numeric attribute holds text.
    case notNumeric(attribute: String, actor: String, value: String)
    /// Regression predictors that are collinear or constant over the dyads.
    case collinearPredictors
    /// A QAP term the graph cannot give: see ``QAPTermProblem``.
    case qapTerm(term: String, problem: QAPTermProblem)

    /// An actor as shown in suggestions.
    public struct ActorName: Sendable, Equatable {
        public var id: String
        public var label: String
        public init(id: String, label: String) { self.id = id; self.label = label }
    }

    /// Why a QAP term cannot be built.
    public enum QAPTermProblem: Sendable, Equatable {
        case noMemberships
        case unknownRelationType(type: String, known: [String])
        case unknownAttribute(String)
        case missingNumber(actor: String, attribute: String)
    }
}

extension RequestError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .ambiguousLabel(let text, let option, let matches, let ids):
            return "'\(text)' in \(option) is the label of \(matches) actors (\(ids.joined(separator: ", "))); give an id"
        case .unknownActor(let text, let option, let closest):
            let hint = closest.isEmpty ? "" : "; did you mean " + closest.map { "'\($0.id)' (\($0.label))" }.joined(separator: ", ") + "?"
            return "no actor with id or label '\(text)' in \(option)\(hint)"
        case .unknownAttribute(let attribute, let option, let known, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            let list = known.isEmpty ? "no attributes" : known.joined(separator: ", ")
            return "no actor has a value for '\(attribute)' in \(option)\(hint); the actors have: \(list)"
        case .unknownTier(let actor, let value, let tiers):
            return "actor '\(actor)' has tier '\(value)'; tiers are \(tiers.joined(separator: ", "))"
        case .notNumeric(let attribute, let actor, let value):
            return "'\(attribute)' is not numeric: actor '\(actor)' has '\(value)'"
        case .collinearPredictors:
            return "the predictors are collinear (or one is constant over the dyads); drop one"
        case .qapTerm(let term, let problem):
            switch problem {
            case .noMemberships: return "'\(term)' needs memberships; the dataset has none"
            case .unknownRelationType(let type, let known): return "unknown relation type '\(type)' in '\(term)'; the graph has: \(known.joined(separator: ", "))"
            case .unknownAttribute(let attribute): return "no actor has the attribute '\(attribute)' (in '\(term)')"
            case .missingNumber(let actor, let attribute): return "'\(term)' needs a number for every actor; '\(actor)' has no '\(attribute)'"
            }
        }
    }
}
