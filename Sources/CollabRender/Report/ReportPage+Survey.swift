import CollabGraph
import CollabOutput

extension ReportPage {
    /// For survey data (actors with a `respondent` attribute): who responded, which ties
    /// could be confirmed, and what the response rate leaves unjudged.
    func survey(_ m: inout HTML) {
        guard let survey = analyses.summary.survey else { return }
        m.element("section", [("id", "survey")]) { s in
            s.element("h2", text: "What the survey saw")
            s.element("ul") { list in
                for line in survey.lines {
                    list.element("li", text: line.replacingOccurrences(of: "Survey:", with: "").trimmingCharacters(in: .whitespaces))
                }
            }
            s.element("p", text: survey.limitation)
        }
    }
}
