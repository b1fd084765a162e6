@testable import CollabGraph
import CollabAnalysis
import CollabOutput
import CollabCLI
import Foundation
import XCTest

/// The output contract (docs/outputs.md): a file or folder output is wholly new or
/// untouched; devices and FIFOs are written into; links are followed, never replaced.
final class OutputContractTests: XCTestCase {
    private struct Injected: Error {}

    private func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    private func hidden(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    private func fileType(_ path: String) -> mode_t {
        var status = stat()
        XCTAssertEqual(lstat(path, &status), 0, path)
        return status.st_mode & S_IFMT
    }

    // MARK: Single files

    /// A reader holding the old file (here: a hard link) still sees the old bytes: the
    /// destination was replaced by rename, not rewritten in place.
    func testOverwriteReplacesTheFileRatherThanWritingIntoIt() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder + "/out.csv", other = folder + "/other-name.csv"
        try AtomicFile.write("old\n", to: path)
        XCTAssertEqual(link(path, other), 0)
        try AtomicFile.write("new\n", to: path)
        XCTAssertEqual(read(path), "new\n")
        XCTAssertEqual(read(other), "old\n", "the old inode is untouched")
        XCTAssertEqual(hidden(in: folder), [])
    }

    func testAFailedWriteLeavesTheDestinationAlone() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder + "/out.csv"
        try AtomicFile.write("old\n", to: path)
        XCTAssertThrowsError(try AtomicFile.write(Data("new\n".utf8), to: path, writeFile: { data, file, mode in
            try FileBytes.writeNew(data.prefix(2), to: file, mode: mode)   // half written, then the disk is full
            throw FileBytes.failure(file, ENOSPC)
        })) { error in
            XCTAssertEqual("\(error)", "\(path): cannot write: no space left on device")
        }
        XCTAssertEqual(read(path), "old\n")
        XCTAssertEqual(hidden(in: folder), [], "the temporary is removed")
    }

    func testPermissionsOfAReplacedFileAreKept() throws {
        let path = TestSupport.temporaryFolder() + "/private.csv"
        try AtomicFile.write("old\n", to: path)
        chmod(path, 0o600)
        try AtomicFile.write("new\n", to: path)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
    }

    func testADeviceIsWrittenIntoNotReplaced() throws {
        try AtomicFile.write("discarded\n", to: "/dev/null")
        XCTAssertEqual(fileType("/dev/null"), S_IFCHR)
        if FileManager.default.fileExists(atPath: "/dev/full") {
            XCTAssertThrowsError(try AtomicFile.write("x", to: "/dev/full")) { error in
                XCTAssertEqual("\(error)", "/dev/full: cannot write: no space left on device")
            }
            XCTAssertEqual(fileType("/dev/full"), S_IFCHR)
        }
    }

    func testAFIFOIsWrittenInto() throws {
        let fifo = TestSupport.temporaryFolder() + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = expectation(description: "read")
        nonisolated(unsafe) var text = ""
        Thread.detachNewThread {
            let handle = FileHandle(forReadingAtPath: fifo)
            text = handle.map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) } ?? "unreadable"
            received.fulfill()
        }
        try AtomicFile.write("through the pipe\n", to: fifo)
        wait(for: [received], timeout: 10)
        XCTAssertEqual(text, "through the pipe\n")
        XCTAssertEqual(fileType(fifo), S_IFIFO)
    }

    func testASymbolicLinkIsFollowedNotReplaced() throws {
        let folder = TestSupport.temporaryFolder()
        try AtomicFile.write("old\n", to: folder + "/target.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "target.csv")
        try AtomicFile.write("new\n", to: folder + "/link.csv")
        XCTAssertEqual(fileType(folder + "/link.csv"), S_IFLNK)
        XCTAssertEqual(read(folder + "/target.csv"), "new\n")
        // A dangling link: the file is created where it points.
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.csv", withDestinationPath: folder + "/made.csv")
        try AtomicFile.write("made\n", to: folder + "/dangling.csv")
        XCTAssertEqual(read(folder + "/made.csv"), "made\n")
        XCTAssertEqual(fileType(folder + "/dangling.csv"), S_IFLNK)
    }

    func testAFolderIsNotAFileDestination() {
        let folder = TestSupport.temporaryFolder()
        XCTAssertThrowsError(try AtomicFile.write("x", to: folder)) { error in
            XCTAssertEqual("\(error)", "\(folder): cannot write: it is a folder, expected a file name")
        }
    }

    func testDashWritesToStandardOutput() throws {
        let folder = TestSupport.temporaryFolder()
        let console = Console.capturing()
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let code = CollabCLI.run(["info", TestSupport.dataset("karate"), "-o", "-"], console: console)
        XCTAssertEqual(code, 0)
        XCTAssertTrue(console.standardOutput.contains("Actors:        34"), console.standardOutput)
        XCTAssertEqual(console.standardError, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/-"))
    }

    /// Temporaries of runs killed outright (`kill -9`) are removed by the next write beside
    /// the same destination; a live process's temporary is left alone.
    func testStaleTemporariesOfKilledRunsAreRemoved() throws {
        let folder = TestSupport.temporaryFolder()
        let dead: Int32 = 2_147_483_646
        for name in [".out.csv.collab-tmp-\(dead)", ".out.csv.tmp-\(dead)", ".out.csv.collab-tmp-1"] {
            try Data("partial".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try AtomicFile.write("new\n", to: folder + "/out.csv")
        XCTAssertEqual(hidden(in: folder), [".out.csv.collab-tmp-1"], "pid 1 is alive")
    }

    // MARK: Folders

    private func folderContents(_ folder: String) -> [String: String] {
        var out: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] { out[name] = read(folder + "/" + name) ?? "?" }
        return out
    }

    private func file(_ name: String, _ text: String) -> OutputFolder.File { OutputFolder.File(name: name, data: Data(text.utf8)) }

    func testAFolderIsReplacedAsAWholeKeepingFilesItDoesNotOwn() throws {
        let parent = TestSupport.temporaryFolder()
        let out = parent + "/dataset"
        try OutputFolder.write([file("nodes.csv", "old nodes"), file("memberships.csv", "old memberships")], to: out)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/README.md"))
        try OutputFolder.write([file("nodes.csv", "new nodes"), file("edges.csv", "new edges")], to: out,
                               owned: { DatasetWriter.fileNames.contains($0) })
        XCTAssertEqual(folderContents(out), ["nodes.csv": "new nodes", "edges.csv": "new edges", "README.md": "mine"],
                       "the stale memberships.csv is dropped, the README kept")
        chmod(out, 0o700)
        try OutputFolder.write([file("nodes.csv", "newer")], to: out, owned: { DatasetWriter.fileNames.contains($0) })
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int, 0o700, "the folder keeps its permissions")
        XCTAssertEqual(hidden(in: parent), [])
    }

    /// `convert` to a folder writes all four dataset files, and reads back the same graph.
    func testADatasetFolderHasEveryFile() throws {
        let graph = try TestSupport.load("Datasets/east-london")
        XCTAssertEqual(DatasetWriter.files(graph).map(\.name), ["nodes.csv", "edges.csv", "memberships.csv", "types.csv", "meta.json"])
        let out = TestSupport.temporaryFolder() + "/copy"
        try DatasetWriter.write(graph, toFolder: out)
        let back = try GraphLoader.load(out)
        XCTAssertEqual(back.actors.map(\.id), graph.actors.map(\.id))
        XCTAssertEqual(back.ties.count, graph.ties.count)
        XCTAssertEqual(back.ladder.depths, graph.ladder.depths.filter { name, _ in back.ladder.depths[name] != nil })
        XCTAssertEqual(back.ties.map { back.depth(of: $0) }, graph.ties.map { graph.depth(of: $0) })
    }

    func testAFailurePartWayLeavesTheOldFolderWhole() throws {
        let parent = TestSupport.temporaryFolder()
        let out = parent + "/report"
        try OutputFolder.write([file("index.html", "old page"), file("map.svg", "old map"), file("ties.csv", "old ties")], to: out)
        let before = folderContents(out)
        var written = 0
        XCTAssertThrowsError(try OutputFolder.write([file("index.html", "new page"), file("map.svg", "new map"), file("ties.csv", "new ties")],
                                                    to: out, owned: { _ in true }, writeFile: { data, path in
            written += 1
            if written == 2 { throw FileBytes.failure(path, ENOSPC) }
            try FileBytes.writeNew(data, to: path)
        })) { error in
            XCTAssertEqual("\(error)", "\(out)/map.svg: cannot write: no space left on device")
        }
        XCTAssertEqual(folderContents(out), before)
        XCTAssertEqual(hidden(in: parent), [], "the temporary folder is removed")
    }

    func testRefusalsAreSentences() throws {
        let parent = TestSupport.temporaryFolder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: parent + "/plain"))
        XCTAssertThrowsError(try OutputFolder.write([file("a", "1")], to: parent + "/plain")) { error in
            XCTAssertEqual("\(error)", "\(parent)/plain: cannot write the folder: a file of that name exists (choose a folder name, or remove the file)")
        }
        try FileManager.default.createDirectory(atPath: parent + "/full/sub", withIntermediateDirectories: true)
        XCTAssertThrowsError(try OutputFolder.write([file("a", "1")], to: parent + "/full")) { error in
            XCTAssertTrue("\(error)".contains("it holds the sub-folder 'sub'"), "\(error)")
        }
        for bad in ["../escape", "", ".", "a/b"] {
            XCTAssertThrowsError(try OutputFolder.write([file(bad, "1")], to: parent + "/new"), bad)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: parent + "/new"))
    }

    func testASymbolicLinkToAFolderIsFollowed() throws {
        let parent = TestSupport.temporaryFolder()
        try OutputFolder.write([file("a.csv", "old")], to: parent + "/real")
        try FileManager.default.createSymbolicLink(atPath: parent + "/link", withDestinationPath: "real")
        try OutputFolder.write([file("a.csv", "new")], to: parent + "/link")
        XCTAssertEqual(fileType(parent + "/link"), S_IFLNK)
        XCTAssertEqual(read(parent + "/real/a.csv"), "new")
    }

    func testReportOnAnExistingFileIsASentence() throws {
        let path = TestSupport.temporaryFolder() + "/existing"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: path))
        let console = Console.capturing()
        let code = CollabCLI.run(["report", TestSupport.dataset("karate"), "-o", path], console: console)
        XCTAssertEqual(code, 1)
        XCTAssertEqual(console.standardError, "Error: \(path): cannot write the folder: a file of that name exists (choose a folder name, or remove the file)\n",
                       "refused before the analysis (no notes about focus actors)")
        XCTAssertFalse(console.standardError.contains("Domain"))
        XCTAssertEqual(read(path), "keep")
    }

    /// A command that quotes data in its message (here the attribute names) is cut at
    /// 2,000 characters, whatever the data holds.
    func testEveryMessageIsBounded() {
        let name = String(repeating: "x", count: 10_000)
        let folder = TestSupport.folder(["nodes.csv": "id,\(name)\na,1\n", "edges.csv": "source,target\na,a\n"])
        let console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["report", folder, "-o", folder + "/out", "--group", "sector"], console: console), 2)
        XCTAssertLessThan(console.standardError.utf8.count, 2_400)
        XCTAssertTrue(console.standardError.contains("… (message cut at 2000 characters)\n  See 'collab report --help'."), String(console.standardError.prefix(300)))
    }

    /// A real full disk: a 1 MB tmpfs (needs root; skipped otherwise). The second convert
    /// fails part-way and the first one's folder stays whole.
    func testAFullDiskLeavesTheOldFolderWhole() throws {
        let mount = TestSupport.temporaryFolder()
        guard getuid() == 0, run("/bin/mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", mount]) == 0 else {
            throw XCTSkip("needs root to mount a small tmpfs")
        }
        defer { _ = run("/bin/umount", [mount]) }
        let out = mount + "/dataset"
        var console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["convert", TestSupport.dataset("karate"), out], console: console), 0, console.standardError)
        let before = folderContents(out)
        // Fill the file system to within a few KB, then convert a bigger dataset over it.
        let free = try FileManager.default.attributesOfFileSystem(forPath: mount)[.systemFreeSize] as! Int
        try Data(count: max(0, free - 8_192)).write(to: URL(fileURLWithPath: mount + "/filler"))
        console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["convert", TestSupport.dataset("east-london"), out], console: console), 1)
        XCTAssertTrue(console.standardError.hasSuffix(": cannot write: no space left on device\n"), console.standardError)
        XCTAssertEqual(folderContents(out), before)
        XCTAssertEqual(hidden(in: mount), [])
    }

    private func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
