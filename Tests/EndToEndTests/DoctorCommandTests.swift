import BilanTestSupport
import Foundation
import GRDB
import Testing

/// doctor finds what is wrong with a journal broken on purpose, and --repair puts right what it can.
@Suite struct DoctorCommandTests {
  let box = Sandbox()

  init() throws {
    for n in 0..<30 { _ = try box.run(["write", "Note \(n). Une équipe, un projet, la migration \(n)."]) }
  }

  func breakWith(_ sql: String) throws {
    var config = Configuration()
    config.foreignKeysEnabled = false
    try database(box.journal, config).writeWithoutTransaction { db in
      try db.execute(sql: sql)
    }
  }

  @Test func a_broken_index_orphans_and_open_modes_are_found_and_repaired() throws {
    let first = try box.run(["doctor", "--lang", "en"]).stdout.components(separatedBy: "\n")
    #expect(first.count == 3 && first[1] == "\(box.journal): all is well.", "\(first)")
    // Whether the journal is encrypted, and how, comes first.
    if testsEncrypted {
      #expect(first[0].hasPrefix("Encrypted: every page sealed with XChaCha20-Poly1305"), "\(first)")
    } else {
      #expect(first[0] == "Not encrypted: 'bilan encrypt' encrypts it.")
    }
    try breakWith(
      """
      DELETE FROM entryText WHERE rowid = 3;
      INSERT INTO answer (entryId, questionId, position, text) VALUES (999, 'intro', 0, 'orphan');
      """)
    chmod(box.journal, 0o644)
    let found = try box.run(["doctor", "--lang", "en"])
    #expect(found.status == 1)
    #expect(
      found.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("✗") } == [
        "✗ search index: 1 entries missing, 0 rows for no entry, 0 out of date, 0 with no text — 'doctor --repair' fixes it.",
        "✗ 1 rows in answer point to no entry — 'doctor --repair' fixes it.",
        "✗ \(box.journal) is 644: others can read it (wanted 600) — 'doctor --repair' fixes it.",
      ])
    #expect(try box.run(["search", "\"migration 2\""]).stdout.isEmpty)
    let repaired = try box.run(["doctor", "--repair", "--lang", "en"])
    #expect(repaired.status == 0 && repaired.stdout.hasSuffix("\(box.journal): all is well.\n"))
    #expect(try box.run(["search", "\"migration 2\""]).stdout.hasPrefix("3  "))
    #expect(try FileManager.default.attributesOfItem(atPath: box.journal)[.posixPermissions] as? Int == 0o600)
  }

  /// A jrnl import before 0.5 indexed a title-only entry's body as NULL: search crashed on it (SIGILL),
  /// doctor saw nothing. Every command must read it; the migration and `doctor --repair` normalise it.
  @Test func an_index_row_with_no_text_is_read_found_and_repaired() throws {
    try breakWith("UPDATE entryText SET body = NULL WHERE rowid IN (2, 3)")
    let search = try box.run(["search", "Note"])
    #expect(search.status == 0)
    #expect(search.stdout.contains("2  ") && search.stdout.contains("3  "))
    #expect(try box.run(["search", "\"Note 2\""]).stdout.hasPrefix("3  "))
    #expect(try box.run(["list", "-n", "100"]).status == 0)
    let found = try box.run(["doctor", "--lang", "en"])
    #expect(found.status == 1)
    #expect(found.stdout.contains("0 out of date, 2 with no text"))
    #expect(try box.run(["doctor", "--repair"]).status == 0)
    #expect(try box.run(["doctor"]).status == 0)
    let nulls = try database(box.journal).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM entryText WHERE body IS NULL")
    }
    #expect(nulls == 0)
  }

  /// A journal written before the migration that normalises NULL index text is mended on opening.
  @Test func the_migration_gives_null_index_text_a_value() throws {
    try breakWith(
      """
      UPDATE entryText SET body = NULL WHERE rowid = 4;
      DELETE FROM grdb_migrations WHERE identifier = 'v8';
      """)
    #expect(try box.run(["list"]).status == 0)
    let body = try database(box.journal).read { db in
      try Row.fetchOne(db, sql: "SELECT body IS NULL AS absent, body FROM entryText WHERE rowid = 4")
    }
    #expect(body?["absent"] == false)
    #expect(try box.run(["doctor"]).status == 0)
  }

  /// A draft enters the search index when it is finished: a draft not in it is no damage.
  @Test func a_draft_interview_is_not_a_missing_index_row() throws {
    let draft = try box.run(["assess", "sql", "--lang", "en"], input: "Zygomorphic vision.\n.\n:quit\n")
    #expect(draft.status == 0, "\(draft.stderr)")
    #expect(try box.run(["drafts"]).stdout.contains("SQL"))
    let checked = try box.run(["doctor", "--lang", "en"])
    #expect(checked.status == 0 && checked.stdout.hasSuffix("all is well.\n"), "\(checked.stdout)")
    // A repair made from nothing leaves drafts out too, and finds nothing after.
    try breakWith("DELETE FROM entryText WHERE rowid = 3")
    #expect(try box.run(["doctor", "--repair"]).status == 0)
    #expect(try box.run(["doctor"]).status == 0)
    #expect(try box.run(["search", "zygomorphic"]).stdout.isEmpty)
  }

  @Test func an_index_out_of_step_with_its_text_is_found() throws {
    // The index's own text changed under it, as a crash of an older SQLite could leave it.
    try breakWith("UPDATE entryText_content SET c1 = 'autre chose' WHERE id = 5")
    let found = try box.run(["doctor", "--lang", "en"])
    #expect(found.status == 1 && found.stdout.components(separatedBy: "\n")[1].hasPrefix("✗ "), "\(found.stdout)")
    #expect(try box.run(["doctor", "--repair"]).status == 0)
    #expect(try box.run(["doctor"]).status == 0)
  }

  @Test func a_damaged_file_is_named_and_left_as_it_is() throws {
    _ = try box.run(["list"])  // the WAL is folded into the file when bilan closes it
    var bytes = try Data(contentsOf: URL(fileURLWithPath: box.journal))
    let pageSize = 4096
    // Garbage over the middle pages: tables and indexes no longer agree.
    for i in (2 * pageSize)..<min(bytes.count - pageSize, 6 * pageSize) { bytes[i] = UInt8(truncatingIfNeeded: i * 7) }
    try bytes.write(to: URL(fileURLWithPath: box.journal))
    let found = try box.run(["doctor", "--lang", "en"])
    #expect(found.status != 0)
    #expect(found.stdout.contains("the file is damaged") || found.stderr.contains(box.journal))
    #expect(try Data(contentsOf: URL(fileURLWithPath: box.journal)) == bytes)
  }
}
