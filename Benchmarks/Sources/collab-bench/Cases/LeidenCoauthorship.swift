import CollabGraph

/// Leiden communities (modularity, γ = 1, unweighted) on the real co-authorship networks
/// ca-HepPh and ca-CondMat (SNAP, largest components), read from /work/shared/datasets
/// when present (never copied into the repository), against igraph's
/// `community_leiden(objective_function="modularity")` with its default two iterations
/// and iterated until stable. The check column is the modularity reached (higher is
/// better), recomputed from the partition by each side.
enum LeidenCoauthorship: BenchmarkCase {
    static let name = "leiden-coauthorship"
    static let title = "Leiden communities (modularity), real co-authorship networks ca-HepPh and ca-CondMat"
    static let files = ["/work/shared/datasets/ca-HepPh.csv", "/work/shared/datasets/ca-CondMat.csv"]

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        var rows: [BenchmarkRow] = []
        for file in files where context.exists(file) {
            let view = try context.view(file)
            let graph = file.split(separator: "/").last!.replacingOccurrences(of: ".csv", with: "")
            let repeats = context.quick ? 1 : 3
            for seed in [UInt64(1), 2] {
                rows.append(context.swift("\(graph): 1 run, seed \(seed), until stable", repeat: repeats) {
                    Leiden.communities(view.partners, options: LeidenOptions(seed: seed, runs: 1)).quality
                })
            }
            rows.append(context.swift("\(graph): best of 2 runs, 2 threads", repeat: repeats) {
                Leiden.communities(view.partners, options: LeidenOptions(seed: 1, runs: 2)).quality
            })
            if let row = try context.reference("igraph", "leiden", file, repeat: repeats, configuration: "\(graph): n_iterations=2 (default)") { rows.append(row) }
            if let row = try context.reference("igraph", "leiden-converged", file, repeat: repeats, configuration: "\(graph): n_iterations=-1 (until stable)") { rows.append(row) }
        }
        return rows
    }
}
