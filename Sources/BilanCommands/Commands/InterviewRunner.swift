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
        context.warn(keptMessage(context.say(InterviewMessage.endOfInput)))
        throw StopRun(exitCode: 1)
      }
      if interview.currentSlot?.key == Interview.ratingEvidenceKey,
        let id = Int64(line.trimmingCharacters(in: .whitespaces)),
        try journal.entry(id) == nil
      {
        // A number names an entry: it must be one.
        context.warn(context.say(InterviewMessage.noEntry(id)))
        if !context.interactive {
          try save()
          context.warn(keptMessage(context.say(InterviewMessage.answerRefused)))
          throw StopRun(exitCode: 1)
        }
        continue
      }
      if interview.current?.kind == .skills, interview.pending.isEmpty, !line.hasPrefix(":") {
        guard let names = try resolveSkills(line) else { continue }
        line = names
      }
      if interview.current?.namesProject == true, interview.pending.isEmpty, !line.hasPrefix(":") {
        guard let project = try resolveProject(line) else { continue }
        line = project
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
          context.say(InterviewMessage.requiredAnswer), .dim)
      }
      answered = asked
      for (index, part) in parts.enumerated() {
        if try handle(interview.receive(part, literal: index > 0)) == .stop { return }
      }
    }
  }

  /// The question the line being handled answers: a warning about its answer is said as soon as the
  /// interview moves on, before the next question is shown.
  var answered: Interview.Slot? = nil

  /// Says what the rubric finds short in the answer just given (too few words).
  private mutating func reviewAnswer() {
    guard let asked = answered, let minimum = asked.question.minWords,
      let answer = interview.answers[asked.key], asked.key != interview.currentSlot?.key
    else { return }
    answered = nil
    let words = Rubric.words(answer)
    if words < minimum {
      context.tell(context.say(InterviewMessage.fewWords(words, minimum: minimum)), .dim)
    }
  }

  private enum Next { case goOn, stop }

  private mutating func handle(_ reaction: Interview.Reaction) throws -> Next {
    let now = context.now
    switch reaction {
    case .kept:
      try journal.savePending(entryID: entryID, lines: interview.pending, now: now.date)
      if interview.current?.kind == .target, interview.pending.count == 1, context.interactive {
        context.out(context.say(InterviewMessage.byWhen), .dim)
      }
    case .moved:
      try save()
      reviewAnswer()
      if interview.isFinished {
        entry = try journal.finish(entryID: entryID, now: now.date, utcOffset: now.utcOffset)
        if set.asked.contains(where: { $0.kind == .tags }) { try journal.defaultTags(entryID: entryID) }
        context.out("\(entryID) \(entry.title)")
        return .stop
      }
      ask()
    case .hint:
      if let hint = interview.current?.hint?[entry.lang] {
        // Every line of it indented, so that the cut lines of each stay under it too.
        let lines = fill(hint).split(separator: "\n", omittingEmptySubsequences: false)
        context.tell(lines.map { "  " + $0 }.joined(separator: "\n"), .dim)
      }
    case .edit:
      let question = interview.current.map { fill($0.question[entry.lang]) } ?? ""
      let edited: String
      do {
        edited = try Editor.edit(
          "<!-- \(question) -->\n" + interview.textToEdit + "\n", fileName: "answer.md",
          environment: context.environment, inMemory: journal.isEncrypted)
      } catch {
        context.warn("bilan: \(error)")
        return .goOn
      }
      var lines = edited.components(separatedBy: "\n")
      if lines.first?.hasPrefix("<!-- ") == true { lines.removeFirst() }
      while lines.last == "" { lines.removeLast() }
      return try handle(interview.commitEdited(lines.joined(separator: "\n")))
    case .refused(.editOnlyText):
      context.warn(context.say(InterviewMessage.editOnlyText))
    case .refused(.alreadyFirst):
      context.warn(context.say(InterviewMessage.alreadyFirst))
    case .refused(let refusal):
      switch refusal {
      case .notALevel(let typed): context.warn(RatingScale.refusal(typed, entry.lang))
      case .dateInPast(let due):
        context.warn(context.say(InterviewMessage.dateInPast(due)))
      case .notADate(let typed):
        context.warn(context.say(InterviewMessage.notADate(typed)))
      case .evidenceNeeded:
        context.warn(context.say(InterviewMessage.evidenceNeeded))
      default:
        context.warn(context.say(InterviewMessage.yesOrNo))
      }
      if !context.interactive {
        try save()
        context.warn(keptMessage(context.say(InterviewMessage.answerRefused)))
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
    let kept = context.say(InterviewMessage.kept(entryID, resume: resume))
    guard let why else { return kept.prefix(1).uppercased() + kept.dropFirst() }
    return context.say(InterviewMessage.keptBecause(why, kept: kept))
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
          let question = context.say(InterviewMessage.addSkill(typed))
          guard try context.confirm(question, yes: false) else {
            context.warn(context.say(InterviewMessage.skillsAgain))
            return nil
          }
        } else {
          context.warn(context.say(InterviewMessage.skillAdded(typed)))
        }
        names.append(typed)
      case .ambiguous(let skills):
        context.warn(SkillCommands.ambiguity(typed, skills, context))
        if !context.interactive {
          try save()
          context.warn(keptMessage(context.say(InterviewMessage.answerRefused)))
          throw StopRun(exitCode: 1)
        }
        return nil
      }
    }
    return names.joined(separator: ", ")
  }

  /// Finds the project an answer names, as skills are found: a known one gives the answer its own
  /// spelling; a new one is created, after a question on a terminal, with a note in a script. An
  /// address alone, or the address of a project's page, is kept as typed.
  private func resolveProject(_ line: String) throws -> String? {
    guard let link = Link(line), let name = link.name else { return line }
    switch try journal.matchProject(name) {
    case .found(let project):
      return project.name == name ? line : Link(name: project.name, address: link.address).typed
    case .ambiguous(let projects):
      context.warn(context.say(ProjectMessage.ambiguous(name, projects.map(\.name))))
      if !context.interactive {
        try save()
        context.warn(keptMessage(context.say(InterviewMessage.answerRefused)))
        throw StopRun(exitCode: 1)
      }
      return nil
    case .none:
      if let address = link.address, try journal.project(at: address) != nil { return line }
      if context.interactive {
        guard try context.confirm(context.say(InterviewMessage.createProject(name)), yes: false) else {
          context.warn(context.say(InterviewMessage.projectAgain))
          return nil
        }
      } else {
        context.warn(context.say(InterviewMessage.projectAdded(name)))
      }
      _ = try journal.findOrAddProject(name: name, now: context.now.date)
      return line
    }
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
        ? context.say(InterviewMessage.addAnecdote)
        : context.say(InterviewMessage.anotherAnecdote(told: count, max: question.max))
      context.out("\(position) \(text)", .bold)
      return
    }
    var header = "\(position) "
    if let anecdote = slot.anecdote, let parent = slot.parent {
      let item = fill((parent.item ?? PromptSet.Question.defaultItem)[lang], number: anecdote)
      let part = (parent.parts.firstIndex { $0.id == question.id } ?? 0) + 1
      header += "\(item) (\(part)/\(parent.parts.count)) — "
    }
    // A long question goes on under its own first word, clear of its number.
    context.out(header + fill(question.question[lang]), .bold, wrap: .hanging(TextWrap.columns(position) + 1))
    let commands = ":hint :back :skip :quit"
    switch question.kind {
    case .text, .evidence:
      context.out(context.say(InterviewMessage.severalLines), .dim)
    case .list, .links:
      context.out(context.say(InterviewMessage.oneItemALine), .dim)
    case .rating, .target:
      for level in RatingScale.levels {
        context.out("  \(level). \(RatingScale.descriptor(level, lang))")
      }
      if question.kind == .rating, let previous = previousRating {
        let day = EntryFormat.day(previous.ratedAt, context.now.utcOffset)
        context.out(context.say(InterviewMessage.previousRating(previous.level, day: day)), .dim)
      }
      if question.kind == .target {
        context.out(context.say(InterviewMessage.levelThenDate(commands: commands)), .dim)
      }
    case .skills:
      context.out(context.say(InterviewMessage.skillsLine(commands: commands)), .dim)
    case .line, .tags, .link, .anecdotes, .generated:
      context.out(context.say(InterviewMessage.oneLine(commands: commands)), .dim)
    }
    if let previous = interview.previousAnswer, !previous.isEmpty {
      context.out(context.say(InterviewMessage.currentAnswer), .dim)
      context.out(
        previous.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + String($0) }
          .joined(separator: "\n"))
    }
    if !interview.pending.isEmpty {
      context.out(context.say(InterviewMessage.typedSoFar), .dim)
      context.out(interview.pending.map { "│ " + $0 }.joined(separator: "\n"))
    }
  }
}
