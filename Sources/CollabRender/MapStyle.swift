import Foundation
import CollabGraph
import CollabAnalysis
import CollabOutput

/// Styles a selected map (``ActorMap``) into DOT that reads at a glance:
///
/// - **shape by kind**: anchor institutions are bold rounded boxes (and at least medium
///   size), employers hexagons, SMEs small ellipses, networks diamonds, public bodies
///   houses, schools pentagons, providers parallelograms, community groups dashed ellipses;
///   other kinds (`college`, `university`, `council`…) take shapes no built-in kind uses
///   (triangle, inverted triangle, star, double circle, square, …) in order of first
///   appearance, each with its own legend glyph; beyond those, the remaining kinds share
///   one "other kinds" shape and the legend names them;
/// - **fill by group** (default `sector`, else `kind`): the Okabe–Ito colour-blind-safe
///   palette (Okabe & Ito 2008, https://jfly.uni-koeln.de/color/; Wong 2011, "Points of
///   view: Color blindness", Nature Methods 8:441, doi:10.1038/nmeth.1618) for the seven
///   largest groups by actor count among the actors a whole map would draw (ties by
///   name), light grey for the rest ("other", whose members the legend names, folding
///   beyond a few into "… and K more") and white for actors without a value; text turns
///   white on dark fills;
/// - **size by a measure**: a labelled actor's font grows with √(value / max), an
///   unlabelled actor is a fixed-size shape whose width grows with √(value / max); the
///   legend shows three sizes with their values;
/// - **labels**: at most ``MapStyle/labelLength`` characters drawn (wrapped on two lines);
///   the tooltip holds the full name (up to ``MapStyle/tooltipLength`` characters, so a
///   pathological multi-megabyte name cannot stall Graphviz's parser);
/// - **ties**: width 0.6 + 3.4·√(weight / max weight) points; strong ties solid, weak
///   ties dashed; one-way ties carry an arrow from the initiator, two-way ties none;
///   suggested ties dashed vermillion; ties drawn beneath actors;
/// - **highlighted** actors (and the focus) get a thick black double outline;
/// - **title and legend** as one HTML-like graph label at the top (title on the left,
///   legend grid on the right), built only from escaped text (``HTMLLabel``);
/// - **caption**: actors drawn of the graph's, isolates and smaller components left out,
///   the size measure, the layout engine and its seed;
/// - **raster size**: PNG output is drawn at a resolution lowered so that its long side
///   is at most ``StyleOptions/maximumPixels`` (default 4,096; ``GraphvizRenderer``);
/// - **layout**: `start=1` (fixed seed), overlap removal (`prism` up to
///   ``MapStyle/prismLimit`` actors, `scale` and sfdp's `quadtree=fast` above, where prism
///   takes minutes) and straight ties for the force layouts, so the same input gives the
///   same layout (prism's last digits aside: an open defect, see ``GraphvizRenderer``).
///
/// Actors are written with generated ids `a<index>` (their index in the graph): actor
/// ids and names only ever appear as escaped attribute values (`label`, `tooltip`,
/// `actor`, `fill_value`); data attributes use names Graphviz ignores (`actor`, `kind`,
/// `fill_by`, `fill_value`, `size_value`, `tie_weight`, `tie_strength`).
///
/// - Complexity: O(n + m) for n drawn actors and m drawn ties.
public enum MapStyle {
    /// Okabe–Ito, without black, in an order that keeps neighbours distinct.
    public static let palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    public static let otherColour = "#BBBBBB"
    public static let missingColour = "#FFFFFF"
    /// The fill when there is nothing to colour by.
    public static let uniformColour = "#56B4E9"
    public static let suggestedColour = "#D55E00"
    public static let tieColour = "#555555"
    public static let strongTieColour = "#333333CC"
    static let fontName = "Helvetica,Arial,sans-serif"

