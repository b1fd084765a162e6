import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// A map from what to draw to bytes: the analysis layer's ``MapBuilder`` selects what to
/// draw (an ``ActorMap``), ``MapStyle`` styles it, ``DOTWriter`` writes DOT, and
/// ``GraphvizRenderer`` lays out and renders SVG, PNG or PDF. Nothing here analyses.
///
/// The layout engine, when not given, is `neato` up to 400 drawn actors and `sfdp` above;
/// an engine asked to lay out more actors than its ``LayoutEngine/actorLimit`` is refused
/// before Graphviz runs (dot and fdp take minutes on a few hundred collaboration actors).
/// DOT output does not need Graphviz at all.
public enum MapRenderer {
    /// The rendered bytes and what went into them.
    public struct RenderedMap: Sendable {
        public var data: Data
        public var engine: LayoutEngine
        public var map: ActorMap
        public var dot: String
    }

    public static func render(_ graph: CollaborationGraph, map: ActorMap, style: StyleOptions,
                              engine requested: LayoutEngine?, format: RenderFormat) throws -> RenderedMap {
        try render(graph, map: map, style: style, engine: requested, formats: [format])[0]
    }

    /// One map in several formats from one layout: the first format is rendered from the
    /// layout; the others from the laid-out positions (Graphviz's `nop2`), so SVG and PNG
    /// show the same picture and the layout runs once.
    public static func render(_ graph: CollaborationGraph, map: ActorMap, style: StyleOptions,
                              engine requested: LayoutEngine?, formats: [RenderFormat]) throws -> [RenderedMap] {
        precondition(!formats.isEmpty)
        let engine = requested ?? LayoutEngine.automatic(actorCount: map.actors.count)
        if let limit = engine.actorLimit, map.actors.count > limit, formats.contains(where: { $0 != .dot }) {
            throw MapError.tooLarge(engine: engine.rawValue, actors: map.actors.count, limit: limit)
        }
        var style = style
        style.engine = engine
        let dot = DOTWriter.write(MapStyle.dot(map, graph: graph, options: style))
        let bitmapDPI = style.dpi ?? (map.actors.count > 400 ? 72 : 110)
        let drawn = formats.filter { $0 != .dot }
        let data = drawn.isEmpty ? [] : try GraphvizRenderer.render(dot: dot, engine: engine, formats: drawn, bitmapDPI: bitmapDPI,
                                                                                 bitmapMaximumPixels: style.maximumPixels)
        var rendered = zip(drawn, data).makeIterator()
        return formats.map { format in
            if format == .dot { return RenderedMap(data: Data(dot.utf8), engine: engine, map: map, dot: dot) }
            return RenderedMap(data: rendered.next()!.1, engine: engine, map: map, dot: dot)
        }
    }
}
