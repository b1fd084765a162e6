import CGraphviz
import Foundation
import Synchronization

/// Lays out and renders DOT in-process through the Graphviz C library (libgvc/libcgraph),
/// without running the `dot` program.
///
/// Pipeline (one render): `agmemread(dot)` → `gvLayout(engine)` → `gvRenderData(format)`
/// → `gvFreeRenderData` → `gvFreeLayout` → `agclose`, in one Graphviz context
/// (`gvContext`) created on the first render and kept for the life of the process, as the
/// `dot` program does for many graphs. Everything a render allocates is freed after it,
/// except what Graphviz 2.42 itself loses: creating a context per render leaked 3.6 KB
/// per render inside `gvconfig` (valgrind, see docs/rendering.md), a kept context does
/// not.
///
/// Conventions:
/// - Graphviz is not thread-safe, even with one context per thread: every call into it
///   goes through one process-wide lock (``GraphvizRenderer/lock``).
/// - Graphviz's own error printing is silenced (`agseterr(AGMAX)`); its last message
///   (`aglasterr`) is returned in a ``RenderError``.
/// - Layout engines and output devices are plugins listed in Graphviz's `config6a`
///   (written when `libgraphviz-dev` installs). When one is missing the error says which
///   package to install.
///
/// Determinism: every engine is seeded (the map's `start`, and the C library's generators
/// reset before each layout), and the layout engines themselves, `sfdp` included, give
/// byte-identical output for the same DOT — except Graphviz's `prism` overlap removal, which
/// maps use up to ``MapStyle/prismLimit`` actors with `neato` and `sfdp` (open defect, not
/// fixable from here without dropping prism). Prism triangulates the actors (Delaunay, by
/// the GTS library): `delaunay_tri` (lib/neatogen/delaunay.c) returns the edges in the order
/// of `gts_surface_foreach_edge`, which walks a GLib hash table keyed by face addresses, so
/// the order changes with the heap from one layout to the next, in one process and between
/// processes (also with address randomisation off). The edge set is the same; the order of
/// each row of prism's sparse matrix, hence the order of its floating-point sums, is not, and
/// the coordinates differ by about 1e-8 pt (national_uk, 2,249 actors: 2,087 actors moved in
/// every pair of layouts; the `sfdp` program likewise). SVG prints two decimals, so now
/// and then one number flips (`-424.82` against `-424.81`: one of three `sfdp` runs); PNG
/// anti-aliasing likewise. Checked: `overlap` `true`, `scale`, `voronoi` and `prism0` are
/// byte-identical at full precision; prism with the triangulation's edges sorted (an
/// experiment wrapping `delaunay_tri`) is too, for `sfdp` and `neato`. No time, clock,
/// thread or uninitialised read is involved (valgrind clean; Graphviz 2.42 uses no OpenMP).
///
/// - Complexity: that of the layout engine: `neato` and `sfdp` handle thousands of actors
///   in seconds; `dot` and `fdp` grow quickly and are capped by ``LayoutEngine/actorLimit``.
public enum GraphvizRenderer {
    /// Serialises every Graphviz call in the process.
    static let lock = NSLock()
    /// The process's Graphviz context; read and written only under ``lock``.
    static let sharedContext = Mutex<OpaquePointer?>(nil)
    /// Layouts run by an engine; written only under ``lock``.
    private static let layouts = Mutex(0)

