/// What a dataset says about itself, as read by the loader: whether its tie records carry
/// a direction (who initiated the tie) and where that was declared, and its title.
///
/// A dataset folder declares itself in `meta.json` (`{"directed": false, "title": "…"}`);
/// a GraphML file through its `<graph edgedefault="…">`; a JSON graph through its top-level
/// `"directed"` field. A lone edges CSV declares nothing. The command line's
/// `--directed`/`--undirected` override the declaration (see ``RecordDirection``).
public struct DatasetDeclaration: Sendable, Equatable {
    /// Whether records carry direction; nil when the dataset does not say.
    public var direction: RecordDirection?
    /// Where `direction` was declared (`meta.json`, `GraphML edgedefault`, …).
    public var directionSource: String?
    /// Whether tie weights carry meaning (meta.json `weighted`); informational.
    public var weighted: Bool?
    /// A title for the dataset (meta.json `title`, else the first heading of README.md).
    public var title: String?
    /// Further descriptive fields of meta.json (`description`, `source`, `citation`,
    /// `license`, `url`), kept as written.
    public var notes: [String: String]
    /// What the reader noticed and did about it (an undeclared GraphML key read as a string
    /// attribute, zero-weight records left out on request, …), one sentence each, for the
    /// command line to print as notes.
    public var loadNotes: [String] = []
    /// The actors an alias table merged at load (`--aliases`), nil when none was given.
    public var merges: MergeLog?

    public init(direction: RecordDirection? = nil, directionSource: String? = nil, title: String? = nil,
                notes: [String: String] = [:]) {
        self.direction = direction
        self.directionSource = directionSource
        self.title = title
        self.notes = notes
    }
}

/// Whether tie records say who initiated them.
///
/// On `directed` data a record runs from its source (the initiating actor) to its target,
/// so a pair with records both ways is a "two-way street" and reciprocity is measured. On
/// `undirected` data (co-participation, co-authorship, most "do you work with…" surveys)
/// source and target are interchangeable: reciprocity is *not measured* — never 0% or
/// 100% — and no arrows are drawn.
public enum RecordDirection: String, Sendable, Equatable, CaseIterable {
    case directed
    case undirected

    public var isDirected: Bool { self == .directed }
}
