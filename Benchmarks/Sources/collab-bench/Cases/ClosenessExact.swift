import CollabGraph

/// Exact closeness (bit-parallel breadth-first searches, 256 sources per pass) on the
/// 20k / 100k Holme–Kim graph.
enum ClosenessExact: BenchmarkCase {
    static let name = "closeness-20k"
    static let title = "Exact closeness, Holme–Kim 20,000 actors / ~100k ties (hk-20k.csv)"
    static let file = "hk-20k.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let view = try context.view(file)
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : ""), best of 3", repeat: 3) { view.closeness(threads: threads).max() }
        }
        if !context.quick, let row = try context.reference("igraph", "closeness", file) { rows.append(row) }
        if let row = try context.reference("networkx", "closeness", file, sample: context.quick ? 10 : 200) { rows.append(row) }
        return rows
    }
}
