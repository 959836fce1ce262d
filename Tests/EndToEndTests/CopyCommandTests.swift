import Foundation
import GRDB
import Testing

/// backup and restore: whole copies, made while others write, put back only when it is safe.
@Suite struct CopyCommandTests {
  let box = Sandbox()

  func count(_ path: String) throws -> Int {
    var config = Configuration()
    config.busyMode = .timeout(10)
    return try DatabaseQueue(path: path, configuration: config).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
    }
  }

  @Test func a_backup_made_while_others_write_is_whole_and_restores() throws {
    _ = try box.run(["write", "First. Before the backup."])
    // Four writers add 40 entries while the backup runs.
    let writers = (0..<4).map { n in
      Thread.detachNewThread {
        for i in 0..<10 { _ = try? box.run(["write", "Writer \(n) entry \(i). Text."]) }
      }
    }
    _ = writers
    let copy = box.root + "/copy.sqlite"
    let backup = try box.run(["backup", copy, "--lang", "en"])
    #expect(backup.status == 0 && backup.stdout.hasPrefix("\(copy): "))
    let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let verdict = try DatabaseQueue(path: copy).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
    #expect(verdict == "ok")
    let copied = try count(copy)
    #expect(copied >= 1 && copied <= 41)
    // Wait for the writers, then restore: the journal is the copy again, the other one kept aside.
    var total = 0
    for _ in 0..<600 {
      total = try count(box.journal)
      if total == 41 { break }
      Thread.sleep(forTimeInterval: 0.1)
    }
    #expect(total == 41)
    let restored = try box.run(["restore", copy, "--lang", "en"])
    #expect(restored.status == 0, "\(restored.stderr)")
    #expect(try count(box.journal) == copied)
    let aside = try #require(
      try FileManager.default.contentsOfDirectory(atPath: box.root).first { $0.contains(".before-restore-") })
    #expect(try count(box.root + "/" + aside) == 41)
    #expect(try box.run(["backup", copy]).status == 1)  // never over a file without --force
  }

  @Test func restore_refuses_a_bad_copy_and_a_journal_in_use() throws {
    _ = try box.run(["write", "Kept. Whatever happens."])
    let before = try Data(contentsOf: URL(fileURLWithPath: box.journal))
    let bad = box.root + "/notes.txt"
    try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: bad))
    let refused = try box.run(["restore", bad, "--lang", "en"])
    #expect(refused.status == 1 && refused.stderr.contains("\(bad) is not a bilan journal"))
    let empty = box.root + "/empty.sqlite"
    FileManager.default.createFile(atPath: empty, contents: Data())
    #expect(try box.run(["restore", empty]).status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: box.journal)) == before)
    // A shell has the journal open: restore waits for it to leave.
    let copy = box.root + "/copy.sqlite"
    _ = try box.run(["backup", copy])
    let term = try Terminal(["--lang", "en"], environment: box.environment())
    _ = try term.expect("bilan> ")
    let busy = try box.run(["restore", copy, "--lang", "en"])
    #expect(busy.status == 1 && busy.stderr.contains("is open in another bilan (a shell?): leave it, then try again"))
    term.type("quit\r")
    #expect(term.wait() == 0)
    #expect(try box.run(["restore", copy]).status == 0)
  }
}
