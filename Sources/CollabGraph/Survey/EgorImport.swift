import Foundation

/// Reads ego-network surveys in the layouts of the R package egor (Krenz, Krivitsky,
/// Vacca, Bojanowski, Gamper, Stark & Zimmermann): `onefile_to_egor` and
/// `twofiles_to_egor` (after Müller, Wellman & Marin 1999), written as comma-separated CSV
/// (`write.csv`; a semicolon file from `write.csv2` is refused with that advice).
///
/// - **One file**: one row per ego — its id (`egoID`), its attributes, its alters'
///   attributes in wide columns `alter.<attribute>.<k>` (alter k = 1, 2, …), and alter–alter
///   ties in columns `X<i>.to.<j>` (or `<i>.to.<j>`). A `netsize` column, when present, says
///   how many alters the ego named (later alter columns are ignored); otherwise an alter
///   whose cells are all empty was not named. Columns `egoID.<n>` (R's repeats) are skipped.
/// - **Two files**: the egos file (id, attributes, `X<i>.to.<j>` alter–alter ties) and an
///   alters file with one row per alter: `egoID`, `alterID`, its attributes (a `netsize`
///   column of the egos file is not an attribute: the alters file says who was named).
///
/// Alters are anonymous in egor: each becomes the actor `<ego>/<alter>` unless its
/// attributes hold a `name` (one file: `alter.name.<k>`), which is then its id, so an
/// organisation named by two egos — or an ego named by another — is one actor. Attribute
/// names lose their `alter.` prefix so egos and alters share columns.
///
/// Records: ego → alter (a nomination: `report` = `confirmed` when the alter is an ego who
/// named this ego back, else `reported`), and alter → alter as the ego reported them
/// (`report` = `ego-reported`, `reported_by` = the ego; weight = the cell's value when it is
/// a positive number, no record for 0 or empty). Egos carry `respondent` = `yes`, alters
/// `no`. Errors name file, line and column.
///
/// - Complexity: O(cells) hash look-ups.
public enum EgorImport {
    public struct Result: Sendable {
        public var graph: CollaborationGraph
        public var egos = 0
        public var alters = 0
        public var nominations = 0
        public var alterTies = 0
    }

    private struct Builder {
        var graph = CollaborationGraph()
        var respondent: [Bool] = []
        var nominations: [(Int32, Int32)] = []
        var alterTies: [(Int32, Int32, Double, String)] = []

        mutating func actor(_ id: String, label: String, attributes: [String: String], isEgo: Bool) -> Int32 {
            if let index = graph.index(of: id) {
                var described = graph.actors[Int(index)]
                for (key, value) in attributes where described.attributes[key] == nil { described.attributes[key] = value }
                graph.describe(described)
                if isEgo { respondent[Int(index)] = true }
                return index
            }
            respondent.append(isEgo)
            let index = graph.addActor(Actor(id: id, label: label))!
            graph.describe(Actor(id: id, label: label, attributes: attributes))
            return index
        }

        mutating func finish(egoAttributes: [String]) -> CollaborationGraph {
            var seen = Set<Int64>()
            for (s, t) in nominations { seen.insert(Int64(s) << 32 | Int64(t)) }
            var recorded = Set<Int64>()
            for (s, t) in nominations where s != t && recorded.insert(Int64(s) << 32 | Int64(t)).inserted {
                let back = seen.contains(Int64(t) << 32 | Int64(s))
                graph.addTie(Tie(source: s, target: t, attributes: ["report": back ? "confirmed" : "reported"]))
            }
            for (s, t, weight, ego) in alterTies where s != t {
                graph.addTie(Tie(source: s, target: t, weight: weight, attributes: ["report": "ego-reported", "reported_by": ego]))
            }
            for i in graph.actors.indices {
                var described = graph.actors[i]
                described.attributes["respondent"] = respondent[i] ? "yes" : "no"
                graph.describe(described)
            }
            let ordered = egoAttributes + graph.actorAttributeNames.filter { !egoAttributes.contains($0) && $0 != "respondent" }.sorted()
            graph.actorAttributeNames = ordered.filter { name in graph.actors.contains { $0.attributes[name] != nil } } + ["respondent"]
            graph.tieAttributeNames = ["report"] + (alterTies.isEmpty ? [] : ["reported_by"])
            graph.declaration.direction = .directed
            graph.declaration.directionSource = "ego-network nominations run from ego to alter"
            return graph
        }
    }

    /// `X1.to.2`, `1.to.2`, `X1_to_2`: the alter numbers of an alter–alter column.
    static func alterPair(_ header: String) -> (Int, Int)? {
        var text = Substring(header.lowercased())
        if text.hasPrefix("x") { text = text.dropFirst() }
        let parts = text.replacingOccurrences(of: "_", with: ".").components(separatedBy: ".to.")
        guard parts.count == 2, let i = Int(parts[0]), let j = Int(parts[1]), i > 0, j > 0 else { return nil }
        return (i, j)
    }

