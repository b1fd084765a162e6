import CollabGraph
/// The short cohesion and homophily paragraph of the report, e.g. "Cohesion: density
/// 0.023; 6 components, the largest holding 97% of actors; transitivity 0.12. Ties lean
/// towards the same sector: E–I +0.22 (expected +0.55), p < 0.01; Yule's Q +0.39."
///
/// Built from the run's context: its main view and its groups (``AnalysisContext/groups``),
/// restricted to the study actors (``AnalysisContext/studyView``) as the commands are.
/// Without a group attribute the homophily sentence says why it was not measured (the
/// context's ``AnalysisContext/groupNote``). Seeded: the same context gives the same text.
public enum CohesionParagraph {
    public static func text(context: AnalysisContext, permutations: Int = 1000, seed: UInt64 = 1) -> String {
        let induced = context.studyView.induced
        let view = induced?.view ?? context.view
        // Path lengths are not quoted in the paragraph: skip their O(n m) searches.
        var sentences = [CohesionSummary(view: view, pathLengths: false).sentence]
        if let all = context.groups {
            let groups = induced?.groups(all) ?? all
            let analysis = HomophilyAnalysis(view: view, groups: groups, permutations: permutations, seed: seed)
            sentences.append(analysis.sentence(attribute: groups.attribute ?? "group")
                             ?? "Homophily is not measured: there are no ties.")
        } else {
            sentences.append("Homophily is not measured: \(context.groupNote ?? "no group attribute").")
        }
        return sentences.joined(separator: " ")
    }
}
