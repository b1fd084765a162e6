import CollabGraph
import CollabAnalysis
import CollabOutput

/// A small argument framework in the conventions of swift-argument-parser (which the
/// project cannot depend on): OVERVIEW / USAGE / ARGUMENTS / OPTIONS / EXAMPLES help,
/// kebab-case long options with short aliases, validation before running, `Error: …`
/// then a usage hint, exit code 2 for usage errors.

/// One option or flag of a command.
public struct OptionSpec: Sendable {
    public var long: String
    public var short: Character?
    /// The value placeholder (`<file>`, `csv|json`); nil for a flag that takes no value.
    public var valueName: String?
    public var help: String
    /// May be given more than once (values accumulate).
    public var repeatable: Bool
    /// A second value that follows the first (`--export siena <dir>`); nil: one value.
    public var secondValueName: String?

    public init(_ long: String, short: Character? = nil, value valueName: String? = nil, then secondValueName: String? = nil,
                repeatable: Bool = false, help: String) {
        self.long = long
        self.short = short
        self.valueName = valueName
        self.secondValueName = secondValueName
        self.help = help
        self.repeatable = repeatable
    }

    /// ` <value>` or ` <value> <second>` as help and usage show it.
    var valuePlaceholder: String {
        guard let valueName else { return "" }
        return " <\(valueName)>" + (secondValueName.map { " <\($0)>" } ?? "")
    }

    public var isFlag: Bool { valueName == nil }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var help: String
    public var optional: Bool
    /// The last argument may take several values (`<graph> ...`).
    public var variadic: Bool

    public init(_ name: String, optional: Bool = false, variadic: Bool = false, help: String) {
        self.name = name
        self.help = help
        self.optional = optional
        self.variadic = variadic
    }
}

