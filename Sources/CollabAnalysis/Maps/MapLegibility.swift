/// How many actors a map can draw one by one and stay legible, derived from the canvas and
/// the room an actor takes, not tuned to a dataset.
///
/// - The canvas: a bitmap of at most ``canvasPixels`` on its long side (the renderer's cap,
///   `StyleOptions.defaultMaximumPixels`) at 1 pixel per point (72 dpi). At that scale the
///   smallest label the styles draw (8 pt) is 8 px and the smallest actor (0.1 in) 7 px,
///   so the whole layout must fit `canvasPixels` points on its long side, at the aspect
///   ``canvasAspect``.
/// - The room an actor takes: a force layout (Graphviz `sfdp`/`neato`, spring length
///   K = 0.3 in) places neighbours about K apart, and overlap removal adds an actor's own
///   width; so an actor needs a cell of ``actorPitch`` = 2 K = 0.6 in (43.2 pt) on a side.
/// - The layout's overlap removal must keep the drawing compact: Graphviz's `prism` does
///   (``compactLayoutLimit`` actors, beyond which it takes minutes); the alternative
///   (`overlap=scale`) spreads the layout by the overlap factor, out of any canvas.
///
/// So ``actorLimit`` = min(canvas area / cell area, ``compactLayoutLimit``)
/// = min(4096 · 3072 / 43.2², 3000) = 3000 actors. A map selecting more becomes an
/// overview (``MapOverview``).
public enum MapLegibility {
    /// Pixels on a bitmap's long side (the renderer's default cap).
    public static let canvasPixels = 4096.0
    /// Short side over long side of the canvas.
    public static let canvasAspect = 0.75
    /// The side of the square an actor needs in a force layout, in points: twice the
    /// spring length of 0.3 in.
    public static let actorPitch = 2 * 0.3 * 72
    /// The most actors whose overlaps are removed compactly (Graphviz `prism`).
    public static let compactLayoutLimit = 3000

    /// The most actors drawn one by one: min(canvas area / actor cell, compact layout limit).
    public static var actorLimit: Int {
        let canvas = canvasPixels * canvasPixels * canvasAspect
        return min(Int(canvas / (actorPitch * actorPitch)), compactLayoutLimit)
    }
}