    /// A shape per known kind: (Graphviz shape, extra style, legend glyph).
    static let kindShapes: [ActorKind: KindShape] = [
        .anchor: KindShape(shape: "box", style: "rounded", glyph: "▢", penWidth: 2.5),
        .employer: KindShape(shape: "hexagon", style: "", glyph: "⬢", penWidth: 1),
        .sme: KindShape(shape: "ellipse", style: "", glyph: "●", penWidth: 0.8),
        .network: KindShape(shape: "diamond", style: "", glyph: "◆", penWidth: 1.2),
        .public: KindShape(shape: "house", style: "", glyph: "⌂", penWidth: 1.2),
        .school: KindShape(shape: "pentagon", style: "", glyph: "⬟", penWidth: 1),
        .provider: KindShape(shape: "parallelogram", style: "", glyph: "▰", penWidth: 1),
        .community: KindShape(shape: "ellipse", style: "dashed", glyph: "◌", penWidth: 1.5),
    ]
    /// Shapes for kinds not in the table, in order of first appearance: none is used by a
    /// built-in kind, and each legend glyph is distinct (all in DejaVu Sans).
    static let spareShapes: [KindShape] = [
        KindShape(shape: "triangle", style: "", glyph: "▲", penWidth: 1),
        KindShape(shape: "invtriangle", style: "", glyph: "▼", penWidth: 1),
        KindShape(shape: "star", style: "", glyph: "★", penWidth: 1),
        KindShape(shape: "doublecircle", style: "", glyph: "◎", penWidth: 1),
        KindShape(shape: "box", style: "", glyph: "■", penWidth: 1),
        KindShape(shape: "Mdiamond", style: "", glyph: "◈", penWidth: 1),
        KindShape(shape: "Msquare", style: "", glyph: "⊠", penWidth: 1),
        KindShape(shape: "rarrow", style: "", glyph: "▶", penWidth: 1),
        KindShape(shape: "larrow", style: "", glyph: "◀", penWidth: 1),
    ]
    /// The shape shared by kinds beyond the spare shapes.
    static let otherKindsShape = KindShape(shape: "Mcircle", style: "", glyph: "⊙", penWidth: 1)
    /// The most actors whose overlaps are removed by Graphviz's prism (compact, but slow on
    /// more); larger maps are scaled apart.
    public static let prismLimit = MapLegibility.compactLayoutLimit
    /// Characters of a name drawn on the map (longer names end in "…").
    public static let labelLength = 40
    /// Characters of a name kept in its tooltip.
    public static let tooltipLength = 1000
    /// Names listed for a merged group ("other") or merged kinds before "… and K more".
    static let mergedNamesShown = 6

    struct KindShape {
        var shape: String
        var style: String
        var glyph: String
        var penWidth: Double
    }

    /// The attribute a map fills actors by: `colourBy` as asked, else sector, else kind
    /// when actors differ in kind, else none (nil).
    public static func fillAttribute(_ graph: CollaborationGraph, colourBy: String?) -> String? {
        colourBy ?? (graph.actors.contains { $0.value(of: "sector") != nil } ? "sector"
            : Set(graph.actors.map(\.kind)).count > 1 ? "kind" : nil)
    }

