import CollabCLI
import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabRender
import Foundation
import XCTest

/// The analysis context: one declaration of what the data is, honoured by every command.
final class AnalysisContextTests: XCTestCase {
    private var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
    }

    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    private func temporary() -> String {
        let folder = TestSupport.temporaryFolder()
        folders.append(folder)
        return folder
    }

    /// A bare `source,target` list: two triangles joined by a path, and a separate pair.
    private func bareEdgeList() throws -> String {
        let path = temporary() + "/plain.csv"
        try "source,target\na,b\nb,c\nc,a\nc,d\nd,e\ne,f\nf,d\ng,h\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: - Declaration

    func testMetaJSONDeclaresDirection() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("karate"))
        XCTAssertEqual(graph.declaration.direction, .undirected)
        XCTAssertEqual(graph.declaration.directionSource, "meta.json")
        XCTAssertEqual(graph.declaration.title, "Zachary's karate club")
        XCTAssertEqual(try GraphLoader.load(TestSupport.dataset("east-london")).declaration.direction, .directed)
    }

    func testMalformedMetaJSONIsALocatedError() throws {
        let cases: [(String, String)] = [
            ("{\"directed\": \"no\"}\n", "meta.json:1:2: \"directed\" must be true or false (whether tie records run from the initiating actor)"),
            ("{\n  \"title\": \"x\",\n  \"direction\": false\n}\n", "meta.json:3:3: unknown field \"direction\" (did you mean \"directed\"?); meta.json may hold: directed, weighted, title, description, source, citation, license, url"),
            ("{\"directed\": tru}\n", "meta.json:1:14: invalid literal: expected true"),
            ("[true]\n", "meta.json:1:1: expected a JSON object such as {\"directed\": false}"),
        ]
        for (meta, message) in cases {
            let folder = TestSupport.folder(["nodes.csv": "id\na\nb\n", "edges.csv": "source,target\na,b\n", "meta.json": meta])
            folders.append(folder)
            let result = run(["info", folder])
            XCTAssertEqual(result.code, 1, meta)
            XCTAssertEqual(result.err, "Error: \(folder)/\(message)\n")
            XCTAssertEqual(result.out, "")
        }
    }

    /// A declaration of the wrong shape is a located error in every format, never ignored.
    func testIllTypedDeclarationsAreErrors() throws {
        let folder = temporary()
        try "<graphml>\n<graph edgedefault=\"sideways\">\n<node id=\"a\"/>\n</graph></graphml>\n"
            .write(toFile: folder + "/g.graphml", atomically: true, encoding: .utf8)
        let graphML = run(["info", folder + "/g.graphml"])
        XCTAssertEqual(graphML.code, 1)
        XCTAssertTrue(graphML.err.hasPrefix("Error: \(folder)/g.graphml:2:"), graphML.err)
        XCTAssertTrue(graphML.err.contains("edgedefault must be 'directed' or 'undirected', got 'sideways'"), graphML.err)
        try #"{"directed": "yes", "actors": [{"id": "a"}], "ties": []}"#.write(toFile: folder + "/g.json", atomically: true, encoding: .utf8)
        let json = run(["info", folder + "/g.json"])
        XCTAssertEqual(json.code, 1)
        XCTAssertTrue(json.err.contains("directed: expected true or false"), json.err)
        let meta = TestSupport.folder(["nodes.csv": "id\na\n", "edges.csv": "source,target\n", "meta.json": "{\"weighted\": 1}\n"])
        folders.append(meta)
        let weighted = run(["info", meta])
        XCTAssertEqual(weighted.err, "Error: \(meta)/meta.json:1:2: \"weighted\" must be true or false (whether tie weights carry meaning)\n")
    }

    func testGraphMLAndJSONDeclareDirection() throws {
        let folder = temporary()
        var graph = try GraphLoader.load(TestSupport.dataset("karate"))
        try AtomicFile.write(GraphMLWriter.graphML(graph), to: folder + "/k.graphml")
        XCTAssertEqual(try GraphLoader.load(folder + "/k.graphml").declaration.direction, .undirected)
        try AtomicFile.write(GraphJSON.json(graph).serialized(), to: folder + "/k.json")
        XCTAssertEqual(try GraphLoader.load(folder + "/k.json").declaration.direction, .undirected)
        graph.declaration = DatasetDeclaration()
        try AtomicFile.write(GraphJSON.json(graph).serialized(), to: folder + "/plain.json")
        XCTAssertNil(try GraphLoader.load(folder + "/plain.json").declaration.direction)
    }

    func testCommandLineOverridesTheDeclaration() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("karate"))
        let declared = try TestSupport.context(graph)
        XCTAssertEqual(declared.direction, .undirected)
        XCTAssertEqual(declared.directionOrigin, "declared in meta.json")
        let overridden = try TestSupport.context(graph, settings: AnalysisSettings(direction: .directed))
        XCTAssertEqual(overridden.direction, .directed)
        XCTAssertTrue(overridden.viewOptions.directed)
        XCTAssertEqual(overridden.directionOrigin, "--directed (the dataset declares undirected in meta.json)")
        XCTAssertEqual(overridden.tieStrengths.measured.reciprocity, true)
    }

    // MARK: - Undirected data judged honestly

    func testKarateVerdictDoesNotMeasureReciprocity() {
        let result = run(["collaboration", TestSupport.dataset("karate")])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("""
        Collaboration profile: karate
        View: undirected records (declared in meta.json); undirected view, unweighted; all relation types; all dates; memberships ignored
        Rubric: default (built-in): strong when strength ≥ 0.5; weights intensity 0.600, embeddedness 0.400 (not measured: multiplexity, depth, duration; reciprocity not judged: the records carry no direction)

        Verdict: WEAKLY COLLABORATIVE
          weakly collaborative: strong ties 38.5% (threshold 50.0%); two-way pairs not judged (the records carry no direction)
          [met]         largest_component_share  100.0%  ≥  50.0%  most actors are connected in one component
          [not met]     strong_share              38.5%  <  50.0%  strong ties are the norm
          [not judged]  reciprocity                   –            not judged: the records carry no direction; the verdict rests on the criteria above

        Ties
          actors             34
          connected pairs    78 (78 records, weight 231)
          strong pairs       30 (38.5% of pairs, 49.8% of weight)
          two-way pairs      not judged: the records carry no direction

        """), result.out)
        let json = run(["collaboration", TestSupport.dataset("karate"), "--format", "json"]).out
        XCTAssertTrue(json.contains("\"not_measured\": [\n        \"reciprocity\"\n      ]"), json)
        // The same data read as directed: every pair one-way, reciprocity 0% and not met.
        let directed = run(["collaboration", TestSupport.dataset("karate"), "--directed"]).out
        XCTAssertTrue(directed.contains("[not met]  reciprocity                0.0%  <  50.0%"), directed)
    }

    func testInfoSaysUndirectedInsteadOfAReciprocity() {
        let out = run(["info", TestSupport.dataset("karate")]).out
        XCTAssertTrue(out.hasSuffix("Direction:     undirected (declared in meta.json): reciprocity not measured\n"), out)
        XCTAssertFalse(out.contains("Reciprocity"))
        let json = run(["info", TestSupport.dataset("karate"), "--format", "json"]).out
        XCTAssertTrue(json.contains("\"reciprocity\": null"))
        XCTAssertTrue(json.contains("\"direction\": \"undirected\""))
    }

    // MARK: - Minimal data everywhere

    func testBareEdgeListThroughEveryCommand() throws {
        let plain = try bareEdgeList()
        let out = temporary()
        let commands: [[String]] = [
            ["info", plain],
            ["centrality", plain, "--undirected"],
            ["brokerage", plain],
            ["ties", plain, "--undirected"],
            ["collaboration", plain, "--undirected"],
            ["gaps", plain, "--focus", "c", "--undirected"],
            ["render", plain, "-o", out + "/plain.svg", "--undirected"],
            ["report", plain, "-o", out + "/report", "--undirected"],
        ]
        for arguments in commands {
            let result = run(arguments)
            XCTAssertEqual(result.code, 0, "\(arguments): \(result.err)")
            XCTAssertFalse(result.out.contains("(none)"), "\(arguments) prints '(none)'")
        }
        let info = run(["info", plain]).out
        XCTAssertEqual(info, """
        plain.csv
        Actors:        8
        Records:       8
        Connected pairs: 8  density 0.2857
        Components:    2, largest 6 actors (75.0%), isolates 0
        Direction:     directed (not declared, so read as source → target; give --undirected if the records carry no direction)
        Reciprocity:   not judged: direction not declared

        """.replacingOccurrences(of: "plain.csv\n", with: plain + "\n"))
        let gaps = run(["gaps", plain, "--focus", "c", "--undirected"]).out
        XCTAssertTrue(gaps.contains("no group attribute; reached = within 2 hops"), gaps)
        XCTAssertTrue(gaps.contains("3. Group gaps it could bridge\n   Not measured: the actors have no group attribute.\n"), gaps)
        XCTAssertTrue(gaps.contains("     via d: 2 — e; f\n"), gaps)
        // The report picks the most central actors as focus when no actor is an anchor, and says so.
        let report = run(["report", plain, "-o", out + "/report2", "--undirected"])
        XCTAssertEqual(report.err.components(separatedBy: "\n").first,
                       "Note: Focus actors: no actor is of kind 'anchor', so the 3 most central by betweenness (c, d, a); choose others with --focus.")
        let page = try String(contentsOfFile: out + "/report2/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("no actor is of kind &#39;anchor&#39;") || page.contains("no actor is of kind 'anchor'"), "the page states the focus choice")
        XCTAssertTrue(page.contains("No group attribute: group sections are left out."))
        XCTAssertTrue(page.contains("– ties run both ways (two-way street): not judged (the records carry no direction)"), "the verdict lists the criterion not judged")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/report2/gaps-c.json"))
    }

    // MARK: - Lookups a person can type

    func testFocusByLabelAndUnknownValues() {
        let east = TestSupport.dataset("east-london")
        let byLabel = run(["gaps", east, "--focus", "Newham College", "--top", "1"])
        XCTAssertEqual(byLabel.code, 0, byLabel.err)
        XCTAssertTrue(byLabel.out.hasPrefix("Brokerage gaps around Newham College (newham-college)\n"))
        let typo = run(["gaps", east, "--focus", "newham-college", "--candidates", "kind=smee"])
        XCTAssertEqual(typo.code, 2)
        XCTAssertTrue(typo.err.hasPrefix("Error: '--candidates': no actor has kind=smee (did you mean 'sme'?); values of kind: "), typo.err)
        let group = run(["brokerage", east, "--group", "sectr"])
        XCTAssertEqual(group.code, 2)
        XCTAssertTrue(group.err.hasPrefix("Error: no actor has a value for 'sectr' in --group (did you mean 'sector'?); the actors have: kind, "), group.err)
    }

    // MARK: - Outputs that compose

    func testGapsCSVFeedsRenderSuggested() throws {
        let east = TestSupport.dataset("east-london")
        let folder = temporary()
        XCTAssertEqual(run(["gaps", east, "--focus", "newham-college", "--top", "3", "--format", "csv", "-o", folder + "/s.csv"]).code, 0)
        let render = run(["render", east, "--focus", "newham-college", "--suggested", folder + "/s.csv", "-o", folder + "/m.dot"])
        XCTAssertEqual(render.code, 0, render.err)
        let dot = try String(contentsOfFile: folder + "/m.dot", encoding: .utf8)
        let suggested = try PairList.read(folder + "/s.csv")
        XCTAssertEqual(suggested.count, 3)
        for pair in suggested {
            XCTAssertEqual(pair.source, "newham-college")
            XCTAssertTrue(dot.contains("\"actor\"=\"\(pair.target)\""), "suggested partner \(pair.target) drawn")
        }
        XCTAssertEqual(dot.components(separatedBy: "\"class\"=\"suggested\"").count - 1, 3, "three suggested ties drawn")
    }

    // MARK: - One rubric everywhere

    func testRubricReachesTheGapsSections() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        let focus = Int(graph.index(of: "newham-college")!)
        let standard = FocusGaps.analyse(setting: try TestSupport.context(graph).gapSetting, focus: focus)
        // A rubric whose threshold no tie reaches: every group pair becomes a gap.
        var strict = StrengthRubric.standard
        strict.threshold = 1.01
        let strictGaps = FocusGaps.analyse(setting: try TestSupport.context(graph, settings: AnalysisSettings(rubric: strict)).gapSetting, focus: focus)
        XCTAssertGreaterThan(strictGaps.groupGaps.count, standard.groupGaps.count)
        XCTAssertTrue(strictGaps.groupGaps.allSatisfy { $0.strongTies == 0 })
        let pairs = strictGaps.groups.count * (strictGaps.groups.count - 1) / 2
        XCTAssertLessThanOrEqual(strictGaps.groupGaps.count, pairs)
    }

    // MARK: - The report: view options, one build per view, one layout per map

    func testReportBuildsEachViewOnceAndLaysEachMapOutOnce() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        let context = try TestSupport.context(graph, name: "east-london", settings: AnalysisSettings(focusPolicy: .defaultAnchors(count: 3)))
        let layoutsBefore = GraphvizRenderer.layoutCount
        let report = try EcologyReport(context: context)
        let counts = context.buildCounts
        XCTAssertEqual(counts.strengthTables, 1)
        XCTAssertEqual(counts.centralityTables, 1)
        XCTAssertEqual(counts.groupings, ["sector": 1, "locality": 1], "sector for the sections, locality for the communities")
        XCTAssertTrue(counts.views.values.allSatisfy { $0 == 1 }, "\(counts.views)")
        // The main view, its directed reading (the summary's reciprocity: east-london's
        // records carry direction) and one per year of the timeline (2016, 2017, 2018).
        XCTAssertEqual(counts.views.count, 5)
        XCTAssertEqual(Set(counts.views.keys.map(\.directed)), [false, true])
        let focusMaps = report.files.filter { $0.name.hasPrefix("focus-") }.count
        XCTAssertEqual(focusMaps, 3)
        XCTAssertEqual(GraphvizRenderer.layoutCount - layoutsBefore, 1 + focusMaps, "the main map's SVG and PNG share one layout")
    }

    func testReportTakesEveryViewOptionAndStatesIt() throws {
        let east = TestSupport.dataset("east-london")
        let cases: [([String], String, (JSONValue) -> Bool)] = [
            (["--from", "2017-01-01", "--to", "2017-12-31"], "records active between 2017-01-01 and 2017-12-31",
             { $0["window"]?["from"] == .string("2017-01-01") }),
            (["--at", "2017-06-01"], "records active on 2017-06-01", { $0["window"]?["at"] == .string("2017-06-01") }),
            (["--types", "co-design,co-teaching"], "relation types co-design, co-teaching",
             { $0["relation_types"] == .array([.string("co-design"), .string("co-teaching")]) }),
            (["--memberships", "co"], "memberships projected (co-membership, weight = shared networks)", { $0["memberships"] == .string("co") }),
            (["--directed"], "directed view", { $0["directed_view"] == .bool(true) }),
            (["--undirected"], "undirected records (--undirected (the dataset declares directed in meta.json))",
             { $0["direction"] == .string("undirected") }),
            (["--weighted"], "undirected view, weighted", { $0["weighted"] == .bool(true) }),
            (["--group", "locality"], "Groups: locality.", { $0["group"] == .string("locality") }),
            (["--focus", "Newham College"], "Computed on:", { _ in true }),
        ]
        for (options, statement, check) in cases {
            let folder = temporary() + "/report"
            // One focus actor keeps each report small.
            let focus = options.contains("--focus") ? [] : ["--focus", "ncc-hackney"]
            let result = run(["report", east, "-o", folder] + options + focus)
            XCTAssertEqual(result.code, 0, "\(options): \(result.err)")
            let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
            XCTAssertTrue(page.contains(statement.replacingOccurrences(of: "–", with: "–")), "\(options): page lacks '\(statement)'")
            let json = try JSONValue.parse(contentsOf: folder + "/collaboration.json")
            XCTAssertTrue(check(json["view"] ?? .null), "\(options): collaboration.json view \(String(describing: json["view"]))")
        }
        let focused = temporary() + "/focused"
        XCTAssertEqual(run(["report", east, "-o", focused, "--focus", "Newham College"]).code, 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: focused)
        XCTAssertEqual(files.filter { $0.hasPrefix("gaps-") }, ["gaps-newham-college.json"])
    }

    // MARK: - Networks known only from memberships

    /// Co-participation data (CORDIS): organisations tied by joint projects, projects kept
    /// as network actors with members but no tie record. With memberships ignored the
    /// projects are not part of the tie network: left out of components, profiles, groups
    /// and gaps, and said so; with memberships in the view they count.
    func testMembershipOnlyNetworksAreLeftOutOfTheTieNetwork() throws {
        let folder = TestSupport.folder([
            "nodes.csv": "id,kind,sector\nu,anchor,education\nf,employer,business\ng,employer,business\np1,network,ERC\np2,network,LEIT\np3,network,LEIT\n",
            "edges.csv": "source,target\nu,f\nu,g\n",
            "memberships.csv": "member,network\nu,p1\nf,p1\nu,p2\ng,p2\ng,p3\n",
            "meta.json": "{\"directed\": false}\n",
        ])
        folders.append(folder)
        let graph = try GraphLoader.load(folder)
        let context = try TestSupport.context(graph)
        XCTAssertEqual(context.membershipOnlyNetworks, [3, 4, 5])
        XCTAssertEqual(context.profiledActors, [true, true, true, false, false, false])
        let profile = CollaborationReport(context: context, groupBy: "sector").profile
        XCTAssertEqual(profile.actorCount, 3)
        XCTAssertEqual(profile.largestComponentShare, 1)
        XCTAssertEqual(profile.isolateCount, 0)
        XCTAssertEqual(context.groups("sector").names, ["education", "business", ActorGroups.missingName])
        let gaps = FocusGaps.analyse(setting: context.gapSetting, focus: 0)
        XCTAssertEqual(gaps.unreached.unreachedCount, 0)
        XCTAssertTrue(gaps.groupGaps.allSatisfy { gaps.groups.names[$0.first] != ActorGroups.missingName && gaps.groups.names[$0.second] != ActorGroups.missingName })
        let info = run(["info", folder]).out
        XCTAssertTrue(info.contains("Components:    1, largest 3 actors (100.0%), isolates 0 (besides 3 networks known only from memberships)\n"), info)
        // With memberships as ties the projects are actors of the view.
        let withMemberships = try TestSupport.context(graph, settings: AnalysisSettings(view: ViewOptions(memberships: .ties)))
        XCTAssertNil(withMemberships.profiledActors)
    }

    // MARK: - Warnings and progress

    /// Undeclared records where no pair runs both ways (ten ties or more) draw a warning on
    /// the commands whose results depend on direction; a declaration or a flag silences it.
    func testUndeclaredOneWayDataIsWarnedAbout() throws {
        let path = temporary() + "/pairs.csv"
        let lines = (0 ..< 12).map { "p\($0),p\($0 + 1)" }.joined(separator: "\n")
        try ("source,target\n" + lines + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let warned = run(["info", path])
        XCTAssertTrue(warned.err.hasPrefix("Note: direction not declared and no pair of actors has records both ways"), warned.err)
        XCTAssertEqual(run(["info", path, "--undirected"]).err, "")
        XCTAssertEqual(run(["info", path, "--directed"]).err, "")
        // One pair both ways: the records do carry direction, no warning.
        try ("source,target\n" + lines + "\np1,p0\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(run(["info", path]).err, "")
    }

    /// On a terminal the report draws one progress line per stage and clears it; piped, nothing.
    func testReportStagesOnATerminalOnly() throws {
        final class Box: @unchecked Sendable { var err = "" }
        let box = Box()
        let terminal = Console(out: { _ in }, err: { box.err += $0 }, errorIsTerminal: true)
        let code = CollabCLI.run(["report", TestSupport.dataset("karate"), "-o", temporary() + "/r"], console: terminal)
        XCTAssertEqual(code, 0)
        for stage in ["report: collaboration profile (", "report: centrality (", "report: main map (", "report: page and tables ("] {
            XCTAssertTrue(box.err.contains(stage), stage)
        }
        let piped = run(["report", TestSupport.dataset("karate"), "-o", temporary() + "/r"])
        XCTAssertFalse(piped.err.contains("report: centrality"), "no progress when stderr is not a terminal")
    }

    func testUnknownTableIsAUsageError() {
        let result = run(["brokerage", TestSupport.fixtureGraph("path"), "--structure", "--table", "bridges"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.hasPrefix("Error: '--table' must be one of ties, cut_points here, got 'bridges'"), result.err)
    }

    /// `--colour-by core` and `coreness` fill from the core–periphery analysis of the view.
    func testMapsColouredByCoreAndCoreness() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("karate"))
        let context = try TestSupport.context(graph)
        let core = AnalysisColouring.core.values(context)
        XCTAssertEqual(core.filter { $0 == "core" }.count, context.corePeriphery().coreSize)
        XCTAssertTrue(core.allSatisfy { $0 == "core" || $0 == "periphery" })
        let bands = AnalysisColouring.coreness.values(context)
        let coreness = context.continuousCoreness().coreness
        let top = coreness.indices.max { coreness[$0] < coreness[$1] }!
        XCTAssertEqual(bands[top], "coreness ≥ 50% of the highest")
        XCTAssertEqual(Set(bands.compactMap { $0 }).count, 4, "four bands on karate")
    }
}
