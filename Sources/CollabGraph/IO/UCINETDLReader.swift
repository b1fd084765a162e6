import Foundation

/// Reads UCINET DL files: `fullmatrix` (the default) one- and two-mode, `edgelist1`,
/// `nodelist1`, `edgelist2` and `nodelist2`, labels given (`labels:`, `row labels:`,
/// `column labels:`) or embedded (`labels embedded`), several relations (`nm = k` with
/// `matrix labels:`, matrices separated by `!` in list formats), and the header R's
/// `sna::write.dl` writes (`DL n = 5, nm = 1, format = edgelist1`).
///
/// - One-mode: a record per non-zero cell or list entry, its value the weight. When the
///   data are **symmetric** (every i→j has a j→i of the same value) the graph is declared
///   undirected and each pair is one record; otherwise it is directed, a record per entry.
/// - Two-mode (`nr`/`nc`, or the `…2` list formats): each non-zero cell is a **membership**
///   of the row actor in the column actor (a value other than 1 is the membership
///   attribute `weight`). Row and column labels must differ.
/// - With `nm > 1`, each matrix's records carry the matrix label as relation type.
/// - Actor ids are the labels (they must be distinct); without labels, the numbers 1…n
///   (two-mode: `r1…`, `c1…`).
/// - Errors (unknown format, counts that do not match, values that are not numbers, labels
///   or numbers out of range) name the line and column. Zero list weights follow
///   ``ZeroWeightPolicy`` (a zero matrix cell is simply no tie).
public enum UCINETDLReader {
    public static func read(_ path: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        try read(text: GraphImport.text(try GraphImport.contents(path), file: path), file: path, options: options)
    }

    private enum Format: String { case fullmatrix, edgelist1, nodelist1, edgelist2, nodelist2 }

    private struct Entry { var row: Int; var column: Int; var weight: Double; var matrix: Int }

