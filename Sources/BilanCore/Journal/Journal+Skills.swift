import Foundation
import GRDB

extension Journal {
  /// The skill whose name matches, ignoring case, accents and repeated spaces.
  public func skill(named name: String) throws -> Skill? {
    if case .found(let skill) = try matchSkill(name), Journal.names(of: skill).contains(Skill.key(for: name)) {
      return skill
    }
    return nil
  }

  /// Names for completion: each skill's name (catalogue skills also under their other language's name).
  public func skillNames() throws -> [String] {
    try read { db in
      try Skill.fetchAll(db).flatMap { skill -> [String] in
        guard let catalogue = skill.catalogue else { return [skill.name] }
        return Array(Set([skill.name, catalogue.name.fr, catalogue.name.en]))
      }.sorted()
    }
  }

  public func skills() throws -> [Skill] {
    try read { db in try Skill.order(Column("key")).fetchAll(db) }
  }

  /// The skill this name is, but for case, accents, articles and plurals (`NameMatcher.alike`).
  public func skillAlike(_ name: String) throws -> Skill? {
    try read { db in NameMatcher.alike(name, among: try Skill.fetchAll(db)) }
  }

  /// Finds the skill a user means, in either language, as every name is compared (`NameMatcher`):
  /// an exact name wins; then the name without articles and plural marks; then the typed words
  /// beginning the name's words (`autonomie` finds *Autonomie professionnelle*), or a later word of it
  /// (`autonomy` finds *Professional autonomy*). More than one such skill is ambiguous.
  public func matchSkill(_ typed: String) throws -> SkillMatch {
    try read { db in try Journal.matchSkill(db, typed) }
  }

  static func matchSkill(_ db: Database, _ typed: String) throws -> SkillMatch {
    NameMatcher.match(typed, among: try Skill.fetchAll(db))
  }

  /// Every folded name a skill answers to.
  static func names(of skill: Skill) -> Set<String> { skill.names }

  /// Adds a skill to the catalogue. A name already taken is refused by the journal's unique key.
  @discardableResult
  public func addSkill(name: String, category: Skill.Category?, now: Date) throws -> Skill {
    try write { db in
      var skill = Skill(name: name.trimmingCharacters(in: .whitespaces), category: category, createdAt: now)
      try skill.insert(db)
      return skill
    }
  }

  public func setCategory(of skillID: Int64, to category: Skill.Category?) throws {
    try write { db in
      try db.execute(sql: "UPDATE skill SET category = ? WHERE id = ?", arguments: [category?.rawValue, skillID])
    }
  }

  /// Renames a skill; essays titled with the old name take the new one.
  public func renameSkill(_ skillID: Int64, to name: String, now: Date) throws {
    try write { db in
      guard var skill = try Skill.fetchOne(db, key: skillID) else { return }
      let old = skill.name
      skill.name = name.trimmingCharacters(in: .whitespaces)
      skill.key = Skill.key(for: skill.name)
      try skill.update(db)
      try Journal.retitle(db, skillID: skillID, from: old, to: skill.name, now: now)
    }
  }

  /// Moves everything of `from` (entries, ratings, targets, ties) to `into`, then removes `from`.
  public func mergeSkill(_ from: Int64, into: Int64, now: Date) throws {
    guard from != into else { return }
    try write { db in
      guard let old = try Skill.fetchOne(db, key: from), var kept = try Skill.fetchOne(db, key: into) else { return }
      try db.execute(sql: "UPDATE entry SET skillId = ? WHERE skillId = ?", arguments: [into, from])
      try db.execute(sql: "UPDATE rating SET skillId = ? WHERE skillId = ?", arguments: [into, from])
      try db.execute(sql: "UPDATE target SET skillId = ? WHERE skillId = ?", arguments: [into, from])
      try db.execute(
        sql: "UPDATE OR IGNORE entrySkill SET skillId = ? WHERE skillId = ?", arguments: [into, from])
      try db.execute(sql: "DELETE FROM entrySkill WHERE skillId = ?", arguments: [from])
      try db.execute(sql: "DELETE FROM skill WHERE id = ?", arguments: [from])
      if kept.catalogID == nil, old.catalogID != nil {
        kept.catalogID = old.catalogID
      }
      if kept.category == nil { kept.category = old.category }
      try kept.update(db)
      try Journal.retitle(db, skillID: into, from: old.name, to: kept.name, now: now)
    }
  }

