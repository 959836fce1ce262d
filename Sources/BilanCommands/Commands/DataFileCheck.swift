import BilanCore
import Foundation

/// What `prompts check` and `framework check` share: each file read, `check` saying what it holds or
/// throwing its problems, each problem at its line; the command fails when one file does.
enum DataFileCheck {
  static func run(_ files: [String], _ context: Context, check: (Data, String) throws -> String) throws {
    var failed = false
    for file in files {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue,
        let data = FileManager.default.contents(atPath: file)
      else {
        context.warn("\(file):1:1: " + context.say(PromptMessage.unreadable))
        failed = true
        continue
      }
      do {
        context.out(try check(data, file))
      } catch let problems as PromptSetProblems {
        for problem in problems.problems { context.out(problem.text(context.language)) }
        failed = true
      } catch let problem as PromptSetError {
        context.out(problem.text(context.language))
        failed = true
      }
    }
    if failed { throw CommandFailed() }
  }
}
