import Foundation
import GRDB

/// The journal's schema, built by migrations. Later features add migrations; none is ever edited.
enum Schema {
  /// `language` names the catalogue skills a new journal starts with.
  static func migrator(language: Language) -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE skill (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            category TEXT,
            createdAt DATETIME NOT NULL
          );
          -- AUTOINCREMENT: an entry id is never given twice, even after a delete.
          CREATE TABLE entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            skillId INTEGER REFERENCES skill(id) ON DELETE RESTRICT,
            promptSet TEXT,
            lang TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft', 'done')),
            step INTEGER NOT NULL DEFAULT 0,
            pending TEXT,
            createdAt DATETIME NOT NULL,
            updatedAt DATETIME NOT NULL,
            date DATETIME,
            utcOffset INTEGER NOT NULL DEFAULT 0,
            starred BOOLEAN NOT NULL DEFAULT 0,
            deletedAt DATETIME
          );
          CREATE INDEX entry_by_date ON entry (coalesce(date, createdAt) DESC, id DESC);
          CREATE INDEX entry_by_skill ON entry (skillId);
          CREATE TABLE answer (
            entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
            questionId TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (entryId, questionId)
          ) WITHOUT ROWID;
          CREATE TABLE rating (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            skillId INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            entryId INTEGER REFERENCES entry(id) ON DELETE SET NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '',
            ratedAt DATETIME NOT NULL
          );
          CREATE INDEX rating_by_skill ON rating (skillId, ratedAt);
          CREATE UNIQUE INDEX rating_by_entry ON rating (entryId) WHERE entryId IS NOT NULL;
          CREATE TABLE tag (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE
          );
          CREATE TABLE entryTag (
            entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
            tagId INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (entryId, tagId)
          ) WITHOUT ROWID;
          CREATE INDEX entryTag_by_tag ON entryTag (tagId);
          -- Full-text index of each entry (rowid = entry id), kept in step by Journal.reindex.
          -- remove_diacritics 2: `equipe` finds `équipe`.
          CREATE VIRTUAL TABLE entryText USING fts5 (
            title, body, tokenize = 'unicode61 remove_diacritics 2'
          );
          """)
    }
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          ALTER TABLE skill ADD COLUMN catalogId TEXT;
          CREATE UNIQUE INDEX skill_by_catalogue ON skill (catalogId) WHERE catalogId IS NOT NULL;
          -- The skills an entry is about besides its own (a daily reflection, a project page).
          CREATE TABLE entrySkill (
            entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
            skillId INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (entryId, skillId)
          ) WITHOUT ROWID;
          CREATE INDEX entrySkill_by_skill ON entrySkill (skillId);
          CREATE TABLE target (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            skillId INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            entryId INTEGER REFERENCES entry(id) ON DELETE SET NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            due TEXT NOT NULL,
            setAt DATETIME NOT NULL
          );
          CREATE INDEX target_by_skill ON target (skillId, setAt);
          CREATE UNIQUE INDEX target_by_entry ON target (entryId) WHERE entryId IS NOT NULL;
          """)
      try seedCatalogue(db, language: language)
    }
    migrator.registerMigration("v3") { db in
      try db.execute(
        sql: """
          -- Where an imported entry came from, and what it takes to write it back as it was.
          CREATE TABLE source (
            entryId INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,           -- markdown | jrnl
            path TEXT,                    -- the imported file, absolute
            identity TEXT,                -- jrnl: date, time and title
            hash TEXT NOT NULL,           -- FNV-1a 64 of the bytes read: unchanged files are skipped
            format TEXT NOT NULL,         -- yaml | toml | json | none
            frontMatter TEXT NOT NULL,    -- the block exactly as read (LF)
            fields TEXT NOT NULL,         -- JSON: every front-matter value, in order
            snapshot TEXT NOT NULL,       -- JSON: title, date, description and tags as imported
            layout TEXT NOT NULL,         -- JSON: heading lines and the answers under them
            lineEnding TEXT NOT NULL,
            unterminated BOOLEAN NOT NULL,
            importedAt DATETIME NOT NULL
          );
          CREATE UNIQUE INDEX source_by_path ON source (path) WHERE path IS NOT NULL;
          CREATE UNIQUE INDEX source_by_identity ON source (identity) WHERE identity IS NOT NULL;
          """)
    }
    migrator.registerMigration("v4") { db in
      // A skill's own re-rating cadence (`30d`, `3m`); NULL follows the default.
      try db.execute(sql: "ALTER TABLE skill ADD COLUMN cadence TEXT")
    }
    migrator.registerMigration("v5") { db in
      try db.execute(
        sql: """
          -- Projects have pages of their own and tie to skills (issue: publish).
          CREATE TABLE project (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            createdAt DATETIME NOT NULL
          );
          CREATE TABLE projectSkill (
            projectId INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            skillId INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
            PRIMARY KEY (projectId, skillId)
          ) WITHOUT ROWID;
          CREATE INDEX projectSkill_by_skill ON projectSkill (skillId);
          ALTER TABLE entry ADD COLUMN projectId INTEGER REFERENCES project(id) ON DELETE SET NULL;
          """)
      // Project pages written before: each title becomes a project.
      let pages = try Row.fetchAll(db, sql: "SELECT id, title, createdAt FROM entry WHERE kind = 'project' ORDER BY id")
      for page in pages {
        let title: String = page["title"]
        let key = Skill.key(for: title)
        try db.execute(
          sql: "INSERT OR IGNORE INTO project (name, key, createdAt) VALUES (?, ?, ?)",
          arguments: [title, key, page["createdAt"] as Date])
        try db.execute(
          sql: "UPDATE entry SET projectId = (SELECT id FROM project WHERE key = ?) WHERE id = ?",
          arguments: [key, page["id"] as Int64])
      }
    }
    migrator.registerMigration("v6") { db in
      // Images an imported page uses, kept so that publish writes them back (ref: as the page wrote it).
      try db.execute(
        sql: """
          CREATE TABLE asset (
            entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
            ref TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (entryId, ref)
          ) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v7") { db in
      // The few entries in the trash, found without reading the others: `tags` counts from the tag
      // index alone and takes these away.
      try db.execute(sql: "CREATE INDEX entry_trashed ON entry (id) WHERE deletedAt IS NOT NULL")
    }
    migrator.registerMigration("v8") { db in
      // jrnl imports before 0.5 indexed a title-only entry's body as NULL, which `search` could not read:
      // the index holds text, never NULL (doctor checks it too).
      try db.execute(
        sql: """
          UPDATE entryText SET body = coalesce(body, ''), title = coalesce(title, '')
          WHERE body IS NULL OR title IS NULL
          """)
    }
    migrator.registerMigration("v9") { db in
      // A new Markdown page looks for a twin with its bytes (a copy of the site): found by index, not by
      // reading every source. Partial, so that a jrnl import of 100,000 entries pays nothing for it.
      try db.execute(sql: "CREATE INDEX source_by_markdown_hash ON source (hash) WHERE kind = 'markdown'")
    }
    migrator.registerMigration("v10") { db in
      // The projects an entry's anecdotes name, in order: `projects` lists their skills, publish links
      // the project's page back to the essay. Rebuilt from the answers whenever they are stored.
      try db.execute(
        sql: """
          CREATE TABLE entryProject (
            entryId INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
            projectId INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (entryId, projectId)
          ) WITHOUT ROWID;
          CREATE INDEX entryProject_by_project ON entryProject (projectId);
          """)
      try tieAnecdoteProjects(db)
    }
    migrator.registerMigration("v11") { db in
      // An imported file that gives no date is listed with none, not with the time it was imported, and
      // sorts as the oldest (NULL), as Hugo sorts it; a draft still by the time it was started. The index
      // says it as `EntrySummary.day` does, so that `list` still walks it and stops at `-n`.
      try db.execute(
        sql: """
          DROP INDEX entry_by_date;
          CREATE INDEX entry_by_day ON entry (coalesce(date, CASE WHEN status = 'draft' THEN createdAt END) DESC, id DESC);
          """)
    }
    migrator.registerMigration("v12") { db in
      // An imported skill's page that says its level rates the skill so (`Journal.rateAsDeclared`):
      // pages imported before get their rating now.
      try Journal.rateImportedPages(db)
    }
    migrator.registerMigration("v13") { db in
      // The framework and stage the user aims at (`framework use`), newest first; and the reviews
      // (kind 'review', issue 21), found by date without reading the other entries: the next review
      // starts where the newest one ended.
      try db.execute(
        sql: """
          CREATE TABLE frameworkChoice (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            framework TEXT NOT NULL,
            stage TEXT NOT NULL,
            chosenAt DATETIME NOT NULL
          );
          CREATE INDEX entry_reviews ON entry (date) WHERE kind = 'review';
          """)
    }
    migrator.registerMigration("v14") { db in
      // Essays and project pages found by their kind: publish and check read them without reading
      // every entry (100,000 jrnl entries are 300 MiB of pages, each opened in an encrypted journal).
      try db.execute(sql: "CREATE INDEX entry_by_kind ON entry (kind, skillId)")
    }
    return migrator
  }

  /// Essays written before v10 named their anecdotes' projects as plain text: each is tied to its
  /// project as storing the answers now does, the project made when new (a name alone, or with the
  /// address bilan gives its page: `Journal.makesProject`). Essays of the shipped sets only (the
  /// user's own sets are not read here), and neither imported pages nor those in the trash: editing
  /// or importing one again ties it. Plain SQL, as in `seedCatalogue`.
  static func tieAnecdoteProjects(_ db: Database) throws {
    struct Named: NamedRecord, Sendable {
      var id: Int64
      var key: String
      var names: Set<String> { [key] }
    }
    var projects = try Row.fetchAll(db, sql: "SELECT id, key FROM project ORDER BY id").map {
      Named(id: $0["id"], key: $0["key"])
    }
    let entries = try Row.fetchAll(
      db,
      sql: """
        SELECT id, promptSet, createdAt FROM entry
        WHERE deletedAt IS NULL AND promptSet IS NOT NULL AND id NOT IN (SELECT entryId FROM source)
        ORDER BY id
        """)
    for entry in entries {
      guard let set = try? PromptLibrary.shipped(entry["promptSet"]), PromptSet.namesProjects(set.questions) else {
        continue
      }
      let entryID: Int64 = entry["id"]
      let answers = Dictionary(
        try Row.fetchAll(db, sql: "SELECT questionId, text FROM answer WHERE entryId = ?", arguments: [entryID]).map {
          ($0["questionId"] as String, $0["text"] as String)
        }
      ) { first, _ in first }
      var position = 0
      for (_, link) in PromptSet.projectAnswers(set.questions, answers) {
        guard let name = link.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { continue }
        var projectID: Int64?
        if case .found(let found) = NameMatcher.match(name, among: projects) {
          projectID = found.id
        } else if Journal.makesProject(link) {
          try db.execute(
            sql: "INSERT INTO project (name, key, createdAt) VALUES (?, ?, ?)",
            arguments: [name, Skill.key(for: name), entry["createdAt"] as Date])
          projectID = db.lastInsertedRowID
          projects.append(Named(id: db.lastInsertedRowID, key: Skill.key(for: name)))
        }
        guard let projectID else { continue }
        try db.execute(
          sql: "INSERT OR IGNORE INTO entryProject (entryId, projectId, position) VALUES (?, ?, ?)",
          arguments: [entryID, projectID, position])
        position += 1
      }
    }
  }

  /// The catalogue's skills, named in the journal's first language. A skill the user already has under
  /// either name is tied to the catalogue instead of added twice.
  /// Plain SQL, not the `Skill` record: a migration must keep working when later ones add columns.
  static func seedCatalogue(_ db: Database, language: Language) throws {
    let now = Date()
    for item in SkillCatalogue.shipped {
      let keys = [Skill.key(for: item.name.fr), Skill.key(for: item.name.en)]
      let existing = try Row.fetchAll(
        db, sql: "SELECT id, category FROM skill WHERE key IN (?, ?) ORDER BY id", arguments: [keys[0], keys[1]])
      guard let kept = existing.first else {
        let name = item.name[language]
        try db.execute(
          sql: "INSERT INTO skill (name, key, category, createdAt, catalogId) VALUES (?, ?, ?, ?, ?)",
          arguments: [name, Skill.key(for: name), item.category.rawValue, now, item.id])
        continue
      }
      let keptID: Int64 = kept["id"]
      // The same skill typed in both languages before the catalogue existed: one skill, nothing lost.
      for other in existing.dropFirst() {
        let otherID: Int64 = other["id"]
        for table in ["entry", "rating", "target"] {
          try db.execute(sql: "UPDATE \(table) SET skillId = ? WHERE skillId = ?", arguments: [keptID, otherID])
        }
        try db.execute(sql: "DELETE FROM skill WHERE id = ?", arguments: [otherID])
      }
      try db.execute(
        sql: "UPDATE skill SET catalogId = ?, category = coalesce(category, ?) WHERE id = ?",
        arguments: [item.id, item.category.rawValue, keptID])
    }
  }
}
