import CollabGraph
import XCTest

/// The one table of extensions that chooses a format for reading and for writing.
final class InterchangeFormatTests: XCTestCase {
    func testReadingByExtensionAnyCase() {
        let cases: [(String, InterchangeFormat?)] = [
            ("a/b.graphml", .graphML), ("B.XML", .graphML), ("x.json", .json), ("x.GEXF", .gexf),
            ("x.gml", .gml), ("x.net", .pajek), ("x.dl", .ucinetDL), ("edges.csv", .edgeCSV),
            ("x.txt", nil), ("graphml", nil),
        ]
        for (path, format) in cases {
            XCTAssertEqual(InterchangeFormat.reading(path, isDirectory: false), format, path)
        }
        // A folder is a dataset folder, whatever its name.
        XCTAssertEqual(InterchangeFormat.reading("data.gml", isDirectory: true), .datasetFolder)
    }

    func testWritingUsesTheFirstExtensionOnly() {
        XCTAssertEqual(InterchangeFormat.writing("out"), .datasetFolder)
        XCTAssertEqual(InterchangeFormat.writing("out.GraphML"), .graphML)
        XCTAssertEqual(InterchangeFormat.writing("out.net"), .pajek)
        XCTAssertNil(InterchangeFormat.writing("out.xml"), ".xml is read as GraphML, never chosen for writing")
        XCTAssertNil(InterchangeFormat.writing("out.csv"), "a lone edge CSV is read only")
        XCTAssertEqual(InterchangeFormat.writableFiles.map { $0.extensions[0] }, ["graphml", "json", "gexf", "gml", "net", "dl"])
        // Every written extension is read back as the same format.
        for format in InterchangeFormat.writableFiles {
            XCTAssertEqual(InterchangeFormat.reading("g." + format.extensions[0], isDirectory: false), format)
        }
    }
}
