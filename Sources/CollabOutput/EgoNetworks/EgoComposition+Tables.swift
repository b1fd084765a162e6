import CollabGraph
import CollabAnalysis

/// The composition columns `collab ego --composition ATTR` adds: for each attribute,
/// `ATTR_alters` (alters with a value), `ATTR_blau`, `ATTR_iqv` and `ATTR_ei`.
extension EgoComposition {
    /// The four column names of one attribute.
    public static func columns(attribute: String) -> [String] {
        ["alters", "blau", "iqv", "ei"].map { "\(attribute)_\($0)" }
    }

    /// The cells of ego `index` (its index in the view the composition was measured on;
    /// nil for an ego outside it: empty cells).
    public func cells(_ index: Int?) -> [BrokerageCell] {
        guard let index else { return [.number(nil), .number(nil), .number(nil), .number(nil)] }
        return [.count(alterCounts[index]), .number(blau[index]), .number(iqv[index]), .number(ei[index])]
    }

    /// `table` with the composition of each attribute appended to every row; `index[r]` is
    /// row r's ego in the compositions' view (nil outside it).
    public static func appending(_ compositions: [(attribute: String, composition: EgoComposition)],
                                 to table: BrokerageTable, index: [Int?]) -> BrokerageTable {
        precondition(index.count == table.rows.count)
        var out = table
        for (attribute, _) in compositions { out.columns += columns(attribute: attribute) }
        for r in out.rows.indices {
            for (_, composition) in compositions { out.rows[r] += composition.cells(index[r]) }
        }
        return out
    }
}
