import Foundation

/// A what-if scenario: changes to a collaboration graph applied in order, giving a new
/// graph and the map from the old actors to the new.
///
/// - `remove A`: A leaves with every tie record and membership it has (a network whose
///   funding ends, a college that closes).
/// - `merge A B`: B is folded into A (two colleges merge). A keeps its id, label, kind and
///   attributes; B's records and memberships are re-pointed to A, so ties to a common
///   partner become parallel records whose weights the collapsed view sums; records
///   between A and B become self-ties and are dropped (a self-tie the data already had is
///   kept). Merging into an actor that was itself merged uses the actor it went into.
/// - `add A B`: one new tie record A → B, untyped, weight 1, undated (so in every time
///   window; a view restricted to relation types leaves it out).
///
/// Changes name actors of the graph as loaded; a change that names a removed actor, or
/// merges an actor with itself, is an error naming the change. Actors keep load order in
/// the new graph (removed and merged-away actors leave no gap: the rest move up).
///
/// - Complexity: O(n + r + m) for r records and m memberships, with a near-constant
///   union–find lookup per record.
public struct Scenario: Sendable, Equatable {
    /// One change, naming actors by their index in the graph as loaded.
    public enum Change: Sendable, Equatable {
        case remove(Int32)
        case merge(Int32, into: Int32)
        case add(Int32, Int32)
    }

    public var changes: [Change]
    /// Where each change came from ("--remove", "scenario.csv line 3"), for errors.
    public var origins: [String]
    /// The line of a scenario file each change was read from (nil for other changes).
    public var lines: [Int?]

    public init(changes: [Change] = [], origins: [String]? = nil) {
        self.changes = changes
        self.origins = origins ?? changes.map { _ in "change" }
        self.lines = changes.map { _ in nil }
    }

    public mutating func append(_ change: Change, origin: String, line: Int? = nil) {
        changes.append(change)
        origins.append(origin)
        lines.append(line)
    }
}

/// The graph after a scenario and how its actors relate to the graph before.
public struct ScenarioOutcome: Sendable {
    public var graph: CollaborationGraph
    /// For each actor before: its index after (a merged-away actor maps to the actor it
    /// joined), −1 when removed.
    public var newIndex: [Int32]
    /// Actors removed (index before, load order).
    public var removed: [Int32]
    /// (merged-away actor, actor it joined), indices before, in change order.
    public var merged: [(actor: Int32, into: Int32)]
    /// New tie records kept (both ends still present and distinct).
    public var addedTies: Int
    /// Tie records dropped because an end was removed, and because a merge made them
    /// self-ties.
    public var droppedWithRemoved: Int
    public var droppedAsSelfTies: Int
}

/// A change that cannot be applied: which change (its position and origin) and why,
/// typed so that callers decide by field (a scenario file's change becomes an error at
/// its line) and never by parsing a message; ``description`` is the sentence shown.
public struct ScenarioError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Why the change cannot be applied; actors by id.
    public enum Reason: Equatable, Sendable {
        /// `actor` was removed by an earlier change (after being merged into `mergedInto`, if set).
        case removedEarlier(actor: String, mergedInto: String?)
        /// The two actors of a merge are already one actor.
        case alreadyOneActor(String, String)
        /// An added tie whose two ends are one actor.
        case selfTie
    }

    public var reason: Reason
    /// The position of the failing change in ``Scenario/changes``.
    public var change: Int
    /// Where the change came from (``Scenario/origins``).
    public var origin: String

    public init(_ reason: Reason, change: Int, origin: String) {
        self.reason = reason
        self.change = change
        self.origin = origin
    }

    /// Why, in words, without the origin.
    public var reasonDescription: String {
        switch reason {
        case .removedEarlier(let actor, let into):
            "'\(actor)' was removed by an earlier change" + (into.map { " (merged into '\($0)')" } ?? "")
        case .alreadyOneActor(let a, let b): "'\(a)' and '\(b)' are already one actor"
        case .selfTie: "a tie needs two different actors"
        }
    }

    /// "origin: reason".
    public var description: String { "\(origin): \(reasonDescription)" }
}

