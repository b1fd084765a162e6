import Foundation

/// Reading and writing a ``StrengthRubric``: the `--rubric FILE` formats, JSON or a
/// two-column CSV.
///
/// ```json
/// {
///   "name": "default",
///   "description": "…",
///   "threshold": 0.5,
///   "components": {
///     "intensity":    {"weight": 0.15, "scaling": "log", "floor": 0, "cap": 10},
///     "multiplexity": {"weight": 0.20, "scaling": "linear", "floor": 1, "cap": 3},
///     "reciprocity":  {"weight": 0.20},
///     "depth":        {"weight": 0.25, "values": {"engagement": 0, "exchange": 0.5, "co-production": 1}},
///     "duration":     {"weight": 0.10, "scaling": "linear", "floor": 0, "cap": 730},
///     "embeddedness": {"weight": 0.10, "scaling": "linear", "floor": 0, "cap": 0.5}
///   },
///   "ladder": {"hackathon": "exchange"},
///   "verdict": {"largest_component_share": 0.5, "strong_share": 0.5, "reciprocity": 0.5}
/// }
/// ```
///
/// Every key is optional except that the component weights given must sum to 1; a missing
/// key keeps the default rubric's value (a missing component keeps its default scaling and
/// gets weight 0 when any weight is given). Unknown keys are errors (they are usually
/// typos), as are negative weights, a cap not above its floor, a threshold outside (0, 1]
/// and an unknown rung.
extension StrengthRubric {
    /// Loads a rubric file: JSON, or CSV when the name ends in `.csv` (see
    /// ``init(csv:file:)``).
    public static func load(_ path: String) throws -> StrengthRubric {
        if path.lowercased().hasSuffix(".csv") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(file: path, "no such file or it cannot be read")
            }
            return try StrengthRubric(csv: [UInt8](data), file: path)
        }
        let value = try JSONValue.parse(contentsOf: path)
        return try StrengthRubric(json: value, file: path)
    }

    /// Reads a rubric from a two-column CSV (`key,value`), one setting a row, keys being
    /// the JSON paths with dots, the `components.` prefix optional:
    ///
    /// ```
    /// key,value
    /// name,care-sector
    /// threshold,0.5
    /// depth.weight,0.5
    /// depth.values.exchange,0.5
    /// reciprocity.weight,0.5
    /// ladder.training needs analysis,co-production
    /// verdict.strong_share,0.4
    /// ```
    ///
    /// The same rules as the JSON form apply; errors name the line of the setting.
    public init(csv bytes: [UInt8], file: String) throws {
        var reader = CSVReader(bytes: bytes, file: file)
        var fields: [CSVField] = []
        guard try reader.nextRecord(into: &fields), fields.count == 2,
              try reader.string(fields[0]).trimmingCharacters(in: .whitespaces).lowercased() == "key",
              try reader.string(fields[1]).trimmingCharacters(in: .whitespaces).lowercased() == "value"
        else { throw InputError(file: file, line: 1, column: 1, "invalid rubric: expected the header key,value") }
        // Nested objects in file order: path → value, plus the line of every key.
        var root: [(String, JSONValue)] = []
        var lines: [(String, Int)] = []
        func insert(_ path: ArraySlice<String>, _ value: JSONValue, into pairs: inout [(String, JSONValue)]) -> Bool {
            let key = path.first!
            let index = pairs.firstIndex { $0.0 == key }
            if path.count == 1 {
                guard index == nil else { return false }
                pairs.append((key, value))
                return true
            }
            var inner: [(String, JSONValue)] = []
            if let index {
                guard let existing = pairs[index].1.objectValue else { return false }
                inner = existing
            }
            guard insert(path.dropFirst(), value, into: &inner) else { return false }
            if let index { pairs[index].1 = .object(inner) } else { pairs.append((key, .object(inner))) }
            return true
        }
        while try reader.nextRecord(into: &fields) {
            if reader.isBlank(fields) { continue }
            let line = fields[0].line
            guard fields.count == 2 else {
                throw InputError(file: file, line: line, column: fields[0].column, "invalid rubric: expected 2 fields (key,value), found \(fields.count)")
            }
            let key = try reader.string(fields[0]).trimmingCharacters(in: .whitespaces)
            let text = try reader.string(fields[1]).trimmingCharacters(in: .whitespaces)
            var path: [String]
            if key.hasPrefix("ladder.") {
                path = ["ladder", String(key.dropFirst("ladder.".count))]
            } else {
                path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if let first = path.first, Component(rawValue: first) != nil { path.insert("components", at: 0) }
            }
            guard !key.isEmpty, !path.contains(where: \.isEmpty) else {
                throw InputError(file: file, line: line, column: fields[0].column, "invalid rubric: empty key")
            }
            let textual = ["name", "description"].contains(key) || path.first == "ladder" || path.last == "scaling"
            let value: JSONValue = textual ? .string(text) : (Double(text).map { .number($0) } ?? .string(text))
            guard insert(path[...], value, into: &root) else {
                throw InputError(file: file, line: line, column: fields[0].column, "invalid rubric: \(key): given more than once")
            }
            lines.append((path.joined(separator: "."), line))
        }
        do {
            try self.init(settings: .object(root), file: file)
        } catch let error as RubricSettingError {
            // Point at the line of the setting the error names.
            let line = lines.first { $0.0 == error.key }?.1 ?? lines.first { $0.0.hasPrefix(error.key + ".") }?.1
            throw error.inputError(file: file, line: line)
        }
    }

    /// Builds a rubric from parsed JSON; `file` names it in errors and becomes its origin.
    public init(json: JSONValue, file: String) throws {
        do {
            try self.init(settings: json, file: file)
        } catch let error as RubricSettingError {
            throw error.inputError(file: file, line: nil)
        }
    }

    /// Builds a rubric from parsed settings (JSON, or CSV rows nested as JSON); a bad
    /// setting is a ``RubricSettingError`` naming its key, which the callers place.
    private init(settings json: JSONValue, file: String) throws {
        func fail(_ key: String, _ message: String) -> RubricSettingError {
            RubricSettingError(key: key, message: message)
        }
        func object(_ value: JSONValue, _ key: String, allowed: [String]) throws -> [(String, JSONValue)] {
            guard let pairs = value.objectValue else { throw fail(key, "expected an object") }
            for (name, _) in pairs where !allowed.contains(name) {
                throw fail(key.isEmpty ? name : "\(key).\(name)",
                           "unknown key (expected one of: \(allowed.joined(separator: ", ")))")
            }
            return pairs
        }
        func number(_ value: JSONValue, _ key: String) throws -> Double {
            guard let n = value.numberValue, n.isFinite else { throw fail(key, "expected a number") }
            return n
        }
        var rubric = StrengthRubric.standard
        rubric.origin = file
        rubric.name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let top = try object(json, "", allowed: ["name", "description", "threshold", "components", "ladder", "verdict"])
        for (key, value) in top {
            switch key {
            case "name":
                guard let s = value.stringValue, !s.isEmpty else { throw fail(key, "expected a non-empty string") }
                rubric.name = s
            case "description":
                guard let s = value.stringValue else { throw fail(key, "expected a string") }
                rubric.description = s
            case "threshold":
                let t = try number(value, key)
                guard t > 0 && t <= 1 else { throw fail(key, "expected a number greater than 0 and at most 1, got \(NumberFormat.shortest(t))") }
                rubric.threshold = t
            case "components":
                let components = try object(value, key, allowed: Component.allCases.map(\.rawValue))
                // Weights given replace all default weights: omitted components weigh 0.
                for component in Component.allCases { rubric.setWeight(0, component) }
                for (name, body) in components {
                    let component = Component(rawValue: name)!
                    let path = "components.\(name)"
                    var allowed = ["weight"]
                    switch component {
                    case .reciprocity: break
                    case .depth: allowed.append("values")
                    default: allowed += ["scaling", "floor", "cap"]
                    }
                    let fields = try object(body, path, allowed: allowed)
                    var rule = StrengthRubric.standard.rule(component)
                    rule.weight = 0
                    var sawWeight = false
                    for (field, v) in fields {
                        switch field {
                        case "weight":
                            let w = try number(v, "\(path).weight")
                            guard w >= 0 else { throw fail("\(path).weight", "expected a number ≥ 0, got \(NumberFormat.shortest(w))") }
                            rule.weight = w
                            sawWeight = true
                        case "scaling":
                            guard let s = v.stringValue, let kind = Scaling.Kind(rawValue: s) else {
                                throw fail("\(path).scaling", "expected \"linear\" or \"log\"")
                            }
                            rule.scaling!.kind = kind
                        case "floor": rule.scaling!.floor = try number(v, "\(path).floor")
                        case "cap": rule.scaling!.cap = try number(v, "\(path).cap")
                        case "values":
                            let rungs = try object(v, "\(path).values", allowed: ["engagement", "exchange", "co-production"])
                            for (rung, x) in rungs {
                                let value = try number(x, "\(path).values.\(rung)")
                                guard (0 ... 1).contains(value) else {
                                    throw fail("\(path).values.\(rung)", "expected a number from 0 to 1, got \(NumberFormat.shortest(value))")
                                }
                                switch rung {
                                case "engagement": rubric.rungValues.engagement = value
                                case "exchange": rubric.rungValues.exchange = value
                                default: rubric.rungValues.coProduction = value
                                }
                            }
                        default: break
                        }
                    }
                    guard sawWeight else { throw fail("\(path).weight", "missing: every component given needs a weight") }
                    if let scaling = rule.scaling, !(scaling.cap > scaling.floor) {
                        throw fail(path, "cap (\(NumberFormat.shortest(scaling.cap))) must be greater than floor (\(NumberFormat.shortest(scaling.floor)))")
                    }
                    rubric.setRule(rule, component)
                }
                let total = Component.allCases.map { rubric.rule($0).weight }.reduce(0, +)
                guard abs(total - 1) <= 1e-6 else {
                    throw fail(key, "component weights sum to \(NumberFormat.shortest(total)), expected 1")
                }
            case "ladder":
                guard let pairs = value.objectValue else { throw fail(key, "expected an object of relation type → rung") }
                for (type, rung) in pairs {
                    guard let name = rung.stringValue, let depth = Depth(name: name) else {
                        throw fail("ladder.\(type)", "unknown rung: expected engagement, exchange or co-production")
                    }
                    rubric.ladder[RelationLadder.normalise(type)] = depth
                }
            case "verdict":
                let fields = try object(value, key, allowed: ["largest_component_share", "strong_share", "reciprocity"])
                for (field, v) in fields {
                    let x = try number(v, "verdict.\(field)")
                    guard (0 ... 1).contains(x) else { throw fail("verdict.\(field)", "expected a share from 0 to 1, got \(NumberFormat.shortest(x))") }
                    switch field {
                    case "largest_component_share": rubric.verdict.largestComponentShare = x
                    case "strong_share": rubric.verdict.strongShare = x
                    default: rubric.verdict.reciprocity = x
                    }
                }
            default: break
            }
        }
        self = rubric
    }

    mutating func setRule(_ rule: Rule, _ component: Component) {
        switch component {
        case .intensity: intensity = rule
        case .multiplexity: multiplexity = rule
        case .reciprocity: reciprocity = rule
        case .depth: depth = rule
        case .duration: duration = rule
        case .embeddedness: embeddedness = rule
        }
    }

    mutating func setWeight(_ weight: Double, _ component: Component) {
        var r = rule(component)
        r.weight = weight
        setRule(r, component)
    }

    /// The rubric as JSON, in the file format `load` reads (plus its origin when asked).
    public func json(includeOrigin: Bool = false) -> JSONValue {
        var components: [(String, JSONValue)] = []
        for component in Component.allCases {
            let r = rule(component)
            var fields: [(String, JSONValue)] = [("weight", .number(r.weight))]
            if let s = r.scaling {
                fields += [("scaling", .string(s.kind.rawValue)), ("floor", .number(s.floor)), ("cap", .number(s.cap))]
            }
            if component == .depth {
                fields.append(("values", .object([("engagement", .number(rungValues.engagement)),
                                                  ("exchange", .number(rungValues.exchange)),
                                                  ("co-production", .number(rungValues.coProduction))])))
            }
            components.append((component.rawValue, .object(fields)))
        }
        var pairs: [(String, JSONValue)] = [("name", .string(name))]
        if includeOrigin { pairs.append(("origin", .string(origin))) }
        pairs += [
            ("description", .string(description)),
            ("threshold", .number(threshold)),
            ("components", .object(components)),
            ("ladder", .object(ladder.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.description)) })),
            ("verdict", .object([("largest_component_share", .number(verdict.largestComponentShare)),
                                 ("strong_share", .number(verdict.strongShare)),
                                 ("reciprocity", .number(verdict.reciprocity))])),
        ]
        return .object(pairs)
    }
}

/// A rubric setting that is not valid: the key path that holds it (dotted, empty for the
/// top level) and what is wrong, kept apart so a CSV rubric can name the setting's line.
private struct RubricSettingError: Error {
    var key: String
    var message: String

    func inputError(file: String, line: Int?) -> InputError {
        InputError(file: file, line: line, "invalid rubric: " + (key.isEmpty ? "" : "\(key): ") + message)
    }
}
