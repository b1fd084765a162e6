import Foundation
import Synchronization

/// A conditional uniform graph (CUG) test: is a graph-level statistic larger or smaller
/// than in random graphs that share the observed graph's size, number of ties, dyad census
/// or degree sequence?
///
/// The statistic t (``GraphStatistic``) of the observed graph is compared with its values
/// t₁ … t_R on R graphs drawn from the null (``UniformGraphNull``):
///
///     p(≥) = #{r : t_r ≥ t} / R,   p(≤) = #{r : t_r ≤ t} / R
///
/// with the null's mean, standard deviation (divisor R − 1) and quantiles (R's type 7:
/// linear interpolation between order statistics) over the draws.
///
/// Reference: B. S. Anderson, C. Butts and K. Carley, "The interaction of size and density
/// with graph-level indices", *Social Networks* 21(3):239–267 (1999),
/// doi:10.1016/S0378-8733(99)00011-8; matches `sna::cug.test` (sna 2.7): the same nulls, the
/// same p-values (no +1 correction, as `sna`), checked within Monte Carlo error by
/// `Tests/Fixtures/reference_inference.R`.
///
/// Conventions: ties are binary (weights ignored); self-loops are not in views. Draws where
/// the statistic is undefined (see ``GraphStatistic``) are counted in ``undefinedDraws`` and
/// left out of the p-values and moments (`sna` would return `NA`).
///
/// Determinism: draw r uses its own ``SplitMix64`` stream seeded by (seed, r); draws are
/// shared among workers by ``SourceScheduler`` in fixed chunks and their values kept in
/// draw order, so every number is the same bits for any thread count.
///
/// - Complexity: R × (one null draw + one statistic), see ``UniformGraphNull`` and
///   ``GraphStatistic``; O(R) memory for the values plus O(n + m) per worker.
public struct UniformGraphTest: Sendable {
    public let statistic: GraphStatistic
    public let options: UniformGraphTestOptions
    /// The statistic on the observed graph.
    public let observed: Double
    /// The statistic on every draw where it is defined, in draw order.
    public let nullValues: [Double]
    /// Draws on which the statistic is undefined.
    public let undefinedDraws: Int
    /// Shares of draws at or above / at or below the observed value (nil without draws).
    public let pAtLeast: Double?
    public let pAtMost: Double?
    public let nullMean: Double?
    public let nullStandardDeviation: Double?

    /// The probabilities of ``quantiles``.
    public static let quantileProbabilities = [0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975]

    /// Runs the test on `view`. Throws ``UniformGraphTestError`` when the statistic needs a
    /// directed view it does not have, is undefined on the observed graph, or the null
    /// cannot be drawn.
    public init(view: GraphView, statistic: GraphStatistic, options: UniformGraphTestOptions = UniformGraphTestOptions(),
                progress: ProgressHandler? = nil) throws {
        if statistic.needsDirectedView && !view.isDirected { throw UniformGraphTestError.needsDirectedView }
        if view.nodeCount < 2 { throw UniformGraphTestError.tooFewActors }
        guard let observed = statistic.value(on: view) else { throw UniformGraphTestError.undefinedOnObservedGraph }
        if options.null == .degree && view.tieCount < 2 { throw UniformGraphTestError.tooFewTiesToRewire }
        self.statistic = statistic
        self.options = options
        self.observed = observed

        let template = NullModelTemplate(view: view, null: options.null, swapsPerTie: options.swapsPerTie)
        let draws = options.draws, seed = options.seed
        let values = DrawValues()
        let chunk = 4
        SourceScheduler.run(
            sources: draws, chunkSize: chunk,
            threads: SourceScheduler.threadCount(requested: options.threads, work: (draws + chunk - 1) / chunk),
            progress: progress,
            makeWorkspace: { NoWorkspace() },
            makeSums: { DrawValues() },
            visit: { _, sums, range in
                var local: [Double?] = []
                local.reserveCapacity(range.count)
                for r in range { local.append(statistic.value(on: template.draw(r, seed: seed))) }
                sums.values.withLock { $0.append(contentsOf: local) }
            },
            merge: { sums in
                let chunkValues = sums.values.withLock { held in
                    defer { held.removeAll(keepingCapacity: true) }
                    return held
                }
                values.values.withLock { $0.append(contentsOf: chunkValues) }
            })
        let all = values.values.withLock { $0 }
        let defined = all.compactMap { $0 }
        nullValues = defined
        undefinedDraws = all.count - defined.count
        let count = Double(defined.count)
        if defined.isEmpty {
            pAtLeast = nil; pAtMost = nil; nullMean = nil; nullStandardDeviation = nil
        } else {
            pAtLeast = Double(defined.filter { $0 >= observed }.count) / count
            pAtMost = Double(defined.filter { $0 <= observed }.count) / count
            // Shifted by the first draw: exact for a constant null, and no cancellation.
            let shift = defined[0]
            var sum = 0.0
            for value in defined { sum += value - shift }
            let mean = shift + sum / count
            nullMean = mean
            if defined.count < 2 {
                nullStandardDeviation = nil
            } else {
                var squares = 0.0
                for value in defined { squares += (value - mean) * (value - mean) }
                nullStandardDeviation = (squares / (count - 1)).squareRoot()
            }
        }
    }

