import Foundation
import GRDB
import Testing

@testable import BilanCore

/// An encrypted journal, through the core: nothing readable in its files, its passphrase needed, every
/// page checked on every read.
@Suite struct EncryptionTests {
  let folder = temporaryFolder()
  let now = Date(timeIntervalSince1970: 1_764_316_800)

  static func secret(_ text: String) -> Secret { Secret(bytes: Array(text.utf8)) }

  /// The bytes of the journal and of every file beside it that shares its name (WAL, shm).
  func bytes(_ path: String) -> [String: Data] {
    var found: [String: Data] = [:]
    let name = (path as NSString).lastPathComponent
    for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasPrefix(name) {
      found[file] = FileManager.default.contents(atPath: folder + "/" + file)
    }
    return found
  }

  /// Words found in the bytes of those files.
  func readable(_ words: [String], in path: String) -> [String] {
    let files = bytes(path)
    return words.filter { word in files.values.contains { $0.range(of: Data(word.utf8)) != nil } }
  }

  func fill(_ journal: Journal, words: [String]) throws {
    for (n, word) in words.enumerated() {
      _ = try journal.write(
        title: "Entry \(n)", body: "A private line holding \(word) among others.", tags: ["t\(n % 3)"], skills: [],
        date: now, utcOffset: 3600, language: .en, now: now)
    }
  }

  static let words = (0..<100).map { "plantedword\($0)x" }

  @Test func an_encrypted_journal_holds_no_word_in_its_files_and_opens_with_its_passphrase() throws {
    let path = folder + "/sealed.sqlite"
    var journal: Journal? = try Journal(path: path, newKey: (Self.secret("correct horse"), .testOnly))
    try fill(journal!, words: Self.words)
    // While it is open: the main file and the WAL.
    #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    #expect(readable(Self.words, in: path) == [])
    #expect(try journal!.search("plantedword42x", limit: 5).count == 1)
    journal = nil
    // Closed: everything checkpointed into the main file, still sealed.
    #expect(readable(Self.words, in: path) == [])
    #expect(FileManager.default.contents(atPath: path)!.prefix(16) == Data("bilan encrypted\n".utf8))
    var asked = 0
    let again = try Journal(path: path) {
      asked += 1
      return Self.secret("correct horse")
    }
    #expect(asked == 1)
    #expect(try again.entryCount() == 100)
    #expect(try again.search("plantedword7x", limit: 5).map(\.title) == ["Entry 7"])
    #expect(try again.diagnose().isEmpty)
  }

  /// The same check on a plain journal finds the words: the test above can fail.
  @Test func a_plain_journal_shows_its_words() throws {
    let path = folder + "/plain.sqlite"
    try fill(try Journal(path: path), words: Self.words)
    #expect(readable(Self.words, in: path).count == 100)
  }

  @Test func a_wrong_passphrase_is_refused_and_the_file_is_untouched() throws {
    let path = folder + "/sealed.sqlite"
    try fill(try Journal(path: path, newKey: (Self.secret("right"), .testOnly)), words: ["one"])
    let before = bytes(path)
    #expect(throws: JournalError.wrongPassphrase(path)) { try Journal(path: path) { Self.secret("wrong") } }
    #expect(throws: JournalError.encrypted(path)) { try Journal(path: path) }
    #expect(bytes(path) == before)
  }

