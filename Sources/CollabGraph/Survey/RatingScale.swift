import Foundation

/// How a survey's rating of a partnership maps onto relation types and the co-production
/// ladder (``Depth``): an ordered list of levels, each with the texts that name it in a
/// survey (its name, its number), the relation type a tie of that level gets and the rung
/// that type stands on.
///
/// The default is the collaboration continuum of Frey, Lohmeier, Lee & Tollefson (2006),
/// "Measuring collaboration among grant partners", *American Journal of Evaluation* 27(3),
/// 383–392 (after Himmelman): 1 networking < 2 cooperation < 3 coordination < 4 coalition
/// < 5 collaboration, and 0 "no interaction" (the row names no tie). On the ladder:
/// networking (aware of each other, little communication) is engagement; cooperation and
/// coordination (information and resources shared, roles defined) are exchange; coalition
/// and collaboration (joint decisions, shared resources and work) are co-production.
///
/// A scale file (`--ratings FILE`) is a CSV with the columns `rating`, `type` and `depth`
/// (`engagement`, `exchange`, `co-production`, or `none` for "no tie"), one row per level
/// in rising order; a rating is matched case-insensitively to its `rating` cell, its `type`
/// cell, or its row number (1 for the first row with a depth).
public struct RatingScale: Sendable, Equatable {
    public struct Level: Sendable, Equatable {
        /// Texts that name the level in a survey, compared after ``RatingScale/normalise(_:)``.
        public var names: [String]
        /// The relation type of a tie rated so; nil for "no tie".
        public var type: String?
        public var depth: Depth?

        public init(names: [String], type: String?, depth: Depth?) {
            self.names = names
            self.type = type
            self.depth = depth
        }
    }

    public var levels: [Level]
    /// Where the scale came from (a file, or the default's reference), for the methods.
    public var source: String

    public init(levels: [Level], source: String) {
        self.levels = levels
        self.source = source
    }

    /// The collaboration continuum (Frey et al. 2006), with 0 = no interaction.
    public static let collaborationContinuum = RatingScale(levels: [
        Level(names: ["0", "no interaction", "none"], type: nil, depth: nil),
        Level(names: ["1", "networking"], type: "networking", depth: .engagement),
        Level(names: ["2", "cooperation"], type: "cooperation", depth: .exchange),
        Level(names: ["3", "coordination"], type: "coordination", depth: .exchange),
        Level(names: ["4", "coalition"], type: "coalition", depth: .coProduction),
        Level(names: ["5", "collaboration"], type: "collaboration", depth: .coProduction),
    ], source: "the collaboration continuum of Frey et al. (2006): 1 networking (engagement) < 2 cooperation < 3 coordination (exchange) < 4 coalition < 5 collaboration (co-production); 0 no interaction")

    /// The level a rating names, nil when none does.
    public func level(_ rating: String) -> Level? {
        let key = RatingScale.normalise(rating)
        return levels.first { $0.names.contains(key) }
    }

    /// Its rank in the scale (higher is closer), for keeping the higher of two ratings.
    public func rank(_ level: Level) -> Int { levels.firstIndex(of: level) ?? 0 }

    /// Every name a rating may take, for error messages.
    public var accepted: [String] { levels.map { $0.names.joined(separator: "/") } }

    /// Lower-cased, trimmed, `_` and `-` read as spaces; `3.0` read as `3`.
    public static func normalise(_ text: String) -> String {
        let trimmed = RelationLadder.normalise(text.trimmingCharacters(in: .whitespaces))
        if let number = Double(trimmed), number == number.rounded(), abs(number) < 1e6 { return String(Int(number)) }
        return trimmed
    }

    /// Reads a scale file (see the type's comment).
    public static func read(contentsOf path: String) throws -> RatingScale {
        var table = try GraphLoader.Table(path: path)
        let rating = try table.require("rating"), type = try table.require("type"), depth = try table.require("depth")
        var levels: [Level] = []
        var number = 0
        var seen: [String: Int] = [:]
        while try table.next() {
            let line = table.fields[0].line
            let name = try table.nonEmpty(rating, "rating")
            let depthText = try table.nonEmpty(depth, "depth")
            var level: Level
            if RatingScale.normalise(depthText) == "none" {
                level = Level(names: [RatingScale.normalise(name)], type: nil, depth: nil)
            } else {
                guard let rung = Depth(name: depthText) else {
                    throw table.error(depth, "unknown depth '\(Excerpt.of(depthText))': expected engagement, exchange, co-production or none")
                }
                let typeName = try table.nonEmpty(type, "relation type")
                number += 1
                level = Level(names: [RatingScale.normalise(name), RatingScale.normalise(typeName)], type: typeName, depth: rung)
                if !level.names.contains(String(number)) && Int(level.names[0]) == nil { level.names.append(String(number)) }
            }
            for key in Set(level.names) {
                if let first = seen[key] {
                    throw table.error(rating, "the rating '\(Excerpt.of(key))' is already a level on line \(first)")
                }
                seen[key] = line
            }
            levels.append(level)
        }
        guard levels.contains(where: { $0.type != nil }) else {
            throw InputError(file: path, line: 1, column: 1, "a rating scale needs at least one level with a depth")
        }
        let described = levels.compactMap { level in level.type.map { "\($0) (\(level.depth!))" } }.joined(separator: " < ")
        return RatingScale(levels: levels, source: "\(path): \(described)")
    }
}
