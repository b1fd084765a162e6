/// What ``CollaborationGraph/merging(_:knownIDs:)`` did: which actors an alias table merged
/// into which, what became of their records, and which attribute values differed.
///
/// Carried on the merged graph's ``DatasetDeclaration/merges`` so that every output that
/// describes the data (standard error, the report's methods) can state it.
public struct MergeLog: Sendable, Equatable {
    /// An actor merged into another (or renamed onto an id of another dataset).
    public struct MergedActor: Sendable, Equatable {
        public var id: String
        public var label: String
        /// The alias that matched: the actor's id or its exact label.
        public var matchedBy: String
        /// The alias file's line that maps it.
        public var line: Int
    }

    /// An attribute on which a merged actor disagrees with the canonical one.
    public struct AttributeConflict: Sendable, Equatable {
        /// `label`, `kind` or an attribute column.
        public var attribute: String
        /// The canonical actor's value (kept; nil when it had none and took `value`).
        public var kept: String?
        /// The merged actor's differing value, and whose it was.
        public var value: String
        public var from: String
    }

    /// One canonical actor and the actors merged into it.
    public struct Merge: Sendable, Equatable {
        public var canonical: String
        public var label: String
        /// True when the canonical id is not in this dataset (it is another dataset's id:
        /// the actors were renamed onto it, `collab change` across waves).
        public var renamed: Bool
        public var merged: [MergedActor]
        public var conflicts: [AttributeConflict]
    }

    /// The alias file.
    public var file: String
    /// In the order of the canonical actors in the merged graph.
    public var merges: [Merge] = []
    /// Tie records whose source or target changed.
    public var recordsRepointed = 0
    /// Records folded into an identical record (same ends, type, dates and attributes),
    /// their weights summed.
    public var recordsCombined = 0
    /// Records between two actors merged into one, dropped.
    public var selfTiesDropped = 0
    /// Memberships that became duplicates (dropped) or an actor's membership of itself.
    public var membershipsDropped = 0
    /// Aliases that name no actor of this dataset (by id or label).
    public var unusedAliases = 0

    public init(file: String) { self.file = file }

    /// Actors that disappeared into another (renames excluded).
    public var actorsMerged: Int { merges.reduce(0) { $0 + $1.merged.count - ($1.renamed ? 1 : 0) } }
    public var isEmpty: Bool { merges.isEmpty }
}
