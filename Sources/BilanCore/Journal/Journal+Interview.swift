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

  /// Starts a draft entry of any kind: an assessment of `skill`, a daily reflection tied to `related`
  /// skills, a project page.
  public func startEntry(
    kind: Entry.Kind, skill: Skill?, title: String, set: PromptSet, language: Language, related: [Skill] = [],
    project: Project? = nil, now: Date, utcOffset: Int
  ) throws -> Entry {
    try write { db in
      var entry = Entry(
        kind: kind, skillID: skill?.id, promptSet: set.id, lang: language, title: title, now: now, utcOffset: utcOffset)
      entry.projectID = project?.id
      try entry.insert(db)
      for (position, other) in related.enumerated() {
        try db.execute(
          sql: "INSERT OR IGNORE INTO entrySkill (entryId, skillId, position) VALUES (?, ?, ?)",
          arguments: [entry.id, other.id, position])
      }
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
  /// the description, the tags, the rating and the target become columns and rows of their own.
  public func saveProgress(entryID: Int64, interview: Interview, now: Date) throws {
    try write { db in
      try Journal.storeAnswers(
        db, entryID: entryID, questions: interview.questions, answers: interview.answers, now: now)
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
      try Journal.storeAnswers(db, entryID: entryID, questions: set.asked, answers: answers, now: now)
      try db.execute(
        sql: "UPDATE entry SET title = ?, updatedAt = ? WHERE id = ?", arguments: [title, now, entryID])
      try Journal.reindex(db, entryID: entryID)
    }
  }

  /// The answers' keys in the set's order: a question's id, and for anecdotes, the count then each
  /// anecdote's answers.
  public static func orderedKeys(questions: [PromptSet.Question], answers: [String: String]) -> [String] {
    var keys: [String] = []
    for question in questions where question.kind != .generated {
      keys.append(question.id)
      if question.kind == .rating { keys.append(Interview.ratingEvidenceKey) }
      guard question.kind == .anecdotes else { continue }
      let count = max(question.min, Int(answers[question.id] ?? "") ?? 0)
      for number in stride(from: 1, through: count, by: 1) {
        keys += question.parts.map { Interview.key(question.id, number, $0.id) }
      }
    }
    return keys.filter { answers[$0] != nil }
  }

  /// Every answer of an entry, and what they imply, replaced in one go.
  static func storeAnswers(
    _ db: Database, entryID: Int64, questions: [PromptSet.Question], answers: [String: String], now: Date
  ) throws {
    // Answers to questions this set does not ask (a set changed since, a user's copy without them) are
    // kept as they are: a set never deletes what it does not know.
    let owned = { (key: String) in
      questions.contains {
        $0.id == key || ($0.kind == .anecdotes && key.hasPrefix($0.id + "."))
          || ($0.kind == .rating && key == Interview.ratingEvidenceKey)
      }
    }
    let orphans = try Row.fetchAll(
      db, sql: "SELECT questionId, text FROM answer WHERE entryId = ? ORDER BY position", arguments: [entryID]
    ).filter { !owned($0["questionId"]) }
    try db.execute(sql: "DELETE FROM answer WHERE entryId = ?", arguments: [entryID])
    let keys = orderedKeys(questions: questions, answers: answers)
    let rows = keys.map { ($0, answers[$0]!) } + orphans.map { ($0["questionId"] as String, $0["text"] as String) }
    for (position, (key, text)) in rows.enumerated() {
      try db.execute(
        sql: "INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, ?, ?)",
        arguments: [entryID, key, position, text])
    }
    func answer(_ kind: PromptSet.Kind) -> String? {
      questions.first { $0.kind == kind }.flatMap { answers[$0.id] }
    }
    if let description = questions.first(where: \.isDescription) {
      try db.execute(
        sql: "UPDATE entry SET description = ? WHERE id = ?", arguments: [answers[description.id] ?? "", entryID])
    }
    if questions.contains(where: { $0.kind == .tags }) {
      try setTags(db, entryID: entryID, tags: Tags.parse(answer(.tags) ?? ""))
    }
    if questions.contains(where: { $0.kind == .skills }) {
      try tieSkills(db, entryID: entryID, names: SkillList.parse(answer(.skills) ?? ""), now: now)
    }
    if PromptSet.namesProjects(questions) {
      // A project named in an answer is made when new, as a skill named in one is.
      let links = PromptSet.projectAnswers(questions, answers).map(\.link)
      try tieProjects(db, entryID: entryID, links: links, now: now) { _ in true }
    }
    let skillID = try Int64.fetchOne(db, sql: "SELECT skillId FROM entry WHERE id = ?", arguments: [entryID])
    if questions.contains(where: { $0.kind == .rating }) {
      try storeRating(
        db, entryID: entryID, skillID: skillID, level: answer(.rating).flatMap(RatingScale.parse),
        evidence: try evidence(db, answer(.evidence) ?? answers[Interview.ratingEvidenceKey] ?? ""), now: now)
    }
    if questions.contains(where: { $0.kind == .target }) {
      try storeTarget(db, entryID: entryID, skillID: skillID, answer: answer(.target), now: now)
    }
  }

  /// Evidence that names an entry by its number (`12` or `#12`) is stored as `rate` stores it, `#12`,
  /// so that the evidence map and the review find it; any other text is kept as typed.
  static func evidence(_ db: Database, _ text: String) throws -> String {
    let value = text.trimmingCharacters(in: .whitespaces)
    let digits = value.hasPrefix("#") ? String(value.dropFirst()) : value
    guard let id = Int64(digits), try Entry.exists(db, key: id) else { return text }
    return "#\(id)"
  }

  /// The rating an interview gave: it keeps its date unless the level changes.
  private static func storeRating(
    _ db: Database, entryID: Int64, skillID: Int64?, level: Int?, evidence: String, now: Date
  ) throws {
    guard let level, let skillID else {
      try Rating.filter(Column("entryId") == entryID).deleteAll(db)
      return
    }
    if var rating = try Rating.filter(Column("entryId") == entryID).fetchOne(db) {
      if rating.level != level { rating.ratedAt = now }
      rating.level = level
      rating.evidence = evidence
      try rating.update(db)
    } else {
      var rating = Rating(skillID: skillID, entryID: entryID, level: level, evidence: evidence, ratedAt: now)
      try rating.insert(db)
    }
  }

  private static func storeTarget(
    _ db: Database, entryID: Int64, skillID: Int64?, answer: String?, now: Date
  ) throws {
    let parts = answer?.components(separatedBy: "\n") ?? []
    guard let skillID, parts.count == 2, let level = RatingScale.parse(parts[0]), let due = TargetDate.parse(parts[1])
    else {
      try Target.filter(Column("entryId") == entryID).deleteAll(db)
      return
    }
    if var target = try Target.filter(Column("entryId") == entryID).fetchOne(db) {
      if target.level != level || target.due != due { target.setAt = now }
      target.level = level
      target.due = due
      try target.update(db)
    } else {
      var target = Target(skillID: skillID, entryID: entryID, level: level, due: due, setAt: now)
      try target.insert(db)
    }
  }

  /// `new`: the entry has no tags yet, so there is nothing to delete first.
  static func setTags(_ db: Database, entryID: Int64, tags: [String], new: Bool = false) throws {
    if !new { try db.execute(sql: "DELETE FROM entryTag WHERE entryId = ?", arguments: [entryID]) }
    let addTag = try db.cachedStatement(sql: "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING")
    let tie = try db.cachedStatement(
      sql: """
        INSERT INTO entryTag (entryId, tagId, position)
        SELECT ?, id, ? FROM tag WHERE name = ? ON CONFLICT DO NOTHING
        """)
    for (position, name) in tags.enumerated() {
      try addTag.execute(arguments: [name])
      try tie.execute(arguments: [entryID, position, name])
    }
  }
}

/// Skill names as typed in a `skills` answer: comma-separated, trimmed, each once.
public enum SkillList {
  public static func parse(_ text: String) -> [String] {
    var seen = Set<String>()
    return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty && seen.insert(Skill.key(for: $0)).inserted }
  }
}

/// Tags as typed: comma-separated, trimmed, empty ones dropped, the first spelling of a repeated tag kept,
/// each cut to `maxBytes` (Hugo fails on tag pages whose names pass 255 bytes).
public enum Tags {
  public static let maxBytes = 100

  public static func parse(_ text: String) -> [String] {
    clean(text.split(separator: ",").map(String.init))
  }

  /// Tags given one by one: trimmed, empty ones dropped, the first spelling of a repeat kept, capped.
  public static func clean(_ items: [String]) -> [String] {
    var seen = Set<String>()
    var tags: [String] = []
    for part in items {
      var tag = part.trimmingCharacters(in: .whitespacesAndNewlines)
      while tag.utf8.count > maxBytes { tag.removeLast() }
      guard !tag.isEmpty, seen.insert(tag.lowercased()).inserted else { continue }
      tags.append(tag)
    }
    return tags
  }
}