    /// How many layouts this process has run (tests hold the report to one per map).
    public static var layoutCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return layouts.withLock { $0 }
    }

    /// Renders `dot` with `engine` into `format`.
    public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws -> Data {
        try render(dot: dot, engine: engine, formats: [format], bitmapDPI: nil)[0]
    }

    /// Lays `dot` out once with `engine` and renders it into each of `formats`. A bitmap
    /// format (PNG) is drawn from the same layout at `bitmapDPI` (the resolution Graphviz
    /// reads when it renders, set on the laid-out graph and restored after), so it shows
    /// exactly the picture of the SVG without a second layout or a re-read of the positions.
    ///
    /// With `bitmapMaximumPixels`, the bitmap's resolution is lowered (never raised) so that
    /// its long side, the layout's bounding box plus the pad, stays within that many pixels.
    public static func render(dot: String, engine: LayoutEngine, formats: [RenderFormat], bitmapDPI: Int?,
                              bitmapMaximumPixels: Int? = nil) throws -> [Data] {
        lock.lock()
        defer { lock.unlock() }
        let context = try openContext()
        return try withLayout(dot: dot, engine: engine.rawValue, context: context) { graph in
            try formats.map { format in
                guard format == .png, let requestedDPI = bitmapDPI else { return try renderData(context, graph, format: format) }
                // The bitmap is drawn from this layout at its own resolution (Graphviz reads
                // the resolution when it renders), then the layout's is restored.
                let dpi = cappedDPI(requestedDPI, width: collab_bb_width(graph), height: collab_bb_height(graph),
                                    maximumPixels: bitmapMaximumPixels)
                let layoutDPI = collab_dpi(graph)
                collab_set_dpi(graph, dpi)
                defer { collab_set_dpi(graph, layoutDPI) }
                return try renderData(context, graph, format: format)
            }
        }
    }

    /// The process's Graphviz context, with errors silenced and reset. Call under ``lock``.
    private static func openContext() throws -> OpaquePointer {
        _ = agseterr(AGMAX)
        _ = agreseterrors()
        let shared = sharedContext.withLock { context in
            if context == nil { context = gvContext() }
            return context
        }
        guard let context = shared else {
            throw RenderError.graphvizUnavailable("cannot create a Graphviz context")
        }
        return context
    }

    /// Parses `dot`, lays it out with `engine`, runs `body` on the laid-out graph and frees
    /// both. Call under ``lock``.
    private static func withLayout<T>(dot: String, engine: String, context: OpaquePointer,
                                      _ body: (UnsafeMutablePointer<Agraph_t>) throws -> T) throws -> T {
        guard let graph = agmemread(dot) else {
            throw RenderError.invalidDOT(lastError() ?? "syntax error")
        }
        defer { agclose(graph) }
        // Some engines draw from the C library's random generators before seeding them
        // (sfdp's multilevel coarsening calls rand() before its own srand(start)): reset them
        // to the state a fresh process starts in (glibc: drand48 as after srand48(0x1234ABCD),
        // rand as after srand(1)), so a render does not depend on what ran before it and
        // equals the Graphviz program's on the same DOT (prism aside: see the type's note).
        srand48(0x1234ABCD)
        srand(1)
        guard gvLayout(context, graph, engine) == 0 else {
            let message = lastError() ?? "layout failed"
            if message.contains("not recognized") || message.contains("not available") {
                throw RenderError.graphvizUnavailable(
                    "Graphviz has no '\(engine)' layout: install its plugins with `apt-get install libgraphviz-dev` (Debian/Ubuntu) or `brew install graphviz` (macOS)")
            }
            throw RenderError.layoutFailed(message)
        }
        defer { gvFreeLayout(context, graph) }
        layouts.withLock { $0 += 1 }
        return try body(graph)
    }

    /// Renders a laid-out graph into one format. Call under ``lock``.
    private static func renderData(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>,
                                   format: RenderFormat) throws -> Data {
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format.device, &result, &length) == 0, let result else {
            throw RenderError.graphvizUnavailable(
                "Graphviz cannot write \(format.rawValue.uppercased()) (\(lastError() ?? "no renderer")): install `libgraphviz-dev` with its cairo/pango plugins (`apt-get install libgraphviz-dev`)")
        }
        defer { gvFreeRenderData(result) }
        // Errors Graphviz recovers from (a malformed HTML-like label) still mean a wrong map.
        if agerrors() >= Int32(AGERR.rawValue) {
            throw RenderError.layoutFailed(lastError() ?? "Graphviz reported an error")
        }
        return result.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Data(bytes: $0, count: Int(length)) }
    }

    /// The resolution that keeps a bitmap of a laid-out graph within `maximumPixels` on its
    /// long side: the bounding box (`width` × `height` points) plus Graphviz's pad on both
    /// sides (``MapStyle``'s 0.3 in), two pixels of rounding to spare; `requested` when it fits.
    static func cappedDPI(_ requested: Int, width: Double, height: Double, maximumPixels: Int?, pad: Double = 0.3) -> Double {
        guard let maximumPixels else { return Double(requested) }
        let longSideInches = max(width, height) / 72 + 2 * pad
        guard longSideInches > 0 else { return Double(requested) }
        return min(Double(requested), Double(maximumPixels - 2) / longSideInches)
    }

    /// Parses DOT with Graphviz's own parser and returns what it understood: the graph's
    /// direction, its nodes and edges in file order and their attributes (values unescaped
    /// with ``DOTWriter/unescape(_:)``). Used to check that written DOT means what it should.
    public static func parse(dot: String) throws -> ParsedDOT {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterr(AGMAX)
        guard let graph = agmemread(dot) else {
            throw RenderError.invalidDOT(lastError() ?? "syntax error")
        }
        defer { agclose(graph) }
        let nodeSymbols = symbols(graph, kind: AGNODE)
        let edgeSymbols = symbols(graph, kind: AGEDGE)
        func attributes(_ object: UnsafeMutableRawPointer, _ symbols: [(String, UnsafeMutablePointer<Agsym_t>)]) -> [String: String] {
            var out: [String: String] = [:]
            for (name, symbol) in symbols {
                guard let value = agxget(object, symbol) else { continue }
                let text = String(cString: value)
                if !text.isEmpty { out[name] = DOTWriter.unescape(text) }
            }
            return out
        }
        var nodes: [ParsedDOT.Node] = []
        var edges: [ParsedDOT.Edge] = []
        var node = agfstnode(graph)
        while let n = node {
            nodes.append(ParsedDOT.Node(id: DOTWriter.unescape(String(cString: agnameof(n))),
                                        attributes: attributes(UnsafeMutableRawPointer(n), nodeSymbols)))
            var edge = agfstout(graph, n)
            while let e = edge {
                edges.append(ParsedDOT.Edge(source: DOTWriter.unescape(String(cString: agnameof(collab_agtail(e)))),
                                            target: DOTWriter.unescape(String(cString: agnameof(collab_aghead(e)))),
                                            attributes: attributes(UnsafeMutableRawPointer(e), edgeSymbols)))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        return ParsedDOT(isDirected: agisdirected(graph) != 0, nodes: nodes, edges: edges)
    }

    /// The declared attributes of one kind of object.
    static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
        var out: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            out.append((String(cString: collab_agsym_name(s)), s))
            symbol = agnxtattr(graph, kind, s)
        }
        return out
    }

    static func lastError() -> String? {
        guard let message = aglasterr() else { return nil }
        defer { free(message) }  // aglasterr returns a malloc'd copy
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// The most actors this engine is given: `dot` and `fdp` slow down sharply on
    /// collaboration graphs (no hierarchy); nil means no cap.
    public var actorLimit: Int? {
        switch self {
        case .dot: 300
        case .fdp: 500
        case .circo: 1000
        case .neato: 5000
        case .twopi, .sfdp: nil
        }
    }

    /// `neato` for maps up to 400 actors, `sfdp` above.
    public static func automatic(actorCount: Int) -> LayoutEngine { actorCount <= 400 ? .neato : .sfdp }
}

/// An output format; `.dot` is written by ``DOTWriter`` without Graphviz.
public enum RenderFormat: String, CaseIterable, Sendable {
    case dot, svg, png, pdf

    /// The Graphviz device name.
    var device: String {
        switch self {
        case .dot: "dot"
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        }
    }

    /// The format named by a file's extension, if it is one of ours.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        self.init(rawValue: ext)
    }
}

/// A failure to lay out or render.
public enum RenderError: Error, Equatable, CustomStringConvertible, Sendable {
    case graphvizUnavailable(String)
    case invalidDOT(String)
    case layoutFailed(String)

    public var description: String {
        switch self {
        case .graphvizUnavailable(let message): message
        case .invalidDOT(let message): "Graphviz could not read the DOT: \(message)"
        case .layoutFailed(let message): "Graphviz layout failed: \(message)"
        }
    }
}

/// What Graphviz's parser understood of a DOT text.
public struct ParsedDOT: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var attributes: [String: String]
    }

    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        public var attributes: [String: String]
    }

    public var isDirected: Bool
    public var nodes: [Node]
    public var edges: [Edge]
}
