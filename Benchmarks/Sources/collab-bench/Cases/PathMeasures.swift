import CollabGraph

/// Exact closeness, harmonic centrality and betweenness on the real co-authorship networks
/// (SNAP ca-HepPh and ca-CondMat, read from /work/shared/datasets when present, never copied
/// here) and harmonic centrality on the generated Holme–Kim graph: CollabGraph on 1 and 2
/// threads (best of `repeatCount` runs each) against igraph (1 thread) and NetworkX (sampled
/// sources, time scaled to all).
protocol PathMeasureCase: BenchmarkCase {
    static var file: String { get }
    /// The task name of `python/reference_bench.py`.
    static var task: String { get }
    static var repeatCount: Int { get }
    static var networkxSample: Int { get }
    static func measure(_ view: GraphView, threads: Int) -> [Double]
}

extension PathMeasureCase {
    static var repeatCount: Int { 3 }
    static var networkxSample: Int { 200 }

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        guard context.exists(file) else { return [] }
        let view = try context.view(file)
        let count = repeatCount
        var rows = [1, 2].map { threads in
            context.swift("\(threads) thread\(threads > 1 ? "s" : "")\(count > 1 ? ", best of \(count)" : "")", repeat: count) {
                measure(view, threads: threads).max()
            }
        }
        if !context.quick, let row = try context.reference("igraph", task, file) { rows.append(row) }
        if let row = try context.reference("networkx", task, file, sample: context.quick ? 10 : networkxSample) { rows.append(row) }
        return rows
    }
}

let hepph = "/work/shared/datasets/ca-HepPh.csv"
let condmat = "/work/shared/datasets/ca-CondMat.csv"

protocol ClosenessCase: PathMeasureCase {}
extension ClosenessCase {
    static var task: String { "closeness" }
    static func measure(_ view: GraphView, threads: Int) -> [Double] { view.closeness(threads: threads) }
}

protocol HarmonicCase: PathMeasureCase {}
extension HarmonicCase {
    static var task: String { "harmonic" }
    static func measure(_ view: GraphView, threads: Int) -> [Double] { view.harmonic(threads: threads) }
}

enum ClosenessHepPh: ClosenessCase {
    static let name = "closeness-ca-hepph", file = hepph
    static let title = "Exact closeness, ca-HepPh (11,204 actors / 117,619 ties)"
}

enum ClosenessCondMat: ClosenessCase {
    static let name = "closeness-ca-condmat", file = condmat
    static let title = "Exact closeness, ca-CondMat (21,363 actors / 91,286 ties)"
}

enum HarmonicHolmeKim: HarmonicCase {
    static let name = "harmonic-20k", file = "hk-20k.csv"
    static let title = "Exact harmonic centrality, Holme–Kim 20,000 actors / ~100k ties (hk-20k.csv)"
}

enum HarmonicHepPh: HarmonicCase {
    static let name = "harmonic-ca-hepph", file = hepph
    static let title = "Exact harmonic centrality, ca-HepPh (11,204 actors / 117,619 ties)"
}

enum HarmonicCondMat: HarmonicCase {
    static let name = "harmonic-ca-condmat", file = condmat
    static let title = "Exact harmonic centrality, ca-CondMat (21,363 actors / 91,286 ties)"
}

enum BetweennessCondMat: PathMeasureCase {
    static let name = "betweenness-ca-condmat", file = condmat, task = "betweenness"
    static let title = "Exact betweenness, ca-CondMat (21,363 actors / 91,286 ties)"
    static let repeatCount = 1, networkxSample = 100
    static func measure(_ view: GraphView, threads: Int) -> [Double] { view.betweenness(threads: threads) }
}
