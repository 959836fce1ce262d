import Foundation
import GRDB

/// What importing one file did.
public enum ImportOutcome: Sendable, Equatable {
  case imported(Int64)
  case updated(Int64)
  case unchanged(Int64)
  /// The same bytes under the same file name were imported from another path (a copy of the site):
  /// the entry they made is kept, no second one is made.
  case copy(of: Int64, path: String)
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
  /// The set whose headings the file's headings are, in which language, and each section's answer key.
  public var match: Match?
  /// A set the file almost follows (most of its headings): the file is kept as written, and this says why.
  public var nearMatch: NearMatch?
  /// Images the page uses, stored with it.
  public var assets: [(String, Data)] = []

  /// Reads what bilan needs from a parsed file. `sets` are the question sets to recognise.
  public init(document: MarkdownDocument, path: String, hash: String, sets: [PromptSet], localOffset: Int) {
    self.document = document
    self.path = path
    self.hash = hash
    let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let named = ["title", "name"].lazy.compactMap { document.field($0)?.text }.first { !$0.isBlank }
    // A page's own title line (`# SQL` above its sections) comes before its first section's heading.
    let titleLine = document.intro?.split(separator: "\n").first { MarkdownDocument.headingLevel(String($0)) != nil }
      .map { MarkdownDocument.Section(heading: String($0), text: "").title }
    title = named ?? titleLine ?? document.sections.first?.title ?? fileName
    if title.isBlank { title = fileName }
    // The first of the keys generators and CMSs use for a page's date that holds one bilan reads.
    date =
      ImportPlan.dateKeys.lazy.compactMap { document.field($0)?.text }.compactMap {
        ImportPlan.parseDate($0, localOffset: localOffset)
      }.first
    description = document.field("description")?.text ?? ""
    // A list keeps its items whole (a tag may hold a comma); one string is split at its commas.
    if case .array(let items)? = document.field("tags") {
      tags = Tags.clean(items.compactMap(\.text))
    } else {
      tags = Tags.parse(document.field("tags")?.text ?? "")
    }
    (match, nearMatch) = ImportPlan.recognise(document, sets: sets)
  }

  /// Hugo's `date` and `publishDate`, Jekyll's and Ghost's `published_at`, Astro's `pubDate`, and others
  /// seen in real sites, in that order.
  static let dateKeys = [
    "date", "publishDate", "publishdate", "published_at", "publishedDate", "published_date", "pubDate", "published",
    "created", "created_at",
  ]

