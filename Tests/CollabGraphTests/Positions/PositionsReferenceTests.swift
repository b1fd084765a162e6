import CollabGraph
import Foundation
import XCTest

/// Centralization, structural equivalence, hierarchical clustering, REGE, blockmodels,
/// partner overlap and ego composition against `Tests/Fixtures/reference_positions.R`
/// (R sna 2.7 and blockmodeling 1.1.4): 1e-9 relative (1e-12 absolute) on the bundled
/// datasets, small fixture graphs and, when `/work/shared` is present, the CORDIS London
/// tie network (actors with at least one tie; its values are committed, its data is not).
final class PositionsReferenceTests: XCTestCase {
    static let cases = ["karate", "florentine", "east-london", "east-london-directed", "gf-example", "nx-directed-D",
                        "star", "random-directed", "london"]

    struct Case {
        let name: String
        let fixture: JSONValue
        let graph: CollaborationGraph
        let view: GraphView
        let ids: [String]
        /// The graph's actor index of each view index.
        let actors: [Int]
    }

    func load(_ name: String) throws -> Case? {
        let fixture = try JSONValue.parse(contentsOf: TestSupport.path("Tests/Fixtures/reference/positions/\(name).json"))
        let folder = fixture["folder"]!.stringValue!
        let path = folder.hasPrefix("/") ? folder : TestSupport.path(folder)
        guard FileManager.default.fileExists(atPath: path + "/edges.csv") else { return nil }
        let graph = try GraphLoader.load(path)
        let full = graph.view(ViewOptions(directed: fixture["directed"]!.boolValue!))
        var view = full, actors = Array(0 ..< graph.actorCount)
        if fixture["ties_only"]!.boolValue! {
            let induced = InducedView(full, keeping: (0 ..< full.nodeCount).map { full.partners.degree($0) > 0 })
            view = induced.view
            actors = induced.actors
        }
        let ids = actors.map { graph.actors[$0].id }
        XCTAssertEqual(ids, fixture["ids"]!.arrayValue!.map { $0.stringValue! }, "\(name) actor order")
        return Case(name: name, fixture: fixture, graph: graph, view: view, ids: ids, actors: actors)
    }

    func forEachCase(_ body: (Case) throws -> Void) throws {
        var ran = 0
        for name in Self.cases {
            guard let c = try load(name) else { continue }   // London without /work/shared
            try body(c)
            ran += 1
        }
        XCTAssertGreaterThanOrEqual(ran, Self.cases.count - 1)
    }

    func testCentralizationEqualsSna() throws {
        try forEachCase { c in
            let expected = c.fixture["centralization"]!
            let actual = c.view.centralization()
            // A caller's own betweenness and Wasserman–Faust closeness (a report's table)
            // give the same indices as the searches centralization runs itself.
            let known = c.view.centrality(CentralityOptions(measures: [.betweenness, .closeness], threads: 1))
            let reused = c.view.centralization(betweenness: known.column(.betweenness)!.values,
                                               closeness: known.column(.closeness)!.values)
            XCTAssertClose(reused.betweenness!, expected["betweenness"]!.numberValue!, "\(c.name) reused betweenness")
            XCTAssertClose(reused.closeness!, expected["closeness"]!.numberValue!, "\(c.name) reused closeness")
            XCTAssertEqual(reused.closenessIsDegenerate, actual.closenessIsDegenerate, c.name)
            XCTAssertClose(actual.degree!, expected["degree"]!.numberValue!, "\(c.name) degree")
            XCTAssertClose(actual.betweenness!, expected["betweenness"]!.numberValue!, "\(c.name) betweenness")
            XCTAssertClose(actual.closeness!, expected["closeness"]!.numberValue!, "\(c.name) closeness")
            let degrees = c.view.directedDegrees()
            if c.view.isDirected {
                XCTAssertClose(actual.inDegree!, expected["indegree"]!.numberValue!, "\(c.name) indegree")
                XCTAssertClose(actual.outDegree!, expected["outdegree"]!.numberValue!, "\(c.name) outdegree")
                XCTAssertEqual(degrees.inDegree.map(Double.init), numbers(c.fixture["degrees"]!["indegree"]!), c.name)
                XCTAssertEqual(degrees.outDegree.map(Double.init), numbers(c.fixture["degrees"]!["outdegree"]!), c.name)
                XCTAssertEqual(zip(degrees.inDegree, degrees.outDegree).map { Double($0 + $1) },
                               numbers(c.fixture["degrees"]!["degree"]!), c.name)
            } else {
                XCTAssertNil(actual.inDegree)
                XCTAssertEqual(degrees.outDegree.map(Double.init), numbers(c.fixture["degrees"]!["degree"]!), c.name)
            }
            // Connected undirected views have a meaningful closeness index; East London and
            // London (disconnected) have 0, which the flag marks as measuring nothing.
            if ["karate", "florentine", "star"].contains(c.name) { XCTAssertFalse(actual.closenessIsDegenerate, c.name) }
            if ["east-london", "london"].contains(c.name) { XCTAssertTrue(actual.closenessIsDegenerate, c.name) }
        }
    }

