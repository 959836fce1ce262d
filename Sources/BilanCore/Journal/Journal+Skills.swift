import Foundation
import GRDB

extension Journal {
  /// The skill whose name matches, ignoring case, accents and repeated spaces.
  public func skill(named name: String) throws -> Skill? {
    try read { db in try Skill.filter(Column("key") == Skill.key(for: name)).fetchOne(db) }
  }

  public func skillNames() throws -> [String] {
    try read { db in try String.fetchAll(db, sql: "SELECT name FROM skill ORDER BY key") }
  }

  static func findOrCreateSkill(_ db: Database, name: String, now: Date) throws -> Skill {
    if let skill = try Skill.filter(Column("key") == Skill.key(for: name)).fetchOne(db) { return skill }
    var skill = Skill(name: name, createdAt: now)
    try skill.insert(db)
    return skill
  }
}
