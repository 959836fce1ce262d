import Foundation
import GRDB

/// What importing one file did.
public enum ImportOutcome: Sendable, Equatable {
  case imported(Int64)
  case updated(Int64)
  case unchanged(Int64)
}

/// A Markdown file as an entry: its values, its answers and where it came from.
public struct ImportPlan: Sendable {
  public var document: MarkdownDocument
  public var path: String
  public var hash: String
  public var title: String
  public var date: (Date, Int)?
  public var description: String
  public var tags: [String]
  /// The set whose headings the file's headings are, in which language, and the skill named by the title.
  public var match: (set: PromptSet, language: Language, keys: [String])?
  /// Images the page uses, stored with it.
  public var assets: [(String, Data)] = []

  /// Reads what bilan needs from a parsed file. `sets` are the question sets to recognise.
  public init(document: MarkdownDocument, path: String, hash: String, sets: [PromptSet], localOffset: Int) {
    self.document = document
    self.path = path
    self.hash = hash
    let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    title = document.field("title")?.text ?? document.sections.first?.title ?? fileName
    if title.trimmingCharacters(in: .whitespaces).isEmpty { title = fileName }
    date = document.field("date")?.text.flatMap { ImportPlan.parseDate($0, localOffset: localOffset) }
    description = document.field("description")?.text ?? ""
    // A list keeps its items whole (a tag may hold a comma); one string is split at its commas.
    if case .array(let items)? = document.field("tags") {
      tags = Tags.clean(items.compactMap(\.text))
    } else {
      tags = Tags.parse(document.field("tags")?.text ?? "")
    }
    match = ImportPlan.match(document, title: title, sets: sets)
  }

  /// RFC 3339 (with or without seconds, fractions, offset), Jekyll's `2024-01-05 10:00:00 +0200`, or a
  /// day alone (midnight, local time). A time without an offset is local.
  public static func parseDate(_ text: String, localOffset: Int) -> (Date, Int)? {
    let value = text.trimmingCharacters(in: .whitespaces)
    var offset: Int?
    if value.hasSuffix("Z") {
      offset = 0
    } else if let match = value.range(of: #"[+-]\d{2}:?\d{2}$"#, options: .regularExpression),
      value.distance(from: value.startIndex, to: match.lowerBound) > 10
    {
      let sign = value[match.lowerBound] == "-" ? -1 : 1
      let digits = value[match].dropFirst().replacingOccurrences(of: ":", with: "")
      if let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) {
        offset = sign * (hours * 3600 + minutes * 60)
      }
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.isLenient = false
    formatter.timeZone = TimeZone(secondsFromGMT: offset ?? localOffset)
    let zoned = [
      "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXXXX",
      "yyyy-MM-dd'T'HH:mmXXXXX", "yyyy-MM-dd HH:mm:ss XX", "yyyy-MM-dd HH:mm:ss XXXXX", "yyyy-MM-dd HH:mm:ssXX",
      "yyyy-MM-dd HH:mm:ss.SSS XX", "yyyy-MM-dd HH:mm XX", "yyyy-MM-dd HH:mm:ssXXXXX",
    ]
    let local = [
      "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss",
      "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ]
    for format in offset == nil ? local : zoned {
      formatter.dateFormat = format
      if let date = formatter.date(from: value) { return (date, offset ?? localOffset) }
    }
    return nil
  }

  /// The images a page uses that are files of the site (`![x](img.png)`, `<img src="/images/a.png">`):
  /// found next to the page or in the site's `static/` folder. Missing ones are named with their line.
  public static func images(in text: String, file: String) -> (found: [(String, Data)], missing: [(Int, String)]) {
    var found: [(String, Data)] = []
    var missing: [(Int, String)] = []
    let folder = (file as NSString).deletingLastPathComponent
    let siteRoot = file.range(of: "/content/").map { String(file[..<$0.lowerBound]) }
    for (index, line) in text.components(separatedBy: "\n").enumerated() {
      var refs: [String] = []
      for match in line.matches(of: /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/) { refs.append(String(match.1)) }
      for match in line.matches(of: /<img[^>]*\ssrc="([^"]+)"/) { refs.append(String(match.1)) }
      for ref in refs where !ref.contains("://") && !ref.hasPrefix("data:") && !found.contains(where: { $0.0 == ref }) {
        let path =
          ref.hasPrefix("/") ? siteRoot.map { $0 + "/static" + ref } : folder + "/" + ref
        if let path, let data = FileManager.default.contents(atPath: path) {
          found.append((ref, data))
        } else {
          missing.append((index + 1, ref))
        }
      }
    }
    return (found, missing)
  }

  /// The set whose headings are exactly the file's section headings (case and accents aside), in
  /// French or English, when each of its sections is one text question.
  static func match(_ document: MarkdownDocument, title: String, sets: [PromptSet]) -> (PromptSet, Language, [String])?
  {
    guard !document.sections.isEmpty else { return nil }
    let headings = document.sections.map { Skill.key(for: $0.title) }
    for set in sets where set.about == .skill {
      let simple = set.questions.filter { $0.heading != nil }
      guard simple.allSatisfy({ $0.kind == .text && $0.label == nil }) else { continue }
      for language in Language.allCases {
        let item = SkillCatalogue.shipped.first {
          Skill.key(for: $0.name.fr) == Skill.key(for: title) || Skill.key(for: $0.name.en) == Skill.key(for: title)
        }
        let subject = Subject(skill: title, gender: item?.gender, isProperName: item?.isProperName ?? false)
        var byHeading: [String: String] = [:]
        for question in simple {
          byHeading[Skill.key(for: Headings.fill(question.heading![language], subject: subject, language: language))] =
            question.id
        }
        let keys = headings.compactMap { byHeading[$0] }
        if keys.count == headings.count, Set(keys).count == keys.count { return (set, language, keys) }
      }
    }
    return nil
  }
}

extension Journal {
  /// The entry imported from `path`, if any.
  public func source(path: String) throws -> Source? {
    try read { db in try Source.filter(Column("path") == path).fetchOne(db) }
  }

