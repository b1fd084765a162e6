import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// A seeded mutation fuzzer for the `collab` executable.
///
/// Each bundled dataset (Datasets/) is turned into every input format the loader reads: a
/// dataset folder, a bare edges CSV, GraphML and JSON (the last two written by `collab
/// convert`). Each fuzz input is one of these with one to four byte-level mutations (bit
/// flips, interesting bytes and tokens — NUL, invalid UTF-8, quotes, huge numbers,
/// impossible dates, deep nesting, a 100 KB field — deleted, duplicated and swapped
/// ranges, truncation), run through one command family chosen by the same seed, in a
/// child process with a time limit. Outcomes:
///
/// - `ok`: exit 0, and an `-o` output was written whole with no temporary left behind;
/// - `located error`: exit 1 with one message naming the input file;
/// - `unlocated error`: exit 1 naming neither input file nor place (reported with examples);
/// - `usage error`: exit 2, an option that does not fit the mutated data (`--group kind`
///   when no actor has a kind any more; reported with examples);
/// - failures — `crash` (a signal), `hang` (over the time limit), `partial output` (a failed run changed its `-o`
///   output, or a temporary was left), `unbounded message` (stderr over 4 KB on failure),
///   `raw error` (a Foundation `Error Domain=` dump).
///
/// Crashing and hanging inputs are copied to `keepFailures` to become regression fixtures
/// (Tests/Fixtures/fuzz/).
///
/// The same seed gives the same inputs, commands and (for a correct program) outcomes.
struct Fuzzer {
    enum Format: String, CaseIterable, Comparable {
        case folder = "CSV folder", edgeList = "edge CSV", graphML = "GraphML", json = "JSON"
        case gexf = "GEXF", gml = "GML", pajek = "Pajek", dl = "UCINET DL"
        static func < (a: Format, b: Format) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    enum Outcome: String, CaseIterable, Comparable {
        case ok, locatedError = "located error", unlocatedError = "unlocated error"
        case crash, hang, usageError = "usage error", partialOutput = "partial output"
        case unboundedMessage = "unbounded message", rawError = "raw error"
        var isFailure: Bool { ![.ok, .locatedError, .unlocatedError, .usageError].contains(self) }
        static func < (a: Outcome, b: Outcome) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    struct Configuration {
        var seed: UInt64
        var count: Int
        var binary: String
        var datasets: [String]
        var work: String
        var timeout: Double = 30
        var workers = 2
        /// Where crashing or hanging inputs are copied (nil: not kept).
        var keepFailures: String?
        /// Command families to draw from, repeated by weight: the Graphviz-bound `render` and
        /// `report` take ten times as long as the others, so they are drawn less often.
        var commands = Fuzzer.weightedFamilies
        /// Called every 1,000 inputs (from a worker thread) with the number started.
        var progress: (@Sendable (Int) -> Void)?
    }

    struct Result {
        var format: Format
        var command: String
        var outcome: Outcome
        var detail: String
        var input: String
    }

    struct Summary {
        var counts: [Format: [Outcome: Int]] = [:]
        var byCommand: [String: Int] = [:]
        var failures: [Result] = []
        var unlocated: [String: Int] = [:]
        var located: [String: Int] = [:]
        var total = 0

        mutating func add(_ result: Result) {
            counts[result.format, default: [:]][result.outcome, default: 0] += 1
            byCommand[result.command, default: 0] += 1
            total += 1
            if result.outcome.isFailure { failures.append(result) }
            if result.outcome == .unlocatedError || result.outcome == .usageError { unlocated[result.detail, default: 0] += 1 }
            if result.outcome == .locatedError { located[result.detail, default: 0] += 1 }
        }

        /// A table of counts per format and outcome, then failures and unlocated messages.
        var report: String {
            let outcomes = Outcome.allCases.filter { o in counts.values.contains { ($0[o] ?? 0) > 0 } }
            var out = "format      " + outcomes.map { $0.rawValue.padding(toLength: max(8, $0.rawValue.count + 2), withPad: " ", startingAt: 0) }.joined() + "total\n"
            for format in Format.allCases {
                let row = counts[format] ?? [:]
                out += format.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                for o in outcomes {
                    out += String(row[o] ?? 0).padding(toLength: max(8, o.rawValue.count + 2), withPad: " ", startingAt: 0)
                }
                out += "\(row.values.reduce(0, +))\n"
            }
            out += "commands: " + byCommand.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
            for (message, n) in unlocated.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(12) { out += "  ×\(n): \(message)\n" }
            out += "most frequent located errors:\n"
            for (message, n) in located.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(12) { out += "  ×\(n): \(message)\n" }
            for failure in failures.prefix(20) {
                out += "FAILURE \(failure.outcome.rawValue) [\(failure.format.rawValue), \(failure.command)] \(failure.input): \(failure.detail)\n"
            }
            return out
        }
    }

    static let commandFamilies = ["info", "centrality", "brokerage", "ties", "collaboration", "gaps", "communities", "core-periphery",
                                  "convert", "render", "report"]
    static let weightedFamilies = ["info", "info", "info", "centrality", "centrality", "centrality", "brokerage", "brokerage",
                                   "ties", "ties", "collaboration", "collaboration", "gaps", "gaps", "communities", "core-periphery",
                                   "convert", "convert", "convert",
                                   "render", "report"]

    let configuration: Configuration

    /// The base inputs: per dataset, one per format.
    struct Seed { var format: Format; var path: String; var name: String; var focus: String }

    /// Writes the base inputs into `work/seeds`.
    func prepareSeeds() throws -> [Seed] {
        let fm = FileManager.default
        let seeds = configuration.work + "/seeds"
        try fm.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        var out: [Seed] = []
        for dataset in configuration.datasets {
            let name = URL(fileURLWithPath: dataset).lastPathComponent
            let edges = String(decoding: FileManager.default.contents(atPath: dataset + "/edges.csv") ?? Data(), as: UTF8.self)
            let focus = edges.split(separator: "\n").dropFirst().first.map { String($0.prefix { $0 != "," }) } ?? ""
            let folder = seeds + "/" + name
            try? fm.removeItem(atPath: folder)
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in ["nodes.csv", "edges.csv", "memberships.csv", "types.csv"] where fm.fileExists(atPath: dataset + "/" + file) {
                try fm.copyItem(atPath: dataset + "/" + file, toPath: folder + "/" + file)
            }
            out.append(Seed(format: .folder, path: folder, name: name, focus: focus))
            try fm.copyItem(atPath: dataset + "/edges.csv", toPath: seeds + "/\(name).csv")
            out.append(Seed(format: .edgeList, path: seeds + "/\(name).csv", name: name, focus: focus))
            for (format, ext) in [(Format.graphML, "graphml"), (.json, "json"), (.gexf, "gexf"), (.gml, "gml"), (.pajek, "net"), (.dl, "dl")] {
                let path = seeds + "/\(name).\(ext)"
                var command = [configuration.binary, "convert", dataset, path]
                if format == .gexf { command.append("--no-layout") }   // seeds, not maps: no Graphviz layout per dataset
                let status = run(command, timeout: 120).status
                guard status == .exited(0) else { throw FuzzError("cannot convert \(dataset) to \(ext): \(status)") }
                out.append(Seed(format: format, path: path, name: name, focus: focus))
            }
        }
        return out
    }

    struct FuzzError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs `count` inputs; results come back in input order whatever the worker count.
    func run() throws -> Summary {
        let seeds = try prepareSeeds()
        let count = configuration.count
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, configuration.workers)) { worker in
            while true {
                let i = next.take()
                guard i < count else { return }
                shared[i] = runCase(i, seeds: seeds, worker: worker)
                if let progress = configuration.progress, (i + 1) % 1_000 == 0 { progress(i + 1) }
            }
        }
        var summary = Summary()
        for result in results { if let result { summary.add(result) } }
        return summary
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
    }

