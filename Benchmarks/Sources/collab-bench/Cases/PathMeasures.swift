import CollabGraph

/// Exact closeness, harmonic centrality and betweenness on the real co-authorship networks
/// (SNAP ca-HepPh and ca-CondMat, read from /work/shared/datasets when present, never copied
/// here) and harmonic centrality on the generated Holme–Kim graph: CollabGraph on 1 and 2
/// threads against igraph (1 thread) and NetworkX (sampled sources, time scaled to all).
enum PathMeasureBenchmark {
    static let hepph = "/work/shared/datasets/ca-HepPh.csv"
    static let condmat = "/work/shared/datasets/ca-CondMat.csv"

    /// CollabGraph's rows (best of `repeat` runs each), then igraph's and NetworkX's.
    static func rows(_ context: BenchmarkContext, file: String, task: String, repeat count: Int,
                     networkxSample: Int, _ measure: @escaping (GraphView, Int) -> [Double]) throws -> [BenchmarkRow] {
        guard context.exists(file) else { return [] }
        let view = try context.view(file)
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : "")\(count > 1 ? ", best of \(count)" : "")", repeat: count) {
                measure(view, threads).max()
            }
        }
        if !context.quick, let row = try context.reference("igraph", task, file) { rows.append(row) }
        if let row = try context.reference("networkx", task, file, sample: context.quick ? 10 : networkxSample) { rows.append(row) }
        return rows
    }

    static func closeness(_ view: GraphView, _ threads: Int) -> [Double] { view.closeness(threads: threads) }
    static func harmonic(_ view: GraphView, _ threads: Int) -> [Double] { view.harmonic(threads: threads) }
    static func betweenness(_ view: GraphView, _ threads: Int) -> [Double] { view.betweenness(threads: threads) }
}

enum ClosenessHepPh: BenchmarkCase {
    static let name = "closeness-ca-hepph"
    static let title = "Exact closeness, ca-HepPh (11,204 actors / 117,619 ties)"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        try PathMeasureBenchmark.rows(context, file: PathMeasureBenchmark.hepph, task: "closeness", repeat: 3,
                                      networkxSample: 200, PathMeasureBenchmark.closeness)
    }
}

enum ClosenessCondMat: BenchmarkCase {
    static let name = "closeness-ca-condmat"
    static let title = "Exact closeness, ca-CondMat (21,363 actors / 91,286 ties)"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        try PathMeasureBenchmark.rows(context, file: PathMeasureBenchmark.condmat, task: "closeness", repeat: 3,
                                      networkxSample: 200, PathMeasureBenchmark.closeness)
    }
}

enum HarmonicHolmeKim: BenchmarkCase {
    static let name = "harmonic-20k"
    static let title = "Exact harmonic centrality, Holme–Kim 20,000 actors / ~100k ties (hk-20k.csv)"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        try PathMeasureBenchmark.rows(context, file: "hk-20k.csv", task: "harmonic", repeat: 3,
                                      networkxSample: 200, PathMeasureBenchmark.harmonic)
    }
}

enum HarmonicHepPh: BenchmarkCase {
    static let name = "harmonic-ca-hepph"
    static let title = "Exact harmonic centrality, ca-HepPh (11,204 actors / 117,619 ties)"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        try PathMeasureBenchmark.rows(context, file: PathMeasureBenchmark.hepph, task: "harmonic", repeat: 3,
                                      networkxSample: 200, PathMeasureBenchmark.harmonic)
    }
}

enum HarmonicCondMat: BenchmarkCase {
    static let name = "harmonic-ca-condmat"
    static let title = "Exact harmonic centrality, ca-CondMat (21,363 actors / 91,286 ties)"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        try PathMeasureBenchmark.rows(context, file: PathMeasureBenchmark.condmat, task: "harmonic", repeat: 3,
                                      networkxSample: 200, PathMeasureBenchmark.harmonic)
    }
}

enum BetweennessCondMat: BenchmarkCase {
    static let name = "betweenness-ca-condmat"
    static let title = "Exact betweenness, ca-CondMat (21,363 actors / 91,286 ties)"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        try PathMeasureBenchmark.rows(context, file: PathMeasureBenchmark.condmat, task: "betweenness", repeat: 1,
                                      networkxSample: 100, PathMeasureBenchmark.betweenness)
    }
}
