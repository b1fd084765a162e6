import CollabGraph
import CollabAnalysis
import CollabOutput

/// A tiny HTML builder for the report: every piece of text goes through
/// ``XMLEscaping/escape(_:)``, so actor names and attributes stay text, never markup.
public struct HTML: Sendable {
    public private(set) var text = ""

    public init() {}

    /// Escaped text.
    public mutating func add(_ content: String) { text += XMLEscaping.escape(content) }

    /// Markup the caller built from constants and escaped parts (never raw user text).
    public mutating func raw(_ markup: String) { text += markup }

    /// `<tag attributes>…</tag>` around what `body` adds. Attribute values are escaped.
    public mutating func element(_ tag: String, _ attributes: [(String, String)] = [], _ body: (inout HTML) -> Void) {
        text += "<\(tag)" + HTML.attributes(attributes) + ">"
        body(&self)
        text += "</\(tag)>"
    }

    /// `<tag attributes>text</tag>` with the text escaped.
    public mutating func element(_ tag: String, _ attributes: [(String, String)] = [], text content: String) {
        element(tag, attributes) { $0.add(content) }
    }

    static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(XMLEscaping.escape($0.1))\"" }.joined()
    }

    /// A table whose columns sort on a click (by the few lines of inline script the page
    /// carries). `numeric` columns sort as numbers; cells are escaped text.
    public mutating func table(headers: [String], numeric: Set<Int> = [], rows: [[String]], caption: String? = nil) {
        element("table", [("class", "sortable")]) { html in
            if let caption { html.element("caption", text: caption) }
            html.element("thead") { html in
                html.element("tr") { html in
                    for (i, header) in headers.enumerated() {
                        html.element("th", numeric.contains(i) ? [("data-type", "number")] : [], text: header)
                    }
                }
            }
            html.element("tbody") { html in
                for row in rows {
                    html.element("tr") { html in
                        for (i, cell) in row.enumerated() {
                            html.element("td", numeric.contains(i) ? [("class", "number")] : [], text: cell)
                        }
                    }
                }
            }
        }
    }

    /// The click-to-sort script: 14 lines, no external code.
    public static let sortScript = """
    document.querySelectorAll('table.sortable th').forEach(function (th, index) {
      th.addEventListener('click', function () {
        var table = th.closest('table'), body = table.tBodies[0];
        var column = Array.prototype.indexOf.call(th.parentNode.children, th);
        var numeric = th.dataset.type === 'number', ascending = th.dataset.order !== 'asc';
        th.parentNode.querySelectorAll('th').forEach(function (h) { delete h.dataset.order; });
        th.dataset.order = ascending ? 'asc' : 'desc';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent, y = b.cells[column].textContent;
          var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    """
}
