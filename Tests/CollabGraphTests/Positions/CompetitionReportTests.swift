import CollabGraph
@testable import CollabAnalysis
import Foundation
import CollabCLI
import XCTest

/// The report's competition analysis (``CompetitionReport``): a hand case, and East London
/// against the multiple demands of `Tests/Fixtures/reference_positions.R` (set arithmetic
/// in plain R).
final class CompetitionReportTests: XCTestCase {
    /// Colleges c1, c2, c3 (kind anchor); employers e1, e2; SMEs s1, s2 (sector x or y):
    /// c1 – e1, s1, s2; c2 – e1, s1; c3 – e2; c1 – c2.
    /// Pairs: c1·c2 share e1 and s1 (2 of 4 partners: c1 has e1, s1, s2, c2; c2 has e1, s1,
    /// c1 → union {e1, s1, s2, c1, c2} = 5, J = 2/5); c3 shares nothing.
    /// Demands: e1 and s1 by c1 and c2 (2 each); s2 and e2 by one.
    func testHandCase() throws {
        let folder = TestSupport.folder([
            "nodes.csv": "id,kind,sector\nc1,anchor,edu\nc2,anchor,edu\nc3,anchor,edu\ne1,employer,x\ne2,employer,y\ns1,sme,x\ns2,sme,y\n",
            "edges.csv": "source,target\nc1,e1\nc1,s1\nc1,s2\nc2,e1\nc2,s1\nc3,e2\nc1,c2\n",
        ])
        let graph = try GraphLoader.load(folder)
        let context = try TestSupport.context(graph, settings: AnalysisSettings(groupAttribute: "sector"))
        let c = try XCTUnwrap(context.competition)
        XCTAssertEqual(c.providerKind, "anchor")
        XCTAssertEqual(c.providers, [0, 1, 2])
        XCTAssertEqual(c.pairs.count, 1)
        XCTAssertEqual([c.pairs[0].first, c.pairs[0].second], [0, 1])
        XCTAssertEqual(c.pairs[0].shared, 2)
        XCTAssertEqual(c.pairs[0].jaccard, 2.0 / 5, accuracy: 1e-15)
        XCTAssertEqual(c.sharedPartners(0, 1, kind: "employer"), 1)
        XCTAssertEqual(c.sharedPartners(0, 1, kind: "sme"), 1)
        XCTAssertEqual(c.demands, [CompetitionReport.Demand(actor: 3, providers: [0, 1]), CompetitionReport.Demand(actor: 5, providers: [0, 1])])
        XCTAssertEqual(c.demandsByKind, [
            CompetitionReport.GroupDemand(group: "employer", reached: 2, multiplyDemanded: 1, meanProviders: 1.5),
            CompetitionReport.GroupDemand(group: "sme", reached: 2, multiplyDemanded: 1, meanProviders: 1.5),
        ])
        XCTAssertEqual(c.demandsByGroup, [
            CompetitionReport.GroupDemand(group: "x", reached: 2, multiplyDemanded: 2, meanProviders: 2),
            CompetitionReport.GroupDemand(group: "y", reached: 2, multiplyDemanded: 0, meanProviders: 1),
        ])
    }

    /// The hand case with c3 – c1 too: c1 is then tied to two other anchors (c2, c3), but
    /// a provider is a competitor, not a partner facing multiple demands. The report and
    /// `collab positions --competition anchor --table demands` list the same partners
    /// (e1, s1), c1 in neither; c1 still counts as a partner c2 and c3 share.
    func testProvidersAreNotDemandedPartnersInTheReportOrTheCommand() throws {
        let folder = TestSupport.folder([
            "nodes.csv": "id,kind,sector\nc1,anchor,edu\nc2,anchor,edu\nc3,anchor,edu\ne1,employer,x\ne2,employer,y\ns1,sme,x\ns2,sme,y\n",
            "edges.csv": "source,target\nc1,e1\nc1,s1\nc1,s2\nc2,e1\nc2,s1\nc3,e2\nc1,c2\nc3,c1\n",
        ])
        let graph = try GraphLoader.load(folder)
        let context = try TestSupport.context(graph, settings: AnalysisSettings(groupAttribute: "sector"))
        let c = try XCTUnwrap(context.competition)
        XCTAssertEqual(c.overlap.demands[0], 2, "c1 is reached by c2 and c3")
        XCTAssertEqual(c.overlap.multipleDemands(), [3, 5])
        XCTAssertEqual(c.demands.map(\.actor), [3, 5])
        XCTAssertEqual(c.sharedPartners(1, 2, kind: "anchor"), 1, "c2 and c3 share c1")
        let console = Console.capturing()
        XCTAssertEqual(CollabCLI.run(["positions", folder, "--undirected", "--competition", "anchor", "--table", "demands"], console: console), 0,
                       console.standardError)
        XCTAssertEqual(console.standardOutput, "id,label,kind,providers\ne1,e1,employer,2\ns1,s1,sme,2\n")
    }

    /// Without an anchor, the focus actors' kind; with fewer than two providers, none.
    func testProviderKind() throws {
        let folder = TestSupport.folder([
            "nodes.csv": "id,kind\nu1,university\nu2,university\nf,firm\n",
            "edges.csv": "source,target\nu1,f\nu2,f\n",
        ])
        let graph = try GraphLoader.load(folder)
        XCTAssertEqual(CompetitionReport.providerKind(graph: graph, focus: [0]), "university")
        XCTAssertNil(CompetitionReport.providerKind(graph: graph, focus: []))
        let lone = try GraphLoader.load(TestSupport.folder(["nodes.csv": "id,kind\na,anchor\nb,firm\n", "edges.csv": "source,target\na,b\n"]))
        XCTAssertNil(try TestSupport.context(lone).competition)
    }

    /// East London: every SME's count of anchors reaching it equals the fixture's, and the
    /// report lists exactly the SMEs reached by two or more, with the anchors that reach them.
    func testEastLondonDemandsEqualTheReference() throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/positions/east-london.json"))
        let reference = try XCTUnwrap(fixture["competition"])
        XCTAssertEqual(reference["focal_kind"]?.stringValue, "anchor")
        let graph = try TestSupport.load("Datasets/east-london")
        let c = try XCTUnwrap(try TestSupport.context(graph, name: "east-london").competition)
        XCTAssertEqual(c.providers.map { graph.actors[$0].id }, reference["focal"]!.arrayValue!.map { $0.stringValue! })
        let targets = reference["targets"]!.arrayValue!.map { $0.stringValue! }
        let demands = reference["demands"]!.arrayValue!.map { Int($0.numberValue!) }
        let expected = zip(targets, demands).filter { $0.1 >= 2 }
        let smes = c.demands.filter { graph.actors[$0.actor].kind == "sme" }
        XCTAssertEqual(Set(smes.map { graph.actors[$0.actor].id }), Set(expected.map(\.0)))
        for d in smes {
            XCTAssertEqual(d.providers.count, expected.first { $0.0 == graph.actors[d.actor].id }!.1)
            XCTAssertTrue(d.providers.allSatisfy { graph.actors[$0].kind == "anchor" })
        }
        XCTAssertEqual(c.demandsByKind.first { $0.group == "sme" }?.multiplyDemanded, expected.count)
        XCTAssertEqual(c.demands.map { $0.providers.count }, c.demands.map { $0.providers.count }.sorted(by: >))
    }
}
