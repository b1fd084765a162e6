import Foundation

/// Reads Pajek `.net` files (Pajek, igraph, NetworkX, GraphStream, JUNG write them).
///
/// - `*Vertices n` lists vertices `number "label" [x y z shape …]`; coordinates and drawing
///   options are not kept (a note says so). An actor's id is its label when every vertex
///   has a distinct label (as NetworkX reads it), else the vertex number, with the label
///   as the actor's label.
/// - `*Arcs` lines `i j [weight]` are directed records, `*Edges` undirected ones;
///   `*Arcslist`/`*Edgeslist` lines `i j k …` give a tie from `i` to each of `j k …`;
///   `*Matrix` gives a record per non-zero cell (its value the weight; arcs). Drawing
///   options after the weight are not kept.
/// - Direction: only arcs → directed; only edges → undirected; both → not declared, with a
///   note (collab keeps one direction per graph: choose with --directed or --undirected).
/// - **Two-mode** networks (`*Vertices n n1`): the first `n1` vertices are members, the
///   rest networks, and each line (or matrix cell) is a **membership**; its weight, when
///   not 1, is the membership attribute `weight`.
/// - Errors: vertex numbers out of range, malformed numbers, unclosed quotes, a second
///   `*Vertices`, with line and column. Zero weights follow ``ZeroWeightPolicy``.
public enum PajekReader {
    public static func read(_ path: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        try read(text: GraphImport.text(try GraphImport.contents(path), file: path), file: path, options: options)
    }

    private enum Section { case none, vertices, arcs, edges, arcsList, edgesList, matrix, other }

    private struct Line { var source: Int; var target: Int; var weight: TextToken?; var directed: Bool; var at: TextToken }