    // MARK: One case

    func runCase(_ index: Int, seeds: [Seed], worker: Int) -> Result {
        var rng = SplitMix64(seed: configuration.seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index))
        let seed = seeds[rng.below(seeds.count)]
        let caseFolder = configuration.work + "/w\(worker)"
        let fm = FileManager.default
        try? fm.removeItem(atPath: caseFolder)
        try? fm.createDirectory(atPath: caseFolder + "/out", withIntermediateDirectories: true)
        // The input: a copy of the seed with one of its files mutated.
        let input: String
        var target: String
        if seed.format == .folder {
            input = caseFolder + "/" + seed.name
            try? fm.copyItem(atPath: seed.path, toPath: input)
            let files = ((try? fm.contentsOfDirectory(atPath: input)) ?? []).sorted()
            target = input + "/" + files[rng.below(files.count)]
        } else {
            input = caseFolder + "/" + URL(fileURLWithPath: seed.path).lastPathComponent
            try? fm.copyItem(atPath: seed.path, toPath: input)
            target = input
        }
        var bytes = [UInt8](fm.contents(atPath: target) ?? Data())
        var mutations = 1
        while mutations < 4 && rng.below(2) == 0 { mutations += 1 }   // 1 (half the time) to 4
        for _ in 0 ..< mutations { Fuzzer.mutate(&bytes, format: seed.format, rng: &rng) }
        try? Data(bytes).write(to: URL(fileURLWithPath: target))
        target = input

