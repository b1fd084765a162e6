import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation
import XCTest

/// The readers' contracts on small hand-written inputs: what they keep, what they declare,
/// and each error at its line and column.
final class InteropReaderTests: XCTestCase {
    private func load(_ name: String, _ text: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        try GraphLoader.load(TestSupport.folder([name: text]) + "/" + name, options: options)
    }

    // MARK: - XML reader

    func testXMLReaderResolvesReferencesCDATAAndSkipsCommentsAndDoctype() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ELEMENT r ANY> ]>\n<!-- c -->\n<r a=\"x&amp;y&#10;z\" b='&#x263A;'><![CDATA[<raw>&]]>t&lt;</r>\n"
        var reader = try XMLPullReader(data: Data(text.utf8), file: "t.xml")
        var events: [XMLPullReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        XCTAssertEqual(events, [.start(name: "r", attributes: [XMLAttribute(name: "a", value: "x&y\nz"), XMLAttribute(name: "b", value: "☺")]),
                                .text("<raw>&"), .text("t<"), .end(name: "r")])
    }

    func testXMLWellFormednessErrorsAtTheirPosition() {
        func check(_ text: String, _ line: Int, _ column: Int, _ fragment: String) {
            XCTAssertInputError(try GraphMLReader.read(data: Data(text.utf8), file: "g.graphml"), line: line, column: column, contains: fragment)
        }
        check("<graphml>\n  <graph>\n</graphml>", 3, 1, "end tag </graphml> does not match <graph>")
        check("<graphml>\n<graph a=\"1\" a=\"2\"/></graphml>", 2, 14, "attribute 'a' appears twice")
        check("<graphml>\n<graph a=1/></graphml>", 2, 10, "must be quoted")
        check("<graphml>\n<graph>&nbsp;</graph></graphml>", 2, 8, "undefined entity '&nbsp;'")
        check("<graphml><graph>", 1, 17, "<graph> is not closed")
        check("<graphml/><graphml/>", 1, 11, "a second root element")
        check("", 1, 1, "the document is empty")
        // A bad byte on line 3 is reported there, not at the end and not after a later
        // semantic error (the <data> without a key on line 2).
        XCTAssertInputError(try GraphMLReader.read(data: Data("<graphml><graph>\n<node id=\"a\"><data>x</data></node>\n<node id=\"b\u{1}\"/>\n</graph></graphml>".utf8), file: "g"),
                            line: 3, column: 12, contains: "U+0001")
        var bytes = Array("<graphml>\n<graph>\n<node id=\"é".utf8)
        bytes.removeLast()  // half of é: invalid UTF-8
        bytes += Array("\"/></graph></graphml>".utf8)
        XCTAssertInputError(try GraphMLReader.read(data: Data(bytes), file: "g"), line: 3, column: 11, contains: "byte 0xC3 is not valid UTF-8")
    }

    func testGEXFInvalidUTF8AndDeclaredLatin1() throws {
        var bytes = Array("<gexf>\n<graph><nodes><node id=\"".utf8) + [0xE9]
        bytes += Array("\"/></nodes></graph></gexf>".utf8)
        XCTAssertInputError(try GEXFReader.read(data: Data(bytes), file: "g.gexf"), line: 2, column: 25, contains: "invalid UTF-8 (byte 0xE9)")
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n".utf8) + bytes
        let graph = try GEXFReader.read(data: Data(latin1), file: "g.gexf")
        XCTAssertEqual(graph.actors.map(\.id), ["\u{E9}"])
        XCTAssertInputError(try GEXFReader.read(data: Data("<?xml version=\"1.0\" encoding=\"EBCDIC\"?><gexf/>".utf8), file: "g.gexf"),
                            line: 1, column: 1, contains: "declares the encoding 'EBCDIC'")
    }

    // MARK: - GraphML from the wild

    func testGraphMLNestedGraphsKeepGroupNodesAsActors() throws {
        let graph = try load("g.graphml", """
            <graphml><key id="d0" for="node" attr.name="label"/>
            <graph edgedefault="directed">
              <node id="group"><data key="d0">Group</data>
                <graph id="group:"><node id="a"/><node id="b"><port name="p"/></node><edge source="a" target="b"/></graph>
              </node>
              <node id="c"/>
              <edge source="c" target="group" sourceport="x"/>
            </graph></graphml>
            """)
        XCTAssertEqual(graph.actors.map(\.id), ["group", "a", "b", "c"])
        XCTAssertEqual(graph.actors.map { $0.attributes[GraphMLReader.parentAttribute] }, [nil, "group", "group", nil])
        XCTAssertEqual(graph.actors[0].label, "Group")
        XCTAssertEqual(graph.ties.map { [$0.source, $0.target] }, [[1, 2], [3, 0]])
        XCTAssertEqual(graph.actorAttributeNames, [GraphMLReader.parentAttribute])
    }

    func testGraphMLYFilesNodeLabelAndUndeclaredKeys() throws {
        let graph = try load("g.graphml", """
            <graphml xmlns:y="http://www.yworks.com/xml/graphml"><key id="d6" for="node" yfiles.type="nodegraphics"/>
            <graph edgedefault="undirected">
              <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>College &amp; Co</y:NodeLabel></y:ShapeNode></data><data key="colour">red</data></node>
              <node id="n1"><data key="colour">blue</data></node>
              <edge source="n0" target="n1"><data key="since">2019</data></edge>
            </graph></graphml>
            """)
        XCTAssertEqual(graph.actors.map(\.label), ["College & Co", "n1"])
        XCTAssertEqual(graph.actors.map { $0.attributes["colour"] }, ["red", "blue"])
        XCTAssertEqual(graph.ties[0].attributes, ["since": "2019"])
        XCTAssertEqual(graph.declaration.loadNotes, ["<data> refers to keys not declared by a <key> (first on line 3): 'colour', 'since', read as string attributes of those names"])
    }

    func testGraphMLZeroWeightsAreRefusedWithAHintOrDroppedWithANote() throws {
        let text = """
            <graphml><key id="w" for="edge" attr.name="weight"><default>0</default></key>
            <graph edgedefault="directed"><node id="a"/><node id="b"/>
            <edge source="a" target="b"/>
            <edge source="b" target="a"><data key="w">2</data></edge>
            </graph></graphml>
            """
        XCTAssertInputError(try load("g.graphml", text), line: 3, column: 1, contains: "weight 0 (the default of key 'w')")
        let graph = try load("g.graphml", text, options: LoadOptions(zeroWeights: .drop))
        XCTAssertEqual(graph.ties.map(\.weight), [2])
        XCTAssertEqual(graph.declaration.loadNotes, ["1 GraphML record of weight 0 left out (--zero-weights drop)"])
        XCTAssertInputError(try load("g.graphml", text.replacingOccurrences(of: ">2<", with: ">-2<")), line: 3, column: 1, contains: "weight 0")
    }

    func testGraphMLTwoGraphsAndHyperedgesAreRefusedClearly() {
        XCTAssertInputError(try load("g.graphml", "<graphml>\n<graph/>\n<graph/>\n</graphml>"), line: 3, column: 1,
                            contains: "a second <graph> in one file (the first is on line 2)")
        XCTAssertInputError(try load("g.graphml", "<graphml><graph>\n<hyperedge/></graph></graphml>"), line: 2, column: 1,
                            contains: "hyperedges are not supported")
    }

    // MARK: - GEXF

    func testGEXFReadsAttributesTypesSpellsAndDeclaresDirection() throws {
        let graph = try load("g.gexf", """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><title>T</title></meta>
            <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
            <attributes class="node"><attribute id="0" title="sector" type="string"/><attribute id="1" title="rank" type="integer"/></attributes>
            <attributes class="edge"><attribute id="t" title="type" type="string"/></attributes>
            <nodes>
              <node id="a" label="A"><attvalues><attvalue for="0" value="education"/><attvalue for="1" value="null"/></attvalues></node>
              <node id="b" label="B"><attvalues><attvalue for="1" value="3"/></attvalues></node>
            </nodes>
            <edges>
              <edge source="a" target="b" weight="2.5" kind="mentoring"><spells><spell start="2016-01" end="2016-06"/><spell start="2017-01-01"/></spells></edge>
              <edge source="b" target="a"><attvalues><attvalue for="t" value="advice"/></attvalues></edge>
            </edges></graph></gexf>
            """)
        XCTAssertEqual(graph.declaration.direction, .undirected)
        XCTAssertEqual(graph.declaration.directionSource, "GEXF defaultedgetype")
        XCTAssertEqual(graph.declaration.title, "T")
        XCTAssertEqual(graph.actors.map(\.attributes), [["sector": "education"], ["rank": "3"]])
        // Two spells: one record from the earliest start to the latest (open) end.
        XCTAssertEqual(graph.ties.map { graph.typeName(of: $0) }, ["mentoring", "advice"])
        XCTAssertEqual(graph.ties.map(\.weight), [2.5, 1])
        XCTAssertEqual(graph.ties.map { $0.start?.description }, ["2016-01-01", nil])
        XCTAssertEqual(graph.ties.map { $0.end?.description }, [nil, nil])
        XCTAssertEqual(graph.declaration.loadNotes, ["edges with several spells are read as one record from the earliest start to the latest end"])
    }

    func testGEXFErrors() {
        XCTAssertInputError(try load("g.gexf", "<gexf><graph>\n<nodes/><edges>\n  <edge source=\"x\" target=\"y\"/></edges></graph></gexf>"),
                            line: 3, column: 3, contains: "edge source 'x' is not a node (use --allow-unknown-actors")
        XCTAssertInputError(try load("g.gexf", "<graphml/>"), line: 1, column: 1, contains: "not a GEXF file")
        XCTAssertInputError(try load("g.gexf", "<gexf><graph timeformat=\"date\"><nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"a\" start=\"soon\"/></edges></graph></gexf>"),
                            line: 2, column: 1, contains: "unparsable date 'soon'")
    }

    // MARK: - Pajek

    func testPajekArcsEdgesListsAndDirection() throws {
        let arcs = try load("g.net", "% comment\r\n*Vertices 3\r\n1 \"Ann Lee\" 0.1 0.2\r\n2 \"Bob\"\r\n3 \"Cy\"\r\n*Arcs\r\n1 2 2.5\r\n*Arcslist\r\n3 1 2\r\n")
        XCTAssertEqual(arcs.actors.map(\.id), ["Ann Lee", "Bob", "Cy"])
        XCTAssertEqual(arcs.ties.map { [$0.source, $0.target] }, [[0, 1], [2, 0], [2, 1]])
        XCTAssertEqual(arcs.ties.map(\.weight), [2.5, 1, 1])
        XCTAssertEqual(arcs.declaration.direction, .directed)
        let edges = try load("g.net", "*Vertices 2\n1 \"x\"\n2 \"x\"\n*Edges\n1 2\n")
        XCTAssertEqual(edges.actors.map(\.id), ["1", "2"], "duplicate labels: numbers are the ids")
        XCTAssertEqual(edges.actors.map(\.label), ["x", "x"])
        XCTAssertEqual(edges.declaration.direction, .undirected)
        let mixed = try load("g.net", "*Vertices 2\n*Arcs\n1 2\n*Edges\n2 1\n")
        XCTAssertNil(mixed.declaration.direction)
        XCTAssertEqual(mixed.ties.count, 2)
    }

    func testPajekErrors() {
        XCTAssertInputError(try load("g.net", "*Vertices 2\n*Edges\n1 3\n"), line: 3, column: 3, contains: "vertex '3' is not a number from 1 to 2")
        XCTAssertInputError(try load("g.net", "*Vertices 2\n1 \"open\n"), line: 2, column: 3, contains: "not closed")
        XCTAssertInputError(try load("g.net", "*Edges\n1 2\n"), line: 2, column: 1, contains: "before *Vertices")
        XCTAssertInputError(try load("g.net", "*Vertices 2\n*Edges\n1 2 0\n"), line: 3, column: 5, contains: "--zero-weights drop")
    }

    func testPajekPartitionNumbersTheSortedValues() throws {
        let graph = try GraphLoader.load(TestSupport.dataset("east-london"))
        let clu = PajekWriter.clu(graph, attribute: "sector")
        let lines = clu.split(separator: "\n")
        let values = Set(graph.actors.compactMap(\.sector)).sorted()
        let header = lines.firstIndex { $0.hasPrefix("*Vertices") }!
        XCTAssertEqual(lines[header], "*Vertices \(graph.actorCount)")
        for (actor, line) in zip(graph.actors, lines[(header + 1)...]) {
            XCTAssertEqual(Int(line), actor.sector.map { values.firstIndex(of: $0)! + 1 } ?? 0)
        }
        for (i, value) in values.enumerated() { XCTAssertTrue(lines.contains("% \(i + 1) = \(value)"[...])) }
    }

    // MARK: - GML

    func testGMLDialectsChooseActorIds() throws {
        // NetworkX: labels are names; igraph: `name`; neither: ids.
        let networkX = try load("g.gml", "graph [\n directed 1\n node [ id 0 label \"a\" ]\n node [ id 1 label \"b\" name \"B\" ]\n edge [ source 0 target 1 weight 2 ]\n]\n")
        XCTAssertEqual(networkX.actors.map(\.id), ["a", "b"])
        XCTAssertEqual(networkX.actors.map(\.label), ["a", "B"])
        XCTAssertEqual(networkX.declaration.direction, .directed)
        let igraph = try load("g.gml", "Creator \"igraph\"\ngraph [ node [ id 0 name \"x\" ] node [ id 1 name \"y\" ] edge [ source 1 target 0 ] ]")
        XCTAssertEqual(igraph.actors.map(\.id), ["x", "y"])
        XCTAssertEqual(igraph.declaration.direction, .undirected)
        let bare = try load("g.gml", "graph [ node [ id 7 ] node [ id 9 label \"same\" ] ]")
        XCTAssertEqual(bare.actors.map(\.id), ["7", "9"])
        XCTAssertEqual(bare.actors.map(\.label), ["7", "same"])
    }

    func testGMLErrors() {
        XCTAssertInputError(try load("g.gml", "graph [\n  node [ id 0 label \"open ]\n]"), line: 2, column: 21, contains: "not closed")
        XCTAssertInputError(try load("g.gml", "graph [\n  node [ id 0 ]\n  edge [ source 0 target 5 ]\n]"), line: 3, column: 3, contains: "edge target '5' is not a node id")
        XCTAssertInputError(try load("g.gml", "graph [\n  node [ id 0 ]\n"), line: 3, column: 1, contains: "a ']' is missing")
        XCTAssertInputError(try load("g.gml", "graph [ directed 2 ]"), line: 1, column: 9, contains: "'directed' must be 0 or 1")
    }

    // MARK: - UCINET DL

    func testDLHeadersAndSymmetry() throws {
        // sna::write.dl's one-line header, quoted labels, one matrix.
        let sna = try load("g.dl", "DL n = 3, nm = 1, format = edgelist1\nlabels:\n\"a b\",\"c\",\"d\"\nmatrix labels:\n\"1\"\ndata:\n1 2 1 \n2 1 1 \n3 3 2 \n")
        XCTAssertEqual(sna.actors.map(\.id), ["a b", "c", "d"])
        XCTAssertEqual(sna.declaration.direction, .undirected, "1→2 and 2→1 with the same value, and a loop: symmetric")
        XCTAssertEqual(sna.ties.map { [$0.source, $0.target] }, [[0, 1], [2, 2]])
        let embedded = try load("g.dl", "dl n=3 format=el1\nlabels embedded:\ndata:\nx y 2\ny z\n")
        XCTAssertEqual(embedded.actors.map(\.id), ["x", "y", "z"])
        XCTAssertEqual(embedded.declaration.direction, .directed)
        XCTAssertEqual(embedded.ties.map(\.weight), [2, 1])
        // Two-mode, labels embedded: memberships, a value other than 1 kept as `weight`.
        let twoMode = try load("g.dl", "dl nr=2 nc=3\nformat=fullmatrix\nlabels embedded\ndata:\n   e1 e2 e3\nann 1 0 1\nbob 0 2 0\n")
        XCTAssertEqual(twoMode.actors.map(\.id), ["ann", "bob", "e1", "e2", "e3"])
        XCTAssertEqual(twoMode.memberships.map { [$0.member, $0.network] }, [[0, 2], [0, 4], [1, 3]])
        XCTAssertEqual(twoMode.memberships.map(\.attributes), [[:], [:], ["weight": "2"]])
        XCTAssertNil(twoMode.declaration.direction)
        // Two relations: each matrix's label is the records' relation type; both symmetric.
        let relations = try load("g.dl", "DL N=3 NM=2\nFORMAT = FULLMATRIX\nLABELS:\na,b,c\nMATRIX LABELS:\nfriend,advice\nDATA:\n0 1 0\n1 0 0\n0 0 0\n0 1 1\n1 0 0\n1 0 0\n")
        XCTAssertEqual(relations.declaration.direction, .undirected)
        XCTAssertEqual(relations.ties.map { relations.typeName(of: $0) }, ["friend", "advice", "advice"])
        XCTAssertEqual(relations.ties.map { [$0.source, $0.target] }, [[0, 1], [0, 1], [0, 2]])
    }

    func testDLErrors() {
        XCTAssertInputError(try load("g.dl", "graph\n"), line: 1, column: 1, contains: "first line must start with DL")
        XCTAssertInputError(try load("g.dl", "dl n=2 format=lowerhalf\ndata:\n1\n"), line: 1, column: 15, contains: "DL format 'lowerhalf' is not read")
        XCTAssertInputError(try load("g.dl", "dl n=2\ndata:\n0 1\n1 x\n"), line: 4, column: 3, contains: "'x' is not a number")
        XCTAssertInputError(try load("g.dl", "dl n=2\ndata:\n0 1\n1\n"), line: 4, column: nil, contains: "the data ended early")
        XCTAssertInputError(try load("g.dl", "dl n=2 format=edgelist1\ndata:\n1 3\n"), line: 3, column: 3, contains: "'3' is not a column number from 1 to 2")
        XCTAssertInputError(try load("g.dl", "dl n=2 format=edgelist1\ndata:\nann bob\n"), line: 3, column: 1, contains: "labels in the data need 'labels embedded'")
        XCTAssertInputError(try load("g.dl", "dl n=2 colour=red\ndata:\n"), line: 1, column: 8, contains: "unknown DL header parameter 'colour'")
    }

    // MARK: - Damaged files

    func testDeepNestingIsAnErrorNotAStackOverflow() {
        // 16 characters of <graphml><graph>, then 20 per level: the 513th element opens at
        // 16 + 255 × 20 = 5,116 bytes in; GML's 512th nested list opens at 511 × 4 + 3.
        let deepXML = "<graphml><graph>" + String(repeating: "<node id=\"x\"><graph>", count: 100_000)
        XCTAssertInputError(try load("g.graphml", deepXML), line: 1, column: 5_117, contains: "nested more than 512 deep")
        let deepGML = "graph [\n" + String(repeating: "a [ ", count: 100_000)
        XCTAssertInputError(try load("g.gml", deepGML), line: 2, column: 2_047, contains: "lists nested more than 512 deep")
    }

    /// Seeded damage (a byte changed, dropped or duplicated) to files of every format:
    /// each read either succeeds or fails with an InputError at a position inside the file,
    /// never a crash or another error.
    func testDamagedFilesFailWithPositionsNeverCrash() throws {
        var random = SplitMix64(seed: 15)
        let graph = try GraphLoader.load(TestSupport.dataset("florentine"))
        let files: [(String, String)] = [("g.graphml", GraphMLWriter.graphML(graph)), ("g.gexf", GEXFWriter.gexf(graph)),
                                         ("g.gml", GMLWriter.gml(graph)), ("g.net", PajekWriter.net(graph)), ("g.dl", UCINETDLWriter.dl(graph))]
        var failures = 0
        for (name, text) in files {
            let original = Array(text.utf8)
            let lines = original.filter { $0 == 0x0A }.count + 1
            for _ in 0 ..< 60 {
                var bytes = original
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[at] = UInt8(random.below(256))
                case 1: bytes.remove(at: at)
                default: bytes.insert(bytes[at], at: at)
                }
                let folder = TestSupport.folder(bytes: [name: bytes])
                do {
                    _ = try GraphLoader.load(folder + "/" + name)
                } catch let error as InputError {
                    failures += 1
                    if let line = error.line { XCTAssertTrue((1 ... lines + 1).contains(line), "\(name): \(error)") }
                    XCTAssertTrue(error.file.hasSuffix(name), "\(error)")
                } catch {
                    XCTFail("\(name): \(error)")
                }
            }
        }
        XCTAssertGreaterThan(failures, 50, "the damage is mostly detected")
    }
}
