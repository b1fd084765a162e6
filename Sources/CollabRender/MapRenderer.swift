import CollabGraph
import Foundation

/// A map from graph to bytes: ``MapBuilder`` selects, ``MapStyle`` styles, ``DOTWriter``
/// writes DOT, and ``GraphvizRenderer`` lays out and renders SVG, PNG or PDF.
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

    public static func render(_ graph: CollaborationGraph, options: MapOptions, style: StyleOptions,
                              engine requested: LayoutEngine?, format: RenderFormat) throws -> RenderedMap {
        let map = try MapBuilder.build(graph, options: options)
        let engine = requested ?? LayoutEngine.automatic(actorCount: map.actors.count)
        if let limit = engine.actorLimit, map.actors.count > limit, format != .dot {
            throw MapError.tooLarge(engine: engine.rawValue, actors: map.actors.count, limit: limit)
        }
        var style = style
        style.engine = engine
        if format == .png, style.dpi == nil { style.dpi = map.actors.count > 400 ? 72 : 110 }
        let dot = DOTWriter.write(MapStyle.dot(map, graph: graph, options: style))
        let data = format == .dot ? Data(dot.utf8) : try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
        return RenderedMap(data: data, engine: engine, map: map, dot: dot)
    }
}
