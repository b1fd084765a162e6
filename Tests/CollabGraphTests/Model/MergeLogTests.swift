import CollabGraph
import XCTest

/// ``CollaborationGraph/merging(_:knownIDs:)`` and the ``MergeLog`` it returns.
final class MergeLogTests: XCTestCase {
    private func aliases(_ rows: [(String, String)]) throws -> AliasTable {
        try AliasTable(file: "aliases.csv", entries: rows.enumerated().map { AliasTable.Entry(alias: $1.0, id: $1.1, line: $0 + 2) })
    }

    /// a, b, b2 (an alias of b by id), "B Limited" (an alias of b by label), c.
    ///
    ///     a → b   talk 1          a → b2  talk 2    (folded: a → b talk, weight 3)
    ///     b2 → c  placement 1     b → b2  talk 1    (self-tie the merge makes: dropped)
    ///     c → c   talk 1          (a self-loop in the data: kept)
    ///     b3 → a  co-design 1     (re-pointed: b → a)
    private func graph() -> CollaborationGraph {
        var g = CollaborationGraph()
        g.addActor(Actor(id: "a", label: "A", kind: "anchor", attributes: ["sector": "education"]))
        g.addActor(Actor(id: "b", label: "B Ltd", kind: "sme", attributes: ["sector": "care"]))
        g.addActor(Actor(id: "b2", label: "B Ltd", kind: "sme", attributes: ["sector": "health", "locality": "Hackney"]))
        g.addActor(Actor(id: "b3", label: "B Limited", kind: "", attributes: [:]))
        g.addActor(Actor(id: "c", label: "C", kind: "employer"))
        g.addActor(Actor(id: "net", label: "Forum", kind: "network"))
        g.addTie(from: "a", to: "b", type: "talk", weight: 1)
        g.addTie(from: "a", to: "b2", type: "talk", weight: 2)
        g.addTie(from: "b2", to: "c", type: "placement")
        g.addTie(from: "b", to: "b2", type: "talk")
        g.addTie(from: "c", to: "c", type: "talk")
        g.addTie(from: "b3", to: "a", type: "co-design")
        g.addMembership(Membership(member: 1, network: 5))
        g.addMembership(Membership(member: 2, network: 5))
        g.addMembership(Membership(member: 4, network: 5))
        return g
    }

    func testMergesRecordsMembershipsAndAttributes() throws {
        let (merged, log) = try graph().merging(aliases([("b2", "b"), ("B Limited", "b"), ("nobody", "a")]))
        XCTAssertEqual(merged.actors.map(\.id), ["a", "b", "c", "net"])
        let b = merged.actors[1]
        XCTAssertEqual(b.label, "B Ltd")
        XCTAssertEqual(b.attributes, ["sector": "care", "locality": "Hackney"])
        let records = merged.ties.map { "\(merged.actors[Int($0.source)].id)>\(merged.actors[Int($0.target)].id) \(merged.typeName(of: $0)) \($0.weight)" }
        XCTAssertEqual(records, ["a>b talk 3.0", "b>c placement 1.0", "c>c talk 1.0", "b>a co-design 1.0"])
        XCTAssertEqual(merged.memberships.map { "\($0.member)>\($0.network)" }, ["1>3", "2>3"])
        XCTAssertEqual(log.merges.count, 1)
        XCTAssertEqual(log.merges[0].canonical, "b")
        XCTAssertEqual(log.merges[0].merged.map(\.id), ["b2", "b3"])
        XCTAssertEqual(log.merges[0].merged.map(\.matchedBy), ["b2", "B Limited"])
        XCTAssertEqual(log.merges[0].conflicts.map { "\($0.attribute):\($0.kept ?? "-"):\($0.value)" },
                       ["sector:care:health", "locality:-:Hackney", "label:B Ltd:B Limited"])
        XCTAssertEqual(log.actorsMerged, 2)
        XCTAssertEqual(log.recordsRepointed, 4)
        XCTAssertEqual(log.recordsCombined, 1)
        XCTAssertEqual(log.selfTiesDropped, 1)
        XCTAssertEqual(log.membershipsDropped, 1)
        XCTAssertEqual(log.unusedAliases, 1)
        XCTAssertEqual(merged.declaration.merges, log)
    }

    /// With no alias naming an actor the graph is unchanged (the log says so).
    func testNoAliasMatchedLeavesTheGraph() throws {
        let original = graph()
        let (merged, log) = try original.merging(aliases([("zz", "a")]))
        XCTAssertEqual(merged.actors, original.actors)
        XCTAssertEqual(merged.ties, original.ties)
        XCTAssertTrue(log.isEmpty)
        XCTAssertEqual(log.unusedAliases, 1)
    }

    /// Onto an id of another dataset (waves): renamed; onto an id of none: an error at
    /// the alias file's line.
    func testRenamesOntoKnownIDsAndRefusesUnknownOnes() throws {
        let (renamed, log) = try graph().merging(aliases([("b2", "beta"), ("b", "beta")]), knownIDs: ["beta"])
        XCTAssertEqual(renamed.actors.map(\.id), ["a", "beta", "b3", "c", "net"])
        XCTAssertEqual(log.merges.first?.renamed, true)
        XCTAssertEqual(renamed.ties.count, 4)
        XCTAssertInputError(try graph().merging(aliases([("a", "x"), ("b2", "zeta")])), line: 2, column: 1,
                            contains: "the alias 'a' maps onto 'x', which is no actor id")
        XCTAssertInputError(try graph().merging(aliases([("b2", "A")])), line: 2, column: 1,
                            contains: "'A' is the label of 'a': name the id")
    }

    /// Merging is deterministic: the same table twice gives the same graph.
    func testDeterministic() throws {
        let table = try aliases([("b2", "b"), ("B Limited", "b")])
        let one = try graph().merging(table).graph, two = try graph().merging(table).graph
        XCTAssertEqual(one.ties, two.ties)
        XCTAssertEqual(one.actors, two.actors)
        XCTAssertEqual(DatasetWriter.files(one).map(\.data), DatasetWriter.files(two).map(\.data))
    }
}
