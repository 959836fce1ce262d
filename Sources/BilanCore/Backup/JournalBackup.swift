import Foundation
import GRDB

/// The whole journal as one JSON document (`export --all --format json`), documented in BACKUP.md.
/// Restored into an empty journal it keeps every id, so a second export is the same file.
public struct JournalBackup: Codable, Sendable, Equatable {
  public static let formatName = "bilan-journal"
  /// Raised whenever a field is added; a backup from a newer bilan is refused rather than half read.
  public static let currentVersion = 1

  public var format: String
  public var version: Int
  public var skills: [Skill]
  public var entries: [EntryRecord]
  public var ratings: [Rating]
  public var targets: [Target]
  /// Projects and the skills each is tied to (absent from backups made before projects).
  public var projects: [ProjectRecord]?
  /// The frameworks and stages chosen (`framework use`), oldest first; absent when none was.
  public var frameworks: [FrameworkChoice]?

  public struct ProjectRecord: Codable, Sendable, Equatable {
    public var project: Project
    public var skills: [Int64]
  }

  /// One entry with everything stored with it.
  public struct EntryRecord: Codable, Sendable, Equatable {
    public var entry: Entry
    public var answers: [AnswerRecord]
    public var tags: [String]
    /// Ids of the other skills it is tied to, in order.
    public var skills: [Int64]
    public var source: Source?
    /// Images of an imported page (their bytes in base64).
    public var assets: [AssetRecord]?
    /// Ids of the projects its anecdotes name, in order (absent when none, and from older backups).
    public var projects: [Int64]?
  }

  public struct AssetRecord: Codable, Sendable, Equatable {
    public var ref: String
    public var data: Data
  }

  public struct AnswerRecord: Codable, Sendable, Equatable {
    public var question: String
    public var text: String
  }

  public static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(timestamp.string(from: date))
    }
    return encoder
  }

  public static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = timestamp.date(from: text) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "'\(text)' is not a date such as 2026-11-28T09:30:00.000Z")
      }
      return date
    }
    return decoder
  }

  /// UTC with milliseconds: the precision the journal stores.
  static var timestamp: ISO8601DateFormatter {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter
  }
}

/// What restoring a backup did.
public struct RestoreReport: Sendable, Equatable {
  public var added = 0
  public var skipped = 0
  public var sameIDs = false
}

extension Journal {
  /// An entry of a backup is already in the journal when the same file or jrnl entry made one, or an
  /// entry of the same kind and title was started at the same moment or bears the same date.
  static func isPresent(_ db: Database, _ record: JournalBackup.EntryRecord) throws -> Bool {
    if let path = record.source?.path, try Source.filter(Column("path") == path).fetchCount(db) > 0 { return true }
    if let identity = record.source?.identity, try Source.filter(Column("identity") == identity).fetchCount(db) > 0 {
      return true
    }
    let entry = record.entry
    let sameKind = Entry.filter(Column("kind") == entry.kind.rawValue && Column("title") == entry.title)
    if try sameKind.filter(Column("createdAt") == entry.createdAt).fetchCount(db) > 0 { return true }
    if let date = entry.date, try sameKind.filter(Column("date") == date).fetchCount(db) > 0 { return true }
    return false
  }

