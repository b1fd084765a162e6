/// Candidate new partners for a focal actor, and the filter that narrows them.
///
/// Default candidates (with K the reach limit): every actor at distance 2 … K + 1 from
/// the focus (one step beyond its partners up to one step beyond its reach), plus every
/// SME and employer (`kind` `sme` or `employer`) that the focus does not reach within K
/// hops, including those in other components. Never the focus itself, never an existing
/// partner (a tie in either direction in the view). A ``CandidateFilter`` keeps only the
/// candidates whose attributes match; `all` widens the pool to every actor that is not
/// the focus or a partner.
///
/// - Complexity: O(n) given the focus's ``FocusReach``.
public enum Candidates {
    /// The candidate actors for `reach.focus`, in index order.
    public static func candidates(graph: CollaborationGraph, reach: FocusReach, filter: CandidateFilter = .default,
                                  included: [Bool]? = nil) -> [Int] {
        var result: [Int] = []
        for x in 0 ..< reach.actorCount where x != reach.focus && reach.distance[x] != 1 && (included?[x] ?? true) {
            let d = Int(reach.distance[x])
            let actor = graph.actors[x]
            let inDefault = (d >= 2 && d <= reach.maxHops + 1)
                || (!reach.isReached(x) && (actor.actorKind == .sme || actor.actorKind == .employer))
            guard filter.includesAll || inDefault else { continue }
            guard filter.matches(actor) else { continue }
            result.append(x)
        }
        return result
    }
}

/// `kind=sme,sector=digital tech`: conditions on actor attributes. Conditions on the same
/// attribute are alternatives (`kind=sme,kind=employer`: either); conditions on different
/// attributes must all hold. Values match case-insensitively. `all` (alone or with
/// conditions) widens the pool from the default candidates to every actor not yet a partner.
public struct CandidateFilter: Sendable, Equatable {
    public struct Condition: Sendable, Equatable {
        public var attribute: String
        public var values: [String]
    }

    public var conditions: [Condition]
    public var includesAll: Bool

    public static let `default` = CandidateFilter(conditions: [], includesAll: false)

    public init(conditions: [Condition], includesAll: Bool) {
        self.conditions = conditions
        self.includesAll = includesAll
    }

    /// Parses `attribute=value,attribute=value,…` (and `all`). Throws a message naming the
    /// offending item.
    public init(parsing text: String) throws {
        var conditions: [Condition] = []
        var all = false
        for raw in text.split(separator: ",") {
            let item = raw.trimmingCharacters(in: .whitespaces)
            if item.isEmpty { continue }
            if item.lowercased() == "all" { all = true; continue }
            guard let eq = item.firstIndex(of: "=") else {
                throw CandidateFilterError(message: "'\(item)' is not attribute=value (e.g. kind=sme,sector=digital tech)")
            }
            let attribute = item[..<eq].trimmingCharacters(in: .whitespaces)
            let value = item[item.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard !attribute.isEmpty, !value.isEmpty else {
                throw CandidateFilterError(message: "'\(item)' needs both an attribute and a value")
            }
            if let i = conditions.firstIndex(where: { $0.attribute == attribute }) {
                conditions[i].values.append(value)
            } else {
                conditions.append(Condition(attribute: attribute, values: [value]))
            }
        }
        self.init(conditions: conditions, includesAll: all)
    }

    /// Checks every condition against the graph: an attribute no actor has, or a value no
    /// actor has (usually a typo: `kind=smee`), throws a message listing what exists.
    public func validate(against graph: CollaborationGraph) throws {
        for condition in conditions {
            let values = graph.values(of: condition.attribute)
            guard !values.isEmpty else {
                let known = graph.groupingAttributes
                let hint = Suggestions.closest(to: condition.attribute, in: known).first.map { " (did you mean '\($0)'?)" } ?? ""
                throw CandidateFilterError(message: "no actor has a value for '\(condition.attribute)'\(hint); the actors have: \(known.joined(separator: ", "))")
            }
            let lowered = Set(values.map { $0.lowercased() })
            for value in condition.values where !lowered.contains(value.lowercased()) {
                let hint = Suggestions.closest(to: value, in: values).first.map { " (did you mean '\($0)'?)" } ?? ""
                let shown = TextList.folded(values, limit: 20)
                throw CandidateFilterError(message: "no actor has \(condition.attribute)=\(value)\(hint); values of \(condition.attribute): \(shown)")
            }
        }
    }

    public func matches(_ actor: Actor) -> Bool {
        for condition in conditions {
            guard let value = actor.value(of: condition.attribute)?.lowercased() else { return false }
            if !condition.values.contains(where: { $0.lowercased() == value }) { return false }
        }
        return true
    }
}

public struct CandidateFilterError: Error, Equatable {
    public var message: String
}

import Foundation