    /// The null's quantiles at ``quantileProbabilities`` (R's default, type 7); empty
    /// without draws.
    public var quantiles: [Double] { Self.quantiles(nullValues, at: Self.quantileProbabilities) }

    /// Type-7 quantiles: h = (R − 1) p, x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) of the sorted values.
    public static func quantiles(_ values: [Double], at probabilities: [Double]) -> [Double] {
        guard !values.isEmpty else { return [] }
        let sorted = values.sorted()
        return probabilities.map { p in
            let h = Double(sorted.count - 1) * p
            let low = Int(h.rounded(.down))
            let high = min(low + 1, sorted.count - 1)
            return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
        }
    }

    /// Counts of the null values in `bins` equal bins spanning the null values, and the bin
    /// the observed value falls in (nil when it lies outside them all). One bin when every
    /// draw has the same value; nil without draws.
    public func histogram(bins: Int) -> NullHistogram? {
        guard let low = nullValues.min(), let high = nullValues.max() else { return nil }
        let count = high > low ? max(1, bins) : 1
        var counts = [Int](repeating: 0, count: count)
        let width = (high - low) / Double(count)
        func bin(_ value: Double) -> Int {
            guard width > 0 else { return 0 }
            return min(count - 1, max(0, Int((value - low) / width)))
        }
        for value in nullValues { counts[bin(value)] += 1 }
        let inside = observed >= low && observed <= high
        return NullHistogram(lower: low, upper: high, counts: counts, observedBin: inside ? bin(observed) : nil)
    }
}

/// What a ``UniformGraphTest`` draws and how many times.
public struct UniformGraphTestOptions: Sendable, Equatable {
    public var null: UniformGraphNull
    public var draws: Int
    public var seed: UInt64
    /// Swap attempts per tie for each draw of the `degree` null (Q in ``UniformGraphNull``).
    public var swapsPerTie: Int
    /// Worker threads (nil: one per core). Results do not depend on it.
    public var threads: Int?

    public init(null: UniformGraphNull = .edges, draws: Int = 1000, seed: UInt64 = 1, swapsPerTie: Int = 10,
                threads: Int? = nil) {
        self.null = null
        self.draws = draws
        self.seed = seed
        self.swapsPerTie = swapsPerTie
        self.threads = threads
    }
}

/// Why a ``UniformGraphTest`` cannot run.
public enum UniformGraphTestError: Error, Equatable, Sendable {
    /// The statistic (reciprocity) needs arcs.
    case needsDirectedView
    /// The statistic is undefined on the observed graph (see ``GraphStatistic``).
    case undefinedOnObservedGraph
    /// Fewer than two actors.
    case tooFewActors
    /// The degree null needs two ties to swap.
    case tooFewTiesToRewire
}

/// Equal-width bins of a null distribution, for a small histogram.
public struct NullHistogram: Sendable, Equatable {
    public let lower: Double
    public let upper: Double
    public let counts: [Int]
    /// The bin holding the observed value; nil when it lies below or above every draw.
    public let observedBin: Int?
}

/// Per-chunk (and total) statistic values of the draws, in draw order.
final class DrawValues: Sendable {
    let values = Mutex<[Double?]>([])
}

/// The draws need no per-worker state beyond what each draw allocates.
struct NoWorkspace: Sendable {}
