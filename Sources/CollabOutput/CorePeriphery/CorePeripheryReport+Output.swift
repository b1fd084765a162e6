import CollabGraph
import CollabAnalysis

/// How a ``CorePeripheryReport`` is written: text, CSV and JSON.
extension CorePeripheryReport {

    /// `id,label,kind,core,coreness`, one row per actor in load order (core 1 or 0; both
    /// empty for actors left out).
    public func csv() -> String {
        var writer = CSVWriter(header: ["id", "label", "kind", "core", "coreness"])
        for (i, actor) in graph.actors.enumerated() {
            guard included?[i] ?? true else { writer.row([actor.id, actor.label, actor.kind, "", ""]); continue }
            writer.row([actor.id, actor.label, actor.kind, discrete.inCore[i] ? "1" : "0", NumberFormat.shortest(continuous.coreness[i])])
        }
        return writer.text
    }

    public func json() -> JSONValue {
        let b = discrete.blocks
        func rows(_ list: [CoreComposition.Row]) -> JSONValue {
            .array(list.map { .object([("name", .string($0.name)), ("in_core", .number(Double($0.inCore))), ("total", .number(Double($0.total)))]) })
        }
        return .object([
            ("view", viewJSON),
            ("actors_left_out", .number(Double(included.map { $0.filter { !$0 }.count } ?? 0))),
            ("discrete", .object([
                ("model", .string(discrete.options.model.rawValue)), ("fit", .finite(discrete.fit)),
                ("core_size", .number(Double(discrete.coreSize))),
                ("core", .array(discrete.core.map { .string(graph.actors[Int($0)].id) })),
                ("blocks", .object([("core_to_core", .finite(b.coreToCore)), ("core_to_periphery", .finite(b.coreToPeriphery)),
                                    ("periphery_to_core", .finite(b.peripheryToCore)), ("periphery_to_periphery", .finite(b.peripheryToPeriphery))])),
                ("optimiser", .object([("method", .string("relocation from the degree-ranked core and seeded random cores")),
                                       ("seed", .number(Double(discrete.options.seed))), ("starts", .number(Double(discrete.options.starts))),
                                       ("best_start", .number(Double(discrete.bestStart))),
                                       ("start_fits", .array(discrete.startFits.map(JSONValue.finite)))])),
            ])),
            ("composition", .object([("kinds", rows(composition.kinds)), ("group", groupAttribute.map { .string($0) } ?? .null),
                                     ("groups", rows(composition.groups))])),
            ("continuous", .object([("fit", .finite(continuous.fit)), ("iterations", .number(Double(continuous.iterations))),
                                    ("converged", .bool(continuous.converged))])),
            ("actors", .array(graph.actors.indices.filter { included?[$0] ?? true }.map { i in
                .object([("id", .string(graph.actors[i].id)), ("core", .bool(discrete.inCore[i])),
                         ("coreness", .number(continuous.coreness[i]))])
            })),
            ("notes", .array(notes.map { .string($0) })),
        ])
    }

    /// A readable summary: fit, block densities, the core (up to `limit` members, by
    /// coreness), its composition, and the actors of highest coreness.
    public func text(limit: Int = 15) -> String {
        let f = { (x: Double?) in x.map { NumberFormat.fixed($0, digits: 3) } ?? "–" }
        let b = discrete.blocks
        let actorCount = included.map { $0.filter { $0 }.count } ?? graph.actorCount
        var out = "Core–periphery: \(name) (\(actorCount) actors, \(directed ? "directed" : "undirected"), \(discrete.options.weighted ? "weighted" : "unweighted"))\n"
        out += "View: \(viewSummary)\n"
        out += "Discrete model (\(discrete.options.model == .ignore ? "core–periphery ties ignored" : "core–periphery ties ideally present")): fit r = \(f(discrete.fit)), core of \(discrete.coreSize) actors\n"
        out += "  optimiser: relocation from the degree-ranked core and \(discrete.options.starts - 1) seeded random cores (seed \(discrete.options.seed)); best start \(discrete.bestStart)\n"
        out += "  block densities     core    periphery\n"
        out += "    core            \(f(b.coreToCore).padding(toLength: 8, withPad: " ", startingAt: 0))\(f(b.coreToPeriphery))\n"
        out += "    periphery       \(f(b.peripheryToCore).padding(toLength: 8, withPad: " ", startingAt: 0))\(f(b.peripheryToPeriphery))\n"
        let core = Ranking.ranked(discrete.core) { continuous.coreness[Int($0)] }
        out += "  core: " + core.prefix(limit).map { graph.actors[Int($0)].label }.joined(separator: "; ")
        out += core.count > limit ? "; … (\(core.count) in all)\n" : "\n"
        out += "  in the core by kind: " + composition.kinds.map { "\($0.name) \($0.inCore)/\($0.total)" }.joined(separator: ", ") + "\n"
        if let groupAttribute, !composition.groups.isEmpty {
            out += "  in the core by \(groupAttribute): " + composition.groups.prefix(10).map { "\($0.name) \($0.inCore)/\($0.total)" }.joined(separator: ", ")
            out += composition.groups.count > 10 ? ", …\n" : "\n"
        }
        out += "Continuous model: fit r = \(f(continuous.fit)) (\(continuous.iterations) iterations)\n"
        let top = Ranking.top(limit, of: graph.actors.indices.filter { included?[$0] ?? true }.map(Int32.init)) { continuous.coreness[Int($0)] }
        out += "  highest coreness: " + top.map { "\(graph.actors[Int($0)].label) \(f(continuous.coreness[Int($0)]))" }.joined(separator: "; ") + "\n"
        for note in notes { out += "Note: \(note)\n" }
        return out
    }
}
