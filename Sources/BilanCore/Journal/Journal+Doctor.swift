import Foundation
import GRDB

/// One thing `doctor` found wrong, as facts: the command words them in the user's language (SQLite's
/// own reports are quoted as SQLite wrote them).
public struct JournalProblem: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case damaged, searchIndex, orphans, permissions
  }
  public enum Finding: Sendable, Equatable {
    /// SQLite's integrity check, its first lines.
    case damaged(report: [String])
    /// Index rows counted against the entries.
    case searchIndex(missing: Int, extra: Int, stale: Int, empty: Int)
    /// FTS5's own check failed, with its message.
    case searchIndexCheck(String)
    case orphans(rows: Int, tables: [String])
    /// A file or folder others can read; modes in octal.
    case permissions(path: String, mode: Int, wanted: Int)
  }
  public var finding: Finding
  /// Whether `doctor --repair` can put it right.
  public var repairable: Bool

  public var kind: Kind {
    switch finding {
    case .damaged: .damaged
    case .searchIndex, .searchIndexCheck: .searchIndex
    case .orphans: .orphans
    case .permissions: .permissions
    }
  }
}

extension Journal {
  /// Checks the file (SQLite's integrity check, foreign keys), the full-text index against the entries,
  /// rows left without their entry, and the file's and folder's modes.
  public func diagnose() throws -> [JournalProblem] {
    var problems: [JournalProblem] = []
    try read { db in
      let verdict = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      // A sealed page that fails its check is named and nothing is repaired.
      if verdict != ["ok"], let tampered = Journal.failed(key, path) { throw tampered }
      if verdict != ["ok"] {
        problems.append(
          .init(finding: .damaged(report: Array(verdict.prefix(5))), repairable: false))
      }
      let missing =
        try Int.fetchOne(
          // A draft enters the index when it is finished (`finish`): not indexed yet is not missing.
          db,
          sql: "SELECT count(*) FROM entry WHERE status != 'draft' AND id NOT IN (SELECT rowid FROM entryText)") ?? 0
      let extra =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM entryText WHERE rowid NOT IN (SELECT id FROM entry)") ?? 0
      let stale =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM entryText t JOIN entry e ON e.id = t.rowid WHERE t.title IS NOT e.title") ?? 0
      // A row with no text (NULL) is one no reader expects: a search that finds it must not fail.
      let empty =
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entryText WHERE title IS NULL OR body IS NULL") ?? 0
      if missing + extra + stale + empty > 0 {
        problems.append(
          .init(
            finding: .searchIndex(missing: missing, extra: extra, stale: stale, empty: empty), repairable: true))
      }
      let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      if !orphans.isEmpty {
        let tables = Set(orphans.map { $0[0] as String }).sorted()
        problems.append(.init(finding: .orphans(rows: orphans.count, tables: tables), repairable: true))
      }
    }
    // FTS5 checks its own index against its text through a write (rolled back here); it cannot run
    // on a read-only journal.
    if !isReadOnly, !problems.contains(where: { $0.kind == .searchIndex }) {
      try write { db in
        try db.inSavepoint {
          do {
            try db.execute(sql: "INSERT INTO entryText (entryText) VALUES ('integrity-check')")
          } catch let error as DatabaseError {
            problems.append(.init(finding: .searchIndexCheck(error.message ?? "\(error)"), repairable: true))
          }
          return .rollback
        }
      }
    }
    let manager = FileManager.default
    // The folder only when bilan made it (`…/bilan`): a journal kept elsewhere lives in the user's folder.
    let folder = (path as NSString).deletingLastPathComponent
    var files = [(path, 0o600)]
    if (folder as NSString).lastPathComponent == "bilan" { files.append((folder, 0o700)) }
    for (file, wanted) in files {
      if let mode = (try? manager.attributesOfItem(atPath: file))?[.posixPermissions] as? Int, mode & 0o077 != 0 {
        problems.append(
          .init(finding: .permissions(path: file, mode: mode, wanted: wanted), repairable: true))
      }
    }
    return problems
  }

  /// Puts right what `diagnose` can: rebuilds the search index from the entries, deletes rows that
  /// point to nothing, and makes the file 0600 and its folder 0700. A damaged file is left to
  /// `restore` from a backup.
  public func repair(_ problems: [JournalProblem]) throws {
    let kinds = Set(problems.filter(\.repairable).map(\.kind))
    if kinds.contains(.searchIndex) || kinds.contains(.orphans) {
      try write { db in
        if kinds.contains(.orphans) {
          for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row[0]
            if let rowid: Int64 = row[1] {
              try db.execute(sql: "DELETE FROM \(table.quotedDatabaseIdentifier) WHERE rowid = ?", arguments: [rowid])
            }
          }
          // Tables without rowid: their rows are found by the entry they name.
          for table in ["answer", "entryTag", "entrySkill", "entryProject", "asset"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE entryId NOT IN (SELECT id FROM entry)")
          }
        }
        // Made again from nothing: an index out of step with its own text may not even delete cleanly.
        try db.execute(
          sql: """
            DROP TABLE entryText;
            CREATE VIRTUAL TABLE entryText USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
            """)
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM entry WHERE status != 'draft'") {
          try Journal.reindex(db, entryID: id)
        }
      }
    }
    if kinds.contains(.permissions) {
      chmod(path, 0o600)
      let folder = (path as NSString).deletingLastPathComponent
      if (folder as NSString).lastPathComponent == "bilan" { chmod(folder, 0o700) }
    }
  }
}