  public func backup() throws -> JournalBackup {
    try read { db in
      let tagRows = try Row.fetchAll(
        db,
        sql:
          "SELECT entryTag.entryId, tag.name FROM entryTag JOIN tag ON tag.id = entryTag.tagId ORDER BY entryId, position"
      )
      let tags = Dictionary(grouping: tagRows) { $0["entryId"] as Int64 }.mapValues { $0.map { $0["name"] as String } }
      let tieRows = try Row.fetchAll(db, sql: "SELECT entryId, skillId FROM entrySkill ORDER BY entryId, position")
      let ties = Dictionary(grouping: tieRows) { $0["entryId"] as Int64 }.mapValues {
        $0.map { $0["skillId"] as Int64 }
      }
      let answers = Dictionary(grouping: try Answer.order(Column("entryId"), Column("position")).fetchAll(db)) {
        $0.entryID
      }
      let sources = Dictionary(uniqueKeysWithValues: try Source.fetchAll(db).map { ($0.entryID, $0) })
      let assets = Dictionary(
        grouping: try Row.fetchAll(db, sql: "SELECT entryId, ref, data FROM asset ORDER BY entryId, ref")
      ) { $0["entryId"] as Int64 }.mapValues { $0.map { JournalBackup.AssetRecord(ref: $0["ref"], data: $0["data"]) } }
      let projectRows = try Row.fetchAll(
        db, sql: "SELECT entryId, projectId FROM entryProject ORDER BY entryId, position")
      let entryProjects = Dictionary(grouping: projectRows) { $0["entryId"] as Int64 }.mapValues {
        $0.map { $0["projectId"] as Int64 }
      }
      let entries = try Entry.order(Column("id")).fetchAll(db).map { entry in
        JournalBackup.EntryRecord(
          entry: entry, answers: (answers[entry.id!] ?? []).map { .init(question: $0.questionID, text: $0.text) },
          tags: tags[entry.id!] ?? [], skills: ties[entry.id!] ?? [], source: sources[entry.id!],
          assets: assets[entry.id!], projects: entryProjects[entry.id!])
      }
      let projectTies = Dictionary(
        grouping: try Row.fetchAll(db, sql: "SELECT projectId, skillId FROM projectSkill ORDER BY projectId, skillId")
      ) { $0["projectId"] as Int64 }.mapValues { $0.map { $0["skillId"] as Int64 } }
      let projects = try Project.order(Column("id")).fetchAll(db).map {
        JournalBackup.ProjectRecord(project: $0, skills: projectTies[$0.id!] ?? [])
      }
      let choices = try Row.fetchAll(
        db, sql: "SELECT framework, stage, chosenAt FROM frameworkChoice ORDER BY chosenAt, id"
      ).map { FrameworkChoice(framework: $0["framework"], stage: $0["stage"], chosenAt: $0["chosenAt"]) }
      return JournalBackup(
        format: JournalBackup.formatName, version: JournalBackup.currentVersion,
        skills: try Skill.order(Column("id")).fetchAll(db), entries: entries,
        ratings: try Rating.order(Column("id")).fetchAll(db), targets: try Target.order(Column("id")).fetchAll(db),
        projects: projects, frameworks: choices.isEmpty ? nil : choices)
    }
  }

