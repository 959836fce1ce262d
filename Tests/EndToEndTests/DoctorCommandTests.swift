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
    try DatabaseQueue(path: box.journal, configuration: config).writeWithoutTransaction { db in
      try db.execute(sql: sql)
    }
  }

  @Test func a_broken_index_orphans_and_open_modes_are_found_and_repaired() throws {
    #expect(try box.run(["doctor", "--lang", "en"]).stdout == "\(box.journal): all is well.\n")
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
        "✗ 1 entries missing from the search index, 0 rows for no entry, 0 out of date — 'doctor --repair' fixes it.",
        "✗ 1 rows in answer point to nothing — 'doctor --repair' fixes it.",
        "✗ \(box.journal) is 644: others can read it (wanted 600) — 'doctor --repair' fixes it.",
      ])
    #expect(try box.run(["search", "\"migration 2\""]).stdout.isEmpty)
    let repaired = try box.run(["doctor", "--repair", "--lang", "en"])
    #expect(repaired.status == 0 && repaired.stdout.hasSuffix("\(box.journal): all is well.\n"))
    #expect(try box.run(["search", "\"migration 2\""]).stdout.hasPrefix("3  "))
    #expect(try FileManager.default.attributesOfItem(atPath: box.journal)[.posixPermissions] as? Int == 0o600)
  }

  @Test func an_index_out_of_step_with_its_text_is_found() throws {
    // The index's own text changed under it, as a crash of an older SQLite could leave it.
    try breakWith("UPDATE entryText_content SET c1 = 'autre chose' WHERE id = 5")
    let found = try box.run(["doctor", "--lang", "en"])
    #expect(found.status == 1 && found.stdout.hasPrefix("✗ "))
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
