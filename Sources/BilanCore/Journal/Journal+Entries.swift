import Foundation
import GRDB

/// One line of `list`: what a user needs to recognise an entry.
public struct EntrySummary: Sendable, Equatable, FetchableRecord, Decodable {
  public var id: Int64
  public var kind: Entry.Kind
  public var title: String
  public var status: Entry.Status
  public var skill: String?
  public var skillID: Int64?
  public var level: Int?
  /// The date it is listed with: nil for an imported file that gives none (see `day`).
  public var shownDate: Date?
  public var utcOffset: Int
  public var promptSet: String?
  public var step: Int
  public var starred: Bool

  /// The date an entry `e` is listed, sorted and filtered by: its own; for a draft, the time it was
  /// started; none (NULL) for an imported file that gives none, which sorts as the oldest and which no
  /// date filter takes. Written as the `entry_by_day` index is, so that the index serves it.
  static let day = "coalesce(e.date, CASE WHEN e.status = 'draft' THEN e.createdAt END)"

  /// What a summary reads, from the entry `e` and the tables `tables` joins to it.
  static let columns = """
    e.id, e.kind, e.title, e.status, s.name AS skill, e.skillId AS skillID, r.level,
    \(day) AS shownDate, e.utcOffset, e.promptSet, e.step, e.starred
    """
  static let joins = "LEFT JOIN skill s ON s.id = e.skillId LEFT JOIN rating r ON r.entryId = e.id"
  static let tables = "entry e " + joins

  /// Read by hand rather than through `Decodable`: every `list` reads these, and the decoder's first
  /// use costs more at start-up than the whole query.
  public init(row: Row) throws {
    id = row["id"]
    kind = try Entry.Kind(rawValue: row["kind"]).orUnknown("kind", row["kind"], in: "entry", id: id)
    title = row["title"]
    status = try Entry.Status(rawValue: row["status"]).orUnknown("status", row["status"], in: "entry", id: id)
    skill = row["skill"]
    skillID = row["skillID"]
    level = row["level"]
    shownDate = row["shownDate"]
    utcOffset = row["utcOffset"]
    promptSet = row["promptSet"]
    step = row["step"]
    starred = row["starred"]
  }
}

extension Optional {
  /// A stored value this bilan does not know: named as a damaged row, as the decoder would.
  func orUnknown(_ column: String, _ raw: String, in table: String, id: Int64?) throws -> Wrapped {
    guard let self else {
      throw DatabaseError(
        resultCode: .SQLITE_MISMATCH, message: "\(table) \(id ?? 0) has the unknown \(column) '\(raw)'")
    }
    return self
  }
}

extension Journal {
  public func entryCount() throws -> Int {
    try read { db in try Entry.filter(Column("deletedAt") == nil).fetchCount(db) }
  }

  public func entry(_ id: Int64) throws -> Entry? {
    try read { db in try Entry.filter(key: id).filter(Column("deletedAt") == nil).fetchOne(db) }
  }

  public func answers(of entryID: Int64) throws -> [String: String] {
    try read { db in
      let rows = try Answer.filter(Column("entryId") == entryID).fetchAll(db)
      return Dictionary(uniqueKeysWithValues: rows.map { ($0.questionID, $0.text) })
    }
  }

