import ArgumentParser
import BilanCore
import Foundation

struct Doctor: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check the journal: the file, the search index, rows left without their entry, permissions.",
    discussion: "Exits 1 when something is wrong; --repair rebuilds what can be rebuilt.")
  @Flag(help: "Rebuild the search index, delete rows that point to nothing, make the file private.")
  var repair = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: repair)
    var problems = try journal.diagnose()
    if repair, !problems.isEmpty {
      try journal.repair(problems)
      for problem in problems where problem.repairable {
        context.out(context.say(SafetyMessage.repaired) + problem.detail)
      }
      problems = try journal.diagnose()
    }
    if problems.isEmpty {
      context.out(context.say(SafetyMessage.allIsWell(journal.path)))
      return
    }
    for problem in problems {
      context.out("✗ " + problem.detail + " — " + fix(problem, context))
    }
    throw CommandFailed()
  }

  func fix(_ problem: JournalProblem, _ context: Context) -> String {
    switch problem.kind {
    case .damaged:
      context.say(SafetyMessage.damaged)
    case .searchIndex, .orphans, .permissions:
      context.say(SafetyMessage.repairFixes)
    }
  }
}
