/// A guided interview as a pure state machine: lines in, reactions out. It never reads, writes or prints;
/// the shell shows its questions and the journal stores its progress, so it is tested without either.
///
/// The answer protocol (`prompts/README.md`):
/// - `text`, `evidence`, `list` and `links` answers take lines until a line holding only `.`;
///   a line holding only `..` stands for `.`;
/// - `target` takes a level, then a date; other kinds take one line;
/// - an `anecdotes` question asks its questions for each anecdote and, past its minimum, `Another? [y/N]`;
/// - `:back`, `:skip`, `:hint`, `:edit`, `:quit` are commands only as the first line of an answer.
public struct Interview: Sendable, Equatable {
  /// The set's asked questions, in order.
  public let questions: [PromptSet.Question]
  /// The slot being answered; `slots.count` once every question is answered.
  public private(set) var step: Int
  /// Committed answers by key (`Slot.key`). A skipped question has none. An `anecdotes` question's own
  /// id holds how many anecdotes were started.
  public private(set) var answers: [String: String]
  /// Lines typed so far for the current answer.
  public private(set) var pending: [String]
  /// Today as `YYYY-MM-DD`, when known: a target must not be due before it.
  public var today: String?
  /// The skill's level before this interview: a jump of two or more asks for evidence.
  public var previousLevel: Int?

  public init(
    questions: [PromptSet.Question], step: Int = 0, answers: [String: String] = [:], pending: [String] = [],
    today: String? = nil, previousLevel: Int? = nil
  ) {
    self.today = today
    self.previousLevel = previousLevel
    self.questions = questions.filter { $0.kind != .generated }
    self.answers = answers
    self.pending = pending
    self.step = 0
    self.step = min(max(step, 0), slots.count)
  }

  /// One thing to ask: a question, an anecdote's question, or whether to add another anecdote.
  public struct Slot: Sendable, Equatable {
    /// Where the answer is stored: the question's id, or `proofs.2.result` for an anecdote's question.
    public var key: String
    /// The question asked (for `asksForAnother`, the anecdotes question itself).
    public var question: PromptSet.Question
    /// The anecdote's number (from 1) and its question, inside an anecdotes question.
    public var anecdote: Int?
    public var parent: PromptSet.Question?
    public var asksForAnother: Bool = false
  }

  /// What is asked, in order. It grows when the user adds an anecdote.
  public var slots: [Slot] {
    var slots: [Slot] = []
    for (index, question) in questions.enumerated() {
      guard question.kind == .anecdotes else {
        slots.append(Slot(key: question.id, question: question))
        // The honesty rule: a level that calls for evidence gets one more line, unless the set asks
        // for evidence right after.
        if question.kind == .rating, let level = answers[question.id].flatMap(RatingScale.parse),
          Honesty.needsEvidence(level: level, previous: previousLevel),
          index + 1 >= questions.count || questions[index + 1].kind != .evidence
        {
          slots.append(Slot(key: Self.ratingEvidenceKey, question: Self.ratingEvidence))
        }
        continue
      }
      let count = anecdoteCount(question)
      for number in stride(from: 1, through: count, by: 1) {
        for part in question.parts {
          slots.append(
            Slot(key: Self.key(question.id, number, part.id), question: part, anecdote: number, parent: question))
        }
      }
      if count < question.max {
        slots.append(Slot(key: question.id, question: question, anecdote: count + 1, asksForAnother: true))
      }
    }
    return slots
  }

  /// Where the evidence the honesty rule asks for is stored.
  public static let ratingEvidenceKey = "rating_evidence"

  /// The question of that evidence: one line, which cannot be left empty.
  public static let ratingEvidence = PromptSet.Question(
    id: ratingEvidenceKey, kind: .line, required: true,
    question: LocalizedText(
      fr: "Quelle preuve soutient ce niveau ? (un projet, un résultat, un numéro d'entrée, une adresse)",
      en: "Which evidence supports this level? (a project, a result, an entry id, an address)"),
    hint: LocalizedText(
      fr:
        "On se surévalue et on se sous-évalue : un niveau de 4 ou 5, ou un saut de deux niveaux, se justifie par un fait.",
      en: "People over- and under-rate themselves: a level of 4 or 5, or a jump of two levels, rests on a fact."))

  public static func key(_ questionID: String, _ number: Int, _ partID: String) -> String {
    "\(questionID).\(number).\(partID)"
  }

