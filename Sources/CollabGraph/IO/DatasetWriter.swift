import Foundation

/// Writes a graph as a dataset folder: `nodes.csv`, `edges.csv`, `memberships.csv` (when
/// there are memberships), `types.csv` (the ladder rungs of the graph's relation types).
/// and `meta.json` when the graph declares a direction or a title.
/// CSV fields are quoted per RFC 4180 when they hold commas, quotes or line breaks.
///
/// The folder is written all or nothing (``OutputFolder``): other files already in it (a
/// README) are kept, dataset files this graph does not need (a stale `memberships.csv`)
/// are dropped.
public enum DatasetWriter {
    /// The names of the files a dataset folder may hold that this writer writes.
    public static let fileNames: Set<String> = ["nodes.csv", "edges.csv", "memberships.csv", "types.csv", "meta.json"]

    public static func write(_ graph: CollaborationGraph, toFolder folder: String) throws {
        try OutputFolder.write(files(graph), to: folder, owned: { fileNames.contains($0) })
    }

    /// The folder's files, in memory.
    public static func files(_ graph: CollaborationGraph) -> [OutputFolder.File] {
        var files: [OutputFolder.File] = []
        var nodes = CSVWriter(header: ["id", "label", "kind"] + graph.actorAttributeNames)
        for actor in graph.actors {
            nodes.row([actor.id, actor.label, actor.kind] + graph.actorAttributeNames.map { actor.attributes[$0] ?? "" })
        }
        var edges = CSVWriter(header: ["source", "target", "type", "weight", "start", "end"] + graph.tieAttributeNames)
        for tie in graph.ties {
            edges.row([graph.actors[Int(tie.source)].id, graph.actors[Int(tie.target)].id, graph.typeName(of: tie),
                       NumberFormat.shortest(tie.weight), tie.start?.description ?? "", tie.end?.description ?? ""]
                      + graph.tieAttributeNames.map { tie.attributes[$0] ?? "" })
        }
        files.append(OutputFolder.File(name: "nodes.csv", data: Data(nodes.text.utf8)))
        files.append(OutputFolder.File(name: "edges.csv", data: Data(edges.text.utf8)))
        if !graph.memberships.isEmpty {
            var memberships = CSVWriter(header: ["member", "network", "start", "end"] + graph.membershipAttributeNames)
            for m in graph.memberships {
                memberships.row([graph.actors[Int(m.member)].id, graph.actors[Int(m.network)].id,
                                 m.start?.description ?? "", m.end?.description ?? ""]
                                + graph.membershipAttributeNames.map { m.attributes[$0] ?? "" })
            }
            files.append(OutputFolder.File(name: "memberships.csv", data: Data(memberships.text.utf8)))
        }
        let used = Set(graph.relationTypes.filter { !$0.isEmpty }.map(RelationLadder.normalise))
        var types = CSVWriter(header: ["type", "depth"])
        for (type, depth) in graph.ladder.depths.sorted(by: { $0.key < $1.key }) where used.contains(type) {
            types.row([type, depth.description])
        }
        files.append(OutputFolder.File(name: "types.csv", data: Data(types.text.utf8)))
        if let meta = DatasetMeta.json(graph.declaration) {
            files.append(OutputFolder.File(name: "meta.json", data: Data((meta.serialized() + "\n").utf8)))
        }
        return files
    }
}

/// Builds RFC 4180 CSV text: fields quoted only when needed, LF line ends.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) { row(header) }

    public mutating func row(_ fields: [String]) {
        text += fields.map(CSVWriter.quote).joined(separator: ",") + "\n"
    }

    public static func quote(_ field: String) -> String {
        // Scan UTF-8 bytes, not Characters: grapheme breaking dominated large tables.
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || utf8.first == 0x20 || utf8.last == 0x20 else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
