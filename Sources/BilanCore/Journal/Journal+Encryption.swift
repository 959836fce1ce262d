import Foundation
import GRDB

/// `encrypt`, `decrypt` and `passphrase`: a journal turned into a sealed one and back, written whole
/// under a temporary name, checked, then renamed over the journal, so that a kill at any moment leaves
/// the old journal or the new one, never a mix. ENCRYPTION.md describes the sealed file.
extension Journal {
  /// Seals the plain journal at `path` with a new data key wrapped by `secret`. Needs the journal alone
  /// (no other bilan open on it). Gives the number of entries, checked in the new file, and its key.
  @discardableResult
  public static func encrypt(_ path: String, with secret: Secret, cost: KeyCost) throws -> (
    entries: Int, key: KeyHold?
  ) {
    let lock = try JournalLock(journal: path, exclusive: true)
    defer { withExtendedLifetime(lock) {} }
    if try checkHeader(path) { throw JournalError.alreadyEncrypted(path) }
    return try convert(path, marker: ".encrypting-", reserve: JournalCipher.reserve, source: nil) { temporary in
      try JournalCipher.create(temporary, secret, pageSize: pageSize, cost: cost)
    }
  }

  /// Writes the encrypted journal at `path` back in the clear (the key held by `key`). Needs the journal
  /// alone. Gives the number of entries, checked in the new file.
  @discardableResult
  public static func decrypt(_ path: String, key: KeyHold) throws -> Int {
    let lock = try JournalLock(journal: path, exclusive: true)
    defer { withExtendedLifetime(lock) {} }
    if try !checkHeader(path) { throw JournalError.notEncrypted(path) }
    let entries = try convert(path, marker: ".decrypting-", reserve: 0, source: key) { _ in nil }.entries
    JournalCipher.forget(path)
    return entries
  }

  /// The key this process holds for the encrypted journal at `path`, or the one `passphrase` opens.
  public static func key(_ path: String, passphrase: () throws -> Secret) throws -> KeyHold {
    if try !checkHeader(path) { throw JournalError.notEncrypted(path) }
    if let held = JournalCipher.hold(path) { return held }
    return try JournalCipher.unlock(path, passphrase())
  }

  /// Wraps the data key with a new passphrase: one slot of the key block is written, the pages are not.
  /// The old passphrase opens the journal until the new slot is on disk, never after.
  public func changePassphrase(to secret: Secret, cost: KeyCost) throws {
    guard let key else { throw JournalError.notEncrypted(path) }
    if isReadOnly { throw JournalError.readOnly(path) }
    try JournalCipher.rekey(key, path, secret, cost: cost)
  }

  /// The key derivation's cost written in an encrypted journal.
  public var keyCost: KeyCost? { isEncrypted ? JournalCipher.cost(path)?.cost : nil }

  /// VACUUM INTO a temporary file (sealed when `newKey` gives it a key), checked, synced, renamed.
  private static func convert(
    _ path: String, marker: String, reserve: Int32, source: KeyHold?, newKey: (String) throws -> KeyHold?
  ) throws -> (entries: Int, key: KeyHold?) {
    removeStaleCopies(beside: path, marker: marker)
    let temporary = path + marker + "\(getpid())"
    defer { removeCopy(temporary) }
    try createPrivateFile(temporary)
    let key = try newKey(temporary)
    let entries: Int
    do {
      let queue = try DatabaseQueue(path: path)
      let count = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0 }
      try queue.writeWithoutTransaction { db in
        // VACUUM INTO builds the new file with the pages' reserve asked of the source: 40 bytes to seal.
        JournalCipher.setReserve(db.sqliteConnection, reserve)
        try db.execute(sql: "VACUUM INTO ?", arguments: [temporary])
      }
      let copy = try Journal(path: temporary)
      entries = try check(copy.db, path: path, key: key)
      guard entries == count else {
        throw JournalError.notAJournal(
          temporary,
          LocalizedText(fr: "\(entries) entrées copiées sur \(count)", en: "\(entries) entries copied of \(count)"))
      }
      try copy.db.close()
      // Everything the old journal holds is in its main file: its WAL is not left beside the new one.
      try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
      try queue.close()
    } catch let error as DatabaseError {
      throw failed(source ?? key, path) ?? JournalError.database(path, error.message ?? "\(error)")
    }
    try syncFile(temporary)
    for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
    guard rename(temporary, path) == 0 else {
      throw JournalError.cannotCreate(path, String(cString: strerror(errno)))
    }
    syncFolder(of: path)
    // The new key, held under the journal's own name: the next command needs no passphrase.
    return (entries, try key.map { try JournalCipher.share($0, to: path) })
  }

  /// What killed `decrypt`s and `encrypt`s left beside the journal (`<journal>.decrypting-PID`, a plain
  /// copy, and its SQLite files; the lock file of an `.encrypting-PID` copy killed once renamed; the
  /// second name `.new-PID` of a new journal killed once linked): one listing of the folder, as this
  /// runs at every open of an encrypted journal.
  static func removeStaleConversions(beside path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
      return
    }
    for marker in [".decrypting-", ".encrypting-", ".new-"] {
      let prefix = (path as NSString).lastPathComponent + marker
      for name in names where name.hasPrefix(prefix) {
        let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
        guard let pid = pid_t(digits), StaleFiles.isGone(pid) else { continue }
        removeCopy(path + marker + "\(pid)")
      }
    }
  }

  static func syncFile(_ path: String) throws {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0, fsync(fd) == 0 else {
      if fd >= 0 { close(fd) }
      throw JournalError.cannotCreate(path, String(cString: strerror(errno)))
    }
    close(fd)
  }

  /// The rename made durable: a power cut after it leaves the new name, not the old.
  static func syncFolder(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
  }
}
