import CollabGraph
import CollabAnalysis
/// Tables of centralities as CSV and JSON, and the "top N by a measure" ranking.
///
/// CSV: header `id,<measure>,…`, one row per actor of the table's population in load order
/// (actors outside it — networks known only from memberships — have no row), numbers in
/// shortest round-trip form (``NumberFormat/shortest(_:)``), an empty cell where a measure
/// is undefined. JSON: an array of objects with the same fields (`null` where undefined).
extension CentralityTable {
    /// The CSV table for `actors` (the graph's actors, in load order).
    public func csv(actors: [Actor]) -> String {
        var writer = CSVWriter(header: ["id"] + measures.map(\.rawValue))
        for (i, actor) in actors.enumerated() where measures(i) {
            writer.row([actor.id] + columns.map { NumberFormat.shortest($0.values[i]) })
        }
        return writer.text
    }

    /// The JSON array for `actors`.
    public func json(actors: [Actor]) -> JSONValue {
        .array(actors.enumerated().filter { measures($0.offset) }.map { i, actor in
            .object([("id", .string(actor.id))] + columns.map { ($0.measure.rawValue, JSONValue.finite($0.values[i])) })
        })
    }

    /// Actor indices of the `count` highest values of `measure`, highest first, equal values
    /// in load order; nil when the measure is not in the table or is undefined.
    public func top(_ count: Int, by measure: CentralityMeasure) -> [Int]? {
        guard let column = column(measure), column.undefinedReason == nil else { return nil }
        return CentralityTable.rankedActors(column.values, count: count, population: population)
    }

    /// The `count` actors with the highest `values` (one per actor), by ``Ranking``; only
    /// actors of `population` when given.
    public static func rankedActors(_ values: [Double], count: Int, population: [Bool]? = nil) -> [Int] {
        let actors = (0 ..< Int32(values.count)).filter { population?[Int($0)] ?? true }
        return Ranking.top(max(0, count), of: actors) { values[Int($0)] }.map { Int($0) }
    }

    /// The ranking as CSV: `id,label,kind,sector,<by>,<other measures>…`, one row per actor
    /// of ``top(_:by:)``.
    public func topCSV(_ count: Int, by measure: CentralityMeasure, actors: [Actor]) -> String? {
        guard let order = top(count, by: measure) else { return nil }
        let ordered = rankedColumns(by: measure)
        var writer = CSVWriter(header: ["id", "label", "kind", "sector"] + ordered.map(\.measure.rawValue))
        for i in order {
            let actor = actors[i]
            writer.row([actor.id, actor.label, actor.kind, actor.sector ?? ""] + ordered.map { NumberFormat.shortest($0.values[i]) })
        }
        return writer.text
    }

    /// The ranking as a JSON array of objects with the same fields as ``topCSV(_:by:actors:)``.
    public func topJSON(_ count: Int, by measure: CentralityMeasure, actors: [Actor]) -> JSONValue? {
        guard let order = top(count, by: measure) else { return nil }
        let ordered = rankedColumns(by: measure)
        return .array(order.map { i in
            let actor = actors[i]
            let fields: [(String, JSONValue)] = [
                ("id", .string(actor.id)), ("label", .string(actor.label)), ("kind", .string(actor.kind)),
                ("sector", actor.sector.map(JSONValue.string) ?? .null),
            ]
            return .object(fields + ordered.map { ($0.measure.rawValue, JSONValue.finite($0.values[i])) })
        })
    }

    private func rankedColumns(by measure: CentralityMeasure) -> [CentralityColumn] {
        columns.filter { $0.measure == measure } + columns.filter { $0.measure != measure }
    }
}
