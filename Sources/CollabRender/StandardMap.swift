import CollabGraph

/// The measures a map is styled by when nobody says otherwise: actor size by betweenness
/// (normalised, unweighted, on the undirected view of `view`) and tie strength from the
/// tie-strength rubric (solid when strong, dashed when weak). Shared by `collab render`
/// and `collab report`, so a map looks the same wherever it is drawn.
public enum StandardMap {
    /// `options` with `sizeValues` (betweenness unless already set) and `tieStrength`
    /// (from `rubric`) filled in.
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
            let table = graph.tieStrengths(options: StrengthOptions(view: options.view), rubric: rubric)
            var byPair: [UInt64: CollabRender.TieStrength] = [:]
            for tie in table.ties {
                byPair[pairKey(tie.dyad.source, tie.dyad.target)] = CollabRender.TieStrength(index: tie.strength, isStrong: tie.isStrong)
            }
            let lookup = byPair
            options.tieStrength = { tie in lookup[pairKey(tie.source, tie.target)] ?? CollabRender.TieStrength(index: 0, isStrong: false) }
        }
        return options
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(low)) << 32 | UInt64(UInt32(high))
    }
}
