import CollabGraph
import CollabAnalysis
import CollabOutput
/// The tool's own DOT: a small document model (``DOTGraph``) and a writer that escapes
/// every identifier and value, so that any actor name or attribute — quotes, backslashes,
/// newlines, `]`, `;`, `<script>`, right-to-left text — comes out as the text it was and can
/// never close a string, add a statement or become markup.
///
/// The writer follows the DOT language of Graphviz (https://graphviz.org/doc/info/lang.html):
/// - every identifier and value is written as a double-quoted string;
/// - inside it `"` becomes `\"` and `\` becomes `\\`; a line break becomes `\n`
///   (Graphviz's escString: a centred line break in labels); tab becomes a space;
///   other control characters (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF, which
///   are not allowed in SVG's XML, become U+FFFD;
/// - HTML-like labels (`<…>`) are only ever written from an ``HTMLLabel``, whose markup is
///   built inside this module from escaped text: user text cannot produce one.
///
/// ``DOTWriter/unescape(_:)`` inverts the escaping for values read back from Graphviz's
/// parser (which keeps `\\` and `\n` as written), so DOT output round-trips.
///
/// Output is deterministic: statements in the order of the model, attributes in the order
/// they were set. Text values longer than ``valueLimit`` characters are cut (with `…`), so
/// an enormous name cannot stall Graphviz; node ids are never cut.
///
/// - Complexity: O(total text length).
public enum DOTWriter {
    /// The DOT text of a graph.
    public static func write(_ graph: DOTGraph) -> String {
        var out = ""
        out += graph.isDirected ? "digraph " : "graph "
        out += quoted(graph.name)
        out += " {\n"
        if !graph.graphAttributes.isEmpty {
            out += "  graph" + attributeList(graph.graphAttributes) + ";\n"
        }
        if !graph.nodeDefaults.isEmpty {
            out += "  node" + attributeList(graph.nodeDefaults) + ";\n"
        }
        if !graph.edgeDefaults.isEmpty {
            out += "  edge" + attributeList(graph.edgeDefaults) + ";\n"
        }
        for node in graph.nodes {
            out += "  " + quoted(node.id)
            if !node.attributes.isEmpty { out += attributeList(node.attributes) }
            out += ";\n"
        }
        let arrow = graph.isDirected ? " -> " : " -- "
        for edge in graph.edges {
            out += "  " + quoted(edge.source) + arrow + quoted(edge.target)
            if !edge.attributes.isEmpty { out += attributeList(edge.attributes) }
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    /// ` [name="value", …]`.
    static func attributeList(_ attributes: [DOTAttribute]) -> String {
        var out = " ["
        for (i, attribute) in attributes.enumerated() {
            if i > 0 { out += ", " }
            out += quoted(attribute.name)
            out += "="
            switch attribute.value {
            case .text(let text): out += quoted(bounded(text))
            case .html(let label): out += "<" + label.markup + ">"
            }
        }
        out += "]"
        return out
    }

    /// The longest attribute value handed to Graphviz, in characters. Graphviz's layout
    /// and SVG output slow down badly on huge strings (a 10 MB actor name took minutes);
    /// labels are cut far shorter for drawing, tooltips keep up to this much of the text.
    public static let valueLimit = 2_000

    /// `text` cut to `limit` characters, ending in `…` when cut.
    public static func bounded(_ text: String, limit: Int = valueLimit) -> String {
        guard text.utf8.count > limit else { return text }   // fast: fewer bytes than the limit
        var index = text.startIndex
        for _ in 0 ..< limit - 1 {
            guard index < text.endIndex else { return text }
            index = text.index(after: index)
        }
        guard index < text.endIndex, text.index(after: index) < text.endIndex else { return text }
        return String(text[..<index]) + "…"
    }

    /// A DOT double-quoted string holding `text` exactly (see the type's documentation).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !previousWasCarriageReturn { out += "\\n" }
            case "\t": out += " "
            default:
                if isForbidden(scalar) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// Control characters and non-characters that DOT strings and XML must not carry.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xFFFE || v == 0xFFFF
    }

    /// Inverts the escaping of ``quoted(_:)`` on a value as Graphviz's parser returns it
    /// (the parser has already turned `\"` into `"`): `\\` → `\`, `\n` → line break.
    public static func unescape(_ value: String) -> String {
        var out = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                switch scalar {
                case "\\": out += "\\"
                case "n": out += "\n"
                case "\"": out += "\""
                default: out += "\\"; out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }
        return out
    }
}

/// A DOT graph: the document the tool writes and hands to Graphviz.
public struct DOTGraph: Sendable, Equatable {
    public var name: String
    public var isDirected: Bool
    public var graphAttributes: [DOTAttribute]
    public var nodeDefaults: [DOTAttribute]
    public var edgeDefaults: [DOTAttribute]
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]

    public init(name: String = "map", isDirected: Bool, graphAttributes: [DOTAttribute] = [],
                nodeDefaults: [DOTAttribute] = [], edgeDefaults: [DOTAttribute] = [],
                nodes: [DOTNode] = [], edges: [DOTEdge] = []) {
        self.name = name
        self.isDirected = isDirected
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }
}

/// A node statement.
public struct DOTNode: Sendable, Equatable {
    public var id: String
    public var attributes: [DOTAttribute]

    public init(id: String, attributes: [DOTAttribute] = []) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement `source -> target` (or `--` in an undirected graph).
public struct DOTEdge: Sendable, Equatable {
    public var source: String
    public var target: String
    public var attributes: [DOTAttribute]

    public init(source: String, target: String, attributes: [DOTAttribute] = []) {
        self.source = source
        self.target = target
        self.attributes = attributes
    }
}

/// One `name=value` pair.
public struct DOTAttribute: Sendable, Equatable {
    public var name: String
    public var value: DOTValue

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = .text(value)
    }

    public init(_ name: String, html: HTMLLabel) {
        self.name = name
        self.value = .html(html)
    }
}

/// An attribute value: text (always quoted and escaped) or an HTML-like label.
public enum DOTValue: Sendable, Equatable {
    case text(String)
    case html(HTMLLabel)
}

/// Markup for a Graphviz HTML-like label. Its markup can only be built inside this module;
/// text from outside enters through ``HTMLLabel/text(_:)``, which escapes it.
public struct HTMLLabel: Sendable, Equatable {
    let markup: String

    init(markup: String) { self.markup = markup }

    /// Escaped character data: `&`, `<`, `>`, quotes become entities; line breaks and
    /// control characters become spaces (a label is one line of text here).
    static func text(_ text: String) -> String {
        var cleaned = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || DOTWriter.isForbidden(scalar) {
                cleaned += " "
            } else {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        return XMLEscaping.escape(cleaned)
    }
}
