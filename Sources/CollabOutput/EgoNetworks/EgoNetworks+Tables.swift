import CollabGraph
import CollabAnalysis
/// The table `collab ego` prints.
extension EgoNetworks {
    public static let columns = ["id", "label", "size", "ties", "pairs", "density", "two_step_reach", "two_step_percent",
                                 "reach_efficiency", "broker", "normalized_broker", "ego_betweenness",
                                 "normalized_ego_betweenness", "effective_size", "constraint"]

    /// One row per ego, in the order given.
    public static func table(graph: CollaborationGraph, egos: [Int], measures: [EgoNetworkMeasures]) -> BrokerageTable {
        let rows: [[BrokerageCell]] = zip(egos, measures).map { u, m in
            [.text(graph.actors[u].id), .text(graph.actors[u].label), .count(m.size), .number(m.ties.map(Double.init)),
             .number(m.pairs.map(Double.init)), .number(m.density), .number(m.twoStepReach.map(Double.init)),
             .number(m.twoStepPercent), .number(m.reachEfficiency), .number(m.broker), .number(m.normalizedBroker),
             .number(m.egoBetweenness), .number(m.normalizedEgoBetweenness), .number(m.effectiveSize), .number(m.constraint)]
        }
        return BrokerageTable(name: "egos", columns: columns, rows: rows)
    }
}
