import CollabGraph
import Foundation

/// Loading a 1,000,000-record edges file (typed, weighted, dated; 100,000 actors inferred)
/// into the model, and building its undirected view, against Python's `csv` module merely
/// iterating the same file's rows (no conversion, no graph): the floor of any Python loader.
enum LoadRecords: BenchmarkCase {
    static let name = "load-1m"
    static let title = "Load 1,000,000 edge records (records-1m.csv, 100k actors) vs Python csv iteration"
    static let file = "records-1m.csv"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let path = context.path(file)
        guard context.exists(file) else { return [] }
        // Peak memory of one load, measured first (before any other graph is held), and where
        // the bytes of the loaded model go.
        var measured: CollaborationGraph?
        let loadPeak = BenchmarkContext.peakMemoryGrowth { measured = try? GraphLoader.load(path) }
        if let model = measured {
            let records = Double(model.ties.count)
            var viewPeak: Int?
            var view: GraphView?
            viewPeak = BenchmarkContext.peakMemoryGrowth { view = model.view() }
            let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let tieBytes = model.ties.capacity * MemoryLayout<Tie>.stride
            let actorBytes = model.actors.count * MemoryLayout<Actor>.stride + model.actors.reduce(0) { $0 + $1.id.utf8.count + ($1.id.utf8.count > 15 ? 32 : 0) }
            // An undirected view's outgoing, incoming and partner rows are one array.
            let viewBytes = view.map { v in (v.isDirected ? [v.outgoing, v.incoming, v.partners] : [v.outgoing])
                .reduce(0) { $0 + $1.offsets.count * 8 + $1.neighbours.count * 12 } } ?? 0
            func perRecord(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / records) }
            context.notes.append("Memory per record (\(model.ties.count) records, \(model.actorCount) actors): "
                + "peak growth while loading \(loadPeak.map(perRecord) ?? "?") bytes; "
                + "the file \(perRecord(fileBytes)) (released once parsed), tie records \(perRecord(tieBytes)) "
                + "(\(MemoryLayout<Tie>.stride) bytes each), actors with their ids \(perRecord(actorBytes)), "
                + "tie attributes 0 (none in the file); building the view: peak growth \(viewPeak.map(perRecord) ?? "?") bytes, "
                + "the view's rows \(perRecord(viewBytes)).")
        }
        measured = nil
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
