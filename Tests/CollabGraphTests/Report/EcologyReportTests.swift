import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation
import XCTest

/// The report for the default dataset: its files, its sections, its self-containment.
final class EcologyReportTests: XCTestCase {
    private static let report: Result<EcologyReport, Error> = Result {
        try EcologyReport(context: TestSupport.context(GraphLoader.load(TestSupport.dataset("east-london")), name: "east-london",
                                                      settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3))))
    }

    private func file(_ name: String) throws -> String {
        let report = try EcologyReportTests.report.get()
        let file = try XCTUnwrap(report.files.first { $0.name == name }, "missing \(name)")
        return String(decoding: file.data, as: UTF8.self)
    }

    func testWritesThePageTheMapsAndTheTablesBehindThem() throws {
        let names = try EcologyReportTests.report.get().files.map(\.name)
        XCTAssertEqual(Array(names.prefix(3)), ["index.html", "map.svg", "map.png"])
        for name in ["actors.csv", "ties.csv", "collaboration.json", "communities.csv", "core-periphery.csv", "methods.md", "references.bib"] {
            XCTAssertTrue(names.contains(name), name)
        }
        XCTAssertEqual(names.filter { $0.hasPrefix("focus-") }.count, 3, "three anchors by default")
        XCTAssertEqual(names.filter { $0.hasPrefix("gaps-") }.count, 3, "the gaps of each focus")
        let png = try EcologyReportTests.report.get().files[2].data
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testPageHasEverySectionAndInlineSVG() throws {
        let page = try file("index.html")
        for id in ["summary", "map", "brokers", "groups", "communities", "core", "tiers", "focus", "timeline", "methods", "files"] {
            XCTAssertTrue(page.contains("<section id=\"\(id)\""), "missing section \(id)")
        }
        XCTAssertTrue(page.contains("Weakly Collaborative"), "the verdict is on the first screen")
        XCTAssertGreaterThanOrEqual(page.components(separatedBy: "<svg").count - 1, 4, "the map and three focus maps inline")
        XCTAssertTrue(page.contains("New City College – Tower Hamlets"))
    }

    func testPageIsSelfContained() throws {
        let page = try file("index.html")
        // No scripts, styles, fonts or images fetched from anywhere.
        XCTAssertFalse(page.contains("<script src"))
        XCTAssertFalse(page.contains("<link"))
        XCTAssertFalse(page.contains("@import"))
        let urls = page.components(separatedBy: "http").dropFirst().map { String($0.prefix(40)) }
        let allowed = ["://www.w3.org/"]   // XML namespaces of the inline SVG, never fetched
        for url in urls { XCTAssertTrue(allowed.contains { url.hasPrefix($0) }, "external URL http\(url)") }
    }

    func testFocusGapsMatchTheGapsCommand() throws {
        let page = try file("index.html")
        XCTAssertTrue(page.contains("Recommended new partnerships"))
        let json = try JSONValue.parse(Array(try file("gaps-newham-college.json").utf8), file: "gaps-newham-college.json")
        for key in ["focus", "holes", "unreached", "group_gaps", "fragility", "recommendations"] {
            XCTAssertNotNil(json[key], "gaps JSON lacks \(key)")
        }
        // The same JSON as `collab gaps --format json` (no --top) writes.
        let console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["gaps", TestSupport.dataset("east-london"), "--focus", "newham-college", "--format", "json"], console: console), 0)
        let command = try JSONValue.parse(Array(console.standardOutput.utf8), file: "stdout")
        let fromCommand = try XCTUnwrap(command["recommendations"]?.arrayValue)
        let fromReport = try XCTUnwrap(json["recommendations"]?.arrayValue)
        XCTAssertGreaterThanOrEqual(fromReport.count, fromCommand.count)
        let same = zip(fromCommand, fromReport).allSatisfy { $0 == $1 }
        XCTAssertTrue(same, "the report's recommendations begin with the command's, in the same order and with the same numbers")
    }

    func testEveryActorHasARowInActorsCSV() throws {
        let csv = try file("actors.csv")
        let lines = csv.split(separator: "\n")
        guard XCTAssertCount(lines, 203, "header + 202 actors") else { return }
        XCTAssertTrue(lines[0].hasPrefix("id,label,kind,sector,locality,tier,size,degree,strength,betweenness"))
        XCTAssertTrue(lines[0].contains("constraint"))
        XCTAssertTrue(lines[0].contains("liaison"))
    }

    func testNumbersOnThePageAreInTheTables() throws {
        let page = try file("index.html")
        let json = try JSONValue.parse(Array(try file("collaboration.json").utf8), file: "collaboration.json")
        let ties = try XCTUnwrap(json["profile"]?["ties"])
        let pairs = try XCTUnwrap(ties["pairs"]?.numberValue)
        let strongShare = try XCTUnwrap(ties["strong_share"]?.numberValue)
        XCTAssertTrue(page.contains("\(Int(pairs)) connected pairs"))
        XCTAssertTrue(page.contains(NumberFormat.fixed(strongShare * 100, digits: 1) + "% are strong ties"))
    }

    func testHostileNamesStayText() throws {
        var graph = CollaborationGraph()
        graph.addActor(Actor(id: "x", label: "<script>alert(1)</script>", kind: "anchor", attributes: ["sector": "<b>bold</b>"]))
        graph.addActor(Actor(id: "y\" onload=\"alert(2)", label: "Y & Co", kind: "sme", attributes: ["sector": "a"]))
        graph.addTie(from: "x", to: "y\" onload=\"alert(2)", type: "co-design")
        let report = try EcologyReport(context: TestSupport.context(graph, name: "<i>hostile</i>",
                                                                    settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3))))
        let page = String(decoding: report.files[0].data, as: UTF8.self)
        XCTAssertFalse(page.contains("<script>alert"))
        XCTAssertFalse(page.contains("<b>bold"))
        XCTAssertFalse(page.contains("<i>hostile"))
        XCTAssertFalse(page.contains("onload=\"alert"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    func testUnknownFocusIsAClearError() throws {
        let console = Console.capturing()
        let code = CollabCLI.run(["report", TestSupport.dataset("east-london"), "-o", TestSupport.temporaryFolder(), "--focus", "newham-colege"], console: console)
        XCTAssertEqual(code, 2)
        XCTAssertEqual(console.standardError, "Error: no actor with id or label 'newham-colege' in --focus; did you mean 'newham-college' (Newham College)?\n  See 'collab report --help'.\n")
    }

    /// The structure sections: communities compared with sector and locality, the core with
    /// its members, the cohesion paragraph, and a methods file that cites every family.
    func testCommunitiesCoreCohesionAndMethods() throws {
        let page = try file("index.html")
        XCTAssertTrue(page.contains("Agreement with sector: NMI "), "communities compared with sector")
        XCTAssertTrue(page.contains("; locality: NMI "), "and with locality")
        XCTAssertTrue(page.contains("The Borgatti–Everett split that best fits an ideal core–periphery pattern puts "))
        XCTAssertTrue(page.contains("Cohesion: density "), "the cohesion paragraph")
        let methods = try file("methods.md")
        for title in ["**Betweenness.**", "**Communities.**", "**Core and periphery.**", "**Homophily.**", "**Tie strength.**"] {
            XCTAssertTrue(methods.contains(title), title)
        }
        XCTAssertTrue(methods.contains("- Direction: undirected view of directed records (declared in meta.json)"), methods)
        XCTAssertTrue(methods.contains("Cite as: Illustrative synthetic data generated by scripts/make_datasets.py"), "the dataset is cited")
        let bib = try file("references.bib")
        for key in ["traag2019", "borgatti1999", "krackhardt1988", "brandes2001"] {
            XCTAssertTrue(bib.contains("{\(key),"), key)
        }
        let communities = try file("communities.csv")
        XCTAssertEqual(communities.split(separator: "\n").count, 203, "a header and one row per actor")
    }

    /// `--colour-by community` fills by Leiden community, the legend naming them.
    func testMapColouredByCommunity() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("karate"))
        let context = try TestSupport.context(graph)
        var style = StyleOptions(title: "karate", colourBy: "community")
        style.colourValues = AnalysisColouring.community.values(context)
        let map = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: MapOptions()), style: style, engine: .neato, format: .dot)
        let dot = String(decoding: map.data, as: UTF8.self)
        XCTAssertTrue(dot.contains("\"fill_value\"=\"community 1\""))
        XCTAssertTrue(dot.contains("community 4"))
        XCTAssertFalse(dot.contains("community 5"), "karate's Leiden optimum has four communities")
    }

    /// `report --scenario FILE`: the what-if beside the system as it is, on the page and in
    /// scenario.json, every number from the changed graph (the comparison itself is checked
    /// against NetworkX in the what-if tests).
    func testScenarioSideBySide() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let console = Console.capturing()
        let code = CollabCLI.run(["report", TestSupport.dataset("east-london"), "-o", folder, "--focus", "newham-college",
                                  "--scenario", TestSupport.path("docs/scenario-example.csv")], console: console)
        XCTAssertEqual(code, 0, console.standardError)
        let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<section id=\"scenario\""))
        XCTAssertTrue(page.contains("Changes: remove East London Business Alliance; remove Hackney Creative Employers Forum; merge Waltham Forest College into Newham College; add 1 tie."))
        let json = try JSONValue.parse(contentsOf: folder + "/scenario.json")
        XCTAssertNotNil(json["view"])
        let bad = TestSupport.folder(["s.csv": "action,actor,other\nremove,nobody,\n"])
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let failed = Console.capturing()
        XCTAssertNotEqual(CollabCLI.run(["report", TestSupport.dataset("east-london"), "-o", folder + "2", "--scenario", bad + "/s.csv"], console: failed), 0)
        XCTAssertTrue(failed.standardError.contains("s.csv:2:"), failed.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "2"), "nothing written")
    }

    /// chance-tests.json says per test which view it ran on: East London is read with an
    /// undirected view (`directed_view` false), but its records are directed and the
    /// reciprocity test runs on the directed view.
    func testChanceTestsSayWhichViewEachRanOn() throws {
        let json = try JSONValue.parse(Array(file("chance-tests.json").utf8), file: "chance-tests.json")
        XCTAssertEqual(json["view"]?["directed_view"], .bool(false))
        let tests = try XCTUnwrap(json["tests"]?.arrayValue)
        let views = Dictionary(uniqueKeysWithValues: tests.compactMap { test in
            test["statistic"]?.stringValue.map { ($0, test["view"]?.stringValue ?? "missing") }
        })
        XCTAssertEqual(views["reciprocity"], "directed")
        XCTAssertEqual(views["transitivity"], "undirected")
        XCTAssertEqual(views["degree-centralization"], "undirected")
        XCTAssertEqual(views["ei:sector"], "undirected")
    }

    /// competition.json and `collab positions --competition anchor --table demands` list the
    /// same partners facing multiple demands, and no anchor among them (UEL, tied to other
    /// anchors, was "reached by 7 anchors" in the command's table).
    func testCompetitionDemandsLeaveProvidersOutLikeTheCommand() throws {
        let json = try JSONValue.parse(Array(file("competition.json").utf8), file: "competition.json")
        let reportIDs = try XCTUnwrap(json["demands"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        let console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["positions", TestSupport.dataset("east-london"), "--competition", "anchor", "--table", "demands"],
                                     console: console), 0, console.standardError)
        let rows = console.standardOutput.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertEqual(rows.map { String($0[0]) }, reportIDs)
        XCTAssertFalse(rows.contains { $0[2] == "anchor" }, console.standardOutput)
        XCTAssertFalse(reportIDs.contains("university-of-east-london"))
        XCTAssertFalse(reportIDs.isEmpty)
    }

    /// The map note names the fill the map uses (the run's group, sector here).
    func testMapNoteNamesTheFillUsed() throws {
        let page = try file("index.html")
        XCTAssertTrue(page.contains("Shape: kind of actor. Fill: sector. Size: betweenness. Solid ties are strong"))
    }

    /// A bare source,target list: no kinds, no sectors, no weights. The brokers list prints
    /// no empty "()", the map note names no shape or fill, and the verdict has strong share
    /// not judged and is marked as limited to connection.
    func testBareListPage() throws {
        // Two triangles joined by a path, and a tail: one component.
        let folder = TestSupport.folder(["edges.csv": "source,target\na,b\nb,c\na,c\nc,d\nd,e\ne,f\nf,g\ne,g\ng,h\n"])
        let report = try EcologyReport(context: TestSupport.context(GraphLoader.load(folder + "/edges.csv"), name: "bare"))
        let page = String(decoding: try XCTUnwrap(report.files.first { $0.name == "index.html" }).data, as: UTF8.self)
        XCTAssertFalse(page.contains("</strong> ()") || page.contains("(, "), "no empty parentheses")
        XCTAssertTrue(page.contains("<strong>e</strong> — betweenness"), "a broker without kind or sector")
        XCTAssertTrue(page.contains("<p class=\"note\">Size: betweenness."), "no shape or fill to name")
        XCTAssertFalse(page.contains("Fill:"))
        XCTAssertTrue(page.contains("which ties are strong is not judged (too few tie-strength components measured)"))
        XCTAssertTrue(page.contains("rests on embeddedness alone (strong ties not judged)"))
        XCTAssertTrue(page.contains("strong ties are the norm: not judged (too few tie-strength components measured)"))
        XCTAssertTrue(page.contains("Limited verdict: no criterion on the ties themselves could be judged"))
        XCTAssertFalse(page.contains("Strongly Collaborative"))
        let json = try JSONValue.parse(Array(try XCTUnwrap(report.files.first { $0.name == "collaboration.json" }).data), file: "collaboration.json")
        let verdict = try XCTUnwrap(json["profile"]?["verdict"])
        XCTAssertEqual(verdict["not_measured_reason"]?["strong_share"]?.stringValue, "too_few_strength_components")
        XCTAssertEqual(verdict["rests_on_connection_alone"], .bool(true))
    }

    /// The report's two lanes of analyses run side by side by default and one after the
    /// other with one thread: every table and JSON file the analyses fill is the same bytes.
    /// The maps (and the page that inlines them) are left out: prism's overlap removal can
    /// move a coordinate by 1e-8 pt from run to run (docs/rendering.md, the open defect).
    func testTheReportDoesNotDependOnTheLanesRunningTogether() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        func files(threads: Int?) throws -> [String: Data] {
            let context = try TestSupport.context(graph, name: "east-london",
                                                  settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3), threads: threads))
            return Dictionary(uniqueKeysWithValues: try EcologyReport(context: context).files.map { ($0.name, $0.data) })
        }
        let together = try files(threads: nil), apart = try files(threads: 1)
        XCTAssertEqual(Set(together.keys), Set(apart.keys))
        let compared = together.filter { name, _ in ![".png", ".svg", ".html"].contains { name.hasSuffix($0) } }
        XCTAssertGreaterThanOrEqual(compared.count, 8)
        for (name, data) in compared { XCTAssertEqual(data, apart[name], name) }
    }

    /// Above the legibility limit the main map is an overview, and the methods say how it
    /// was drawn (3,100 actors: 100 villages of 31 in a ring each, joined hub to hub);
    /// East London (drawn actor by actor) has no such paragraph.
    func testTheMethodsDescribeAnOverviewMapWhenThereIsOne() throws {
        let folder = TestSupport.folder(["edges.csv": TestSupport.villagesCSV])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let context = try TestSupport.context(GraphLoader.load(folder + "/edges.csv"), name: "villages",
                                              settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 1)))
        let report = try EcologyReport(context: context)
        let map = String(decoding: try XCTUnwrap(report.files.first { $0.name == "map.svg" }).data, as: UTF8.self)
        XCTAssertTrue(map.contains("community 1"), "the main map draws communities as circles")
        let methods = String(decoding: try XCTUnwrap(report.files.first { $0.name == "methods.md" }).data, as: UTF8.self)
        XCTAssertTrue(methods.contains("**Overview map.** Above \(MapLegibility.actorLimit) actors"), methods)
        XCTAssertTrue(methods.contains("cell of 43.2 pt"), methods)
        XCTAssertFalse(try file("methods.md").contains("Overview map"))
    }
}
