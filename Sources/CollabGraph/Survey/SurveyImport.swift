import Foundation

/// Reads a roster or name-generator survey — one row per respondent and partner named —
/// into a collaboration graph with directed records (a nomination runs from the respondent
/// to the partner named).
///
/// Columns (header names matched case-insensitively; ``Columns`` renames them):
/// - `respondent` (or `ego`): the respondent organisation's name — required;
/// - `partner` (or `alter`): a partner it names; empty when it named none (it still
///   counts as a respondent) — required;
/// - `rating` (or `level`): how close the partnership is, mapped through a
///   ``RatingScale`` onto a relation type and a rung of the co-production ladder; a level
///   with no type ("no interaction") names no tie (the row is counted, not recorded);
/// - any other column: an attribute of the respondent, the same on each of its rows (a
///   different value is an error naming both lines).
///
/// Actors: every respondent and every partner named, in order of first mention, with
/// `respondent` = `yes` or `no`. Without a resolver a name is its actor's id (exact text,
/// trimmed: near-duplicates are not merged — `collab reconcile --within` finds them). With
/// a resolver (matching against a register) a matched name becomes the register's id and
/// name; an unmatched one keeps its own text as id and is listed in ``Result/names``.
///
/// Records: one per respondent and partner (weight 1, type from the rating), with the
/// attribute `report`: `confirmed` when the partner also responded and named the
/// respondent, else `reported`. A partner named twice by one respondent is one record with
/// the higher rating (the repeat is counted); a respondent naming itself is counted and
/// left out.
///
/// Errors (``InputError`` with file, line and column): a missing column, an empty
/// respondent, an unknown rating, a respondent attribute that changes between rows.
///
/// - Complexity: O(rows) hash look-ups, plus the resolver's cost per distinct name.
public enum SurveyImport {
    /// Which header names the respondent, partner and rating columns have.
    public struct Columns: Sendable, Equatable {
        public var respondent: [String] = ["respondent", "ego"]
        public var partner: [String] = ["partner", "alter"]
        public var rating: [String] = ["rating", "level"]

        public init() {}
    }

    /// What a resolver made of a name.
    public enum Resolution: Sendable, Equatable {
        /// The name is the register entry `id` (named `label`).
        case matched(id: String, label: String)
        /// No entry certain enough: `decision` (`review` or `none`) and the candidates.
        case unmatched(decision: String, candidates: String)
    }

    /// Each distinct name as typed, with the actor it became.
    public struct Name: Sendable, Equatable {
        public var text: String
        public var actor: String
        /// `exact` without a resolver; `auto`, `review` or `none` with one.
        public var decision: String
        public var candidates: String
        public var firstLine: Int
    }

    public struct Result: Sendable {
        public var graph: CollaborationGraph
        public var names: [Name]
        public var respondents: Int
        /// Rows read (blank rows left out), nominations recorded, rows naming no partner.
        public var rows = 0
        public var nominations = 0
        public var emptyRows = 0
        /// Rows rated "no interaction", repeats of a nomination, self-nominations.
        public var noTieRows = 0
        public var repeatedNominations: [(respondent: String, partner: String, line: Int, firstLine: Int)] = []
        public var selfNominations: [(respondent: String, line: Int)] = []
        public var confirmedRecords = 0
    }

