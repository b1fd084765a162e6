import CollabCLI
import Foundation

// The `collab` executable: everything lives in CollabCLI so that tests can run commands.
exit(CollabCLI.run(Array(CommandLine.arguments.dropFirst()), console: .standard))
