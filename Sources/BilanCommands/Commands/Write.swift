import ArgumentParser
import BilanCore
import Foundation

struct Write: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "write",
      abstract: HelpMessage.write.local,
      discussion: HelpMessage.writeMore.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.writeText.local)) var text: [String] = []
  @Option(name: .customLong("skill"), help: ArgumentHelp(HelpMessage.writeSkills.local)) var skills: [String] = []
  @Option(name: .customLong("tag"), help: ArgumentHelp(HelpMessage.writeTags.local)) var tags: [String] = []
  @Option(parsing: .unconditional, help: ArgumentHelp(HelpMessage.writeDate.local, valueName: "date")) var date: String?
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    var typed = text.joined(separator: " ")
    if typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      // A new journal is agreed to before the text is typed, not after, when a "no" would lose it.
      if context.interactive { _ = try context.journal(starting: true) }
      typed = try ask(context)
    }
    let (title, body) = JrnlJournal.splitTitle(typed)
    guard !title.isEmpty else {
      throw BilanUsageError(context.say(EntryMessage.nothingToWrite))
    }
    let now = context.now.date
    var when = now
    if let date {
      guard let parsed = QuickDate.parse(date, now: now, zone: context.zone) else {
        throw BilanUsageError(context.say(EntryMessage.badDate(date)))
      }
      when = parsed
    }
    let journal = try context.journal(starting: true)
    let related = try skills.map { try SkillCommands.resolve($0, context, journal) }
    let entry = try journal.write(
      title: title, body: body, tags: tags, skills: related, date: when,
      utcOffset: context.zone.secondsFromGMT(for: when), language: context.language, now: now)
    context.out("\(entry.id!) \(entry.title)")
  }

  /// The text when none was given: lines until `.` in the shell, typed or piped (a piped line after
  /// `write` is the entry's, never a command to run); the whole of stdin in a script (`… | bilan write`);
  /// the editor on a terminal.
  private func ask(_ context: Context) throws -> String {
    let inShell = context.command("x") == "x"
    if inShell || !context.interactive {
      context.tell(context.say(EntryMessage.titleThenText))
      var lines: [String] = []
      while let line = try context.input.readLine(prompt: "│ ", command: false), !(inShell && line == ".") {
        lines.append(inShell && line == ".." ? "." : line)
      }
      return lines.joined(separator: "\n")
    }
    let edited = try Editor.edit(
      "", fileName: "entry.md", environment: context.environment, inMemory: try context.journal().isEncrypted)
    return edited.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
