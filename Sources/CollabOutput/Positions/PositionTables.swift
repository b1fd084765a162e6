import CollabGraph

/// Tables of the positions family: positions, square matrices, blockmodels, partner
/// overlap, multiple demands and centralization (CSV sections or JSON keys).
public enum PositionTables {
    /// `id,position` (positions numbered from 1).
    public static func positions(ids: [String], positions: [Int32]) -> BrokerageTable {
        BrokerageTable(name: "positions", columns: ["id", "position"],
                       rows: zip(ids, positions).map { [.text($0), .count(Int($1) + 1)] })
    }

    /// The square matrix: first column `id`, header the ids in the same order.
    public static func matrix(ids: [String], matrix: SquareMatrix, name: String = "matrix") -> BrokerageTable {
        BrokerageTable(name: name, columns: ["id"] + ids,
                       rows: ids.indices.map { i in [.text(ids[i])] + matrix.row(i).map { .number($0) } })
    }

    /// `blocks` (position, actors, then the density towards each position), `image`
    /// (position, then 0/1 towards each) and `fit` (alpha, errors, r_squared).
    public static func blockmodel(_ model: Blockmodel) -> [BrokerageTable] {
        let labels = (0 ..< model.positionCount).map { String($0 + 1) }
        let blocks = BrokerageTable(name: "blocks", columns: ["position", "actors"] + labels,
                                    rows: (0 ..< model.positionCount).map { p in
                                        [.count(p + 1), .count(model.sizes[p])] + model.density[p].map { .number($0) }
                                    })
        let image = BrokerageTable(name: "image", columns: ["position"] + labels,
                                   rows: (0 ..< model.positionCount).map { p in
                                       [.count(p + 1)] + model.image[p].map { .count($0 ? 1 : 0) }
                                   })
        let fit = BrokerageTable(name: "fit", columns: ["measure", "value"], rows: [
            [.text("alpha"), .number(model.alpha)],
            [.text("errors"), .count(model.errors)],
            [.text("r_squared"), .number(model.rSquared)],
        ])
        return [blocks, image, fit]
    }

    /// `overlap`: pairs of focal actors sharing partners (most first), with Jaccard and the
    /// shared partners by kind; `demands`: the partners reached by two or more focal
    /// actors (most first), with who reaches them.
    public static func competition(_ overlap: PartnerOverlap, ids: [String], labels: [String], groups: ActorGroups,
                                   partnerMask: [Bool]?) -> [BrokerageTable] {
        let slot = Dictionary(uniqueKeysWithValues: overlap.focal.enumerated().map { ($1, $0) })
        let kinds = (0 ..< groups.count).filter { g in overlap.sharedByGroup[g].contains { $0.contains { $0 > 0 } } }
        let pairs = overlap.overlapNetwork()
        let overlapTable = BrokerageTable(
            name: "overlap", columns: ["first", "second", "shared", "jaccard"] + kinds.map { "shared_" + groups.names[$0] },
            rows: pairs.map { tie in
                let p = slot[tie.first]!, q = slot[tie.second]!
                return [.text(ids[Int(tie.first)]), .text(ids[Int(tie.second)]), .count(tie.shared), .number(tie.jaccard)]
                    + kinds.map { .count(overlap.sharedByGroup[$0][p][q]) }
            })
        let demanded = overlap.multipleDemands(among: partnerMask)
        let demands = BrokerageTable(name: "demands", columns: ["id", "label", "kind", "providers"],
                                     rows: demanded.map { [.text(ids[$0]), .text(labels[$0]), .text(groups.name(of: $0)),
                                                           .count(overlap.demands[$0])] })
        return [overlapTable, demands]
    }

    /// `centralization` as (measure, value) rows.
    public static func centralization(_ c: Centralization) -> BrokerageTable {
        var rows: [[BrokerageCell]] = [[.text("degree"), .number(c.degree)]]
        if c.isDirected { rows += [[.text("indegree"), .number(c.inDegree)], [.text("outdegree"), .number(c.outDegree)]] }
        rows += [[.text("betweenness"), .number(c.betweenness)], [.text("closeness"), .number(c.closeness)]]
        return BrokerageTable(name: "centralization", columns: ["measure", "value"], rows: rows)
    }

    /// `centralization` as a JSON object {degree, betweenness, closeness, …}.
    public static func centralizationJSON(_ c: Centralization) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("degree", .finite(c.degree))]
        if c.isDirected { pairs += [("indegree", .finite(c.inDegree)), ("outdegree", .finite(c.outDegree))] }
        pairs += [("betweenness", .finite(c.betweenness)), ("closeness", .finite(c.closeness)),
                  ("closeness_degenerate", .bool(c.closenessIsDegenerate))]
        return .object(pairs)
    }
}
