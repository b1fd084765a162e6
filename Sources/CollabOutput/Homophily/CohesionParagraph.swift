import CollabAnalysis
import CollabGraph
/// The short cohesion and homophily paragraph of the report, e.g. "Cohesion: density
/// 0.023; 6 components, the largest holding 97% of actors; transitivity 0.12. Ties lean
/// towards the same sector: E–I +0.22 (expected +0.55), p < 0.01; Yule's Q +0.39."
///
/// Written from the report's typed results: the cohesion summary and homophily test of the
/// study actors (``AnalysisContext/studyCohesion``, ``AnalysisContext/studyHomophily``).
/// Without a group attribute the homophily sentence says why it was not measured.
public enum CohesionParagraph {
    /// The paragraph of a run's ``ReportAnalyses/cohesion`` and ``ReportAnalyses/homophily``.
    public static func text(cohesion: CohesionSummary, homophily: HomophilyAnalysis?, groupAttribute: String?, groupNote: String?) -> String {
        var sentences = [cohesion.sentence]
        if let homophily {
            sentences.append(homophily.sentence(attribute: groupAttribute ?? "group") ?? "Homophily is not measured: there are no ties.")
        } else {
            sentences.append("Homophily is not measured: \(groupNote ?? "no group attribute").")
        }
        return sentences.joined(separator: " ")
    }
}