  /// The line of the file on which each section's heading stands (1-based), counted in one pass.
  public func sectionLines() -> [Int] {
    func lines(_ text: String) -> Int { text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    var line = 1 + lines(document.frontMatter) + lines(document.intro ?? "")
    var starts: [Int] = []
    starts.reserveCapacity(document.sections.count)
    for section in document.sections {
      starts.append(line)
      line += 1 + lines(section.text)
    }
    return starts
  }

  /// Where a page stands in its site: its path under `content/`, else its name (a copy of the site
  /// elsewhere gives the same; two pages of one site with the same bytes do not).
  public static func placeInSite(_ path: String) -> String {
    if let range = path.range(of: "/content/", options: .backwards) { return String(path[range.upperBound...]) }
    return pageName(path)
  }

  /// A page's name in its site: the file's name, or its folder's for a page bundle (`citi/index.md`).
  public static func pageName(_ path: String) -> String {
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    guard name == "index" || name == "_index" else { return name }
    return ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent + "/" + name
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
  /// `covers`: the pictures its front matter names (`cover`, `image`, `images`), looked for on the lines
  /// that name them.
  public static func images(in text: String, file: String, covers: [String] = []) -> (
    found: [(String, Data)], missing: [(Int, String)]
  ) {
    var found: [(String, Data)] = []
    var missing: [(Int, String)] = []
    let folder = (file as NSString).deletingLastPathComponent
    let siteRoot = file.range(of: "/content/").map { String(file[..<$0.lowerBound]) }
    for (index, line) in text.components(separatedBy: "\n").enumerated() {
      var refs = covers.filter { line.contains($0) && !line.contains("![") }
      // Most lines hold no image: the regular expressions run only on those that may.
      if line.contains("![") {
        for match in line.matches(of: /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/) { refs.append(String(match.1)) }
      }
      if line.contains("<img") {
        for match in line.matches(of: /<img[^>]*\ssrc="([^"]+)"/) { refs.append(String(match.1)) }
      }
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

  /// The pictures a page's front matter names for itself: `cover`, `image`, or the first of `images`
  /// (Hugo's and most themes' keys).
  public static func covers(_ document: MarkdownDocument) -> [String] {
    ["cover", "image", "images"].compactMap { key -> String? in
      guard let value = document.field(key) else { return nil }
      if case .array(let items) = value { return items.first?.text }
      return value.text
    }.filter { !$0.isEmpty }
  }

  /// Whether a set's sections are each one text question: such a section's text is that question's
  /// answer. In any other set (labels, anecdotes, a rating) a section is stored whole under
  /// `heading.<id>` and read into answers by `ImportedEssay.answers(set:)`.
  public static func isSimple(_ set: PromptSet) -> Bool {
    set.questions.filter(\.isInBody).allSatisfy { $0.heading != nil && $0.kind == .text && $0.label == nil }
  }

  /// The set the file's top-level headings are (`StructureMatcher`), with each section's answer key.
  static func recognise(_ document: MarkdownDocument, sets: [PromptSet]) -> (Match?, NearMatch?) {
    let found = StructureMatcher.match(headings: document.sections.map(\.title), sets: sets)
    guard let match = found.match else { return (nil, found.near) }
    let simple = isSimple(match.set)
    let keys = match.keys.map { simple ? $0 : Source.sectionPrefix + $0 }
    return (Match(set: match.set, language: match.language, keys: keys, skillInHeadings: match.skillInHeadings), nil)
  }

  public struct Match: Sendable {
    public var set: PromptSet
    public var language: Language
    public var keys: [String]
    public var skillInHeadings: String?
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
  /// `asProject`: the file is a project's page (under `projets/` or `projects/`, or `import --projects`);
  /// `asSkill`: a skill's page whatever its headings (under `competences/` or `skills/`).
  public func importMarkdown(
    _ plan: ImportPlan, language: Language, now: Date, into entryID: Int64? = nil, asProject: Bool = false,
    asSkill: Bool = false
  ) throws -> ImportOutcome {
    try write { db in
      let existing =
        try entryID.flatMap { try Source.fetchOne(db, key: $0) }
        ?? Source.filter(Column("path") == plan.path).fetchOne(db)
      if let existing, existing.hash == plan.hash, entryID == nil { return .unchanged(existing.entryID) }
      if existing == nil, entryID == nil,
        let twin = try Source.fetchAll(
          db,
          sql: """
            SELECT source.* FROM source JOIN entry ON entry.id = source.entryId
            WHERE source.hash = ? AND source.kind = 'markdown' AND entry.deletedAt IS NULL
            """, arguments: [plan.hash]
        ).first(where: { $0.path.map(ImportPlan.placeInSite) == ImportPlan.placeInSite(plan.path) }),
        let path = twin.path
      {
        return .copy(of: twin.entryID, path: path)
      }
      // What the file was, it stays: a project's or a skill's page edited, or imported again without
      // the folder or flag that said so the first time.
      let previous = try existing.flatMap { try Entry.fetchOne(db, key: $0.entryID) }
      let asProject = asProject || previous?.kind == .project
      let asSkill = asSkill || previous?.kind == .assessment
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
      } else if plan.match != nil || asSkill {
        skill = try Journal.skillOfPage(db, plan: plan, now: now)
      }
      var entry =
        previous
        ?? Entry(
          kind: .journal, skillID: nil, promptSet: nil, lang: language, title: plan.title, now: now,
          utcOffset: plan.date?.1 ?? 0)
      entry.kind = asProject ? .project : skill == nil ? .journal : .assessment
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
      try Journal.tieProjects(db, entryID: entryID, plan: plan, entry: entry, skill: skill, source: source, now: now)
      try Journal.rateAsDeclared(db, entryID: entryID, plan: plan, entry: entry, skill: skill, source: source, now: now)
      try Journal.reindex(db, entryID: entryID)
      return existing == nil ? .imported(entryID) : .updated(entryID)
    }
  }
}

extension Journal {
  /// Ties an imported page to the projects its anecdotes name, read as its set reads them: an essay
  /// bilan exported finds its projects again, or makes them in a journal that has none.
  static func tieProjects(
    _ db: Database, entryID: Int64, plan: ImportPlan, entry: Entry, skill: Skill?, source: Source, now: Date
  ) throws {
    guard let set = plan.match?.set, PromptSet.namesProjects(set.questions) else {
      try db.execute(sql: "DELETE FROM entryProject WHERE entryId = ?", arguments: [entryID])
      return
    }
    let stored = Dictionary(
      try Row.fetchAll(db, sql: "SELECT questionId, text FROM answer WHERE entryId = ?", arguments: [entryID]).map {
        ($0["questionId"] as String, $0["text"] as String)
      }
    ) { first, _ in first }
    let imported = ImportedEssay(entry: entry, source: source, answers: stored, tags: plan.tags)
    let subject = EssayLoader.subject(entry, skill: skill)
    let answers = imported.structuredAnswers(set: set, subject: subject)
    let links = PromptSet.projectAnswers(set.questions, answers).map(\.link)
    try tieProjects(db, entryID: entryID, links: links, now: now, create: makesProject)
  }

  /// The skill a page is about: the one its title names, else the one its headings name, in any form
  /// the catalogue knows (case, accents, articles, plural: *Gestion de Projets* is *Gestion de projet*);
  /// else a new skill named by the title. Category tags (TECHNIQUE, TRANSVERSE, Human…) give a skill with
  /// none its category.
  static func skillOfPage(_ db: Database, plan: ImportPlan, now: Date) throws -> Skill {
    let skills = try Skill.fetchAll(db)
    func named(_ key: String) -> Skill? {
      // A name of articles alone (`The`, `A`) has no loose key, and matches no skill by it.
      guard !key.isEmpty, !HeadingText.looseKey(key).isEmpty else {
        return skills.first { Journal.names(of: $0).contains(Skill.key(for: key)) }
      }
      return skills.first { Journal.names(of: $0).contains(Skill.key(for: key)) }
        ?? skills.first { Journal.looseNames(of: $0).contains(HeadingText.looseKey(key)) }
    }
    var skill =
      try named(plan.title) ?? plan.match?.skillInHeadings.flatMap(named)
      ?? Journal.findOrCreateSkill(db, name: plan.title, now: now)
    if skill.category == nil, let category = SkillCategoryTags.category(of: plan.tags) {
      try db.execute(sql: "UPDATE skill SET category = ? WHERE id = ?", arguments: [category.rawValue, skill.id])
      skill.category = category
    }
    return skill
  }

  /// A skill's names as `HeadingText.looseKey` gives them.
  static func looseNames(of skill: Skill) -> Set<String> {
    var names: Set<String> = [HeadingText.looseKey(skill.name)]
    if let catalogue = skill.catalogue {
      names.insert(HeadingText.looseKey(catalogue.name.fr))
      names.insert(HeadingText.looseKey(catalogue.name.en))
    }
    return names
  }
}

/// The tags people give a skill's page to say its category, in French and English.
public enum SkillCategoryTags {
  static let technical: Set<String> = [
    "technique", "technical", "tech", "hard skill", "hardskill", "competence technique", "savoir faire",
    "technologie", "informatique",
  ]
  static let human: Set<String> = [
    "transverse", "transversal", "humaine", "human", "humain", "soft skill", "softskill", "competence humaine",
    "competence transverse", "savoir etre", "comportementale", "comportemental", "relationnel", "relationnelle",
    "interpersonal", "people",
  ]

  /// The category the first category tag gives.
  public static func category(of tags: [String]) -> Skill.Category? {
    for tag in tags {
      let key = HeadingText.looseKey(tag)
      if technical.contains(key) { return .technical }
      if human.contains(key) { return .human }
    }
    return nil
  }

  /// Whether a tag only says a category (it names no project).
  public static func isCategory(_ tag: String) -> Bool {
    let key = HeadingText.looseKey(tag)
    return technical.contains(key) || human.contains(key)
  }
}
