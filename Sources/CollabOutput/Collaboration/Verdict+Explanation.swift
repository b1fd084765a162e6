import CollabGraph

/// The words of a ``Verdict``: the sentence that explains it, what each criterion means and
/// why a criterion was not judged. CollabGraph keeps the verdict typed (kind, criteria,
/// reasons); every output (text, CSV, JSON, the report page, the methods) words it here, so
/// the wording is the same everywhere.
extension Verdict {
    static func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }

    /// Why the verdict is limited, when it rests on connection alone
    /// (``Verdict/restsOnConnectionAlone``); nil otherwise.
    public var limitation: String? {
        guard restsOnConnectionAlone else { return nil }
        let connected = criterion(.largestComponentShare).map { " (the largest component holds \(Verdict.percent($0.value)) of the actors)" } ?? ""
        return "no criterion on the ties themselves could be judged, so the verdict says only that the actors are connected\(connected), not that they collaborate weakly"
    }

    /// One sentence: the verdict and why, e.g. "weakly collaborative: strong ties 25.0%
    /// (threshold 50.0%); two-way pairs not judged (direction not declared)".
    public var explanation: String {
        let percent = Verdict.percent
        var sentence: String
        if kind == .fragmented {
            if let connected = criterion(.largestComponentShare), !connected.met {
                sentence = "fragmented: the largest component holds \(percent(connected.value)) of the actors, below \(percent(connected.threshold))"
            } else {
                sentence = "fragmented: there are no ties"
            }
        } else {
            var numbers: [String] = []
            if let strong = criterion(.strongShare) {
                numbers.append("strong ties \(percent(strong.value)) (threshold \(percent(strong.threshold)))")
            }
            if let twoWay = criterion(.reciprocity) {
                numbers.append("two-way pairs \(percent(twoWay.value)) (threshold \(percent(twoWay.threshold)))")
            }
            sentence = "\(kind.rawValue): " + numbers.joined(separator: ", ")
            if let limitation { sentence = "\(kind.rawValue), limited: \(limitation)" }
        }
        for missing in notJudged {
            sentence += "; \(missing.name.noun) not judged (\(missing.reason.phrase))"
        }
        return sentence
    }
}

extension VerdictCriterion.Name {
    /// What meeting the criterion means, in words.
    public var meaning: String {
        switch self {
        case .largestComponentShare: "most actors are connected in one component"
        case .strongShare: "strong ties are the norm"
        case .reciprocity: "ties run both ways (two-way street)"
        }
    }

    /// What the criterion measures, as a noun phrase ("two-way pairs").
    public var noun: String {
        switch self {
        case .largestComponentShare: "the largest component"
        case .strongShare: "strong ties"
        case .reciprocity: "two-way pairs"
        }
    }
}

extension NotJudgedReason {
    /// The short reason, as shown beside the criterion: "direction not declared".
    public var phrase: String {
        switch self {
        case .recordsUndirected: "the records carry no direction"
        case .directionNotDeclared: "direction not declared"
        case .tooFewStrengthComponents: "too few tie-strength components measured"
        }
    }

    /// The reason in full, for notes and the methods.
    public var sentence: String {
        switch self {
        case .recordsUndirected:
            "the records carry no direction (declared undirected, or --undirected), so no pair can be one-way or two-way"
        case .directionNotDeclared:
            "the direction of the records is not declared and no pair has records both ways: reading them as directed would be a guess, "
                + "and every pair would count as one-way (declare {\"directed\": true} in meta.json, or give --directed, if the source of each record is the initiating actor)"
        case .tooFewStrengthComponents:
            "tie strength rests on fewer than \(TieStrengthTable.minimumVaryingComponents) measured components that vary between pairs "
                + "(a bare source,target list has embeddedness and a constant intensity): which pairs come out strong would be one measure's ranking, "
                + "not a judgement of strength (weights, relation types, dates or direction in the records add components)"
        }
    }
}
