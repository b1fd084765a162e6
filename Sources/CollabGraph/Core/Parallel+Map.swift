import Synchronization

extension Parallel {
    /// Splits `0 ..< count` into the same contiguous chunks as
    /// ``forEachChunk(count:minimumChunk:_:)``, runs `body` on each (in parallel) and
    /// returns the chunks' results in chunk order — the way to fill a per-row output
    /// without sharing a mutable buffer between threads. Chunk boundaries depend only on
    /// `count` and `minimumChunk`, so the result is the same bits on every machine.
    static func mapChunks<T: Sendable>(count: Int, minimumChunk: Int = 64,
                                       _ body: @escaping @Sendable (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = max(1, min(maximumChunks, (count + minimumChunk - 1) / minimumChunk))
        let size = (count + chunks - 1) / chunks
        let ranges = (0 ..< chunks).map { chunk in min(count, chunk * size) ..< min(count, (chunk + 1) * size) }.filter { !$0.isEmpty }
        if ranges.count == 1 { return [body(ranges[0])] }
        let results = Mutex([T?](repeating: nil, count: ranges.count))
        run(tasks: ranges.count) { chunk in
            let value = body(ranges[chunk])
            results.withLock { $0[chunk] = value }
        }
        return results.withLock { $0.map { $0! } }
    }
}