  /// The tags of several entries in one query, by entry id.
  public func tags(of entryIDs: [Int64]) throws -> [Int64: [String]] {
    guard !entryIDs.isEmpty else { return [:] }
    return try read { db in
      var tags: [Int64: [String]] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT entryTag.entryId, tag.name FROM entryTag JOIN tag ON tag.id = entryTag.tagId
          WHERE entryTag.entryId IN (SELECT value FROM json_each(?)) ORDER BY entryTag.entryId, entryTag.position
          """, arguments: ["[" + entryIDs.map(String.init).joined(separator: ",") + "]"])
      while let row = try rows.next() { tags[row[0], default: []].append(row[1]) }
      return tags
    }
  }

  public func tags(of entryID: Int64) throws -> [String] {
    try read { db in try Journal.tags(db, of: entryID) }
  }

  static func tags(_ db: Database, of entryID: Int64) throws -> [String] {
    try String.fetchAll(
      db,
      sql: """
        SELECT tag.name FROM entryTag JOIN tag ON tag.id = entryTag.tagId
        WHERE entryTag.entryId = ? ORDER BY entryTag.position
        """, arguments: [entryID])
  }

  public func rating(of entryID: Int64) throws -> Rating? {
    try read { db in try Rating.filter(Column("entryId") == entryID).fetchOne(db) }
  }

  public func target(of entryID: Int64) throws -> Target? {
    try read { db in try Target.filter(Column("entryId") == entryID).fetchOne(db) }
  }

  public func skill(_ id: Int64) throws -> Skill? {
    try read { db in try Skill.fetchOne(db, key: id) }
  }

  /// Entries newest first (drafts by the time they were started, undated ones last), those `filter`
  /// takes. `limit` nil lists them all. The date index gives them in order, so the cost follows `limit`.
  public func summaries(
    matching filter: EntryFilter = EntryFilter(), limit: Int?, draftsOnly: Bool = false, ids: [Int64]? = nil
  ) throws -> [EntrySummary] {
    try read { db in
      var (condition, arguments) = filter.condition()
      var sql = "SELECT \(EntrySummary.columns) FROM \(EntrySummary.tables) WHERE \(condition)"
      if draftsOnly { sql += " AND e.status = 'draft'" }
      if let ids {
        sql += " AND e.id IN (SELECT value FROM json_each(?))"
        arguments += ["[" + ids.map(String.init).joined(separator: ",") + "]"]
      }
      sql += " ORDER BY \(EntrySummary.day) DESC, e.id DESC"
      if let limit { sql += " LIMIT \(max(0, limit))" }
      return try EntrySummary.fetchAll(db, sql: sql, arguments: arguments)
    }
  }

  /// The ids of the entries `filter` takes, oldest first (undated ones before them): what `export --all`
  /// walks, one entry at a time.
  public func entryIDs(matching filter: EntryFilter) throws -> [Int64] {
    try read { db in
      let (condition, arguments) = filter.condition()
      return try Int64.fetchAll(
        db, sql: "SELECT e.id FROM entry e WHERE \(condition) ORDER BY \(EntrySummary.day), e.id",
        arguments: arguments)
    }
  }

  /// For each skill, its newest assessment, finished ones first; a draft only when `drafts` and the skill
  /// has no finished one (what `publish --drafts` shows).
  public func newestEssayPerSkill(drafts: Bool) throws -> [Int64] {
    guard drafts else { return try newestEssayPerSkill() }
    return try read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT e.id FROM entry e JOIN skill s ON s.id = e.skillId
          WHERE e.kind = 'assessment' AND e.deletedAt IS NULL
            AND e.id = (SELECT id FROM entry WHERE skillId = e.skillId AND kind = 'assessment' AND deletedAt IS NULL
                        ORDER BY status = 'done' DESC, date DESC, createdAt DESC, id DESC LIMIT 1)
          ORDER BY s.key
          """)
    }
  }

  /// For each skill, its newest finished assessment: what `check --all` reads.
  public func newestEssayPerSkill() throws -> [Int64] {
    try read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT e.id FROM entry e
          JOIN skill s ON s.id = e.skillId
          WHERE e.kind = 'assessment' AND e.status = 'done' AND e.deletedAt IS NULL
            AND e.id = (SELECT id FROM entry WHERE skillId = e.skillId AND kind = 'assessment' AND status = 'done'
                        AND deletedAt IS NULL ORDER BY date DESC, id DESC LIMIT 1)
          ORDER BY s.key
          """)
    }
  }

  public func setStarred(_ id: Int64, _ starred: Bool) throws {
    try write { db in
      try db.execute(sql: "UPDATE entry SET starred = ? WHERE id = ?", arguments: [starred, id])
    }
  }

  /// Tags with the number of entries that carry them, the most used first, then by name. Counted on
  /// the tag index alone, less the entries in the trash (found by their own index): no entry is read.
  public func tagCounts() throws -> [(name: String, count: Int)] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT tag.name, counted.uses - coalesce(trashed.uses, 0) AS total
          FROM (SELECT tagId, count(*) AS uses FROM entryTag GROUP BY tagId) AS counted
          JOIN tag ON tag.id = counted.tagId
          LEFT JOIN (SELECT entryTag.tagId, count(*) AS uses FROM entry CROSS JOIN entryTag ON entryTag.entryId = entry.id
                     WHERE entry.deletedAt IS NOT NULL GROUP BY entryTag.tagId) AS trashed
            ON trashed.tagId = counted.tagId
          WHERE total > 0 ORDER BY total DESC, tag.name
          """
      ).map { (name: $0["name"], count: $0["total"]) }
    }
  }

  /// Deletes a draft and everything stored with it. Finished entries are not touched here.
  @discardableResult
  public func discardDraft(_ id: Int64) throws -> Bool {
    try write { db in
      try db.execute(
        sql: "DELETE FROM rating WHERE entryId = ? AND entryId IN (SELECT id FROM entry WHERE status = 'draft')",
        arguments: [id])
      try db.execute(
        sql: "DELETE FROM target WHERE entryId = ? AND entryId IN (SELECT id FROM entry WHERE status = 'draft')",
        arguments: [id])
      try db.execute(sql: "DELETE FROM entryText WHERE rowid = ?", arguments: [id])
      return try Entry.filter(key: id).filter(Column("status") == Entry.Status.draft.rawValue).deleteAll(db) > 0
    }
  }

  /// Keeps the full-text index of one entry in step with its title and answers.
  static func reindex(_ db: Database, entryID: Int64) throws {
    guard let entry = try Entry.fetchOne(db, key: entryID) else { return }
    let texts = try String.fetchAll(
      db, sql: "SELECT text FROM answer WHERE entryId = ? ORDER BY position", arguments: [entryID])
    // Words, not the numbers stored beside them (a level, a count of anecdotes, a target's date).
    // (Checked scalar by scalar: a regular expression would load ICU for each `write`.)
    let words = texts.filter { text in
      !text.unicodeScalars.allSatisfy {
        $0 == "-" || $0.properties.numericType == .decimal || $0.properties.isWhitespace
      }
    }
    let body = ([entry.description] + words).filter { !$0.isEmpty }.joined(separator: "\n\n")
    try db.execute(sql: "DELETE FROM entryText WHERE rowid = ?", arguments: [entryID])
    try db.execute(
      sql: "INSERT INTO entryText (rowid, title, body) VALUES (?, ?, ?)",
      arguments: [entryID, entry.title, body])
  }
}