  /// The images stored with an imported page, by the reference its text uses.
  public func assets(of entryID: Int64) throws -> [(String, Data)] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT ref, data FROM asset WHERE entryId = ? ORDER BY ref", arguments: [entryID])
        .map { ($0["ref"] as String, $0["data"] as Data) }
    }
  }

  public func source(of entryID: Int64) throws -> Source? {
    try read { db in
      guard var source = try Source.fetchOne(db, key: entryID) else { return nil }
      if source.isLean, let entry = try Entry.fetchOne(db, key: entryID) {
        source.fill(from: entry, tags: try Journal.tags(db, of: entryID))
      }
      return source
    }
  }

  /// Stores a parsed file as an entry in one transaction: a new entry, an update of the entry the same
  /// file made before, or nothing when the file has not changed.
  /// `into` names the entry to update whatever its path (`edit` of an entry imported from jrnl).
  /// `asProject`: the file is a project's page (under `projets/` or `projects/`, or `import --projects`).
  public func importMarkdown(
    _ plan: ImportPlan, language: Language, now: Date, into entryID: Int64? = nil, asProject: Bool = false
  ) throws -> ImportOutcome {
    try write { db in
      let existing =
        try entryID.flatMap { try Source.fetchOne(db, key: $0) }
        ?? Source.filter(Column("path") == plan.path).fetchOne(db)
      if let existing, existing.hash == plan.hash, entryID == nil { return .unchanged(existing.entryID) }
      var skill: Skill?
      var project: Project?
      if asProject {
        if let found = try Project.filter(Column("key") == Skill.key(for: plan.title)).fetchOne(db) {
          project = found
        } else {
          var made = Project(name: plan.title, description: plan.description, createdAt: now)
          try made.insert(db)
          project = made
        }
      } else if plan.match != nil {
        // The title names the skill: exactly, never by a prefix; a new name joins the catalogue.
        let key = Skill.key(for: plan.title)
        skill = try Skill.fetchAll(db).first { Journal.names(of: $0).contains(key) }
        if skill == nil { skill = try Journal.findOrCreateSkill(db, name: plan.title, now: now) }
      }
      var entry =
        try existing.flatMap { try Entry.fetchOne(db, key: $0.entryID) }
        ?? Entry(
          kind: .journal, skillID: nil, promptSet: nil, lang: language, title: plan.title, now: now,
          utcOffset: plan.date?.1 ?? 0)
      entry.kind = asProject ? .project : plan.match == nil ? .journal : .assessment
      entry.skillID = skill?.id
      entry.projectID = project?.id
      entry.promptSet = asProject ? nil : plan.match?.set.id
      entry.lang = plan.match?.language ?? language
      entry.title = plan.title
      entry.description = plan.description
      entry.status = .done
      entry.date = plan.date?.0
      entry.utcOffset = plan.date?.1 ?? entry.utcOffset
      entry.updatedAt = now
      try entry.save(db)
      let entryID = entry.id!

      var answers: [(String, String)] = []
      if let intro = plan.document.intro { answers.append((Source.introKey, intro)) }
      var parts: [Source.Layout.Part] = []
      for (index, section) in plan.document.sections.enumerated() {
        let key = plan.match?.keys[index] ?? "section.\(index + 1)"
        answers.append((key, section.text))
        parts.append(.init(heading: section.heading, key: key))
      }
      try db.execute(sql: "DELETE FROM answer WHERE entryId = ?", arguments: [entryID])
      for (position, (key, text)) in answers.enumerated() {
        try db.execute(
          sql: "INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, ?, ?)",
          arguments: [entryID, key, position, text])
      }
      try Journal.setTags(db, entryID: entryID, tags: plan.tags)
      try db.execute(sql: "DELETE FROM asset WHERE entryId = ?", arguments: [entryID])
      for (ref, data) in plan.assets {
        try db.execute(sql: "INSERT INTO asset (entryId, ref, data) VALUES (?, ?, ?)", arguments: [entryID, ref, data])
      }
      let source = Source(
        entryID: entryID, kind: existing?.kind ?? "markdown", path: existing == nil ? plan.path : existing?.path,
        identity: existing?.identity, hash: plan.hash,
        format: plan.document.format, frontMatter: plan.document.frontMatter, fields: plan.document.fields,
        snapshot: .init(title: plan.title, date: plan.date?.0, description: plan.description, tags: plan.tags),
        layout: .init(intro: plan.document.intro != nil, sections: parts), lineEnding: plan.document.lineEnding,
        unterminated: plan.document.unterminated, importedAt: now)
      try source.save(db)
      try Journal.reindex(db, entryID: entryID)
      return existing == nil ? .imported(entryID) : .updated(entryID)
    }
  }
}
