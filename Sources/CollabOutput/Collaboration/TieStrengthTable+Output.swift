import CollabGraph
import CollabAnalysis
/// The per-tie table of `collab ties`: CSV (one row per dyad) and JSON.
///
/// CSV columns: `source,target,records,weight,types,multiplexity,reciprocal,depth,
/// duration_days,overlap,strength,class,rubric`. `source` and `target` are actor ids in
/// load order; `types` is `;`-separated, sorted by name; `reciprocal` is empty when
/// reciprocity is not judged (``MeasuredComponents/reciprocityNotMeasured``); `depth` and
/// `duration_days` are empty when unknown; numbers are shortest round-trip text; `rubric` names the rubric
/// (`name (origin)`) on every row, so a table copied elsewhere still says how it was made.
extension TieStrengthTable {
    public static let csvHeader = ["source", "target", "records", "weight", "types", "multiplexity", "reciprocal",
                                   "depth", "duration_days", "overlap", "strength", "class", "rubric"]

    /// The relation type names of a dyad, sorted by name.
    public static func typeNames(_ dyad: Dyad, graph: CollaborationGraph) -> [String] {
        dyad.relationTypes.map { graph.relationTypes[Int($0)] }
    }

    public func csv(graph: CollaborationGraph) -> String {
        var writer = CSVWriter(header: TieStrengthTable.csvHeader)
        let label = rubric.label
        for tie in ties {
            let d = tie.dyad
            writer.row([
                graph.actors[Int(d.source)].id,
                graph.actors[Int(d.target)].id,
                String(d.records),
                NumberFormat.shortest(d.weight),
                TieStrengthTable.typeNames(d, graph: graph).joined(separator: ";"),
                String(d.multiplexity),
                measured.reciprocity ? (d.isReciprocal ? "true" : "false") : "",
                d.depth?.description ?? "",
                d.durationDays.map(String.init) ?? "",
                NumberFormat.shortest(tie.overlap),
                NumberFormat.shortest(tie.strength),
                tie.strengthClass.rawValue,
                label,
            ])
        }
        return writer.text
    }

    /// The rubric, which components were measured and their effective weights.
    public func rubricJSON() -> JSONValue {
        .object([
            ("rubric", rubric.json(includeOrigin: true)),
            ("measured_components", .array(StrengthRubric.Component.allCases.filter { measured[$0] }.map { .string($0.rawValue) })),
            ("omitted_components", .array(measured.omitted.map { .string($0.rawValue) })),
            ("omitted_reasons", .object(measured.reciprocityNotMeasured.map { [(StrengthRubric.Component.reciprocity.rawValue, .string($0.rawValue))] } ?? [])),
            ("varying_components", .array(varyingComponents.map { .string($0.rawValue) })),
            ("effective_weights", .object(StrengthRubric.Component.allCases.map { ($0.rawValue, .number(effectiveWeight($0))) })),
        ])
    }

    public func json(graph: CollaborationGraph) -> JSONValue {
        let rows: [JSONValue] = ties.map { tie in
            let d = tie.dyad
            var scores: [(String, JSONValue)] = []
            for component in StrengthRubric.Component.allCases {
                scores.append((component.rawValue, JSONValue.finite(tie.scores[component])))
            }
            return .object([
                ("source", .string(graph.actors[Int(d.source)].id)),
                ("target", .string(graph.actors[Int(d.target)].id)),
                ("records", .number(Double(d.records))),
                ("records_source_to_target", .number(Double(d.forwardRecords))),
                ("records_target_to_source", .number(Double(d.backwardRecords))),
                ("weight", .number(d.weight)),
                ("types", .array(TieStrengthTable.typeNames(d, graph: graph).map { .string($0) })),
                ("multiplexity", .number(Double(d.multiplexity))),
                ("reciprocal", measured.reciprocity ? .bool(d.isReciprocal) : .null),
                ("depth", d.depth.map { .string($0.description) } ?? .null),
                ("start", d.start.map { .string($0.description) } ?? .null),
                ("end", d.end.map { .string($0.description) } ?? .null),
                ("duration_days", d.durationDays.map { .number(Double($0)) } ?? .null),
                ("overlap", .number(tie.overlap)),
                ("scores", .object(scores)),
                ("strength", .number(tie.strength)),
                ("class", .string(tie.strengthClass.rawValue)),
            ])
        }
        var pairs = rubricJSON().objectValue!
        pairs.append(("observation", observation.map {
            .object([("start", .string($0.lowerBound.description)), ("end", .string($0.upperBound.description))])
        } ?? .null))
        pairs.append(("records", .number(Double(recordCount))))
        pairs.append(("pairs", .number(Double(ties.count))))
        pairs.append(("ties", .array(rows)))
        return .object(pairs)
    }
}
