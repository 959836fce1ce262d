import Foundation
import GRDB

/// A project with what its page needs: its page entry (if written), its skills.
public struct ProjectOverview: Sendable, Equatable {
  public var project: Project
  /// The newest finished project page written for it, if any.
  public var pageID: Int64?
  public var skills: [Skill]
}

extension Journal {
  /// The project whose name matches exactly (case and accents aside).
  public func project(_ id: Int64) throws -> Project? {
    try read { db in try Project.fetchOne(db, key: id) }
  }

  public func project(named name: String) throws -> Project? {
    try read { db in try Project.filter(Column("key") == Skill.key(for: name)).fetchOne(db) }
  }

  /// The project a user means: the exact name, else the only one whose words the typed words begin.
  public func project(matching typed: String) throws -> [Project] {
    if let exact = try project(named: typed) { return [exact] }
    let words = Skill.key(for: typed).split(separator: " ")
    guard !words.isEmpty else { return [] }
    return try read { db in try Project.fetchAll(db) }.filter { project in
      let name = project.key.split(separator: " ")
      guard words.count <= name.count else { return false }
      return zip(words, name).enumerated().allSatisfy { index, pair in
        index == words.count - 1 ? pair.1.hasPrefix(pair.0) : pair.0 == pair.1
      }
    }
  }

  @discardableResult
  public func addProject(name: String, description: String, now: Date) throws -> Project {
    try write { db in
      var project = Project(name: name.trimmingCharacters(in: .whitespaces), description: description, createdAt: now)
      try project.insert(db)
      return project
    }
  }

  /// The project of that name, added when new.
  public func findOrAddProject(name: String, now: Date) throws -> Project {
    if let project = try project(named: name) { return project }
    return try addProject(name: name, description: "", now: now)
  }

  public func link(project projectID: Int64, skills: [Int64]) throws {
    try write { db in
      for skill in skills {
        try db.execute(
          sql: "INSERT OR IGNORE INTO projectSkill (projectId, skillId) VALUES (?, ?)", arguments: [projectID, skill])
      }
    }
  }

  /// Every project with its page and its skills: those linked to it, and those its page names.
  public func projectOverview() throws -> [ProjectOverview] {
    try read { db in
      let projects = try Project.order(Column("key")).fetchAll(db)
      return try projects.map { project in
        let page = try Int64.fetchOne(
          db,
          sql: """
            SELECT id FROM entry WHERE projectId = ? AND kind = 'project' AND status = 'done' AND deletedAt IS NULL
            ORDER BY date DESC, id DESC LIMIT 1
            """, arguments: [project.id])
        let skills = try Skill.fetchAll(
          db,
          sql: """
            SELECT DISTINCT skill.* FROM skill WHERE id IN (
              SELECT skillId FROM projectSkill WHERE projectId = ?
              UNION SELECT entrySkill.skillId FROM entrySkill JOIN entry ON entry.id = entrySkill.entryId
                WHERE entry.projectId = ? AND entry.deletedAt IS NULL)
            ORDER BY key
            """, arguments: [project.id, project.id])
        return ProjectOverview(project: project, pageID: page, skills: skills)
      }
    }
  }
}

extension Journal {
  /// A skill essay's tags when the writer gave none, as in the model essay: the names of the skill's
  /// projects, then its category's label in the essay's language.
  public func defaultTags(entryID: Int64) throws {
    try write { db in
      guard let entry = try Entry.fetchOne(db, key: entryID), entry.kind == .assessment, let skillID = entry.skillID,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entryTag WHERE entryId = ?", arguments: [entryID]) == 0
      else { return }
      let projects = try String.fetchAll(
        db,
        sql: """
          SELECT name FROM project WHERE id IN (SELECT projectId FROM projectSkill WHERE skillId = ?
            UNION SELECT e.projectId FROM entry e JOIN entrySkill s ON s.entryId = e.id WHERE s.skillId = ?)
          ORDER BY key
          """, arguments: [skillID, skillID])
      let category = try Skill.fetchOne(db, key: skillID)?.category
      let label: String? =
        switch category {
        case .technical: entry.lang.pick("Technique", "Technical")
        case .human: entry.lang.pick("Transverse", "Transversal")
        case nil: nil
        }
      let tags = Tags.clean(projects + [label].compactMap { $0 })
      guard !tags.isEmpty else { return }
      try Journal.setTags(db, entryID: entryID, tags: tags)
      try Journal.reindex(db, entryID: entryID)
    }
  }
}
