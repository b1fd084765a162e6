import Foundation

/// The fast path of ``GraphLoader`` for large, plain edges files: no quote character
/// anywhere, no attribute columns beyond `source`, `target`, `type`, `weight`, `start`,
/// `end`. The file is cut at line ends into one chunk per core; each chunk's records are
/// split by byte scans, their weights and complete `YYYY-MM-DD` dates parsed and their ids
/// and types given chunk-local codes in parallel, written straight into the columns of the
/// graph's ``TieTable`` (no `String` per field, no allocation per record); then each
/// chunk's distinct ids and types are mapped to the graph's actors and relation types in
/// file order, and the codes rewritten in place, so the result is the same graph, actor
/// for actor and record for record, as the sequential reader's.
///
/// Anything unusual (a wrong field count, an empty id, an invalid or partial value, an
/// unknown actor when they are not accepted, invalid UTF-8, a NUL byte in a new id, more
/// than 254 relation types in one chunk) makes it give up without changing the graph; the
/// sequential reader then reads the file and reports the exact error with its line and
/// column.
///
/// - Complexity: O(bytes / cores) for the parallel passes, then one look-up per distinct
///   id of each chunk (by value for decimal ids, a hash probe for others).
enum ParallelEdgeReader {
    /// Files smaller than this are read sequentially (threads would not pay for themselves).
    static let minimumBytes = 1 << 20

    struct Columns {
        var count: Int
        var source: Int, target: Int
        var type: Int?, weight: Int?, start: Int?, end: Int?
    }

    /// The local type code of an untyped record.
    static let untyped = UInt8.max

    /// The distinct byte strings of one chunk, in order of first occurrence (their local
    /// codes): for each, its value (decimal ids) or its code in the chunk's hash table,
    /// which keeps its bytes — so that once parsed, the file is no longer needed.
    ///
    /// Ids written as plain decimal numbers (no sign, no leading zero, below
    /// ``directLimit``: the ids of most exported networks) are looked up by their value in a
    /// table indexed by it, which stays in cache where a hash table's probes would not, and
    /// are never hashed nor copied (their text is their value's). Any other id goes through
    /// the hash table.
    struct LocalKeys {
        var interner = ByteInterner()
        /// The local code of each interned (non-decimal) key, by its interner code.
        var localOfInterned: [Int32] = []
        /// Per local code: the decimal value (≥ 0), or −1 − the key's code in ``interner``.
        var keys: [Int32] = []
        /// `direct[value]`: the local code of the decimal id `value`, −1 when not met yet.
        var direct: [Int32] = []

        /// Decimal ids below this use ``direct`` (its size follows the largest value met:
        /// at most 4 MB per chunk).
        static let directLimit = 1 << 20

        var count: Int { keys.count }

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

        @inline(__always)
        mutating func code(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
            if let value = LocalKeys.decimal(bytes, range) {
                if value >= direct.count {
                    var size = max(1024, direct.count)
                    while size <= value { size <<= 1 }
                    direct.append(contentsOf: repeatElement(-1, count: size - direct.count))
                }
                let known = direct[value]
                if known >= 0 { return known }
                let code = Int32(keys.count)
                keys.append(Int32(value))
                direct[value] = code
                return code
            }
            return intern(bytes, range)
        }

        mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
            let key = UnsafeBufferPointer(rebasing: bytes[range])
            let hash = ByteInterner.hash(key)
            if let interned = interner.code(of: key, hash: hash) { return localOfInterned[Int(interned)] }
            let code = Int32(keys.count)
            let interned = interner.insert(key, hash: hash)
            localOfInterned.append(code)
            keys.append(-1 - interned)
            return code
        }

