import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation
import XCTest

/// Centrality normalised over the actors of the tie network: networks known only from
/// memberships (projects, forums with members but no tie record) are not actors of the
/// tie view and leave every denominator. Fixtures from
/// `Tests/Fixtures/reference_study_population.py` (NetworkX 3.6.1 on the tie network's
/// actors alone); tolerance 1e-9 relative.
final class CentralityPopulationTests: XCTestCase {
    static let folder = "Tests/Fixtures/reference/study-population"
    static let handGraph = folder + "/graphs/memberships-only"

    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// Every measure, in four variants, of the 9 actors of the hand-made tie network,
    /// through the context (the report's, `collab centrality`'s table); the 3 projects
    /// known only from memberships are outside the population, NaN in every column.
    func testHandMadeGraphMatchesNetworkXOnTheTieNetwork() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path(Self.folder + "/memberships-only.json"))
        let graph = try TestSupport.load(Self.handGraph)
        let ids = fixture["ids"]!.arrayValue!.map { $0.stringValue! }
        let leftOut = fixture["left_out"]!.arrayValue!.map { $0.stringValue! }
        XCTAssertEqual(leftOut, ["p1", "p2", "p3"])
        var compared = 0
        for variant in fixture["variants"]!.arrayValue! {
            let directed = variant["directed"]!.boolValue!, weighted = variant["weighted"]!.boolValue!
            let context = try TestSupport.context(graph, settings: AnalysisSettings(direction: directed ? .directed : nil, weighted: weighted))
            let table = context.centrality
            XCTAssertEqual(table.populationCount, ids.count)
            XCTAssertEqual(context.membershipOnlyNetworks.map { graph.actors[Int($0)].id }, leftOut)
            for measure in CentralityMeasure.allCases {
                let column = try XCTUnwrap(table.column(measure))
                let label = "directed=\(directed) weighted=\(weighted) \(measure)"
                guard let expected = variant[measure.rawValue]?.arrayValue else {
                    XCTAssertNotNil(column.undefinedReason, label)
                    continue
                }
                XCTAssertNil(column.undefinedReason, label)
                for (i, id) in ids.enumerated() {
                    let actor = try XCTUnwrap(graph.actors.firstIndex { $0.id == id })
                    XCTAssertTrue(table.measures(actor))
                    XCTAssertClose(column.values[actor], expected[i].numberValue!, "\(label) \(id)")
                    compared += 1
                }
                for id in leftOut {
                    let actor = graph.actors.firstIndex { $0.id == id }!
                    XCTAssertFalse(table.measures(actor))
                    XCTAssertTrue(column.values[actor].isNaN, "\(label) \(id)")
                }
            }
            XCTAssertTrue(context.buildCounts.repeated.isEmpty)
        }
        // Every measure of every variant but eigenvector on the directed views (not
        // strongly connected: undefined for NetworkX too).
        XCTAssertEqual(compared, (4 * CentralityMeasure.allCases.count - 2) * ids.count)
    }

    /// The same rule on the whole graph would be wrong: over all 12 actors the normalised
    /// measures differ (betweenness of `d` by (11·10)/(8·7)), and eigenvector is undefined
    /// (the projects are isolates). Guards against silently computing on the full view.
    func testTheFullViewWouldNormaliseDifferently() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path(Self.folder + "/memberships-only.json"))
        let graph = try TestSupport.load(Self.handGraph)
        let full = graph.view(ViewOptions()).centrality(CentralityOptions())
        let d = graph.actors.firstIndex { $0.id == "d" }!
        let expected = fixture["variants"]!.arrayValue![0]["betweenness"]!.arrayValue![3].numberValue!
        XCTAssertClose(full.column(.betweenness)!.values[d] * (11.0 * 10.0) / (8.0 * 7.0), expected)
        XCTAssertNotNil(full.column(.eigenvector)!.undefinedReason)
        XCTAssertNil(try TestSupport.context(graph).centrality.column(.eigenvector)!.undefinedReason)
    }

    /// The gap analysis normalises the focus's betweenness over the same actors.
    func testFocusBetweennessInTheGapsUsesTheTieNetwork() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path(Self.folder + "/memberships-only.json"))
        let graph = try TestSupport.load(Self.handGraph)
        let context = try TestSupport.context(graph)
        let ids = fixture["ids"]!.arrayValue!.map { $0.stringValue! }
        let betweenness = fixture["variants"]!.arrayValue![0]["betweenness"]!.arrayValue!.map { $0.numberValue! }
        for focus in ["a", "d", "e"] {
            let actor = Int32(graph.actors.firstIndex { $0.id == focus }!)
            XCTAssertClose(context.focusGaps(actor).betweenness, betweenness[ids.firstIndex(of: focus)!], focus)
        }
    }

    /// `collab centrality` lists the actors of the tie network only, says so, and ranks
    /// among them; `collab info` counts the projects apart and prints no "(none)".
    func testCommandsCountTheTieNetwork() throws {
        let path = TestSupport.path(Self.handGraph)
        let csv = run(["centrality", path, "--measures", "betweenness"])
        XCTAssertEqual(csv.code, 0, csv.err)
        XCTAssertEqual(csv.out.split(separator: "\n").map { String($0.split(separator: ",")[0]) },
                       ["id", "a", "b", "c", "d", "e", "f", "g", "h", "forum"])
        XCTAssertTrue(csv.err.contains("Note: 3 actors appear only as networks of memberships"), csv.err)
        XCTAssertTrue(csv.err.contains("normalised over the 9 actors of the tie network"), csv.err)
        let top = run(["centrality", path, "--top", "20", "--by", "pagerank"]).out
        XCTAssertEqual(top.split(separator: "\n").count, 10, top)
        let info = run(["info", path]).out
        XCTAssertTrue(info.contains("Actors:        9 in the tie network, besides 3 networks known only from memberships (not counted below)\n"), info)
        XCTAssertTrue(info.contains("  by kind:     sme 3, anchor 2, employer 1, network 1, provider 1, public 1\n"), info)
        XCTAssertTrue(info.contains("  by locality: Hackney 3, Newham 2, Tower Hamlets 2, not given 2\n"), info)
        XCTAssertTrue(info.contains("Connected pairs: 11  density 0.3056\n"), info)
        XCTAssertTrue(info.contains("Reciprocity:   not judged: direction not declared\n"), info)
        XCTAssertFalse(info.contains("(none)"), info)
        // The map's size legend reads the same table: d's 0.571, not 0.291 over 12 actors.
        let svg = TestSupport.temporaryFolder() + "/map.svg"
        defer { try? FileManager.default.removeItem(atPath: (svg as NSString).deletingLastPathComponent) }
        let render = run(["render", path, "-o", svg])
        XCTAssertEqual(render.code, 0, render.err)
        XCTAssertTrue(try String(contentsOfFile: svg, encoding: .utf8).contains("0.571 (max)"))
        let json = try JSONValue.parse(Array(run(["info", path, "--format", "json"]).out.utf8), file: "info")
        XCTAssertEqual(json["tie_network_actors"]?.numberValue, 9)
        XCTAssertEqual(json["actors_by_locality"]?["not given"]?.numberValue, 2)
    }

    /// Brokerage with z-scores (`sna::brokerage`'s baseline: N, density and group sizes):
    /// the hand-made graph prints exactly what the same graph without its three projects
    /// prints, rows and expected counts alike.
    func testBrokerageBaselineCountsTheTieNetworkOnly() throws {
        let source = TestSupport.path(Self.handGraph)
        let nodes = try String(contentsOfFile: source + "/nodes.csv", encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("p") }.joined(separator: "\n") + "\n"
        let withoutProjects = TestSupport.folder(["nodes.csv": nodes,
                                                  "edges.csv": try String(contentsOfFile: source + "/edges.csv", encoding: .utf8)])
        defer { try? FileManager.default.removeItem(atPath: withoutProjects) }
        let arguments = ["--group", "locality", "--zscores"]
        let with = run(["brokerage", source] + arguments)
        let without = run(["brokerage", withoutProjects] + arguments)
        XCTAssertEqual(with.code, 0, with.err)
        XCTAssertEqual(with.out, without.out)
        XCTAssertEqual(with.out.split(separator: "\n").count, 10)
        XCTAssertTrue(with.err.contains("3 actors appear only as networks of memberships"), with.err)
    }

    /// The CORDIS London data (shared, not in the repository): UCL's betweenness over the
    /// 454 organisations of the tie network is NetworkX's 0.1196305979…, not the 0.002 of
    /// a denominator of 3,244 actors; every organisation's betweenness, closeness and
    /// harmonic centrality matches the committed reference numbers.
    func testLondonIsNormalisedOverItsOrganisations() throws {
        let folder = TestSupport.path("../shared/datasets/cordis-h2020/london")
        guard FileManager.default.fileExists(atPath: folder) else { throw XCTSkip("the shared CORDIS London data is not here") }
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path(Self.folder + "/london.json"))
        let graph = try GraphLoader.load(folder)
        let context = try TestSupport.context(graph, name: "london")
        let table = context.centrality
        let ids = fixture["ids"]!.arrayValue!.map { $0.stringValue! }
        XCTAssertEqual(table.populationCount, ids.count)
        XCTAssertEqual(table.actorCount - table.populationCount, Int(fixture["left_out_count"]!.numberValue!))
        var index: [String: Int] = [:]
        for (u, actor) in graph.actors.enumerated() { index[actor.id] = u }
        for measure in [CentralityMeasure.betweenness, .closeness, .harmonic] {
            let expected = fixture[measure.rawValue]!.arrayValue!.map { $0.numberValue! }
            let column = table.column(measure)!
            for (i, id) in ids.enumerated() { XCTAssertClose(column.values[index[id]!], expected[i], "\(measure) \(id)") }
        }
        let ucl = index["999975620"]!
        XCTAssertEqual(graph.actors[ucl].label, "UNIVERSITY COLLEGE LONDON")
        XCTAssertEqual(NumberFormat.fixed(table.column(.betweenness)!.values[ucl], digits: 3), "0.120")
        XCTAssertEqual(CentralityTable.rankedActors(table.column(.betweenness)!.values, count: 1, population: table.population), [ucl])
    }

    /// The London report as a reader sees it (direction not declared, the defaults of
    /// `collab report`): the verdict lists two-way as not judged, the brokers start with
    /// UCL at 0.120, and collaboration.json carries the reason; each result built once.
    func testLondonReportJudgesOnlyWhatTheDataSupports() throws {
        let folder = TestSupport.path("../shared/datasets/cordis-h2020/london")
        guard FileManager.default.fileExists(atPath: folder) else { throw XCTSkip("the shared CORDIS London data is not here") }
        let context = try TestSupport.context(GraphLoader.load(folder), name: "london",
                                              settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3)))
        let report = try EcologyReport(context: context)
        func file(_ name: String) throws -> String {
            String(decoding: try XCTUnwrap(report.files.first { $0.name == name }).data, as: UTF8.self)
        }
        let page = try file("index.html")
        XCTAssertTrue(page.contains("– ties run both ways (two-way street): not judged (direction not declared)"))
        XCTAssertFalse(page.contains("✗ ties run both ways"))
        XCTAssertTrue(page.contains("<strong>UNIVERSITY COLLEGE LONDON</strong> (anchor, education) — betweenness 0.120"))
        XCTAssertTrue(page.contains("454 actors (and 2790 networks known only from memberships)"))
        let json = try JSONValue.parse(Array(try file("collaboration.json").utf8), file: "collaboration.json")
        XCTAssertEqual(json["profile"]?["verdict"]?["not_measured_reason"]?["reciprocity"]?.stringValue, "direction_not_declared")
        XCTAssertTrue(try file("methods.md").contains("- Actors: the 454 actors of the tie network."))
        XCTAssertEqual(context.buildCounts.repeated, [])
    }
}
