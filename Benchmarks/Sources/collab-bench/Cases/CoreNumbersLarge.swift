import CollabGraph

/// Core numbers (Batagelj–Zaversnik) on the 200k / 1M Holme–Kim graph, best of 3.
enum CoreNumbersLarge: BenchmarkCase {
    static let name = "coreness-200k"
    static let title = "Core numbers, Holme–Kim 200,000 actors / ~1M ties (hk-200k.csv), best of 3"
    static let file = "hk-200k.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let view = try context.view(file)
        var rows = [context.swift("1 thread", repeat: 3) { view.coreNumbers().max().map(Double.init) }]
        if let row = try context.reference("igraph", "coreness", file, repeat: 3) { rows.append(row) }
        if let row = try context.reference("networkx", "coreness", file, repeat: context.quick ? 1 : 3) { rows.append(row) }
        return rows
    }
}
