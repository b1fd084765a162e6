import CollabGraph
import CollabAnalysis
import CollabRender
import Foundation

/// The whole report on the national UK H2020 co-participation network (CORDIS,
/// `national_uk`: 12,374 actors of which 9,421 projects known only from memberships,
/// 13,890 records), read from /work/shared/datasets when present (never copied into the
/// repository), undirected as the data is. Three rows, each timed in-process with the peak
/// growth of resident memory: loading; the analyses alone (the collaboration profile,
/// every centrality measure, brokerage, three focus actors' gaps, cohesion and homophily,
/// communities, core–periphery — everything the page shows but the maps); and the whole
/// report (the same plus the main map in SVG and PNG, three focus maps and the page).
/// Target (issue 12): the whole report in at most 15 s and 1 GB on 2 cores.
enum NationalReport: BenchmarkCase {
    static let name = "report-national"
    static let title = "The report on the national UK H2020 network (12,374 actors), against the analyses alone; target ≤ 15 s, ≤ 1 GB"
    static let folder = "/work/shared/datasets/cordis-h2020/national_uk"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        guard context.exists(folder) else { return [] }
        func analysis(_ graph: CollaborationGraph) throws -> AnalysisContext {
            try AnalysisContext(graph: graph, name: "national_uk",
                                settings: AnalysisSettings(direction: .undirected, focusPolicy: .defaultAnchors(count: 3)))
        }
        var rows: [BenchmarkRow] = []
        var graph = CollaborationGraph()
        var peak: Int?
        peak = BenchmarkContext.peakMemoryGrowth {
            rows.append(context.swift("load the dataset folder") {
                graph = (try? GraphLoader.load(folder)) ?? CollaborationGraph()
                return Double(graph.ties.count)
            })
        }
        rows[rows.count - 1].configuration += memory(peak)
        peak = BenchmarkContext.peakMemoryGrowth {
            rows.append(context.swift("the analyses alone (maps selected, no layout, no page)") {
                guard let run = try? analysis(graph) else { return nil }
                // Every analysis the page shows, each once (ReportAnalyses; maps selected, not laid out).
                guard let analyses = try? run.reportAnalyses(title: nil, scenario: nil, stage: nil) else { return nil }
                return Double(analyses.collaboration.table.ties.count + analyses.centrality.columns.count + analyses.gaps.count)
            })
        }
        rows[rows.count - 1].configuration += memory(peak)
        peak = BenchmarkContext.peakMemoryGrowth {
            rows.append(context.swift("the whole report (analyses, 4 maps, page, tables)") {
                guard let run = try? analysis(graph), let report = try? EcologyReport(context: run) else { return nil }
                return Double(report.files.reduce(0) { $0 + $1.data.count })
            })
        }
        rows[rows.count - 1].configuration += memory(peak)
        return rows
    }

    static func memory(_ bytes: Int?) -> String {
        bytes.map { "; peak memory +\($0 / 1_000_000) MB" } ?? ""
    }
}
