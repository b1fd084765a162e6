import CollabGraph
import Foundation

/// `collab-bench`: times CollabGraph against igraph and NetworkX on the same files in one
/// run and prints a Markdown table per case with the ratios. Run it through
/// `Benchmarks/run.sh`, which prepares the Python environment and the data.
///
///     collab-bench [--data DIR] [--python PATH] [--case NAME]... [--quick] [--list]
let allCases: [any BenchmarkCase.Type] = [
    BetweennessExact.self,
    ClosenessExact.self,
    ClosenessHepPh.self,
    ClosenessCondMat.self,
    HarmonicHolmeKim.self,
    HarmonicHepPh.self,
    HarmonicCondMat.self,
    PageRankLarge.self,
    CoreNumbersLarge.self,
    SampledBetweennessLarge.self,
    RealCoauthorship.self,
    BetweennessCondMat.self,
    LoadRecords.self,
    RenderMap200.self,
    RenderMap2k.self,
    RenderMap10k.self,
    RenderMap20k.self,
    GapsFocus.self,
    GapsPortfolio.self,
    LeidenHepPh.self,
    LeidenCondMat.self,
    ClusteringCoauthorship.self,
    QAPPermutations.self,
]

struct Arguments {
    var data = "data"
    var python: String?
    var cases: [String] = []
    var quick = false
    var list = false

    init(_ raw: [String]) {
        var index = 0
        func value() -> String {
            index += 1
            guard index < raw.count else { fatalError("missing value for \(raw[index - 1])") }
            return raw[index]
        }
        while index < raw.count {
            switch raw[index] {
            case "--data": data = value()
            case "--python": python = value()
            case "--case": cases.append(value())
            case "--quick": quick = true
            case "--list": list = true
            default: fatalError("unknown argument \(raw[index]); usage: collab-bench [--data DIR] [--python PATH] [--case NAME]... [--quick] [--list]")
            }
            index += 1
        }
    }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
if arguments.list {
    for benchmark in allCases { print("\(benchmark.name)\t\(benchmark.title)") }
    exit(0)
}
let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("python/reference_bench.py").path
let context = BenchmarkContext(dataFolder: arguments.data, python: arguments.python, referenceScript: script,
                               quick: arguments.quick)

/// Writes straight to standard output (unbuffered), so each case appears as soon as it is
/// done, also when redirected to a file. (Swift 6 rejects the C global `stdout` that
/// `fflush` would need.)
func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
}

say("# collab-bench \(Date())")
say("cores: \(ProcessInfo.processInfo.activeProcessorCount), load average at start: \(loadAverage())\n")
for benchmark in allCases where arguments.cases.isEmpty || arguments.cases.contains(benchmark.name) {
    do {
        let rows = try benchmark.run(context)
        if rows.isEmpty { say("## \(benchmark.title)\n\n(skipped: input not found)\n"); continue }
        say("## \(benchmark.title)\n")
        say(ResultTable.render(rows))
        for note in context.notes { say(note) }
        if !context.notes.isEmpty { say("") }
        context.notes = []
    } catch {
        say("## \(benchmark.title)\n\nError: \(error)\n")
    }
}
say("load average at end: \(loadAverage())")