  /// Anecdotes started: at least the minimum.
  public func anecdoteCount(_ question: PromptSet.Question) -> Int {
    Swift.max(question.min, Int(answers[question.id] ?? "") ?? 0)
  }

  public var isFinished: Bool { step >= slots.count }

  /// The number (from 1) of the set's question being answered: an anecdote's questions and the
  /// evidence a rating calls for count as their question's. It does not move when anecdotes are added.
  public var questionNumber: Int {
    guard let slot = currentSlot else { return questions.count }
    let id =
      slot.key == Self.ratingEvidenceKey
      ? questions.first { $0.kind == .rating }?.id : (slot.parent ?? slot.question).id
    return (questions.firstIndex { $0.id == id } ?? 0) + 1
  }
  public var currentSlot: Slot? {
    let slots = slots
    return step < slots.count ? slots[step] : nil
  }
  public var current: PromptSet.Question? { currentSlot?.question }

  public enum Reaction: Sendable, Equatable {
    /// A line was added to the current answer.
    case kept
    /// The current question was answered, skipped or left: ask `step` next (or finish).
    case moved
    /// Show the current question's hint; nothing changes.
    case hint
    /// Open an editor on the answer so far; hand the result to `commitEdited`.
    case edit
    /// The line is not an acceptable answer; the question stands.
    case refused(Refusal)
    /// The user stopped: the draft is kept as it is.
    case quit
  }

  public enum Refusal: Sendable, Equatable {
    case notALevel(String)
    case notADate(String)
    case dateInPast(String)
    case notYesOrNo(String)
    case evidenceNeeded
    case alreadyFirst
    case editOnlyText
  }

  /// Feeds one typed line. `literal` lines (the inner lines of a pasted block) are always content.
  public mutating func receive(_ line: String, literal: Bool = false) -> Reaction {
    guard let slot = currentSlot else { return .moved }
    let typed = line.trimmingTrailingSpaces
    let awaitsDate = slot.question.kind == .target && pending.count == 1
    if pending.isEmpty || awaitsDate, !literal, let command = Command(rawValue: typed) {
      return run(command, slot)
    }
    if slot.asksForAnother { return another(typed, slot) }
    if slot.key == Self.ratingEvidenceKey {
      let value = typed.trimmingCharacters(in: .whitespaces)
      guard !value.isEmpty, value != "." else {
        return answers[slot.key] != nil ? advance() : .refused(.evidenceNeeded)
      }
      return commit(value, slot)
    }
    switch slot.question.kind {
    case .text, .evidence, .list, .links:
      if !literal, line == "." { return commitPending(slot) }
      let text = !literal && line == ".." ? "." : line
      if slot.question.kind == .text || slot.question.kind == .evidence {
        pending.append(text)
      } else if let item = Self.listItem(text) {
        pending.append(item)
      }
      return .kept
    case .rating:
      if typed.isEmpty, hasAnswer(slot) { return advance() }
      guard let level = RatingScale.parse(typed) else { return .refused(.notALevel(typed)) }
      return commit(String(level), slot)
    case .target:
      if pending.isEmpty {
        if typed.isEmpty, hasAnswer(slot) { return advance() }
        guard let level = RatingScale.parse(typed) else { return .refused(.notALevel(typed)) }
        pending = [String(level)]
        return .kept
      }
      guard let due = TargetDate.parse(typed) else { return .refused(.notADate(typed)) }
      if let today, due < today.prefix(due.count) { return .refused(.dateInPast(due)) }
      return commit("\(pending[0])\n\(due)", slot)
    case .line, .tags, .link, .skills, .anecdotes, .generated:
      // A lone `.` ends a one-line answer as it ends a text: nothing typed. `..` stands for `.`.
      let value = literal ? typed : typed.trimmingCharacters(in: .whitespaces) == "." ? "" : typed == ".." ? "." : typed
      if value.trimmingCharacters(in: .whitespaces).isEmpty {
        // An empty line keeps the answer given before, or leaves the question unanswered.
        return advance()
      }
      return commit(value.trimmingCharacters(in: .whitespaces), slot)
    }
  }

  /// A list item as typed: a leading `- ` or `* ` is the user's bullet, not the item; blank lines are none.
  static func listItem(_ line: String) -> String? {
    var item = line.trimmingCharacters(in: .whitespaces)
    if item.hasPrefix("- ") || item.hasPrefix("* ") {
      item = String(item.dropFirst(2)).trimmingCharacters(in: .whitespaces)
    }
    return item.isEmpty ? nil : item
  }

