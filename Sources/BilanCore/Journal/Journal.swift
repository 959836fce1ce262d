import Foundation
import GRDB

/// The user's journal: one SQLite file, opened through GRDB on the system SQLite.
public final class Journal: Sendable {
  public let path: String
  public let isReadOnly: Bool
  let language: Language
  let db: any DatabaseWriter
  /// Held shared while the journal is open, so that `restore` never replaces it under a running bilan.
  let lock: JournalLock?
  /// The data key of an encrypted journal (ENCRYPTION.md), held while the journal is open.
  public let key: KeyHold?
  public var isEncrypted: Bool { key != nil }

  /// Opens (and creates, when absent and writable) the journal at `path`, then brings its schema up to date.
  /// Every failure is a `JournalError` that names the path and what to do: never a half-made file.
  /// `language` names the catalogue skills of a new journal. An encrypted journal whose key this process
  /// does not hold yet asks `passphrase` (only then); a new journal is made encrypted with `newKey`.
  public init(
    path: String, forWriting: Bool = true, language: Language = .en, passphrase: (() throws -> Secret)? = nil,
    newKey: (Secret, KeyCost)? = nil
  ) throws {
    self.path = path
    self.language = language
    let fm = FileManager.default
    var isFolder: ObjCBool = false
    let exists = fm.fileExists(atPath: path, isDirectory: &isFolder)
    if exists, isFolder.boolValue { throw JournalError.isFolder(path) }
    if exists, !fm.isReadableFile(atPath: path) { throw JournalError.unreadable(path) }
    if exists, forWriting, !fm.isWritableFile(atPath: path) { throw JournalError.readOnly(path) }
    // Whether this process made the file: only then is it removed when opening it fails.
    var created = false
    if !exists, newKey == nil { created = try Journal.createPrivately(path) }
    do {
      if !exists, let (secret, cost) = newKey {
        (key, created) = try Journal.createSealed(path, secret, cost, passphrase)
      } else if try Journal.checkHeader(path) {
        key = try JournalCipher.hold(path) ?? Journal.unlock(path, passphrase)
      } else {
        JournalCipher.forget(path)
        key = nil
      }
    } catch {
      if created { unlink(path) }
      throw error
    }
    lock = try JournalLock(journal: path, exclusive: false)
    // A killed `decrypt` left a copy in the clear: it goes as soon as the journal is opened again.
    if key != nil { Journal.removeStaleConversions(beside: path) }

    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(10)
    let readOnly = exists && !fm.isWritableFile(atPath: path)
    config.readonly = readOnly
    let sealed = key != nil
    config.prepareDatabase { db in
      // An encrypted journal's sorts and temporary tables stay in memory, never in a file.
      if sealed { try db.execute(sql: "PRAGMA temp_store = MEMORY") }
    }
    if !readOnly {
      config.prepareDatabase { db in
        // A sealed page keeps its nonce and tag in bytes SQLite leaves alone: set before the first table.
        if sealed { JournalCipher.setReserve(db.sqliteConnection, JournalCipher.reserve) }
        // WAL keeps readers and the writer apart; FULL makes each committed line survive a power cut.
        try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
      }
    }
    self.isReadOnly = readOnly
    do {
      db = try Journal.openQueue(path, config)
    } catch let error as DatabaseError {
      throw Journal.failed(key, path) ?? JournalError.notAJournal(path, .verbatim(error.message ?? "\(error)"))
    }
    try migrate()
  }

  /// The page size of every journal bilan makes (SQLite's default), fixed in an encrypted one's key block.
  static let pageSize = 4096

