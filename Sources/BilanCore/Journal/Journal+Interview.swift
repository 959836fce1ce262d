import Foundation
import GRDB

/// Storing an interview as it goes: every line typed reaches the file before the next one is read.
extension Journal {
  /// Starts an assessment of `skillName` (added to the catalogue when new) as a draft entry.
  public func startAssessment(
    skillName: String, set: PromptSet, language: Language, now: Date, utcOffset: Int
  ) throws -> Entry {
    try write { db in
      let skill = try Journal.findOrCreateSkill(db, name: skillName, now: now)
      var entry = Entry(
        skillID: skill.id, promptSet: set.id, lang: language, title: skill.name, now: now,
        utcOffset: utcOffset)
      try entry.insert(db)
      return entry
    }
  }

  /// The lines typed so far for the current question (one small UPDATE a line).
  public func savePending(entryID: Int64, lines: [String], now: Date) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE entry SET pending = ?, updatedAt = ? WHERE id = ?",
        arguments: [lines.isEmpty ? nil : lines.joined(separator: "\n"), now, entryID])
    }
  }

  /// Stores the interview's answers and position in one transaction, with what they imply:
  /// the description, the tags and the rating become columns and rows of their own.
  public func saveProgress(entryID: Int64, interview: Interview, now: Date) throws {
    try write { db in
      for (position, question) in interview.questions.enumerated() {
        try Journal.store(
          db, entryID: entryID, question: question, position: position, text: interview.answers[question.id], now: now)
      }
      let pending = interview.pending.isEmpty ? nil : interview.pending.joined(separator: "\n")
      try db.execute(
        sql: "UPDATE entry SET step = ?, pending = ?, updatedAt = ? WHERE id = ?",
        arguments: [interview.step, pending, now, entryID])
    }
  }

  /// Marks the entry finished: it gets its date and enters the full-text index.
  public func finish(entryID: Int64, now: Date, utcOffset: Int) throws -> Entry {
    try write { db in
      try db.execute(
        sql: """
          UPDATE entry SET status = 'done', date = ?, utcOffset = ?, pending = NULL, updatedAt = ?
          WHERE id = ?
          """, arguments: [now, utcOffset, now, entryID])
      try Journal.reindex(db, entryID: entryID)
      return try Entry.fetchOne(db, key: entryID)!
    }
  }

  /// Replaces an entry's answers and title (after `edit`): one transaction, index included.
  public func replaceAnswers(
    entryID: Int64, set: PromptSet, answers: [String: String], title: String, now: Date
  ) throws {
    try write { db in
      for (position, question) in set.questions.enumerated() {
        try Journal.store(
          db, entryID: entryID, question: question, position: position, text: answers[question.id], now: now)
      }
      try db.execute(
        sql: "UPDATE entry SET title = ?, updatedAt = ? WHERE id = ?", arguments: [title, now, entryID])
      try Journal.reindex(db, entryID: entryID)
    }
  }

  /// One answer (nil: none) and what it implies.
  private static func store(
    _ db: Database, entryID: Int64, question: PromptSet.Question, position: Int, text: String?, now: Date
  ) throws {
    if let text {
      try db.execute(
        sql: """
          INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, ?, ?)
          ON CONFLICT (entryId, questionId) DO UPDATE SET position = excluded.position, text = excluded.text
          """, arguments: [entryID, question.id, position, text])
    } else {
      try db.execute(
        sql: "DELETE FROM answer WHERE entryId = ? AND questionId = ?", arguments: [entryID, question.id])
    }
    try applyDerived(db, entryID: entryID, question: question, text: text, now: now)
  }

  private static func applyDerived(
    _ db: Database, entryID: Int64, question: PromptSet.Question, text: String?, now: Date
  ) throws {
    switch question.kind {
    case .line where question.id == "description":
      try db.execute(
        sql: "UPDATE entry SET description = ? WHERE id = ?", arguments: [text ?? "", entryID])
    case .tags:
      try setTags(db, entryID: entryID, tags: Tags.parse(text ?? ""))
    case .rating:
      if let level = text.flatMap(RatingScale.parse) {
        if var rating = try Rating.filter(Column("entryId") == entryID).fetchOne(db) {
          if rating.level != level {
            rating.level = level
            rating.ratedAt = now
            try rating.update(db)
          }
        } else {
          let skillID = try Int64.fetchOne(db, sql: "SELECT skillId FROM entry WHERE id = ?", arguments: [entryID])
          if let skillID {
            var rating = Rating(skillID: skillID, entryID: entryID, level: level, ratedAt: now)
            try rating.insert(db)
          }
        }
      } else {
        try Rating.filter(Column("entryId") == entryID).deleteAll(db)
      }
    case .text, .line:
      break
    }
  }

  static func setTags(_ db: Database, entryID: Int64, tags: [String]) throws {
    try db.execute(sql: "DELETE FROM entryTag WHERE entryId = ?", arguments: [entryID])
    for (position, name) in tags.enumerated() {
      try db.execute(sql: "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING", arguments: [name])
      try db.execute(
        sql: """
          INSERT INTO entryTag (entryId, tagId, position)
          SELECT ?, id, ? FROM tag WHERE name = ? ON CONFLICT DO NOTHING
          """, arguments: [entryID, position, name])
    }
  }
}

/// Tags as typed: comma-separated, trimmed, empty ones dropped, the first spelling of a repeated tag kept,
/// each cut to `maxBytes` (Hugo fails on tag pages whose names pass 255 bytes).
public enum Tags {
  public static let maxBytes = 100

  public static func parse(_ text: String) -> [String] {
    var seen = Set<String>()
    var tags: [String] = []
    for part in text.split(separator: ",") {
      var tag = part.trimmingCharacters(in: .whitespacesAndNewlines)
      while tag.utf8.count > maxBytes { tag.removeLast() }
      guard !tag.isEmpty, seen.insert(tag.lowercased()).inserted else { continue }
      tags.append(tag)
    }
    return tags
  }
}
