import Foundation
import GRDB

/// Free entries: `write`, and jrnl journals imported a block at a time.
extension Journal {
  /// Imports jrnl entries in one transaction; one already imported (same date, time and title) is left
  /// as it is. Gives the numbers of entries added and already there.
  public func importJrnl(
    _ entries: [JrnlEntry], timeZone: TimeZone, language: Language, now: Date
  ) throws -> (imported: Int, unchanged: Int) {
    try importJrnl(timeZone: timeZone, language: language, now: now) { add in
      for entry in entries { try add(entry) }
    }
  }

  /// The same, for entries handed over one at a time by `feed` (a file read as it goes): all or none
  /// are stored, and the full-text index is built once at the end rather than entry by entry.
  public func importJrnl(
    timeZone: TimeZone, language: Language, now: Date,
    feed: @escaping @Sendable (_ add: (JrnlEntry) throws -> Void) throws -> Void
  ) throws -> (imported: Int, unchanged: Int) {
    try write { db in
      var counts = (imported: 0, unchanged: 0)
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = timeZone
      let known = try db.cachedStatement(sql: "SELECT 1 FROM source WHERE identity = ?")
      // A first import has nothing to compare with: no lookup per entry.
      let first = try Int.fetchOne(db, sql: "SELECT 1 FROM source WHERE identity IS NOT NULL LIMIT 1") == nil
      let firstNew = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0) + 1
      // A larger page cache for the length of the import: fewer pages written twice.
      try db.execute(sql: "PRAGMA cache_size = -6000")
      defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
      var tagIDs: [String: Int64] = [:]
      // jrnl keeps two entries of the same minute and title: so does bilan, the second as `… #2`.
      var seen: [String: Int] = [:]
      func store(_ item: JrnlEntry) throws {
        seen[item.identity, default: 0] += 1
        let occurrence = seen[item.identity]!
        let identity = occurrence == 1 ? item.identity : item.identity + " #\(occurrence)"
        if !first, try Int.fetchOne(known, arguments: [identity]) != nil {
          counts.unchanged += 1
          return
        }
        let date = calendar.date(from: item.date) ?? now
        _ = try Journal.insertFreeEntry(
          db,
          FreeEntry(
            title: item.title, body: item.body, tags: item.tags, starred: item.starred, date: date,
            utcOffset: timeZone.secondsFromGMT(for: date), language: language),
          kind: "jrnl", identity: identity, now: now, index: false, tagIDs: &tagIDs)
        counts.imported += 1
      }
      // The file is read and parsed on another thread while this one stores.
      try EntryPipe<JrnlEntry>.run(produce: feed) { pipe in
        while let items = try pipe.take() {
          for item in items { try store(item) }
        }
      }
      try Journal.reindexFreeEntries(db, from: firstNew)
      return counts
    }
  }
}

extension Journal {
  /// A free journal entry (`write`): its title, its body, tags and skills, at a date.
  @discardableResult
  public func write(
    title: String, body: String, tags: [String], skills: [Skill], date: Date, utcOffset: Int, language: Language,
    now: Date
  ) throws -> Entry {
    try write { db in
      let id = try Journal.insertFreeEntry(
        db,
        FreeEntry(
          title: title, body: body, tags: Tags.clean(tags), starred: false, date: date, utcOffset: utcOffset,
          language: language),
        kind: "write", identity: nil, now: now)
      for (position, skill) in skills.enumerated() {
        try db.execute(
          sql: "INSERT OR IGNORE INTO entrySkill (entryId, skillId, position) VALUES (?, ?, ?)",
          arguments: [id, skill.id, position])
      }
      return try Entry.fetchOne(db, key: id)!
    }
  }

  /// A free entry: a title and a body, no question set.
  struct FreeEntry {
    var title: String
    var body: String
    var tags: [String]
    var starred: Bool
    var date: Date
    var utcOffset: Int
    var language: Language
  }

  /// Stores a free entry (`write`, a jrnl entry) with what writes it back as Markdown: bilan's front
  /// matter (title, date, tags, star) and the body, through the same `source` an imported file has.
  /// Prepared statements, reused from one entry to the next: a jrnl import stores thousands in a second.
  /// `index: false` leaves the full-text index to `reindexFreeEntries`, once for a whole import.
  @discardableResult
  static func insertFreeEntry(
    _ db: Database, _ free: FreeEntry, kind: String, identity: String?, now: Date, index: Bool = true
  ) throws -> Int64 {
    var tagIDs: [String: Int64] = [:]
    return try insertFreeEntry(db, free, kind: kind, identity: identity, now: now, index: index, tagIDs: &tagIDs)
  }

  /// `tagIDs` remembers the tags' ids from one entry to the next.
  static func insertFreeEntry(
    _ db: Database, _ free: FreeEntry, kind: String, identity: String?, now: Date, index: Bool,
    tagIDs: inout [String: Int64]
  ) throws -> Int64 {
    let insertEntry = try db.cachedStatement(
      sql: """
        INSERT INTO entry (kind, lang, title, status, createdAt, updatedAt, date, utcOffset, starred)
        VALUES ('journal', ?, ?, 'done', ?, ?, ?, ?, ?)
        """)
    let stored = StorageDate.text(now)
    try insertEntry.execute(
      arguments: [
        free.language.rawValue, free.title, stored, stored, StorageDate.text(free.date), free.utcOffset, free.starred,
      ])
    let id = db.lastInsertedRowID
    // A jrnl entry without a body (a title alone) stores an empty body, never none: every command reads
    // a jrnl entry's body as text.
    let body = free.body.isEmpty ? (kind == "jrnl" ? "" : nil) : free.body + "\n"
    if let body {
      try db.cachedStatement(sql: "INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, 0, ?)")
        .execute(arguments: [id, Source.introKey, body])
    }
    let tie = try db.cachedStatement(
      sql: "INSERT INTO entryTag (entryId, tagId, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
    for (position, name) in free.tags.enumerated() {
      if tagIDs[name] == nil {
        try db.cachedStatement(sql: "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING")
          .execute(arguments: [name])
        tagIDs[name] = try Int64.fetchOne(
          db.cachedStatement(sql: "SELECT id FROM tag WHERE name = ?"), arguments: [name])
      }
      try tie.execute(arguments: [id, tagIDs[name], position])
    }
    // The front matter is left out: it is bilan's own, made again from the entry when it is read.
    try Source(
      entryID: id, kind: kind, path: nil, identity: identity, hash: ContentHash.of(free.title + "\n" + free.body),
      format: .yaml, frontMatter: "", fields: [], snapshot: .init(title: "", date: nil, description: "", tags: []),
      layout: .init(intro: body != nil, sections: []), lineEnding: .lf, unterminated: false, importedAt: now
    ).insertQuickly(db)
    if index { try reindex(db, entryID: id) }
    return id
  }

  /// The full-text index of the free entries stored from id `first` on, in one statement: the title
  /// and body `reindex` gives each (a body of digits alone is not indexed), built by SQLite without a
  /// round trip per entry.
  static func reindexFreeEntries(_ db: Database, from first: Int64) throws {
    try db.execute(
      sql: """
        INSERT INTO entryText (rowid, title, body)
        SELECT e.id, e.title, CASE WHEN trim(a.text, '0123456789- ' || char(9, 10, 11, 12, 13)) = '' THEN ''
                                   ELSE coalesce(a.text, '') END
        FROM entry e LEFT JOIN answer a ON a.entryId = e.id AND a.questionId = ?
        WHERE e.id >= ?
        """, arguments: [Source.introKey, first])
  }
}
