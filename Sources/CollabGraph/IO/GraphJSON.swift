/// The graph as JSON: `{"actors": [...], "ties": [...], "memberships": [...],
/// "relation_types": {"type": "depth", ...}}`, holding everything the model holds
/// (records keep their direction, dates, weights and attributes; actors their order).
public enum GraphJSON {
    public static func json(_ graph: CollaborationGraph) -> JSONValue {
        func attributes(_ a: [String: String], order: [String]) -> JSONValue {
            .object(order.compactMap { name in a[name].map { (name, JSONValue.string($0)) } })
        }
        func dated(_ start: Day?, _ end: Day?) -> [(String, JSONValue)] {
            var pairs: [(String, JSONValue)] = []
            if let start { pairs.append(("start", .string(start.description))) }
            if let end { pairs.append(("end", .string(end.description))) }
            return pairs
        }
        let actors = graph.actors.map { actor -> JSONValue in
            .object([("id", .string(actor.id)), ("label", .string(actor.label)), ("kind", .string(actor.kind)),
                     ("attributes", attributes(actor.attributes, order: graph.actorAttributeNames))])
        }
        let ties = graph.ties.map { tie -> JSONValue in
            var pairs: [(String, JSONValue)] = [
                ("source", .string(graph.actors[Int(tie.source)].id)),
                ("target", .string(graph.actors[Int(tie.target)].id)),
                ("type", .string(graph.typeName(of: tie))),
                ("weight", .number(tie.weight)),
            ]
            pairs += dated(tie.start, tie.end)
            pairs.append(("attributes", attributes(tie.attributes, order: graph.tieAttributeNames)))
            return .object(pairs)
        }
        let memberships = graph.memberships.map { m -> JSONValue in
            var pairs: [(String, JSONValue)] = [
                ("member", .string(graph.actors[Int(m.member)].id)),
                ("network", .string(graph.actors[Int(m.network)].id)),
            ]
            pairs += dated(m.start, m.end)
            pairs.append(("attributes", attributes(m.attributes, order: graph.membershipAttributeNames)))
            return .object(pairs)
        }
        let ladder = graph.ladder.depths.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value.description)) }
        var head: [(String, JSONValue)] = []
        if let direction = graph.declaration.direction { head.append(("directed", .bool(direction.isDirected))) }
        return .object(head + [("actors", .array(actors)), ("ties", .array(ties)), ("memberships", .array(memberships)),
                        ("relation_types", .object(ladder))])
    }

    /// Reads the JSON that ``json(_:)`` writes. Nothing is guessed: every value of the
    /// wrong type, an unknown key, an empty or NUL-holding actor id, a duplicate actor, a
    /// non-positive weight, an unparsable date or an end before its start is an error
    /// naming its JSON path (`ties[3].weight`). Optional keys are left out, not `null`.
    public static func read(_ path: String) throws -> CollaborationGraph {
        try read(JSONValue.parse(contentsOf: path), file: path)
    }

    public static func read(_ root: JSONValue, file path: String) throws -> CollaborationGraph {
        var reader = Reader(file: path)
        return try reader.graph(root)
    }

    /// The typed reads, each naming the JSON path of what it reads.
    private struct Reader {
        let file: String

        func fail(_ place: JSONPath, _ message: String) -> InputError { InputError(file: file, "\(place): \(message)") }

        func object(_ value: JSONValue, _ place: JSONPath, keys: [String]) throws -> [(String, JSONValue)] {
            guard let pairs = value.objectValue else { throw fail(place, "expected an object, found \(value.kind)") }
            for (key, _) in pairs where !keys.contains(key) {
                throw fail(place.key(key), "unknown key: expected \(keys.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
            return pairs
        }

        func array(_ value: JSONValue?, _ place: JSONPath) throws -> [JSONValue] {
            guard let value else { return [] }
            guard let items = value.arrayValue else { throw fail(place, "expected an array, found \(value.kind)") }
            return items
        }

        func string(_ value: JSONValue?, _ place: JSONPath) throws -> String? {
            guard let value else { return nil }
            guard let text = value.stringValue else { throw fail(place, "expected a string, found \(value.kind)") }
            return text
        }

        func identifier(_ value: JSONValue?, _ place: JSONPath) throws -> String {
            guard let id = try string(value, place) else { throw fail(place, "missing: expected an actor id") }
            guard !id.isEmpty else { throw fail(place, "empty actor id") }
            guard !id.utf8.contains(0) else { throw fail(place, "actor id '\(Excerpt.of(id))' holds a NUL character: ids must be text") }
            return id
        }

        func attributes(_ value: JSONValue?, _ place: JSONPath) throws -> [String: String] {
            guard let value else { return [:] }
            guard let pairs = value.objectValue else { throw fail(place, "expected an object of strings, found \(value.kind)") }
            var out: [String: String] = [:]
            for (key, item) in pairs {
                guard !key.isEmpty else { throw fail(place, "empty attribute name") }
                guard let text = item.stringValue else {
                    var hint = ""
                    if let number = item.numberValue { hint = " (attribute values are text: write \"\(NumberFormat.shortest(number))\")" }
                    if let flag = item.boolValue { hint = " (attribute values are text: write \"\(flag)\")" }
                    throw fail(place.key(key), "expected a string, found \(item.kind)\(hint)")
                }
                out[key] = text
            }
            return out
        }

        func day(_ value: JSONValue?, _ end: Day.PeriodEnd, _ place: JSONPath) throws -> Day? {
            guard let text = try string(value, place) else { return nil }
            guard let day = Day(iso: text, periodEnd: end) else {
                throw fail(place, "unparsable date '\(Excerpt.of(text))': expected YYYY-MM-DD (or YYYY-MM, YYYY)")
            }
            return day
        }

        func period(_ pairs: JSONValue, _ place: JSONPath) throws -> (Day?, Day?) {
            let start = try day(pairs["start"], .first, place.key("start"))
            let end = try day(pairs["end"], .last, place.key("end"))
            if let start, let end, end < start { throw fail(place.key("end"), "end date \(end) is before start date \(start)") }
            return (start, end)
        }

        /// Attribute names in order of first appearance.
        func names(_ list: [JSONValue]) -> [String] {
            var order: [String] = []
            var seen = Set<String>()
            for item in list { for (k, _) in item["attributes"]?.objectValue ?? [] where seen.insert(k).inserted { order.append(k) } }
            return order
        }

        mutating func graph(_ root: JSONValue) throws -> CollaborationGraph {
            let top = JSONPath.root
            _ = try object(root, top, keys: ["directed", "actors", "ties", "memberships", "relation_types"])
            var graph = CollaborationGraph(ladder: RelationLadder())
            if let types = root["relation_types"] {
                guard let pairs = types.objectValue else { throw fail(top.key("relation_types"), "expected an object, found \(types.kind)") }
                for (type, depth) in pairs {
                    guard let name = depth.stringValue, let rung = Depth(name: name) else {
                        throw fail(top.key("relation_types").key(type), "expected a depth: \"engagement\", \"exchange\" or \"co-production\"")
                    }
                    graph.ladder.setDepth(rung, for: type)
                }
            } else {
                graph.ladder = .builtIn
            }
            switch root["directed"] {
            case nil: break
            case .bool(let directed)?:
                graph.declaration.direction = directed ? .directed : .undirected
                graph.declaration.directionSource = "JSON \"directed\""
            case let value?: throw fail(top.key("directed"), "expected true or false, found \(value.kind)")
            }
            guard root["actors"] != nil else { throw fail(top, "missing \"actors\": expected an object with an \"actors\" array") }
            let actors = try array(root["actors"], top.key("actors"))
            for (i, item) in actors.enumerated() {
                let place = top.key("actors").index(i)
                _ = try object(item, place, keys: ["id", "label", "kind", "attributes"])
                let id = try identifier(item["id"], place.key("id"))
                let actor = Actor(id: id, label: try string(item["label"], place.key("label")) ?? id,
                                  kind: try string(item["kind"], place.key("kind")) ?? "",
                                  attributes: try attributes(item["attributes"], place.key("attributes")))
                guard graph.addActor(actor) != nil else {
                    let first = actors.firstIndex { $0["id"]?.stringValue == id } ?? 0
                    throw fail(place.key("id"), "duplicate actor id '\(Excerpt.of(id))' (first at actors[\(first)])")
                }
            }
            graph.actorAttributeNames = names(actors)
            func index(_ value: JSONValue?, _ place: JSONPath) throws -> Int32 {
                let id = try identifier(value, place)
                guard let i = graph.index(of: id) else { throw fail(place, "unknown actor '\(Excerpt.of(id))': not in \"actors\"") }
                return i
            }
            let ties = try array(root["ties"], top.key("ties"))
            for (i, item) in ties.enumerated() {
                let place = top.key("ties").index(i)
                _ = try object(item, place, keys: ["source", "target", "type", "weight", "start", "end", "attributes"])
                var weight = 1.0
                if let value = item["weight"] {
                    guard let number = value.numberValue else { throw fail(place.key("weight"), "expected a number, found \(value.kind)") }
                    guard number > 0 else { throw fail(place.key("weight"), "\(NumberFormat.shortest(number)): expected a number greater than 0") }
                    weight = number
                }
                let s = try index(item["source"], place.key("source")), t = try index(item["target"], place.key("target"))
                let type = graph.relationTypeIndex(for: try string(item["type"], place.key("type")) ?? "")
                let (start, end) = try period(item, place)
                graph.addTie(Tie(source: s, target: t, relationType: type, weight: weight, start: start, end: end,
                                 attributes: try attributes(item["attributes"], place.key("attributes"))))
            }
            graph.tieAttributeNames = names(ties)
            let memberships = try array(root["memberships"], top.key("memberships"))
            for (i, item) in memberships.enumerated() {
                let place = top.key("memberships").index(i)
                _ = try object(item, place, keys: ["member", "network", "start", "end", "attributes"])
                let member = try index(item["member"], place.key("member")), network = try index(item["network"], place.key("network"))
                let (start, end) = try period(item, place)
                graph.addMembership(Membership(member: member, network: network, start: start, end: end,
                                               attributes: try attributes(item["attributes"], place.key("attributes"))))
            }
            graph.membershipAttributeNames = names(memberships)
            return graph
        }
    }
}

/// A location inside a JSON document, printed as `ties[3].weight` (keys that are not plain
/// names in brackets: `attributes["start date"]`).
struct JSONPath: CustomStringConvertible {
    private var text: String
    static let root = JSONPath(text: "")

    func key(_ name: String) -> JSONPath {
        let plain = !name.isEmpty && name.utf8.count <= 60
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        if plain { return JSONPath(text: text.isEmpty ? name : text + "." + name) }
        var quoted = ""
        JSONValue.writeString(Excerpt.of(name), to: &quoted)
        return JSONPath(text: text + "[" + quoted + "]")
    }

    func index(_ i: Int) -> JSONPath { JSONPath(text: text + "[\(i)]") }

    var description: String { text.isEmpty ? "the top level" : text }
}

extension JSONValue {
    /// The value's JSON type, for messages.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