    func testStructuralEquivalenceEqualsSedist() throws {
        try forEachCase { c in
            for weighting in ["binary", "weighted"] {
                for measure in EquivalenceMeasure.allCases {
                    let actual = c.view.structuralEquivalence(measure, weighted: weighting == "weighted")
                    assertMatrix(actual, c.fixture["sedist"]![weighting]![measure.rawValue]!, "\(c.name) \(weighting) \(measure)")
                }
            }
        }
    }

    func testRegeEqualsBlockmodeling() throws {
        try forEachCase { c in
            for weighting in ["binary", "weighted"] {
                let actual = c.view.regularEquivalence(RegularEquivalenceOptions(weighted: weighting == "weighted"))
                assertMatrix(actual, c.fixture["rege"]![weighting]!, "\(c.name) REGE \(weighting)")
            }
        }
    }

    func testHierarchicalClusteringEqualsHclust() throws {
        try forEachCase { c in
            let reference = c.fixture["hclust"]!
            let k = Int(reference["k"]!.numberValue!)
            let euclidean = c.view.structuralEquivalence(.euclidean)
            var dissimilarity = c.view.structuralEquivalence(.correlation)
            for i in 0 ..< dissimilarity.order { for j in 0 ..< dissimilarity.order { dissimilarity[i, j] = 1 - dissimilarity[i, j] } }
            for (label, matrix) in [("euclidean", euclidean), ("correlation", dissimilarity)] {
                for linkage in Linkage.allCases {
                    let expected = reference[label]![linkage.rawValue]!
                    let tree = matrix.hierarchicalClustering(linkage)
                    let heights = numbers(expected["heights"]!)
                    XCTAssertEqual(tree.heights.count, heights.count)
                    for (a, e) in zip(tree.heights, heights) { XCTAssertClose(a, e!, "\(c.name) \(label) \(linkage) height") }
                    // Euclidean distances of binary ties are square roots of integers: exact,
                    // so every tie-break matches R's. Correlations differ from R's two-pass
                    // `cor` in the last bits, which can order near-tied merges differently;
                    // their heights and cuts are compared.
                    if label == "euclidean" {
                        XCTAssertEqual(tree.rMerge, expected["merge"]!.arrayValue!.map { numbers($0).map { Int($0!) } },
                                       "\(c.name) \(label) \(linkage) merge")
                    }
                    XCTAssertEqual(tree.cut(clusters: k).map { Double($0 + 1) }, numbers(expected["membership"]!),
                                   "\(c.name) \(label) \(linkage) cutree")
                }
            }
        }
    }

    func testBlockmodelEqualsBlockmodeling() throws {
        try forEachCase { c in
            let reference = c.fixture["blockmodel"]!
            let positions = numbers(reference["membership"]!).map { Int32($0!) - 1 }
            let model = Blockmodel(c.view, positions: positions, alpha: 0.5)
            let density = reference["density"]!.arrayValue!.map(numbers)
            XCTAssertEqual(model.positionCount, density.count)
            for p in 0 ..< model.positionCount {
                for q in 0 ..< model.positionCount {
                    if let e = density[p][q] { XCTAssertClose(model.density[p][q]!, e, "\(c.name) density \(p) \(q)") }
                    else { XCTAssertNil(model.density[p][q], "\(c.name) density \(p) \(q)") }
                }
            }
            XCTAssertEqual(Double(model.errors), reference["error"]!.numberValue!, "\(c.name) errors")
            if let r2 = reference["r_squared"]!.numberValue { XCTAssertClose(model.rSquared!, r2, "\(c.name) R²") }
        }
    }

