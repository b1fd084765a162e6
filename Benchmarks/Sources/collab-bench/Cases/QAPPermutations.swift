import CollabGraph

/// MR-QAP cost per permutation: 2,000 actors (1,999,000 dyads), a dependent relation and
/// three predictors drawn with a fixed seed; the fit alone, then the fit with 100 double
/// semi-partialling permutations per predictor. No reference tool is timed (R's
/// `sna::netlm` is not installed here); the row states the time per permutation.
enum QAPPermutations: BenchmarkCase {
    static let name = "qap-2k"
    static let title = "MR-QAP, 2,000 actors (1,999,000 dyads), 3 predictors: fit, and 100 DSP permutations per predictor"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let n = 2000
        let cells = DyadicMatrix.cellCount(n, directed: false)
        var generator = SplitMix64(seed: 2024)
        func matrix(_ name: String, density: Double) -> DyadicMatrix {
            let values = (0 ..< cells).map { _ in Double(generator.next() % 1_000_000) / 1_000_000 < density ? 1.0 : 0.0 }
            return DyadicMatrix(name: name, actorCount: n, directed: false, values: values)
        }
        let y = matrix("y", density: 0.01)
        let predictors = [matrix("a", density: 0.02), matrix("b", density: 0.3), matrix("c", density: 0.05)]
        let fit = context.swift("fit only (3 predictors)", repeat: 3) {
            (try? QAPRegression(y, on: predictors, permutations: 0, seed: 1))?.rSquared
        }
        let permuted = context.swift("fit + 3 × 100 permutations", repeat: 1) {
            (try? QAPRegression(y, on: predictors, permutations: 100, seed: 1))?.tests[0].pAbsolute
        }
        var perPermutation = permuted
        perPermutation.configuration = "per permutation and predictor: (row 2 − row 1) / 300"
        perPermutation.seconds = (permuted.seconds - fit.seconds) / 300
        if let a = permuted.cpuSeconds, let b = fit.cpuSeconds { perPermutation.cpuSeconds = (a - b) / 300 }
        return [fit, permuted, perPermutation]
    }
}
