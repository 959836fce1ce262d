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

  /// The project this name is, but for case, accents, articles and plurals (`NameMatcher.alike`).
  public func projectAlike(_ name: String) throws -> Project? {
    try read { db in NameMatcher.alike(name, among: try Project.fetchAll(db)) }
  }

  /// The project a user means, names compared as skills' are (`NameMatcher`): case, accents, articles
  /// and plurals aside, else the words it begins.
  public func matchProject(_ typed: String) throws -> ProjectMatch {
    try read { db in NameMatcher.match(typed, among: try Project.fetchAll(db)) }
  }

  /// The project whose page an address leads to (`../../projets/citi`): an imported page by its file
  /// name, any other by the project's slug.
  public func project(at address: String) throws -> Project? {
    guard let slug = ProjectPages.slug(ofAddress: address) else { return nil }
    return try read { db in try Journal.project(db, pageSlug: slug) }
  }

  static func project(_ db: Database, pageSlug slug: String) throws -> Project? {
    let sources = try pageSources(db)
    return try Project.fetchAll(db).first { project in
      let stem = sources[project.id!]?.path.map(SitePlan.stem)
      return (stem ?? Slug.make(project.name)).lowercased() == slug
    }
  }

  /// The source of each project's page when it was imported: its newest finished page, the one
  /// `projectOverview` gives, by project id.
  static func pageSources(_ db: Database) throws -> [Int64: Source] {
    var newest: [Int64: Int64] = [:]
    let pages = try Row.fetchAll(
      db,
      sql: """
        SELECT projectId, id FROM entry
        WHERE kind = 'project' AND status = 'done' AND deletedAt IS NULL AND projectId IS NOT NULL
        ORDER BY coalesce(date, createdAt), id
        """)
    for page in pages { newest[page[0]] = page[1] }  // the newest comes last, and stays
    let sources = Dictionary(
      uniqueKeysWithValues: try Source.fetchAll(db, keys: Array(newest.values)).map { ($0.entryID, $0) })
    return newest.compactMapValues { sources[$0] }
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

  /// The projects an entry's anecdotes name, in order.
  public func projects(of entryID: Int64) throws -> [Project] {
    try read { db in
      try Project.fetchAll(
        db,
        sql: """
          SELECT project.* FROM entryProject JOIN project ON project.id = entryProject.projectId
          WHERE entryProject.entryId = ? ORDER BY entryProject.position
          """, arguments: [entryID])
    }
  }

  /// Where the site puts each project's page (`ProjectPages`): every project but those whose imported
  /// page is a draft, unless `drafts`.
  public func projectPages(drafts: Bool, folder: String? = nil) throws -> ProjectPages {
    try read { db in
      let sources = try Journal.pageSources(db)
      var rows: [(id: Int64, name: String, stem: String?)] = []
      for project in try Project.fetchAll(db) {
        let source = sources[project.id!]
        if !drafts, source.map(SitePlan.isDraft) == true { continue }
        rows.append((project.id!, project.name, source?.path.map(SitePlan.stem)))
      }
      return ProjectPages(rows, folder: folder)
    }
  }

  /// Ties an entry to the projects its answers name, in order. A link finds its project by name, as
  /// skills are found, else by the page its address leads to; one that finds none is made when `create`
  /// says so (as a skill named in an answer is), else left untied.
  static func tieProjects(
    _ db: Database, entryID: Int64, links: [Link], now: Date, create: (Link) -> Bool
  ) throws {
    try db.execute(sql: "DELETE FROM entryProject WHERE entryId = ?", arguments: [entryID])
    var position = 0
    for link in links {
      var project: Project?
      if let name = link.name, case .found(let found) = NameMatcher.match(name, among: try Project.fetchAll(db)) {
        project = found
      } else if let slug = link.address.flatMap(ProjectPages.slug(ofAddress:)) {
        project = try Journal.project(db, pageSlug: slug)
      }
      if project == nil, let name = link.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty, create(link) {
        if let same = try Project.filter(Column("key") == Skill.key(for: name)).fetchOne(db) {
          project = same
        } else {
          var made = Project(name: name, createdAt: now)
          try made.insert(db)
          project = made
        }
      }
      guard let project else { continue }
      try db.execute(
        sql: "INSERT OR IGNORE INTO entryProject (entryId, projectId, position) VALUES (?, ?, ?)",
        arguments: [entryID, project.id, position])
      position += 1
    }
  }

  /// Whether an imported page's link may make its project: a name alone, or a name with the address
  /// bilan gives that name's page (an essay bilan exported). A hand-written link to a page of another
  /// name (`[Transitions 4.0](../../projets/citi)`) makes nothing: that page is the project.
  static func makesProject(_ link: Link) -> Bool {
    guard let name = link.name else { return false }
    guard let address = link.address else { return true }
    return ProjectPages.slug(ofAddress: address) == Slug.make(name).lowercased()
  }

  public func link(project projectID: Int64, skills: [Int64]) throws {
    try write { db in
      for skill in skills {
        try db.execute(
          sql: "INSERT OR IGNORE INTO projectSkill (projectId, skillId) VALUES (?, ?)", arguments: [projectID, skill])
      }
    }
  }

  /// Every project with its page and its skills: those linked to it, those its page names, and those
  /// whose finished essays tell an anecdote in it.
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
                WHERE entry.projectId = ? AND entry.deletedAt IS NULL
              UNION SELECT entry.skillId FROM entryProject JOIN entry ON entry.id = entryProject.entryId
                WHERE entryProject.projectId = ? AND entry.status = 'done' AND entry.deletedAt IS NULL)
            ORDER BY key
            """, arguments: [project.id, project.id, project.id])
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
            UNION SELECT e.projectId FROM entry e JOIN entrySkill s ON s.entryId = e.id WHERE s.skillId = ?
            UNION SELECT projectId FROM entryProject WHERE entryId = ?)
          ORDER BY key
          """, arguments: [skillID, skillID, entryID])
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