    static func attributeName(_ header: String) -> String {
        header.lowercased().hasPrefix("alter.") ? String(header.dropFirst("alter.".count)) : header
    }

    static func openTable(_ path: String) throws -> GraphLoader.Table {
        let table = try GraphLoader.Table(path: path)
        if table.names.count == 1, table.originalNames[0].contains(";") {
            throw InputError(file: path, line: 1, column: 1, "the header holds ';' but no ',': a semicolon-separated file (R's write.csv2); write it with write.csv, or convert the separators")
        }
        return table
    }

    /// The alter–alter ties of one ego row: columns `X<i>.to.<j>` with a positive value.
    private static func alterTies(_ table: GraphLoader.Table, columns: [(Int, (Int, Int))], alterIDs: [Int: Int32], ego: String,
                          into builder: inout Builder) throws {
        for (column, (i, j)) in columns where !table.reader.isEmpty(table.fields[column]) {
            let text = try table.string(column).trimmingCharacters(in: .whitespaces)
            guard let value = Double(text), value.isFinite, value >= 0 else {
                throw table.error(column, "alter–alter tie '\(Excerpt.of(text))': expected a number (0 or empty for no tie)")
            }
            guard value > 0 else { continue }
            guard let a = alterIDs[i], let b = alterIDs[j] else {
                throw table.error(column, "a tie between alters \(i) and \(j), but ego '\(Excerpt.of(ego))' has no alter \(alterIDs[i] == nil ? i : j)")
            }
            builder.alterTies.append((a, b, value, ego))
        }
    }

    /// egor's one-file layout.
    public static func readOneFile(_ path: String, egoColumn: String = "egoID") throws -> Result {
        var table = try openTable(path)
        guard let ego = table.column(egoColumn.lowercased()) else {
            throw InputError(file: path, line: 1, column: 1, "missing the ego id column '\(egoColumn)' (found: \(Excerpt.list(table.originalNames))); map another with --columns ego=HEADER")
        }
        let netsize = table.column("netsize")
        var pairColumns: [(Int, (Int, Int))] = []
        var alterColumns: [(column: Int, attribute: String, alter: Int)] = []
        var egoAttributes: [Int] = []
        for (i, header) in table.originalNames.enumerated() where i != ego {
            let lower = header.lowercased()
            if let pair = alterPair(header) { pairColumns.append((i, pair)); continue }
            if lower.hasPrefix(egoColumn.lowercased() + "."), Int(lower.dropFirst(egoColumn.count + 1)) != nil { continue }
            let rest = header.dropFirst("alter.".count)
            if lower.hasPrefix("alter."), let dot = rest.lastIndex(of: "."), dot > rest.startIndex,
               let k = Int(rest[rest.index(after: dot)...]), k > 0 {
                alterColumns.append((i, String(rest[..<dot]), k))
                continue
            }
            if i != netsize { egoAttributes.append(i) }
        }
        var builder = Builder()
        var result = Result(graph: CollaborationGraph())
        while try table.next() {
            let egoID = try table.identifier(ego, "ego id").trimmingCharacters(in: .whitespaces)
            var attributes: [String: String] = [:]
            for column in egoAttributes where !table.reader.isEmpty(table.fields[column]) {
                attributes[table.originalNames[column]] = try table.string(column)
            }
            let egoIndex = builder.actor(egoID, label: egoID, attributes: attributes, isEgo: true)
            result.egos += 1
            var size: Int?
            if let netsize, !table.reader.isEmpty(table.fields[netsize]) {
                guard let n = Int(try table.string(netsize).trimmingCharacters(in: .whitespaces)), n >= 0 else {
                    throw table.error(netsize, "netsize '\(Excerpt.of(try table.string(netsize)))': expected a whole number")
                }
                size = n
            }
            var byAlter: [Int: [String: String]] = [:]
            for (column, name, k) in alterColumns where !table.reader.isEmpty(table.fields[column]) {
                let value = try table.string(column).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { byAlter[k, default: [:]][name] = value }
            }
            var alterIDs: [Int: Int32] = [:]
            for k in byAlter.keys.sorted() where size.map({ k <= $0 }) ?? true {
                var attributes = byAlter[k]!
                let name = attributes.removeValue(forKey: "name")
                let id = name ?? "\(egoID)/\(k)"
                let index = builder.actor(id, label: name ?? "alter \(k) of \(egoID)", attributes: attributes, isEgo: false)
                alterIDs[k] = index
                builder.nominations.append((egoIndex, index))
                result.alters += 1
            }
            if let size, size > 0 {
                for k in 1 ... min(size, 1000) where alterIDs[k] == nil && alterColumns.contains(where: { $0.alter == k }) {
                    let id = "\(egoID)/\(k)"
                    alterIDs[k] = builder.actor(id, label: "alter \(k) of \(egoID)", attributes: [:], isEgo: false)
                    builder.nominations.append((egoIndex, alterIDs[k]!))
                    result.alters += 1
                }
            }
            try alterTies(table, columns: pairColumns, alterIDs: alterIDs, ego: egoID, into: &builder)
        }
        result.nominations = builder.nominations.count
        result.alterTies = builder.alterTies.count
        result.graph = builder.finish(egoAttributes: egoAttributes.map { table.originalNames[$0] })
        return result
    }

