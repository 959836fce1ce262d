/// A guided question set, loaded from YAML (`prompts/README.md` documents the format).
public struct PromptSet: Sendable, Equatable {
  public var id: String
  public var version: Int
  /// What `{skill}` or `{project}` stands for.
  public var about: About
  public var title: LocalizedText
  public var description: LocalizedText?
  /// In the essay's order; `generated` ones are laid out but never asked.
  public var questions: [Question]

  public init(
    id: String, version: Int, about: About, title: LocalizedText, description: LocalizedText?, questions: [Question]
  ) {
    self.id = id
    self.version = version
    self.about = about
    self.title = title
    self.description = description
    self.questions = questions
  }

  public enum About: String, Sendable, Equatable, CaseIterable {
    case skill, project, day
  }

  public struct Question: Sendable, Equatable {
    public var id: String
    public var kind: Kind
    public var required: Bool
    /// Starts a `## ` section of the essay.
    public var heading: LocalizedText?
    /// A bold lead-in inside the current section.
    public var label: LocalizedText?
    public var question: LocalizedText
    public var hint: LocalizedText?
    /// The rubric's minimum number of words.
    public var minWords: Int?
    /// `anecdotes`: how many, the heading of an untitled one (`{n}`), and what is asked for each.
    public var min: Int
    public var max: Int
    public var item: LocalizedText?
    public var parts: [Question]
    /// `generated`: what the section lists, and from which questions (all when empty).
    public var source: Source?
    public var from: [String] = []

    public init(
      id: String, kind: Kind, required: Bool = false, heading: LocalizedText? = nil, label: LocalizedText? = nil,
      question: LocalizedText, hint: LocalizedText? = nil, minWords: Int? = nil, min: Int = 1, max: Int = 3,
      item: LocalizedText? = nil, parts: [Question] = [], source: Source? = nil
    ) {
      self.id = id
      self.kind = kind
      self.required = required
      self.heading = heading
      self.label = label
      self.question = question
      self.hint = hint
      self.minWords = minWords
      self.min = min
      self.max = max
      self.item = item
      self.parts = parts
      self.source = source
    }

    /// The heading of an untitled anecdote when the set gives no `item` (the glossary's words).
    public static let defaultItem = LocalizedText(fr: "Anecdote {n}", en: "Story {n}")

    /// Shown in the essay's body, not only in its front matter.
    public var isInBody: Bool { heading != nil || label != nil }

    /// The answer's front matter role: the description line, the tags.
    public var isDescription: Bool { kind == .line && id == "description" }

    /// A `link` with id `project` (an anecdote's project): its name is a project of the journal, found
    /// as skills are or created, and the essay links to that project's page.
    public var namesProject: Bool { kind == .link && id == "project" }
  }

  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Paragraphs, ended by a line holding only `.`.
    case text
    /// One line.
    case line
    /// One item a line, ended by `.`.
    case list
    /// A repeated group of questions.
    case anecdotes
    /// A level from 1 to 5.
    case rating
    /// Paragraphs: what supports the level.
    case evidence
    /// A level, then a date, one line each.
    case target
    /// One line of comma-separated tags.
    case tags
    /// One link a line, ended by `.`.
    case links
    /// One link.
    case link
    /// One line of comma-separated skill names.
    case skills
    /// Not asked: built from what is stored.
    case generated

    /// Answered with several lines ended by `.`.
    public var isMultiline: Bool { [.text, .list, .evidence, .links].contains(self) }

    /// Kinds whose answer can be read as prose (word counts, `:edit`).
    public var isProse: Bool { [.text, .evidence].contains(self) }
  }

  public enum Source: String, Sendable, Equatable, CaseIterable {
    case links
  }

  public func question(_ id: String) -> Question? {
    questions.first { $0.id == id }
  }

  /// The questions an interview asks, in order.
  public var asked: [Question] { questions.filter { $0.kind != .generated } }

  /// The answers that name a project, in the essay's order (anecdote by anecdote), with their keys.
  public static func projectAnswers(_ questions: [Question], _ answers: [String: String]) -> [(key: String, link: Link)]
  {
    var found: [(key: String, link: Link)] = []
    func add(_ key: String) {
      if let link = answers[key].flatMap(Link.init) { found.append((key, link)) }
    }
    for question in questions {
      if question.namesProject { add(question.id) }
      guard question.kind == .anecdotes, question.parts.contains(where: \.namesProject) else { continue }
      let count = Swift.max(question.min, Int(answers[question.id] ?? "") ?? 0)
      for number in stride(from: 1, through: count, by: 1) {
        for part in question.parts where part.namesProject { add(Interview.key(question.id, number, part.id)) }
      }
    }
    return found
  }

  /// Whether any of the questions names a project.
  public static func namesProjects(_ questions: [Question]) -> Bool {
    questions.contains { $0.namesProject || $0.parts.contains(where: \.namesProject) }
  }

  /// The set's rubric says something: `check` has work to do.
  public var hasRubric: Bool {
    questions.contains { $0.required || $0.minWords != nil || $0.parts.contains { $0.required || $0.minWords != nil } }
  }
}

/// A problem in a prompt-set file, with where it is.
public struct PromptSetError: Error, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: LocalizedText

  public init(file: String, line: Int, column: Int, message: LocalizedText) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { text(.en) }

  /// `FILE:LINE:COLUMN: message`, the message in `language`.
  public func text(_ language: Language) -> String { "\(file):\(line):\(column): \(message[language])" }
}
