import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// Every file of the shared interop samples (../shared/datasets/interop-samples: GraphML,
/// GEXF, GML and Pajek files written by yEd, Gephi, igraph, Cytoscape, JUNG, TinkerPop,
/// Boost, Neo4j, GraphStream …) read with the counts NetworkX gets, or igraph when NetworkX
/// cannot read the file, or the file's own <node>/<edge> elements when neither can
/// (Tests/Fixtures/interop/samples-reference.csv, made by reference_samples.py) — except
/// the differences listed below, each with its reason and its own check. Skips when the
/// samples folder is absent.
final class InteropSamplesTests: XCTestCase {
    static let folder = TestSupport.root.appendingPathComponent("../shared/datasets/interop-samples").standardized.path

    struct Reference {
        var file: String
        var networkX: (Int, Int)?
        var igraph: (Int, Int)?
        var xml: (Int, Int)?
    }

    static func references() throws -> [Reference] {
        let text = try String(contentsOfFile: TestSupport.path("Tests/Fixtures/interop/samples-reference.csv"), encoding: .utf8)
        var rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(rows.removeFirst(), ["file", "nx_nodes", "nx_edges", "nx_error", "igraph_nodes", "igraph_edges", "igraph_error", "xml_nodes", "xml_edges"])
        func pair(_ a: String, _ b: String) -> (Int, Int)? { Int(a).flatMap { x in Int(b).map { (x, $0) } } }
        return rows.map { Reference(file: $0[0], networkX: pair($0[1], $0[2]), igraph: pair($0[4], $0[5]), xml: pair($0[7], $0[8])) }
    }

    /// How collab differs from the reference on a file, and why.
    enum Difference {
        /// Refused with an error at this position whose message contains the fragment.
        case error(line: Int?, column: Int?, String)
        /// Read as the file's own `<node>`/`<edge>` elements at any depth (nested graphs kept).
        case xmlElements
        /// Two-mode: the reference's edges are memberships.
        case membershipsOfReference
        /// Read where NetworkX and igraph refuse; counts checked against the file's text.
        case readWhereOthersRefuse(actors: Int, records: Int)
    }

    static let differences: [String: (Difference, String)] = [
        "apoc_fileWithUnicode.graphml": (.error(line: 5, column: 16, "U+0013 is not allowed"), "a control character in a tag (NetworkX: line 5, column 15, 0-based)"),
        "igraph_invalid1.graphml": (.error(line: 9, column: 40, "not valid UTF-8"), "a bad byte (NetworkX: line 9, column 39, 0-based)"),
        "igraph_invalid5.graphml": (.error(line: 30, column: 6, "malformed XML"), "malformed tag on line 30, reported before the earlier <data> without a key"),
        "jung_multigraph.graphml": (.error(line: 41, column: 3, "a second <graph>"), "two graphs in one file: a clear refusal (igraph reads the first, NetworkX refuses its hyperedges)"),
        "boost_graphml_test.graphml": (.error(line: 38, column: 5, "--zero-weights drop"), "an edge takes the weight key's default 0.0: refused with a hint"),
        "apoc_single-rel.gexf": (.error(line: 5, column: 11, "--allow-unknown-actors"), "edges between undeclared nodes: refused with a hint (Gephi adds them)"),
        "gephi_meta.gexf": (.error(line: nil, column: nil, "no <graph>"), "metadata only, no graph"),
        "graphstream_CITE.net": (.error(line: 12, column: 1, "vertex '-1'"), "negative vertex numbers (NetworkX makes '-1' a new vertex, igraph takes vertex 1)"),
        "igraph_links.net": (.error(line: 13, column: 5, "invalid weight '-1'"), "a negative weight: collab's weights are positive"),
        "yfiles_bpmn_collaboration.graphml": (.xmlElements, "nested graphs: NetworkX and igraph read only yFiles folder groups' contents"),
        "yfiles_groups.graphml": (.xmlElements, "nested graphs, as above"),
        "yfiles_tableeditor.graphml": (.xmlElements, "nested graphs, as above"),
        "yjava_cleararea_grouping.graphml": (.xmlElements, "nested graphs, as above"),
        "yjava_hierarchicgroups.graphml": (.xmlElements, "nested graphs (and undeclared keys NetworkX refuses)"),
        "igraph_pajek_bip.net": (.membershipsOfReference, "a two-mode network: its lines are memberships"),
        "graphstream_SmallTest.gml": (.readWhereOthersRefuse(actors: 3, records: 3), "GraphStream's capitalised keys (Node, Edge) and bare `true`"),
        "jung_smyth.net": (.readWhereOthersRefuse(actors: 286, records: 554), "JUNG's *Nodes for *Vertices"),
        "jung_zachary.net": (.readWhereOthersRefuse(actors: 34, records: 78), "JUNG's *Nodes for *Vertices"),
    ]

