import Foundation

/// The fast path of ``GraphLoader`` for large, plain edges files: no quote character
/// anywhere, no attribute columns beyond `source`, `target`, `type`, `weight`, `start`,
/// `end`. The file is cut at line ends into a few chunks per core; each chunk's records are
/// split and their weights, complete `YYYY-MM-DD` dates and id hashes parsed in parallel;
/// then the records are interned and added in file order, so the result is the same
/// graph, actor for actor and record for record, as the sequential reader's.
///
/// Anything unusual (a wrong field count, an empty id, an invalid or partial value, an
/// unknown actor when they are not accepted, invalid UTF-8) makes it give up without
/// changing the graph; the sequential reader then reads the file and reports the exact
/// error with its line and column.
///
/// - Complexity: O(bytes / cores) for the parallel pass, then one hash probe per id.
enum ParallelEdgeReader {
    /// Files smaller than this are read sequentially (threads would not pay for themselves).
    static let minimumBytes = 1 << 20

    struct Columns {
        var count: Int
        var source: Int, target: Int
        var type: Int?, weight: Int?, start: Int?, end: Int?
    }

    /// One parsed record: byte ranges and hashes of its ids and type, its values.
    struct Record {
        var source: Range<Int32>, target: Range<Int32>, type: Range<Int32>
        var sourceHash: UInt64, targetHash: UInt64, typeHash: UInt64
        var weight: Double
        var start: Int32, end: Int32        // Day ordinals; Int32.min = absent
    }

    /// Reads the records after the header (`bytes[from...]`) into `graph`; false when the
    /// file is not plain enough, in which case `graph` is unchanged.
    static func read(_ bytes: [UInt8], from start: Int, columns: Columns, ids: inout ByteInterner,
                     into graph: inout CollaborationGraph, inferActors: Bool, minimumBytes: Int = minimumBytes) -> Bool {
        guard bytes.count - start >= minimumBytes, bytes.count < Int(Int32.max),
              !bytes.contains(UInt8(ascii: "\"")) else { return false }
        let chunks = lineChunks(bytes, from: start)
        var parsed = [[Record]?](repeating: nil, count: chunks.count)
        parsed.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            bytes.withUnsafeBufferPointer { buffer in
                nonisolated(unsafe) let buffer = buffer
                Parallel.run(tasks: chunks.count) { k in
                    out[k] = parse(buffer, chunks[k], columns)
                }
            }
        }
        var working = graph
        var workingIDs = ids
        var types = ByteInterner()
        var typeIndex: [Int32] = []
        let ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
            func slice(_ range: Range<Int32>) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[Int(range.lowerBound) ..< Int(range.upperBound)])
            }
            func actor(_ range: Range<Int32>, _ hash: UInt64) -> Int32? {
                let key = slice(range)
                if let code = workingIDs.code(of: key, hash: hash) { return code }
                guard inferActors, let id = String(validating: key, as: UTF8.self) else { return nil }
                guard let index = working.addActor(Actor(id: id)) else { return nil }
                workingIDs.insert(key, hash: hash)
                return index
            }
            for chunk in parsed {
                guard let records = chunk else { return false }
                for record in records {
                    guard let s = actor(record.source, record.sourceHash), let t = actor(record.target, record.targetHash) else { return false }
                    var tie = Tie(source: s, target: t, weight: record.weight)
                    if !record.type.isEmpty {
                        let key = slice(record.type)
                        if let code = types.code(of: key, hash: record.typeHash) {
                            tie.relationType = typeIndex[Int(code)]
                        } else {
                            guard let name = String(validating: key, as: UTF8.self) else { return false }
                            tie.relationType = working.relationTypeIndex(for: name)
                            types.insert(key, hash: record.typeHash)
                            typeIndex.append(tie.relationType)
                        }
                    }
                    if record.start != Int32.min { tie.start = Day(ordinal: record.start) }
                    if record.end != Int32.min { tie.end = Day(ordinal: record.end) }
                    working.addTie(tie)
                }
            }
            return true
        }
        guard ok else { return false }
        graph = working
        ids = workingIDs
        return true
    }

    /// Cuts `bytes[from...]` into four ranges per core (so that no core idles if the
    /// dispatcher hands one thread several), each ending just after a line feed.
    static func lineChunks(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        let pieces = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        var chunks: [Range<Int>] = []
        var low = start
        for k in 1 ... pieces {
            var high = k == pieces ? bytes.count : start + (bytes.count - start) * k / pieces
            while high < bytes.count && bytes[high - 1] != UInt8(ascii: "\n") { high += 1 }
            if high > low { chunks.append(low ..< high) }
            low = high
        }
        return chunks
    }

    /// Parses the lines of one chunk; nil at the first record the fast path cannot take.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ columns: Columns) -> [Record]? {
        var records: [Record] = []
        records.reserveCapacity(chunk.count / 32)
        var fieldStart = [Int](repeating: 0, count: columns.count + 1)
        var position = chunk.lowerBound
        while position < chunk.upperBound {
            var lineEnd = position
            while lineEnd < chunk.upperBound && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > position && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            defer { position = next }
            if lineEnd == position { continue }          // a blank line
            // Field k is bytes[fieldStart[k] ..< fieldStart[k + 1] - 1].
            var count = 0
            fieldStart[0] = position
            for i in position ..< lineEnd where bytes[i] == UInt8(ascii: ",") {
                count += 1
                if count >= columns.count { return nil }
                fieldStart[count] = i + 1
            }
            guard count == columns.count - 1 else { return nil }
            fieldStart[columns.count] = lineEnd + 1
            func field(_ k: Int) -> Range<Int> { fieldStart[k] ..< fieldStart[k + 1] - 1 }
            let source = field(columns.source), target = field(columns.target)
            guard !source.isEmpty, !target.isEmpty else { return nil }
            var type = 0 ..< 0
            if let column = columns.type {
                type = field(column)
                while !type.isEmpty && bytes[type.lowerBound] == UInt8(ascii: " ") { type = type.lowerBound + 1 ..< type.upperBound }
                while !type.isEmpty && bytes[type.upperBound - 1] == UInt8(ascii: " ") { type = type.lowerBound ..< type.upperBound - 1 }
            }
            var weight = 1.0
            if let column = columns.weight, !field(column).isEmpty {
                guard let value = CSVReader.number(in: bytes, field(column)), value.isFinite, value > 0 else { return nil }
                weight = value
            }
            var startDay = Int32.min, endDay = Int32.min
            if let column = columns.start, !field(column).isEmpty {
                guard let day = Day(isoBytes: bytes, field(column)) else { return nil }
                startDay = day.ordinal
            }
            if let column = columns.end, !field(column).isEmpty {
                guard let day = Day(isoBytes: bytes, field(column)) else { return nil }
                endDay = day.ordinal
            }
            if startDay != Int32.min && endDay != Int32.min && endDay < startDay { return nil }
            func hash(_ range: Range<Int>) -> UInt64 { ByteInterner.hash(UnsafeBufferPointer(rebasing: bytes[range])) }
            func narrow(_ range: Range<Int>) -> Range<Int32> { Int32(range.lowerBound) ..< Int32(range.upperBound) }
            records.append(Record(source: narrow(source), target: narrow(target), type: narrow(type),
                                  sourceHash: hash(source), targetHash: hash(target), typeHash: type.isEmpty ? 0 : hash(type),
                                  weight: weight, start: startDay, end: endDay))
        }
        return records
    }
}
