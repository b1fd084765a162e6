import Foundation
import XCTest

/// `scripts/screenshot-report` with a stand-in `collab` (writes index.html where `-o`
/// says) and a stand-in `chromium` (records its arguments): the page and screenshot
/// paths it builds, for an absolute and a relative output folder run from elsewhere.
final class ScreenshotReportScriptTests: XCTestCase {
    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs the script from `workingDirectory` with `outputArgument`; returns the stand-in
    /// chromium's argument lines and the stand-in collab's.
    private func run(outputArgument: String, workingDirectory: URL, scratch: URL) throws -> (chromium: [String], collab: [String]) {
        let bin = scratch.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = scratch.appendingPathComponent("log")
        let fakeCollab = """
        #!/usr/bin/env bash
        echo "collab $*" >> "\(log.path)"
        while [ $# -gt 0 ]; do [ "$1" = -o ] && { mkdir -p "$2"; echo '<html></html>' > "$2/index.html"; }; shift; done
        """
        let fakeChromium = "#!/usr/bin/env bash\necho \"chromium $*\" >> \"\(log.path)\"\n"
        for (name, text) in [("collab", fakeCollab), ("chromium", fakeChromium)] {
            let url = bin.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [repository.appendingPathComponent("scripts/screenshot-report").path, "Datasets/east-london", outputArgument]
        process.currentDirectoryURL = workingDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["COLLAB"] = bin.appendingPathComponent("collab").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        return (lines.filter { $0.hasPrefix("chromium ") }, lines.filter { $0.hasPrefix("collab ") })
    }

    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("screenshot-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.resolvingSymlinksInPath()
    }

    func testAbsoluteOutputFolderGivesPagePathsInsideIt() throws {
        let scratch = try scratchFolder()
        let out = scratch.appendingPathComponent("absolute-out").path
        let (chromium, collab) = try run(outputArgument: out, workingDirectory: scratch, scratch: scratch)
        XCTAssertEqual(collab, ["collab report \(scratch.path)/Datasets/east-london -o \(out)"])
        XCTAssertEqual(chromium.count, 2)
        for line in chromium { XCTAssertTrue(line.hasSuffix(" file://\(out)/index.html"), line) }
        XCTAssertTrue(chromium[0].contains("--screenshot=\(out)/screenshot-first-screen.png"), chromium[0])
        XCTAssertTrue(chromium[1].contains("--screenshot=\(out)/screenshot-page.png"), chromium[1])
    }

    func testRelativeOutputFolderIsReadFromTheCallersFolder() throws {
        let scratch = try scratchFolder()
        let (chromium, _) = try run(outputArgument: "relative-out", workingDirectory: scratch, scratch: scratch)
        let out = scratch.appendingPathComponent("relative-out").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/index.html"))
        XCTAssertEqual(chromium.count, 2)
        for line in chromium { XCTAssertTrue(line.hasSuffix(" file://\(out)/index.html"), line) }
    }
}
