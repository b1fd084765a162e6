import Foundation

/// The fast path of ``GraphLoader`` for large, plain edges files: no quote character
/// anywhere, no attribute columns beyond `source`, `target`, `type`, `weight`, `start`,
/// `end`. The file is cut at line ends into one chunk per core; each chunk's records are
/// split, their weights and complete `YYYY-MM-DD` dates parsed and their ids and types
/// interned in parallel; then each chunk's distinct ids and types are mapped to the
/// graph's actors and relation types in file order, so the result is the same graph, actor
/// for actor and record for record, as the sequential reader's.
///
/// Anything unusual (a wrong field count, an empty id, an invalid or partial value, an
/// unknown actor when they are not accepted, invalid UTF-8, a NUL byte in a new id) makes it give up without
/// changing the graph; the sequential reader then reads the file and reports the exact
/// error with its line and column.
///
/// - Complexity: O(bytes / cores) for the parallel passes, then one hash probe per distinct
///   id of each chunk.
enum ParallelEdgeReader {
    /// Files smaller than this are read sequentially (threads would not pay for themselves).
    static let minimumBytes = 1 << 20

    struct Columns {
        var count: Int
        var source: Int, target: Int
        var type: Int?, weight: Int?, start: Int?, end: Int?
    }

    /// One parsed record: its ids and type as codes local to its chunk, its values.
    struct Record {
        var source: Int32, target: Int32
        var type: Int32                     // −1: untyped
        var weight: Double
        var start: Int32, end: Int32        // Day ordinals; Int32.min = absent
    }

    /// The distinct byte strings of one chunk, in order of first occurrence (their local
    /// codes): where each first occurs, and its hash.
    ///
    /// Ids written as plain decimal numbers (no sign, no leading zero, below
    /// ``directLimit``: the ids of most exported networks) are looked up by their value in a
    /// table indexed by it, which stays in cache where the hash table's probes would not; each
    /// is hashed and interned once, when first met. Any other id goes through the hash table.
    struct LocalKeys {
        var interner = ByteInterner()
        var first: [Range<Int32>] = []
        var hashes: [UInt64] = []
        /// `direct[value]`: the local code of the decimal id `value`, −1 when not met yet.
        var direct: [Int32] = []

        /// Decimal ids below this use ``direct`` (its size follows the largest value met:
        /// at most 4 MB per chunk).
        static let directLimit = 1 << 20

