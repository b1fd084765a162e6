import Foundation

/// Options for reading a graph.
public struct LoadOptions: Sendable {
    /// Accept edges and memberships that name actors absent from `nodes.csv` (they are
    /// added, in order of first mention, with no kind). Off by default: an unknown id is
    /// usually a typo.
    public var allowUnknownActors: Bool
    /// What to do with a tie whose weight is 0 in a GraphML, GEXF, GML, Pajek or DL file
    /// (collab's ties have positive weights): refuse the file (default) or leave such
    /// records out, with a note counting them.
    public var zeroWeights: ZeroWeightPolicy

    public init(allowUnknownActors: Bool = false, zeroWeights: ZeroWeightPolicy = .refuse) {
        self.allowUnknownActors = allowUnknownActors
        self.zeroWeights = zeroWeights
    }
}

/// Reads a collaboration graph from a dataset folder (`nodes.csv`, `edges.csv`, optional
/// `memberships.csv` and `types.csv`), a lone edges CSV file (actors inferred in order of
/// first mention), or a GraphML, JSON, GEXF, GML, Pajek `.net` or UCINET `.dl` file.
///
/// Every malformed input is an ``InputError`` naming the file, line and column.
public enum GraphLoader {
    public static func load(_ path: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        let graph = try loadUnchecked(path, options: options)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        try checkWeightSum(graph, file: isDirectory.boolValue ? path + "/edges.csv" : path)
        return graph
    }

    /// Weights are summed per pair and per actor (strength, tie strength); all are positive,
    /// so every such sum is finite when the total is. A total past `Double.greatestFiniteMagnitude`
    /// would turn sums into infinity and the measures built on them into empty cells: an error
    /// naming the record where the running total overflows.
    static func checkWeightSum(_ graph: CollaborationGraph, file: String) throws {
        let ties = graph.ties
        guard !ties.isUnweighted else { return }
        var total = 0.0
        for i in ties.indices {
            total += ties.weight(i)
            if !total.isFinite {
                throw InputError(file: file, "the tie weights add up past the largest representable number (about 1.8e308) at record \(i + 1) (weight \(ties.weight(i))): rescale the weights")
            }
        }
    }

