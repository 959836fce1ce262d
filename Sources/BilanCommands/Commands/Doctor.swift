import ArgumentParser
import BilanCore
import Foundation

struct Doctor: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "doctor",
      abstract: HelpMessage.doctor.local,
      discussion: HelpMessage.doctorMore.local)
  }
  @Flag(help: ArgumentHelp(HelpMessage.doctorRepair.local))
  var repair = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: repair)
    var problems = try journal.diagnose()
    if repair, !problems.isEmpty {
      try journal.repair(problems)
      for problem in problems where problem.repairable {
        context.out(context.say(SafetyMessage.repaired) + detail(problem, context))
      }
      problems = try journal.diagnose()
    }
    if let cost = journal.keyCost {
      context.out(context.say(SafetyMessage.encryptedState(passes: cost.passes, mebibytes: cost.memory >> 20)))
    } else {
      context.out(context.say(SafetyMessage.plainState))
    }
    if problems.isEmpty {
      context.out(context.say(SafetyMessage.allIsWell(journal.path)))
      return
    }
    for problem in problems {
      context.out("✗ " + detail(problem, context) + " — " + fix(problem, context))
    }
    throw CommandFailed()
  }

  func detail(_ problem: JournalProblem, _ context: Context) -> String {
    switch problem.finding {
    case .damaged(let report):
      context.say(SafetyMessage.problemDamaged(report: report.joined(separator: "; ")))
    case .searchIndex(let missing, let extra, let stale, let empty):
      context.say(SafetyMessage.problemSearchIndex(missing: missing, extra: extra, stale: stale, empty: empty))
    case .searchIndexCheck(let report):
      context.say(SafetyMessage.problemSearchIndexCheck(report))
    case .orphans(let rows, let tables):
      context.say(SafetyMessage.problemOrphans(rows: rows, tables: tables.joined(separator: ", ")))
    case .permissions(let path, let mode, let wanted):
      context.say(
        SafetyMessage.problemPermissions(
          path: path, mode: String(mode & 0o777, radix: 8),
          wanted: String(wanted, radix: 8)))
    }
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