  /// One flipped byte in any page of the main file: refused with that page named, nothing repaired.
  @Test func a_flipped_byte_in_any_page_is_refused_with_the_page_named() throws {
    let path = folder + "/sealed.sqlite"
    let words = (0..<40).map { "word\($0)" + String(repeating: " filler", count: 60) }
    try fill(try Journal(path: path, newKey: (Self.secret("pw"), .testOnly)), words: words)
    let original = FileManager.default.contents(atPath: path)!
    let pages = (original.count - 4096) / 4096
    #expect(pages > 10)
    // Pages SQLite never reads (free pages) cannot be caught by reading: listed, then checked to be free.
    var unread: [Int] = []
    var generator = SystemRandomNumberGenerator()
    for page in 1...pages {
      var damaged = original
      let at = 4096 + (page - 1) * 4096 + Int.random(in: 0..<4096, using: &generator)
      damaged[at] ^= 0x01
      try damaged.write(to: URL(fileURLWithPath: path))
      do {
        let journal = try Journal(path: path) { Self.secret("pw") }
        _ = try journal.diagnose()
        _ = try journal.search("word1", limit: 50)
        unread.append(page)
      } catch let error as JournalError {
        #expect(error == .tampered(path, page), "byte \(at) of page \(page)")
      }
      #expect(FileManager.default.contents(atPath: path) == damaged, "page \(page) was changed")
    }
    try original.write(to: URL(fileURLWithPath: path))
    let used = try Journal(path: path) { Self.secret("pw") }.read { db in
      Set(try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat"))
    }
    #expect(unread.allSatisfy { !used.contains($0) }, "\(unread) are pages in use")
  }

  @Test func a_flipped_byte_in_the_wal_is_refused_with_the_page_named() throws {
    let path = folder + "/sealed.sqlite"
    let journal = try Journal(path: path, newKey: (Self.secret("pw"), .testOnly))
    try fill(journal, words: ["before"])
    // The state a kill leaves: the main file and its WAL, copied while the journal is open.
    let copy = folder + "/copy.sqlite"
    try FileManager.default.copyItem(atPath: path, toPath: copy)
    var wal = FileManager.default.contents(atPath: path + "-wal")!
    #expect(wal.count > 32 + 24 + 4096)
    wal[32 + 24 + 100] ^= 0x80
    try wal.write(to: URL(fileURLWithPath: copy + "-wal"))
    let page = Int(wal[32]) << 24 | Int(wal[33]) << 16 | Int(wal[34]) << 8 | Int(wal[35])
    #expect(throws: JournalError.tampered(copy + "-wal", page)) {
      _ = try Journal(path: copy) { Self.secret("pw") }.entryCount()
    }
    #expect(FileManager.default.contents(atPath: copy + "-wal") == wal)
  }

  /// What a power cut leaves: the last frame torn. SQLite syncs a commit's frames before it counts, so
  /// that transaction was never committed: it is dropped, as plain SQLite drops it, and every line
  /// committed before it opens. (A failing frame before a commit is refused: the test above.)
  @Test func a_torn_last_frame_drops_only_the_transaction_being_written() throws {
    let path = folder + "/sealed.sqlite"
    let journal = try Journal(path: path, newKey: (Self.secret("pw"), .testOnly))
    try fill(journal, words: (0..<5).map { "line\($0)" })
    let wal = FileManager.default.contents(atPath: path + "-wal")!
    let size = 24 + 4096
    let last = 32 + ((wal.count - 32) / size - 1) * size
    // The last frame is this WAL's last commit: its salts, and a database size.
    #expect(wal[last + 8..<last + 16] == wal[16..<24])
    #expect(wal[last + 4..<last + 8] != Data(count: 4))
    var halfWritten = wal
    halfWritten.replaceSubrange(last + 24 + 2048..<last + size, with: Data(count: 2048))
    // The disk may keep a transaction's commit frame and lose an earlier frame of it: torn too.
    let commits = (0..<(wal.count - 32) / size).filter {
      wal[32 + $0 * size + 4..<32 + $0 * size + 8] != Data(count: 4)
    }
    let firstOfLast = commits[commits.count - 2] + 1
    #expect(firstOfLast < commits.last!, "the last transaction has more than its commit frame")
    var earlierTorn = wal
    let at = 32 + firstOfLast * size + 24 + 100
    earlierTorn.replaceSubrange(at..<at + 1000, with: Data(count: 1000))
    for (name, torn) in [
      ("half-written", halfWritten), ("cut-short", wal.prefix(wal.count - 1000)), ("earlier-torn", earlierTorn),
    ] {
      let copy = folder + "/\(name).sqlite"
      try FileManager.default.copyItem(atPath: path, toPath: copy)
      try torn.write(to: URL(fileURLWithPath: copy + "-wal"))
      let reopened = try Journal(path: copy) { Self.secret("pw") }
      #expect(try reopened.entryCount() == 4, "\(name)")
      #expect(try reopened.diagnose().isEmpty, "\(name)")
      try fill(reopened, words: ["after"])
      #expect(try reopened.search("after", limit: 5).count == 1, "\(name)")
      #expect(try reopened.entryCount() == 5, "\(name)")
    }
  }

