import Foundation
import GRDB

/// `backup FILE` and `restore FILE`: whole copies of the journal made with SQLite's online backup, so a
/// copy is consistent even while another bilan writes.
extension Journal {
  /// Copies the journal to `path` (0600): written under a temporary name, checked, then renamed, so
  /// `path` is either the old file or a whole copy. Gives the number of entries copied.
  @discardableResult
  public func copy(to path: String) throws -> Int {
    Journal.removeStaleCopies(beside: path, marker: ".partial-")
    let temporary = path + ".partial-\(getpid())"
    defer { Journal.removeCopy(temporary) }
    try Journal.createPrivateFile(temporary)
    // A copy of an encrypted journal is sealed with the same key: the same passphrase opens it.
    let copyKey = try key.map { try JournalCipher.share($0, to: temporary) }
    let destination = try DatabaseQueue(path: temporary)
    try db.backup(to: destination)
    let entries = try Journal.check(destination, path: path, key: copyKey)
    // A copy in WAL mode would need files of its own beside it even to be read: it is one file.
    try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
    try destination.close()
    guard rename(temporary, path) == 0 else {
      throw JournalError.cannotCreate(path, String(cString: strerror(errno)))
    }
    withExtendedLifetime(copyKey) {}
    return entries
  }

  /// Replaces the journal at `journalPath` with the copy at `backupPath`, after checking the copy
  /// (a bilan journal, not from a newer bilan, whole) and only when no other bilan has the journal
  /// open. The journal replaced is kept as `<journal>.before-restore-<time>`; gives that path, and the
  /// key of the restored journal when the copy is encrypted (`passphrase` is asked only when this
  /// process holds no key that opens it).
  public static func restore(
    from backupPath: String, into journalPath: String, now: Date, passphrase: (() throws -> Secret)? = nil
  ) throws -> (kept: String?, entries: Int, key: KeyHold?) {
    let lock = try JournalLock(journal: journalPath, exclusive: true)
    defer { withExtendedLifetime(lock) {} }
    removeStaleCopies(beside: journalPath, marker: ".restoring-")
    let temporary = journalPath + ".restoring-\(getpid())"
    defer { removeCopy(temporary) }
    // The backup is only read: copied as it is, then the copy is checked and brought up to date.
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: backupPath, isDirectory: &isFolder) else {
      throw JournalError.notABackup(backupPath, LocalizedText(fr: "ce fichier n'existe pas", en: "no such file"))
    }
    if isFolder.boolValue {
      throw JournalError.notABackup(backupPath, LocalizedText(fr: "c'est un dossier", en: "it is a folder"))
    }
    let sourceKey = try backupKey(backupPath, journalPath, passphrase)
    try createPrivateFile(temporary)
    let copyKey = try sourceKey.map { try JournalCipher.share($0, to: temporary) }
    do {
      var config = Configuration()
      config.readonly = true
      let source = try DatabaseQueue(path: backupPath, configuration: config)
      guard try source.read({ db in try db.tableExists("grdb_migrations") }) else {
        throw JournalError.notABackup(
          backupPath,
          LocalizedText(
            fr: "il est vide, ou ce n'est pas un journal écrit par bilan",
            en: "it is empty, or not a journal bilan wrote"))
      }
      try source.backup(to: DatabaseQueue(path: temporary))
      try source.close()
    } catch let error as DatabaseError {
      throw failed(sourceKey, backupPath) ?? JournalError.notABackup(backupPath, .verbatim(error.message ?? "\(error)"))
    }
    let entries: Int
    do {
      let copy = try Journal(path: temporary)
      entries = try check(copy.db, path: backupPath, key: copyKey)
      try copy.db.close()
    } catch let error as JournalError {
      // Named by the file the user gave, not by the temporary copy.
      if case .notAJournal(_, let why) = error { throw JournalError.notABackup(backupPath, why) }
      throw error.about(backupPath, instead: temporary)
    }
    var kept: String?
    if FileManager.default.fileExists(atPath: journalPath) {
      // Everything the old journal holds goes into its main file before it is set aside; an encrypted
      // one whose key this process lacks keeps its WAL beside it instead, under the new name.
      let oldKey = JournalCipher.isEncrypted(journalPath) ? JournalCipher.hold(journalPath) : nil
      let walAside = JournalCipher.isEncrypted(journalPath) && oldKey == nil
      if !walAside {
        let old = try DatabaseQueue(path: journalPath)
        try old.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try old.close()
      }
      let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
      var aside = "\(journalPath).before-restore-\(stamp)"
      var n = 2
      while FileManager.default.fileExists(atPath: aside) {
        aside = "\(journalPath).before-restore-\(stamp)-\(n)"
        n += 1
      }
      guard rename(journalPath, aside) == 0 else {
        throw JournalError.cannotCreate(journalPath, String(cString: strerror(errno)))
      }
      if walAside { rename(journalPath + "-wal", aside + "-wal") }
      for suffix in ["-wal", "-shm"] { unlink(journalPath + suffix) }
      kept = aside
    }
    guard rename(temporary, journalPath) == 0 else {
      let why = String(cString: strerror(errno))
      if let kept { rename(kept, journalPath) }
      throw JournalError.cannotCreate(journalPath, why)
    }
    // The restored journal's key, held under its own name: the next command needs no passphrase.
    let restoredKey = try sourceKey.map { try JournalCipher.share($0, to: journalPath) }
    withExtendedLifetime(copyKey) {}
    return (kept, entries, restoredKey)
  }

  /// The key of an encrypted backup: one this process holds for it or for the journal (a copy of the
  /// same journal), else the one `passphrase` opens. Nil for a plain backup.
  private static func backupKey(
    _ backupPath: String, _ journalPath: String, _ passphrase: (() throws -> Secret)?
  ) throws -> KeyHold? {
    guard JournalCipher.isEncrypted(backupPath) else { return nil }
    if let held = JournalCipher.hold(backupPath) { return held }
    if let current = JournalCipher.hold(journalPath) {
      let shared = try JournalCipher.share(current, to: backupPath)
      if let same = JournalCipher.hold(backupPath) { return withExtendedLifetime(shared) { same } }
    }
    guard let passphrase else { throw JournalError.encrypted(backupPath) }
    return try JournalCipher.unlock(backupPath, passphrase())
  }

  /// SQLite's own check of every page and index; gives the number of entries.
  static func check(_ db: some DatabaseReader, path: String, key: KeyHold? = nil) throws -> Int {
    do {
      return try db.read { db in
        let verdict = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard verdict == ["ok"] else {
          let found = verdict.prefix(3).joined(separator: "; ")
          throw failed(key, path)
            ?? .notAJournal(path, LocalizedText(fr: "endommagé : " + found, en: "damaged: " + found))
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
      }
    } catch let error as DatabaseError {
      throw failed(key, path) ?? .database(path, error.message ?? "\(error)")
    }
  }

  static func createPrivateFile(_ path: String) throws {
    unlink(path)
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw JournalError.cannotCreate(path, String(cString: strerror(errno))) }
    close(fd)
  }

  /// The copies killed runs left beside `path` (`<path><marker><pid>` and SQLite's files beside it).
  static func removeStaleCopies(beside path: String, marker: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    for suffix in ["", "-wal", "-shm", "-journal", ".lock"] {
      StaleFiles.remove(in: folder.isEmpty ? "." : folder) {
        StaleFiles.pid(in: $0, after: name + marker, before: suffix)
      }
    }
  }

  static func removeCopy(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal", ".lock"] { unlink(path + suffix) }
  }
}
