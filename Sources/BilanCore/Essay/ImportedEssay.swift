import Foundation

/// An imported entry written back: its own heading lines and text, its front matter as it was while
/// the values bilan reads are unchanged, and its line endings.
public struct ImportedEssay: Sendable, Equatable {
  public var entry: Entry
  public var source: Source
  public var answers: [String: String]
  public var tags: [String]

  public init(entry: Entry, source: Source, answers: [String: String], tags: [String]) {
    self.entry = entry
    self.source = source
    self.answers = answers
    self.tags = tags
  }

  /// The values bilan reads, as they are now.
  var current: Source.Snapshot {
    .init(title: entry.title, date: entry.date, description: entry.description, tags: tags)
  }

  /// The front matter: the block as imported while nothing bilan reads has changed; else bilan's YAML,
  /// with every other key kept in its place.
  public var frontMatter: String {
    if Self.same(current, source.snapshot) { return source.frontMatter }
    var lines: [String] = []
    var written = Set<String>()
    for field in source.fields {
      written.insert(field.key)
      if let value = known(field.key, original: field.value) {
        if let value { lines.append("\(yamlKey(field.key)): \(value)") }
      } else {
        lines.append("\(yamlKey(field.key)): \(field.value.yaml)")
      }
    }
    for key in ["title", "date", "description", "tags"] where !written.contains(key) {
      if let value = known(key, original: nil), let value { lines.append("\(key): \(value)") }
    }
    return "---\n" + lines.map { $0 + "\n" }.joined() + "---\n"
  }

  /// The YAML of a key bilan reads (`.some(nil)`: leave it out), or nil for any other key.
  private func known(_ key: String, original: FieldValue?) -> String?? {
    switch key {
    case "title": return .some(FrontMatter.quoted(entry.title))
    case "description":
      return .some(entry.description.isEmpty && original == nil ? nil : FrontMatter.quoted(entry.description))
    case "tags": return .some(tags.isEmpty && original == nil ? nil : FrontMatter.render(.strings(tags)))
    case "date":
      // An unchanged date is written as it was, even one bilan could not read.
      if Self.same(entry.date, source.snapshot.date), let original { return .some(original.yaml) }
      guard let date = entry.date else { return .some(nil) }
      return .some(FrontMatter.rfc3339(date, utcOffset: entry.utcOffset))
    default: return nil
    }
  }

  /// The journal keeps dates to the millisecond, and two stores of one date may round differently.
  static func same(_ a: Date?, _ b: Date?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): abs(a.timeIntervalSince(b)) < 0.002
    default: false
    }
  }

  static func same(_ a: Source.Snapshot, _ b: Source.Snapshot) -> Bool {
    a.title == b.title && a.description == b.description && a.tags == b.tags && same(a.date, b.date)
  }

  private func yamlKey(_ key: String) -> String {
    key.range(of: #"^[A-Za-z_][A-Za-z0-9_-]*$"#, options: .regularExpression) != nil ? key : FrontMatter.quoted(key)
  }

  /// The sections as stored: each heading line with the text under it.
  public var sections: [MarkdownDocument.Section] {
    source.layout.sections.map { .init(heading: $0.heading, text: answers[$0.key] ?? "") }
  }

  /// The text under the front matter: the lines before the first heading, then each section.
  public var body: String {
    (source.layout.intro ? answers[Source.introKey] ?? "" : "") + sections.map { $0.heading + "\n" + $0.text }.joined()
  }

  public var markdown: String {
    let document = MarkdownDocument(
      format: source.format, frontMatter: source.frontMatter, fields: source.fields,
      intro: source.layout.intro ? (answers[Source.introKey] ?? "") : nil, sections: sections,
      lineEnding: source.lineEnding, unterminated: source.unterminated)
    let text = document.assembled(frontMatter: frontMatter)
    return source.lineEnding == .crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
  }

  public var slug: String { Slug.make(entry.title) }
}

extension ImportedEssay {
  /// What a reader of `set` finds in the page, question by question. A simple set's sections are its
  /// answers already; another set's whole sections (`heading.<id>`) are read as its layout reads an
  /// essay, with labels and anecdotes as people write them by hand.
  public func structuredAnswers(set: PromptSet, subject: Subject) -> [String: String] {
    guard source.layout.sections.contains(where: { $0.key.hasPrefix(Source.sectionPrefix) }) else { return answers }
    var layout = EssayLayout(set: set, language: entry.lang, subject: subject)
    layout.tolerant = true
    let sections = source.layout.sections.compactMap { part -> (questionID: String, text: String)? in
      guard part.key.hasPrefix(Source.sectionPrefix) else { return nil }
      return (String(part.key.dropFirst(Source.sectionPrefix.count)), answers[part.key] ?? "")
    }
    return layout.read(sections: sections)
  }

  /// The level the page gives: its front matter's `level`, else what its rating question's text says
  /// (`3/5 — Autonome`).
  public func declaredLevel(set: PromptSet, answers: [String: String]) -> Int? {
    if let value = source.fields.first(where: { $0.key == "level" })?.value,
      let level = Self.level(in: value.text ?? "")
    {
      return level
    }
    guard let rating = set.questions.first(where: { $0.kind == .rating }) else { return nil }
    // Said where the set says it, or anywhere in that section (`Je me situe à 3/5.`).
    return answers[rating.id].flatMap(Self.level(in:))
      ?? section(holding: rating, of: set).flatMap(Self.level(in:))
  }

  /// The whole text of the section a question belongs to, as the page wrote it.
  func section(holding question: PromptSet.Question, of set: PromptSet) -> String? {
    var heading: String?
    for candidate in set.questions {
      if candidate.heading != nil { heading = candidate.id }
      if candidate.id == question.id { break }
    }
    return heading.flatMap { self.answers[Source.sectionPrefix + $0] }
  }

  /// The target the page gives: front matter `target` and `target_by`, else its target question's text
  /// (`niveau 4/5 (Maîtrisé) d'ici 2027-06`).
  public func declaredTarget(set: PromptSet, answers: [String: String]) -> Essay.Goal? {
    let fields = source.fields
    if let level = fields.first(where: { $0.key == "target" })?.value.text.flatMap(Self.level(in:)),
      let due = fields.first(where: { $0.key == "target_by" })?.value.text.flatMap(Self.due(in:))
    {
      return Essay.Goal(level: level, due: due)
    }
    guard let text = set.questions.first(where: { $0.kind == .target }).flatMap({ answers[$0.id] }),
      let level = Self.level(in: text), let due = Self.due(in: text)
    else { return nil }
    return Essay.Goal(level: level, due: due)
  }

  /// `3`, `3/5`, `niveau 3 / 5`: the first level of the scale written so.
  static func level(in text: String) -> Int? {
    if let level = RatingScale.parse(text) { return level }
    guard let match = text.firstMatch(of: /([1-5])\s*\/\s*5/) else { return nil }
    return Int(match.1)
  }

  /// The first date a target can have (`2027`, `2027-06`, `2027-06-30`) in the text.
  static func due(in text: String) -> String? {
    text.matches(of: /\b\d{4}(?:-\d{2}){0,2}\b/).lazy.compactMap { TargetDate.parse(String($0.output)) }.first
  }
}
