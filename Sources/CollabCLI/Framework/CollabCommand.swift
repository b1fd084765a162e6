/// A `collab` subcommand: a spec (for parsing and help) and a run function that parses,
/// calls the library and formats. Exit codes: 0 ok, 1 analysis or input error, 2 usage.
public protocol CollabCommand: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32
}
