import CollabGraph
import CollabAnalysis
/// The tables `collab cohesion` prints (CSV sections or JSON keys), built from a
/// ``CohesionSummary``.
extension CohesionSummary {
    /// `summary` (measure, value), `components` (path lengths of each component of two or
    /// more actors, largest first; component numbers as in the `actors` table), `cores`,
    /// `triads` (directed views), `actors` (with `actorRows`) and `groups` (with `groups`).
    public func tables(actorIDs: [String], actorRows: Bool, groups: (ActorGroups, [GroupCohesion])?) -> [BrokerageTable] {
        var summary: [[BrokerageCell]] = [
            [.text("actors"), .count(actors)],
            [.text("ties"), .count(ties)],
            [.text("directed"), .text(isDirected ? "true" : "false")],
            [.text("density"), .number(density)],
            [.text("components"), .count(components.count)],
            [.text("largest_component"), .count(components.largestSize)],
            [.text("largest_component_share"), .number(largestComponentShare)],
            [.text("isolates"), .count(components.isolateCount)],
            [.text("triangles"), .count(clustering.triangles)],
            [.text("transitivity"), .number(clustering.transitivity)],
            [.text("average_clustering"), .number(clustering.averageClustering)],
        ]
        if let onnela = clustering.averageOnnela { summary.append([.text("average_clustering_onnela"), .number(onnela)]) }
        if let barrat = clustering.averageBarrat { summary.append([.text("average_clustering_barrat"), .number(barrat)]) }
        if let pathLengths, let largest = pathLengths.max(by: { $0.actors < $1.actors }) {
            summary.append([.text("diameter_largest_component"), .count(largest.diameter)])
            summary.append([.text("average_shortest_path_largest_component"), .number(largest.averageShortestPath)])
        }
        if isDirected { summary.append([.text("reciprocity"), .number(reciprocity)]) }
        var tables = [BrokerageTable(name: "summary", columns: ["measure", "value"], rows: summary)]
        if let pathLengths {
            // Components of two or more actors, largest first (isolates are counted in the
            // summary; listing thousands of them would hide the components that matter).
            let listed = pathLengths.filter { $0.actors > 1 }.sorted { $0.actors != $1.actors ? $0.actors > $1.actors : $0.component < $1.component }
            tables.append(BrokerageTable(name: "components", columns: ["component", "actors", "diameter", "average_shortest_path"],
                                         rows: listed.map { [.count($0.component + 1), .count($0.actors), .count($0.diameter),
                                                             .number($0.averageShortestPath)] }))
        }
        tables.append(BrokerageTable(name: "cores", columns: ["core", "actors"],
                                     rows: coreDistribution.map { [.count($0.core), .count($0.actors)] }))
        if let triadCensus {
            tables.append(BrokerageTable(name: "triads", columns: ["triad", "count"],
                                         rows: zip(TriadCensus.names, triadCensus.counts).map { [.text($0), .count($1)] }))
        }
        if let (groups, rows) = groups {
            tables.append(BrokerageTable(
                name: "groups",
                columns: [groups.attribute ?? "group", "actors", "ties", "density", "components", "largest_component",
                          "transitivity", "average_clustering"],
                rows: rows.map { [.text(groups.names[$0.group]), .count($0.actors), .count($0.ties), .number($0.density),
                                  .count($0.components), .count($0.largestComponent), .number($0.transitivity),
                                  .number($0.averageClustering)] }))
        }
        if actorRows {
            var columns = ["id", "partners", "clustering"]
            if clustering.onnela != nil { columns += ["clustering_onnela", "clustering_barrat"] }
            columns += ["core", "component"]
            let cores = coreNumbers
            let rows: [[BrokerageCell]] = actorIDs.indices.map { u in
                var row: [BrokerageCell] = [.text(actorIDs[u]), .count(partnerCounts[u]), .number(clustering.local[u])]
                if let onnela = clustering.onnela, let barrat = clustering.barrat { row += [.number(onnela[u]), .number(barrat[u])] }
                return row + [.count(cores[u]), .count(Int(components.componentOf[u]) + 1)]
            }
            tables.append(BrokerageTable(name: "actors", columns: columns, rows: rows))
        }
        return tables
    }
}
