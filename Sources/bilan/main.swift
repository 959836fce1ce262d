import Foundation

// Entry point: parse the words after `bilan`, run the command, turn errors into one line and an exit code.
let arguments = Array(CommandLine.arguments.dropFirst())
// `bilan --version` answers before the command tree is built: building it (swift-argument-parser's
// reflection over every option) is most of the time a command takes to start.
if arguments == ["--version"] {
  print(Bilan.version)
  exit(0)
}
let code: Int32
do {
  try Dispatch.run(arguments, context: nil)
  code = 0
} catch {
  code = Dispatch.report(error, context: nil)
}
fflush(nil)
exit(code)
