import CollabGraph

/// PageRank (α = 0.85) on the 200k-actor / 1M-tie Holme–Kim graph. CollabGraph iterates to an
/// L1 change below 1e-14 (its default); igraph uses PRPACK; NetworkX iterates to the same
/// 1e-14 (`tol = 1e-14 / n`). Best of 3.
enum PageRankLarge: BenchmarkCase {
    static let name = "pagerank-200k"
    static let title = "PageRank α = 0.85, Holme–Kim 200,000 actors / ~1M ties (hk-200k.csv), best of 3"
    static let file = "hk-200k.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let view = try context.view(file)
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : ""), L1 < 1e-14", repeat: 3) {
                view.pageRank(PageRankOptions(threads: threads)).scores.max()
            }
        }
        if let row = try context.reference("igraph", "pagerank", file, repeat: 3, configuration: "PRPACK") { rows.append(row) }
        if let row = try context.reference("networkx", "pagerank", file, repeat: context.quick ? 1 : 3, configuration: "scipy, L1 < 1e-14") { rows.append(row) }
        return rows
    }
}
