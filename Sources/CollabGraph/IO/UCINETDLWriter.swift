import Foundation

/// Writes UCINET DL `edgelist1` with labels: the actor ids as labels (quoted when they
/// hold spaces or commas), one line
/// `i j weight` per pair, weights of parallel records summed; one matrix per relation type
/// (`nm`, `matrix labels:`) when records are typed. An undirected graph is written both
/// ways (a symmetric network, as UCINET expects). DL keeps no actor attributes, dates,
/// record attributes or memberships (``notes(for:)``). A `"` in an id becomes `'`.
public enum UCINETDLWriter {
    public static func dl(_ graph: CollaborationGraph) -> String {
        let typed = graph.relationTypes.count > 1
        // Matrices: relation types in order of first use (untyped records first, as "").
        var typeOrder: [Int32] = []
        for tie in graph.ties where !typeOrder.contains(tie.relationType) { typeOrder.append(tie.relationType) }
        if typeOrder.isEmpty { typeOrder = [0] }
        let matrices = typed ? typeOrder : [Int32(-1)]
        // The format on its own line: igraph's DL reader wants it there.
        var out = "DL n = \(graph.actorCount)"
        if matrices.count > 1 { out += ", nm = \(matrices.count)" }
        out += "\nformat = edgelist1\n"
        if graph.actorCount > 0 { out += "labels:\n" + graph.actors.map { label($0.id) }.joined(separator: ",") + "\n" }
        if matrices.count > 1 {
            out += "matrix labels:\n" + matrices.map { label(graph.relationTypes[Int($0)]) }.joined(separator: ",") + "\n"
        }
        out += "data:\n"
        let undirected = graph.declaration.direction == .undirected
        for (k, type) in matrices.enumerated() {
            if k > 0 { out += "!\n" }
            var sums: [UInt64: Double] = [:]
            var order: [UInt64] = []
            for tie in graph.ties where type < 0 || tie.relationType == type {
                var (a, b) = (tie.source, tie.target)
                if undirected && a > b { swap(&a, &b) }
                let pair = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
                if sums[pair] == nil { order.append(pair) }
                sums[pair, default: 0] += tie.weight
            }
            for pair in order {
                let a = Int(pair >> 32) + 1, b = Int(pair & 0xFFFF_FFFF) + 1
                let w = NumberFormat.shortest(sums[pair]!)
                out += "\(a) \(b) \(w)\n"
                if undirected && a != b { out += "\(b) \(a) \(w)\n" }
            }
        }
        return out
    }

    /// A label, quoted only when it must be (spaces, commas): igraph keeps quotes as part
    /// of the label.
    static func label(_ text: String) -> String {
        let plain = PajekWriter.quoted(text)
        let needsQuotes = plain.isEmpty || plain.unicodeScalars.contains { $0 == " " || $0 == "," || $0 == "\t" || $0 == "=" || $0 == ":" }
        return needsQuotes ? "\"\(plain)\"" : plain
    }

    /// What a DL file of this graph leaves out.
    public static func notes(for graph: CollaborationGraph) -> [String] {
        InterchangeLosses.notes(graph, format: "UCINET DL", keeps: [.weights, .types], extra: InterchangeLosses.idNotes(graph))
    }
}