    public static func read(text: String, file: String, options: LoadOptions = LoadOptions()) throws -> CollaborationGraph {
        var importer = GraphImport(file: file, format: "Pajek", options: options)
        var count: Int?
        var firstMode: Int?
        var labels: [String?] = []
        var lines: [Line] = []
        var section = Section.none
        var sawArcs = false, sawEdges = false
        var matrixRow = 0
        var title: String?
        func error(_ token: TextToken, _ message: String) -> InputError {
            InputError(file: file, line: token.line, column: token.column, message)
        }
        func vertex(_ token: TextToken) throws -> Int {
            guard let n = count else { throw error(token, "a tie before *Vertices: the vertex count must come first") }
            guard let v = Int(token.text), v >= 1, v <= n else {
                throw error(token, "vertex '\(Excerpt.of(token.text))' is not a number from 1 to \(n)")
            }
            return v
        }
        for (number, raw) in numberedLines(text) {
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            let fields = try tokens(of: raw, number: number, file: file)
            guard let first = fields.first else { continue }
            if first.text.hasPrefix("*") && !first.quoted {
                let keyword = first.text.lowercased()
                switch keyword {
                case "*vertices", "*nodes":
                    guard count == nil else { throw error(first, "a second *Vertices: collab reads one network per file") }
                    guard fields.count >= 2, let n = Int(fields[1].text), n >= 0 else {
                        throw error(first, "*Vertices needs the number of vertices")
                    }
                    guard n < Int(Int32.max) else { throw error(fields[1], "\(n) vertices: more than collab can index") }
                    count = n
                    labels = [String?](repeating: nil, count: n + 1)
                    if fields.count >= 3 {
                        guard let n1 = Int(fields[2].text), n1 >= 0, n1 <= n else {
                            throw error(fields[2], "the two-mode split '\(Excerpt.of(fields[2].text))' must be a number from 0 to \(n)")
                        }
                        firstMode = n1
                    }
                    section = .vertices
                case "*arcs": section = .arcs; sawArcs = true
                case "*edges": section = .edges; sawEdges = true
                case "*arcslist": section = .arcsList; sawArcs = true
                case "*edgeslist": section = .edgesList; sawEdges = true
                case "*matrix":
                    section = .matrix; sawArcs = true; matrixRow = 0
                case "*network":
                    title = fields.dropFirst().map(\.text).joined(separator: " ")
                    section = .none
                default:
                    importer.note("section \(Excerpt.of(first.text)) (line \(number)) not read: collab reads *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist and *Matrix")
                    section = .other
                }
                continue
            }
            switch section {
            case .none:
                throw error(first, "data before any section: a Pajek file starts with *Vertices")
            case .other:
                continue
            case .vertices:
                let v = try vertex(first)
                if fields.count >= 2 { labels[v] = fields[1].text }
                if fields.count >= 3 { importer.note("vertex coordinates and drawing options not kept") }
            case .arcs, .edges:
                guard fields.count >= 2 else { throw error(first, "expected two vertex numbers (and a weight)") }
                let s = try vertex(fields[0]), t = try vertex(fields[1])
                if fields.count >= 4 { importer.note("drawing options on tie lines not kept") }
                lines.append(Line(source: s, target: t, weight: fields.count >= 3 ? fields[2] : nil, directed: section == .arcs, at: first))
            case .arcsList, .edgesList:
                let s = try vertex(first)
                for field in fields.dropFirst() {
                    lines.append(Line(source: s, target: try vertex(field), weight: nil, directed: section == .arcsList, at: field))
                }
            case .matrix:
                guard let n = count else { throw error(first, "*Matrix before *Vertices") }
                let columns = firstMode.map { n - $0 } ?? n
                let rows = firstMode ?? n
                matrixRow += 1
                guard matrixRow <= rows else { throw error(first, "more than \(rows) matrix rows") }
                guard fields.count == columns else {
                    throw error(fields[min(fields.count, columns) - 1], "a matrix row needs \(columns) values, found \(fields.count)")
                }
                for (j, field) in fields.enumerated() {
                    guard let value = Double(field.text) else { throw error(field, "'\(Excerpt.of(field.text))' is not a number") }
                    if value != 0 {
                        let target = (firstMode ?? 0) + j + 1
                        lines.append(Line(source: matrixRow, target: target, weight: field, directed: firstMode == nil, at: field))
                    }
                }
            }
        }
        guard let n = count else { throw InputError(file: file, "no *Vertices line: not a Pajek network") }

        // Actor ids: the labels when all present and distinct, else the numbers.
        let given = labels.dropFirst().compactMap { $0 }
        let useLabels = given.count == n && Set(given).count == n
        if !useLabels && !given.isEmpty && given.count == n {
            importer.note("vertex labels are not all distinct: actor ids are the vertex numbers, labels kept as labels")
        }
        var graph = CollaborationGraph()
        graph.declaration.title = title
        for v in stride(from: 1, through: n, by: 1) {
            let label = labels[v]
            graph.addActor(Actor(id: useLabels ? label! : String(v), label: label))
        }
        for line in lines {
            var weight = 1.0
            if let token = line.weight {
                guard let w = try importer.weight(token.text, error: { error(token, $0) }) else { continue }
                weight = w
            }
            let s = Int32(line.source - 1), t = Int32(line.target - 1)
            if let n1 = firstMode {
                let (member, network) = line.source <= n1 ? (s, t) : (t, s)
                guard Int(member) < n1, Int(network) >= n1 else {
                    throw error(line.at, "in a two-mode network (*Vertices \(n) \(n1)) lines join a vertex 1–\(n1) to one of \(n1 + 1)–\(n)")
                }
                graph.addMembership(Membership(member: member, network: network,
                                               attributes: weight == 1 ? [:] : ["weight": NumberFormat.shortest(weight)]))
            } else {
                graph.addTie(Tie(source: s, target: t, weight: weight))
            }
        }
        let direction: RecordDirection?
        if firstMode != nil {
            direction = nil
        } else if sawArcs && sawEdges {
            direction = nil
            importer.note("the file has both *Arcs and *Edges: collab keeps one direction per graph, so none is declared (choose with --directed or --undirected)")
        } else {
            direction = sawArcs ? .directed : sawEdges ? .undirected : nil
        }
        graph.orderAttributeNames()
        importer.finish(&graph, direction: direction, source: sawArcs ? "Pajek *Arcs" : "Pajek *Edges")
        return graph
    }
}