    func testEverySampleAgreesWithTheReferenceOrDiffersForAStatedReason() throws {
        guard FileManager.default.fileExists(atPath: Self.folder) else {
            throw XCTSkip("the shared interop samples are not on this machine (\(Self.folder))")
        }
        let references = try Self.references()
        XCTAssertEqual(references.count, 72)
        var agree = 0
        for reference in references {
            let path = Self.folder + "/" + reference.file
            if let (difference, reason) = Self.differences[reference.file] {
                switch difference {
                case .error(let line, let column, let fragment):
                    XCTAssertInputError(try GraphLoader.load(path), line: line, column: column, contains: fragment)
                case .xmlElements:
                    let graph = try GraphLoader.load(path)
                    let xml = try XCTUnwrap(reference.xml, reference.file)
                    XCTAssertEqual(graph.actorCount, xml.0, "\(reference.file): \(reason)")
                    XCTAssertEqual(graph.ties.count, xml.1, "\(reference.file): \(reason)")
                    XCTAssertTrue(graph.actors.contains { $0.attributes[GraphMLReader.parentAttribute] != nil }, reference.file)
                case .membershipsOfReference:
                    let graph = try GraphLoader.load(path)
                    let counts = try XCTUnwrap(reference.networkX ?? reference.igraph, reference.file)
                    XCTAssertEqual(graph.actorCount, counts.0, reference.file)
                    XCTAssertEqual(graph.memberships.count, counts.1, reference.file)
                    XCTAssertTrue(graph.ties.isEmpty, reference.file)
                case .readWhereOthersRefuse(let actors, let records):
                    XCTAssertNil(reference.networkX, reference.file)
                    XCTAssertNil(reference.igraph, reference.file)
                    let graph = try GraphLoader.load(path)
                    XCTAssertEqual(graph.actorCount, actors, reference.file)
                    XCTAssertEqual(graph.ties.count, records, reference.file)
                }
                continue
            }
            let expected = try XCTUnwrap(reference.networkX ?? reference.igraph ?? reference.xml, "\(reference.file): no reference")
            do {
                let graph = try GraphLoader.load(path)
                XCTAssertEqual(graph.actorCount, expected.0, reference.file)
                XCTAssertEqual(graph.ties.count + graph.memberships.count, expected.1, reference.file)
                if graph.actorCount == expected.0 && graph.ties.count + graph.memberships.count == expected.1 { agree += 1 }
            } catch {
                XCTFail("\(reference.file): \(error)")
            }
        }
        // 54 files agree with their reference; the 18 others are the stated differences.
        XCTAssertEqual(agree, references.count - Self.differences.count)
    }

    /// The hints the refusals give work: the same files read with the option they name.
    func testTheOptionsNamedInTheRefusalsReadThoseFiles() throws {
        guard FileManager.default.fileExists(atPath: Self.folder) else { throw XCTSkip("no shared interop samples") }
        let references = try Self.references()
        func xml(_ file: String) throws -> (Int, Int) { try XCTUnwrap(references.first { $0.file == file }?.xml) }
        // Boost: e0 takes the default weight 0.0 and is left out; the graph nested directly
        // in the graph (2 nodes, 1 edge) is read, which NetworkX ignores.
        let boost = try GraphLoader.load(Self.folder + "/boost_graphml_test.graphml", options: LoadOptions(zeroWeights: .drop))
        XCTAssertEqual(boost.actorCount, try xml("boost_graphml_test.graphml").0)
        XCTAssertEqual(boost.ties.count, try xml("boost_graphml_test.graphml").1 - 1)
        XCTAssertTrue(boost.declaration.loadNotes.contains("1 GraphML record of weight 0 left out (--zero-weights drop)"), "\(boost.declaration.loadNotes)")
        let single = try GraphLoader.load(Self.folder + "/apoc_single-rel.gexf", options: LoadOptions(allowUnknownActors: true))
        XCTAssertEqual(single.actors.map(\.id), ["start", "end"])
        XCTAssertEqual(single.ties.count, try xml("apoc_single-rel.gexf").1)
    }

    /// Undeclared keys are read as string attributes, with a note.
    func testUndeclaredKeysBecomeStringAttributesWithANote() throws {
        guard FileManager.default.fileExists(atPath: Self.folder) else { throw XCTSkip("no shared interop samples") }
        let graph = try GraphLoader.load(Self.folder + "/cytoscape_exptest.graphml")
        XCTAssertTrue(graph.actorAttributeNames.contains("canonicalName"))
        XCTAssertEqual(graph.declaration.loadNotes.count, 1)
        XCTAssertTrue(graph.declaration.loadNotes[0].contains("'target_TargetP'"), graph.declaration.loadNotes[0])
    }
}
