import CollabGraph
import CollabAnalysis
/// The tables `collab homophily` prints, built from a ``HomophilyAnalysis``.
extension HomophilyAnalysis {
    /// `network` (measure, value), `groups` (E–I per group with expected value and
    /// p-values) and `mixing` (observed and expected fractions of tie ends per group pair).
    /// `numeric`: the numeric attribute and its assortativity, when asked for.
    public func tables(numeric: (attribute: String, value: Double?)?) -> [BrokerageTable] {
        var network: [[BrokerageCell]] = [
            [.text("attribute"), .text(groups.attribute ?? "group")],
            [.text("groups"), .count(groups.count)],
            [.text("directed"), .text(isDirected ? "true" : "false")],
            [.text("internal_ties"), .count(self.network.internalTies)],
            [.text("external_ties"), .count(self.network.externalTies)],
            [.text("ei_index"), .number(self.network.index)],
            [.text("ei_expected"), .number(self.network.expected)],
            [.text("ei_p_lower"), .number(self.network.pLower)],
            [.text("ei_p_upper"), .number(self.network.pUpper)],
            [.text("ei_permutation_mean"), .number(self.network.permutationMean)],
            [.text("ei_permutation_sd"), .number(self.network.permutationStandardDeviation)],
            [.text("yules_q"), .number(yulesQ)],
            [.text("assortativity"), .number(attributeAssortativity)],
        ]
        if let numeric { network.append([.text("numeric_assortativity_" + numeric.attribute), .number(numeric.value)]) }
        network += [
            [.text("degree_assortativity"), .number(degreeAssortativity)],
            [.text("permutations"), .count(permutations)],
            [.text("seed"), .text(String(seed))],
        ]
        let name = groups.attribute ?? "group"
        let perGroupRows: [[BrokerageCell]] = perGroup.map { test in
            [.text(groups.names[test.group!]), .count(test.actors), .count(test.internalTies), .count(test.externalTies),
             .number(test.index), .number(test.expected), .number(test.pLower), .number(test.pUpper)]
        }
        let g = groups.count
        var mixingRows: [[BrokerageCell]] = []
        for a in 0 ..< g {
            for b in (isDirected ? 0 : a) ..< g {
                let observed = isDirected || a == b ? observedMixing[a * g + b] : 2 * observedMixing[a * g + b]
                let expected = isDirected || a == b ? expectedMixing[a * g + b] : 2 * expectedMixing[a * g + b]
                mixingRows.append([.text(groups.names[a]), .text(groups.names[b]), .count(mixing.ties(from: a, to: b)),
                                   .number(observed), .number(expected),
                                   .number(expected > 0 ? observed / expected : nil)])
            }
        }
        return [
            BrokerageTable(name: "network", columns: ["measure", "value"], rows: network),
            BrokerageTable(name: "groups", columns: [name, "actors", "internal_ties", "external_ties", "ei_index", "ei_expected",
                                                     "p_lower", "p_upper"], rows: perGroupRows),
            BrokerageTable(name: "mixing", columns: ["from", "to", "ties", "observed_share", "expected_share", "ratio"],
                           rows: mixingRows),
        ]
    }
}