    /// The DOT for a map.
    public static func dot(_ map: ActorMap, graph: CollaborationGraph, options: StyleOptions) -> DOTGraph {
        let actors = map.actors.map { graph.actors[Int($0)] }
        // Group colours.
        let attribute = fillAttribute(graph, colourBy: options.colourBy)
        // The fill value of an actor: given per actor (communities, core), else its attribute.
        let fillValue: (Int32) -> String? = { index in
            if let values = options.colourValues { return values[Int(index)] }
            return attribute.flatMap { graph.actors[Int(index)].value(of: $0) }
        }
        // Colours are ranked over the whole graph, so that every map of one dataset gives a
        // group the same colour; the legend lists the groups drawn.
        let pool = map.colourPool.isEmpty ? graph.actors.indices.map { Int32($0) } : map.colourPool
        var groups = groupColours(pool.map(fillValue))
        groups.restrict(to: map.actors.map(fillValue) + (map.overview?.communities.map(\.dominantGroup) ?? []))
        // Kind shapes.
        let kindPlan = kindShapePlan(actors.map(\.actorKind))
        let kindOrder = kindPlan.order
        let shapes = kindPlan.shapes
        let maxSize = map.size.max() ?? 0
        let maxWeight = map.ties.map(\.weight).max() ?? 1
        let large = map.actors.count > 400

        var dot = DOTGraph(name: options.title, isDirected: true)
        var graphAttributes: [DOTAttribute] = [
            DOTAttribute("layout", options.engine.rawValue),
            DOTAttribute("start", "1"),
            DOTAttribute("bgcolor", "white"),
            DOTAttribute("pad", "0.3"),
            DOTAttribute("fontname", fontName),
            DOTAttribute("outputorder", "edgesfirst"),
            DOTAttribute("labelloc", "t"),
            DOTAttribute("labeljust", "l"),
        ]
        switch options.engine {
        case .neato, .fdp, .sfdp:
            // Prism overlap removal keeps labels apart and the drawing compact (2,249
            // actors: 4.5 s); above 3,000 actors it costs minutes (10,000: over 25 s of
            // CPU; 20,000: 338 s against 35 s), so large maps are scaled apart instead,
            // with sfdp's faster force approximation (10,000 actors: 3.9 s against 5.9 s).
            if map.actors.count > MapStyle.prismLimit {
                graphAttributes.append(DOTAttribute("overlap", "scale"))
                if options.engine == .sfdp { graphAttributes.append(DOTAttribute("quadtree", "fast")) }
            } else {
                graphAttributes += [DOTAttribute("overlap", "prism"), DOTAttribute("overlap_scaling", large ? "-4" : "-6")]
            }
            graphAttributes += [DOTAttribute("sep", large ? "+2" : "+6"), DOTAttribute("splines", "false")]
            // Components laid out one by one and packed side by side, so a far component
            // cannot stretch the drawing (Graphviz's default leaves them where the forces
            // put them, which on graphs with many components spans a mostly empty canvas).
            graphAttributes += [DOTAttribute("pack", "true"), DOTAttribute("packmode", "graph")]
            if options.engine == .neato { graphAttributes.append(DOTAttribute("mode", "major")) }
        case .circo, .twopi:
            graphAttributes += [DOTAttribute("overlap", "false"), DOTAttribute("splines", "false")]
        case .dot:
            graphAttributes += [DOTAttribute("rankdir", "LR"), DOTAttribute("nodesep", "0.15")]
        }
        if let dpi = options.dpi { graphAttributes.append(DOTAttribute("dpi", String(dpi))) }
        graphAttributes.append(DOTAttribute("label", html: legend(map: map, kinds: kindOrder, shapes: shapes,
                                                                  mergedKinds: kindPlan.merged,
                                                                  attribute: attribute, groups: groups, options: options)))
        dot.graphAttributes = graphAttributes
        dot.nodeDefaults = [DOTAttribute("fontname", fontName), DOTAttribute("style", "filled"),
                            DOTAttribute("color", "#333333"), DOTAttribute("margin", "0.06,0.03")]
        dot.edgeDefaults = [DOTAttribute("color", tieColour + "99"), DOTAttribute("arrowsize", "0.6")]

        for (i, actor) in actors.enumerated() {
            let index = map.actors[i]
            let shape = shapes[actor.actorKind]!
            let relative = maxSize > 0 ? (map.size[i] / maxSize).squareRoot() : 0
            let fill = attribute != nil || options.colourValues != nil ? groups.colour(for: fillValue(index)) : uniformColour
            var attributes: [DOTAttribute] = [DOTAttribute("actor", truncated(actor.id, to: tooltipLength))]
            attributes.append(DOTAttribute("shape", shape.shape))
            var style = ["filled"]
            if !shape.style.isEmpty { style.append(shape.style) }
            attributes.append(DOTAttribute("style", style.joined(separator: ",")))
            attributes.append(DOTAttribute("fillcolor", fill))
            if isDark(fill) { attributes.append(DOTAttribute("fontcolor", "white")) }
            let isAnchor = actor.actorKind == .anchor
            if map.labelled[i] {
                let fontSize = (isAnchor ? 12 : actor.actorKind == .sme ? 8 : 9) + (isAnchor ? 8 : 9) * relative
                attributes.append(DOTAttribute("label", displayLabel(actor.label)))
                attributes.append(DOTAttribute("fontsize", format(fontSize)))
            } else {
                let minimum = isAnchor ? 0.35 : actor.actorKind == .sme ? 0.1 : 0.14
                let span = isAnchor ? 0.35 : actor.actorKind == .sme ? 0.3 : 0.4
                let width = minimum + span * relative
                attributes.append(DOTAttribute("label", ""))
                attributes.append(DOTAttribute("fixedsize", "true"))
                attributes.append(DOTAttribute("width", format(width)))
                attributes.append(DOTAttribute("height", format(shape.shape == "box" || shape.shape == "parallelogram" ? width * 0.7 : width)))
            }
            attributes.append(DOTAttribute("tooltip", truncated(actor.label, to: tooltipLength)))
            // Data attributes carry names Graphviz does not use (a user column called
            // `group` or `width` must not steer the layout).
            if let attribute, let value = fillValue(index) {
                attributes.append(DOTAttribute("fill_by", attribute))
                attributes.append(DOTAttribute("fill_value", value))
            }
            attributes.append(DOTAttribute("kind", actor.kind))
            attributes.append(DOTAttribute("size_value", format(map.size[i])))
            let emphasised = map.highlighted[i] || map.focus == index
            attributes.append(DOTAttribute("penwidth", format(emphasised ? 3.5 : shape.penWidth)))
            if emphasised {
                attributes.append(DOTAttribute("color", "black"))
                attributes.append(DOTAttribute("peripheries", "2"))
            }
            dot.nodes.append(DOTNode(id: "a\(index)", attributes: attributes))
        }
        for tie in map.ties {
            var attributes: [DOTAttribute] = []
            let width = 0.6 + 3.4 * (tie.weight / maxWeight).squareRoot()
            attributes.append(DOTAttribute("penwidth", format(width)))
            if !tie.strength.isStrong {
                attributes.append(DOTAttribute("style", "dashed"))
            } else {
                attributes.append(DOTAttribute("color", strongTieColour))
            }
            attributes.append(DOTAttribute("dir", map.arrows && !tie.isTwoWay ? "forward" : "none"))
            attributes.append(DOTAttribute("tie_weight", format(tie.weight)))
            attributes.append(DOTAttribute("tie_strength", format(tie.strength.index)))
            attributes.append(DOTAttribute("class", tie.strength.isStrong ? "strong" : "weak"))
            dot.edges.append(DOTEdge(source: "a\(tie.source)", target: "a\(tie.target)", attributes: attributes))
        }
        if let overview = map.overview { drawOverview(overview, into: &dot, groups: groups, graph: graph, map: map) }
        for tie in map.suggestedTies {
            dot.edges.append(DOTEdge(source: "a\(tie.source)", target: "a\(tie.target)", attributes: [
                DOTAttribute("color", suggestedColour), DOTAttribute("style", "dashed"), DOTAttribute("penwidth", "2.5"),
                DOTAttribute("dir", "none"), DOTAttribute("class", "suggested"),
            ]))
        }
        return dot
    }

