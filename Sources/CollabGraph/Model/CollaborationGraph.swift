/// An actor (node): a college, employer, SME, network, public body…
///
/// `kind` is open-ended: unknown kinds are kept. `attributes` holds every other column
/// (`sector`, `locality`, `tier` and anything else) as strings; an absent value is absent
/// from the dictionary, never an empty string.
public struct Actor: Hashable, Sendable {
    public var id: String
    public var label: String
    /// The actor's kind, typed once when the actor is made (a kind outside the built-in
    /// list kept as ``ActorKind/other(_:)`` with its text).
    public var actorKind: ActorKind
    public var attributes: [String: String]

    public init(id: String, label: String? = nil, kind: String = "", attributes: [String: String] = [:]) {
        self.id = id
        self.label = label ?? id
        self.actorKind = ActorKind(kind)
        self.attributes = attributes
    }

    /// The kind exactly as written in the data (empty when none): the text of
    /// ``actorKind``, for output and for grouping by `kind`.
    public var kind: String {
        get { actorKind.rawValue }
        set { actorKind = ActorKind(newValue) }
    }

    public var sector: String? { attributes["sector"] }
    public var locality: String? { attributes["locality"] }
    public var tier: String? { attributes["tier"] }

    /// The value of a grouping attribute: `kind`, `label`, `id` or any attribute column.
    public func value(of attribute: String) -> String? {
        switch attribute {
        case "kind": kind.isEmpty ? nil : kind
        case "id": id
        case "label": label
        default: attributes[attribute]
        }
    }
}

/// One tie record: a partnership activity initiated by `source` towards `target`.
///
/// Many records may join the same pair (the model is a multigraph); views sum them.
/// A value read from (or appended to) the graph's ``TieTable``, which stores the records
/// by column; the dates are day ordinals (`Int32.min` for no date, a day some 5.8 million
/// years before the common era that no input can name).
public struct Tie: Hashable, Sendable {
    /// Dense actor indices into ``CollaborationGraph/actors``.
    public var source: Int32
    public var target: Int32
    /// Index into ``CollaborationGraph/relationTypes`` (the empty string is "untyped").
    public var relationType: Int32
    private(set) var startOrdinal: Int32
    private(set) var endOrdinal: Int32
    /// Intensity, > 0 (default 1).
    public var weight: Double
    public var attributes: [String: String]

    public var start: Day? {
        get { startOrdinal == .min ? nil : Day(ordinal: startOrdinal) }
        set { startOrdinal = Tie.ordinal(newValue) }
    }

    public var end: Day? {
        get { endOrdinal == .min ? nil : Day(ordinal: endOrdinal) }
        set { endOrdinal = Tie.ordinal(newValue) }
    }

    @inline(__always)
    private static func ordinal(_ day: Day?) -> Int32 {
        guard let day else { return .min }
        precondition(day.ordinal != .min, "a day 5.8 million years BCE cannot be stored")
        return day.ordinal
    }

    public init(source: Int32, target: Int32, relationType: Int32 = 0, weight: Double = 1,
                start: Day? = nil, end: Day? = nil, attributes: [String: String] = [:]) {
        self.source = source
        self.target = target
        self.relationType = relationType
        self.weight = weight
        startOrdinal = Tie.ordinal(start)
        endOrdinal = Tie.ordinal(end)
        self.attributes = attributes
    }

    /// A record with its dates as day ordinals (`Int32.min`: none), as the tie table
    /// stores them.
    init(source: Int32, target: Int32, relationType: Int32, weight: Double, startOrdinal: Int32, endOrdinal: Int32,
         attributes: [String: String]) {
        self.source = source
        self.target = target
        self.relationType = relationType
        self.weight = weight
        self.startOrdinal = startOrdinal
        self.endOrdinal = endOrdinal
        self.attributes = attributes
    }

    public var isSelfLoop: Bool { source == target }
}

/// A membership of an actor in a network (a forum, board, alliance): the two-mode part.
public struct Membership: Hashable, Sendable {
    public var member: Int32
    public var network: Int32
    public var start: Day?
    public var end: Day?
    public var attributes: [String: String]

    public init(member: Int32, network: Int32, start: Day? = nil, end: Day? = nil, attributes: [String: String] = [:]) {
        self.member = member
        self.network = network
        self.start = start
        self.end = end
        self.attributes = attributes
    }
}

/// A collaboration graph: actors, tie records (a directed multigraph with typed, weighted,
/// dated records) and memberships. Immutable once loaded; analyses run on views
/// (``GraphView``) built from it.
///
/// Actors are addressed by dense `Int32` indices in load order; `index(of:)` maps an id to
/// its index at the IO boundary.
public struct CollaborationGraph: Sendable {
    public private(set) var actors: [Actor]
    /// The tie records, stored by column (``TieTable``), read as ``Tie`` values.
    public private(set) var ties: TieTable
    public private(set) var memberships: [Membership]
    /// Interned relation type names; index 0 is always "" (untyped).
    public private(set) var relationTypes: [String]
    /// The co-production ladder used to rate relation types.
    public var ladder: RelationLadder
    /// What the dataset declares about itself (direction of records, title), set by the
    /// loader.
    public var declaration = DatasetDeclaration()
    /// Attribute columns of actors, ties and memberships in input order (for writers).
    public var actorAttributeNames: [String]
    public var tieAttributeNames: [String]
    public var membershipAttributeNames: [String]

