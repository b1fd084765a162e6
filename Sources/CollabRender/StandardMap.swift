import CollabGraph

/// The measures a map is styled by when nobody says otherwise: actor size by betweenness
/// (normalised, unweighted, on the undirected view of `view`) and tie strength from the
/// tie-strength rubric (solid when strong, dashed when weak). Shared by `collab render`
/// and `collab report`, so a map looks the same wherever it is drawn.
public enum StandardMap {
    /// `options` with `sizeValues` (betweenness unless already set) and `rubric` filled in.
    public static func measured(_ graph: CollaborationGraph, options: MapOptions, rubric: StrengthRubric = .standard,
                                betweenness: [Double]? = nil) -> MapOptions {
        var options = options
        if options.sizeValues == nil {
            var undirected = options.view
            undirected.directed = false
            options.sizeValues = betweenness ?? graph.view(undirected).betweenness()
            options.sizeMeasure = "betweenness"
        }
        if options.tieStrength == nil {
            // MapBuilder rates each drawn tie with this rubric (reciprocity measured when
            // the map draws arrows); ties no rubric rates use MapBuilder.fallbackStrength.
            options.rubric = rubric
        }
        return options
    }
}
