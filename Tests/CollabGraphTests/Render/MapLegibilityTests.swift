import CollabGraph
import Foundation
import XCTest
@testable import CollabRender
@testable import CollabAnalysis
import CollabOutput

final class MapLegibilityTests: XCTestCase {
    /// The figures `map-legibility` measures, at the PNG's pixel scale: the share of the
    /// canvas the actors' bounding box covers, the median and smallest actor and the
    /// smallest label in pixels.
    struct Figures {
        var coverage: Double
        var medianActor: Double
        var smallestActor: Double
        var smallestLabel: Double
    }

    static func figures(svg: Data, png: Data) throws -> Figures {
        let text = String(decoding: svg, as: UTF8.self)
        func matches(_ pattern: String, in string: String) -> [[String]] {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            let ns = string as NSString
            return regex.matches(in: string, range: NSRange(location: 0, length: ns.length)).map { m in
                (0 ..< m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
            }
        }
        let box = try XCTUnwrap(matches(#"viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)""#, in: text).first)
        let width = Double(box[3])!, height = Double(box[4])!
        let pixels = png.subdata(in: 16 ..< 20).reduce(0) { $0 << 8 | Int($1) }
        let scale = Double(pixels) / width
        var xs: [Double] = [], ys: [Double] = [], sizes: [Double] = [], fonts: [Double] = []
        for node in matches(#"<g id="node\d+" class="node">(.*?)</g>"#, in: text).map({ $0[1] }) {
            if let e = matches(#"<ellipse[^>]*cx="([-\d.]+)" cy="([-\d.]+)" rx="([-\d.]+)" ry="([-\d.]+)""#, in: node).first {
                let (cx, cy, rx, ry) = (Double(e[1])!, Double(e[2])!, Double(e[3])!, Double(e[4])!)
                xs += [cx - rx, cx + rx]; ys += [cy - ry, cy + ry]; sizes.append(2 * min(rx, ry))
            } else if let p = matches(#"<(?:polygon|path)[^>]*(?:points|d)="([^"]+)""#, in: node).first {
                let numbers = matches(#"-?\d+(?:\.\d+)?"#, in: p[1]).map { Double($0[0])! }
                let px = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
                let py = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
                xs += [px.min()!, px.max()!]; ys += [py.min()!, py.max()!]
                sizes.append(min(px.max()! - px.min()!, py.max()! - py.min()!))
            }
            fonts += matches(#"font-size="([\d.]+)""#, in: node).map { Double($0[1])! }
        }
        sizes.sort()
        let coverage = (xs.max()! - xs.min()!) * (ys.max()! - ys.min()!) / (width * height)
        return Figures(coverage: coverage, medianActor: sizes[sizes.count / 2] * scale, smallestActor: sizes[0] * scale,
                       smallestLabel: (fonts.min() ?? .infinity) * scale)
    }

    func testTheLimitFollowsFromTheCanvasAndTheRoomAnActorTakes() {
        let canvas = MapLegibility.canvasPixels * MapLegibility.canvasPixels * MapLegibility.canvasAspect
        let byArea = Int(canvas / (MapLegibility.actorPitch * MapLegibility.actorPitch))
        XCTAssertEqual(byArea, 6742)
        XCTAssertEqual(MapLegibility.actorLimit, min(byArea, MapLegibility.compactLayoutLimit))
        XCTAssertEqual(MapLegibility.canvasPixels, Double(StyleOptions.defaultMaximumPixels))
        XCTAssertEqual(MapLegibility.compactLayoutLimit, MapStyle.prismLimit)
    }

    /// A giant star (400 leaves) and one far component (a pair): packed, the drawing fills
    /// its canvas and every actor and label is large enough to see.
    func testAGiantStarAndAFarComponentDrawLegibly() throws {
        var graph = CollaborationGraph()
        graph.addActor(Actor(id: "hub", label: "The Hub University", kind: "anchor", attributes: ["sector": "education"]))
        for i in 0 ..< 400 {
            graph.addActor(Actor(id: "s\(i)", label: "Partner \(i)", kind: i % 5 == 0 ? "sme" : "employer",
                                 attributes: ["sector": i % 3 == 0 ? "research" : "business"]))
            graph.addTie(from: "hub", to: "s\(i)", type: "joint project")
        }
        graph.addActor(Actor(id: "x", label: "Far Away Ltd", kind: "employer", attributes: ["sector": "business"]))
        graph.addActor(Actor(id: "y", label: "Further Away Ltd", kind: "sme", attributes: ["sector": "business"]))
        graph.addTie(from: "x", to: "y", type: "joint project")
        var view = ViewOptions()
        view.directed = false
        let map = try MapBuilder.build(graph, options: MapOptions(view: view))
        XCTAssertEqual(map.actors.count, 403)
        let style = StyleOptions(title: "A giant star and a far pair")
        let dot = DOTWriter.write(MapStyle.dot(map, graph: graph, options: style))
        XCTAssertTrue(dot.contains("\"pack\"=\"true\""), "components packed")
        let rendered = try MapRenderer.render(graph, map: map, style: style, engine: nil, formats: [.svg, .png])
        let figures = try Self.figures(svg: rendered[0].data, png: rendered[1].data)
        XCTAssertGreaterThanOrEqual(figures.coverage, 0.4)
        XCTAssertGreaterThanOrEqual(figures.medianActor, 3)
        XCTAssertGreaterThanOrEqual(figures.smallestActor, 3)
        XCTAssertGreaterThanOrEqual(figures.smallestLabel, 8)
    }
}
