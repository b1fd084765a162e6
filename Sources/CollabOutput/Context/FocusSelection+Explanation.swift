import CollabGraph
import CollabAnalysis

/// How a run's focus actors were chosen, in words (stderr and the report page).
extension FocusSelection {
    /// One sentence saying how the focus actors were chosen, nil when they were named.
    public func explanation(labels: (Int32) -> String) -> String? {
        let names = actors.map(labels).joined(separator: ", ")
        switch origin {
        case .given, .none: return nil
        case .anchors: return "Focus actors: the \(actors.count) best-connected anchor institutions (\(names)); choose others with --focus."
        case .mostCentral: return "Focus actors: no actor is of kind 'anchor', so the \(actors.count) most central by betweenness (\(names)); choose others with --focus."
        }
    }
}
