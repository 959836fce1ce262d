import BilanTestSupport
import Foundation
import GRDB
import Testing

/// backup and restore: whole copies, made while others write, put back only when it is safe.
@Suite struct CopyCommandTests {
  let box = Sandbox()

  func count(_ path: String) throws -> Int {
    var config = Configuration()
    config.busyMode = .timeout(10)
    return try database(path, config).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM entry") ?? 0
    }
  }

  @Test func a_backup_made_while_others_write_is_whole_and_restores() throws {
    _ = try box.run(["write", "First. Before the backup."])
    // Four writers add 40 entries while the backup runs.
    for n in 0..<4 {
      Thread.detachNewThread { [box] in
        for i in 0..<10 { _ = try? box.runProcess(["write", "Writer \(n) entry \(i). Text."]) }
      }
    }
    let copy = box.root + "/copy.sqlite"
    let backup = try box.run(["backup", copy, "--lang", "en"])
    #expect(backup.status == 0 && backup.stdout.hasPrefix("\(copy): "))
    let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let verdict = try database(copy).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
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
    #expect(refused.status == 1)
    #expect(
      refused.stderr.hasPrefix("bilan: \(bad) is not a copy bilan can restore (")
        && refused.stderr.hasSuffix("): the journal is unchanged; give a file made by 'bilan backup'.\n"))
    let empty = box.root + "/empty.sqlite"
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    let none = try box.run(["restore", empty, "--lang", "en"])
    #expect(none.status == 1 && none.stderr.contains("(it is empty, or not a journal bilan wrote)"))
    let missing = try box.run(["restore", box.root + "/nowhere.sqlite", "--lang", "en"])
    #expect(
      missing.status == 1 && missing.stderr.contains("nowhere.sqlite is not a copy bilan can restore (no such file)"))
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

  @Test func restore_typed_in_the_shell_puts_the_copy_back_there() throws {
    _ = try box.run(["write", "Before the copy."])
    let copy = box.root + "/copy.sqlite"
    #expect(try box.run(["backup", copy]).status == 0)
    _ = try box.run(["write", "After the copy."])
    let term = try Terminal(["--lang", "en"], environment: box.environment())
    _ = try term.expect("(2 entries)")
    _ = try term.expect("bilan> ")
    // The shell's own journal, named by another spelling of its path.
    term.type("restore --db \(box.root)/./journal.sqlite \(copy)\r")
    _ = try term.expect("1 entry restored from \(copy).")
    _ = try term.expect("bilan> ")
    term.type("list\r")
    _ = try term.expect("Before the copy.")
    _ = try term.expect("bilan> ")
    term.type("write Back in the shell.\r")
    _ = try term.expect("2 Back in the shell.")
    term.type("quit\r")
    #expect(term.wait() == 0)
    #expect(!term.output.contains("After the copy."))
    #expect(try box.run(["list"]).stdout.contains("Back in the shell."))
    #expect(try box.run(["doctor"]).status == 0)
  }

  /// What killed `backup`, `restore` and `export --format json --out` leave beside their files is
  /// removed by the next run; a running one's is kept.
  @Test func leftovers_of_killed_copies_are_removed_by_the_next() throws {
    let gone = try goneProcessID()
    _ = try box.run(["write", "Kept. Whatever happens."])
    let copy = box.root + "/copy.sqlite"
    let leftovers = [
      "copy.sqlite.partial-\(gone)", "copy.sqlite.partial-\(gone)-journal", "journal.sqlite.restoring-\(gone)",
      "journal.sqlite.restoring-\(gone)-wal", ".all.json.\(gone).tmp",
    ]
    for name in leftovers {
      _ = FileManager.default.createFile(atPath: box.root + "/" + name, contents: Data("half".utf8))
    }
    let running = box.root + "/copy.sqlite.partial-\(getpid())"
    _ = FileManager.default.createFile(atPath: running, contents: Data("running".utf8))

    // As processes: "a running bilan" is this test's process, whose files the commands must not touch.
    #expect(try box.runProcess(["backup", copy]).status == 0)
    #expect(try box.runProcess(["restore", copy]).status == 0)
    #expect(try box.runProcess(["export", "--all", "--format", "json", "--out", box.root + "/all.json"]).status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: box.root)
    #expect(leftovers.filter(left.contains).isEmpty, "\(left)")
    #expect(FileManager.default.fileExists(atPath: running))
  }
}