  /// A new encrypted journal appears whole: its key block is written to a private temporary file, then
  /// linked at `path`, which fails when another bilan made the journal a moment ago. Then the journal
  /// is theirs, opened as any journal is. Nil when theirs is plain; true when this process made it.
  private static func createSealed(
    _ path: String, _ secret: Secret, _ cost: KeyCost, _ passphrase: (() throws -> Secret)?
  ) throws -> (KeyHold?, Bool) {
    let made = try JournalCipher.create(path, secret, pageSize: pageSize, cost: cost)
    // A name a killed run leaves is removed when the journal is next opened (removeStaleConversions).
    let temporary = path + ".new-\(getpid())"
    unlink(temporary)
    defer { unlink(temporary) }
    _ = try createPrivately(temporary)
    guard let handle = FileHandle(forWritingAtPath: temporary),
      (try? handle.write(contentsOf: JournalCipher.block(made))) != nil, fsync(handle.fileDescriptor) == 0
    else {
      throw JournalError.cannotCreate(path, String(cString: strerror(errno)))
    }
    try? handle.close()
    if Glibc.link(temporary, path) == 0 { return (made, true) }
    guard errno == EEXIST else { throw JournalError.cannotCreate(path, String(cString: strerror(errno))) }
    withExtendedLifetime(made) {}
    guard try checkHeader(path) else {
      JournalCipher.forget(path)
      return (nil, false)
    }
    return (try JournalCipher.hold(path) ?? unlock(path, passphrase), false)
  }

  private static func unlock(_ path: String, _ passphrase: (() throws -> Secret)?) throws -> KeyHold {
    guard let passphrase else { throw JournalError.encrypted(path) }
    return try JournalCipher.unlock(path, passphrase())
  }

  /// A page that failed its check while SQLite read it, named: the reason for SQLite's error.
  static func failed(_ key: KeyHold?, _ path: String) -> JournalError? {
    guard let key, let (file, page) = JournalCipher.failure(key) else { return nil }
    return .tampered(file.path(path), page)
  }

  /// A journal over any GRDB writer (an in-memory `DatabaseQueue()` in unit tests), migrated as a file's
  /// is. The file checks, the lock and the modes belong to a path: `init(path:)` keeps them.
  init(writer: any DatabaseWriter, language: Language = .en) throws {
    path = writer.path
    self.language = language
    isReadOnly = false
    lock = nil
    key = nil
    db = writer
    try migrate()
  }

  /// Brings the schema up to date. Several bilans started at once on a new journal all migrate it:
  /// GRDB lists the migrations to run once, before the first, and a list another process made stale
  /// fails (a table that exists, the migration's own row, a table not there yet); that migration's
  /// transaction is rolled back whole, and everything is read again until one process or another has
  /// done it. A failure that lasts is the file's own.
  private func migrate() throws {
    let migrator = Schema.migrator(language: language)
    var attempt = 0
    while true {
      do {
        let (superseded, complete, bilanFile) = try db.read { db in
          // Another process may have changed the schema since this connection last read it: a queue's
          // GRDB keeps its schema and statements cached (a stale "no table entry"), so they are
          // read again.
          db.clearSchemaCache()
          return (
            try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db),
            try Journal.looksLikeBilan(db)
          )
        }
        if superseded { throw JournalError.newerSchema(path) }
        if !bilanFile {
          throw JournalError.notAJournal(
            path, LocalizedText(fr: "il contient d'autres tables", en: "it holds other tables"))
        }
        if complete { return }
        if isReadOnly { throw JournalError.readOnly(path) }
        try migrator.migrate(db)
        return
      } catch let error as DatabaseError {
        // A page that fails its check is the file's own failure: named at once, never tried again.
        if let tampered = Journal.failed(key, path) { throw tampered }
        attempt += 1
        if attempt >= 20 { throw JournalError.notAJournal(path, .verbatim(error.message ?? "\(error)")) }
        usleep(UInt32.random(in: 5_000...50_000))
      }
    }
  }

  /// Opens the file and reads its schema. Bilans started at once on a new file all turn it to WAL, which
  /// SQLite refuses as busy without waiting: the opening is tried again, a few times, after a short pause.
  private static func openQueue(_ path: String, _ config: Configuration) throws -> DatabaseQueue {
    var attempt = 0
    while true {
      do {
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        return queue
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 20 {
        attempt += 1
        usleep(UInt32.random(in: 5_000...50_000))
      }
    }
  }

  /// An empty file or a file made by bilan; anything else is someone else's database.
  private static func looksLikeBilan(_ db: Database) throws -> Bool {
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return tables.isEmpty || tables.contains("grdb_migrations")
  }

  /// The folder is made 0700 and the file 0600 before SQLite opens it: private writing stays private.
  /// False when another bilan made the file a moment ago.
  @discardableResult private static func createPrivately(_ path: String) throws -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw JournalError.cannotCreate(path, "the folder \(folder) cannot be created")
      }
    }
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    // Another bilan made it a moment ago: it is the same new journal, opened as theirs is.
    if fd < 0, errno == EEXIST { return false }
    guard fd >= 0 else { throw JournalError.cannotCreate(path, String(cString: strerror(errno))) }
    close(fd)
    return true
  }

  /// A non-empty file that does not start with SQLite's magic header, or with an encrypted journal's
  /// key block, is refused before SQLite touches it. True for an encrypted journal.
  static func checkHeader(_ path: String) throws -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw JournalError.unreadable(path) }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty { return false }
    if head == Data("bilan encrypted\n".utf8) { return true }
    if head != Data("SQLite format 3\0".utf8) {
      throw JournalError.notAJournal(
        path, LocalizedText(fr: "ce n'est pas un fichier SQLite", en: "it is not an SQLite file"))
    }
    return false
  }

  /// Reads in one transaction. GRDB stays inside the core: an SQLite failure nothing foresaw leaves
  /// as a `JournalError.database` naming this journal, in the user's words.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try db.read(body)
    } catch let error as DatabaseError {
      throw explain(error)
    }
  }

  /// SQLite's error in the user's words: a page that failed its check by its number, anything else
  /// as SQLite says it, with the journal's name.
  func explain(_ error: DatabaseError) -> JournalError {
    Journal.failed(key, path)
      ?? .database(path, error.message ?? "SQLite error \(error.resultCode.rawValue)")
  }

  func write<T>(_ body: (Database) throws -> T) throws -> T {
    if isReadOnly { throw JournalError.readOnly(path) }
    do {
      return try db.write(body)
    } catch let error as DatabaseError {
      throw explain(error)
    }
  }
}

