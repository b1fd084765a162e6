import CollabCLI
import CollabGraph
import Foundation
import XCTest

/// `--aliases` takes effect in every command: East London with Newham College split in two
/// ids (every other record and one membership moved to `newham-college-2`, one record
/// halved between the two, a record between the two halves, a duplicate membership),
/// merged back by an alias file, gives every command's output byte for byte as on the
/// original data — and without the alias file the duplicate id shows.
final class AliasMergeCommandTests: XCTestCase {
    static let original = TestSupport.dataset("east-london")
    static let duplicate = "newham-college-2"

    /// The split copy (a folder named east-london, so that outputs name it alike) and the
    /// alias file.
    static let split: (folder: String, aliases: String) = {
        let root = TestSupport.temporaryFolder()
        let folder = root + "/east-london"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func read(_ name: String) -> [String] {
            String(decoding: FileManager.default.contents(atPath: original + "/" + name)!, as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        func write(_ name: String, _ lines: [String]) {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(lines.joined(separator: "\n").utf8))
        }
        var nodes = read("nodes.csv")
        let row = nodes.first { $0.hasPrefix("newham-college,") }!
        nodes.insert(duplicate + "," + row.dropFirst("newham-college,".count).replacingOccurrences(of: "Newham College", with: "Newham College (Stratford)"),
                     at: nodes.count - 1)
        write("nodes.csv", nodes)
        var edges: [String] = []
        var moved = 0, halved = false
        for line in read("edges.csv") {
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4, cells[0] == "newham-college" || cells[1] == "newham-college" else { edges.append(line); continue }
            moved += 1
            let end = cells[0] == "newham-college" ? 0 : 1
            if !halved, let weight = Double(cells[3]) {
                halved = true
                cells[3] = String(weight / 2)
                edges.append(cells.joined(separator: ","))
                cells[end] = duplicate
                edges.append(cells.joined(separator: ","))
                continue
            }
            if moved % 2 == 0 { cells[end] = duplicate }
            edges.append(cells.joined(separator: ","))
        }
        edges.insert("newham-college,\(duplicate),talk,1,2016-01-01,2016-12-31", at: edges.count - 1)
        write("edges.csv", edges)
        var memberships = read("memberships.csv")
        let membership = memberships.first { $0.hasPrefix("newham-college,") }!
        memberships.insert(duplicate + membership.dropFirst("newham-college".count), at: memberships.count - 1)
        write("memberships.csv", memberships)
        try! FileManager.default.copyItem(atPath: original + "/meta.json", toPath: folder + "/meta.json")
        let aliases = root + "/aliases.csv"
        _ = FileManager.default.createFile(atPath: aliases, contents: Data("alias,id,note\n\(duplicate),newham-college,same college\n".utf8))
        return (folder, aliases)
    }()

    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let console = Console.capturing()
        let code = CollabCLI.run(arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// Runs `command` (G stands for the graph, OUT for an output path) on the original and
    /// on the split copy with the alias file; the outputs (standard output, and the files
    /// named by their path after OUT) must agree; without the alias file the split copy's output must differ.
    private func assertMergeTakesEffect(_ command: [String], files: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
        func arguments(_ graph: String, _ out: String) -> [String] {
            command.map { $0 == "G" ? graph : $0.hasPrefix("OUT") ? out + $0.dropFirst(3) : $0 }
        }
        func outputs(_ result: (code: Int32, out: String, err: String), _ out: String, _ graph: String) -> [String] {
            XCTAssertEqual(result.code, 0, "\(command): \(result.err)", file: file, line: line)
            let texts = (files.isEmpty ? [result.out] : []) + files.map { name in
                let path = out + name
                return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
            }
            return texts.map { $0.replacingOccurrences(of: graph, with: "G") }
        }
        let outA = TestSupport.temporaryFolder() + "/out", outB = TestSupport.temporaryFolder() + "/out", outC = TestSupport.temporaryFolder() + "/out"
        let plain = outputs(run(arguments(Self.original, outA)), outA, Self.original)
        let mergedRun = run(arguments(Self.split.folder, outB) + ["--aliases", Self.split.aliases])
        let merged = outputs(mergedRun, outB, Self.split.folder)
        XCTAssertTrue(mergedRun.err.contains("Merged 1 actor into 1 by \(Self.split.aliases)"), "\(command): \(mergedRun.err)", file: file, line: line)
        for (a, b) in zip(plain, merged) {
            XCTAssertFalse(a.isEmpty, "\(command): empty output", file: file, line: line)
            XCTAssertEqual(a, b, "\(command): output differs after merging", file: file, line: line)
            XCTAssertFalse(b.contains(Self.duplicate), "\(command): the duplicate id still shows", file: file, line: line)
        }
        let unmerged = outputs(run(arguments(Self.split.folder, outC)), outC, Self.split.folder)
        XCTAssertNotEqual(plain, unmerged, "\(command): the split copy gives the same output without aliases: the test shows nothing", file: file, line: line)
    }

    func testSummaryAndConversion() {
        assertMergeTakesEffect(["info", "G"])
        assertMergeTakesEffect(["info", "G", "--format", "json"])
        assertMergeTakesEffect(["convert", "G", "OUT.graphml"], files: [".graphml"])
        assertMergeTakesEffect(["convert", "G", "OUT"], files: ["/nodes.csv", "/edges.csv", "/memberships.csv"])
    }

    func testCentralityAndBrokerage() {
        assertMergeTakesEffect(["centrality", "G"])
        assertMergeTakesEffect(["brokerage", "G", "--group", "sector"])
        assertMergeTakesEffect(["ego", "G", "--focus", "newham-college"])
        assertMergeTakesEffect(["ego", "G", "--all", "--format", "csv"])
    }

    func testCollaborationAndTies() {
        assertMergeTakesEffect(["collaboration", "G"])
        assertMergeTakesEffect(["collaboration", "G", "--format", "json"])
        assertMergeTakesEffect(["ties", "G"])
    }

    func testGapsAndWhatIf() {
        assertMergeTakesEffect(["gaps", "G", "--focus", "newham-college"])
        assertMergeTakesEffect(["gaps", "G", "--focus", "newham-college", "--format", "csv"])
        assertMergeTakesEffect(["whatif", "G", "--remove", "elba"])
    }

    func testGroupsAndStructure() {
        assertMergeTakesEffect(["cohesion", "G"])
        assertMergeTakesEffect(["homophily", "G"])
        assertMergeTakesEffect(["communities", "G"])
        assertMergeTakesEffect(["core-periphery", "G"])
        assertMergeTakesEffect(["positions", "G"])
        assertMergeTakesEffect(["two-mode", "G", "--nested", "split"])
    }

    func testInference() {
        assertMergeTakesEffect(["qap", "G", "--predictor", "same:sector", "--permutations", "100"])
        assertMergeTakesEffect(["test", "G", "--directed", "--statistic", "reciprocity", "--null", "edges", "--draws", "100"])
        assertMergeTakesEffect(["model", "G", "--terms", "edges,nodematch:sector"])
    }

    func testChange() {
        assertMergeTakesEffect(["change", "G", "--waves", "2016,2017"])
    }

    func testRenderAndReport() {
        assertMergeTakesEffect(["render", "G", "-o", "OUT.dot"], files: [".dot"])
        assertMergeTakesEffect(["report", "G", "-o", "OUT"], files: ["/actors.csv", "/ties.csv", "/collaboration.json", "/communities.csv"])
    }

    /// `--focus` may name the merged actor by its alias.
    func testFocusByAlias() {
        let byAlias = run(["ego", Self.split.folder, "--aliases", Self.split.aliases, "--focus", Self.duplicate])
        let byID = run(["ego", Self.original, "--focus", "newham-college"])
        XCTAssertEqual(byAlias.code, 0, byAlias.err)
        XCTAssertEqual(byAlias.out.replacingOccurrences(of: Self.split.folder, with: "G"), byID.out.replacingOccurrences(of: Self.original, with: "G"))
    }

    /// Bad alias files: an error at file:line, nothing written.
    func testBadAliasFilesRefusedWithNothingWritten() {
        let folder = TestSupport.folder(["cycle.csv": "alias,id\nnewham-college,elba\nelba,newham-college\n",
                                         "unknown.csv": "alias,id\n\(Self.duplicate),no-such-college\n",
                                         "columns.csv": "from,to\na,b\n"])
        let out = TestSupport.temporaryFolder() + "/report"
        let cycle = run(["report", Self.split.folder, "-o", out, "--aliases", folder + "/cycle.csv"])
        XCTAssertEqual(cycle.code, 1)
        XCTAssertTrue(cycle.err.contains("cycle.csv:2:16: alias cycle 'newham-college' → 'elba' → 'newham-college'"), cycle.err)
        let unknown = run(["report", Self.split.folder, "-o", out, "--aliases", folder + "/unknown.csv"])
        XCTAssertTrue(unknown.err.contains("unknown.csv:2:18: the alias '\(Self.duplicate)' maps onto 'no-such-college', which is no actor id"), unknown.err)
        let columns = run(["convert", Self.split.folder, out + ".graphml", "--aliases", folder + "/columns.csv"])
        XCTAssertTrue(columns.err.contains("columns.csv:1:1: an alias file needs the columns alias and id"), columns.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + ".graphml"))
    }
}
