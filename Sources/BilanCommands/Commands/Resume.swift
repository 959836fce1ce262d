import ArgumentParser
import BilanCore
import Foundation

struct Resume: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "resume",
      abstract: HelpMessage.resume.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.resumeId.local))
  var id: Int64?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let draftID: Int64
    if let id {
      draftID = id
    } else {
      guard let newest = try journal.summaries(limit: 1, draftsOnly: true).first else {
        throw BilanError(context.say(EntryMessage.noDraftToContinue))
      }
      draftID = newest.id
    }
    guard let entry = try journal.entry(draftID) else {
      throw BilanError(context.say(EntryMessage.noSuchDraft(draftID)))
    }
    guard entry.isDraft else {
      throw BilanError(context.say(EntryMessage.finished(draftID)))
    }
    let set = try EntryLoader.promptSet(of: entry, context)
    let pending = entry.pending.map(\.linesAtLF) ?? []
    let interview = Interview(
      questions: set.asked, step: entry.step, answers: try journal.answers(of: draftID), pending: pending,
      today: EntryFormat.day(context.now.date, context.now.utcOffset),
      previousLevel: try entry.skillID.flatMap {
        try journal.previousRating(of: $0, before: context.now.date, excluding: draftID)
      }?.level)
    context.tell(
      context.say(
        EntryMessage.continuing(
          title: entry.title, id: draftID, question: interview.questionNumber, of: interview.questions.count)))
    var runner = InterviewRunner(
      context: context, journal: journal, set: set, subject: try EntryLoader.subject(entry, journal),
      entry: entry, interview: interview)
    if interview.isFinished {
      let finished = try journal.finish(entryID: draftID, now: context.now.date, utcOffset: context.now.utcOffset)
      context.out("\(draftID) \(finished.title)")
      return
    }
    try runner.run()
  }
}