extension Scenario {
    /// Applies the changes to `graph` in order.
    public func apply(to graph: CollaborationGraph) throws -> ScenarioOutcome {
        let n = graph.actorCount
        var parent = (0 ..< n).map(Int32.init)
        func root(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x { parent[Int(x)] = parent[Int(parent[Int(x)])]; x = parent[Int(x)] }
            return x
        }
        var removed = [Bool](repeating: false, count: n)
        var removedOrder: [Int32] = []
        var merged: [(actor: Int32, into: Int32)] = []
        var added: [(Int32, Int32)] = []
        func id(_ x: Int32) -> String { graph.actors[Int(x)].id }
        func present(_ x: Int32, _ k: Int) throws -> Int32 {
            let r = root(x)
            if removed[Int(r)] {
                throw ScenarioError(.removedEarlier(actor: id(x), mergedInto: r != x ? id(r) : nil), change: k, origin: origins[k])
            }
            return r
        }
        for (k, change) in changes.enumerated() {
            switch change {
            case .remove(let a):
                let r = try present(a, k)
                removed[Int(r)] = true
                removedOrder.append(r)
            case .merge(let b, let a):
                let ra = try present(a, k), rb = try present(b, k)
                guard ra != rb else {
                    throw ScenarioError(.alreadyOneActor(id(a), id(b)), change: k, origin: origins[k])
                }
                parent[Int(rb)] = ra
                merged.append((b, ra))
            case .add(let a, let b):
                let ra = try present(a, k), rb = try present(b, k)
                guard ra != rb else { throw ScenarioError(.selfTie, change: k, origin: origins[k]) }
                added.append((a, b))
            }
        }
        // New indices: kept representatives in load order.
        var newIndex = [Int32](repeating: -1, count: n)
        var result = CollaborationGraph(ladder: graph.ladder)
        result.declaration = graph.declaration
        for name in graph.relationTypes.dropFirst() { _ = result.relationTypeIndex(for: name) }
        for x in 0 ..< n where root(Int32(x)) == Int32(x) && !removed[x] {
            newIndex[x] = result.addActor(graph.actors[x])!
        }
        for x in 0 ..< n { newIndex[x] = newIndex[Int(root(Int32(x)))] }
        result.reserveTies(graph.ties.count + added.count)
        var droppedRemoved = 0, droppedSelf = 0
        for tie in graph.ties {
            let s = newIndex[Int(tie.source)], t = newIndex[Int(tie.target)]
            if s < 0 || t < 0 { droppedRemoved += 1; continue }
            if s == t && tie.source != tie.target { droppedSelf += 1; continue }
            var moved = tie
            moved.source = s
            moved.target = t
            result.addTie(moved)
        }
        var addedTies = 0
        for (a, b) in added {
            let s = newIndex[Int(a)], t = newIndex[Int(b)]
            guard s >= 0, t >= 0, s != t else { continue }
            result.addTie(Tie(source: s, target: t))
            addedTies += 1
        }
        for membership in graph.memberships {
            let m = newIndex[Int(membership.member)], w = newIndex[Int(membership.network)]
            guard m >= 0, w >= 0, m != w else { continue }
            var moved = membership
            moved.member = m
            moved.network = w
            result.addMembership(moved)
        }
        return ScenarioOutcome(graph: result, newIndex: newIndex, removed: removedOrder, merged: merged,
                               addedTies: addedTies, droppedWithRemoved: droppedRemoved, droppedAsSelfTies: droppedSelf)
    }

    /// Reads a scenario CSV: a header `action,actor,other` then one change per row:
    /// `remove,A,` · `merge,A,B` (B into A) · `add,A,B`. Actors by id or exact label. Blank
    /// rows are skipped; anything else unexpected is an ``InputError`` naming the file,
    /// line and column.
    public static func read(contentsOf path: String, graph: CollaborationGraph) throws -> Scenario {
        var reader = try CSVReader(contentsOf: path)
        var fields: [CSVField] = []
        guard try reader.nextRecord(into: &fields) else { throw InputError(file: path, line: 1, "empty scenario file: expected the header action,actor,other") }
        let header = try fields.map { try reader.string($0).trimmingCharacters(in: .whitespaces).lowercased() }
        guard header.count >= 2, header[0] == "action", header[1] == "actor", header.count < 3 || header[2] == "other" else {
            throw InputError(file: path, line: fields.first?.line ?? 1, column: 1, "expected the header action,actor,other")
        }
        var scenario = Scenario()
        while try reader.nextRecord(into: &fields) {
            if reader.isBlank(fields) { continue }
            let values = try fields.map { try reader.string($0).trimmingCharacters(in: .whitespaces) }
            let line = fields[0].line
            func actor(_ k: Int, _ role: String) throws -> Int32 {
                guard k < values.count, !values[k].isEmpty else {
                    let last = fields[fields.count - 1]
                    throw InputError(file: path, line: line, column: k < fields.count ? fields[k].column : last.column + last.end - last.start,
                                     "'\(values[0])' needs \(role)")
                }
                do { return try graph.lookUpActor(values[k], option: "column \(k == 1 ? "actor" : "other")") } catch let error as RequestError {
                    throw InputError(file: path, line: line, column: fields[k].column, error.description)
                }
            }
            let origin = "\((path as NSString).lastPathComponent) line \(line)"
            switch values[0].lowercased() {
            case "remove":
                if values.count > 2, !values[2].isEmpty {
                    throw InputError(file: path, line: line, column: fields[2].column, "'remove' takes one actor; leave 'other' empty")
                }
                scenario.append(.remove(try actor(1, "an actor")), origin: origin, line: line)
            case "merge":
                let a = try actor(1, "an actor"), b = try actor(2, "the actor to merge into it (other)")
                scenario.append(.merge(b, into: a), origin: origin, line: line)
            case "add":
                scenario.append(.add(try actor(1, "an actor"), try actor(2, "the other end of the tie (other)")), origin: origin, line: line)
            default:
                throw InputError(file: path, line: line, column: fields[0].column,
                                 "unknown action '\(values[0])': expected remove, merge or add")
            }
        }
        return scenario
    }
}