/// What a command accepts and how it describes itself.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    public var discussion: String
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var examples: [String]

    public init(name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
                options: [OptionSpec] = [], examples: [String] = []) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }

    /// `collab NAME <graph> [--format <format>] …`
    public var usage: String {
        var parts = ["collab", name]
        for argument in arguments {
            parts.append((argument.optional ? "[<\(argument.name)>]" : "<\(argument.name)>") + (argument.variadic ? " ..." : ""))
        }
        for option in options {
            parts.append("[--\(option.long)\(option.valuePlaceholder)]")
        }
        return wrap(parts, indent: "       ", width: 100)
    }

    /// The full help text.
    public var help: String {
        var out = "OVERVIEW: \(abstract)\n"
        if !discussion.isEmpty { out += "\n\(discussion)\n" }
        out += "\nUSAGE: \(usage)\n"
        if !arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in arguments { out += row("<\(argument.name)>", argument.help) }
        }
        out += "\nOPTIONS:\n"
        for option in options {
            var left = option.short.map { "-\($0), " } ?? ""
            left += "--\(option.long)"
            left += option.valuePlaceholder
            out += row(left, option.help)
        }
        out += row("-h, --help", "Show help information.")
        if !examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for example in examples { out += "  \(example)\n" }
        }
        return out
    }

    private func row(_ left: String, _ help: String) -> String {
        let column = 28
        let padded = "  " + left
        let lines = wrap(help.split(separator: " ").map(String.init), indent: "", width: 100 - column).split(separator: "\n")
        var out = padded.count < column ? padded + String(repeating: " ", count: column - padded.count) : padded + "\n" + String(repeating: " ", count: column)
        out += lines.first.map(String.init) ?? ""
        for line in lines.dropFirst() { out += "\n" + String(repeating: " ", count: column) + line }
        return out + "\n"
    }

    private func wrap(_ words: [String], indent: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent + word
            } else {
                line += line.isEmpty ? word : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

/// A usage mistake: printed as `Error: …` with the command's usage, exit code 2.
/// An option value the command cannot use (an unknown QAP term): exit code 2, with a
/// pointer to the help but without the usage line.
public struct OptionValueError: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

public struct UsageError: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// An analysis that cannot run on this input (exit code 1).
public struct AnalysisError: Error, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Parsed command-line arguments, validated against a ``CommandSpec``.
public struct ParsedArguments: Sendable {
    public var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    public var helpRequested = false

    /// Parses `arguments` for `spec`. `--name value`, `--name=value`, `-n value`, and `--`
    /// to end options are accepted.
    public init(_ arguments: [String], spec: CommandSpec) throws {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            if argument == "-h" || argument == "--help" { helpRequested = true; continue }
            var name: String
            var inlineValue: String?
            let option: OptionSpec?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                option = spec.options.first { $0.long == name }
            } else {
                guard argument.count == 2 else { throw UsageError("unknown option '\(argument)'") }
                let short = argument.last!
                option = spec.options.first { $0.short == short }
                name = option?.long ?? argument
            }
            guard let option else {
                let suggestion = ParsedArguments.closest(to: name, in: spec.options.map(\.long)).map { " (did you mean '--\($0)'?)" } ?? ""
                throw UsageError("unknown option '\(argument)'\(suggestion)")
            }
            if option.isFlag {
                if inlineValue != nil { throw UsageError("'--\(option.long)' takes no value") }
                flags.insert(option.long)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError("missing value for '--\(option.long) <\(option.valueName!)>'") }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, values[option.long] != nil {
                throw UsageError("'--\(option.long)' given more than once")
            }
            values[option.long, default: []].append(value)
            if let second = option.secondValueName {
                // Two values: `--export siena DIR` (the pair is stored in order).
                guard index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" else {
                    throw UsageError("missing value for '--\(option.long)\(option.valuePlaceholder)': give the <\(second)> after '\(value)'")
                }
                values[option.long, default: []].append(arguments[index])
                index += 1
            }
        }
        if helpRequested { return }
        let required = spec.arguments.filter { !$0.optional }.count
        if positionals.count < required {
            throw UsageError("missing argument <\(spec.arguments[positionals.count].name)>")
        }
        if positionals.count > spec.arguments.count && !(spec.arguments.last?.variadic ?? false) {
            throw UsageError("unexpected argument '\(positionals[spec.arguments.count])'")
        }
    }

    public func flag(_ long: String) -> Bool { flags.contains(long) }
    public func value(_ long: String) -> String? { values[long]?.last }
    public func values(_ long: String) -> [String] { values[long] ?? [] }
    public func has(_ long: String) -> Bool { values[long] != nil || flags.contains(long) }
    public func positional(_ index: Int) -> String? { index < positionals.count ? positionals[index] : nil }

    /// A comma-separated list option (`--measures a,b`), trimmed, empty items dropped.
    public func list(_ long: String) -> [String]? {
        guard has(long) else { return nil }
        return values(long).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An integer option within a range.
    public func integer(_ long: String, range: ClosedRange<Int> = 0...Int.max) throws -> Int? {
        guard let text = value(long) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("'--\(long)' expects a whole number\(range.lowerBound > 0 ? " ≥ \(range.lowerBound)" : " ≥ 0"), got '\(text)'")
        }
        return number
    }

    /// A number option.
    public func number(_ long: String) throws -> Double? {
        guard let text = value(long) else { return nil }
        guard let number = Double(text), number.isFinite else { throw UsageError("'--\(long)' expects a number, got '\(text)'") }
        return number
    }

    /// One of a fixed set of choices.
    public func choice(_ long: String, _ choices: [String], default defaultValue: String) throws -> String {
        guard let text = value(long) else { return defaultValue }
        guard choices.contains(text) else {
            throw UsageError("'--\(long)' must be one of \(choices.joined(separator: ", ")), got '\(text)'")
        }
        return text
    }

    /// The candidate with the smallest edit distance, if it is close enough to be a typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestions.closest(to: word, in: candidates).first
    }
}