    /// `text` cut to `length` characters, the last being "…" when cut.
    static func truncated(_ text: String, to length: Int) -> String {
        // utf8.count bounds the character count cheaply for short names.
        guard text.utf8.count > length, text.count > length else { return text }
        return String(text.prefix(length - 1)) + "…"
    }

    /// The shape of each kind among `kinds`: built-in kinds their own; the first other kind
    /// (or no kind) a plain ellipse when no SME is drawn; further kinds the spare shapes in
    /// order of first appearance; the rest one shared "other kinds" shape.
    static func kindShapePlan(_ kinds: [ActorKind]) -> (order: [ActorKind], shapes: [ActorKind: KindShape], merged: [ActorKind]) {
        var order: [ActorKind] = []
        var shapes: [ActorKind: KindShape] = [:]
        var merged: [ActorKind] = []
        var spareUsed = 0
        // The first kind without a built-in shape (no kind, or one like `person` or
        // `family`) is a plain ellipse, unless SMEs (ellipses too) are drawn.
        var plainEllipse: KindShape? = kinds.contains(.sme) ? nil : KindShape(shape: "ellipse", style: "", glyph: "●", penWidth: 1)
        for kind in kinds where shapes[kind] == nil {
            if kindShapes[kind] == nil, let plain = plainEllipse {
                shapes[kind] = plain
                order.append(kind)
                plainEllipse = nil
            } else if let known = kindShapes[kind] {
                shapes[kind] = known
                order.append(kind)
            } else if spareUsed < spareShapes.count {
                shapes[kind] = spareShapes[spareUsed]
                spareUsed += 1
                order.append(kind)
            } else {
                shapes[kind] = otherKindsShape
                merged.append(kind)
            }
        }
        return (order, shapes, merged)
    }

    /// "a, b, c, … and K more" (each name shortened as a label is).
    static func namedList(_ names: [String]) -> String {
        TextList.folded(names.map { shortened($0, to: labelLength) }, limit: mergedNamesShown)
    }

