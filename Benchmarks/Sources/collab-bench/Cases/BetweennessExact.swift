import CollabGraph

/// Exact betweenness (Brandes, all sources) on the 20k-actor / 100k-tie Holme–Kim graph:
/// CollabGraph on one and two threads, igraph (`Graph.betweenness`, one thread) and
/// NetworkX (`betweenness_centrality` on sampled sources, time scaled to all sources).
enum BetweennessExact: BenchmarkCase {
    static let name = "betweenness-20k"
    static let title = "Exact betweenness, Holme–Kim 20,000 actors / ~100k ties (hk-20k.csv)"
    static let file = "hk-20k.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let view = try context.view(file)
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : "")") { view.betweenness(threads: threads).max() }
        }
        if !context.quick, let row = try context.reference("igraph", "betweenness", file) { rows.append(row) }
        if let row = try context.reference("networkx", "betweenness", file, sample: context.quick ? 10 : 100) { rows.append(row) }
        return rows
    }
}
