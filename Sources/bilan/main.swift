import BilanCommands
import Foundation

// Entry point: the words after `bilan`, run with the process's input and output; errors are one line
// and an exit code (`Dispatch.main`).
let arguments = Array(CommandLine.arguments.dropFirst())
// `bilan --version` answers before the command tree is built: building it (swift-argument-parser's
// reflection over every option) is most of the time a command takes to start.
if arguments == ["--version"] {
  print(Bilan.version)
  exit(0)
}
let code = Dispatch.main(arguments, host: .process(editor: { ReadlineEditor() }))
fflush(nil)
exit(code)
