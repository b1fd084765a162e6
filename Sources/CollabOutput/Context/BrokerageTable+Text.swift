import CollabGraph

/// A table for reading on a terminal (`--format text`): a header, then one line per row,
/// columns padded to their widest cell, text left-aligned and numbers right-aligned,
/// whole numbers without decimals and others with `digits` decimals, "–" for an empty
/// cell. The CSV and JSON forms keep every digit.
extension BrokerageTable {
    public func alignedText(digits: Int = 3) -> String {
        let numeric = columns.indices.map { c in rows.allSatisfy { if case .text = $0[c] { false } else { true } } }
        let cells: [[String]] = rows.map { row in
            row.map { cell in
                switch cell {
                case .text(let text): text
                case .number(nil): "–"
                case .number(let x?): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : NumberFormat.fixed(x, digits: digits)
                }
            }
        }
        let widths = columns.indices.map { c in ([columns[c]] + cells.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ values: [String]) -> String {
            var parts: [String] = []
            for (c, value) in values.enumerated() {
                let pad = String(repeating: " ", count: widths[c] - value.count)
                parts.append(numeric[c] ? pad + value : value + pad)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(columns)] + cells.map(line)).joined(separator: "\n") + "\n"
    }
}
