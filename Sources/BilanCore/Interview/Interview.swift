/// A guided interview as a pure state machine: lines in, reactions out. It never reads, writes or prints;
/// the shell shows its questions and the journal stores its progress, so it is tested without either.
///
/// The answer protocol:
/// - a `text` answer takes lines until a line holding only `.`; a line holding only `..` stands for `.`;
/// - other kinds take one line;
/// - `:back`, `:skip`, `:hint`, `:edit`, `:quit` are commands only as the first line of an answer.
public struct Interview: Sendable, Equatable {
  public let questions: [PromptSet.Question]
  /// The question being answered; `questions.count` once every question is answered.
  public private(set) var step: Int
  /// Committed answers by question id. A skipped question has none.
  public private(set) var answers: [String: String]
  /// Lines typed so far for the current text answer.
  public private(set) var pending: [String]

  public init(
    questions: [PromptSet.Question], step: Int = 0, answers: [String: String] = [:], pending: [String] = []
  ) {
    self.questions = questions
    self.step = min(max(step, 0), questions.count)
    self.answers = answers
    self.pending = pending
  }

  public var isFinished: Bool { step >= questions.count }
  public var current: PromptSet.Question? { isFinished ? nil : questions[step] }

  public enum Reaction: Sendable, Equatable {
    /// A line was added to the current text answer.
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
    case alreadyFirst
    case editOnlyText
  }

  /// Feeds one typed line. `literal` lines (the inner lines of a pasted block) are always content.
  public mutating func receive(_ line: String, literal: Bool = false) -> Reaction {
    guard let question = current else { return .moved }
    if pending.isEmpty, !literal, let command = Command(rawValue: line.trimmingTrailingSpaces) {
      return run(command)
    }
    switch question.kind {
    case .text:
      if !literal, line == "." { return commitPending() }
      pending.append(!literal && line == ".." ? "." : line)
      return .kept
    case .rating:
      let typed = line.trimmingTrailingSpaces
      if typed.isEmpty, hasAnswer { return advance() }
      guard let level = RatingScale.parse(typed) else { return .refused(.notALevel(typed)) }
      return commit(String(level))
    case .line, .tags:
      let typed = line.trimmingTrailingSpaces
      if typed.isEmpty, hasAnswer { return advance() }
      return commit(typed)
    }
  }

  /// The text an editor returned for the current question becomes its answer; an empty text keeps
  /// the answer it had.
  public mutating func commitEdited(_ text: String) -> Reaction {
    pending = []
    if text.isEmpty, hasAnswer { return advance() }
    return commit(text)
  }

  /// The text to hand an editor on `:edit`: the lines typed so far, else the answer given before.
  public var textToEdit: String {
    pending.isEmpty ? (previousAnswer ?? "") : pending.joined(separator: "\n")
  }

  /// A question answered before (reached again with `:back` or on `resume`): an empty reply keeps it.
  private var hasAnswer: Bool { current.map { answers[$0.id] != nil } ?? false }

  /// The answer the current question had before, to show when it is asked again.
  public var previousAnswer: String? { current.flatMap { answers[$0.id] } }

  private enum Command: String {
    case back = ":back", skip = ":skip", hint = ":hint", edit = ":edit", quit = ":quit"
  }

  private mutating func run(_ command: Command) -> Reaction {
    switch command {
    case .back:
      guard step > 0 else { return .refused(.alreadyFirst) }
      step -= 1
      return .moved
    case .skip:
      answers[questions[step].id] = nil
      return advance()
    case .hint: return .hint
    case .edit:
      return questions[step].kind == .text ? .edit : .refused(.editOnlyText)
    case .quit: return .quit
    }
  }

  private mutating func commitPending() -> Reaction {
    if pending.isEmpty, hasAnswer { return advance() }
    let text = pending.joined(separator: "\n")
    pending = []
    return commit(text)
  }

  private mutating func commit(_ text: String) -> Reaction {
    answers[questions[step].id] = text
    return advance()
  }

  private mutating func advance() -> Reaction {
    pending = []
    step += 1
    return .moved
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
    return String(s)
  }
}
