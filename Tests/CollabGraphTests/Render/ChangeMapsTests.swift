import CollabGraph
import CollabRender
import Foundation
import XCTest

/// Small multiples keep every actor in one place across waves.
final class ChangeMapsTests: XCTestCase {
    /// (node title, cx, cy) of every drawn node of an SVG.
    private func positions(_ svg: Data) -> [String: String] {
        let text = String(decoding: svg, as: UTF8.self)
        var out: [String: String] = [:]
        for block in text.components(separatedBy: "class=\"node\">").dropFirst() {
            guard let title = block.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first,
                  let cx = block.components(separatedBy: "cx=\"").dropFirst().first?.components(separatedBy: "\"").first,
                  let cy = block.components(separatedBy: "cy=\"").dropFirst().first?.components(separatedBy: "\"").first else { continue }
            out[title] = cx + "," + cy
        }
        return out
    }

    /// Three waves of a five-actor system: a–b, b–c; then a–b, c–d; then d–e. Every actor
    /// present in some wave is drawn in every wave, at the same coordinates.
    func testActorsKeepTheirPlace() throws {
        let actors = ["a", "b", "c", "d", "e"].map { Actor(id: $0, kind: "sme") }
        func view(_ ties: [(Int32, Int32)]) -> GraphView {
            GraphView(nodeCount: 5, sources: ties.map(\.0), targets: ties.map(\.1), weights: ties.map { _ in 1 }, directed: false)
        }
        let maps = try ChangeMaps.render(actors: actors, views: [view([(0, 1), (1, 2)]), view([(0, 1), (2, 3)]), view([(3, 4)])],
                                         labels: ["2016", "2017", "2018"])
        XCTAssertEqual(maps.svgs.count, 3)
        XCTAssertEqual(maps.pngs.count, 3)
        XCTAssertEqual(maps.drawn, 5)
        let first = positions(maps.svgs[0])
        XCTAssertEqual(Set(first.keys), ["a0", "a1", "a2", "a3", "a4"])
        for svg in maps.svgs.dropFirst() { XCTAssertEqual(positions(svg), first) }
        // Two different actors are not drawn on top of each other.
        XCTAssertEqual(Set(first.values).count, 5)
        // Labels are text, escaped: a label with markup stays text in the page.
        let page = ChangeMaps.page(title: "How <x> changed", labels: ["2016"], files: ["wave-1.svg"], note: "n")
        XCTAssertTrue(page.contains("How &lt;x&gt; changed"))
    }
}
