import Foundation
import XCTest

/// The fuzzer's runs inside the suite: a short seeded run over every format and command
/// family, and every input that ever crashed (Tests/Fixtures/fuzz/) through every family.
/// The long run is by hand: `scripts/fuzz 50000` (see docs/robustness.md).
final class FuzzTests: XCTestCase {
    /// The `collab` executable built beside the test bundle (`swift test` builds it).
    static var binary: String? {
        if let path = ProcessInfo.processInfo.environment["COLLAB_FUZZ_BINARY"] { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }   // macOS bundles
        for candidate in [folder, folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("collab").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static let datasets = ["karate", "florentine", "davis-southern-women", "les-miserables", "east-london"].map { TestSupport.dataset($0) }

    private func configuration(seed: UInt64, count: Int) throws -> Fuzzer.Configuration {
        guard let binary = Self.binary else { throw XCTSkip("the collab executable is not built beside the tests") }
        return Fuzzer.Configuration(seed: seed, count: count, binary: binary, datasets: Self.datasets,
                                    work: TestSupport.temporaryFolder(), keepFailures: nil)
    }

    /// About 30 seconds on two cores: 400 mutated inputs.
    func testShortSeededRun() throws {
        let summary = try Fuzzer(configuration: configuration(seed: 17, count: 400)).run()
        print(summary.report)
        XCTAssertEqual(summary.total, 400)
        XCTAssertEqual(summary.failures.count, 0, summary.report)
        for format in Fuzzer.Format.allCases { XCTAssertGreaterThan(summary.counts[format]?.values.reduce(0, +) ?? 0, 20, format.rawValue) }
        XCTAssertEqual(Set(summary.byCommand.keys), Set(Fuzzer.commandFamilies))
        XCTAssertGreaterThan(summary.counts.values.map { $0[.locatedError] ?? 0 }.reduce(0, +), 0, "mutations reach the error paths")
        XCTAssertGreaterThan(summary.counts.values.map { $0[.ok] ?? 0 }.reduce(0, +), 0, "and the analyses")
    }

    /// Inputs that once crashed `collab`: each command family must now answer with exit 0,
    /// a located error, or a usage error (options the data cannot serve, such as a focus or
    /// a grouping it lacks: a sentence, exit 2).
    func testInputsThatOnceCrashed() throws {
        guard let binary = Self.binary else { throw XCTSkip("the collab executable is not built beside the tests") }
        let fixtures = TestSupport.path("Tests/Fixtures/fuzz")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: fixtures).filter { !$0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(inputs.isEmpty)
        let fuzzer = Fuzzer(configuration: try configuration(seed: 0, count: 0))
        let out = TestSupport.temporaryFolder()
        for input in inputs {
            let path = fixtures + "/" + input
            for command in Fuzzer.commandFamilies {
                var rng = SplitMix64Shim.make()
                let (arguments, _) = Fuzzer.arguments(command, input: path, focus: "a", out: out, rng: &rng)
                let run = fuzzer.run([binary] + arguments, timeout: 60)
                let located = run.status == .exited(0) || (run.status == .exited(1) && run.stderr.hasPrefix("Error: " + path + ":"))
                    || (run.status == .exited(2) && run.stderr.hasPrefix("Error: "))
                XCTAssertTrue(located, "\(input) with \(command): \(run.status) \(run.stderr.prefix(300))")
            }
        }
    }

    /// A long run when asked for (`scripts/fuzz`): COLLAB_FUZZ_COUNT inputs from
    /// COLLAB_FUZZ_SEED, failures kept in COLLAB_FUZZ_KEEP.
    func testLongRun() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let countText = environment["COLLAB_FUZZ_COUNT"], let count = Int(countText) else {
            throw XCTSkip("set COLLAB_FUZZ_COUNT (scripts/fuzz) for a long run")
        }
        var configuration = try configuration(seed: UInt64(environment["COLLAB_FUZZ_SEED"] ?? "1") ?? 1, count: count)
        configuration.keepFailures = environment["COLLAB_FUZZ_KEEP"]
        if let workers = environment["COLLAB_FUZZ_WORKERS"].flatMap(Int.init) { configuration.workers = workers }
        let start = Date()
        configuration.progress = { done in
            FileHandle.standardError.write(Data("fuzz: \(done) inputs, \(Int(Date().timeIntervalSince(start))) s\n".utf8))
        }
        let summary = try Fuzzer(configuration: configuration).run()
        let report = "seed \(configuration.seed), \(summary.total) inputs in \(Int(Date().timeIntervalSince(start))) s\n" + summary.report
        print(report)
        if let file = environment["COLLAB_FUZZ_REPORT"] { try report.write(toFile: file, atomically: true, encoding: .utf8) }
        XCTAssertEqual(summary.failures.count, 0)
    }
}

import CollabGraph
import CollabAnalysis
import CollabOutput

/// A fixed generator for replaying fixtures with each family's plain arguments.
enum SplitMix64Shim {
    static func make() -> SplitMix64 { SplitMix64(seed: 1) }
}
