import Foundation

/// The interchange formats a collaboration graph is read from and written to, with the one
/// table of file-name extensions that chooses between them (``GraphLoader`` reading,
/// `collab convert` writing).
///
/// - A dataset folder (`nodes.csv`, `edges.csv`, optional `memberships.csv`, `types.csv`,
///   `meta.json`) is a path that is a folder when read, and a name with no extension when
///   written.
/// - An edge CSV (`source,target,…`, actors inferred in order of first mention) is read only.
/// - Every other format is chosen by its extensions, case-insensitively; the first
///   extension in ``extensions`` is the one written (`.xml` is read as GraphML, never
///   chosen for writing).
public enum InterchangeFormat: String, CaseIterable, Sendable {
    case datasetFolder
    case edgeCSV
    case graphML
    case json
    case gexf
    case gml
    case pajek
    case ucinetDL

    /// The file-name extensions of the format, lower case, without the dot; the first is
    /// the one written. Empty for a dataset folder.
    public var extensions: [String] {
        switch self {
        case .datasetFolder: []
        case .edgeCSV: ["csv"]
        case .graphML: ["graphml", "xml"]
        case .json: ["json"]
        case .gexf: ["gexf"]
        case .gml: ["gml"]
        case .pajek: ["net"]
        case .ucinetDL: ["dl"]
        }
    }

    /// Whether `collab convert` can write the format (every one but a lone edge CSV).
    public var isWritable: Bool { self != .edgeCSV }

    /// The formats written to a file, in the order they are listed to a user.
    public static var writableFiles: [InterchangeFormat] {
        allCases.filter { $0.isWritable && $0 != .datasetFolder }
    }

    /// The format of the file at `path` to read (by its name's ending, case-insensitively),
    /// or nil when no extension in the table matches. A folder is ``datasetFolder`` whatever
    /// its name.
    public static func reading(_ path: String, isDirectory: Bool) -> InterchangeFormat? {
        if isDirectory { return .datasetFolder }
        let lower = path.lowercased()
        return allCases.first { format in format.extensions.contains { lower.hasSuffix("." + $0) } }
    }

    /// The format to write to `path`: a name with no extension is a dataset folder; otherwise
    /// the writable format whose written extension (the first) is the name's extension,
    /// case-insensitively, or nil.
    public static func writing(_ path: String) -> InterchangeFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext.isEmpty { return .datasetFolder }
        return writableFiles.first { $0.extensions.first == ext }
    }
}