        let command = configuration.commands[rng.below(configuration.commands.count)]
        let (arguments, output) = Fuzzer.arguments(command, input: input, focus: seed.focus, out: caseFolder + "/out", rng: &rng)
        // A previous output at the destination: a failed run must leave it exactly so.
        let sentinel = Data("previous output\n".utf8)
        if let output {
            if output.isFolder {
                try? fm.createDirectory(atPath: output.path, withIntermediateDirectories: true)
                try? sentinel.write(to: URL(fileURLWithPath: output.path + "/index.html"))
                try? sentinel.write(to: URL(fileURLWithPath: output.path + "/nodes.csv"))
                try? sentinel.write(to: URL(fileURLWithPath: output.path + "/NOTES.txt"))
            } else {
                try? sentinel.write(to: URL(fileURLWithPath: output.path))
            }
        }
        let before = output.map { snapshot($0.path) }
        let run = self.run([configuration.binary] + arguments, timeout: configuration.timeout)
        let result = { (outcome: Outcome, detail: String) -> Result in
            Result(format: seed.format, command: command, outcome: outcome, detail: detail, input: "case \(index) (\(seed.name))")
        }
        var outcome: Outcome
        var detail = ""
        let firstLine = String(run.stderr.split(separator: "\n", maxSplits: 1).first ?? "")
        switch run.status {
        case .timedOut: outcome = .hang; detail = "over \(Int(configuration.timeout)) s: collab " + arguments.joined(separator: " ")
        case .signalled(let signal): outcome = .crash; detail = "signal \(signal): collab " + arguments.joined(separator: " ")
        case .exited(0): outcome = .ok
        case .exited(1):
            if run.stderr.contains("Error Domain=") { outcome = .rawError; detail = String(firstLine.prefix(300)) }
            else if run.stderr.utf8.count > 4_096 { outcome = .unboundedMessage; detail = "\(run.stderr.utf8.count) bytes on stderr" }
            else if firstLine.hasPrefix("Error: " + input) { outcome = .locatedError; detail = Fuzzer.kind(of: firstLine, input: input) }
            else { outcome = .unlocatedError; detail = firstLine.replacingOccurrences(of: caseFolder, with: "…") }
        case .exited(2): outcome = .usageError; detail = firstLine
        case .exited(let code): outcome = .crash; detail = "exit \(code): \(firstLine)"
        }
        if let output, let before, !outcome.isFailure {
            let after = snapshot(output.path)
            let leftovers = hiddenTemporaries(in: output.isFolder ? (output.path as NSString).deletingLastPathComponent : caseFolder + "/out")
            if !leftovers.isEmpty {
                outcome = .partialOutput; detail = "temporaries left: \(leftovers.joined(separator: ", "))"
            } else if outcome != .ok && after != before {
                outcome = .partialOutput; detail = "a failed run changed \(output.path.replacingOccurrences(of: caseFolder, with: "…"))"
            } else if outcome == .ok && output.isFolder && after["NOTES.txt"] != sentinel {
                outcome = .partialOutput; detail = "the user's file in the output folder was lost"
            }
        }
        if outcome == .crash || outcome == .hang, let keep = configuration.keepFailures {
            let name = "\(outcome.rawValue)-\(seed.format == .folder ? "folder" : URL(fileURLWithPath: input).pathExtension)-seed\(configuration.seed)-case\(index)-\(seed.name)"
            try? fm.createDirectory(atPath: keep, withIntermediateDirectories: true)
            let ext = seed.format == .folder ? "" : "." + URL(fileURLWithPath: input).pathExtension
            try? fm.removeItem(atPath: keep + "/" + name + ext)
            try? fm.copyItem(atPath: input, toPath: keep + "/" + name + ext)
            detail += " (kept as \(name + ext))"
        }
        return result(outcome, detail)
    }

    struct Output { var path: String; var isFolder: Bool }

    /// A located message with its place and quoted text taken out, to count kinds of error.
    static func kind(of line: String, input: String) -> String {
        var text = Substring(line.dropFirst(("Error: " + input).count))
        if text.hasPrefix("/") { text = text.drop { $0 != ":" } }
        text = text.drop { ":0123456789 ".contains($0) }
        var out = ""
        var quoted = false
        for c in text {
            if c == "'" { quoted.toggle(); out += quoted ? "'…" : "'" } else if !quoted { out.append(c) }
        }
        return String(out.prefix(90))
    }

    /// The command line for a family, with variations drawn from `rng`; its `-o` output.
    static func arguments(_ command: String, input: String, focus: String, out: String, rng: inout SplitMix64) -> ([String], Output?) {
        func maybe(_ flags: [String]) -> [String] { rng.below(3) == 0 ? flags : [] }
        let view = maybe(["--directed"]) + maybe(["--allow-unknown-actors"]) + maybe(["--from", "2016", "--to", "2019-06"])
        switch command {
        case "info":
            let file = out + "/info.txt"
            return (["info", input, "-o", file] + maybe(["--allow-unknown-actors"]), Output(path: file, isFolder: false))
        case "centrality":
            let file = out + "/centrality.csv"
            return (["centrality", input, "-o", file, "--measures", "degree,betweenness,closeness,harmonic,pagerank,eigenvector,coreness"]
                    + maybe(["--weighted"]) + view + maybe(["--format", "json"]), Output(path: file, isFolder: false))
        case "brokerage":
            let part = [[], ["--structure", "--format", "json"], ["--mixing", "--format", "json"]][rng.below(3)]
            return (["brokerage", input, "--group", "kind"] + part + maybe(["--weighted"]) + view, nil)
        case "ties":
            return (["ties", input] + maybe(["--undirected"]) + maybe(["--format", "json"]) + maybe(["--allow-unknown-actors"]), nil)
        case "collaboration":
            return (["collaboration", input, "--by", "kind", "--timeline", "year"] + maybe(["--format", "json"]) + maybe(["--allow-unknown-actors"]), nil)
        case "gaps":
            let file = out + "/gaps.json"
            // Per actor (the first source of the dataset) or, where actors have kinds, per group.
            let subject = focus.isEmpty || (rng.below(2) == 0 && !input.hasSuffix(".csv")) ? ["--group", "kind"] : ["--focus", focus]
            return (["gaps", input, "--format", "json", "-o", file] + subject + view, Output(path: file, isFolder: false))
        case "communities":
            let file = out + "/communities.csv"
            let part = [["--runs", "2"], ["--partition", "kind"], ["--objective", "cpm", "--resolution", "0.1"]][rng.below(3)]
            return (["communities", input, "-o", file] + part + maybe(["--weighted"]) + maybe(["--format", "json"]) + view,
                    Output(path: file, isFolder: false))
        case "core-periphery":
            return (["core-periphery", input, "--starts", "3"] + maybe(["--weighted"]) + maybe(["--model", "connected"])
                    + maybe(["--summary"]) + view, nil)
        case "convert":
            switch rng.below(3) {
            case 0: return (["convert", input, out + "/converted.graphml"], Output(path: out + "/converted.graphml", isFolder: false))
            case 1: return (["convert", input, out + "/converted.json"], Output(path: out + "/converted.json", isFolder: false))
            default: return (["convert", input, out + "/converted"], Output(path: out + "/converted", isFolder: true))
            }
        case "render":
            let file = out + "/map.svg"
            return (["render", input, "-o", file, "--layout", "sfdp"] + maybe(["--labels", "all"]), Output(path: file, isFolder: false))
        default:
            return (["report", input, "-o", out + "/report", "--group", "kind"], Output(path: out + "/report", isFolder: true))
        }
    }

    // MARK: Mutations

    static let tokens: [[UInt8]] = {
        var list: [[UInt8]] = ["NaN", "-1", "0", "1e309", "1e308", "-0", "2100-02-29", "1900-02-29", "2000-02-29", "0000-00-00",
                               "9999-99-99", "\"\"", "null", "true", "\"2\"", "&amp;", "&#0;", "&#xD800;", "<!--", "]]>", "<![CDATA[",
                               "<!DOCTYPE x [<!ENTITY e \"&e;\">]>", "&e;", "\\u0000", "\\ud800", ",,,", "\n\n", "\r\n", "\"", "\\",
                               "<node id=\"n\"/>", "<edge source=\"a\" target=\"b\"/>", "{\"id\": \"\"}", "{}", "[]", "\u{202E}", "é",
                               "co-design", "source,target", "id,label,kind"].map { Array($0.utf8) }
        list += [[0], [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF]]
        list.append(Array(repeating: UInt8(ascii: "["), count: 600))
        list.append(Array(repeating: UInt8(ascii: "A"), count: 100_000))
        return list
    }()

    static let jsonValues: [[UInt8]] = ["\"2\"", "null", "true", "-1", "0", "\"\"", "\"a\\u0000b\"", "{}", "[]", "1e308",
                                         "\"2100-02-29\"", "\"2020-13-01\"", "\"\\ud800\"", "\"engagement\"", "\"karate\""].map { Array($0.utf8) }
    static let graphMLValues: [[UInt8]] = ["\"\"", "\"&amp;\"", "\"&bogus;\"", "\"n0\"", "\"e0\"", "\"double\"", "\"int\"", "\"node\"",
                                            "\"edge\"", "\"a<b\"", "\"x\" y=\"z\""].map { Array($0.utf8) }
    static let csvValues: [[UInt8]] = ["", "0", "-3", "abc", "\"\"", "\"a,b\"", "\"a\"\"b\"", "1e308", "2100-02-29", "2019", "2019-13",
                                        "co-design", "sme", " ", "a\u{0}b"].map { Array($0.utf8) }

    static let interestingBytes: [UInt8] = [0x00, 0xFF, 0xC3, 0x80, 0x22, 0x2C, 0x0A, 0x0D, 0x3C, 0x3E, 0x26, 0x5C, 0x7B, 0x7D,
                                            0x5B, 0x5D, 0x3A, 0x2D, 0x30, 0x39, 0x65, 0x20, 0x09, 0x7F]

    static func mutate(_ bytes: inout [UInt8], format: Format, rng: inout SplitMix64) {
        let n = bytes.count
        func position() -> Int { n == 0 ? 0 : rng.below(n + 1) }
        switch rng.below(12) {
        case 0 where n > 0:
            bytes[rng.below(n)] ^= UInt8(1) << UInt8(rng.below(8))
        case 1 where n > 0:
            bytes[rng.below(n)] = interestingBytes[rng.below(interestingBytes.count)]
        case 2, 3:
            bytes.insert(contentsOf: tokens[rng.below(tokens.count)], at: position())
        case 4 where n > 0:
            let start = rng.below(n)
            bytes.removeSubrange(start ..< min(n, start + 1 + rng.below(64)))
        case 5 where n > 0:
            let start = rng.below(n), end = min(n, start + 1 + rng.below(256))
            bytes.insert(contentsOf: Array(bytes[start ..< end]), at: position())
        case 6:
            bytes.removeSubrange(position()...)
        case 7 where n > 0:
            // Swap two lines.
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            guard lines.count > 2 else { return }
            var shuffled = lines
            shuffled.swapAt(rng.below(lines.count), rng.below(lines.count))
            bytes = Array(shuffled.joined(separator: [0x0A]))
        case 8 where n > 0:
            // Replace a run of digits with another number.
            let start = rng.below(n)
            guard let first = bytes[start...].firstIndex(where: { (0x30 ... 0x39).contains($0) }) else { return }
            var end = first
            while end < n && (0x30 ... 0x39).contains(bytes[end]) { end += 1 }
            let numbers = ["0", "-5", "1e400", "99999999999999999999", "0.0000001", "3.5", "2147483648"]
            bytes.replaceSubrange(first ..< end, with: Array(numbers[rng.below(numbers.count)].utf8))
        case 9 where n > 0, 10 where n > 0:
            // Replace one value: a quoted string (JSON, GraphML) or a CSV field, by a value
            // of the wrong type or shape for that format.
            let start = rng.below(n)
            let quote = UInt8(ascii: "\"")
            if format == .json || format == .graphML, let i = bytes[start...].firstIndex(of: quote),
               let j = bytes[(i + 1)...].firstIndex(of: quote) {
                let values = format == .json ? jsonValues : graphMLValues
                bytes.replaceSubrange(i ... j, with: values[rng.below(values.count)])
            } else if let i = bytes[start...].firstIndex(where: { $0 == 0x2C || $0 == 0x0A }) {
                var j = i + 1
                while j < n && bytes[j] != 0x2C && bytes[j] != 0x0A { j += 1 }
                bytes.replaceSubrange((i + 1) ..< j, with: csvValues[rng.below(csvValues.count)])
            }
        default:
            bytes.insert(interestingBytes[rng.below(interestingBytes.count)], at: position())
        }
    }

    // MARK: Outputs

    /// A folder's files (name → bytes) or a file's bytes under "".
    func snapshot(_ path: String) -> [String: Data] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [:] }
        if !isDirectory.boolValue { return ["": FileManager.default.contents(atPath: path) ?? Data()] }
        var out: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            out[name] = FileManager.default.contents(atPath: path + "/" + name) ?? Data()
        }
        return out
    }

    func hiddenTemporaries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") && $0.contains("tmp") || $0.contains("collab-old") }
    }

    // MARK: Processes

    enum Status: Equatable { case exited(Int32), signalled(Int32), timedOut }

    /// Runs a command with stdout discarded and stderr captured (to a file: no pipe to fill).
    func run(_ command: [String], timeout: Double) -> (status: Status, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorFile = configuration.work + "/stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorFile) }
        guard let handle = FileHandle(forWritingAtPath: errorFile) else { return (.exited(-1), "cannot capture stderr") }
        process.standardError = handle
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch { return (.exited(-1), "cannot start \(command[0]): \(error)") }
        var status: Status
        if done.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            done.wait()
            status = .timedOut
        } else {
            status = process.terminationReason == .uncaughtSignal ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
        }
        try? handle.close()
        let data = FileManager.default.contents(atPath: errorFile) ?? Data()
        return (status, String(decoding: data.prefix(1 << 20), as: UTF8.self) + (data.count > 1 << 20 ? "…" : ""))
    }
}