    /// `text` within `length` characters for drawing: whole words from the start and (up to
    /// a third of the length) from the end around " … " (names often differ at their end:
    /// "The Chancellor, Masters and Scholars of the University of Oxford" → "The
    /// Chancellor, Masters and … of Oxford"), else cut with a final "…".
    static func shortened(_ text: String, to length: Int) -> String {
        guard text.utf8.count > length, text.count > length else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if words.count >= 3 {
            let tailBudget = length / 3
            var tail: [Substring] = []
            var tailCount = 0
            for word in words.reversed() {
                let next = tailCount + word.count + (tail.isEmpty ? 0 : 1)
                guard next <= tailBudget else { break }
                tail.insert(word, at: 0)
                tailCount = next
            }
            var head: [Substring] = []
            var headCount = 0
            let headBudget = length - tailCount - 3
            for word in words.dropLast(tail.count) {
                let next = headCount + word.count + (head.isEmpty ? 0 : 1)
                guard next <= headBudget else { break }
                head.append(word)
                headCount = next
            }
            if !head.isEmpty && !tail.isEmpty {
                return head.joined(separator: " ") + " … " + tail.joined(separator: " ")
            }
        }
        return truncated(text, to: length)
    }

    /// Long names are shortened to ``labelLength`` characters and wrapped onto two lines at a space.
    static func displayLabel(_ label: String) -> String {
        let text = shortened(label, to: labelLength)
        guard text.count > 18, !text.contains("\n") else { return text }
        let characters = Array(text)
        let middle = characters.count / 2
        var best: Int?
        for (i, c) in characters.enumerated() where c == " " {
            if best == nil || abs(i - middle) < abs(best! - middle) { best = i }
        }
        guard let split = best else { return text }
        return String(characters[..<split]) + "\n" + String(characters[(split + 1)...])
    }

    /// Colours for the values of the grouping attribute.
    public struct GroupColours: Sendable {
        /// Named groups in legend order with their colours.
        public var named: [(value: String, colour: String)]
        public var hasOther: Bool
        public var hasMissing: Bool
        /// The groups merged into "other", largest first (ties by name).
        public var merged: [String] = []

        /// Keeps in the legend only the groups among `values` (colours unchanged).
        public mutating func restrict(to values: [String?]) {
            let present = Set(values.compactMap { $0 })
            hasOther = present.contains { value in !named.contains { $0.value == value } }
            hasMissing = values.contains(nil)
            named = named.filter { present.contains($0.value) }
            let drawnNamed = Set(named.map(\.value))
            // Present groups without a colour, in the order of `merged`, then any new ones by name.
            var others = merged.filter { present.contains($0) }
            let known = Set(merged)
            others += present.filter { !drawnNamed.contains($0) && !known.contains($0) }.sorted()
            merged = others
        }

        public func colour(for value: String?) -> String {
            guard let value else { return MapStyle.missingColour }
            return named.first { $0.value == value }?.colour ?? MapStyle.otherColour
        }
    }

    /// The seven largest groups (ties by name) take the palette; the rest are "other".
    public static func groupColours(_ values: [String?]) -> GroupColours {
        var counts: [String: Int] = [:]
        var missing = false
        for value in values {
            if let value { counts[value, default: 0] += 1 } else { missing = true }
        }
        let ranked = counts.keys.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
        let named = ranked.prefix(palette.count).enumerated().map { ($0.element, palette[$0.offset]) }
        return GroupColours(named: named.sorted { $0.0 < $1.0 }, hasOther: ranked.count > palette.count, hasMissing: missing,
                            merged: Array(ranked.dropFirst(palette.count)))
    }