        /// The value of a canonical decimal number of at most 7 digits, below
        /// ``directLimit`` (its text is then the only way to write that value).
        @inline(__always)
        static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
            let length = range.count
            guard length >= 1, length <= 7 else { return nil }
            if length > 1 && bytes[range.lowerBound] == UInt8(ascii: "0") { return nil }
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value &* 10 &+ digit
            }
            return value < directLimit ? value : nil
        }

        mutating func code(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
            if let value = LocalKeys.decimal(bytes, range) {
                if value >= direct.count {
                    var size = max(1024, direct.count)
                    while size <= value { size <<= 1 }
                    direct.append(contentsOf: repeatElement(-1, count: size - direct.count))
                }
                let known = direct[value]
                if known >= 0 { return known }
                let code = intern(bytes, range)
                direct[value] = code
                return code
            }
            return intern(bytes, range)
        }

        private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
            let key = UnsafeBufferPointer(rebasing: bytes[range])
            let hash = ByteInterner.hash(key)
            if let code = interner.code(of: key, hash: hash) { return code }
            first.append(Int32(range.lowerBound) ..< Int32(range.upperBound))
            hashes.append(hash)
            return interner.insert(key, hash: hash)
        }
    }

    /// What one chunk yields: its records and the ids and types they name.
    struct Chunk {
        var records: [Record] = []
        var ids = LocalKeys()
        var types = LocalKeys()
    }

    /// Reads the records after the header (the reader's bytes from its offset) into
    /// `graph`; false when the file is not plain enough, in which case `graph` and `reader`
    /// are unchanged. On success the reader's bytes have been released.
    ///
    /// Three steps: (1) per chunk, in parallel: split, parse and intern ids and types
    /// locally; (2) in chunk order: map each chunk's distinct ids and types to global
    /// codes, adding actors in order of first mention in the file (a chunk's local order is
    /// its first-mention order, and earlier chunks come first); then the file's bytes are
    /// released; (3) per chunk, in parallel: write the tie records in place, in chunk
    /// order, freeing each chunk's parsed records as soon as they are written.
    ///
    /// Memory at the peak: the file and the parsed records (32 bytes each) during steps 1–2,
    /// the parsed records and the ties during step 3 — never the file and the ties together.
    static func read(_ reader: inout CSVReader, columns: Columns, ids: inout ByteInterner,
                     into graph: inout CollaborationGraph, inferActors: Bool, minimumBytes: Int = minimumBytes) -> Bool {
        guard var prepared = prepare(reader.bytes, from: reader.offset, columns: columns, ids: &ids,
                                     graph: graph, inferActors: inferActors, minimumBytes: minimumBytes) else { return false }
        reader.releaseBytes()
        prepared.finish()
        graph = prepared.graph
        return true
    }

    /// Steps 1 and 2 of ``read(_:columns:ids:into:inferActors:minimumBytes:)``: the parsed
    /// chunks and the graph with its actors and relation types, ready for the ties.
    struct Prepared {
        var chunks: [Chunk?]
        var actorMaps: [[Int32]]
        var typeMaps: [[Int32]]
        var graph: CollaborationGraph

        /// Step 3: writes every chunk's ties into the graph, in chunk order.
        mutating func finish() {
            let counts = chunks.map { $0!.records.count }
            var offsets = [0]
            for count in counts { offsets.append(offsets.last! + count) }
            let actorMaps = self.actorMaps, typeMaps = self.typeMaps, starts = offsets
            var chunks = self.chunks
            self.chunks = []
            chunks.withSharedBuffer { chunkBuffer in
                graph.appendCheckedTies(count: offsets.last!) { tieBuffer in
                    // Chunk k initialises only its own slots starts[k] ..< starts[k + 1].
                    let ties = SharedBuffer(tieBuffer.baseAddress!, count: tieBuffer.count)
                    Parallel.run(tasks: chunkBuffer.count) { k in
                        let actorMap = actorMaps[k], typeMap = typeMaps[k]
                        var slot = starts[k]
                        for record in chunkBuffer[k]!.records {
                            var tie = Tie(source: actorMap[Int(record.source)], target: actorMap[Int(record.target)], weight: record.weight)
                            if record.type >= 0 { tie.relationType = typeMap[Int(record.type)] }
                            if record.start != Int32.min { tie.start = Day(ordinal: record.start) }
                            if record.end != Int32.min { tie.end = Day(ordinal: record.end) }
                            (ties.base + slot).initialize(to: tie)
                            slot += 1
                        }
                        chunkBuffer[k] = nil                 // this chunk's records are done with
                    }
                }
            }
        }
    }

    /// Steps 1 and 2; nil when the file is not plain enough.
    static func prepare(_ bytes: [UInt8], from start: Int, columns: Columns, ids: inout ByteInterner,
                        graph: CollaborationGraph, inferActors: Bool, minimumBytes: Int) -> Prepared? {
        guard bytes.count - start >= minimumBytes, bytes.count < Int(Int32.max),
              !containsQuote(bytes) else { return nil }
        let ranges = lineChunks(bytes, from: start)
        var chunks = [Chunk?](repeating: nil, count: ranges.count)
        bytes.withSharedReadOnlyBuffer { bytes in
            chunks.withSharedBuffer { out in
                Parallel.run(tasks: ranges.count) { k in out[k] = parse(UnsafeBufferPointer(bytes.buffer), ranges[k], columns) }
            }
        }
        var working = graph
        var workingIDs = ids
        var globalTypes = ByteInterner()
        var globalTypeIndex: [Int32] = []
        var actorMaps: [[Int32]] = []
        var typeMaps: [[Int32]] = []
        var actorOfDecimal: [Int32] = []   // the actor of each decimal id met so far (−1: none)
        let mapped = bytes.withUnsafeBufferPointer { buffer -> Bool in
            func slice(_ range: Range<Int32>) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[Int(range.lowerBound) ..< Int(range.upperBound)])
            }
            for chunk in chunks {
                guard let chunk else { return false }
                var actorMap = [Int32](repeating: -1, count: chunk.ids.first.count)
                for j in actorMap.indices {
                    // A decimal id met in an earlier chunk: by its value, no hash probe.
                    let range = chunk.ids.first[j]
                    let value = LocalKeys.decimal(buffer, Int(range.lowerBound) ..< Int(range.upperBound))
                    if let value, value < actorOfDecimal.count, actorOfDecimal[value] >= 0 {
                        actorMap[j] = actorOfDecimal[value]
                        continue
                    }
                    let key = slice(range), hash = chunk.ids.hashes[j]
                    var index: Int32
                    if let code = workingIDs.code(of: key, hash: hash) {
                        index = code
                    } else {
                        guard inferActors, !key.contains(0), let id = String(validating: key, as: UTF8.self),
                              let added = working.addActor(Actor(id: id)) else { return false }
                        workingIDs.insert(key, hash: hash)
                        index = added
                    }
                    if let value {
                        if value >= actorOfDecimal.count {
                            let size = max(value + 1, 2 * actorOfDecimal.count)
                            actorOfDecimal.append(contentsOf: repeatElement(-1, count: size - actorOfDecimal.count))
                        }
                        actorOfDecimal[value] = index
                    }
                    actorMap[j] = index
                }
                var typeMap = [Int32](repeating: 0, count: chunk.types.first.count)
                for j in typeMap.indices {
                    let key = slice(chunk.types.first[j]), hash = chunk.types.hashes[j]
                    if let code = globalTypes.code(of: key, hash: hash) { typeMap[j] = globalTypeIndex[Int(code)]; continue }
                    guard let name = String(validating: key, as: UTF8.self) else { return false }
                    let index = working.relationTypeIndex(for: name)
                    globalTypes.insert(key, hash: hash)
                    globalTypeIndex.append(index)
                    typeMap[j] = index
                }
                actorMaps.append(actorMap)
                typeMaps.append(typeMap)
            }
            return true
        }
        guard mapped else { return nil }
        ids = workingIDs
        return Prepared(chunks: chunks, actorMaps: actorMaps, typeMaps: typeMaps, graph: working)
    }

    /// Whether any byte is a double quote (memchr: vectorised by the C library).
    static func containsQuote(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "\"")), raw.count) != nil
        }
    }

    /// Cuts `bytes[from...]` into one range per core (fewer chunks, fewer distinct ids to
    /// merge), each ending just after a line feed.
    static func lineChunks(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        let pieces = max(1, ProcessInfo.processInfo.activeProcessorCount)
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
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ columns: Columns) -> Chunk? {
        var result = Chunk()
        result.records.reserveCapacity(chunk.count / 32)
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
                // Other white space around a type is trimmed by the sequential reader only.
                if !type.isEmpty && (bytes[type.lowerBound] == 9 || bytes[type.upperBound - 1] == 9) { return nil }
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
            result.records.append(Record(source: result.ids.code(bytes, source), target: result.ids.code(bytes, target),
                                         type: type.isEmpty ? -1 : result.types.code(bytes, type),
                                         weight: weight, start: startDay, end: endDay))
        }
        return result
    }
}
