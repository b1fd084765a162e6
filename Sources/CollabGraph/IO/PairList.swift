/// Reads a list of actor pairs from a CSV with `source` and `target` columns (other
/// columns ignored; names matched case-insensitively): the suggestions `collab gaps
/// --format csv` writes, or any hand-made list, for `collab render --suggested`.
///
/// Errors name the file, line and column, as every reader's do.
public enum PairList {
    public struct Pair: Sendable, Equatable {
        public var source: String
        public var target: String
        /// The line the pair was read from.
        public var line: Int
    }

    public static func read(_ path: String) throws -> [Pair] {
        var reader = try CSVReader(contentsOf: path)
        var fields: [CSVField] = []
        guard try reader.nextRecord(into: &fields), !reader.isBlank(fields) else {
            throw InputError(file: path, line: 1, column: 1, "empty file: expected a header with source and target")
        }
        let header = try fields.map { try reader.string($0).trimmingCharacters(in: .whitespaces).lowercased() }
        guard let s = header.firstIndex(of: "source"), let t = header.firstIndex(of: "target") else {
            throw InputError(file: path, line: 1, column: 1, "expected columns 'source' and 'target' (found: \(header.joined(separator: ", ")))")
        }
        var pairs: [Pair] = []
        while try reader.nextRecord(into: &fields) {
            if reader.isBlank(fields) { continue }
            guard fields.count == header.count else {
                throw InputError(file: path, line: fields.first?.line, column: fields.last?.column,
                                 "expected \(header.count) fields as in the header, found \(fields.count)")
            }
            pairs.append(Pair(source: try reader.string(fields[s]), target: try reader.string(fields[t]), line: fields[s].line))
        }
        return pairs
    }
}

import Foundation
