import Foundation
import Synchronization

/// Two independent pieces of work run at the same time, each returning a value: how the
/// analysis layer runs stages that do not wait for each other side by side (a report's
/// path searches beside its groups, cohesion and communities), so that a stage on one core
/// does not leave the other idle. Each piece may use ``Parallel`` loops of its own.
///
/// Results do not depend on the interleaving: each piece returns its own value, and
/// anything they share is built once behind a lock (the analysis layer's result store).
/// The second piece runs on a thread of its own (``WorkerThreads``) with a main-thread-sized
/// stack.
public enum ConcurrentPair {
    /// The stack of the second piece's thread: as large as a main thread's, since either
    /// piece may run any analysis.
    static let stackSize = 8 << 20

    /// `(first(), second())`, run at the same time (`first` on this thread, `second` on one
    /// started by ``WorkerThreads``) unless `sequentially` (a run limited to one thread), in
    /// which case `first` runs before `second` on this thread.
    public static func run<First: Sendable, Second: Sendable>(
        sequentially: Bool = false,
        _ first: @escaping @Sendable () -> First,
        _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        if sequentially {
            let a = first()
            return (a, second())
        }
        let firstResult = Slot<First>(), secondResult = Slot<Second>()
        WorkerThreads.run(2, stackSize: stackSize) { worker in
            if worker == 0 {
                let a = first()
                firstResult.value.withLock { $0 = a }
            } else {
                let b = second()
                secondResult.value.withLock { $0 = b }
            }
        }
        return (firstResult.value.withLock { $0! }, secondResult.value.withLock { $0! })
    }

    private final class Slot<Value: Sendable>: Sendable {
        let value = Mutex<Value?>(nil)
    }
}