  /// How many entries use a skill, as their subject or tied to it.
  public func entryCount(skill skillID: Int64) throws -> Int {
    try read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM entry WHERE deletedAt IS NULL
          AND (skillId = ? OR id IN (SELECT entryId FROM entrySkill WHERE skillId = ?))
          """, arguments: [skillID, skillID]) ?? 0
    }
  }

  /// Removes a skill with its ratings and targets. Its entries stay, no longer tied to it.
  public func removeSkill(_ skillID: Int64) throws {
    try write { db in
      try db.execute(sql: "UPDATE entry SET skillId = NULL WHERE skillId = ?", arguments: [skillID])
      try db.execute(sql: "DELETE FROM skill WHERE id = ?", arguments: [skillID])
    }
  }

  /// A rating or target counts once given on its own or by a finished interview, not by a draft.
  static let settled =
    "(entryId IS NULL OR entryId IN (SELECT id FROM entry WHERE status = 'done' AND deletedAt IS NULL))"

  /// The skills an entry is tied to besides its own, in the order given.
  public func relatedSkills(of entryID: Int64) throws -> [Skill] {
    try read { db in
      try Skill.fetchAll(
        db,
        sql: """
          SELECT skill.* FROM entrySkill JOIN skill ON skill.id = entrySkill.skillId
          WHERE entrySkill.entryId = ? ORDER BY entrySkill.position
          """, arguments: [entryID])
    }
  }

  /// The related skills of several entries in one query, by entry id.
  public func relatedSkills(of entryIDs: [Int64]) throws -> [Int64: [Skill]] {
    guard !entryIDs.isEmpty else { return [:] }
    return try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT entrySkill.entryId AS owner, skill.* FROM entrySkill JOIN skill ON skill.id = entrySkill.skillId
          WHERE entrySkill.entryId IN (SELECT value FROM json_each(?)) ORDER BY entrySkill.entryId, entrySkill.position
          """, arguments: ["[" + entryIDs.map(String.init).joined(separator: ",") + "]"])
      var skills: [Int64: [Skill]] = [:]
      for row in rows { skills[row["owner"], default: []].append(try Skill(row: row)) }
      return skills
    }
  }

  static func findOrCreateSkill(_ db: Database, name: String, now: Date) throws -> Skill {
    if let skill = try Skill.filter(Column("key") == Skill.key(for: name)).fetchOne(db) { return skill }
    var skill = Skill(name: name, createdAt: now)
    try skill.insert(db)
    return skill
  }

  /// Ties an entry to skills by name (a `skills` answer), matched as everywhere (both languages, the
  /// first words); a name that matches nothing, or several, is added to the catalogue as typed.
  static func tieSkills(_ db: Database, entryID: Int64, names: [String], now: Date) throws {
    try db.execute(sql: "DELETE FROM entrySkill WHERE entryId = ?", arguments: [entryID])
    for (position, name) in names.enumerated() {
      let skill: Skill
      if case .found(let found) = try matchSkill(db, name) {
        skill = found
      } else {
        skill = try findOrCreateSkill(db, name: name, now: now)
      }
      try db.execute(
        sql: "INSERT OR IGNORE INTO entrySkill (entryId, skillId, position) VALUES (?, ?, ?)",
        arguments: [entryID, skill.id, position])
    }
  }

  private static func retitle(_ db: Database, skillID: Int64, from old: String, to new: String, now: Date) throws {
    let ids = try Int64.fetchAll(
      db, sql: "SELECT id FROM entry WHERE skillId = ? AND title = ?", arguments: [skillID, old])
    for id in ids {
      try db.execute(sql: "UPDATE entry SET title = ?, updatedAt = ? WHERE id = ?", arguments: [new, now, id])
      if try Entry.fetchOne(db, key: id)?.isDraft == false { try reindex(db, entryID: id) }
    }
  }
}
