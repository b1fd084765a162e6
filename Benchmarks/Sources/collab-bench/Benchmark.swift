import CollabGraph
import Foundation

/// One benchmark case: a piece of work timed in Swift and in the reference tools on the
/// same file. Add a case by writing one file under `Cases/` and listing it in `allCases`
/// (main.swift).
protocol BenchmarkCase {
    /// Short name for `--case` (e.g. `betweenness-20k`).
    static var name: String { get }
    /// What is timed, for the table heading.
    static var title: String { get }
    /// Runs the case and returns its rows (Swift rows first).
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow]
}

/// One timed run.
struct BenchmarkRow {
    var tool: String
    var configuration: String
    var seconds: Double
    /// CPU time of the process during that run (all threads), which contention with other
    /// processes does not inflate as it does wall-clock time.
    var cpuSeconds: Double?
    /// Sources or actors actually timed when the time is scaled up from a sample.
    var sampled: Int?
    /// The largest value in NetworkX's conventions, to confirm the tools did the same work.
    var check: Double?
    var isSwift: Bool
}

/// Where data and tools are, shared by all cases; caches loaded views.
final class BenchmarkContext {
    let dataFolder: String
    let python: String?
    let referenceScript: String
    let quick: Bool
    /// Lines printed after the current case's table (cleared by the runner).
    var notes: [String] = []
    private var views: [String: GraphView] = [:]
    private let clock = ContinuousClock()

    init(dataFolder: String, python: String?, referenceScript: String, quick: Bool) {
        self.dataFolder = dataFolder
        self.python = python
        self.referenceScript = referenceScript
        self.quick = quick
    }

    /// A benchmark graph file: `Benchmarks/data/NAME` or an absolute path.
    func path(_ file: String) -> String { file.hasPrefix("/") ? file : dataFolder + "/" + file }

    func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: path(file)) }

    /// The undirected view of an edge CSV (loaded once; loading is not timed).
    func view(_ file: String) throws -> GraphView {
        if let view = views[file] { return view }
        let view = try GraphLoader.load(path(file)).view()
        views[file] = view
        return view
    }

    /// Times `work` (best of `repeat` runs) and returns a Swift row.
    func swift(_ configuration: String, repeat count: Int = 1, _ work: () -> Double?) -> BenchmarkRow {
        var best = Double.infinity
        var bestCPU = Double.nan
        var check: Double?
        for _ in 0 ..< max(1, count) {
            var result: Double?
            let cpu = Self.processCPUSeconds()
            let elapsed = clock.measure { result = work() }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if seconds < best { best = seconds; bestCPU = Self.processCPUSeconds() - cpu }
            check = result
        }
        return BenchmarkRow(tool: "CollabGraph", configuration: configuration, seconds: best, cpuSeconds: bestCPU,
                            check: check, isSwift: true)
    }

    /// The growth of this process's resident memory at its peak while `work` runs, in bytes
    /// (Linux: the peak is reset through /proc/self/clear_refs first; nil elsewhere).
    static func peakMemoryGrowth(_ work: () -> Void) -> Int? {
        func status(_ key: String) -> Int? {
            guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                  let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }),
                  let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
            return kilobytes * 1024
        }
        guard (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil,
              let before = status("VmRSS") else { work(); return nil }
        work()
        return status("VmHWM").map { $0 - before }
    }

    /// User + system CPU time of this process so far (all threads).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
    }

    /// Runs `python/reference_bench.py TOOL TASK FILE` and returns its row (nil when Python
    /// with the tools is not available).
    func reference(_ tool: String, _ task: String, _ file: String, sample: Int? = nil, scaleTo: Int? = nil,
                   repeat count: Int = 1, runs: Int? = nil, configuration: String? = nil) throws -> BenchmarkRow? {
        guard let python else { return nil }
        var arguments = [referenceScript, tool, task, path(file), "--repeat", String(count)]
        if let runs { arguments += ["--runs", String(runs)] }
        if let sample { arguments += ["--sample", String(sample)] }
        if let scaleTo { arguments += ["--scale-to", String(scaleTo)] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = String(data: data, encoding: .utf8)?.split(separator: "\n").last,
              let json = try? JSONValue.parse(Array(line.utf8), file: "reference_bench.py") else {
            FileHandle.standardError.write(Data("collab-bench: \(tool) \(task) failed\n".utf8))
            return nil
        }
        let name = json["tool"]?.stringValue ?? tool
        let label = configuration ?? (sample.map { "\($0) sampled sources, time × n/\($0)" } ?? "1 thread")
        return BenchmarkRow(tool: name, configuration: label, seconds: json["seconds"]?.numberValue ?? .nan,
                            cpuSeconds: json["cpu_seconds"]?.numberValue, sampled: sample, check: json["check"]?.numberValue, isSwift: false)
    }
}

/// Formats a case's rows as a table with ratios to the Swift rows.
enum ResultTable {
    static func seconds(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.3f", value)
    }

    static func render(_ rows: [BenchmarkRow]) -> String {
        let swiftRows = rows.filter(\.isSwift)
        let single = swiftRows.first { $0.configuration.hasPrefix("1 thread") } ?? swiftRows.first
        let best = swiftRows.min { $0.seconds < $1.seconds }
        var lines: [[String]] = [["tool", "configuration", "wall s", "CPU s", "× CG 1 thread (wall)",
                                  "× CG best (wall)", "× CG 1 thread (CPU)", "check (max value)"]]
        for row in rows {
            func ratio(_ a: Double?, _ b: Double?) -> String {
                guard let a, let b, !row.isSwift, a.isFinite, b.isFinite, b > 0 else { return "" }
                return String(format: "%.2f", a / b)
            }
            lines.append([row.tool, row.configuration, seconds(row.seconds), row.cpuSeconds.map(seconds) ?? "—",
                          ratio(row.seconds, single?.seconds), ratio(row.seconds, best?.seconds),
                          ratio(row.cpuSeconds, single?.cpuSeconds),
                          row.check.map { String(format: "%.10g", $0) } ?? "—"])
        }
        let widths = (0 ..< lines[0].count).map { c in lines.map { $0[c].count }.max()! }
        return lines.enumerated().map { index, cells in
            let text = "| " + cells.enumerated().map { c, cell in cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: " | ") + " |"
            return index == 0 ? text + "\n|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|" : text
        }.joined(separator: "\n") + "\n"
    }
}
