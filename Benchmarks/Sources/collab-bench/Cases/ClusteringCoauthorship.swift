import CollabGraph

/// Transitivity and every actor's local clustering on the real co-authorship network
/// ca-HepPh (SNAP, largest component, 11,204 authors / 117,619 ties), read from
/// /work/shared/datasets when present (never copied into the repository), best of 5.
enum ClusteringCoauthorship: BenchmarkCase {
    static let name = "clustering-ca-hepph"
    static let title = "Transitivity + local clustering of every actor, ca-HepPh (11,204 actors / 117,619 ties), best of 5"
    static let file = "/work/shared/datasets/ca-HepPh.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        guard context.exists(file) else { return [] }
        let view = try context.view(file)
        var rows = [context.swift("all cores (chunks of actors)", repeat: 5) {
            ClusteringCoefficients(view.partners).transitivity
        }]
        rows.append(context.swift("all cores, + Onnela and Barrat weighted", repeat: 5) {
            ClusteringCoefficients(view.partners, weighted: true).transitivity
        })
        if let row = try context.reference("igraph", "clustering", file, repeat: 5) { rows.append(row) }
        if let row = try context.reference("networkx", "clustering", file, repeat: context.quick ? 1 : 2) { rows.append(row) }
        return rows
    }
}
