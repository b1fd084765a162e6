import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

public enum CollabCLI {
    public static let version = "0.1.0"

    /// Every subcommand, in the order `collab --help` lists them.
    static let commands: [any CollabCommand.Type] = registeredCommands

    static let overview = """
    OVERVIEW: Network analysis and maps for collaboration graphs: the partnerships between
    colleges, universities, employers, SMEs, public bodies and the networks that join them.

    USAGE: collab <subcommand> [<options>]

    """

    static var helpText: String {
        var out = overview + "\nSUBCOMMANDS:\n"
        for command in commands {
            let name = "  " + command.spec.name
            out += name + String(repeating: " ", count: max(1, 18 - name.count)) + command.spec.abstract + "\n"
        }
        out += """

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

          See 'collab help <subcommand>' for detailed help.

        EXAMPLES:
          collab info Datasets/east-london
          collab centrality Datasets/east-london --top 10 --by betweenness

        """
        return out
    }

    /// Runs `collab` with the arguments after the program name; returns the exit code.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.out(helpText)
            return 0
        }
        switch first {
        case "-h", "--help":
            console.out(helpText)
            return 0
        case "--version":
            console.out("collab \(version)\n")
            return 0
        case "help":
            guard arguments.count > 1 else { console.out(helpText); return 0 }
            guard let command = command(named: arguments[1]) else {
                return unknownCommand(arguments[1], console: console)
            }
            console.out(command.spec.help)
            return 0
        default:
            guard let command = command(named: first) else { return unknownCommand(first, console: console) }
            return run(command, Array(arguments.dropFirst()), console: console)
        }
    }

    static func command(named name: String) -> (any CollabCommand.Type)? {
        commands.first { $0.spec.name == name }
    }

    static func unknownCommand(_ name: String, console: Console) -> Int32 {
        let suggestion = ParsedArguments.closest(to: name, in: commands.map { $0.spec.name }).map { " (did you mean '\($0)'?)" } ?? ""
        console.err("Error: unknown subcommand '\(name)'\(suggestion)\nSee 'collab --help'.\n")
        return 2
    }

    static func run(_ command: any CollabCommand.Type, _ arguments: [String], console: Console) -> Int32 {
        let spec = command.spec
        do {
            let parsed = try ParsedArguments(arguments, spec: spec)
            if parsed.helpRequested {
                console.out(spec.help)
                return 0
            }
            return try command.run(parsed, console: console)
        } catch let error as UsageError {
            console.err("Error: \(bounded(error.message))\nUsage: \(spec.usage)\n  See 'collab \(spec.name) --help'.\n")
            return 2
        } catch let error as RequestError {
            console.err("Error: \(bounded(error.description))\n  See 'collab \(spec.name) --help'.\n")
            return 2
        } catch let error as OptionValueError {
            console.err("Error: \(bounded(error.message))\n  See 'collab \(spec.name) --help'.\n")
            return 2
        } catch let error as InputError {
            console.err("Error: \(bounded(error.description))\n")
            return 1
        } catch let error as AnalysisError {
            console.err("Error: \(bounded(error.message))\n")
            return 1
        } catch {
            console.err("Error: \(bounded(sentence(error)))\n")
            return 1
        }
    }

    /// The longest message printed: a safety net behind the readers' own excerpts.
    static let messageLimit = 2_000

    static func bounded(_ message: String) -> String {
        guard message.utf8.count > messageLimit else { return message }
        var cut = message.prefix(messageLimit)
        while cut.utf8.count > messageLimit { cut = cut.dropLast() }
        return cut + "… (message cut at \(messageLimit) characters)"
    }

    /// A sentence for an error no reader or command turned into one: Foundation's
    /// description without its domain, code and user-info dump.
    static func sentence(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain {
            var text = ns.localizedDescription
            if let path = ns.userInfo[NSFilePathErrorKey] as? String { text = "\(path): \(text)" }
            if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
                text += " (\(String(cString: strerror(Int32(underlying.code)))))"
            }
            return text
        }
        return "\(error)"
    }
}
