import CollabGraph
import CollabRender
import Foundation

/// Maps of synthetic collaboration ecologies of 200, 2,000 and 20,000 actors: selecting and
/// styling into DOT (MapBuilder, MapStyle, DOTWriter; betweenness sizes and rubric
/// strengths computed beforehand, not timed), then layout and SVG rendering in-process by
/// Graphviz with the engine `collab render` chooses (neato up to 400 actors, sfdp above),
/// against the Graphviz programs (`neato`/`sfdp -Tsvg`) on the same DOT when installed.
///
/// The ecologies grow by preferential attachment (two ties per new actor, seeded
/// SplitMix64), with kinds, sectors and typed, weighted records like Datasets/east-london.
/// `--quick` leaves out the 20,000-actor map (about a minute of sfdp).
enum RenderMaps: BenchmarkCase {
    static let name = "render-maps"
    static let title = "Render maps of 200, 2,000 and 20,000 actors (DOT, then layout + SVG in-process) vs the Graphviz programs"

    static func run(_ context: BenchmarkContext) throws -> [BenchmarkRow] {
        var rows: [BenchmarkRow] = []
        for n in context.quick ? [200, 2_000] : [200, 2_000, 20_000] {
            let graph = ecology(actors: n)
            let options = StandardMap.measured(graph, options: MapOptions())
            let style = StyleOptions(title: "benchmark \(n)")
            var dot: MapRenderer.RenderedMap?
            rows.append(context.swift("\(n) actors: select + style + DOT", repeat: n < 20_000 ? 3 : 1) {
                dot = try? MapRenderer.render(graph, options: options, style: style, engine: nil, format: .dot)
                return dot.map { Double($0.map.ties.count) }
            })
            guard let dot else { continue }
            rows.append(context.swift("\(n) actors: \(dot.engine.rawValue) layout + SVG in-process", repeat: n < 20_000 ? 3 : 1) {
                (try? GraphvizRenderer.render(dot: dot.dot, engine: dot.engine, format: .svg)).map { Double($0.count) }
            })
            if let row = try program(dot.engine.rawValue, dot: dot.dot, n: n) { rows.append(row) }
        }
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
        return BenchmarkRow(tool: "Graphviz \(engine) program", configuration: "\(n) actors: \(engine) -Tsvg, same DOT",
                            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
                            check: Double(bytes), isSwift: false)
    }

    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A seeded synthetic ecology: the first n/50 actors are anchors, the rest mostly SMEs.
    static func ecology(actors n: Int, seed: UInt64 = 42) -> CollaborationGraph {
        var random = SplitMix64(state: seed)
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
