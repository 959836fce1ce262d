import Foundation

/// An entry as a publishable essay: front matter, then the sections its question set lays out.
public struct Essay: Sendable, Equatable {
  public var title: String
  public var date: Date?
  public var utcOffset: Int
  public var description: String
  public var tags: [String]
  public var draft: Bool
  public var level: Int?
  public var target: Goal?
  /// The other skills the entry is tied to (a daily reflection's, a project's): front matter `skills`.
  public var skills: [String] = []
  public var sections: [Section]

  /// A target level and when it is due.
  public struct Goal: Sendable, Equatable {
    public var level: Int
    public var due: String
    public init(level: Int, due: String) {
      self.level = level
      self.due = due
    }
  }

  public struct Section: Sendable, Equatable {
    public var questionID: String
    /// Empty for what comes before the first heading.
    public var heading: String
    /// The section's Markdown, without its heading.
    public var text: String
  }

  /// Builds the essay of an interview entry, laid out by its set in the entry's language. Answers are
  /// kept exactly as typed; a section with nothing in it is left out. `projectLinks`: the address of
  /// each named project's page, by its folded name (`EssayLayout.projectLinks`).
  public init(
    entry: Entry, subject: Subject, set: PromptSet, answers: [String: String], tags: [String], level: Int?,
    target: Goal? = nil, projectLinks: [String: String] = [:]
  ) {
    title = entry.title
    date = entry.isDraft ? nil : entry.date
    utcOffset = entry.utcOffset
    description = entry.description
    self.tags = tags
    draft = entry.isDraft
    self.level = level
    self.target = target
    var layout = EssayLayout(set: set, language: entry.lang, subject: subject)
    layout.projectLinks = projectLinks
    sections = layout.sections(answers: answers, level: level, target: target)
  }

  public var frontMatter: [(key: String, value: FrontMatter.Value)] {
    var fields: [(key: String, value: FrontMatter.Value)] = [("title", .string(title))]
    if let date { fields.append(("date", .date(date, utcOffset: utcOffset))) }
    fields.append(("description", .string(description)))
    fields.append(("tags", .strings(tags)))
    fields.append(("draft", .bool(draft)))
    if let level { fields.append(("level", .int(level))) }
    if let target {
      fields.append(("target", .int(target.level)))
      fields.append(("target_by", .string(target.due)))
    }
    if !skills.isEmpty { fields.append(("skills", .strings(skills))) }
    return fields
  }

  /// The Markdown file: front matter, then `## heading`, a blank line and the section's text, sections
  /// separated by a blank line.
  public var markdown: String { FrontMatter.yaml(frontMatter) + body }

  /// The sections: `## heading`, a blank line and the text, separated by a blank line.
  public var body: String {
    sections.map { $0.heading.isEmpty ? "\($0.text)\n" : "## \($0.heading)\n\n\($0.text)\n" }
      .joined(separator: "\n")
  }

  public var slug: String { Slug.make(title) }
}

/// Reads back an essay that `edit` handed to an editor: front matter values and the answers laid out by
/// the entry's set (`EssayLayout`). A `## ` line that is not one of the set's headings stays inside the answer.
public struct EditedEssay: Sendable, Equatable {
  public var title: String
  public var description: String
  public var tags: [String]
  public var level: Int?
  public var target: Essay.Goal?
  public var answers: [String: String]

  public struct Problem: Error, Equatable {
    public var line: Int
    public var message: LocalizedText
  }

  public init(
    markdown: String, set: PromptSet, language: Language, subject: Subject, projectLinks: [String: String] = [:]
  ) throws {
    var lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else {
      throw Problem(
        line: 1,
        message: LocalizedText(
          fr: "le fichier doit commencer par un en-tête entre deux lignes « --- »",
          en: "the file must start with front matter between two '---' lines"))
    }
    let fields = try FrontMatterReader.read(Array(lines[1..<close]), firstLine: 2)
    title = fields.string("title") ?? ""
    if title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw Problem(
        line: 2, message: LocalizedText(fr: "« title » ne doit pas être vide", en: "'title' must not be empty"))
    }
    description = fields.string("description") ?? ""
    tags = fields.strings("tags") ?? []
    func level(_ key: String) throws -> Int? {
      guard let value = fields.values[key], !(value is NSNull) else { return nil }
      guard let level = RatingScale.parse("\(value)") else {
        throw Problem(
          line: fields.lines[key] ?? 2,
          message: LocalizedText(
            fr: "« \(key) » doit être un nombre entier de 1 à 5", en: "'\(key)' must be a whole number from 1 to 5"))
      }
      return level
    }
    self.level = try level("level")
    if let targetLevel = try level("target") {
      let typed = fields.string("target_by") ?? ""
      guard let due = TargetDate.parse(typed) else {
        throw Problem(
          line: fields.lines["target_by"] ?? fields.lines["target"] ?? 2,
          message: LocalizedText(
            fr: "« target_by » doit être une date comme 2027-06 ou 2027-06-30",
            en: "'target_by' must be a date such as 2027-06 or 2027-06-30"))
      }
      target = Essay.Goal(level: targetLevel, due: due)
    }
    var layout = EssayLayout(set: set, language: language, subject: subject)
    layout.projectLinks = projectLinks
    let body = Array(lines[(close + 1)...])
    answers = layout.read(body: body)
    if let index = layout.firstUnplacedLine(
      body: body, answers: answers(for: set), level: self.level, target: self.target)
    {
      throw Problem(
        line: close + 2 + index,
        message:
          LocalizedText(
            fr:
              "cette ligne n'entre dans aucune section ni réponse du jeu « \(set.id) » (un titre ou un libellé en gras renommé ou retiré ?) et serait perdue ; gardez les titres et les libellés tels quels",
            en:
              "this line fits no section or answer of the set '\(set.id)' (a heading or a bold label renamed or removed?) and would be lost; keep the headings and labels as they are"
          )
      )
    }
  }

  /// The answers to store: the body's, with the front matter's description, tags, level and target put
  /// back under their questions.
  public func answers(for set: PromptSet) -> [String: String] {
    var answers = self.answers
    for question in set.asked {
      switch question.kind {
      case .line where question.isDescription: answers[question.id] = description.isEmpty ? nil : description
      case .tags: answers[question.id] = tags.isEmpty ? nil : tags.joined(separator: ", ")
      case .rating: answers[question.id] = level.map(String.init)
      case .target: answers[question.id] = target.map { "\($0.level)\n\($0.due)" }
      default: break
      }
    }
    return answers
  }
}