    static func loadUnchecked(_ path: String, options: LoadOptions) throws -> CollaborationGraph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file or folder")
        }
        switch InterchangeFormat.reading(path, isDirectory: isDirectory.boolValue) {
        case .datasetFolder: return try loadFolder(path, options: options)
        case .graphML: return try GraphMLReader.read(path, options: options)
        case .json: return try GraphJSON.read(path)
        case .gexf: return try GEXFReader.read(path, options: options)
        case .pajek: return try PajekReader.read(path, options: options)
        case .gml: return try GMLReader.read(path, options: options)
        case .ucinetDL: return try UCINETDLReader.read(path, options: options)
        case .edgeCSV:
            var graph = CollaborationGraph()
            try readEdges(path, into: &graph, inferActors: true)
            return graph
        case nil: break
        }
        throw InputError(file: path, "unknown format: expected a dataset folder, a .csv edges file, or a .graphml, .json, .gexf, .gml, .net (Pajek) or .dl (UCINET) file")
    }

    static func loadFolder(_ folder: String, options: LoadOptions) throws -> CollaborationGraph {
        let nodes = folder + "/nodes.csv"
        let edges = folder + "/edges.csv"
        let memberships = folder + "/memberships.csv"
        let types = folder + "/types.csv"
        let fm = FileManager.default
        guard fm.fileExists(atPath: nodes) else {
            throw InputError(file: folder, "not a dataset folder: expected nodes.csv (and edges.csv) inside it")
        }
        var graph = CollaborationGraph()
        graph.declaration = try DatasetMeta.declaration(ofFolder: folder)
        if fm.fileExists(atPath: types) { try readTypes(types, into: &graph) }
        try readNodes(nodes, into: &graph)
        if fm.fileExists(atPath: edges) {
            try readEdges(edges, into: &graph, inferActors: options.allowUnknownActors)
        } else {
            throw InputError(file: folder, "not a dataset folder: expected edges.csv beside nodes.csv")
        }
        if fm.fileExists(atPath: memberships) {
            try readMemberships(memberships, into: &graph, inferActors: options.allowUnknownActors)
        }
        return graph
    }

    // MARK: - Tables

    /// A CSV file with a header row; columns looked up case-insensitively.
    struct Table {
        var reader: CSVReader
        var names: [String]          // lower-cased, trimmed
        var originalNames: [String]  // as written
        var fields: [CSVField] = []

        init(path: String) throws {
            reader = try CSVReader(contentsOf: path)
            // Names are checked as each is read: a duplicate or empty name at column 4 of
            // a 100-million-column header is refused there, not after the whole line.
            var written: [String] = []
            var seen: [String: Int] = [:]
            let bytes = reader.bytes
            let check: (CSVField) throws -> Void = { field in
                let slice = bytes[field.start ..< field.end]
                guard var text = String(validating: slice, as: UTF8.self) else {
                    throw InputError(file: path, line: field.line, column: field.column, "invalid UTF-8 in this field: the file must be UTF-8 encoded")
                }
                if field.hasEscapedQuotes { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
                let name = text.trimmingCharacters(in: .whitespaces)
                let lower = name.lowercased()
                if lower.isEmpty {
                    // One empty field is a blank first line, reported below.
                    if field.start == field.end && !field.quoted && written.isEmpty
                        && (field.end >= bytes.count || bytes[field.end] != UInt8(ascii: ",")) { written.append(name); return }
                    throw InputError(file: path, line: 1, column: field.column, "empty column name in the header")
                }
                if let first = seen[lower] {
                    throw InputError(file: path, line: 1, column: field.column,
                                     "duplicate column '\(Excerpt.of(name))' (also column \(first + 1))")
                }
                seen[lower] = written.count
                written.append(name)
            }
            guard try reader.nextRecord(into: &fields, check: check), !reader.isBlank(fields) else {
                throw InputError(file: path, line: 1, column: 1, "empty file: expected a header row")
            }
            originalNames = written
            names = written.map { $0.lowercased() }
        }

        var file: String { reader.file }

        func column(_ name: String) -> Int? { names.firstIndex(of: name) }

        func require(_ name: String) throws -> Int {
            guard let index = column(name) else {
                throw InputError(file: file, line: 1, column: 1,
                                 "missing required column '\(name)' (found: \(Excerpt.list(originalNames)))")
            }
            return index
        }

        /// Advances to the next non-blank record, checking its field count.
        mutating func next() throws -> Bool {
            while try reader.nextRecord(into: &fields) {
                if reader.isBlank(fields) { continue }
                guard fields.count == names.count else {
                    let column = fields.count > names.count ? fields[names.count].column : fields[fields.count - 1].column
                    throw InputError(file: file, line: fields[0].line, column: column,
                                     "expected \(names.count) fields as in the header, found \(fields.count)")
                }
                return true
            }
            return false
        }

        func string(_ column: Int) throws -> String { try reader.string(fields[column]) }

        func nonEmpty(_ column: Int, _ what: String) throws -> String {
            let text = try string(column)
            guard !text.isEmpty else { throw error(column, "empty \(what): expected a value") }
            return text
        }

        /// An actor id: non-empty, and free of NUL bytes (C libraries such as Graphviz end
        /// a string at NUL, which would merge distinct actors).
        func identifier(_ column: Int, _ what: String) throws -> String {
            let text = try nonEmpty(column, what)
            if let nul = text.utf8.firstIndex(of: 0) {
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: nul)
                throw InputError(file: file, line: fields[column].line, column: fields[column].column,
                                 "\(what) '\(Excerpt.of(text))' holds a NUL byte (at byte \(offset + 1)): ids must be text")
            }
            return text
        }

        func error(_ column: Int, _ message: String) -> InputError {
            InputError(file: file, line: fields[column].line, column: fields[column].column, message)
        }

        func date(_ column: Int?, periodEnd: Day.PeriodEnd) throws -> Day? {
            guard let column, !reader.isEmpty(fields[column]) else { return nil }
            if let day = Day(isoBytes: reader.bytes, fields[column].start, fields[column].end) { return day }
            let text = try string(column).trimmingCharacters(in: .whitespaces)
            guard let day = Day(iso: text, periodEnd: periodEnd) else {
                throw error(column, "unparsable date '\(Excerpt.of(text))': expected YYYY-MM-DD (or YYYY-MM, YYYY)")
            }
            return day
        }

        /// Non-empty values of the columns not in `known`, keyed by their header names.
        func extras(excluding known: Set<Int>) throws -> [String: String] {
            var out: [String: String] = [:]
            for i in names.indices where !known.contains(i) && !reader.isEmpty(fields[i]) {
                out[originalNames[i]] = try string(i)
            }
            return out
        }
    }

    static func readTypes(_ path: String, into graph: inout CollaborationGraph) throws {
        var table = try Table(path: path)
        let type = try table.require("type"), depth = try table.require("depth")
        while try table.next() {
            let name = try table.nonEmpty(type, "relation type")
            let rung = try table.nonEmpty(depth, "depth")
            guard let value = Depth(name: rung) else {
                throw table.error(depth, "unknown depth '\(Excerpt.of(rung))': expected engagement, exchange or co-production")
            }
            graph.ladder.setDepth(value, for: name)
        }
    }

    static func readNodes(_ path: String, into graph: inout CollaborationGraph) throws {
        var table = try Table(path: path)
        let id = try table.require("id")
        let label = table.column("label"), kind = table.column("kind")
        let known = Set([id, label, kind].compactMap { $0 })
        // Attribute columns keep their header order (sector, locality, tier first as written).
        graph.actorAttributeNames = table.names.indices.filter { !known.contains($0) }.map { table.originalNames[$0] }
        var firstLine: [Int] = []
        while try table.next() {
            let actorID = try table.identifier(id, "actor id")
            var actor = Actor(id: actorID)
            if let label, !table.reader.isEmpty(table.fields[label]) { actor.label = try table.string(label) }
            if let kind { actor.kind = try table.string(kind) }
            actor.attributes = try table.extras(excluding: known)
            guard graph.addActor(actor) != nil else {
                let first = firstLine[Int(graph.index(of: actorID)!)]
                throw table.error(id, "duplicate actor id '\(Excerpt.of(actorID))' (first defined on line \(first))")
            }
            firstLine.append(table.fields[id].line)
        }
    }

    static func readEdges(_ path: String, into graph: inout CollaborationGraph, inferActors: Bool) throws {
        var table = try Table(path: path)
        let source = try table.require("source"), target = try table.require("target")
        let type = table.column("type"), weight = table.column("weight")
        let start = table.column("start"), end = table.column("end")
        let known = Set([source, target, type, weight, start, end].compactMap { $0 })
        graph.tieAttributeNames = table.names.indices.filter { !known.contains($0) }.map { table.originalNames[$0] }
        let hasExtras = !graph.tieAttributeNames.isEmpty
        // Ids and type names are looked up on raw bytes; a String is built only for new ones.
        var ids = ByteInterner(capacity: max(1024, graph.actorCount))
        for actor in graph.actors { ids.insert(actor.id) }
        if !hasExtras {
            let columns = ParallelEdgeReader.Columns(count: table.names.count, source: source, target: target,
                                                     type: type, weight: weight, start: start, end: end)
            if ParallelEdgeReader.read(&table.reader, columns: columns, ids: ids,
                                       into: &graph, inferActors: inferActors) { return }
            // Given up after releasing the bytes (an id or type it cannot take): read again,
            // sequentially, for the exact error.
            if table.reader.bytes.isEmpty { table = try Table(path: path) }
        }
        graph.reserveTies(graph.ties.count + table.reader.bytes.count / 24)
        var types = ByteInterner()
        var typeIndex: [Int32] = []
        while try table.next() {
            let s = try endpoint(table, source, &ids, &graph, inferActors: inferActors)
            let t = try endpoint(table, target, &ids, &graph, inferActors: inferActors)
            var tie = Tie(source: s, target: t)
            if let type, !table.reader.isEmpty(table.fields[type]) {
                tie.relationType = try relationType(table, type, &types, &typeIndex, &graph)
            }
            if let weight, !table.reader.isEmpty(table.fields[weight]) {
                guard let value = table.reader.double(table.fields[weight]), value.isFinite, value > 0 else {
                    throw table.error(weight, "invalid weight '\(Excerpt.of(try table.string(weight)))': expected a number greater than 0")
                }
                tie.weight = value
            }
            if let start { tie.start = try table.date(start, periodEnd: .first) }
            if let end { tie.end = try table.date(end, periodEnd: .last) }
            if let a = tie.start, let b = tie.end, b < a {
                throw table.error(end!, "end date \(b) is before start date \(a)")
            }
            if hasExtras { tie.attributes = try table.extras(excluding: known) }
            graph.addTie(tie)
        }
    }

    /// The actor index named by a source or target field, looked up on its bytes.
    private static func endpoint(_ table: Table, _ column: Int, _ ids: inout ByteInterner,
                                 _ graph: inout CollaborationGraph, inferActors: Bool) throws -> Int32 {
        let field = table.fields[column]
        if !field.hasEscapedQuotes, field.end > field.start {
            let code = table.reader.bytes.withUnsafeBufferPointer { buffer in
                ids.code(of: UnsafeBufferPointer(rebasing: buffer[field.start ..< field.end]))
            }
            if let code { return code }
        }
        let what = table.names[column] == "source" ? "source" : "target"
        let actorID = try table.identifier(column, what)
        if let index = graph.index(of: actorID) { return index }
        guard inferActors else {
            throw table.error(column, "unknown actor '\(Excerpt.of(actorID))': not in nodes.csv (use --allow-unknown-actors to add it)")
        }
        let index = graph.addActor(Actor(id: actorID))!
        ids.insert(actorID)
        return index
    }

    /// The interned relation type of a type field (trimmed), looked up on its bytes.
    private static func relationType(_ table: Table, _ column: Int, _ types: inout ByteInterner, _ typeIndex: inout [Int32],
                                     _ graph: inout CollaborationGraph) throws -> Int32 {
        let field = table.fields[column]
        var low = field.start, high = field.end
        let bytes = table.reader.bytes
        while low < high && bytes[low] == UInt8(ascii: " ") { low += 1 }
        while high > low && bytes[high - 1] == UInt8(ascii: " ") { high -= 1 }
        if !field.hasEscapedQuotes {
            let code = bytes.withUnsafeBufferPointer { types.code(of: UnsafeBufferPointer(rebasing: $0[low ..< high])) }
            if let code { return typeIndex[Int(code)] }
        }
        let name = try table.string(column).trimmingCharacters(in: .whitespaces)
        let index = graph.relationTypeIndex(for: name)
        if !field.hasEscapedQuotes {
            bytes.withUnsafeBufferPointer { _ = types.insert(UnsafeBufferPointer(rebasing: $0[low ..< high])) }
            typeIndex.append(index)
        }
        return index
    }

    static func readMemberships(_ path: String, into graph: inout CollaborationGraph, inferActors: Bool) throws {
        var table = try Table(path: path)
        let member = try table.require("member"), network = try table.require("network")
        let start = table.column("start"), end = table.column("end")
        let known = Set([member, network, start, end].compactMap { $0 })
        graph.membershipAttributeNames = table.names.indices.filter { !known.contains($0) }.map { table.originalNames[$0] }
        func actor(_ column: Int, _ what: String) throws -> Int32 {
            let actorID = try table.identifier(column, what)
            if let index = graph.index(of: actorID) { return index }
            guard inferActors else {
                throw table.error(column, "unknown \(what) '\(Excerpt.of(actorID))': not in nodes.csv (use --allow-unknown-actors to add it)")
            }
            return graph.addActor(Actor(id: actorID, kind: what == "network" ? "network" : ""))!
        }
        while try table.next() {
            var m = Membership(member: try actor(member, "member"), network: try actor(network, "network"))
            m.start = try table.date(start, periodEnd: .first)
            m.end = try table.date(end, periodEnd: .last)
            if let a = m.start, let b = m.end, b < a {
                throw table.error(end!, "end date \(b) is before start date \(a)")
            }
            m.attributes = try table.extras(excluding: known)
            graph.addMembership(m)
        }
    }
}