  private mutating func another(_ typed: String, _ slot: Slot) -> Reaction {
    switch typed.lowercased().trimmingCharacters(in: .whitespaces) {
    case "y", "yes", "o", "oui":
      // The slot becomes the new anecdote's first question: the step stays where it is.
      answers[slot.question.id] = String(anecdoteCount(slot.question) + 1)
      return .moved
    case "", "n", "no", "non":
      return advance()
    default:
      return .refused(.notYesOrNo(typed))
    }
  }

  /// The text an editor returned for the current question becomes its answer; an empty text keeps
  /// the answer it had, or leaves the question unanswered as a lone `.` does (it was stored as an empty
  /// answer, which the essay leaves out: `Fuzz/FuzzAnswers.swift` found it).
  public mutating func commitEdited(_ text: String) -> Reaction {
    guard let slot = currentSlot else { return .moved }
    pending = []
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return advance() }
    if slot.question.kind == .list || slot.question.kind == .links {
      let items = text.components(separatedBy: "\n").compactMap(Self.listItem)
      return items.isEmpty ? advance() : commit(items.joined(separator: "\n"), slot)
    }
    return commit(text, slot)
  }

  /// The text to hand an editor on `:edit`: the lines typed so far, else the answer given before.
  public var textToEdit: String {
    pending.isEmpty ? (previousAnswer ?? "") : pending.joined(separator: "\n")
  }

  private func hasAnswer(_ slot: Slot) -> Bool { answers[slot.key] != nil }

  /// The answer the current question had before, to show when it is asked again.
  public var previousAnswer: String? {
    guard let slot = currentSlot, !slot.asksForAnother else { return nil }
    return answers[slot.key]
  }

  private enum Command: String {
    case back = ":back", skip = ":skip", hint = ":hint", edit = ":edit", quit = ":quit"
  }

  private mutating func run(_ command: Command, _ slot: Slot) -> Reaction {
    switch command {
    case .back:
      if !pending.isEmpty {
        pending = []  // the date of a target: back to its level
        return .moved
      }
      // Back from the first question of an anecdote just added and still empty: the "yes" is undone.
      if let parent = slot.parent, let number = slot.anecdote, number > parent.min,
        slot.question.id == parent.parts.first?.id,
        !parent.parts.contains(where: { answers[Self.key(parent.id, number, $0.id)] != nil })
      {
        answers[parent.id] = number - 1 > parent.min ? String(number - 1) : nil
        return .moved  // the step now holds "Another?" again
      }
      guard step > 0 else { return .refused(.alreadyFirst) }
      step -= 1
      return .moved
    case .skip:
      if slot.asksForAnother { return advance() }
      if slot.key == Self.ratingEvidenceKey { return .refused(.evidenceNeeded) }
      answers[slot.key] = nil
      return advance()
    case .hint: return .hint
    case .edit:
      return slot.question.kind.isMultiline && !slot.asksForAnother ? .edit : .refused(.editOnlyText)
    case .quit: return .quit
    }
  }

  private mutating func commitPending(_ slot: Slot) -> Reaction {
    if pending.isEmpty, hasAnswer(slot) { return advance() }
    let text = pending.joined(separator: "\n")
    pending = []
    // Lines with nothing visible (blank, spaces, a stray CR from a Windows paste) are no answer: the
    // essay could not show them and `edit` would read them back as none (`Fuzz/FuzzAnswers.swift`).
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      answers[slot.key] = nil
      return advance()
    }
    return commit(text, slot)
  }

  private mutating func commit(_ text: String, _ slot: Slot) -> Reaction {
    answers[slot.key] = text
    return advance()
  }

  private mutating func advance() -> Reaction {
    pending = []
    step += 1
    return .moved
  }
}

/// When a target is due: a year, a month or a day, written as ISO 8601 does (`2027`, `2027-06`, `2027-06-30`).
public enum TargetDate {
  public static func parse(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }), parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count, (1900...9999).contains(numbers[0]) else { return nil }
    if numbers.count > 1, !(1...12).contains(numbers[1]) { return nil }
    if numbers.count > 2 {
      let days = [
        31, numbers[0] % 4 == 0 && (numbers[0] % 100 != 0 || numbers[0] % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31,
        30, 31, 30, 31,
      ]
      guard (1...days[numbers[1] - 1]).contains(numbers[2]) else { return nil }
    }
    return trimmed
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
    return String(s)
  }
}
