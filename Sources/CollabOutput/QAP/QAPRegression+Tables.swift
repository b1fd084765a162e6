import CollabGraph
import CollabAnalysis
/// The tables `collab qap` prints.
extension QAPRegression {
    /// `model` (measure, value), `coefficients` (with DSP permutation p-values) and
    /// `correlations` (QAP correlation of the dependent matrix with each predictor).
    public func tables(correlations: [PermutationTest]) -> [BrokerageTable] {
        let model: [[BrokerageCell]] = [
            [.text("dependent"), .text(dependent)],
            [.text("cells"), .count(cells)],
            [.text("r_squared"), .number(rSquared)],
            [.text("adjusted_r_squared"), .number(adjustedRSquared)],
            [.text("permutations"), .count(permutations)],
            [.text("seed"), .text(String(seed))],
        ]
        let coefficientRows: [[BrokerageCell]] = terms.indices.map { i in
            let test = i == 0 ? nil : tests[i - 1]
            return [.text(terms[i]), .number(coefficients[i]), .number(standardErrors[i]), .number(tValues[i]),
                    .number(test?.pGreater), .number(test?.pLess), .number(test?.pAbsolute)]
        }
        let correlationRows: [[BrokerageCell]] = zip(terms.dropFirst(), correlations).map { term, test in
            [.text(term), .number(test.observed), .number(test.pGreater), .number(test.pLess), .number(test.pAbsolute)]
        }
        return [
            BrokerageTable(name: "model", columns: ["measure", "value"], rows: model),
            BrokerageTable(name: "coefficients", columns: ["term", "coefficient", "standard_error", "t", "p_greater", "p_less", "p_two_sided"],
                           rows: coefficientRows),
            BrokerageTable(name: "correlations", columns: ["predictor", "r", "p_greater", "p_less", "p_two_sided"], rows: correlationRows),
        ]
    }
}
