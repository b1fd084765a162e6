import CollabGraph

/// Loading a 1,000,000-record edges file (typed, weighted, dated; 100,000 actors inferred)
/// into the model, and building its undirected view, against Python's `csv` module merely
/// iterating the same file's rows (no conversion, no graph): the floor of any Python loader.
enum LoadRecords: BenchmarkCase {
    static let name = "load-1m"
    static let title = "Load 1,000,000 edge records (records-1m.csv, 100k actors) vs Python csv iteration"
    static let file = "records-1m.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let path = context.path(file)
        var graph: CollaborationGraph?
        var rows = [context.swift("GraphLoader.load", repeat: 3) {
            graph = try? GraphLoader.load(path)
            return graph.map { Double($0.ties.count) }
        }]
        if let graph {
            rows.append(context.swift("view (collapse 1M records)", repeat: 3) { Double(graph.view().tieCount) })
        }
        if let row = try context.reference("python", "csv-iterate", file, repeat: 3) { rows.append(row) }
        return rows
    }
}