    public static func read(text: String, file: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        var importer = GraphImport(file: file, format: "DL", options: options)
        let lines = numberedLines(text)
        func error(_ line: Int, _ column: Int, _ message: String) -> InputError {
            InputError(file: file, line: line, column: column, message)
        }
        func error(_ token: TextToken, _ message: String) -> InputError { error(token.line, token.column, message) }

        // Sections: header, labels, data.
        enum Part { case header, labels, rowLabels, columnLabels, matrixLabels, data }
        var part = Part.header
        var header: [TextToken] = []
        var labelTokens: [Part: [TextToken]] = [:]
        var dataLines: [[TextToken]] = []
        var embedded = false
        var sawDL = false
        let separators: Set<Unicode.Scalar> = [","]
        for (number, raw) in lines {
            var content = Substring(raw)
            let lower = raw.lowercased().trimmingCharacters(in: .whitespaces)
            if lower.isEmpty { continue }
            if !sawDL {
                guard lower.hasPrefix("dl") else {
                    throw error(number, 1, "not a UCINET DL file: the first line must start with DL")
                }
                sawDL = true
                let fields = try tokens(of: raw, number: number, separators: separators, file: file)
                header += fields.dropFirst()
                if let first = fields.first, first.text.count > 2, first.text.lowercased().hasPrefix("dl") {
                    header.insert(TextToken(text: String(first.text.dropFirst(2)), quoted: false, line: number, column: first.column + 2), at: 0)
                }
                continue
            }
            if part != .data {
                // A section keyword starts the line.
                let keywords: [(String, Part?)] = [("row labels embedded", nil), ("column labels embedded", nil), ("col labels embedded", nil),
                                                   ("labels embedded", nil), ("row labels", .rowLabels), ("column labels", .columnLabels),
                                                   ("col labels", .columnLabels), ("matrix labels", .matrixLabels), ("labels", .labels),
                                                   ("data", .data)]
                var matched = false
                for (keyword, target) in keywords where lower.hasPrefix(keyword) {
                    let rest = lower.dropFirst(keyword.count)
                    guard rest.isEmpty || rest.hasPrefix(":") || rest.hasPrefix(" ") else { continue }
                    matched = true
                    if let target { part = target } else { embedded = true }
                    // Content after the keyword (and its colon) on the same line.
                    let offset = raw.distance(from: raw.startIndex, to: raw.firstIndex { !$0.isWhitespace } ?? raw.startIndex) + keyword.count
                    content = raw.dropFirst(offset)
                    if content.hasPrefix(":") { content = content.dropFirst() }
                    break
                }
                if !matched && part == .header {
                    header += try tokens(of: raw, number: number, separators: separators, file: file)
                    continue
                }
                if content.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            }
            let fields = try tokens(of: content, number: number, separators: separators, file: file)
            // Columns of tokens from a keyword line are relative to the content: shift them.
            let shift = raw.unicodeScalars.count - content.unicodeScalars.count
            let shifted = fields.map { token -> TextToken in var t = token; t.column += shift; return t }
            if part == .data { dataLines.append(shifted) } else { labelTokens[part, default: []] += shifted }
        }
        guard sawDL else { throw InputError(file: file, "empty file: expected a DL header") }

        // Header parameters: key = value pairs (or `key value`), separated by spaces or commas.
        var parameters: [String: TextToken] = [:]
        var keys: [String: TextToken] = [:]
        var i = 0
        let flat = header.flatMap { token -> [TextToken] in
            // Split "n=5", "n=", "=5" into parts around '='.
            var parts: [TextToken] = []
            var column = token.column
            for (k, piece) in token.text.split(separator: "=", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { parts.append(TextToken(text: "=", quoted: false, line: token.line, column: column)); column += 1 }
                if !piece.isEmpty { parts.append(TextToken(text: String(piece), quoted: token.quoted, line: token.line, column: column)) }
                column += piece.unicodeScalars.count
            }
            return parts
        }
        while i < flat.count {
            let key = flat[i]
            var j = i + 1
            if j < flat.count, flat[j].text == "=" { j += 1 }
            guard j < flat.count else { throw error(key, "header parameter '\(Excerpt.of(key.text))' has no value") }
            parameters[key.text.lowercased()] = flat[j]
            keys[key.text.lowercased()] = key
            i = j + 1
        }
        func count(_ name: String) throws -> Int? {
            guard let token = parameters[name] else { return nil }
            guard let value = Int(token.text), value >= 0 else { throw error(token, "\(name) must be a whole number, got '\(Excerpt.of(token.text))'") }
            guard value < Int(Int32.max) else { throw error(token, "\(name) = \(value): more actors than collab can index") }
            return value
        }
        let known: Set<String> = ["n", "nr", "nc", "nm", "format", "diagonal"]
        for (key, token) in keys.sorted(by: { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }) where !known.contains(key) {
            throw error(token, "unknown DL header parameter '\(Excerpt.of(key))' (collab reads n, nr, nc, nm, format)")
        }
        var format = Format.fullmatrix
        if let token = parameters["format"] {
            switch token.text.lowercased() {
            case "fullmatrix", "fm": format = .fullmatrix
            case "edgelist1", "el1": format = .edgelist1
            case "nodelist1", "nl1": format = .nodelist1
            case "edgelist2", "el2": format = .edgelist2
            case "nodelist2", "nl2": format = .nodelist2
            default: throw error(token, "DL format '\(Excerpt.of(token.text))' is not read by collab (fullmatrix, edgelist1, nodelist1, edgelist2, nodelist2)")
            }
        }
        if let token = parameters["diagonal"], token.text.lowercased() != "present" {
            throw error(token, "diagonal = \(Excerpt.of(token.text)) is not read by collab (the diagonal must be present)")
        }
        let n = try count("n"), nr = try count("nr"), nc = try count("nc")
        let matrices = try count("nm") ?? 1
        let twoMode = format == .edgelist2 || format == .nodelist2 || (n == nil && nr != nil)
        let rows: Int, columns: Int
        if twoMode {
            guard let nr, let nc else {
                throw InputError(file: file, line: header.first?.line ?? 1, column: 1, "a two-mode DL file needs nr and nc")
            }
            rows = nr; columns = nc
        } else {
            guard let n else { throw InputError(file: file, line: header.first?.line ?? 1, column: 1, "the DL header needs n (or nr and nc)") }
            rows = n; columns = n
        }

        // Labels.
        var rowLabels: [String]? = (labelTokens[.rowLabels] ?? (twoMode ? nil : labelTokens[.labels]))?.map(\.text)
        var columnLabels: [String]? = (labelTokens[.columnLabels] ?? (twoMode ? nil : labelTokens[.labels]))?.map(\.text)
        if twoMode, rowLabels == nil, let all = labelTokens[.labels] { rowLabels = all.prefix(rows).map(\.text); columnLabels = all.dropFirst(rows).map(\.text) }
        let matrixLabels = labelTokens[.matrixLabels]?.map(\.text)
        for (labels, expected, what) in [(rowLabels, rows, twoMode ? "row labels" : "labels"), (columnLabels, columns, "column labels")] {
            if let labels, labels.count != expected, !(what == "column labels" && !twoMode) {
                throw InputError(file: file, line: labelTokens.values.first?.first?.line, column: 1,
                                 "\(labels.count) \(what) for \(expected) \(twoMode ? (what == "row labels" ? "rows" : "columns") : "actors")")
            }
        }
        // Embedded labels are collected in order of appearance (lists) or read from the
        // matrix's first row and column (fullmatrix).
        var rowIndex: [String: Int] = [:], columnIndex: [String: Int] = [:]
        func index(_ labels: [String]?) -> [String: Int] {
            var map: [String: Int] = [:]
            for (k, label) in (labels ?? []).enumerated() where map[label] == nil { map[label] = k + 1 }
            return map
        }
        rowIndex = index(rowLabels)
        columnIndex = index(columnLabels)

        var entries: [Entry] = []
        var matrix = 1
        func resolve(_ token: TextToken, row: Bool) throws -> Int {
            let limit = row ? rows : columns
            if embedded {
                if twoMode {
                    if row {
                        if let k = rowIndex[token.text] { return k }
                        if rowLabels == nil { rowLabels = [] }
                        guard rowLabels!.count < limit else { throw error(token, "more than \(limit) row labels in the data") }
                        rowLabels!.append(token.text); rowIndex[token.text] = rowLabels!.count
                        return rowLabels!.count
                    } else {
                        if let k = columnIndex[token.text] { return k }
                        if columnLabels == nil { columnLabels = [] }
                        guard columnLabels!.count < limit else { throw error(token, "more than \(limit) column labels in the data") }
                        columnLabels!.append(token.text); columnIndex[token.text] = columnLabels!.count
                        return columnLabels!.count
                    }
                }
                if let k = rowIndex[token.text] { return k }
                if rowLabels == nil { rowLabels = [] }
                guard rowLabels!.count < limit else { throw error(token, "more than n = \(limit) labels in the data") }
                rowLabels!.append(token.text); rowIndex[token.text] = rowLabels!.count
                columnLabels = rowLabels; columnIndex = rowIndex
                return rowLabels!.count
            }
            guard let k = Int(token.text), k >= 1, k <= limit else {
                throw error(token, "'\(Excerpt.of(token.text))' is not a \(row ? "row" : "column") number from 1 to \(limit)" + (Int(token.text) == nil ? " (labels in the data need 'labels embedded')" : ""))
            }
            return k
        }
        func number(_ token: TextToken) throws -> Double {
            guard let value = Double(token.text), value.isFinite else { throw error(token, "'\(Excerpt.of(token.text))' is not a number") }
            return value
        }
        switch format {
        case .fullmatrix:
            var stream = dataLines.flatMap { $0 }.filter { $0.text != "!" }
            stream.reverse()
            func next(_ what: String) throws -> TextToken {
                guard let token = stream.popLast() else {
                    throw InputError(file: file, line: dataLines.last?.last?.line, column: nil, "the data ended early: expected \(what)")
                }
                return token
            }
            for m in 1 ... max(matrices, 1) {
                var columnOrder: [Int] = Array(1 ... max(columns, 1)).prefix(columns).map { $0 }
                if embedded {
                    columnOrder = []
                    for _ in 0 ..< columns { columnOrder.append(try resolve(try next("a column label"), row: false)) }
                }
                for r in 1 ... max(rows, 1) where r <= rows {
                    let row = embedded ? try resolve(try next("a row label"), row: true) : r
                    for c in 0 ..< columns {
                        let token = try next("row \(r), column \(c + 1) of matrix \(m)")
                        let value = try number(token)
                        if value == 0 { continue }
                        guard value > 0 else { throw error(token, "invalid weight '\(token.text)': expected a number greater than 0") }
                        entries.append(Entry(row: row, column: columnOrder[c], weight: value, matrix: m))
                    }
                }
            }
            if let extra = stream.last { throw error(extra, "more values than the \(matrices) matrix(es) of \(rows) × \(columns) hold") }
        case .edgelist1, .edgelist2, .nodelist1, .nodelist2:
            let isEdgeList = format == .edgelist1 || format == .edgelist2
            for line in dataLines {
                // A line of separators only (",,,": DL reads commas as blanks) holds nothing.
                if line.isEmpty { continue }
                if line.count == 1, line[0].text == "!" { matrix += 1; continue }
                guard line.count >= 2 || (!isEdgeList && line.count >= 1) else { throw error(line[0], "expected a pair (and a value)") }
                let row = try resolve(line[0], row: true)
                if isEdgeList {
                    guard line.count <= 3 else { throw error(line[3], "an edge list line holds two actors and at most one value") }
                    let column = try resolve(line[1], row: false)
                    var weight = 1.0
                    if line.count == 3 {
                        guard let w = try importer.weight(line[2].text, error: { error(line[2], $0) }) else { continue }
                        weight = w
                    }
                    entries.append(Entry(row: row, column: column, weight: weight, matrix: matrix))
                } else {
                    for token in line.dropFirst() { entries.append(Entry(row: row, column: try resolve(token, row: false), weight: 1, matrix: matrix)) }
                }
            }
            if matrix > max(matrices, 1) {
                throw InputError(file: file, "\(matrix) matrices separated by '!' but nm = \(matrices)")
            }
        }

        // Actors.
        var graph = CollaborationGraph()
        func ids(_ labels: [String]?, count: Int, prefix: String) throws -> [String] {
            var result = (labels ?? []).map { $0 }
            if result.count < count { result += (result.count ..< count).map { "\(prefix)\($0 + 1)" } }
            if Set(result).count != result.count {
                let duplicate = Dictionary(grouping: result, by: { $0 }).first { $0.value.count > 1 }!.key
                throw InputError(file: file, "the label '\(Excerpt.of(duplicate))' names two actors: labels must be distinct")
            }
            return result
        }
        let rowIDs = try ids(rowLabels, count: rows, prefix: twoMode ? "r" : "")
        for id in rowIDs { graph.addActor(Actor(id: id)) }
        var columnBase: Int32 = 0
        if twoMode {
            let columnIDs = try ids(columnLabels, count: columns, prefix: "c")
            columnBase = Int32(rows)
            for id in columnIDs {
                guard graph.addActor(Actor(id: id)) != nil else {
                    throw InputError(file: file, "'\(Excerpt.of(id))' is both a row and a column label: actors need distinct ids")
                }
            }
        }
        func typeName(_ m: Int) -> String {
            guard matrices > 1 else { return "" }
            if let matrixLabels, m - 1 < matrixLabels.count { return matrixLabels[m - 1] }
            return String(m)
        }
        if twoMode {
            for e in entries {
                var attributes: [String: String] = e.weight == 1 ? [:] : ["weight": NumberFormat.shortest(e.weight)]
                if matrices > 1 { attributes["relation"] = typeName(e.matrix) }
                graph.addMembership(Membership(member: Int32(e.row - 1), network: columnBase + Int32(e.column - 1), attributes: attributes))
            }
            graph.orderAttributeNames()
            importer.finish(&graph, direction: nil, source: "")
            return graph
        }
        // One-mode: symmetric data → undirected, one record per pair.
        struct Cell: Hashable { var matrix: Int, row: Int, column: Int, weight: Double }
        var counts: [Cell: Int] = [:]
        func key(_ m: Int, _ a: Int, _ b: Int, _ w: Double) -> Cell { Cell(matrix: m, row: a, column: b, weight: w) }
        for e in entries { counts[key(e.matrix, e.row, e.column, e.weight), default: 0] += 1 }
        let symmetric = !entries.isEmpty && entries.allSatisfy { e in counts[key(e.matrix, e.column, e.row, e.weight)] == counts[key(e.matrix, e.row, e.column, e.weight)] }
        for e in entries where !symmetric || e.row <= e.column {
            graph.addTie(Tie(source: Int32(e.row - 1), target: Int32(e.column - 1),
                             relationType: graph.relationTypeIndex(for: typeName(e.matrix)), weight: e.weight))
        }
        importer.finish(&graph, direction: symmetric ? .undirected : .directed,
                        source: symmetric ? "DL data, which are symmetric" : "DL data, which are not symmetric")
        return graph
    }
}
