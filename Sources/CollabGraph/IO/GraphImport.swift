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
            throw error("invalid weight '\(text)'\(origin.map { " (\($0))" } ?? ""): expected a number greater than 0")
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

    /// Reads a file's bytes or fails with a clear error.
    static func contents(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        return data
    }

    /// Decodes a text file as UTF-8 (a BOM is skipped), or fails at the first invalid byte.
    static func text(_ data: Data, file: String) throws -> String {
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
