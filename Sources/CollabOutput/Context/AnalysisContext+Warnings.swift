import CollabGraph
import CollabAnalysis

/// The warning a run prints when its direction looks unstated.
extension AnalysisContext {
    /// The warning for ``directionUnstatedAndOneWay``, nil when it does not apply.
    public var directionWarning: String? {
        guard directionUnstatedAndOneWay else { return nil }
        return "direction not declared and no pair of actors has records both ways: if the records carry no direction (joint projects, co-authorship, \"works with\" surveys), give --undirected or declare {\"directed\": false} in the dataset's meta.json; two-way pairs are not judged until the direction is stated (declare {\"directed\": true} or give --directed if each record's source initiated it)"
    }
}
