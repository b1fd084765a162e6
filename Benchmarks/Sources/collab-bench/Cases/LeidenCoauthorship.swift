import CollabGraph

/// Leiden communities (modularity, γ = 1, unweighted) on a real co-authorship network
/// (SNAP, largest component, read from /work/shared/datasets when present, never copied
/// into the repository), against igraph's `community_leiden(objective_function="modularity")`
/// with its default two iterations and iterated until stable. Each side runs the same
/// five seeds (1 … 5) one after the other, timed together; the check column is the mean
/// modularity they reach (higher is better). The two-thread row runs the five seeds as
/// `--runs 5` does (in parallel) and its check is the best of them.
protocol LeidenCoauthorship: BenchmarkCase {
    static var file: String { get }
    static var graph: String { get }
}

extension LeidenCoauthorship {
    static var runs: Int { 5 }

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        guard context.exists(file) else { return [] }
        let view = try context.view(file)
        let repeats = context.quick ? 1 : 3
        func meanQuality(iterations: Int) -> Double {
            var sum = 0.0
            for seed in 1 ... runs {
                sum += Leiden.communities(view.partners, options: LeidenOptions(seed: UInt64(seed), runs: 1, maximumIterations: iterations)).quality!
            }
            return sum / Double(runs)
        }
        var rows = [
            context.swift("1 thread, \(runs) runs until stable (seeds 1–\(runs)), mean Q", repeat: repeats) { meanQuality(iterations: 50) },
            context.swift("1 thread, \(runs) runs of 2 iterations, mean Q", repeat: repeats) { meanQuality(iterations: 2) },
            context.swift("2 threads, --runs \(runs) --seed 1 (its own seeds), best Q", repeat: repeats) {
                Leiden.communities(view.partners, options: LeidenOptions(seed: 1, runs: runs)).quality
            },
        ]
        if let row = try context.reference("igraph", "leiden-converged", file, repeat: repeats, runs: runs,
                                           configuration: "\(runs) runs, n_iterations=-1 (until stable), mean Q") { rows.append(row) }
        if let row = try context.reference("igraph", "leiden", file, repeat: repeats, runs: runs,
                                           configuration: "\(runs) runs, n_iterations=2 (default), mean Q") { rows.append(row) }
        return rows
    }
}

enum LeidenHepPh: LeidenCoauthorship {
    static let name = "leiden-ca-hepph"
    static let title = "Leiden communities (modularity), real co-authorship network ca-HepPh (11,204 actors / 117,619 ties)"
    static let file = "/work/shared/datasets/ca-HepPh.csv"
    static let graph = "ca-HepPh"
}

enum LeidenCondMat: LeidenCoauthorship {
    static let name = "leiden-ca-condmat"
    static let title = "Leiden communities (modularity), real co-authorship network ca-CondMat (21,363 actors / 91,286 ties)"
    static let file = "/work/shared/datasets/ca-CondMat.csv"
    static let graph = "ca-CondMat"
}
