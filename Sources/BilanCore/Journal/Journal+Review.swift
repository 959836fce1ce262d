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
  /// left out; read on the date index, so the cost follows the period, not the journal.
  public func reviewEntries(since: Date, until: Date) throws -> [ReviewEntry] {
    try read { db in
      let period = "\(EntrySummary.day) >= ? AND \(EntrySummary.day) < ?"
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT e.id, e.kind, e.title, e.date, e.utcOffset, e.skillId, p.name AS project,
                 (SELECT text FROM answer WHERE entryId = e.id ORDER BY position LIMIT 1) AS body
          FROM entry e LEFT JOIN project p ON p.id = e.projectId
          WHERE e.deletedAt IS NULL AND e.status = 'done' AND e.kind != 'review' AND \(period)
          ORDER BY \(EntrySummary.day), e.id
          """, arguments: [since, until])
      guard !rows.isEmpty else { return [] }
      let list = "[" + rows.map { String($0["id"] as Int64) }.joined(separator: ",") + "]"
      var named: [Int64: [Int64]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT entryId, skillId FROM entrySkill WHERE entryId IN (SELECT value FROM json_each(?))
          ORDER BY entryId, position
          """, arguments: [list])
      {
        named[row[0], default: []].append(row[1])
      }
      var told: [Int64: [String]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT entryProject.entryId, project.name FROM entryProject JOIN project ON project.id = entryProject.projectId
          WHERE entryProject.entryId IN (SELECT value FROM json_each(?)) ORDER BY entryProject.entryId, position
          """, arguments: [list])
      {
        told[row[0], default: []].append(row[1])
      }
      return try rows.map { row in
        let id: Int64 = row["id"]
        let own: Int64? = row["skillId"]
        let project: String? = row["project"]
        let kind: String = row["kind"]
        var skills = own.map { [$0] } ?? []
        skills += (named[id] ?? []).filter { !skills.contains($0) }
        return ReviewEntry(
          id: id, kind: try Entry.Kind(rawValue: kind).orUnknown("kind", kind, in: "entry", id: id),
          title: row["title"], date: row["date"], utcOffset: row["utcOffset"],
          excerpt: ReviewEntry.excerpt(row["body"] ?? ""), skillIDs: skills,
          projects: (project.map { [$0] } ?? []) + (told[id] ?? []).filter { $0 != project })
      }
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
  /// export or an edit gives it back), its body as the entry's text, indexed for search.
  @discardableResult
  public func storeReview(
    title: String, frontMatter: [(key: String, value: FrontMatter.Value)], body: String, date: Date,
    utcOffset: Int, language: Language, now: Date
  ) throws -> Entry {
    try write { db in
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
        entryID: id, kind: "review", path: nil, identity: nil, hash: ContentHash.of(title + "\n" + body),
        format: .yaml, frontMatter: FrontMatter.yaml(frontMatter), fields: fields,
        snapshot: .init(title: title, date: date, description: "", tags: []), layout: .init(intro: true, sections: []),
        lineEnding: .lf, unterminated: false, importedAt: now
      ).insertQuickly(db)
      try Journal.reindex(db, entryID: id)
      return entry
    }
  }
}

extension ReviewEntry {
  /// The first line holding a letter or a digit, without Markdown's leading marks, cut at 120 characters.
  static func excerpt(_ body: String) -> String {
    for line in body.split(whereSeparator: \.isNewline) {
      let text = line.trimmingCharacters(in: .whitespaces).drop { "#>-*".contains($0) || $0 == " " }
      guard text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
      return text.count > 120 ? String(text.prefix(119)) + "…" : String(text)
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