    /// egor's two-file layout.
    public static func readTwoFiles(egos egosPath: String, alters altersPath: String, egoColumn: String = "egoID",
                                    alterColumn: String = "alterID") throws -> Result {
        var alters = try openTable(altersPath)
        guard let alterEgo = alters.column(egoColumn.lowercased()) else {
            throw InputError(file: altersPath, line: 1, column: 1, "missing the ego id column '\(egoColumn)' (found: \(Excerpt.list(alters.originalNames)))")
        }
        guard let alterID = alters.column(alterColumn.lowercased()) else {
            throw InputError(file: altersPath, line: 1, column: 1, "missing the alter id column '\(alterColumn)' (found: \(Excerpt.list(alters.originalNames))); map another with --columns alter=HEADER")
        }
        // The alters, per ego, in file order.
        var altersOf: [String: [(k: Int, id: String, label: String, attributes: [String: String], line: Int)]] = [:]
        let alterAttributes = alters.names.indices.filter { $0 != alterEgo && $0 != alterID }
        while try alters.next() {
            let ego = try alters.identifier(alterEgo, "ego id").trimmingCharacters(in: .whitespaces)
            let number = try alters.identifier(alterID, "alter id").trimmingCharacters(in: .whitespaces)
            guard let k = Int(number), k > 0 else { throw alters.error(alterID, "alter id '\(Excerpt.of(number))': expected a whole number from 1 (the alter's number for its ego)") }
            var attributes: [String: String] = [:]
            for column in alterAttributes where !alters.reader.isEmpty(alters.fields[column]) {
                attributes[attributeName(alters.originalNames[column])] = try alters.string(column).trimmingCharacters(in: .whitespaces)
            }
            let name = attributes.removeValue(forKey: "name")
            if let earlier = altersOf[ego]?.first(where: { $0.k == k }) {
                throw alters.error(alterID, "ego '\(Excerpt.of(ego))' has alter \(k) twice (first on line \(earlier.line))")
            }
            altersOf[ego, default: []].append((k, name ?? "\(ego)/\(k)", name ?? "alter \(k) of \(ego)", attributes, alters.fields[alterID].line))
        }
        var egos = try openTable(egosPath)
        guard let ego = egos.column(egoColumn.lowercased()) else {
            throw InputError(file: egosPath, line: 1, column: 1, "missing the ego id column '\(egoColumn)' (found: \(Excerpt.list(egos.originalNames))); map another with --columns ego=HEADER")
        }
        var pairColumns: [(Int, (Int, Int))] = []
        var egoAttributes: [Int] = []
        for (i, header) in egos.originalNames.enumerated() where i != ego {
            if let pair = alterPair(header) { pairColumns.append((i, pair)) } else if header.lowercased() != "netsize" { egoAttributes.append(i) }
        }
        var builder = Builder()
        var result = Result(graph: CollaborationGraph())
        var seenEgos = Set<String>()
        while try egos.next() {
            let egoID = try egos.identifier(ego, "ego id").trimmingCharacters(in: .whitespaces)
            guard seenEgos.insert(egoID).inserted else { throw egos.error(ego, "ego '\(Excerpt.of(egoID))' given twice") }
            var attributes: [String: String] = [:]
            for column in egoAttributes where !egos.reader.isEmpty(egos.fields[column]) {
                attributes[egos.originalNames[column]] = try egos.string(column)
            }
            let egoIndex = builder.actor(egoID, label: egoID, attributes: attributes, isEgo: true)
            result.egos += 1
            var alterIDs: [Int: Int32] = [:]
            for alter in altersOf[egoID] ?? [] {
                let index = builder.actor(alter.id, label: alter.label, attributes: alter.attributes, isEgo: false)
                alterIDs[alter.k] = index
                builder.nominations.append((egoIndex, index))
                result.alters += 1
            }
            try alterTies(egos, columns: pairColumns, alterIDs: alterIDs, ego: egoID, into: &builder)
        }
        if let orphan = altersOf.keys.sorted().first(where: { !seenEgos.contains($0) }) {
            let line = altersOf[orphan]!.first!.line
            throw InputError(file: altersPath, line: line, column: 1, "alters of ego '\(Excerpt.of(orphan))', who is not in \(egosPath)")
        }
        result.nominations = builder.nominations.count
        result.alterTies = builder.alterTies.count
        result.graph = builder.finish(egoAttributes: egoAttributes.map { egos.originalNames[$0] })
        return result
    }
}