        /// Releases what only parsing needs (the table by value).
        mutating func parsed() {
            direct = []
            localOfInterned = []
        }
    }

    /// What one chunk yields besides its columns: how many records it wrote, the ids and
    /// types they name, and which optional values it met.
    struct Chunk {
        var records = 0
        var ids = LocalKeys()
        var types = LocalKeys()
        var allUnitWeights = true
        var anyStart = false
        var anyEnd = false
    }

    /// Where the chunks write: one buffer per column of the tie table (count 0 when the
    /// file has no such column).
    struct Output: Sendable {
        var sources: SharedBuffer<Int32>
        var targets: SharedBuffer<Int32>
        var types: SharedBuffer<UInt8>
        var weights: SharedBuffer<Double>
        var starts: SharedBuffer<Int32>
        var ends: SharedBuffer<Int32>
    }

    /// The parsed columns (local codes) and chunks, before the codes are mapped.
    struct Parsed {
        var sources: [Int32], targets: [Int32], types: [UInt8], weights: [Double], starts: [Int32], ends: [Int32]
        var chunks: [Chunk]
        /// Where chunk k's records start in the columns (room for one per line of it).
        var base: [Int]
    }

    /// Reads the records after the header (the reader's bytes from its offset) into
    /// `graph`, whose actors `ids` holds (code = actor index); false when the file is not
    /// plain enough, in which case `graph` is unchanged — and so is `reader` when a record
    /// could not be parsed, while an id or type that cannot be taken (an unknown actor, a
    /// NUL byte, invalid UTF-8) is found after the reader's bytes were released: the caller
    /// then reads the file again. On success the reader's bytes have been released.
    ///
    /// Steps: (0) per chunk, in parallel: count its lines (room for its records); (1) per
    /// chunk, in parallel: split, parse and code ids and types locally, writing the columns
    /// in place; (2) in chunk order: map each chunk's distinct ids and types to the
    /// graph's actors and relation types, adding actors in order of first mention in the
    /// file (a chunk's local order is its first-mention order, and earlier chunks come
    /// first), from the ids the chunks keep (the file's bytes are released before this
    /// step); (3) per chunk, in parallel: rewrite the local codes as actor and type
    /// indices, in place.
    ///
    /// Memory at the peak: the file, the columns (4 + 4 + 1 bytes per record, 8 more with
    /// weights and 4 per date column) and the distinct ids of each chunk — never a second
    /// copy of the records, and never the file together with the actors.
    static func read(_ reader: inout CSVReader, columns: Columns, ids: ByteInterner,
                     into graph: inout CollaborationGraph, inferActors: Bool, minimumBytes: Int = minimumBytes) -> Bool {
        guard reader.bytes.count - reader.offset >= minimumBytes, reader.bytes.count < Int(Int32.max),
              !containsQuote(reader.bytes),
              var parsed = parse(reader.bytes, from: reader.offset, columns: columns) else {
            return false
        }
        // The chunks hold every distinct id and type: the file's bytes are not needed again.
        reader.releaseBytes()
        guard let maps = mapCodes(parsed.chunks, ids: ids, graph: graph, inferActors: inferActors) else { return false }
        graph = maps.graph
        graph.setCheckedTies(finish(&parsed, actorMaps: maps.actorMaps, typeMaps: maps.typeMaps))
        return true
    }

    /// Steps 0 and 1; nil when a record is not plain enough.
    static func parse(_ bytes: [UInt8], from start: Int, columns: Columns) -> Parsed? {
        let ranges = lineChunks(bytes, from: start)
        var lines = [Int](repeating: 0, count: ranges.count)
        bytes.withSharedReadOnlyBuffer { bytes in
            lines.withSharedBuffer { out in
                Parallel.run(tasks: ranges.count) { k in
                    let chunk = ranges[k]
                    var count = 0
                    for byte in UnsafeBufferPointer(rebasing: bytes.buffer[chunk]) {
                        count &+= byte == UInt8(ascii: "\n") ? 1 : 0      // branch-free: vectorised
                    }
                    if bytes[chunk.upperBound - 1] != UInt8(ascii: "\n") { count += 1 }
                    out[k] = count
                }
            }
        }
        var base = [0]
        for count in lines { base.append(base.last! + count) }
        let room = base.last!
        var sources = [Int32](repeating: 0, count: room), targets = [Int32](repeating: 0, count: room)
        var types = [UInt8](repeating: untyped, count: columns.type == nil ? 0 : room)
        var weights = [Double](repeating: 1, count: columns.weight == nil ? 0 : room)
        var starts = [Int32](repeating: .min, count: columns.start == nil ? 0 : room)
        var ends = [Int32](repeating: .min, count: columns.end == nil ? 0 : room)
        var chunks = [Chunk?](repeating: nil, count: ranges.count)
        let offsets = base
        bytes.withSharedReadOnlyBuffer { bytes in
            chunks.withSharedBuffer { results in
                sources.withSharedBuffer { s in targets.withSharedBuffer { t in types.withSharedBuffer { y in
                    weights.withSharedBuffer { w in starts.withSharedBuffer { a in ends.withSharedBuffer { b in
                        let output = Output(sources: s, targets: t, types: y, weights: w, starts: a, ends: b)
                        Parallel.run(tasks: ranges.count) { k in
                            results[k] = parseChunk(UnsafeBufferPointer(bytes.buffer), ranges[k], columns,
                                                    output, at: offsets[k])
                        }
                    } } }
                } } }
            }
        }
        var parsed: [Chunk] = []
        for chunk in chunks {
            guard var chunk else { return nil }
            chunk.ids.parsed()
            chunk.types.parsed()
            parsed.append(chunk)
        }
        chunks = []
        return Parsed(sources: sources, targets: targets, types: types, weights: weights, starts: starts, ends: ends,
                      chunks: parsed, base: base)
    }

    /// Step 2: the actor and relation type of every chunk's local codes, and the graph
    /// with the new actors and types; nil when an id or type cannot be taken here.
    static func mapCodes(_ chunks: [Chunk], ids: ByteInterner, graph: CollaborationGraph,
                         inferActors: Bool) -> (graph: CollaborationGraph, actorMaps: [[Int32]], typeMaps: [[Int32]])? {
        var working = graph
        var workingIDs = ids
        let known = ids.count                // actors named before this file (nodes.csv)
        // The actor of each code of `workingIDs`: the actors before this file (code = index),
        // then the non-decimal ids this file adds (decimal ones are found by value).
        var actorOfCode = (0 ..< Int32(known)).map { $0 }
        var globalTypes = ByteInterner()
        var globalTypeIndex: [Int32] = []
        var actorMaps: [[Int32]] = []
        var typeMaps: [[Int32]] = []
        var actorOfDecimal: [Int32] = []   // the actor of each decimal id met so far (−1: none)
        working.reserveActors(working.actorCount + (chunks.first?.ids.count ?? 0))
        for chunk in chunks {
            var actorMap = [Int32](repeating: -1, count: chunk.ids.count)
            for j in actorMap.indices {
                let key = chunk.ids.keys[j]
                if key >= 0 {
                    // A decimal id: by its value, hashed only if nodes.csv named actors.
                    let value = Int(key)
                    if value < actorOfDecimal.count, actorOfDecimal[value] >= 0 {
                        actorMap[j] = actorOfDecimal[value]
                        continue
                    }
                    var text = String(value)
                    var index: Int32
                    if known > 0, let code = text.withUTF8({ workingIDs.code(of: $0) }) {
                        index = actorOfCode[Int(code)]
                    } else {
                        guard inferActors, let added = working.addActor(Actor(id: text)) else { return nil }
                        index = added
                    }
                    if value >= actorOfDecimal.count {
                        let size = max(value + 1, 2 * actorOfDecimal.count, 1024)
                        actorOfDecimal.append(contentsOf: repeatElement(-1, count: size - actorOfDecimal.count))
                    }
                    actorOfDecimal[value] = index
                    actorMap[j] = index
                    continue
                }
                let interned = -1 - key, hash = chunk.ids.interner.hash(ofCode: interned)
                let found: Int32? = chunk.ids.interner.withKey(interned) { key in
                    if let code = workingIDs.code(of: key, hash: hash) { return actorOfCode[Int(code)] }
                    guard inferActors, !key.contains(0), let id = String(validating: key, as: UTF8.self),
                          let added = working.addActor(Actor(id: id)) else { return nil }
                    workingIDs.insert(key, hash: hash)
                    actorOfCode.append(added)
                    return added
                }
                guard let found else { return nil }
                actorMap[j] = found
            }
            var typeMap = [Int32](repeating: 0, count: chunk.types.count)
            for j in typeMap.indices {
                let interned = -1 - chunk.types.keys[j], hash = chunk.types.interner.hash(ofCode: interned)
                let found: Int32? = chunk.types.interner.withKey(interned) { key in
                    if let code = globalTypes.code(of: key, hash: hash) { return globalTypeIndex[Int(code)] }
                    guard let name = String(validating: key, as: UTF8.self) else { return nil }
                    let index = working.relationTypeIndex(for: name)
                    globalTypes.insert(key, hash: hash)
                    globalTypeIndex.append(index)
                    return index
                }
                guard let found else { return nil }
                typeMap[j] = found
            }
            actorMaps.append(actorMap)
            typeMaps.append(typeMap)
        }
        return (working, actorMaps, typeMaps)
    }

    /// Step 3: rewrites the local codes as actor and relation type indices, chunk by chunk
    /// in parallel, closes the gaps left by blank lines and drops the columns no record
    /// uses (every weight 1, no start, no end, no type).
    static func finish(_ parsed: inout Parsed, actorMaps: [[Int32]], typeMaps: [[Int32]]) -> TieTable {
        let chunks = parsed.chunks, base = parsed.base
        let wide = typeMaps.contains { $0.contains { $0 > Int32(UInt8.max) } }
        var wideTypes = [Int32](repeating: 0, count: wide ? parsed.types.count : 0)
        parsed.sources.withSharedBuffer { s in parsed.targets.withSharedBuffer { t in
            parsed.types.withSharedBuffer { y in wideTypes.withSharedBuffer { wideOut in
                Parallel.run(tasks: chunks.count) { k in
                    let actorMap = actorMaps[k], typeMap = typeMaps[k]
                    let records = base[k] ..< base[k] + chunks[k].records
                    for i in records {
                        s[i] = actorMap[Int(s[i])]
                        t[i] = actorMap[Int(t[i])]
                    }
                    guard y.count > 0 else { return }
                    for i in records {
                        let type = y[i] == untyped ? 0 : typeMap[Int(y[i])]
                        if wide { wideOut[i] = type } else { y[i] = UInt8(type) }
                    }
                }
            } }
        } }
        // Blank lines were given room but no record: move each chunk down to the one before.
        var total = chunks[0].records
        for k in 1 ..< max(1, chunks.count) {
            let from = base[k], count = chunks[k].records
            if from != total {
                func shift<T>(_ column: inout [T]) {
                    guard !column.isEmpty else { return }
                    for i in 0 ..< count { column[total + i] = column[from + i] }
                }
                shift(&parsed.sources); shift(&parsed.targets); shift(&parsed.types); shift(&wideTypes)
                shift(&parsed.weights); shift(&parsed.starts); shift(&parsed.ends)
            }
            total += count
        }
        func trim<T>(_ column: inout [T], keep: Bool) {
            if !keep || column.isEmpty { column = []; return }
            column.removeLast(column.count - total)
        }
        let anyType = chunks.contains { $0.types.count > 0 }
        trim(&parsed.sources, keep: true)
        trim(&parsed.targets, keep: true)
        trim(&parsed.types, keep: anyType && !wide)
        trim(&wideTypes, keep: anyType && wide)
        trim(&parsed.weights, keep: !chunks.allSatisfy(\.allUnitWeights))
        trim(&parsed.starts, keep: chunks.contains(where: \.anyStart))
        trim(&parsed.ends, keep: chunks.contains(where: \.anyEnd))
        let table = TieTable(sources: parsed.sources, targets: parsed.targets, narrowTypes: parsed.types,
                             wideTypes: wide && anyType ? wideTypes : nil, weights: parsed.weights,
                             starts: parsed.starts, ends: parsed.ends)
        parsed.sources = []; parsed.targets = []; parsed.types = []; parsed.weights = []; parsed.starts = []; parsed.ends = []
        return table
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

    /// Parses the lines of one chunk into the columns from record `at` on (local codes);
    /// nil at the first record the fast path cannot take.
    static func parseChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ columns: Columns,
                           _ output: Output, at first: Int) -> Chunk? {
        var result = Chunk()
        var slot = first
        var fieldStart = [Int](repeating: 0, count: columns.count + 1)
        let fields = columns.count
        var position = chunk.lowerBound
        while position < chunk.upperBound {
            // One scan of the line: the field starts, up to the line feed.
            var count = 0
            fieldStart[0] = position
            var lineEnd = position
            while lineEnd < chunk.upperBound {
                let byte = bytes[lineEnd]
                if byte == UInt8(ascii: "\n") { break }
                if byte == UInt8(ascii: ",") {
                    count += 1
                    if count >= fields { return nil }
                    fieldStart[count] = lineEnd + 1
                }
                lineEnd += 1
            }
            let next = lineEnd + 1
            if lineEnd > position && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            defer { position = next }
            if lineEnd == position { continue }          // a blank line
            guard count == fields - 1 else { return nil }
            // Field k is bytes[fieldStart[k] ..< fieldStart[k + 1] - 1].
            fieldStart[fields] = lineEnd + 1
            func field(_ k: Int) -> Range<Int> { fieldStart[k] ..< fieldStart[k + 1] - 1 }
            let source = field(columns.source), target = field(columns.target)
            guard !source.isEmpty, !target.isEmpty else { return nil }
            if let column = columns.type {
                var type = field(column)
                while !type.isEmpty && bytes[type.lowerBound] == UInt8(ascii: " ") { type = type.lowerBound + 1 ..< type.upperBound }
                while !type.isEmpty && bytes[type.upperBound - 1] == UInt8(ascii: " ") { type = type.lowerBound ..< type.upperBound - 1 }
                // Other white space around a type is trimmed by the sequential reader only.
                if !type.isEmpty && (bytes[type.lowerBound] == 9 || bytes[type.upperBound - 1] == 9) { return nil }
                if !type.isEmpty {
                    let code = result.types.intern(bytes, type)
                    guard code < Int32(untyped) else { return nil }
                    output.types[slot] = UInt8(code)
                }
            }
            if let column = columns.weight, !field(column).isEmpty {
                guard let value = CSVReader.number(in: bytes, field(column)), value.isFinite, value > 0 else { return nil }
                if value != 1 { result.allUnitWeights = false }
                output.weights[slot] = value
            }
            var startDay = Int32.min, endDay = Int32.min
            if let column = columns.start, !field(column).isEmpty {
                guard let day = Day(isoBytes: bytes, field(column)) else { return nil }
                startDay = day.ordinal
                output.starts[slot] = startDay
                result.anyStart = true
            }
            if let column = columns.end, !field(column).isEmpty {
                guard let day = Day(isoBytes: bytes, field(column)) else { return nil }
                endDay = day.ordinal
                output.ends[slot] = endDay
                result.anyEnd = true
            }
            if startDay != Int32.min && endDay != Int32.min && endDay < startDay { return nil }
            output.sources[slot] = result.ids.code(bytes, source)
            output.targets[slot] = result.ids.code(bytes, target)
            slot += 1
        }
        result.records = slot - first
        return result
    }
}
