import BilanCore
import Foundation

/// Drives an `Interview` with lines from the context's input, storing each line as soon as it is typed.
struct InterviewRunner {
  let context: Context
  let journal: Journal
  let set: PromptSet
  let subject: Subject
  var entry: Entry
  var interview: Interview

  var entryID: Int64 { entry.id! }

  /// The skill's rating before this interview, shown with the rating question.
  var previousRating: Rating? {
    try? entry.skillID.flatMap { try journal.previousRating(of: $0, before: context.now.date, excluding: entryID) }
  }

  /// Runs until the last answer or `:quit`. End of input, or a bad answer with no one to ask again,
  /// keeps the draft and stops the whole run with exit code 1 so a script never goes out of step.
  mutating func run() throws {
    if !interview.isFinished { ask() }
    while !interview.isFinished {
      let prompt = interview.current?.kind.isMultiline == true ? "│ " : "> "
      guard var line = try context.input.readLine(prompt: prompt, command: false) else {
        try save()
        context.warn(keptMessage(context.say("fin de l'entrée", "end of input")))
        throw StopRun(exitCode: 1)
      }
      if interview.currentSlot?.key == Interview.ratingEvidenceKey,
        let id = Int64(line.trimmingCharacters(in: .whitespaces)),
        try journal.entry(id) == nil
      {
        // A number names an entry: it must be one.
        context.warn(context.say("Pas d'entrée #\(id) (voir « list »).", "No entry #\(id) (see 'list')."))
        if !context.interactive {
          try save()
          context.warn(keptMessage(context.say("réponse refusée", "answer refused")))
          throw StopRun(exitCode: 1)
        }
        continue
      }
      if interview.current?.kind == .skills, interview.pending.isEmpty, !line.hasPrefix(":") {
        guard let names = try resolveSkills(line) else { continue }
        line = names
      }
      // A block pasted on a terminal arrives as one line: its inner lines are text, never commands.
      var parts = line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if interview.current?.kind.isMultiline == false, parts.count > 1 {
        parts = [parts.joined(separator: " ")]  // a one-line answer stays one line
      }
      let asked = interview.currentSlot
      if parts == [":skip"], let question = asked?.question, question.required, asked?.asksForAnother == false,
        asked?.key != Interview.ratingEvidenceKey
      {
        context.tell(
          context.say(
            "  Cette réponse est requise par la grille : « check » la signalera.",
            "  The rubric requires this answer: 'check' will point it out."), .dim)
      }
      for (index, part) in parts.enumerated() {
        if try handle(interview.receive(part, literal: index > 0)) == .stop { return }
      }
      if let asked, let minimum = asked.question.minWords, interview.step > 0,
        let answer = interview.answers[asked.key],
        asked.key != interview.currentSlot?.key
      {
        let words = Rubric.words(answer)
        if words < minimum {
          context.tell(
            context.say(
              "  \(words) mots ; la grille en demande au moins \(minimum). Vous pourrez compléter avec « edit ».",
              "  \(words) words; the rubric asks for at least \(minimum). You can add to it with 'edit'."), .dim)
        }
      }
    }
  }

  private enum Next { case goOn, stop }

