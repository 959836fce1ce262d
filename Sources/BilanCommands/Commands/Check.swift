import ArgumentParser
import BilanCore
import Foundation

struct Check: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check",
      abstract: HelpMessage.check.local,
      discussion: HelpMessage.checkMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedEntryID.local))
  var id: Int64?

  @Flag(help: ArgumentHelp(HelpMessage.checkAll.local))
  var all = false

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if all, id != nil { throw ValidationError(UsageMessage.idOrAll.local) }
  }

  func run(in context: Context) throws {
    let journal = try context.journal(writing: false)
    let ids = all ? try journal.newestEssayPerSkill() : [try id ?? context.askEntryID(command: "check")]
    if ids.isEmpty {
      context.out(context.say(SkillMessage.noEssayToCheck))
      return
    }
    var met = 0
    var total = 0
    var complete = 0
    for (index, id) in ids.enumerated() {
      let entry = try EntryLoader.entry(id, journal, context)
      let loaded = try EntryLoader.essay(entry, journal, context)
      let report = Rubric.check(
        set: loaded.set, answers: loaded.answers, level: loaded.essay.level, target: loaded.essay.target,
        language: entry.lang, subject: loaded.subject, messages: context.language)
      if index > 0 { context.out("") }
      context.out("#\(id)  \(entry.title)  (\(loaded.set.id))", .bold)
      if loaded.set.id == EntryLoader.noSet.id {
        context.out(context.say(SkillMessage.importedWithoutSet))
      } else if report.lines.isEmpty {
        context.out(context.say(SkillMessage.noRequirement(set: loaded.set.id)))
      }
      for line in report.lines {
        context.out("  \(line.met ? "✓" : "✗") \(line.text)")
      }
      met += report.met
      total += report.lines.count
      if report.isComplete { complete += 1 }
    }
    if all {
      let percent = total == 0 ? 100 : met * 100 / total
      context.out("")
      context.out(
        context.say(
          SkillMessage.score(met: met, total: total, percent: percent, complete: complete, essays: ids.count)))

    }
    if met < total { throw CommandFailed() }
  }
}
