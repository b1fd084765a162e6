import CollabGraph
import Foundation
import XCTest

/// Every number of a transition against the independent recomputation from the edge
/// records in `Tests/Fixtures/reference_change.py` (NetworkX 3.6.1, scikit-learn 1.9.1):
/// east-london by year (directed as declared, and read undirected) and, when the shared data
/// is on this machine, CORDIS national_uk by year 2014–2026 (undirected). Tolerance 1e-9.
final class ChangeReferenceTests: XCTestCase {
    static let nationalFolder = TestSupport.root.appendingPathComponent("../shared/datasets/cordis-h2020/national_uk").standardized.path

    func testEastLondonDirected() throws {
        try check("east-london", graphPath: TestSupport.dataset("east-london"))
    }

    func testEastLondonUndirected() throws {
        try check("east-london-undirected", graphPath: TestSupport.dataset("east-london"))
    }

    func testNationalUKByYear() throws {
        guard FileManager.default.fileExists(atPath: Self.nationalFolder + "/edges.csv") else {
            throw XCTSkip("the shared CORDIS national_uk data is not on this machine (\(Self.nationalFolder))")
        }
        try check("national_uk", graphPath: Self.nationalFolder)
    }

    /// FNV-1a 64 of "i j\n" lines, as the fixture script writes it.
    static func checksum(_ pairs: [ActorPair]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for p in pairs {
            for byte in "\(p.from) \(p.to)\n".utf8 {
                h ^= UInt64(byte)
                h = h &* 0x100_0000_01b3
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Components of more than one actor, numbered in order of their lowest actor; −1 for
    /// actors without a tie.
    static func componentLabels(_ view: GraphView) -> [Int32] {
        let components = view.partners.components()
        var renamed = [Int32](repeating: -1, count: components.count)
        var next: Int32 = 0
        return components.componentOf.map { c in
            guard components.sizes[Int(c)] > 1 else { return -1 }
            if renamed[Int(c)] < 0 { renamed[Int(c)] = next; next += 1 }
            return renamed[Int(c)]
        }
    }

    func check(_ name: String, graphPath: String) throws {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/change/\(name).json"))
        let graph = try GraphLoader.load(graphPath)
        let directed = fixture["directed"]!.boolValue!
        XCTAssertEqual(graph.actorCount, Int(fixture["actors"]!.numberValue!))
        let expectedWaves = fixture["waves"]!.arrayValue!
        let waves = try Wave.parseList(expectedWaves.map { $0["label"]!.stringValue! }.joined(separator: ","))
        let views = waves.map { graph.view(ViewOptions(directed: directed, window: $0.window)) }
        let tables = waves.map { DyadTable(graph: graph, options: ViewOptions(directed: directed, window: $0.window), ladder: graph.ladder) }
        for (w, expected) in expectedWaves.enumerated() {
            let label = "\(name) \(waves[w].label)"
            XCTAssertEqual(views[w].tieCount, Int(expected["ties"]!.numberValue!), label)
            XCTAssertEqual(WavePresence.present(views[w]).filter { $0 }.count, Int(expected["actors"]!.numberValue!), label)
            XCTAssertEqual(tables[w].dyads.count, Int(expected["pairs"]!.numberValue!), label)
        }
        let ids = graph.actors.map(\.id)
        func names(_ list: [Int32]) -> [String] { list.map { ids[Int($0)] } }
        let partnerKind = fixture["partner_kind"]!.stringValue!
        let eligible = graph.actors.map { $0.kind == partnerKind }
        let focus = fixture["focus"]!.arrayValue!.map { graph.index(of: $0.stringValue!)! }
        for (k, t) in fixture["transitions"]!.arrayValue!.enumerated() {
            let label = "\(name) \(t["from"]!.stringValue!)→\(t["to"]!.stringValue!)"
            let change = WaveComparison(before: views[k], after: views[k + 1])
            XCTAssertEqual(change.ties.kept, Int(t["kept"]!.numberValue!), label)
            XCTAssertEqual(change.ties.gained, Int(t["gained"]!.numberValue!), label)
            XCTAssertEqual(change.ties.lost, Int(t["lost"]!.numberValue!), label)
            XCTAssertEqual(change.ties.hamming, Int(t["hamming"]!.numberValue!), label)
            if let j = t["jaccard"]!.numberValue {
                XCTAssertClose(try XCTUnwrap(change.ties.jaccard), j, label)
            } else {
                XCTAssertNil(change.ties.jaccard, label)
            }
            XCTAssertEqual(Self.checksum(change.ties.gainedTies), t["gained_checksum"]!.stringValue!, label)
            XCTAssertEqual(Self.checksum(change.ties.lostTies), t["lost_checksum"]!.stringValue!, label)
            XCTAssertEqual(names(change.actors.entered), t["actors_entered"]!.arrayValue!.map { $0.stringValue! }, label)
            XCTAssertEqual(names(change.actors.left), t["actors_left"]!.arrayValue!.map { $0.stringValue! }, label)

            // Ladder and direction moves.
            let moves = PairMoves(before: tables[k], after: tables[k + 1], directionMeasured: directed)
            XCTAssertEqual(moves.pairsInBoth, Int(t["pairs_in_both"]!.numberValue!), label)
            XCTAssertEqual(moves.depthTransitions, t["depth_transitions"]!.arrayValue!.map { $0.arrayValue!.map { Int($0.numberValue!) } }, label)
            func depthMoves(_ list: [DepthMove]) -> [[String]] {
                list.map { [ids[Int($0.pair.from)], ids[Int($0.pair.to)], String($0.from.rawValue), String($0.to.rawValue)] }
            }
            func expectedMoves(_ key: String) -> [[String]] {
                t[key]!.arrayValue!.map { $0.arrayValue!.map { $0.stringValue ?? String(Int($0.numberValue!)) } }
            }
            XCTAssertEqual(depthMoves(moves.deepened), expectedMoves("deepened"), label)
            XCTAssertEqual(depthMoves(moves.weakened), expectedMoves("weakened"), label)
            if directed {
                let r = try XCTUnwrap(moves.reciprocity)
                func pairs(_ list: [ActorPair]) -> [[String]] { list.map { [ids[Int($0.from)], ids[Int($0.to)]] } }
                XCTAssertEqual(pairs(r.becameTwoWay), expectedMoves("became_two_way"), label)
                XCTAssertEqual(pairs(r.becameOneWay), expectedMoves("became_one_way"), label)
                XCTAssertEqual(r.stayedOneWay, Int(t["stayed_one_way"]!.numberValue!), label)
                XCTAssertEqual(r.stayedTwoWay, Int(t["stayed_two_way"]!.numberValue!), label)
            } else {
                XCTAssertNil(moves.reciprocity, label)
            }

            // Catalysis.
            let expectedCatalysis = t["catalysis"]!.arrayValue!
            XCTAssertEqual(expectedCatalysis.count, focus.count, label)
            for (f, e) in zip(focus, expectedCatalysis) {
                let c = CatalysisChange(before: views[k], after: views[k + 1], focus: f, eligible: eligible)
                let l = "\(label) catalysis \(ids[Int(f)])"
                XCTAssertEqual(e["focus"]!.stringValue!, ids[Int(f)], l)
                XCTAssertEqual(c.before.partners.count, Int(e["partners_before"]!.numberValue!), l)
                XCTAssertEqual(c.before.tiesAmong, Int(e["ties_before"]!.numberValue!), l)
                XCTAssertEqual(c.after.partners.count, Int(e["partners_after"]!.numberValue!), l)
                XCTAssertEqual(c.after.tiesAmong, Int(e["ties_after"]!.numberValue!), l)
                XCTAssertEqual(c.gained.count, Int(e["gained"]!.numberValue!), l)
                XCTAssertEqual(c.lost.count, Int(e["lost"]!.numberValue!), l)
            }

            // Community continuity over the components of each wave.
            let undirectedBefore = views[k].undirected, undirectedAfter = views[k + 1].undirected
            let continuity = CommunityContinuity(before: Self.componentLabels(undirectedBefore),
                                                 after: Self.componentLabels(undirectedAfter))
            let e = t["communities"]!
            XCTAssertEqual(continuity.agreement?.actorCount ?? 0, Int(e["actors_in_both"]!.numberValue!) >= 2 ? Int(e["actors_in_both"]!.numberValue!) : 0, label)
            if let nmi = e["nmi"]?.numberValue {
                let agreement = try XCTUnwrap(continuity.agreement, label)
                XCTAssertClose(agreement.normalizedMutualInformation, nmi, label + " NMI")
                XCTAssertClose(agreement.adjustedRandIndex, e["ari"]!.numberValue!, label + " ARI")
            }
            let expectedMatches = e["matches"]!.arrayValue!
            XCTAssertEqual(continuity.matches.count, expectedMatches.count, label)
            for (m, x) in zip(continuity.matches, expectedMatches) {
                XCTAssertEqual(Int(m.before), Int(x["before"]!.numberValue!), label)
                XCTAssertEqual(Int(m.after), Int(x["after"]!.numberValue!), label)
                XCTAssertClose(m.jaccard, x["jaccard"]!.numberValue!, label)
            }
            func ints(_ v: JSONValue) -> [Int] { v.arrayValue!.map { Int($0.numberValue!) } }
            XCTAssertEqual(continuity.continued.map { [Int($0.before), Int($0.after)] }, e["continued"]!.arrayValue!.map(ints), label)
            XCTAssertEqual(continuity.splits.map { [Int($0.community)] + $0.into.map { Int($0) } },
                           e["splits"]!.arrayValue!.map { [Int($0.arrayValue![0].numberValue!)] + ints($0.arrayValue![1]) }, label)
            XCTAssertEqual(continuity.merges.map { [Int($0.community)] + $0.from.map { Int($0) } },
                           e["merges"]!.arrayValue!.map { [Int($0.arrayValue![0].numberValue!)] + ints($0.arrayValue![1]) }, label)
            XCTAssertEqual(continuity.dissolved.map { Int($0) }, ints(e["dissolved"]!), label)
            XCTAssertEqual(continuity.emerged.map { Int($0) }, ints(e["emerged"]!), label)

            // Brokers on the undirected, unweighted reading.
            if let brokers = t["brokers"] {
                let present = zip(WavePresence.present(undirectedBefore), WavePresence.present(undirectedAfter)).map { $0 && $1 }
                let holesBefore = StructuralHoles(view: undirectedBefore, weighted: false).allMeasures()
                let holesAfter = StructuralHoles(view: undirectedAfter, weighted: false).allMeasures()
                let scores: [(String, [Double?], [Double?], BrokerMovers.Orientation)] = [
                    ("betweenness", undirectedBefore.betweenness().map { $0 }, undirectedAfter.betweenness().map { $0 }, .higherIsMore),
                    ("effective_size", holesBefore.map(\.effectiveSize), holesAfter.map(\.effectiveSize), .higherIsMore),
                    ("constraint", holesBefore.map(\.constraint), holesAfter.map(\.constraint), .lowerIsMore),
                ]
                for (measure, before, after, orientation) in scores {
                    let movers = BrokerMovers(before: before, after: after, present: present, orientation: orientation, count: 5)
                    let x = brokers[measure]!
                    let l = "\(label) \(measure)"
                    XCTAssertEqual(movers.compared, Int(x["compared"]!.numberValue!), l)
                    for (list, key) in [(movers.rising, "rising"), (movers.falling, "falling")] {
                        let expected = x[key]!.arrayValue!
                        XCTAssertEqual(list.map { ids[Int($0.actor)] }, expected.map { $0["id"]!.stringValue! }, "\(l) \(key)")
                        for (mover, value) in zip(list, expected) {
                            XCTAssertClose(mover.before, value["before"]!.numberValue!, "\(l) \(key)")
                            XCTAssertClose(mover.after, value["after"]!.numberValue!, "\(l) \(key)")
                        }
                    }
                }
            }
        }
    }
}