public enum JournalError: Error, Equatable {
  case isFolder(String)
  case unreadable(String)
  case readOnly(String)
  case cannotCreate(String, String)
  case notAJournal(String, LocalizedText)
  case newerSchema(String)
  case inUse(String)
  /// A file given to `restore` that is not a copy bilan can put back.
  case notABackup(String, LocalizedText)
  /// SQLite failed where nothing foresaw it (a full disk, a damaged page): the journal and SQLite's words.
  case database(String, String)
  /// An encrypted journal opened with no passphrase to give it.
  case encrypted(String)
  case wrongPassphrase(String)
  /// An encrypted journal's key block has no whole slot left.
  case damagedKey(String)
  /// A sealed page that failed its check: the file (the journal, its WAL or rollback journal) and the page.
  case tampered(String, Int)
  /// `encrypt` on an encrypted journal, `decrypt` or `passphrase` on a plain one.
  case alreadyEncrypted(String)
  case notEncrypted(String)

  /// The same error about another file.
  func about(_ path: String, instead other: String) -> JournalError {
    func swap(_ p: String) -> String { p == other ? path : p }
    switch self {
    case .isFolder(let p): return .isFolder(swap(p))
    case .unreadable(let p): return .unreadable(swap(p))
    case .readOnly(let p): return .readOnly(swap(p))
    case .cannotCreate(let p, let why): return .cannotCreate(swap(p), why)
    case .notAJournal(let p, let why): return .notAJournal(swap(p), why)
    case .newerSchema(let p): return .newerSchema(swap(p))
    case .inUse(let p): return .inUse(swap(p))
    case .notABackup(let p, let why): return .notABackup(swap(p), why)
    case .database(let p, let why): return .database(swap(p), why)
    case .encrypted(let p): return .encrypted(swap(p))
    case .wrongPassphrase(let p): return .wrongPassphrase(swap(p))
    case .damagedKey(let p): return .damagedKey(swap(p))
    case .tampered(let p, let page): return .tampered(swap(p), page)
    case .alreadyEncrypted(let p): return .alreadyEncrypted(swap(p))
    case .notEncrypted(let p): return .notEncrypted(swap(p))
    }
  }

