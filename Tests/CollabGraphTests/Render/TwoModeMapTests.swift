import CollabCLI
import CollabGraph
import CollabRender
import Foundation
import XCTest

/// `collab render --two-mode`: both modes drawn, networks a distinct shape.
final class TwoModeMapTests: XCTestCase {
    /// x, y in P and Q; z in Q; the label of y carries markup, which stays text.
    static let folder = TestSupport.folder([
        "nodes.csv": "id,label,kind\nx,Firm X,sme\ny,<b>Firm Y</b>,employer\nz,College Z,anchor\nP,Board P,network\nQ,Forum Q,network\n",
        "edges.csv": "source,target\n",
        "memberships.csv": "member,network\nx,P\nx,Q\ny,P\ny,Q\nz,Q\n",
    ])

    func testBothModesWithNetworksAsSquares() throws {
        let model = try GraphLoader.load(Self.folder)
        let graph = try TwoModeGraph(model)
        let dot = TwoModeMap.dot(graph, model: model, options: TwoModeMap.Options(title: "boards"))
        XCTAssertEqual(dot.nodes.count, 5)
        XCTAssertEqual(dot.edges.count, 5)
        func shape(_ node: DOTNode) -> String? {
            node.attributes.first { $0.name == "shape" }.flatMap { if case .text(let t) = $0.value { t } else { nil } }
        }
        XCTAssertEqual(dot.nodes.map(shape), ["circle", "circle", "circle", "square", "square"])
        let text = DOTWriter.write(dot)
        XCTAssertTrue(text.contains("Board P") && text.contains("Forum Q"))
        // A quoted DOT string, which Graphviz reads as text (never an HTML label).
        XCTAssertTrue(text.contains("\"xlabel\"=\"<b>Firm Y</b>\""), text)
    }

    func testTheCommandDrawsOrSaysWhyNot() throws {
        let out = TestSupport.temporaryFolder() + "/boards.svg"
        let console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["render", Self.folder, "--two-mode", "-o", out], console: console), 0, console.standardError)
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg") && svg.contains("&lt;b&gt;Firm Y&lt;/b&gt;"))
        XCTAssertEqual(console.standardError, "Wrote \(out) (3 actors, 2 networks, 5 memberships, neato)\n")
        let refused = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["render", Self.folder, "--two-mode", "--strong-only", "-o", out], console: refused), 2)
        let karate = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["render", TestSupport.dataset("karate"), "--two-mode", "-o", out], console: karate), 1)
        XCTAssertTrue(karate.standardError.contains("has no memberships"), karate.standardError)
    }
}