    /// The title and legend as one HTML-like table of escaped text.
    static func legend(map: ActorMap, kinds: [ActorKind], shapes: [ActorKind: KindShape], mergedKinds: [ActorKind] = [],
                       attribute: String?, groups: GroupColours, options: StyleOptions) -> HTMLLabel {
        func text(_ s: String) -> String { HTMLLabel.text(s) }
        func item(_ swatch: String, _ label: String) -> String { swatch + "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"15\">" + text(label) + "</FONT></TD>" }
        func rows(_ heading: String, _ items: [String]) -> String {
            // A flat grid: heading, then (marker, name) pairs with a spacer between items.
            var out = ""
            let perRow = 6
            for start in stride(from: 0, to: max(items.count, 1), by: perRow) {
                out += "<TR><TD ALIGN=\"LEFT\">" + (start == 0 ? "<FONT POINT-SIZE=\"15\"><B>" + text(heading) + "</B></FONT>" : " ") + "</TD>"
                out += items[start ..< min(start + perRow, items.count)].joined(separator: "<TD WIDTH=\"12\"> </TD>")
                out += "</TR>"
            }
            return out
        }
        func swatch(_ colour: String) -> String {
            "<TD BGCOLOR=\"\(colour)\" BORDER=\"1\" COLOR=\"#333333\" WIDTH=\"16\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"><FONT POINT-SIZE=\"2\"> </FONT></TD>"
        }
        func glyph(_ g: String, colour: String = "#333333", point: Int = 18) -> String {
            "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"\(point)\" COLOR=\"\(colour)\">" + text(g) + "</FONT></TD>"
        }
        func note(_ line: String) -> String {
            "<TR><TD> </TD><TD ALIGN=\"LEFT\" COLSPAN=\"17\"><FONT POINT-SIZE=\"12\" COLOR=\"#444444\">" + text(line) + "</FONT></TD></TR>"
        }
        var groupItems = groups.named.map { item(swatch($0.colour), $0.value) }
        if groups.hasOther {
            let count = groups.merged.count
            groupItems.append(item(swatch(otherColour), "other (\(count) group\(count == 1 ? "" : "s") merged)"))
        }
        if groups.hasMissing { groupItems.append(item(swatch(missingColour), ActorGroups.missingName)) }
        // Colouring by kind: each kind shows its glyph in its colour.
        let kindItems = kinds.map { kind in
            item(glyph(shapes[kind]!.glyph, colour: attribute == "kind" ? groups.colour(for: kind == .unspecified ? nil : kind.rawValue) : "#333333"),
                 kind.description)
        }
        var kindItemsAll = kindItems
        if !mergedKinds.isEmpty {
            kindItemsAll.append(item(glyph(otherKindsShape.glyph), "other kinds (\(mergedKinds.count))"))
        }
        // Size: three actors of the measure's maximum, quarter and zero value.
        let maxSize = map.size.max() ?? 0
        var sizeItems: [String] = []
        if maxSize > 0 {
            for (fraction, point) in [(0.0, 7), (0.25, 12), (1.0, 20)] {
                let value = maxSize * fraction
                sizeItems.append(item(glyph("●", point: point), fraction == 1 ? "\(sizeNumber(value)) (max)" : sizeNumber(value)))
            }
        }
        var tieItems: [String] = []
        if map.ties.contains(where: \.strength.isStrong) { tieItems.append(item(glyph("━━"), "strong")) }
        if map.ties.contains(where: { !$0.strength.isStrong }) { tieItems.append(item(glyph("╍╍"), "weak")) }
        if map.arrows {
            if map.ties.contains(where: { !$0.isTwoWay }) { tieItems.append(item(glyph("→"), "one-way")) }
            if map.ties.contains(where: \.isTwoWay) { tieItems.append(item(glyph("—"), "two-way")) }
        }
        tieItems.append(item(glyph("│", colour: "#333333"), "width = weight"))
        if !map.suggestedTies.isEmpty { tieItems.append(item(glyph("╍╍", colour: suggestedColour), "suggested")) }

        let subtitle = caption(map, options: options)
        // Title and subtitle on the left, the legend grid on the right, each in its own
        // column: Graphviz stretches a nested table to its cell, so neither may share a
        // column with something wider.
        var out = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
        // One text cell (two left-justified lines) is placed, not stretched, by VALIGN.
        out += "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"28\"><B>" + text(options.title)
        out += "</B></FONT><BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"14\" COLOR=\"#444444\">" + text(subtitle)
        out += "</FONT><BR ALIGN=\"LEFT\"/></TD><TD WIDTH=\"40\"> </TD>"
        out += "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">"
        if let attribute, attribute != "kind" {
            out += rows(attribute, groupItems)
            if groups.hasOther { out += note("other: " + namedList(groups.merged)) }
        }
        if kinds.count + mergedKinds.count > 1 {
            out += rows("kind", kindItemsAll)
            if !mergedKinds.isEmpty { out += note("other kinds: " + namedList(mergedKinds.map(\.rawValue))) }
        }
        if !sizeItems.isEmpty { out += rows("size: " + map.sizeMeasure, sizeItems) }
        if let overview = map.overview {
            out += rows("communities", [item(glyph("◯"), "circle = one community (\(overview.communities.count) drawn)"),
                                        item(glyph(" "), "area = its actors"),
                                        item(glyph(" "), "fill = its most frequent " + (attribute ?? "group"))])
        }
        out += rows("ties", tieItems)
        out += "</TABLE></TD></TR></TABLE>"
        return HTMLLabel(markup: out)
    }

