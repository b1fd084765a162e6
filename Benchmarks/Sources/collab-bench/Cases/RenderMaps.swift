import CollabGraph
import CollabAnalysis
import CollabRender
import Foundation

/// Maps of synthetic collaboration ecologies of 200, 2,000 and 20,000 actors (one case
/// each): the whole pipeline from graph to SVG bytes in-process — selection and styling
/// into DOT (MapBuilder, MapStyle, DOTWriter; betweenness sizes and rubric strengths
/// computed beforehand, not timed), then layout and SVG rendering by the Graphviz library
/// with the engine `collab render` chooses (neato up to 400 actors, sfdp above) — against
/// the Graphviz program (`neato`/`sfdp -Tsvg`) given the same DOT file, when installed.
/// The configuration column says how much of the Swift time was the DOT step.
///
/// The ecologies grow by preferential attachment (two ties per new actor, seeded
/// SplitMix64), with kinds, sectors and typed, weighted records like Datasets/east-london.
/// `--quick` skips the 20,000-actor map (over a minute of sfdp).
enum RenderMap200: BenchmarkCase {
    static let name = "render-200"
    static let title = "Render a 200-actor map to SVG in-process (neato) vs the Graphviz program"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] { try RenderMaps.run(context, actors: 200) }
}

enum RenderMap2k: BenchmarkCase {
    static let name = "render-2k"
    static let title = "Render a 2,000-actor map to SVG in-process (sfdp) vs the Graphviz program"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] { try RenderMaps.run(context, actors: 2_000) }
}

/// The 10,000-actor map as `collab render` makes it (target: at most 10 s): the whole
/// pipeline timed, sizes by betweenness included — to SVG, and to PNG within the default
/// 4,096-pixel cap. The configuration says what the map drew and how big the PNG came out.
enum RenderMap10k: BenchmarkCase {
    static let name = "render-10k"
    static let title = "A 10,000-actor map as collab render makes it (betweenness sizes, sfdp, SVG and capped PNG), target ≤ 10 s"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        let graph = RenderMaps.ecology(actors: 10_000)
        let style = StyleOptions(title: "benchmark 10000")
        var rows: [BenchmarkRow] = []
        // CPU seconds per phase, from one untimed run: sizes (betweenness, on both
        // threads), DOT (selection, styling, writing), layout and output by Graphviz.
        let start = BenchmarkContext.processCPUSeconds()
        let options = try StandardMap.measured(graph, options: MapOptions())
        let sized = BenchmarkContext.processCPUSeconds()
        let dot = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: options), style: style, engine: nil, format: .dot)
        let written = BenchmarkContext.processCPUSeconds()
        func cpu(_ x: Double) -> String { ResultTable.seconds(x) }
        let phases = "CPU s: sizes \(cpu(sized - start)), DOT \(cpu(written - sized)) (\(dot.dot.utf8.count / 1000) kB)"
        for format in [RenderFormat.svg, .png] {
            var drawn = ""
            var row = context.swift("", repeat: 1) {
                guard let options = try? StandardMap.measured(graph, options: MapOptions()),
                      let rendered = try? MapRenderer.render(graph, map: try MapBuilder.build(graph, options: options), style: style, engine: nil, format: format)
                else { return nil }
                drawn = "\(rendered.map.actors.count) actors, \(rendered.map.ties.count) ties, \(rendered.engine.rawValue)"
                if format == .png {
                    let bytes = Array(rendered.data.prefix(24))
                    func int(_ at: Int) -> Int { bytes[at ..< at + 4].reduce(0) { $0 << 8 | Int($1) } }
                    drawn += ", \(int(16)) × \(int(20)) px"
                }
                return Double(rendered.data.count)
            }
            row.configuration = "graph → \(format.rawValue.uppercased()) incl. betweenness sizes: \(drawn); \(phases)"
            rows.append(row)
        }
        return rows
    }
}

enum RenderMap20k: BenchmarkCase {
    static let name = "render-20k"
    static let title = "Render a 20,000-actor map to SVG in-process (sfdp) vs the Graphviz program"
    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        context.quick ? [] : try RenderMaps.run(context, actors: 20_000)
    }
}

enum RenderMaps {
    static func run(_ context: BenchmarkContext, actors n: Int) throws -> [BenchmarkRow] {
        let graph = ecology(actors: n)
        let options = try StandardMap.measured(graph, options: MapOptions())
        let style = StyleOptions(title: "benchmark \(n)")
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
        var dot: MapRenderer.RenderedMap?
        let dotSeconds = seconds(try clock.measure {
            dot = try MapRenderer.render(graph, map: try MapBuilder.build(graph, options: options), style: style, engine: nil, format: .dot)
        })
        guard let dot else { return [] }
        let repeats = n < 20_000 ? 3 : 1
        var row = context.swift("", repeat: repeats) {
            (try? MapRenderer.render(graph, map: try MapBuilder.build(graph, options: options), style: style, engine: nil, format: .svg)).map { Double($0.data.count) }
        }
        row.configuration = "1 thread: graph → SVG, \(dot.map.ties.count) ties (DOT step \(ResultTable.seconds(dotSeconds)) s), \(dot.engine.rawValue)"
        var rows = [row]
        if let program = try program(dot.engine.rawValue, dot: dot.dot, n: n) { rows.append(program) }
        return rows
    }

    /// `ENGINE -Tsvg` on the same DOT, timed as a subprocess (nil when not installed).
    static func program(_ engine: String, dot: String, n: Int) throws -> BenchmarkRow? {
        let executable = "/usr/bin/" + engine
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("render-bench-\(n).dot")
        try dot.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tsvg", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let clock = ContinuousClock()
        var bytes = 0
        let elapsed = try clock.measure {
            try process.run()
            bytes = pipe.fileHandleForReading.readDataToEndOfFile().count
            process.waitUntilExit()
        }
        return BenchmarkRow(tool: "Graphviz \(engine) program", configuration: "\(engine) -Tsvg on the same DOT (subprocess)",
                            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
                            check: Double(bytes), isSwift: false)
    }

    /// A seeded synthetic ecology: the first n/50 actors are anchors, the rest mostly SMEs.
    static func ecology(actors n: Int, seed: UInt64 = 42) -> CollaborationGraph {
        var random = SplitMix64(seed: seed)
        var graph = CollaborationGraph()
        let kinds = ["sme", "sme", "sme", "sme", "sme", "sme", "sme", "employer", "network", "public", "school"]
        let sectors = ["digital tech", "creative industries", "health and social care", "education", "public services", "cross-sector"]
        let types = ["talk", "visit", "placement", "live project", "co-design", "shared facilities", "networking", "steering group"]
        for i in 0 ..< n {
            let kind = i < max(2, n / 50) ? "anchor" : kinds[random.below(kinds.count)]
            graph.addActor(Actor(id: "actor-\(i)", label: "Actor \(i) \(kind)", kind: kind,
                                 attributes: ["sector": sectors[random.below(sectors.count)]]))
        }
        var ends: [Int] = [0, 1]
        graph.addTie(from: "actor-0", to: "actor-1", type: "co-design", weight: 3)
        for i in 2 ..< n {
            for _ in 0 ..< 2 {
                let j = ends[random.below(ends.count)]
                let (s, t) = random.below(2) == 0 ? (i, j) : (j, i)
                graph.addTie(from: "actor-\(s)", to: "actor-\(t)", type: types[random.below(types.count)],
                             weight: Double(1 + random.below(5)))
                ends.append(i)
                ends.append(j)
            }
        }
        return graph
    }
}
