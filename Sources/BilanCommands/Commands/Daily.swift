import ArgumentParser
import BilanCore
import Foundation

struct Daily: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "daily",
      abstract: HelpMessage.daily.local,
      discussion: HelpMessage.dailyMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.dailySkills.local))
  var skills: [String] = []

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let promptSet = try context.promptSet("daily")
    let journal = try context.journal(starting: true)
    var related: [Skill] = []
    for name in skills where !name.trimmingCharacters(in: .whitespaces).isEmpty {
      let skill = try SkillCommands.resolve(name, context, journal)
      if !related.contains(where: { $0.id == skill.id }) { related.append(skill) }
    }
    let now = context.now
    let day = EntryFormat.day(now.date, now.utcOffset)
    let title = context.say(AssessMessage.reflection(day: day))
    try Interviews.start(
      kind: .journal, skill: nil, title: title, set: promptSet, subject: Subject(), related: related, context: context)
  }
}
