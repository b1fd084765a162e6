import CollabGraph
import Foundation
import Synchronization
import XCTest

/// Two pieces of work at once (``ConcurrentPair``): both results come back in order, the
/// pieces really overlap unless asked to run one after the other, and deep work fits the
/// second piece's stack.
final class ConcurrentPairTests: XCTestCase {
    func testReturnsBothResultsInOrder() {
        let (a, b) = ConcurrentPair.run({ (1 ... 1000).reduce(0, +) }, { "second" })
        XCTAssertEqual(a, 500_500)
        XCTAssertEqual(b, "second")
    }

    /// The first piece waits for a signal only the second sends: it returns only if both
    /// run at the same time.
    func testThePiecesRunAtTheSameTime() {
        let signal = DispatchSemaphore(value: 0)
        let (met, _) = ConcurrentPair.run({ signal.wait(timeout: .now() + 10) == .success }, { signal.signal() })
        XCTAssertTrue(met)
    }

    /// One after the other: the first piece has finished before the second starts.
    func testSequentiallyRunsTheFirstPieceFirst() {
        let order = Order()
        let (_, _) = ConcurrentPair.run(sequentially: true, { order.append("first") }, { order.append("second") })
        XCTAssertEqual(order.values, ["first", "second"])
    }

    /// The second piece's thread has a main-thread-sized stack (recursion an analysis may
    /// need: 100,000 frames of a small recursive function).
    func testTheSecondPieceHasADeepStack() {
        @Sendable func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
        let (_, deep) = ConcurrentPair.run({ 0 }, { depth(100_000) })
        XCTAssertEqual(deep, 100_000)
    }
}

private final class Order: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ value: String) { storage.withLock { $0.append(value) } }
    var values: [String] { storage.withLock { $0 } }
}
