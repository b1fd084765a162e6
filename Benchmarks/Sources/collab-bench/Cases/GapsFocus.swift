import CollabGraph
import CollabAnalysis
import Foundation

/// `collab gaps --focus` on a 10,000-actor graph: the five sections and the measured effect
/// of every default candidate tie (constraint, effective size, reach, new groups exact for
/// all; betweenness from 256 seeded sampled sources for the 200 shortlisted candidates).
///
/// The graph is the first 10,000 actors of hk-20k.csv: Holme–Kim growth ties each new actor
/// to earlier ones, so the ties among actors 0–9,999 are exactly the graph grown to 10,000
/// actors (~50k ties). Kinds (60% SME, 20% employer, 10% network, 10% anchor) and six
/// sectors are drawn with a seeded generator. Foci: actor 0 (the largest hub), 500 (mid
/// degree) and 9,000 (peripheral, most candidates far away). Swift only: no reference tool
/// has this analysis.
enum GapsFocus: BenchmarkCase {
    static let name = "gaps-10k"
    static let title = "Brokerage gaps for one focus, default candidates, Holme–Kim 10,000 actors / ~50k ties (first 10k of hk-20k.csv)"
    static let file = "hk-20k.csv"
    static let actorCount = 10_000

    static func graph(_ context: BenchmarkContext) throws -> CollaborationGraph {
        let text = try String(contentsOfFile: context.path(file), encoding: .utf8)
        var random = SplitMix64(seed: 0x6A95)
        let kinds = ["sme", "sme", "sme", "sme", "sme", "sme", "employer", "employer", "network", "anchor"]
        let sectors = ["digital tech", "creative industries", "health and social care", "construction", "hospitality", "public services"]
        var graph = CollaborationGraph()
        for i in 0 ..< actorCount {
            graph.addActor(Actor(id: String(i), kind: kinds[Int(random.next() % 10)], attributes: ["sector": sectors[Int(random.next() % 6)]]))
        }
        for line in text.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            guard parts.count == 2, let a = Int32(parts[0]), let b = Int32(parts[1]),
                  Int(a) < actorCount, Int(b) < actorCount else { continue }
            graph.addTie(Tie(source: a, target: b))
        }
        return graph
    }

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let graph = try graph(context)
        return [0, 500, 9_000].map { focus in
            var candidates = 0
            var row = context.swift("focus \(focus) (degree \(graph.view().partners.degree(focus)))", repeat: context.quick ? 1 : 3) {
                // A fresh context each run, so the view is built inside the timing as before;
                // the records are co-authorship-like pairs: read undirected.
                guard let analysis = try? AnalysisContext(graph: graph, name: "hk-10k", settings: AnalysisSettings(direction: .undirected)) else { return nil }
                let gaps = FocusGaps.analyse(setting: analysis.gapSetting, focus: focus)
                candidates = gaps.recommendations.count
                return gaps.recommendations.first?.score
            }
            row.configuration += ", \(candidates) candidates"
            return row
        }
    }
}