    /// The caption under the title: what is drawn of the graph, what was left out and how
    /// it was laid out.
    public static func caption(_ map: ActorMap, options: StyleOptions) -> String {
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var parts: [String] = []
        if let overview = map.overview { parts.append(overviewCaption(overview, coreActors: map.actors.count, coreTies: map.ties.count)) }
        // Networks known only from memberships are not actors of a tie map: counted apart.
        let networks = map.omittedIsolates >= options.membershipOnlyNetworks ? options.membershipOnlyNetworks : 0
        let total = map.totalActors - networks, isolates = map.omittedIsolates - networks
        if map.overview != nil {
            // The overview's caption has said what is drawn.
        } else if total > map.actors.count {
            parts.append("\(plural(map.actors.count, "actor")) of \(total), \(plural(map.ties.count, "tie"))")
        } else {
            parts.append("\(plural(map.actors.count, "actor")), \(plural(map.ties.count, "tie"))")
        }
        if isolates > 0 {
            parts.append("\(isolates) without ties not drawn")
        }
        if networks > 0 {
            parts.append("\(networks) networks known only from memberships left out")
        }
        if map.omittedOutside.actors > 0 {
            parts.append("largest component only (\(plural(map.omittedOutside.actors, "actor")) in \(plural(map.omittedOutside.components, "smaller component")) not drawn)")
        }
        let labelled = map.labelled.filter { $0 }.count
        if labelled < map.actors.count { parts.append("\(labelled) labelled") }
        if map.omittedLessCentral > 0 { parts.append("\(plural(map.omittedLessCentral, "less central member")) not drawn") }
        if let note = options.subtitle, !note.isEmpty { parts.append(note) }
        parts.append("layout \(options.engine.rawValue), seed 1")
        return parts.joined(separator: "; ")
    }

    /// A size value for the legend: 3 significant digits.
    static func sizeNumber(_ value: Double) -> String {
        guard value != 0 else { return "0" }
        let magnitude = Int(floor(log10(abs(value))))
        let digits = max(0, 2 - magnitude)
        return NumberFormat.shortest((value * Foundation.pow(10, Double(digits))).rounded() / Foundation.pow(10, Double(digits)))
    }

    /// Whether text on this fill should be white (relative luminance below 0.3).
    static func isDark(_ hex: String) -> Bool {
        let digits = Array(hex.dropFirst())
        guard digits.count >= 6 else { return false }
        func channel(_ i: Int) -> Double {
            let value = Double(Int(String(digits[i ..< i + 2]), radix: 16) ?? 255) / 255
            return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055).pow(2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4) < 0.3
    }

    /// Short numbers for DOT attributes (at most 3 decimals).
    static func format(_ value: Double) -> String {
        NumberFormat.shortest((value * 1000).rounded() / 1000)
    }
}

/// Title, colours and layout for ``MapStyle``.
public struct StyleOptions: Sendable {
    public var title: String
    /// A note under the title (layout, filters); nil for none.
    public var subtitle: String?
    /// The attribute that picks the fill colour; nil: `sector` when any actor has one, else `kind`.
    public var colourBy: String?
    /// Fill values given per actor (one per actor, load order; nil: no value), e.g. each
    /// actor's community or place in the core; they override the attribute, which then
    /// only names them.
    public var colourValues: [String?]?
    public var engine: LayoutEngine
    /// Resolution for raster output (PNG).
    public var dpi: Int?
    /// The most pixels on a raster's long side (nil: no cap).
    public var maximumPixels: Int?
    /// How many actors are networks known only from memberships (see
    /// ``AnalysisContext/membershipOnlyNetworks``), counted apart in the caption.
    public var membershipOnlyNetworks = 0

    /// The default raster cap: 4,096 pixels on the long side.
    public static let defaultMaximumPixels = 4096

    public init(title: String, subtitle: String? = nil, colourBy: String? = nil, engine: LayoutEngine = .neato, dpi: Int? = nil,
                maximumPixels: Int? = StyleOptions.defaultMaximumPixels) {
        self.maximumPixels = maximumPixels
        self.title = title
        self.subtitle = subtitle
        self.colourBy = colourBy
        self.engine = engine
        self.dpi = dpi
    }
}

extension Double {
    fileprivate func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
