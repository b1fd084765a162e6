import CollabGraph

/// Exact betweenness on a real collaboration network: arXiv hep-ph co-authorship
/// (SNAP ca-HepPh, largest component, 11,204 authors / 117,619 ties), read from
/// /work/shared/datasets when present (never copied into the repository).
enum RealCoauthorship: BenchmarkCase {
    static let name = "betweenness-ca-hepph"
    static let title = "Exact betweenness, real co-authorship network ca-HepPh (11,204 actors / 117,619 ties)"
    static let file = "/work/shared/datasets/ca-HepPh.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        guard context.exists(file) else { return [] }
        let view = try context.view(file)
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : "")") { view.betweenness(threads: threads).max() }
        }
        if !context.quick, let row = try context.reference("igraph", "betweenness", file) { rows.append(row) }
        if let row = try context.reference("networkx", "betweenness", file, sample: context.quick ? 10 : 100) { rows.append(row) }
        return rows
    }
}