  /// Restores a backup in one transaction. Into a journal with no entries it keeps every id (the
  /// catalogue a new journal starts with gives way to the backup's); into one with entries it merges:
  /// new ids, skills matched by name, entries already present (same kind, title and start time) skipped.
  public func restore(_ backup: JournalBackup) throws -> RestoreReport {
    try write { db in
      var report = RestoreReport()
      // Same ids only into a journal that holds nothing of the user's: no entry, rating or target, and
      // no skill but the catalogue it started with.
      let empty =
        try Entry.fetchCount(db) == 0 && Rating.fetchCount(db) == 0 && Target.fetchCount(db) == 0
        && Skill.filter(Column("catalogId") == nil).fetchCount(db) == 0 && Project.fetchCount(db) == 0
      report.sameIDs = empty
      var skillIDs: [Int64: Int64] = [:]
      if empty {
        try db.execute(sql: "DELETE FROM skill")
        for skill in backup.skills {
          var copy = skill
          try copy.insert(db)
          skillIDs[skill.id!] = skill.id!
        }
      } else {
        let existing = try Skill.fetchAll(db)
        for skill in backup.skills {
          if let same = existing.first(where: {
            $0.key == skill.key || ($0.catalogID != nil && $0.catalogID == skill.catalogID)
          }) {
            skillIDs[skill.id!] = same.id!
          } else {
            var copy = skill
            copy.id = nil
            try copy.insert(db)
            skillIDs[skill.id!] = copy.id!
          }
        }
      }
      var projectIDs: [Int64: Int64] = [:]
      for record in backup.projects ?? [] {
        var project = record.project
        let oldID = project.id!
        if !empty, let same = try Project.filter(Column("key") == project.key).fetchOne(db) {
          projectIDs[oldID] = same.id!
        } else {
          if !empty { project.id = nil }
          try project.insert(db)
          projectIDs[oldID] = project.id!
        }
        for skill in record.skills {
          guard let mapped = skillIDs[skill] else { continue }
          try db.execute(
            sql: "INSERT OR IGNORE INTO projectSkill (projectId, skillId) VALUES (?, ?)",
            arguments: [projectIDs[oldID]!, mapped])
        }
      }
      var entryIDs: [Int64: Int64] = [:]
      for record in backup.entries {
        var entry = record.entry
        let oldID = entry.id!
        if !empty, try Journal.isPresent(db, record) {
          report.skipped += 1
          continue
        }
        if !empty { entry.id = nil }
        entry.skillID = entry.skillID.flatMap { skillIDs[$0] }
        entry.projectID = entry.projectID.flatMap { projectIDs[$0] }
        try entry.insert(db)
        let newID = entry.id!
        entryIDs[oldID] = newID
        for (position, answer) in record.answers.enumerated() {
          try Answer(entryID: newID, questionID: answer.question, position: position, text: answer.text).insert(db)
        }
        try Journal.setTags(db, entryID: newID, tags: record.tags)
        for (position, skill) in record.skills.enumerated() {
          guard let mapped = skillIDs[skill] else { continue }
          try db.execute(
            sql: "INSERT OR IGNORE INTO entrySkill (entryId, skillId, position) VALUES (?, ?, ?)",
            arguments: [newID, mapped, position])
        }
        for (position, project) in (record.projects ?? []).enumerated() {
          guard let mapped = projectIDs[project] else { continue }
          try db.execute(
            sql: "INSERT OR IGNORE INTO entryProject (entryId, projectId, position) VALUES (?, ?, ?)",
            arguments: [newID, mapped, position])
        }
        if var source = record.source {
          source.entryID = newID
          try source.insert(db)
        }
        for asset in record.assets ?? [] {
          try db.execute(
            sql: "INSERT OR IGNORE INTO asset (entryId, ref, data) VALUES (?, ?, ?)",
            arguments: [newID, asset.ref, asset.data])
        }
        if !entry.isDraft { try Journal.reindex(db, entryID: newID) }
        report.added += 1
      }
      for var rating in backup.ratings {
        if let entryID = rating.entryID {
          guard let mapped = entryIDs[entryID] else { continue }  // its entry was already there
          rating.entryID = mapped
        }
        guard let skill = skillIDs[rating.skillID] else { continue }
        rating.skillID = skill
        if !empty {
          // A rating given on its own is already there when its skill, level and moment are.
          let same = Rating.filter(
            Column("skillId") == skill && Column("level") == rating.level && Column("ratedAt") == rating.ratedAt)
          if rating.entryID == nil, try same.fetchCount(db) > 0 { continue }
          rating.id = nil
        }
        try rating.insert(db)
      }
      for var target in backup.targets {
        if let entryID = target.entryID {
          guard let mapped = entryIDs[entryID] else { continue }
          target.entryID = mapped
        }
        guard let skill = skillIDs[target.skillID] else { continue }
        target.skillID = skill
        if !empty {
          let same = Target.filter(
            Column("skillId") == skill && Column("level") == target.level && Column("setAt") == target.setAt)
          if target.entryID == nil, try same.fetchCount(db) > 0 { continue }
          target.id = nil
        }
        try target.insert(db)
      }
      for choice in backup.frameworks ?? [] {
        let same = try Int.fetchOne(
          db, sql: "SELECT count(*) FROM frameworkChoice WHERE framework = ? AND stage = ? AND chosenAt = ?",
          arguments: [choice.framework, choice.stage, choice.chosenAt])
        if same ?? 0 > 0 { continue }
        try db.execute(
          sql: "INSERT INTO frameworkChoice (framework, stage, chosenAt) VALUES (?, ?, ?)",
          arguments: [choice.framework, choice.stage, choice.chosenAt])
      }
      return report
    }
  }
}
