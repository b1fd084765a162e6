/// Reads a dyadic covariate for the model's `edgecov:FILE` term: a CSV with `source` and
/// `target` columns naming actors by id, and an optional numeric `value` column (1 when
/// absent or empty); column names matched case-insensitively, other columns ignored.
/// Dyads not listed are 0. On an undirected view each row stands for both orders; a dyad
/// listed twice is an error (in either order when undirected), as is an unknown actor, a
/// self-pair or a value that is not a finite number — each named by file, line and column.
public enum DyadicCovariateFile {
    /// The covariate over the actors `actorIndex` maps ids to (nil: not an actor of the
    /// view, an error).
    public static func read(_ path: String, nodeCount: Int, directed: Bool,
                            actorIndex: (String) -> Int?) throws -> DyadicCovariate {
        var reader = try CSVReader(contentsOf: path)
        var fields: [CSVField] = []
        guard try reader.nextRecord(into: &fields), !reader.isBlank(fields) else {
            throw InputError(file: path, line: 1, column: 1, "empty file: expected a header with source, target and optionally value")
        }
        let header = try fields.map { try reader.string($0).trimmingCharacters(in: .whitespaces).lowercased() }
        guard let s = header.firstIndex(of: "source"), let t = header.firstIndex(of: "target") else {
            throw InputError(file: path, line: 1, column: 1, "expected columns 'source' and 'target' (found: \(header.joined(separator: ", ")))")
        }
        let v = header.firstIndex(of: "value")
        var sources: [Int32] = [], targets: [Int32] = [], values: [Double] = []
        var places: [(line: Int, column: Int, text: String)] = []
        while try reader.nextRecord(into: &fields) {
            if reader.isBlank(fields) { continue }
            guard fields.count == header.count else {
                throw InputError(file: path, line: fields.first?.line, column: fields.last?.column,
                                 "expected \(header.count) fields as in the header, found \(fields.count)")
            }
            func actor(_ k: Int) throws -> Int32 {
                let id = try reader.string(fields[k])
                guard let index = actorIndex(id) else {
                    throw InputError(file: path, line: fields[k].line, column: fields[k].column, "unknown actor '\(id)'")
                }
                return Int32(index)
            }
            let a = try actor(s), b = try actor(t)
            guard a != b else {
                throw InputError(file: path, line: fields[t].line, column: fields[t].column, "a dyad needs two different actors")
            }
            var value = 1.0
            if let v, !reader.isEmpty(fields[v]) {
                let text = try reader.string(fields[v]).trimmingCharacters(in: .whitespaces)
                guard let number = Double(text), number.isFinite else {
                    throw InputError(file: path, line: fields[v].line, column: fields[v].column, "value '\(text)' is not a number")
                }
                value = number
            }
            sources.append(a); targets.append(b); values.append(value)
            places.append((fields[s].line, fields[s].column, "\(try reader.string(fields[s]))–\(try reader.string(fields[t]))"))
        }
        var seen = DyadSet(capacity: sources.count)
        for k in sources.indices where !seen.insert(sources[k], targets[k], directed: directed) {
            throw InputError(file: path, line: places[k].line, column: places[k].column, "the dyad \(places[k].text) is listed twice")
        }
        return DyadicCovariate(nodeCount: nodeCount, sources: sources, targets: targets, values: values, directed: directed)
    }
}