    func testPartnerOverlapEqualsSetArithmetic() throws {
        try forEachCase { c in
            guard let reference = c.fixture["competition"] else { return }
            let kinds = ActorGroups(labels: c.actors.map { c.graph.actors[$0].kind }, attribute: "kind")
            let focalKind = reference["focal_kind"]!.stringValue!, targetKind = reference["target_kind"]!.stringValue!
            let overlap = PartnerOverlap(c.view, focal: c.actors.map { c.graph.actors[$0].kind == focalKind },
                                         groupOf: kinds.groupOf, groupCount: kinds.count)
            XCTAssertEqual(overlap.focal.map { c.ids[Int($0)] }, strings(reference["focal"]!), c.name)
            let jaccard = reference["jaccard"]!.arrayValue!.map(numbers)
            let shared = reference["shared"]!.arrayValue!.map(numbers)
            for p in overlap.focal.indices {
                for q in overlap.focal.indices {
                    XCTAssertClose(overlap.jaccard(p, q), jaccard[p][q]!, "\(c.name) J")
                    XCTAssertEqual(Double(overlap.shared[p][q]), shared[p][q]!, "\(c.name) shared")
                }
            }
            for (kind, matrix) in reference["shared_by_kind"]!.objectValue! {
                let g = kinds.names.firstIndex(of: kind)!
                XCTAssertEqual(overlap.sharedByGroup[g].map { $0.map(Double.init) }, matrix.arrayValue!.map { numbers($0).map { $0! } },
                               "\(c.name) shared \(kind)")
            }
            let targets = strings(reference["targets"]!)
            let demands = numbers(reference["demands"]!)
            let indexOf = Dictionary(uniqueKeysWithValues: c.ids.enumerated().map { ($1, $0) })
            XCTAssertEqual(targets.map { Double(overlap.demands[indexOf[$0]!]) }, demands.map { $0! }, "\(c.name) demands on \(targetKind)")
            XCTAssertTrue(demands.contains { $0! >= 2 }, "\(c.name): the fixture should hold multiple demands")
        }
    }

    func testEgoCompositionEqualsDefinitions() throws {
        try forEachCase { c in
            guard let reference = c.fixture["ego"] else { return }
            let attribute = reference["attribute"]!.stringValue!
            let groups = ActorGroups(labels: c.actors.map { c.graph.actors[$0].value(of: attribute) }, attribute: attribute)
            let composition = EgoComposition(c.view, groups: groups)
            XCTAssertEqual(Double(composition.categoryCount), reference["categories"]!.numberValue!, c.name)
            for (key, actual) in [("blau", composition.blau), ("iqv", composition.iqv), ("ei", composition.ei)] {
                let expected = numbers(reference[key]!)
                XCTAssertEqual(actual.count, expected.count)
                for (a, e) in zip(actual, expected) {
                    if let e { XCTAssertClose(a ?? .nan, e, "\(c.name) \(key)") } else { XCTAssertNil(a, "\(c.name) \(key)") }
                }
            }
        }
    }

    // MARK: - Helpers

    /// Numbers of a JSON array (or a lone number: R writes length-1 vectors unboxed); null
    /// is nil.
    func numbers(_ value: JSONValue) -> [Double?] {
        if let array = value.arrayValue { return array.map(\.numberValue) }
        return [value.numberValue]
    }

    func strings(_ value: JSONValue) -> [String] {
        if let array = value.arrayValue { return array.map { $0.stringValue! } }
        return [value.stringValue!]
    }

    /// A full matrix (rows) or selected rows with every row's sum.
    func assertMatrix(_ actual: SquareMatrix, _ expected: JSONValue, _ label: String,
                      file: StaticString = #filePath, line: UInt = #line) {
        if let rows = expected.arrayValue {
            XCTAssertEqual(rows.count, actual.order, label, file: file, line: line)
            for (i, row) in rows.enumerated() {
                for (j, e) in numbers(row).enumerated() {
                    XCTAssertClose(actual[i, j], e!, "\(label) [\(i), \(j)]", file: file, line: line)
                }
            }
            return
        }
        let picked = numbers(expected["rows"]!).map { Int($0!) }
        for (row, values) in zip(picked, expected["values"]!.arrayValue!) {
            for (j, e) in numbers(values).enumerated() {
                XCTAssertClose(actual[row, j], e!, "\(label) [\(row), \(j)]", file: file, line: line)
            }
        }
        for (i, sum) in numbers(expected["row_sums"]!).enumerated() {
            XCTAssertClose(actual.row(i).reduce(0, +), sum!, relative: 1e-9, absolute: 1e-9, "\(label) row sum \(i)", file: file, line: line)
        }
    }
}
