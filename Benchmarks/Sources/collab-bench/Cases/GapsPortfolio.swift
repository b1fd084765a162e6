import CollabGraph
import CollabAnalysis
import Foundation

/// `collab gaps --focus F --portfolio 5` on the 10,000-actor graph of ``GapsFocus``: five
/// new ties chosen jointly, each step measuring every remaining default candidate on the
/// graph with the earlier picks added (constraint, effective size, reach, new groups exact
/// for all; betweenness from 256 seeded sampled sources for the 200 shortlisted candidates).
/// Foci as in ``GapsFocus``. Swift only: no reference tool has this analysis.
enum GapsPortfolio: BenchmarkCase {
    static let name = "portfolio-10k"
    static let title = "Portfolio of 5 new ties for one focus, default candidates, Holme–Kim 10,000 actors / ~50k ties (first 10k of hk-20k.csv)"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let graph = try GapsFocus.graph(context)
        let analysis = try AnalysisContext(graph: graph, name: name, settings: AnalysisSettings(direction: .undirected))
        return [0, 500, 9_000].map { focus in
            var candidates = 0
            var row = context.swift("focus \(focus) (degree \(graph.view().partners.degree(focus)))", repeat: context.quick ? 1 : 3) {
                let portfolio = TiePortfolio.choose(context: analysis, focus: focus, size: 5)
                candidates = portfolio.candidateCount
                return portfolio.after.constraint
            }
            row.configuration += ", \(candidates) candidates, 5 picks"
            return row
        }
    }
}