  @Test func a_file_cut_short_is_refused() throws {
    let path = folder + "/sealed.sqlite"
    try fill(try Journal(path: path, newKey: (Self.secret("pw"), .testOnly)), words: (0..<30).map { "w\($0)" })
    let whole = FileManager.default.contents(atPath: path)!
    let pages = (whole.count - 4096) / 4096
    // Inside the last page: that page is named.
    try whole.prefix(whole.count - 1000).write(to: URL(fileURLWithPath: path))
    #expect(throws: JournalError.tampered(path, pages)) {
      let journal = try Journal(path: path) { Self.secret("pw") }
      _ = try journal.diagnose()
    }
    // A whole page fewer: SQLite finds the file shorter than its header says.
    try whole.prefix(whole.count - 4096).write(to: URL(fileURLWithPath: path))
    #expect(throws: JournalError.self) {
      let journal = try Journal(path: path) { Self.secret("pw") }
      _ = try journal.diagnose()
    }
  }

  @Test func encrypt_decrypt_and_a_new_passphrase_keep_every_entry() throws {
    let path = folder + "/journal.sqlite"
    try fill(try Journal(path: path), words: Self.words)
    #expect(try Journal.encrypt(path, with: Self.secret("first"), cost: .testOnly).entries == 100)
    #expect(readable(Self.words, in: path) == [])
    #expect(!FileManager.default.fileExists(atPath: path + ".lock") || bytes(path).keys.count <= 3)
    var journal: Journal? = try Journal(path: path) { Self.secret("first") }
    #expect(try journal!.entryCount() == 100)
    try journal!.changePassphrase(to: Self.secret("second"), cost: .testOnly)
    journal = nil
    #expect(throws: JournalError.wrongPassphrase(path)) { try Journal(path: path) { Self.secret("first") } }
    let key = try Journal.key(path) { Self.secret("second") }
    #expect(try Journal.decrypt(path, key: key) == 100)
    #expect(readable(Self.words, in: path).count == 100)
    let plain = try Journal(path: path)
    #expect(!plain.isEncrypted)
    #expect(try plain.search("plantedword99x", limit: 5).count == 1)
  }

  @Test func a_backup_of_an_encrypted_journal_is_encrypted_and_restores() throws {
    let path = folder + "/journal.sqlite"
    var journal: Journal? = try Journal(path: path, newKey: (Self.secret("pw"), .testOnly))
    try fill(journal!, words: Self.words)
    let backup = folder + "/copy.bak"
    #expect(try journal!.copy(to: backup) == 100)
    journal = nil
    let copied = FileManager.default.contents(atPath: backup)!
    #expect(copied.prefix(16) == Data("bilan encrypted\n".utf8))
    #expect(Self.words.allSatisfy { copied.range(of: Data($0.utf8)) == nil })
    try fill(try Journal(path: path) { Self.secret("pw") }, words: ["after"])
    let restored = try Journal.restore(from: backup, into: path, now: now) { Self.secret("pw") }
    #expect(restored.entries == 100)
    #expect(try Journal(path: path).entryCount() == 100)
  }
}
