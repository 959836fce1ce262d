import ArgumentParser
import BilanCore
import Foundation

struct Assess: BilanCommand {
  static let configuration = CommandConfiguration(
    abstract: "Assess a skill through guided questions; the answers become an essay.",
    discussion: """
      Text answers take several lines and end with a line holding only '.' ('..' writes a '.').
      As the first line of an answer: :hint shows help, :back returns to the previous question,
      :skip leaves it empty, :edit opens $EDITOR, :quit stops and keeps the draft (see 'resume').
      Every line is stored as soon as it is typed.
      """)

  @Argument(help: "The skill, for example \"autonomie professionnelle\" (asked for on a terminal when missing).")
  var skill: String?

  @Option(name: .customLong("set"), help: "The question set.")
  var set: String = PromptLibrary.defaultSetID

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let name =
      try skill.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
      ?? context.ask(context.say("Compétence :", "Skill:"), missing: "Missing the skill: bilan assess SKILL")
    guard let promptSet = try PromptLibrary.shipped(set) else {
      let known = PromptLibrary.shippedIDs.joined(separator: ", ")
      throw BilanUsageError(
        context.say(
          "jeu de questions inconnu « \(set) » (connus : \(known))", "unknown question set '\(set)' (known: \(known))"))
    }
    let journal = try context.journal()
    let now = context.now
    let entry = try journal.startAssessment(
      skillName: name, set: promptSet, language: context.language, now: now.date, utcOffset: now.utcOffset)
    context.tell(
      context.say(
        "Bilan de « \(entry.title) » (#\(entry.id!)) : \(promptSet.questions.count) questions. Chaque ligne est enregistrée dès Entrée.",
        "Assessing '\(entry.title)' (#\(entry.id!)): \(promptSet.questions.count) questions. Each line is saved as soon as you press Enter."
      ))
    var runner = InterviewRunner(
      context: context, journal: journal, set: promptSet, skillName: entry.title, entry: entry,
      interview: Interview(questions: promptSet.questions))
    try runner.run()
  }
}

struct Resume: BilanCommand {
  static let configuration = CommandConfiguration(
    abstract: "Continue an unfinished assessment where it stopped (the newest by default).")

  @Argument(help: "The draft's id (see 'drafts').")
  var id: Int64?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let draftID: Int64
    if let id {
      draftID = id
    } else {
      guard let newest = try journal.summaries(limit: 1, draftsOnly: true).first else {
        throw BilanError(context.say("Aucun brouillon à reprendre.", "No draft to continue."))
      }
      draftID = newest.id
    }
    guard let entry = try journal.entry(draftID) else {
      throw BilanError(
        context.say("Pas d'entrée #\(draftID) (voir « drafts »).", "No entry #\(draftID) (see 'drafts')."))
    }
    guard entry.isDraft else {
      throw BilanError(
        context.say(
          "L'entrée #\(draftID) est terminée ; modifiez-la avec « edit \(draftID) ».",
          "Entry #\(draftID) is finished; change it with 'edit \(draftID)'."))
    }
    let set = try EntryLoader.promptSet(of: entry)
    let pending = entry.pending.map { $0.components(separatedBy: "\n") } ?? []
    let interview = Interview(
      questions: set.questions, step: entry.step, answers: try journal.answers(of: draftID), pending: pending)
    context.tell(
      context.say(
        "Reprise de « \(entry.title) » (#\(draftID)), question \(min(entry.step + 1, set.questions.count))/\(set.questions.count).",
        "Continuing '\(entry.title)' (#\(draftID)), question \(min(entry.step + 1, set.questions.count))/\(set.questions.count)."
      ))
    var runner = InterviewRunner(
      context: context, journal: journal, set: set, skillName: try EntryLoader.skillName(entry, journal),
      entry: entry, interview: interview)
    if interview.isFinished {
      let finished = try journal.finish(entryID: draftID, now: context.now.date, utcOffset: context.now.utcOffset)
      context.out("\(draftID) \(finished.title)")
      return
    }
    try runner.run()
  }
}

struct Drafts: BilanCommand {
  static let configuration = CommandConfiguration(abstract: "List unfinished assessments, or discard one.")

  @Option(help: ArgumentHelp("Discard this draft and its answers.", valueName: "id"))
  var discard: Int64?

  @Flag(help: "Do not ask for confirmation.")
  var yes = false

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    if let discard {
      let journal = try context.journal()
      guard let entry = try journal.entry(discard), entry.isDraft else {
        throw BilanError(
          context.say("Pas de brouillon #\(discard) (voir « drafts »).", "No draft #\(discard) (see 'drafts')."))
      }
      guard
        try context.confirm(
          context.say(
            "Jeter le brouillon #\(discard) (\(entry.title)) ?", "Discard draft #\(discard) (\(entry.title))?"),
          yes: yes)
      else {
        context.tell(context.say("Rien n'a été jeté.", "Nothing was discarded."))
        return
      }
      try journal.discardDraft(discard)
      context.out(context.say("Brouillon #\(discard) jeté.", "Draft #\(discard) discarded."))
      return
    }
    let drafts = try context.journal(writing: false).summaries(limit: nil, draftsOnly: true)
    if drafts.isEmpty {
      context.tell(context.say("Aucun brouillon.", "No drafts."))
      return
    }
    for draft in drafts {
      let total = (try? PromptLibrary.shipped(draft.promptSet ?? ""))??.questions.count
      let progress = total.map { "\(min(draft.step + 1, $0))/\($0)" } ?? "\(draft.step + 1)"
      context.out(
        "\(draft.id)\t\(EntryFormat.day(draft.shownDate, draft.utcOffset))\t\(Terminal.safe(draft.title))\t\(context.say("question", "question")) \(progress)"
      )
    }
  }
}
