import Foundation
import GRDB

/// What an imported skill's page declares of itself: its level and its target, stored as the skill's
/// rating and target (issue 19: an overview of imported essays showed no level at all).
extension Journal {
  /// A skill's page that says its level (`level: 3` in its front matter, `3/5` in its self-assessment)
  /// rates the skill so, dated as the page (else when it was imported), and one that says its target
  /// (`niveau 4/5 d'ici 2027-06`) aims it so: the overview, `skills`, `history` and the page's own card
  /// then show what the author wrote. They are the page's: imported again, they follow the page; put in
  /// the trash, they stop counting.
  static func rateAsDeclared(
    _ db: Database, entryID: Int64, plan: ImportPlan, entry: Entry, skill: Skill?, source: Source, now: Date
  ) throws {
    try db.execute(sql: "DELETE FROM rating WHERE entryId = ?", arguments: [entryID])
    try db.execute(sql: "DELETE FROM target WHERE entryId = ?", arguments: [entryID])
    guard let skill, entry.kind == .assessment else { return }
    try storeDeclared(
      db, entry: entry, source: source, skill: skill, set: plan.match?.set, tags: plan.tags,
      at: plan.date?.0 ?? now)
  }

  /// Stores the level and the target an imported skill's page gives, read as `check` and `show` read them.
  static func storeDeclared(
    _ db: Database, entry: Entry, source: Source, skill: Skill, set: PromptSet?, tags: [String], at date: Date
  ) throws {
    let set = set ?? EssayLoader.noSet
    let stored = Dictionary(
      try Row.fetchAll(db, sql: "SELECT questionId, text FROM answer WHERE entryId = ?", arguments: [entry.id]).map {
        ($0["questionId"] as String, $0["text"] as String)
      }
    ) { first, _ in first }
    let imported = ImportedEssay(entry: entry, source: source, answers: stored, tags: tags)
    let answers = imported.structuredAnswers(set: set, subject: EssayLoader.subject(entry, skill: skill))
    if let level = imported.declaredLevel(set: set, answers: answers) {
      var rating = Rating(skillID: skill.id!, entryID: entry.id, level: level, ratedAt: date)
      try rating.insert(db)
    }
    if let goal = imported.declaredTarget(set: set, answers: answers) {
      var target = Target(skillID: skill.id!, entryID: entry.id, level: goal.level, due: goal.due, setAt: date)
      try target.insert(db)
    }
  }

  /// Skill pages imported before v12 rate and aim their skill as they declare, as an import now does
  /// (a shipped set's pages, and those of no set; the user's own sets are not read here). Records are
  /// read as they are at v12: a later migration that gives `entry` or `source` a field they must read
  /// keeps this one working by making it plain SQL.
  static func rateImportedPages(_ db: Database) throws {
    let ids = try Int64.fetchAll(
      db,
      sql: """
        SELECT e.id FROM entry e JOIN source s ON s.entryId = e.id
        WHERE e.kind = 'assessment' AND e.skillId IS NOT NULL AND s.kind = 'markdown' AND e.deletedAt IS NULL
        AND e.id NOT IN (SELECT entryId FROM rating WHERE entryId IS NOT NULL) ORDER BY e.id
        """)
    for id in ids {
      guard let entry = try Entry.fetchOne(db, key: id), let source = try Source.fetchOne(db, key: id),
        let skill = try Skill.fetchOne(db, key: entry.skillID)
      else { continue }
      let set = try entry.promptSet.flatMap { try PromptLibrary.shipped($0) }
      if entry.promptSet != nil, set == nil { continue }
      try storeDeclared(
        db, entry: entry, source: source, skill: skill, set: set, tags: Journal.tags(db, of: id),
        at: entry.date ?? source.importedAt)
    }
  }
}