  public func message(_ language: Language) -> String {
    switch self {
    case .isFolder(let path):
      return language.pick(
        "\(path) est un dossier, pas un journal : donnez un chemin de fichier avec --db ou BILAN_DB.",
        "\(path) is a folder, not a journal: give a file path with --db or BILAN_DB.")
    case .unreadable(let path):
      return language.pick(
        "\(path) ne peut pas être lu : vérifiez ses droits (chmod u+r).",
        "\(path) cannot be read: check its permissions (chmod u+r).")
    case .readOnly(let path):
      return language.pick(
        "\(path) est en lecture seule : cette commande écrit ; rendez-le inscriptible (chmod u+w) ou utilisez un autre journal.",
        "\(path) is read-only: this command writes; make it writable (chmod u+w) or use another journal.")
    case .cannotCreate(let path, let why):
      return language.pick(
        "Impossible de créer le journal \(path) : \(why).", "Cannot create the journal \(path): \(why).")
    case .notAJournal(let path, let why):
      return language.pick(
        "\(path) n'est pas un journal bilan (\(why.fr)) : rien n'y a été écrit ; choisissez un autre chemin avec --db.",
        "\(path) is not a bilan journal (\(why.en)): nothing was written to it; choose another path with --db.")
    case .inUse(let path):
      return language.pick(
        "\(path) est ouvert par un autre bilan (un shell ?) : quittez-le, puis recommencez ; rien n'a été changé.",
        "\(path) is open in another bilan (a shell?): leave it, then try again; nothing was changed.")
    case .notABackup(let path, let why):
      return language.pick(
        "\(path) n'est pas une copie que bilan peut restaurer (\(why.fr)) : le journal n'a pas changé ; donnez un fichier fait par « bilan backup ».",
        "\(path) is not a copy bilan can restore (\(why.en)): the journal is unchanged; give a file made by 'bilan backup'."
      )
    case .database(let path, let why):
      return language.pick(
        "le journal \(path) n'a pas pu être utilisé (\(why)) ; « bilan doctor » le vérifie.",
        "the journal \(path) could not be used (\(why)); 'bilan doctor' checks it.")
    case .encrypted(let path):
      return language.pick(
        "\(path) est chiffré : donnez sa phrase secrète (au terminal, ou par --passphrase-file FICHIER ou BILAN_PASSPHRASE_FILE, un fichier 0600) ; rien n'a été changé.",
        "\(path) is encrypted: give its passphrase (at a terminal, or with --passphrase-file FILE or BILAN_PASSPHRASE_FILE, a 0600 file); nothing was changed."
      )
    case .wrongPassphrase(let path):
      return language.pick(
        "phrase secrète incorrecte pour \(path) : rien n'a été changé.",
        "wrong passphrase for \(path): nothing was changed.")
    case .damagedKey(let path):
      return language.pick(
        "\(path) : son bloc de clé est abîmé (aucun emplacement entier) : il ne peut pas être ouvert ; « bilan restore COPIE » remet une copie saine ; le fichier n'a pas été modifié.",
        "\(path): its key block is damaged (no whole slot left): it cannot be opened; 'bilan restore BACKUP' puts a sound copy back; the file was left untouched."
      )
    case .tampered(let path, let page):
      return language.pick(
        "\(path) : la page \(page) ne passe pas son contrôle (abîmée, ou changée par autre chose que bilan) : elle n'a pas été utilisée et rien n'a été réparé ; « bilan restore COPIE » remet une copie saine.",
        "\(path): page \(page) failed its check (damaged, or changed by something other than bilan): it was not used and nothing was repaired; 'bilan restore BACKUP' puts a sound copy back."
      )
    case .alreadyEncrypted(let path):
      return language.pick("\(path) est déjà chiffré.", "\(path) is already encrypted.")
    case .notEncrypted(let path):
      return language.pick("\(path) n'est pas chiffré.", "\(path) is not encrypted.")
    case .newerSchema(let path):
      return language.pick(
        "\(path) a été écrit par une version plus récente de bilan : mettez bilan à jour ; le fichier n'a pas été modifié.",
        "\(path) was written by a newer bilan: update bilan; the file was left untouched.")
    }
  }
}