    public static func read(_ path: String, columns: Columns = Columns(), scale: RatingScale = .collaborationContinuum,
                            resolve: ((String) -> Resolution)? = nil) throws -> Result {
        var table = try GraphLoader.Table(path: path)
        func find(_ names: [String], _ role: String, required: Bool) throws -> Int? {
            if let index = names.lazy.compactMap({ table.column($0.lowercased()) }).first { return index }
            guard required else { return nil }
            throw InputError(file: path, line: 1, column: 1,
                             "missing the \(role) column: expected \(names.map { "'\($0)'" }.joined(separator: " or ")) (found: \(Excerpt.list(table.originalNames))); map another header with --columns \(role)=HEADER")
        }
        let respondentColumn = try find(columns.respondent, "respondent", required: true)!
        let partnerColumn = try find(columns.partner, "partner", required: true)!
        let ratingColumn = try find(columns.rating, "rating", required: false)
        let known = Set([respondentColumn, partnerColumn, ratingColumn].compactMap { $0 })
        let attributeColumns = table.names.indices.filter { !known.contains($0) }

        var graph = CollaborationGraph()
        var names: [Name] = []
        var nameIndex: [String: Int] = [:]
        var isRespondent: [Bool] = []
        var attributeLine: [Int32: [String: Int]] = [:]
        var result = Result(graph: graph, names: [], respondents: 0)
        // The record of each (respondent, partner) pair, with its level rank and line.
        var recordOf: [Int64: (index: Int, rank: Int, line: Int)] = [:]
        var records: [(source: Int32, target: Int32, level: RatingScale.Level?, line: Int)] = []

        func actor(for text: String, line: Int) -> Int32 {
            if let known = nameIndex[text] { return graph.index(of: names[known].actor)! }
            var id = text, label = text, decision = "exact", candidates = ""
            if let resolve {
                switch resolve(text) {
                case let .matched(matchedID, matchedLabel): id = matchedID; label = matchedLabel; decision = "auto"
                case let .unmatched(verdict, list): decision = verdict; candidates = list
                }
            }
            nameIndex[text] = names.count
            names.append(Name(text: text, actor: id, decision: decision, candidates: candidates, firstLine: line))
            if let index = graph.index(of: id) { return index }
            isRespondent.append(false)
            return graph.addActor(Actor(id: id, label: label))!
        }

        while try table.next() {
            result.rows += 1
            let line = table.fields[respondentColumn].line
            let respondentName = try table.identifier(respondentColumn, "respondent").trimmingCharacters(in: .whitespaces)
            guard !respondentName.isEmpty else { throw table.error(respondentColumn, "empty respondent: expected a name") }
            let respondent = actor(for: respondentName, line: line)
            if !isRespondent[Int(respondent)] { isRespondent[Int(respondent)] = true; result.respondents += 1 }
            // Respondent attributes: the same on every row of the respondent.
            var described = graph.actors[Int(respondent)]
            for column in attributeColumns where !table.reader.isEmpty(table.fields[column]) {
                let name = table.originalNames[column]
                let value = try table.string(column).trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                let current = name.lowercased() == "kind" ? (described.kind.isEmpty ? nil : described.kind) : described.attributes[name]
                if let current {
                    guard current == value else {
                        throw table.error(column, "respondent '\(Excerpt.of(respondentName))' has \(name) '\(Excerpt.of(value))' here but '\(Excerpt.of(current))' on line \(attributeLine[respondent]?[name] ?? line): a respondent attribute must be the same on each of its rows")
                    }
                    continue
                }
                if name.lowercased() == "kind" { described.kind = value } else { described.attributes[name] = value }
                attributeLine[respondent, default: [:]][name] = line
            }
            graph.describe(described)
            // The nomination.
            let partnerName = try table.string(partnerColumn).trimmingCharacters(in: .whitespaces)
            guard !partnerName.isEmpty else { result.emptyRows += 1; continue }
            var level: RatingScale.Level?
            if let ratingColumn, !table.reader.isEmpty(table.fields[ratingColumn]) {
                let text = try table.string(ratingColumn)
                guard let found = scale.level(text) else {
                    throw table.error(ratingColumn, "unknown rating '\(Excerpt.of(text))': the scale has \(scale.accepted.joined(separator: ", ")) (give another with --ratings FILE)")
                }
                guard found.type != nil else { result.noTieRows += 1; continue }
                level = found
            }
            let partner = actor(for: partnerName, line: line)
            if partner == respondent {
                result.selfNominations.append((respondentName, line))
                continue
            }
            let key = Int64(respondent) << 32 | Int64(partner)
            if let first = recordOf[key] {
                result.repeatedNominations.append((graph.actors[Int(respondent)].id, graph.actors[Int(partner)].id, line, first.line))
                let rank = level.map(scale.rank) ?? -1
                if rank > first.rank {
                    records[first.index].level = level
                    recordOf[key] = (first.index, rank, first.line)
                }
                continue
            }
            recordOf[key] = (records.count, level.map(scale.rank) ?? -1, line)
            records.append((respondent, partner, level, line))
        }
        for (i, flag) in isRespondent.enumerated() {
            var described = graph.actors[i]
            described.attributes["respondent"] = flag ? "yes" : "no"
            graph.describe(described)
        }
        for record in records {
            let back = recordOf[Int64(record.target) << 32 | Int64(record.source)] != nil
            if back { result.confirmedRecords += 1 }
            let type = record.level?.type ?? ""
            if let depth = record.level?.depth { graph.ladder.setDepth(depth, for: type) }
            graph.addTie(Tie(source: record.source, target: record.target, relationType: graph.relationTypeIndex(for: type),
                             attributes: ["report": back ? "confirmed" : "reported"]))
        }
        // Attribute columns in the survey's header order, then the respondent flag.
        graph.actorAttributeNames = attributeColumns.map { table.originalNames[$0] }.filter { name in
            name.lowercased() != "kind" && graph.actors.contains { $0.attributes[name] != nil }
        } + ["respondent"]
        result.nominations = records.count
        graph.declaration.direction = .directed
        graph.declaration.directionSource = "survey nominations run from respondent to partner"
        result.graph = graph
        result.names = names
        return result
    }
}
