import CollabGraph

/// Sampled betweenness (k = 100 seeded sources, rescaled as NetworkX does) on the 200k / 1M
/// Holme–Kim graph. igraph offers no source sampling; NetworkX's `betweenness_centrality(k=…)`
/// is timed on 5 sources and scaled to 100.
enum SampledBetweennessLarge: BenchmarkCase {
    static let name = "betweenness-sampled-200k"
    static let title = "Sampled betweenness, k = 100 sources, Holme–Kim 200,000 actors / ~1M ties (hk-200k.csv)"
    static let file = "hk-200k.csv"
    static let k = 100

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let view = try context.view(file)
        let sources = view.sampleSources(k, seed: 1)
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : ""), k = \(k)") {
                view.betweenness(sampledFrom: sources, threads: threads).max()
            }
        }
        if let row = try context.reference("networkx", "betweenness", file, sample: 5, scaleTo: k,
                                           configuration: "k = 5, time × \(k)/5") { rows.append(row) }
        return rows
    }
}
