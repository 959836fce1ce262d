import ArgumentParser
import BilanCore
import Foundation

struct Drafts: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "drafts", abstract: HelpMessage.drafts.local)
  }

  @Option(help: ArgumentHelp(HelpMessage.draftsDiscard.local, valueName: "id"))
  var discard: Int64?

  @Flag(help: ArgumentHelp(HelpMessage.sharedNoConfirmation.local))
  var yes = false

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    if let discard {
      let journal = try context.journal()
      guard let entry = try journal.entry(discard), entry.isDraft else {
        throw BilanError(context.say(EntryMessage.noDraft(discard)))
      }
      guard
        try context.confirm(context.say(EntryMessage.discard(discard, title: entry.title)), yes: yes)
      else {
        context.tell(context.say(EntryMessage.nothingDiscarded))
        return
      }
      try journal.discardDraft(discard)
      context.out(context.say(EntryMessage.discarded(discard)))
      return
    }
    let journal = try context.journal(writing: false)
    let drafts = try journal.summaries(limit: nil, draftsOnly: true)
    if drafts.isEmpty {
      context.tell(context.say(EntryMessage.noDrafts))
      return
    }
    for draft in drafts {
      let set = (try? context.prompts.set(draft.promptSet ?? ""))??.set
      // Counted as the interview counts: the set's question, whatever the number of anecdotes.
      let interview = try set.map {
        Interview(questions: $0.asked, step: draft.step, answers: try journal.answers(of: draft.id))
      }
      let progress = interview.map { "\($0.questionNumber)/\($0.questions.count)" } ?? "\(draft.step + 1)"
      context.out(
        "\(draft.id)\t\(EntryFormat.listed(draft, context))\t\(draft.title)\t\(context.say(EntryMessage.question)) \(progress)",
        wrap: .words)
    }
  }
}
