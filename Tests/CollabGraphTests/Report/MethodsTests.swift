import CollabGraph
import CollabAnalysis
import CollabOutput
import XCTest
@testable import CollabRender

final class MethodsTests: XCTestCase {
    let view = Methods.ViewDescription(options: ViewOptions(relationTypes: ["co-design"]),
                                       direction: "undirected (meta.json declares \"directed\": false)",
                                       weighted: false, rubric: .standard)
    let dataset = Methods.DatasetSource(title: "London H2020", source: "CORDIS, European Commission",
                                        citation: "Source: CORDIS", license: "CC BY 4.0", url: "https://example.org/data_set")

    func testEveryMeasureStatesDefinitionImplementationViewAndCitations() {
        let text = Methods.markdown(measures: MethodsMeasure.allCases, view: view, dataset: dataset)
        for measure in MethodsMeasure.allCases {
            XCTAssertTrue(text.contains("**\(measure.title).** \(measure.definition)"), measure.rawValue)
            XCTAssertTrue(text.contains("Reference implementation: \(measure.implementation)."), measure.rawValue)
            XCTAssertFalse(measure.citations.isEmpty, measure.rawValue)
            for key in measure.citations { XCTAssertNotNil(Methods.references[key], key) }
        }
        XCTAssertTrue(text.contains("- Direction: undirected (meta.json declares \"directed\": false)"))
        XCTAssertTrue(text.contains("- Filters: relation types: co-design"))
        XCTAssertTrue(text.contains("Computed on: undirected (meta.json declares \"directed\": false), unweighted (each connected pair counts once), relation types: co-design."))
        XCTAssertTrue(text.contains("NetworkX 3.6.1 `betweenness_centrality(normalized=True)`"))
        XCTAssertTrue(text.contains("London H2020. Source: CORDIS, European Commission. Cite as: Source: CORDIS. Licence: CC BY 4.0."))
    }

    func testBibTeXHasEachCitedReferenceOnceAndTheDataset() {
        let bib = Methods.bibtex(measures: [.betweenness, .closeness, .brokerageRoles], dataset: dataset)
        let keys = bib.components(separatedBy: "\n").filter { $0.hasPrefix("@") }
        XCTAssertEqual(keys, ["@article{freeman1979,", "@article{brandes2001,", "@inproceedings{hagberg2008,",
                              "@book{wasserman1994,", "@article{gould1989,", "@article{butts2008,", "@misc{dataset,"])
        XCTAssertTrue(bib.contains("  doi = {10.1080/0022250X.2001.9990249},"))
        XCTAssertTrue(bib.contains("  url = {https://example.org/data_set},"), "URLs verbatim")
        XCTAssertTrue(bib.contains("  title = {London H2020},"))
        // Braces in text cannot unbalance an entry.
        XCTAssertEqual(Methods.bibtexEscape("a}b{c\\d%"), "a\\}b\\{c\\textbackslash{}d\\%")
    }

    func testCentralityMeasuresMapToTheCatalogue() {
        for measure in CentralityMeasure.allCases { XCTAssertEqual(MethodsMeasure(measure).rawValue, measure.rawValue) }
    }
}
