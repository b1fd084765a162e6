import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// The map section's part for an overview (``MapOverview``): what the overview is, and one
/// collapsed block per community a reader can open actor by actor (clicking a community's
/// circle on the map opens its block: ``InteractiveMap``), each with its most central
/// members drawn and labelled.
extension ReportPage {
    func overviewCommunities(_ s: inout HTML) {
        guard let overview = analyses.map.overview else { return }
        s.element("p", [("class", "note")],
                  text: "This map is an overview: \(overview.selectedActors) actors are more than a map draws legibly one by one "
                      + "(\(overview.actorLimit)). The \(analyses.map.actors.count) most central actors are drawn as actors; "
                      + "every other actor is counted in its community (circles: area by actors, fill by the most frequent "
                      + "\(analyses.groupName), labelled by the most central members), and the ties between them are summed. "
                      + "Click a community to open it actor by actor below.")
        let maps = zip(overview.communities, communityMaps)
        guard !communityMaps.isEmpty else { return }
        s.element("div", [("class", "communities-actor-by-actor")]) { d in
            for (community, svg) in maps {
                d.element("details", [("id", "collab-map-community-\(community.number)")]) { block in
                    let drawn = community.members.count > ReportAnalyses.labelledMapLimit
                        ? "its \(ReportAnalyses.labelledMapLimit) most central members drawn" : "every member drawn"
                    block.element("summary", text: "Community \(community.number): \(community.members.count) actors, "
                                  + (community.dominantGroup.map { "mostly \($0)" } ?? "no \(analyses.groupName)") + " — \(drawn)")
                    block.element("figure", [("class", "map")]) { f in f.raw(ReportPage.inlineSVG(svg)) }
                }
            }
        }
    }
}
