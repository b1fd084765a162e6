import CollabGraph
import CollabAnalysis
import CollabOutput

/// Drawing an overview (``MapOverview``): each community a circle (`c<number>`) whose area
/// grows with its actors, filled with its dominant group's colour, labelled with its number,
/// its size and its most central members (shortened); aggregated ties as grey lines whose
/// width grows with √(summed weight / the largest), solid when most of their pairs are
/// strong. Tooltips hold the full names and counts. The core actors are drawn by
/// ``MapStyle/dot(_:graph:options:)`` as on any map.
extension MapStyle {
    /// Circle diameters of the smallest and the largest community, in inches.
    static let communityDiameter = (smallest: 0.9, largest: 2.6)
    /// Characters of a member's name on a community's circle.
    static let communityNameLength = 24

    static func drawOverview(_ overview: MapOverview, into dot: inout DOTGraph, groups: GroupColours,
                             graph: CollaborationGraph, map: ActorMap) {
        let largest = Double(overview.communities.map(\.members.count).max() ?? 1)
        for community in overview.communities {
            let relative = (Double(community.members.count) / largest).squareRoot()
            let diameter = communityDiameter.smallest + (communityDiameter.largest - communityDiameter.smallest) * relative
            let fill = groups.colour(for: community.dominantGroup)
            let names = community.named.map { graph.actors[Int($0)].label }
            var label = "community \(community.number)\n\(community.members.count) actors"
            for name in names { label += "\n" + shortened(name, to: communityNameLength) }
            var tooltip = "community \(community.number): \(community.members.count) actors, "
                + "\(community.internalTies) ties inside"
            if let group = community.dominantGroup {
                tooltip += "; most are \(group) (\(NumberFormat.fixed(community.dominantShare * 100, digits: 0))%)"
            }
            tooltip += "; most central: " + names.joined(separator: "; ")
            var attributes = [
                DOTAttribute("shape", "circle"), DOTAttribute("style", "filled"), DOTAttribute("fillcolor", fill),
                DOTAttribute("fixedsize", "shape"), DOTAttribute("width", format(diameter)),
                DOTAttribute("label", label), DOTAttribute("fontsize", format(11 + 5 * relative)),
                DOTAttribute("penwidth", "1.5"), DOTAttribute("tooltip", truncated(tooltip, to: tooltipLength)),
                DOTAttribute("community", String(community.number)),
                DOTAttribute("members", String(community.members.count)),
            ]
            if isDark(fill) { attributes.append(DOTAttribute("fontcolor", "white")) }
            dot.nodes.append(DOTNode(id: "c\(community.number)", attributes: attributes))
        }
        let heaviest = overview.links.map(\.weight).max() ?? 1
        func id(_ node: MapOverview.Node) -> String {
            switch node {
            case .actor(let actor): "a\(actor)"
            case .community(let slot): "c\(overview.communities[slot].number)"
            }
        }
        for link in overview.links {
            let strong = 2 * link.strongPairs >= link.pairs
            var attributes = [
                DOTAttribute("penwidth", format(0.6 + 5.4 * (link.weight / heaviest).squareRoot())),
                DOTAttribute("dir", "none"), DOTAttribute("class", "aggregated"),
                DOTAttribute("tie_weight", format(link.weight)),
                DOTAttribute("tooltip", "\(link.pairs) ties (\(link.strongPairs) strong), weight \(format(link.weight))"),
            ]
            attributes.append(strong ? DOTAttribute("color", strongTieColour) : DOTAttribute("style", "dashed"))
            dot.edges.append(DOTEdge(source: id(link.source), target: id(link.target), attributes: attributes))
        }
    }

    /// What an overview draws, for the caption.
    static func overviewCaption(_ overview: MapOverview, coreActors: Int, coreTies: Int) -> String {
        var text = "overview: \(overview.selectedActors) actors and \(overview.selectedTies) ties "
            + "are more than a map draws legibly one by one (\(overview.actorLimit)), so the \(coreActors) most central "
            + "are drawn as actors (\(coreTies) ties among them) and the others as their \(overview.communities.count) largest communities, "
            + "with the ties between them summed"
        if overview.omittedActors > 0 {
            text += "; \(overview.omittedActors) actors in \(overview.omittedCommunities) smaller communities not drawn"
        }
        return text
    }
}