    private var actorIndex: ActorIndex
    private var relationTypeIndex: [String: Int32]

    public init(ladder: RelationLadder = .builtIn) {
        actors = []
        ties = TieTable()
        memberships = []
        relationTypes = [""]
        relationTypeIndex = ["": 0]
        actorIndex = ActorIndex()
        self.ladder = ladder
        actorAttributeNames = []
        tieAttributeNames = []
        membershipAttributeNames = []
    }

    public var actorCount: Int { actors.count }

    /// The dense index of the actor with this id, if any.
    public func index(of id: String) -> Int32? { actorIndex.index(of: id, in: actors) }

    /// Adds an actor; returns nil (and changes nothing) when the id is already present.
    @discardableResult
    public mutating func addActor(_ actor: Actor) -> Int32? {
        guard index(of: actor.id) == nil else { return nil }
        let index = Int32(actors.count)
        actors.append(actor)
        actorIndex.insert(actor.id, index: index)
        for key in actor.attributes.keys where !actorAttributeNames.contains(key) {
            actorAttributeNames.append(key)
        }
        return index
    }

    /// Replaces the label, kind and attributes of the actor with `actor.id` (which must be
    /// present); new attribute names are added to ``actorAttributeNames`` in sorted order
    /// (set that list to choose another).
    public mutating func describe(_ actor: Actor) {
        guard let index = index(of: actor.id) else { preconditionFailure("unknown actor \(actor.id)") }
        actors[Int(index)] = actor
        for key in actor.attributes.keys.sorted() where !actorAttributeNames.contains(key) {
            actorAttributeNames.append(key)
        }
    }

    /// The index of a relation type, interning it when new.
    public mutating func relationTypeIndex(for name: String) -> Int32 {
        if let index = relationTypeIndex[name] { return index }
        let index = Int32(relationTypes.count)
        relationTypes.append(name)
        relationTypeIndex[name] = index
        return index
    }

    /// The index of an existing relation type (exact name), if any.
    public func existingRelationTypeIndex(for name: String) -> Int32? { relationTypeIndex[name] }

    /// Adds a tie record. Both ends must be valid actor indices and the weight > 0.
    public mutating func addTie(_ tie: Tie) {
        precondition(Int(tie.source) < actors.count && Int(tie.target) < actors.count, "tie end out of range")
        precondition(tie.weight > 0 && tie.weight.isFinite, "tie weight must be positive and finite")
        for key in tie.attributes.keys where !tieAttributeNames.contains(key) { tieAttributeNames.append(key) }
        ties.append(tie)
    }

    /// Adds a tie record between two actor ids with a relation type name.
    public mutating func addTie(from source: String, to target: String, type: String = "", weight: Double = 1,
                                start: Day? = nil, end: Day? = nil, attributes: [String: String] = [:]) {
        guard let s = index(of: source), let t = index(of: target) else {
            preconditionFailure("unknown actor in tie \(source) -> \(target)")
        }
        addTie(Tie(source: s, target: t, relationType: relationTypeIndex(for: type), weight: weight,
                   start: start, end: end, attributes: attributes))
    }

    public mutating func addMembership(_ membership: Membership) {
        precondition(Int(membership.member) < actors.count && Int(membership.network) < actors.count)
        for key in membership.attributes.keys where !membershipAttributeNames.contains(key) { membershipAttributeNames.append(key) }
        memberships.append(membership)
    }

    public mutating func reserveTies(_ count: Int) { ties.reserveCapacity(count) }

    /// Makes room for `count` actors in all (their list and the index by id).
    mutating func reserveActors(_ count: Int) {
        actors.reserveCapacity(count)
        actorIndex.reserveCapacity(count)
    }

    /// Sets the records the fast loader wrote into columns, already checked (ends in
    /// range, weights positive and finite, no attributes); the graph must have none yet.
    mutating func setCheckedTies(_ table: TieTable) {
        precondition(ties.isEmpty, "records already present")
        #if DEBUG
        for i in table.indices {
            precondition(Int(table.sources[i]) < actors.count && Int(table.targets[i]) < actors.count && table.weight(i) > 0)
        }
        #endif
        ties = table
    }

    /// The relation type name of a record.
    public func typeName(of tie: Tie) -> String { relationTypes[Int(tie.relationType)] }

    /// The rung of a record's relation type on the ladder, nil if unrated or untyped.
    public func depth(of tie: Tie) -> Depth? {
        let name = relationTypes[Int(tie.relationType)]
        return name.isEmpty ? nil : ladder.depth(of: name)
    }

    /// The earliest start and latest end over all dated records and memberships.
    public var dateRange: ClosedRange<Day>? {
        var low: Day?
        var high: Day?
        func see(_ day: Day?) {
            guard let day else { return }
            if low == nil || day < low! { low = day }
            if high == nil || day > high! { high = day }
        }
        if ties.hasDates {
            for i in ties.indices { see(ties.start(i)); see(ties.end(i)) }
        }
        for membership in memberships { see(membership.start); see(membership.end) }
        guard let low, let high else { return nil }
        return low...high
    }
}
