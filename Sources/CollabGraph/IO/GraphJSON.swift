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

    public static func read(_ path: String) throws -> CollaborationGraph {
        let root = try JSONValue.parse(contentsOf: path)
        func fail(_ message: String) -> InputError { InputError(file: path, message) }
        func text(_ value: JSONValue?, _ what: String) throws -> String {
            guard let s = value?.stringValue else { throw fail("\(what): expected a string") }
            return s
        }
        func strings(_ value: JSONValue?) -> [String: String] {
            var out: [String: String] = [:]
            for (k, v) in value?.objectValue ?? [] { if let s = v.stringValue { out[k] = s } }
            return out
        }
        func names(_ list: [JSONValue]) -> [String] {
            var order: [String] = []
            for item in list { for (k, _) in item["attributes"]?.objectValue ?? [] where !order.contains(k) { order.append(k) } }
            return order
        }
        func day(_ value: JSONValue?, _ end: Day.PeriodEnd, _ where_: String) throws -> Day? {
            guard let value, value != .null else { return nil }
            guard let s = value.stringValue, let d = Day(iso: s, periodEnd: end) else { throw fail("\(where_): expected a YYYY-MM-DD date") }
            return d
        }
        var graph = CollaborationGraph(ladder: RelationLadder())
        for (type, depth) in root["relation_types"]?.objectValue ?? [] {
            guard let name = depth.stringValue, let rung = Depth(name: name) else { throw fail("relation_types.\(type): expected a depth") }
            graph.ladder.setDepth(rung, for: type)
        }
        if root["relation_types"] == nil { graph.ladder = .builtIn }
        switch root["directed"] {
        case nil: break
        case .bool(let directed)?:
            graph.declaration.direction = directed ? .directed : .undirected
            graph.declaration.directionSource = "JSON \"directed\""
        default: throw fail("directed: expected true or false")
        }
        guard let actors = root["actors"]?.arrayValue else { throw fail("expected an object with an \"actors\" array") }
        for (i, item) in actors.enumerated() {
            let id = try text(item["id"], "actors[\(i)].id")
            let actor = Actor(id: id, label: item["label"]?.stringValue ?? id, kind: item["kind"]?.stringValue ?? "",
                              attributes: strings(item["attributes"]))
            guard graph.addActor(actor) != nil else { throw fail("actors[\(i)]: duplicate actor id '\(id)'") }
        }
        graph.actorAttributeNames = names(actors)
        func index(_ value: JSONValue?, _ what: String) throws -> Int32 {
            let id = try text(value, what)
            guard let i = graph.index(of: id) else { throw fail("\(what): unknown actor '\(id)'") }
            return i
        }
        let ties = root["ties"]?.arrayValue ?? []
        for (i, item) in ties.enumerated() {
            let place = "ties[\(i)]"
            let weight = item["weight"]?.numberValue ?? 1
            guard weight > 0 else { throw fail("\(place).weight: expected a number greater than 0") }
            let s = try index(item["source"], "\(place).source"), t = try index(item["target"], "\(place).target")
            let type = graph.relationTypeIndex(for: item["type"]?.stringValue ?? "")
            graph.addTie(Tie(source: s, target: t, relationType: type, weight: weight,
                             start: try day(item["start"], .first, place), end: try day(item["end"], .last, place),
                             attributes: strings(item["attributes"])))
        }
        graph.tieAttributeNames = names(ties)
        let memberships = root["memberships"]?.arrayValue ?? []
        for (i, item) in memberships.enumerated() {
            let place = "memberships[\(i)]"
            graph.addMembership(Membership(member: try index(item["member"], "\(place).member"),
                                           network: try index(item["network"], "\(place).network"),
                                           start: try day(item["start"], .first, place), end: try day(item["end"], .last, place),
                                           attributes: strings(item["attributes"])))
        }
        graph.membershipAttributeNames = names(memberships)
        return graph
    }
}
