import Foundation

// Entry point: parse the words after `bilan`, run the command, turn errors into one line and an exit code.
let code: Int32
do {
  try Dispatch.run(Array(CommandLine.arguments.dropFirst()), context: nil)
  code = 0
} catch {
  code = Dispatch.report(error, context: nil)
}
fflush(nil)
exit(code)
