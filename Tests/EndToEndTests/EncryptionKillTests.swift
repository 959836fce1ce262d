import BilanCore
import BilanTestSupport
import Foundation
import GRDB
import Testing

/// SIGKILL in the middle of `encrypt`, `decrypt`, `passphrase` and an interview on an encrypted
/// journal: the journal opens afterwards with every line committed before the kill.
@Suite struct EncryptionKillTests {
  static let entries = 3000
  static let cheap = ["BILAN_TEST_KDF": "1"]

  /// A journal of 3,000 entries; `encrypted` seals it with `old`.
  static func journal(encrypted: Bool) throws -> (Sandbox, old: String, new: String) {
    let box = Sandbox()
    try jrnlFile(box.root + "/journal.txt", entries: entries)
    let old = try passphraseFile(box, "old passphrase", name: "old")
    let new = try passphraseFile(box, "new passphrase", name: "new")
    #expect(try box.run(["import", box.root + "/journal.txt", "--from", "jrnl"]).status == 0)
    if encrypted, !testsEncrypted {
      let encrypted = try box.run(["encrypt", "--passphrase-file", old], env: cheap)
      #expect(encrypted.status == 0, "\(encrypted.stderr)")
    } else if testsEncrypted {
      // The suite's own passphrase sealed it already: the old one is that.
      try Data((testPassphrase + "\n").utf8).write(to: URL(fileURLWithPath: old))
    }
    return (box, old, new)
  }

  /// What the journal holds once reopened, with whichever passphrase opens it.
  static func check(_ box: Sandbox, _ passphrases: [String], _ moment: Moment) throws -> String? {
    for file in passphrases {
      let listed = try box.run(["list", "--all", "--passphrase-file", file])
      guard listed.status == 0 else { continue }
      #expect(listed.stdout.split(separator: "\n").count == entries, "killed \(moment)")
      let doctor = try box.run(["doctor", "--passphrase-file", file])
      #expect(doctor.status == 0, "killed \(moment): \(doctor.stdout)\(doctor.stderr)")
      return file
    }
    Issue.record("killed \(moment): no passphrase opens the journal")
    return nil
  }

  static func leftovers(_ box: Sandbox) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: box.root)) ?? []).filter {
      $0.contains(".encrypting-") || $0.contains(".decrypting-")
    }
  }

  @Test func sigkill_mid_encrypt_leaves_the_plain_journal_or_the_encrypted_one() throws {
    guard !testsEncrypted else { return }
    var interrupted = 0
    for ms: UInt32 in [5, 30, 60, 120, 250] {
      let (box, old, _) = try Self.journal(encrypted: false)
      let moment = Moment.after(milliseconds: ms)
      let killed = try killBilan(["encrypt", "--passphrase-file", old], box, at: moment, env: Self.cheap)
      let sealed = FileManager.default.contents(atPath: box.journal)!.prefix(16) == Data("bilan encrypted\n".utf8)
      let listed = try box.run(["list", "--all", "--passphrase-file", old])
      #expect(listed.stdout.split(separator: "\n").count == Self.entries, "killed \(moment)")
      if killed, !sealed { interrupted += 1 }
      // The next run removes what the killed one left (an encrypted copy under a temporary name).
      if !sealed { #expect(try box.run(["encrypt", "--passphrase-file", old], env: Self.cheap).status == 0) }
      #expect(Self.leftovers(box) == [], "killed \(moment)")
      #expect(try box.run(["doctor", "--passphrase-file", old]).status == 0)
    }
    #expect(interrupted > 0)
  }

  @Test func sigkill_mid_decrypt_leaves_the_encrypted_journal_or_the_plain_one_and_no_plain_copy() throws {
    var interrupted = 0
    for ms: UInt32 in [5, 30, 60, 120, 250] {
      let (box, old, _) = try Self.journal(encrypted: true)
      let moment = Moment.after(milliseconds: ms)
      let killed = try killBilan(["decrypt", "--yes", "--passphrase-file", old], box, at: moment)
      let sealed = FileManager.default.contents(atPath: box.journal)!.prefix(16) == Data("bilan encrypted\n".utf8)
      _ = try Self.check(box, [old], moment)
      if killed, sealed { interrupted += 1 }
      // A plain partial copy a killed decrypt left is gone once the journal has been opened again.
      #expect(Self.leftovers(box) == [], "killed \(moment)")
    }
    #expect(interrupted > 0)
  }

  @Test func sigkill_mid_passphrase_change_leaves_the_old_or_the_new_one_working() throws {
    var opened: Set<String> = []
    // The last one is let finish: the new passphrase then opens it.
    let moments =
      [1, 10, 40, 100, 200, 300, 400, 800].map { Moment.after(milliseconds: $0) } + [
        .when("it has finished") { _ in false }
      ]
    for moment in moments {
      let (box, old, new) = try Self.journal(encrypted: true)
      // The real cost: the new slot's key derivation is the long part, the window the kill aims at.
      _ = try killBilan(
        ["passphrase", "--passphrase-file", old, "--new-passphrase-file", new], box, at: moment,
        env: ["BILAN_TEST_KDF": "0"])
      if let file = try Self.check(box, [new, old], moment) { opened.insert(file == new ? "new" : "old") }
    }
    #expect(opened.count == 2, "\(opened)")
  }

  @Test func sigkill_mid_interview_keeps_every_line_typed_on_an_encrypted_journal() throws {
    let box = Sandbox()
    let file = try passphraseFile(box, testsEncrypted ? testPassphrase : "pw")
    #expect(
      try box.run(["write", "Kept. Before."], env: Self.cheap.merging(["BILAN_PASSPHRASE_FILE": file]) { $1 }).status
        == 0)
    if !testsEncrypted {
      #expect(try box.run(["encrypt", "--passphrase-file", file], env: Self.cheap).status == 0)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: bilanBinary)
    process.arguments = ["assess", "Rigueur", "--lang", "fr", "--passphrase-file", file]
    process.environment = box.environment()
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data("Première réponse.\n.\nLigne une\n\nLigne deux\n".utf8))
    // The test reads the journal itself, with the key.
    let key = try Journal.key(box.journal) { Secret(bytes: Array((testsEncrypted ? testPassphrase : "pw").utf8)) }
    let deadline = Date().addingTimeInterval(15)
    var pending: String?
    while Date() < deadline, pending != "Ligne une\n\nLigne deux" {
      pending = try? DatabaseQueue(path: box.journal).read { db in
        try String.fetchOne(db, sql: "SELECT pending FROM entry WHERE id = 2")
      }
      usleep(20_000)
    }
    #expect(pending == "Ligne une\n\nLigne deux")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    withExtendedLifetime(key) {}
    let resumed = try box.run(
      ["resume", "--passphrase-file", file], input: "Ligne trois.\n.\nCritique.\n.\nFin.\n.\nDescription\nA, B\n2\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let essay = try box.run(["export", "2", "--passphrase-file", file]).stdout
    #expect(essay.contains("Ligne une\n\nLigne deux\nLigne trois.\n"))
    #expect(try box.run(["doctor", "--passphrase-file", file]).status == 0)
  }
}
