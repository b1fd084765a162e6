import CollabGraph

extension SurveyCoverage {
    private static func percent(_ x: Double) -> String { NumberFormat.fixed(x * 100, digits: 1) + "%" }

    /// The counts in one line each, for `collab info`.
    public var lines: [String] {
        [
            "Survey:        \(respondents) of \(actors) actors responded (\(Self.percent(responseRate))); \(nonRespondents) were only named",
            "  pairs of two respondents: \(respondentPairs), \(confirmedPairs) confirmed by both sides"
                + (respondentPairs > 0 ? " (\(Self.percent(Double(confirmedPairs) / Double(respondentPairs))))" : ""),
            "  pairs with a non-respondent: \(pairsWithNonRespondent) (\(recordsNamingNonRespondents) nominations; reported by one side, cannot be confirmed)"
                + (pairsAmongNonRespondents > 0 ? "; pairs of two non-respondents: \(pairsAmongNonRespondents) (from other data)" : ""),
        ] + (thirdPartyRecords > 0 ? ["  ties reported by a third party (an ego about two of its alters): \(thirdPartyRecords) records, not counted above"] : [])
    }

    /// What the response rate lets one judge, in two sentences (info and the report).
    public var limitation: String {
        "Only the \(respondents) respondents (\(Self.percent(responseRate)) of the actors) were asked: a tie between two of them is seen from both sides, so reciprocity can be judged among respondents only; "
            + "the \(pairsWithNonRespondent) ties to non-respondents were reported by one side and cannot be confirmed, and ties between two non-respondents were not asked about at all — measures of non-respondents (their degree, their brokerage, the density around them) are lower bounds."
    }

    public var json: JSONValue {
        .object([
            ("actors", .number(Double(actors))),
            ("respondents", .number(Double(respondents))),
            ("response_rate", .number(responseRate)),
            ("respondent_pairs", .number(Double(respondentPairs))),
            ("confirmed_pairs", .number(Double(confirmedPairs))),
            ("pairs_with_non_respondent", .number(Double(pairsWithNonRespondent))),
            ("pairs_among_non_respondents", .number(Double(pairsAmongNonRespondents))),
            ("nominations_of_non_respondents", .number(Double(recordsNamingNonRespondents))),
            ("third_party_records", .number(Double(thirdPartyRecords))),
        ])
    }
}
