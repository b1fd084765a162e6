/// The tables `collab brokerage` prints, built from the brokerage measures: one row per
/// actor in load order (or per tie, cut point, group pair, group), rendered as CSV
/// (header first, numbers in shortest round-trip form, empty cells for undefined values)
/// or JSON (an array of objects, `null` for undefined values).
///
/// Kept in the library so that the exact output can be tested without the CLI.
public struct BrokerageTable: Sendable, Equatable {
    /// The table's key in JSON output (`actors`, `ties`, `cut_points`, `group_pairs`, `groups`).
    public var name: String
    public var columns: [String]
    public var rows: [[BrokerageCell]]

    public init(name: String, columns: [String], rows: [[BrokerageCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// RFC 4180 CSV with a header row.
    public var csv: String {
        var writer = CSVWriter(header: columns)
        for row in rows { writer.row(row.map(\.text)) }
        return writer.text
    }

    /// An array of objects keyed by column.
    public var json: JSONValue {
        .array(rows.map { row in .object(zip(columns, row).map { ($0, $1.json) }) })
    }

    /// Columns holding numbers (the ones `--by` may sort on).
    public var numericColumns: [String] {
        columns.enumerated().filter { index, _ in
            rows.allSatisfy { if case .text = $0[index] { false } else { true } }
        }.map(\.element)
    }

    /// The rows sorted by `column`, largest first (empty cells last, ties in the original
    /// order), keeping at most `limit` rows.
    public func sorted(by column: String, limit: Int? = nil) -> BrokerageTable? {
        guard let index = columns.firstIndex(of: column), numericColumns.contains(column) else { return nil }
        let order = rows.indices.sorted { a, b in
            switch (rows[a][index].number, rows[b][index].number) {
            case let (x?, y?): x != y ? x > y : a < b
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): a < b
            }
        }
        let kept = limit.map { Array(order.prefix($0)) } ?? order
        return BrokerageTable(name: name, columns: columns, rows: kept.map { rows[$0] })
    }
}

/// One cell of a ``BrokerageTable``.
public enum BrokerageCell: Sendable, Equatable {
    case text(String)
    /// A number; nil prints as an empty cell (JSON `null`).
    case number(Double?)

    public static func count(_ value: Int) -> BrokerageCell { .number(Double(value)) }

    public var text: String {
        switch self {
        case .text(let s): s
        case .number(let x): x.map(NumberFormat.shortest) ?? ""
        }
    }

    public var json: JSONValue {
        switch self {
        case .text(let s): .string(s)
        case .number(let x): JSONValue.finite(x)
        }
    }

    public var number: Double? { if case .number(let x) = self { x } else { nil } }
}

/// Builds the brokerage tables of a view.
public enum BrokerageTables {
    /// Role column names, in sna's order (w_I, w_O, b_IO, b_OI, b_O, t).
    public static let roleColumns = BrokerageRole.allCases.map(\.header)

    /// The per-actor table, its columns typed, and any notes about it (zero-variance z-scores).
    public struct ActorTable: Sendable, Equatable {
        public var table: BrokerageTable
        /// The table's columns, in order (their headers are `table.columns`).
        public var columns: [BrokerageColumn]
        public var notes: [String]
        /// The actors measured (nil: all); the rows of the others are empty but for id and
        /// group, kept so that rows stay indexed by actor.
        public var population: [Bool]?

        /// The table without the rows of actors outside ``population`` (what commands print).
        public var populationTable: BrokerageTable {
            guard let population else { return table }
            return BrokerageTable(name: table.name, columns: table.columns,
                                  rows: table.rows.indices.filter { population[$0] }.map { table.rows[$0] })
        }

        /// The number in `column` for actor `actor` (its index in load order), or nil when
        /// the table has no such column or the value is undefined.
        public func value(_ column: BrokerageColumn, actor: Int) -> Double? {
            guard let index = columns.firstIndex(of: column) else { return nil }
            return table.rows[actor][index].number
        }
    }

    /// `id, [<attribute>,] partners, effective_size, efficiency, constraint, hierarchy,
    /// [coordinator … liaison, brokerage, [<role>_expected, <role>_z …]]`, one row per
    /// actor in load order.
    ///
    /// - Parameters:
    ///   - weighted: summed tie weights in effective size, constraint and hierarchy.
    ///   - groups: adds the group column and the Gould–Fernandez role counts.
    ///   - zScores: with `groups`, adds each role's expected count and z-score.
    ///   - population: the actors of the tie network, when not all (networks known only
    ///     from memberships left out): the z-scores' baseline counts them only, and the
    ///     others keep their id and group with empty cells (``ActorTable/population``).
    public static func actors(graph: CollaborationGraph, view: GraphView, weighted: Bool,
                              groups: ActorGroups?, zScores: Bool, holes structuralHoles: StructuralHoles? = nil,
                              population: [Bool]? = nil) -> ActorTable {
        let holes = (structuralHoles ?? StructuralHoles(view: view, weighted: weighted)).allMeasures()
        var columns: [BrokerageColumn] = [.id]
        if let groups { columns.append(.group(attribute: groups.attribute)) }
        columns += [.partners, .effectiveSize, .efficiency, .constraint, .hierarchy]
        var counts: [BrokerageRoleCounts] = []
        var baseline: BrokerageBaseline? = nil
        var notes: [String] = []
        if let groups {
            columns += BrokerageRole.allCases.map(BrokerageColumn.role)
            counts = GouldFernandez.roleCounts(view: view, groups: groups)
            if zScores {
                for role in BrokerageRole.allCases { columns += [.expected(role), .zScore(role)] }
                let b = GouldFernandez.baseline(view: view, groups: groups, population: population)
                baseline = b
                notes = zeroVarianceNotes(b, groups: groups)
            }
        }
        var rows: [[BrokerageCell]] = []
        rows.reserveCapacity(graph.actors.count)
        for (u, actor) in graph.actors.enumerated() {
            var row: [BrokerageCell] = [.text(actor.id)]
            if let groups { row.append(.text(groups.name(of: u))) }
            if let population, !population[u] {
                // Not an actor of the tie network: nothing to measure.
                row += [BrokerageCell](repeating: .number(nil), count: columns.count - row.count)
                rows.append(row)
                continue
            }
            let m = holes[u]
            row += [.count(m.partnerCount), .number(m.effectiveSize), .number(m.efficiency), .number(m.constraint), .number(m.hierarchy)]
            if groups != nil {
                row += counts[u].values.ordered.map { .number($0) }
            }
            if let baseline, let groups {
                let g = Int(groups.groupOf[u])
                let expected = baseline.expected[g].ordered
                let z = baseline.zScores(counts[u], group: g).ordered
                for r in 0 ..< 6 { row += [.number(expected[r]), .number(z[r])] }
            }
            rows.append(row)
        }
        return ActorTable(table: BrokerageTable(name: "actors", columns: columns.map(\.header), rows: rows),
                          columns: columns, notes: notes, population: population)
    }

    /// One note per group size whose brokers have roles of zero variance (the moments
    /// depend on the broker's group only through its size), naming up to three groups.
    static func zeroVarianceNotes(_ baseline: BrokerageBaseline, groups: ActorGroups) -> [String] {
        var notes: [String] = []
        var seen: Set<Int> = []
        for g in 0 ..< groups.count where !seen.contains(groups.sizes[g]) {
            let size = groups.sizes[g]
            seen.insert(size)
            let zero = zip(roleColumns, baseline.variance[g].ordered).filter { $0.1 == nil || $0.1! <= 0 }.map(\.0)
            guard !zero.isEmpty else { continue }
            let members = (0 ..< groups.count).filter { groups.sizes[$0] == size }
            var named = members.prefix(3).map { "'\(groups.names[$0])'" }.joined(separator: ", ")
            if members.count > 3 { named += " and \(members.count - 3) more" }
            let which = members.count == 1 ? "group \(named)" : "groups \(named)"
            notes.append("no z-score for \(zero.joined(separator: ", ")) in \(which) (\(size) actor\(size == 1 ? "" : "s")\(members.count > 1 ? " each" : "")): zero variance under the random-graph baseline")
        }
        return notes
    }

    /// `ties`: every local bridge (`source,target,bridge,span`; span empty for a bridge,
    /// whose ends have no other path) and `cut_points`
    /// (`id,component_size,pieces,largest_piece,cut_off`).
    public static func structure(graph: CollaborationGraph, view: GraphView, cuts: NetworkCuts? = nil) -> [BrokerageTable] {
        let ids = graph.actors.map(\.id)
        let local = Bridges.localBridges(of: view)
        let cuts = cuts ?? Bridges.structure(of: view)
        let ties = BrokerageTable(name: "ties", columns: ["source", "target", "bridge", "span"], rows: local.map {
            [.text(ids[$0.tie.first]), .text(ids[$0.tie.second]), .text($0.span == nil ? "true" : "false"),
             .number($0.span.map(Double.init))]
        })
        let points = BrokerageTable(name: "cut_points", columns: ["id", "component_size", "pieces", "largest_piece", "cut_off"],
                                    rows: cuts.cutPoints.map {
            [.text(ids[$0.actor]), .count($0.componentSize), .count($0.pieces), .count($0.largestPiece), .count($0.cutOff)]
        })
        return [ties, points]
    }

    /// `group_pairs` (`group,other_group,ties,weight,possible_ties,density`, every pair of
    /// groups once when undirected, every ordered pair when directed) and `groups`
    /// (`group,actors,internal_ties,external_ties,internal_weight,external_weight,
    /// ei_index,weighted_ei_index`, then a `(network)` row for the whole network).
    public static func mixing(view: GraphView, groups: ActorGroups) -> [BrokerageTable] {
        let mixing = GroupMixing(view: view, groups: groups)
        let pairs = BrokerageTable(name: "group_pairs",
                                   columns: ["group", "other_group", "ties", "weight", "possible_ties", "density"],
                                   rows: mixing.pairs.map {
            [.text(groups.names[$0.first]), .text(groups.names[$0.second]), .count($0.ties), .number($0.weight),
             .count($0.possibleTies), .number($0.density)]
        })
        func row(_ s: GroupEISummary) -> [BrokerageCell] {
            [.text(s.group.map { groups.names[$0] } ?? "(network)"), .count(s.actors), .count(s.internalTies),
             .count(s.externalTies), .number(s.internalWeight), .number(s.externalWeight), .number(s.eiIndex),
             .number(s.weightedEIIndex)]
        }
        let summary = BrokerageTable(name: "groups",
                                     columns: ["group", "actors", "internal_ties", "external_ties", "internal_weight",
                                               "external_weight", "ei_index", "weighted_ei_index"],
                                     rows: mixing.groupSummaries.map(row) + [row(mixing.networkSummary)])
        return [pairs, summary]
    }
}
