import ArgumentParser
import BilanCore
import Foundation

struct Daily: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "daily",
    abstract: "A two-minute reflection on today: what happened, so what, now what.",
    discussion: "The entry is tied to the skills given, matched in the catalogue as 'assess' does.")

  @Argument(help: "The skills the day was about (none is fine).")
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
