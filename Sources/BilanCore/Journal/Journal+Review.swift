import Foundation
import GRDB

/// An entry of a period as a review cites it: its title, date, first line, and what it names.
public struct ReviewEntry: Sendable, Equatable {
  public var id: Int64
  public var kind: Entry.Kind
  public var title: String
  public var date: Date
  public var utcOffset: Int
  /// The first line of its text that holds a word, as written.
  public var excerpt: String
  /// Its own skill, then the skills it names.
  public var skillIDs: [Int64]
  /// The projects it tells of (its anecdotes' projects, or the project a project page is about).
  public var projects: [String]
}

extension Journal {
  /// The finished entries dated from `since` (included) to `until` (excluded), oldest first, reviews
  /// left out; read on the date index, so the cost follows the period, not the journal. Only the
  /// entries that name a skill get their excerpt (the only ones a review cites): a review of a whole
  /// journal of notes reads no text.
  public func reviewEntries(since: Date, until: Date) throws -> [ReviewEntry] {
    try read { db in
      let period = "\(EntrySummary.day) >= ? AND \(EntrySummary.day) < ?"
      var entries: [ReviewEntry] = []
      var own: [Int64?] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT e.id, e.kind, e.title, e.date, e.utcOffset, e.skillId, p.name
          FROM entry e LEFT JOIN project p ON p.id = e.projectId
          WHERE e.deletedAt IS NULL AND e.status = 'done' AND e.kind != 'review' AND \(period)
          ORDER BY \(EntrySummary.day), e.id
          """, arguments: [since, until])
      while let row = try rows.next() {
        let id: Int64 = row[0]
        let kind: String = row[1]
        let project: String? = row[6]
        entries.append(
          ReviewEntry(
            id: id, kind: try Entry.Kind(rawValue: kind).orUnknown("kind", kind, in: "entry", id: id), title: row[2],
            date: row[3], utcOffset: row[4], excerpt: "", skillIDs: [], projects: project.map { [$0] } ?? []))
        own.append(row[5])
      }
      guard let first = entries.first?.id else { return [] }
      let index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.id, $0.offset) })
      for (position, skill) in own.enumerated() where skill != nil { entries[position].skillIDs = [skill!] }
      // The ties of the period's entries, read by entry id from the first one's on: ids grow with time
      // for most entries, and those outside the period are skipped here.
      let low = entries.map(\.id).min() ?? first
      let ties = try Row.fetchCursor(
        db, sql: "SELECT entryId, skillId FROM entrySkill WHERE entryId >= ? ORDER BY entryId, position",
        arguments: [low])
      while let row = try ties.next() {
        guard let position = index[row[0]] else { continue }
        let skill: Int64 = row[1]
        if !entries[position].skillIDs.contains(skill) { entries[position].skillIDs.append(skill) }
      }
      let told = try Row.fetchCursor(
        db,
        sql: """
          SELECT entryProject.entryId, project.name FROM entryProject JOIN project ON project.id = entryProject.projectId
          WHERE entryProject.entryId >= ? ORDER BY entryProject.entryId, position
          """, arguments: [low])
      while let row = try told.next() {
        guard let position = index[row[0]] else { continue }
        let name: String = row[1]
        if !entries[position].projects.contains(name) { entries[position].projects.append(name) }
      }
      let body = try db.cachedStatement(
        sql: "SELECT substr(text, 1, 400) FROM answer WHERE entryId = ? ORDER BY position LIMIT 1")
      for position in entries.indices where !entries[position].skillIDs.isEmpty {
        let text = try String.fetchOne(body, arguments: [entries[position].id]) ?? ""
        entries[position].excerpt = ReviewEntry.excerpt(text)
      }
      return entries
    }
  }

  /// The reviews not in the trash, oldest first: each is a page of a published site.
  public func reviewIDs() throws -> [Int64] {
    try read { db in
      try Int64.fetchAll(
        db, sql: "SELECT id FROM entry WHERE kind = 'review' AND deletedAt IS NULL ORDER BY date, id")
    }
  }

  /// Where the newest review (not in the trash) ended: its front matter's `until`.
  public func lastReviewEnd() throws -> Date? {
    try read { db in
      let fields = try String.fetchOne(
        db,
        sql: """
          SELECT s.fields FROM entry e JOIN source s ON s.entryId = e.id
          WHERE e.kind = 'review' AND e.deletedAt IS NULL ORDER BY e.date DESC, e.id DESC LIMIT 1
          """)
      guard let fields,
        let decoded = try? JSONDecoder().decode([FieldValue.Field].self, from: Data(fields.utf8)),
        let until = decoded.first(where: { $0.key == "until" })?.value.text
      else { return nil }
      return ImportPlan.parseDate(until, localOffset: 0)?.0
    }
  }

  /// Stores a review's essay as an entry of kind `review`: its front matter kept as written (an
  /// export or an edit gives it back), its body as the entry's text, indexed for search. The same
  /// review run again (the same title and text: the same period, nothing new in it) is the one stored
  /// already, not a second: `review --format json` in a script does not fill the journal.
  @discardableResult
  public func storeReview(
    title: String, frontMatter: [(key: String, value: FrontMatter.Value)], body: String, date: Date,
    utcOffset: Int, language: Language, now: Date
  ) throws -> (entry: Entry, isNew: Bool) {
    let hash = ContentHash.of(title + "\n" + body)
    return try write { db in
      if let same = try Entry.fetchOne(
        db,
        sql: """
          SELECT e.* FROM entry e JOIN source s ON s.entryId = e.id
          WHERE e.kind = 'review' AND e.deletedAt IS NULL AND s.kind = 'review' AND s.hash = ?
          ORDER BY e.id DESC LIMIT 1
          """, arguments: [hash])
      {
        return (same, false)
      }
      var entry = Entry(
        kind: .review, skillID: nil, promptSet: nil, lang: language, title: title, now: now, utcOffset: utcOffset)
      entry.status = .done
      entry.date = date
      try entry.insert(db)
      let id = entry.id!
      try db.execute(
        sql: "INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, 0, ?)",
        arguments: [id, Source.introKey, body])
      let fields = frontMatter.map { FieldValue.Field($0.key, FieldValue(frontMatter: $0.value)) }
      try Source(
        entryID: id, kind: "review", path: nil, identity: nil, hash: hash,
        format: .yaml, frontMatter: FrontMatter.yaml(frontMatter), fields: fields,
        snapshot: .init(title: title, date: date, description: "", tags: []), layout: .init(intro: true, sections: []),
        lineEnding: .lf, unterminated: false, importedAt: now
      ).insertQuickly(db)
      try Journal.reindex(db, entryID: id)
      return (entry, true)
    }
  }
}

extension ReviewEntry {
  /// The first line holding a letter or a digit, without Markdown's leading marks, cut at 120 characters.
  /// Lines are found on the UTF-8 bytes and only the first lines are read: a review of a whole journal
  /// reads one per entry.
  static func excerpt(_ body: String) -> String {
    var rest = Substring(body)
    while !rest.isEmpty {
      let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
      let line = rest[..<end]
      rest = end == rest.endIndex ? "" : rest[rest.utf8.index(after: end)...]
      let text = line.drop { "#>-* \t\r".contains($0) }
      guard text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
      var shown = text
      while let last = shown.last, last == " " || last == "\t" || last == "\r" { shown = shown.dropLast() }
      return shown.count > 120 ? String(shown.prefix(119)) + "…" : String(shown)
    }
    return ""
  }
}

extension FieldValue {
  /// A value bilan writes in front matter, as an import would have read it back.
  init(frontMatter value: FrontMatter.Value) {
    switch value {
    case .string(let s): self = .string(s)
    case .strings(let list): self = .array(list.map { .string($0) })
    case .bool(let b): self = .bool(b)
    case .int(let n): self = .int(n)
    case .date(let date, let offset): self = .date(FrontMatter.rfc3339(date, utcOffset: offset))
    }
  }
}
