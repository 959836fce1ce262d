import BilanCore
import Foundation

/// Drives an `Interview` with lines from the context's input, storing each line as soon as it is typed.
struct InterviewRunner {
  let context: Context
  let journal: Journal
  let set: PromptSet
  let skillName: String
  var entry: Entry
  var interview: Interview

  var entryID: Int64 { entry.id! }

  /// Runs until the last answer or `:quit`. End of input, or a bad answer with no one to ask again,
  /// keeps the draft and stops the whole run with exit code 1 so a script never goes out of step.
  mutating func run() throws {
    if !interview.isFinished { ask() }
    while !interview.isFinished {
      let prompt = interview.current?.kind.isMultiline == true ? "│ " : "> "
      guard let line = context.input.readLine(prompt: prompt, command: false) else {
        try save()
        context.warn(keptMessage(context.say("fin de l'entrée", "end of input")))
        throw StopRun(exitCode: 1)
      }
      // A block pasted on a terminal arrives as one line: its inner lines are text, never commands.
      var parts = line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if interview.current?.kind.isMultiline == false, parts.count > 1 {
        parts = [parts.joined(separator: " ")]  // a one-line answer stays one line
      }
      for (index, part) in parts.enumerated() {
        if try handle(interview.receive(part, literal: index > 0)) == .stop { return }
      }
    }
  }

  private enum Next { case goOn, stop }

  private mutating func handle(_ reaction: Interview.Reaction) throws -> Next {
    let now = context.now
    switch reaction {
    case .kept:
      try journal.savePending(entryID: entryID, lines: interview.pending, now: now.date)
    case .moved:
      try save()
      if interview.isFinished {
        entry = try journal.finish(entryID: entryID, now: now.date, utcOffset: now.utcOffset)
        context.out("\(entryID) \(entry.title)")
        return .stop
      }
      ask()
    case .hint:
      if let hint = interview.current?.hint?[entry.lang] {
        context.tell(Terminal.dim("  " + fill(hint)))
      }
    case .edit:
      let question = interview.current.map { fill($0.question[entry.lang]) } ?? ""
      let edited: String
      do {
        edited = try Editor.edit(
          "<!-- \(question) -->\n" + interview.textToEdit, fileName: "answer.md", environment: context.environment)
      } catch {
        context.warn("bilan: \(error)")
        return .goOn
      }
      var lines = edited.components(separatedBy: "\n")
      if lines.first?.hasPrefix("<!-- ") == true { lines.removeFirst() }
      while lines.last == "" { lines.removeLast() }
      return try handle(interview.commitEdited(lines.joined(separator: "\n")))
    case .refused(.editOnlyText):
      context.warn(
        context.say(":edit sert aux réponses en plusieurs lignes.", ":edit is for answers of several lines."))
    case .refused(.alreadyFirst):
      context.warn(context.say("Déjà à la première question.", "Already at the first question."))
    case .refused(.notALevel(let typed)):
      context.warn(RatingScale.refusal(typed, entry.lang))
      if !context.interactive {
        try save()
        context.warn(keptMessage(context.say("réponse refusée", "answer refused")))
        throw StopRun(exitCode: 1)
      }
    case .quit:
      try save()
      context.warn(keptMessage(nil))
      return .stop
    }
    return .goOn
  }

  private func save() throws {
    try journal.saveProgress(entryID: entryID, interview: interview, now: context.now.date)
  }

  private func keptMessage(_ why: String?) -> String {
    let kept = context.say(
      "brouillon #\(entryID) gardé ; reprenez-le avec « bilan resume \(entryID) ».",
      "draft #\(entryID) kept; continue it with 'bilan resume \(entryID)'.")
    guard let why else { return kept.prefix(1).uppercased() + kept.dropFirst() }
    return "\(why): \(kept)"
  }

  private func fill(_ template: String) -> String {
    Headings.fill(template, skill: skillName, language: entry.lang)
  }

  /// Shows the current question to a person: its step, its text, how to answer, and what it had before.
  private func ask() {
    guard context.interactive, let question = interview.current else { return }
    let lang = entry.lang
    context.out("")
    context.out(Terminal.bold("[\(interview.step + 1)/\(interview.questions.count)] \(fill(question.question[lang]))"))
    switch question.kind {
    case .text:
      context.out(
        Terminal.dim(
          context.say(
            "  Plusieurs lignes possibles ; terminez par une ligne « . ». Commandes : :hint :back :skip :edit :quit",
            "  Several lines allowed; end with a line holding only '.'. Commands: :hint :back :skip :edit :quit")))
    case .rating:
      for level in RatingScale.levels {
        context.out("  \(level). \(RatingScale.descriptor(level, lang))")
      }
    case .line, .tags:
      context.out(
        Terminal.dim(
          context.say(
            "  Une ligne. Commandes : :hint :back :skip :quit", "  One line. Commands: :hint :back :skip :quit")))
    }
    if let previous = interview.previousAnswer, !previous.isEmpty {
      context.out(
        Terminal.dim(
          context.say(
            "  Réponse actuelle (réponse vide pour la garder) :", "  Current answer (an empty reply keeps it):")))
      context.out(
        previous.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + Terminal.safe(String($0)) }
          .joined(separator: "\n"))
    }
    if !interview.pending.isEmpty {
      context.out(Terminal.dim(context.say("  Déjà tapé :", "  Typed so far:")))
      context.out(interview.pending.map { "│ " + Terminal.safe($0) }.joined(separator: "\n"))
    }
  }
}