  private mutating func handle(_ reaction: Interview.Reaction) throws -> Next {
    let now = context.now
    switch reaction {
    case .kept:
      try journal.savePending(entryID: entryID, lines: interview.pending, now: now.date)
      if interview.current?.kind == .target, interview.pending.count == 1, context.interactive {
        context.out(
          context.say("  D'ici quand ? (2027-06, 2027-06-30 ou 2027)", "  By when? (2027-06, 2027-06-30 or 2027)"), .dim
        )
      }
    case .moved:
      try save()
      if interview.isFinished {
        entry = try journal.finish(entryID: entryID, now: now.date, utcOffset: now.utcOffset)
        if set.asked.contains(where: { $0.kind == .tags }) { try journal.defaultTags(entryID: entryID) }
        context.out("\(entryID) \(entry.title)")
        return .stop
      }
      ask()
    case .hint:
      if let hint = interview.current?.hint?[entry.lang] {
        context.tell("  " + fill(hint), .dim)
      }
    case .edit:
      let question = interview.current.map { fill($0.question[entry.lang]) } ?? ""
      let edited: String
      do {
        edited = try Editor.edit(
          "<!-- \(question) -->\n" + interview.textToEdit + "\n", fileName: "answer.md",
          environment: context.environment)
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
    case .refused(let refusal):
      switch refusal {
      case .notALevel(let typed): context.warn(RatingScale.refusal(typed, entry.lang))
      case .dateInPast(let due):
        context.warn(
          context.say(
            "\(due) est déjà passé : un objectif se fixe dans l'avenir (ou :back pour changer le niveau).",
            "\(due) has already passed: a target lies ahead (or :back to change the level)."))
      case .notADate(let typed):
        context.warn(
          context.say(
            "« \(typed) » n'est pas une date : tapez 2027-06, 2027-06-30 ou 2027 (ou :back pour changer le niveau).",
            "'\(typed)' is not a date: type 2027-06, 2027-06-30 or 2027 (or :back to change the level)."))
      case .evidenceNeeded:
        context.warn(
          context.say(
            "Ce niveau demande une preuve : un projet, un résultat, un numéro d'entrée ou une adresse (ou :back pour changer le niveau).",
            "This level calls for evidence: a project, a result, an entry id or an address (or :back to change the level)."
          ))
      default:
        context.warn(context.say("Répondez o (oui) ou n (non).", "Answer y (yes) or n (no)."))
      }
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
    let resume = context.command("resume \(entryID)")
    let kept = context.say(
      "brouillon #\(entryID) gardé ; reprenez-le avec « \(resume) ».",
      "draft #\(entryID) kept; continue it with '\(resume)'.")
    guard let why else { return kept.prefix(1).uppercased() + kept.dropFirst() }
    return context.say("\(why) : \(kept)", "\(why): \(kept)")
  }

  private func fill(_ template: String, number: Int? = nil) -> String {
    Headings.fill(template, subject: subject, language: entry.lang, number: number)
  }

  /// Matches each name of a `skills` answer in the catalogue: known names take their catalogue spelling,
  /// new ones are added (and said so); an ambiguous prefix is refused with its candidates.
  private func resolveSkills(_ line: String) throws -> String? {
    var names: [String] = []
    for typed in SkillList.parse(line) {
      switch try journal.matchSkill(typed) {
      case .found(let skill): names.append(skill.name(in: entry.lang))
      case .none:
        if context.interactive {
          let question = context.say(
            "« \(typed) » n'est pas dans le catalogue. L'ajouter ?", "'\(typed)' is not in the catalogue. Add it?")
          guard try context.confirm(question, yes: false) else {
            context.warn(context.say("Retapez la liste des compétences.", "Type the list of skills again."))
            return nil
          }
        } else {
          context.warn(
            context.say(
              "Nouvelle compétence « \(typed) » ajoutée au catalogue (sans catégorie).",
              "New skill '\(typed)' added to the catalogue (no category yet)."))
        }
        names.append(typed)
      case .ambiguous(let skills):
        context.warn(SkillCommands.ambiguity(typed, skills, context))
        if !context.interactive {
          try save()
          context.warn(keptMessage(context.say("réponse refusée", "answer refused")))
          throw StopRun(exitCode: 1)
        }
        return nil
      }
    }
    return names.joined(separator: ", ")
  }

  /// Shows the current question to a person: its step, its text, how to answer, and what it had before.
  private func ask() {
    guard context.interactive, let slot = interview.currentSlot else { return }
    let lang = entry.lang
    let question = slot.question
    // The number of the set's question, which does not move when anecdotes are added.
    let position = "[\(interview.questionNumber)/\(interview.questions.count)]"
    context.out("")
    if slot.asksForAnother {
      let count = interview.anecdoteCount(question)
      let text =
        count == 0
        ? context.say("Ajouter une anecdote ? [o/N]", "Add an anecdote? [y/N]")
        : context.say(
          "Une autre anecdote ? (\(count) racontée\(count > 1 ? "s" : ""), \(question.max) au maximum) [o/N]",
          "Another anecdote? (\(count) told, \(question.max) at most) [y/N]")
      context.out("\(position) \(text)", .bold)
      return
    }
    var header = "\(position) "
    if let anecdote = slot.anecdote, let parent = slot.parent {
      let item = parent.item.map { fill($0[lang], number: anecdote) } ?? "Anecdote \(anecdote)"
      let part = (parent.parts.firstIndex { $0.id == question.id } ?? 0) + 1
      header += "\(item) (\(part)/\(parent.parts.count)) — "
    }
    context.out(header + fill(question.question[lang]), .bold)
    let commands = ":hint :back :skip :quit"
    switch question.kind {
    case .text, .evidence:
      context.out(
        context.say(
          "  Plusieurs lignes possibles ; terminez par une ligne « . ». Commandes : :hint :back :skip :edit :quit",
          "  Several lines allowed; end with a line holding only '.'. Commands: :hint :back :skip :edit :quit"), .dim)
    case .list, .links:
      context.out(
        context.say(
          "  Un élément par ligne ; terminez par une ligne « . ». Commandes : :hint :back :skip :edit :quit",
          "  One item a line; end with a line holding only '.'. Commands: :hint :back :skip :edit :quit"), .dim)
    case .rating, .target:
      for level in RatingScale.levels {
        context.out("  \(level). \(RatingScale.descriptor(level, lang))")
      }
      if question.kind == .rating, let previous = previousRating {
        context.out(
          context.say(
            "  Précédent : \(previous.level)/5 le \(EntryFormat.day(previous.ratedAt, context.now.utcOffset)).",
            "  Previous: \(previous.level)/5 on \(EntryFormat.day(previous.ratedAt, context.now.utcOffset))."), .dim)
      }
      if question.kind == .target {
        context.out(
          context.say(
            "  Le niveau visé, puis la date, une ligne chacun. Commandes : \(commands)",
            "  The level you aim for, then the date, one line each. Commands: \(commands)"), .dim)
      }
    case .skills:
      context.out(
        context.say(
          "  Une ligne, noms séparés par des virgules. Commandes : \(commands)",
          "  One line, names separated by commas. Commands: \(commands)"), .dim)
    case .line, .tags, .link, .anecdotes, .generated:
      context.out(context.say("  Une ligne. Commandes : \(commands)", "  One line. Commands: \(commands)"), .dim)
    }
    if let previous = interview.previousAnswer, !previous.isEmpty {
      context.out(
        context.say(
          "  Réponse actuelle (réponse vide pour la garder) :", "  Current answer (an empty reply keeps it):"), .dim)
      context.out(
        previous.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + String($0) }
          .joined(separator: "\n"))
    }
    if !interview.pending.isEmpty {
      context.out(context.say("  Déjà tapé :", "  Typed so far:"), .dim)
      context.out(interview.pending.map { "│ " + $0 }.joined(separator: "\n"))
    }
  }
}
