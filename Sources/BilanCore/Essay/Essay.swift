import Foundation

/// An entry as a publishable essay: front matter and `## ` sections, in the model essay's shape.
public struct Essay: Sendable, Equatable {
  public var title: String
  public var date: Date?
  public var utcOffset: Int
  public var description: String
  public var tags: [String]
  public var draft: Bool
  public var level: Int?
  public var sections: [Section]

  public struct Section: Sendable, Equatable {
    public var questionID: String
    public var heading: String
    public var text: String
  }

  /// Builds the essay of an interview entry: one section per answered question that has a heading,
  /// headings in the entry's language, answers exactly as typed.
  public init(
    entry: Entry, skillName: String, set: PromptSet, answers: [String: String], tags: [String], level: Int?
  ) {
    title = entry.title
    date = entry.isDraft ? nil : entry.date
    utcOffset = entry.utcOffset
    description = entry.description
    self.tags = tags
    draft = entry.isDraft
    self.level = level
    sections = set.questions.compactMap { question in
      guard let template = question.heading?[entry.lang], let text = answers[question.id], !text.isEmpty
      else { return nil }
      return Section(
        questionID: question.id, heading: Headings.fill(template, skill: skillName, language: entry.lang),
        text: text)
    }
  }

  public var frontMatter: [(key: String, value: FrontMatter.Value)] {
    var fields: [(key: String, value: FrontMatter.Value)] = [("title", .string(title))]
    if let date { fields.append(("date", .date(date, utcOffset: utcOffset))) }
    fields.append(("description", .string(description)))
    fields.append(("tags", .strings(tags)))
    fields.append(("draft", .bool(draft)))
    if let level { fields.append(("level", .int(level))) }
    return fields
  }

  /// The Markdown file: front matter, then `## heading`, a blank line and the answer, sections
  /// separated by a blank line.
  public var markdown: String {
    FrontMatter.yaml(frontMatter)
      + sections.map { "## \($0.heading)\n\n\($0.text)\n" }.joined(separator: "\n")
  }

  public var slug: String { Slug.make(title) }
}

/// Reads back an essay that `edit` handed to an editor: front matter values and the sections whose
/// headings are those of the entry's prompt set. Any other `## ` line stays inside the answer.
public struct EditedEssay: Sendable, Equatable {
  public var title: String
  public var description: String
  public var tags: [String]
  public var level: Int?
  public var answers: [String: String]

  public struct Problem: Error, Equatable {
    public var line: Int
    public var message: String
  }

  public init(markdown: String, headings: [String: String]) throws {
    var lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else {
      throw Problem(line: 1, message: "the file must start with front matter between two '---' lines")
    }
    let fields = try FrontMatterReader.read(Array(lines[1..<close]), firstLine: 2)
    title = fields.string("title") ?? ""
    if title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw Problem(line: 2, message: "'title' must not be empty")
    }
    description = fields.string("description") ?? ""
    tags = fields.strings("tags") ?? []
    if let value = fields.values["level"], !(value is NSNull) {
      guard let level = RatingScale.parse("\(value)") else {
        throw Problem(line: fields.lines["level"] ?? 2, message: "'level' must be a whole number from 1 to 5")
      }
      self.level = level
    }

    let byHeading = Dictionary(headings.map { ("## " + $0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
    var answers: [String: String] = [:]
    var currentID: String?
    var body: [String] = []
    func flush() {
      guard let id = currentID else { return }
      var text = body
      if text.first == "" { text.removeFirst() }
      answers[id] = text.joined(separator: "\n")
    }
    for line in lines[(close + 1)...] {
      if let id = byHeading[line] {
        if currentID != nil, body.last == "" { body.removeLast() }
        flush()
        currentID = id
        body = []
      } else if currentID != nil {
        body.append(line)
      }
    }
    flush()
    self.answers = answers.filter { !$0.value.isEmpty }
  }
}
