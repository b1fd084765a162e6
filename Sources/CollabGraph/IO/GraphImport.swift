import Foundation

/// What to do with a tie of weight 0 read from an interchange format (GraphML, GEXF, GML,
/// Pajek, UCINET DL).
///
/// collab's tie records have positive weights: a weight is an intensity, and path measures
/// use distance = 1/weight, which a zero weight would make infinite. Other tools differ
/// (NetworkX keeps a 0-weight edge, which its weighted shortest paths then cross for free),
/// so collab never guesses: by default a zero weight is an error naming the place and the
/// option; `--zero-weights drop` leaves those records out and says how many in a note.
/// Matrix formats (DL `fullmatrix`) are not affected: there a 0 cell means "no tie".
public enum ZeroWeightPolicy: String, Sendable, CaseIterable {
    case refuse
    case drop
}

/// The pieces every interchange-format reader shares: the weight rule, notes, and the
/// declaration of direction.
struct GraphImport {
    let file: String
    let format: String
    let zeroWeights: ZeroWeightPolicy
    private(set) var droppedZeroWeights = 0
    private(set) var notes: [String] = []

    init(file: String, format: String, options: LoadOptions) {
        self.file = file
        self.format = format
        zeroWeights = options.zeroWeights
    }

    /// Parses a tie weight: nil when the record is to be left out (a zero weight under
    /// `.drop`); an error otherwise for anything but a positive finite number.
    /// `origin` says where a weight not written on the tie came from (a key default).
    mutating func weight(_ text: String, origin: String? = nil, error: (String) -> InputError) throws -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite, value >= 0 else {
            throw error("invalid weight '\(Excerpt.of(text))'\(origin.map { " (\($0))" } ?? ""): expected a number greater than 0")
        }
        if value == 0 {
            if zeroWeights == .drop { droppedZeroWeights += 1; return nil }
            throw error("weight 0\(origin.map { " (\($0))" } ?? ""): collab's ties have positive weights "
                        + "(path measures use distance = 1/weight); rerun with --zero-weights drop to leave "
                        + "zero-weight records out, or give them a positive weight")
        }
        return value
    }

    /// Adds a note once.
    mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    /// Sets the direction the format declares and records the notes on the graph.
    func finish(_ graph: inout CollaborationGraph, direction: RecordDirection?, source: String) {
        if let direction {
            graph.declaration.direction = direction
            graph.declaration.directionSource = source
        }
        var all = notes
        if droppedZeroWeights > 0 {
            all.append("\(droppedZeroWeights) \(format) record\(droppedZeroWeights == 1 ? "" : "s") of weight 0 left out (--zero-weights drop)")
        }
        graph.declaration.loadNotes += all
    }

    /// How many actors a file may declare beyond those it names (Pajek `*Vertices n`, DL
    /// `n =` with list data): isolated actors that no line mentions. A declared count is a
    /// claim checked against the file, never an allocation size.
    static let unnamedActorLimit = 100_000

    /// One rule for every reader: an actor id (or a label that may become one) holds no NUL
    /// character, as the CSV and JSON readers require (C libraries such as Graphviz end a
    /// string at NUL, which would merge distinct actors). `error` locates the message.
    static func checkText(_ text: String, what: String, error: (String) -> InputError) throws {
        guard let nul = text.utf8.firstIndex(of: 0) else { return }
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: nul)
        throw error("\(what) '\(Excerpt.of(text))' holds a NUL byte (at byte \(offset + 1)): ids must be text")
    }

    /// Refuses UTF-16 and UTF-32 text (a byte-order mark, or the zero bytes of ASCII text
    /// in UTF-16) with the sentence every reader gives.
    static func refuseWideEncodings(_ bytes: UnsafeRawBufferPointer, file: String) throws {
        let b = Array(bytes.prefix(4))
        let bom = b.starts(with: [0xFE, 0xFF]) || b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0, 0, 0xFE, 0xFF])
        // Without a mark: ASCII in UTF-16 has a zero in every other byte of the first pair.
        let unmarked = b.count >= 4 && ((b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) || (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0))
        if bom || unmarked {
            throw InputError(file: file, line: 1, column: 1, wideEncodingMessage)
        }
    }

    static let wideEncodingMessage = "the file is UTF-16 or UTF-32, and collab reads UTF-8: convert it first (for example with iconv -f UTF-16 -t UTF-8)"

    /// Reads a file's bytes or fails with a clear error.
    static func contents(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        return data
    }

    /// Decodes a text file as UTF-8 (a BOM is skipped), or fails at the first invalid byte.
    static func text(_ data: Data, file: String) throws -> String {
        try data.withUnsafeBytes { try refuseWideEncodings($0, file: file) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(bytes: bytes, encoding: .utf8) { return text }
        // Locate the first invalid byte.
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b & 0xE0 == 0xC0 ? 2 : b & 0xF0 == 0xE0 ? 3 : b & 0xF8 == 0xF0 ? 4 : 0
            let valid = length > 0 && i + length <= bytes.count && (1 ..< max(length, 1)).allSatisfy { bytes[i + $0] & 0xC0 == 0x80 }
                && String(bytes: bytes[i ..< i + length], encoding: .utf8) != nil
            if !valid {
                throw InputError(file: file, line: line, column: column,
                                 String(format: "invalid UTF-8 (byte 0x%02X): the file must be UTF-8", Int(b)))
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What an interchange format keeps, for the notes its writer prints.
public enum InterchangeLosses {
    public enum Part: Sendable { case weights, labels, kinds, actorAttributes, types, dates, tieAttributes, memberships, parallelRecords }

    /// One sentence per kind of information the graph has and the format drops.
    public static func notes(_ graph: CollaborationGraph, format: String, keeps: Set<Part>, extra: [String] = []) -> [String] {
        var lost: [String] = []
        if !keeps.contains(.labels), graph.actors.contains(where: { $0.label != $0.id }) { lost.append("actor labels (ids are written)") }
        if !keeps.contains(.kinds), graph.actors.contains(where: { !$0.kind.isEmpty }) { lost.append("actor kinds") }
        if !keeps.contains(.actorAttributes), !graph.actorAttributeNames.isEmpty { lost.append("actor attributes (\(graph.actorAttributeNames.joined(separator: ", ")))") }
        if !keeps.contains(.types), graph.relationTypes.count > 1 { lost.append("relation types") }
        let dated = graph.ties.filter { $0.start != nil || $0.end != nil }.count
        if !keeps.contains(.dates), dated > 0 { lost.append("dates of \(dated) records") }
        if !keeps.contains(.tieAttributes), !graph.tieAttributeNames.isEmpty { lost.append("record attributes (\(graph.tieAttributeNames.joined(separator: ", ")))") }
        if !keeps.contains(.memberships), !graph.memberships.isEmpty { lost.append("\(graph.memberships.count) memberships") }
        if !keeps.contains(.parallelRecords) {
            // Parallel: the same pair (and relation type, when the format keeps types).
            var pairs = Set<[Int32]>()
            let undirected = graph.declaration.direction == .undirected
            var parallel = 0
            for tie in graph.ties {
                let (a, b) = undirected ? (min(tie.source, tie.target), max(tie.source, tie.target)) : (tie.source, tie.target)
                if !pairs.insert([a, b, keeps.contains(.types) ? tie.relationType : 0]).inserted { parallel += 1 }
            }
            if parallel > 0 { lost.append("\(parallel) parallel records (summed into one tie per pair)") }
        }
        var notes = lost.isEmpty ? [] : ["\(format) does not keep: " + lost.joined(separator: "; ")]
        notes += extra
        return notes
    }

    /// Pajek and DL labels have no escapes: what happens to ids that need them.
    static func idNotes(_ graph: CollaborationGraph) -> [String] {
        var notes: [String] = []
        if graph.actors.contains(where: { $0.id.contains("\"") }) { notes.append("'\"' in actor ids written as \"'\"") }
        if graph.actors.contains(where: { $0.id.contains("\n") || $0.id.contains("\r") }) { notes.append("line breaks in actor ids written as spaces") }
        return notes
    }
}
