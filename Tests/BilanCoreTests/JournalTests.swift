import BilanTestSupport
import Foundation
import GRDB
import Testing

@testable import BilanCore

func temporaryFolder() -> String {
  let path = NSTemporaryDirectory() + "bilan-tests-" + UUID().uuidString
  try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

@Suite struct JournalTests {
  let folder = temporaryFolder()
  let now = Date(timeIntervalSince1970: 1_764_316_800)  // 2025-11-28T08:00:00Z
  let set = try! PromptLibrary.shipped("vision")!

  @Test func migrations_build_the_schema_in_a_new_private_file() throws {
    let path = folder + "/sub/journal.sqlite"
    let journal = try openJournal(path: path)
    let tables = try journal.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
    }
    for table in ["answer", "entry", "entryTag", "entryText", "rating", "skill", "tag"] {
      #expect(tables.contains(table))
    }
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    let folderMode = try FileManager.default.attributesOfItem(atPath: folder + "/sub")[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(folderMode == 0o700)
    let journalMode = try journal.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(journalMode == "wal")
    // Opening again migrates nothing and keeps the data.
    _ = try openJournal(path: path)
  }

  /// A journal in memory is the same store as a file's: migrated, written, searched.
  @Test func a_journal_in_memory_is_migrated_written_and_searched() throws {
    let journal = try Journal(writer: try DatabaseQueue(), language: .fr)
    #expect(try journal.skills().contains { $0.name == "Autonomie professionnelle" })
    let entry = try journal.write(
      title: "Premier jour", body: "Une équipe accueillante.", tags: ["stage"], skills: [], date: now, utcOffset: 3600,
      language: .fr, now: now)
    #expect(try journal.search("equipe", limit: 5).map(\.id) == [entry.id!])
    #expect(try journal.entryCount() == 1)
  }

  /// An SQLite failure nothing foresaw leaves the core as a JournalError naming the journal, in the
  /// user's language; GRDB's own error type never reaches the commands.
  @Test func an_unforeseen_sqlite_failure_is_a_journal_error_in_the_users_words() throws {
    let path = folder + "/broken.sqlite"
    let journal = try openJournal(path: path)
    try journal.write { db in try db.execute(sql: "DROP TABLE entryTag") }
    #expect {
      _ = try journal.tags(of: [1])
    } throws: { error in
      guard case .database(let named, let why)? = error as? JournalError else { return false }
      return named == path && why.contains("entryTag")
    }
    let message = JournalError.database(path, "no such table: entryTag")
    #expect(
      message.message(.en)
        == "the journal \(path) could not be used (no such table: entryTag); 'bilan doctor' checks it.")
    #expect(message.message(.fr).hasPrefix("le journal \(path) n'a pas pu être utilisé"))
  }

  @Test func an_interview_round_trips_through_the_store() throws {
    let journal = try openJournal(path: folder + "/j.sqlite")
    var entry = try journal.startAssessment(
      skillName: "Travail en équipe", set: set, language: .fr, now: now, utcOffset: 3600)
    let id = try #require(entry.id)
    var interview = Interview(questions: set.questions)
    for line in ["Vision.", "", "Deux.", "."] {
      if interview.receive(line) == .kept {
        try journal.savePending(entryID: id, lines: interview.pending, now: now)
      }
    }
    try journal.saveProgress(entryID: id, interview: interview, now: now)
    for line in ["Contexte.", ".", ":skip", "Fin.", ".", "Une ligne", "Projet A, Technique, projet a", "4"] {
      _ = interview.receive(line)
    }
    try journal.saveProgress(entryID: id, interview: interview, now: now)
    entry = try journal.finish(entryID: id, now: now, utcOffset: 3600)

    #expect(entry.status == .done && entry.date == now && entry.utcOffset == 3600)
    #expect(entry.description == "Une ligne")
    #expect(try journal.answers(of: id)["vision"] == "Vision.\n\nDeux.")
    #expect(try journal.answers(of: id)["critique"] == nil)
    #expect(try journal.tags(of: id) == ["Projet A", "Technique"])
    let rating = try #require(try journal.rating(of: id))
    #expect(rating.level == 4 && rating.skillID == entry.skillID)
    #expect(try journal.skill(named: "TRAVAIL EN EQUIPE")?.name == "Travail en équipe")
    let summary = try #require(try journal.summaries(limit: 10).first)
    #expect(summary.id == id && summary.skill == "Travail en équipe" && summary.level == 4 && summary.status == .done)
    let found = try journal.read { db in
      try Int64.fetchAll(db, sql: "SELECT rowid FROM entryText WHERE entryText MATCH 'equipe OR deux'")
    }
    #expect(found == [id])
  }

  @Test func pending_lines_survive_reopening() throws {
    let path = folder + "/j.sqlite"
    let journal = try openJournal(path: path)
    let entry = try journal.startAssessment(skillName: "SQL", set: set, language: .en, now: now, utcOffset: 0)
    try journal.savePending(entryID: entry.id!, lines: ["one", "", "two"], now: now)
    let reopened = try openJournal(path: path)
    #expect(try reopened.entry(entry.id!)?.pending == "one\n\ntwo")
    #expect(try reopened.summaries(limit: nil, draftsOnly: true).map(\.id) == [entry.id!])
  }

  @Test func ids_are_never_reused_after_a_discard() throws {
    let journal = try openJournal(path: folder + "/j.sqlite")
    let first = try journal.startAssessment(skillName: "A", set: set, language: .en, now: now, utcOffset: 0)
    #expect(try journal.discardDraft(first.id!))
    let second = try journal.startAssessment(skillName: "A", set: set, language: .en, now: now, utcOffset: 0)
    #expect(second.id! > first.id!)
    #expect(try journal.entry(first.id!) == nil)
  }

  @Test func a_folder_is_refused_by_name() throws {
    #expect(throws: JournalError.isFolder(folder)) { try openJournal(path: folder) }
  }

  @Test func a_file_that_is_not_sqlite_is_refused_and_left_untouched() throws {
    let path = folder + "/notes.txt"
    try "my precious notes\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      throws: JournalError.notAJournal(
        path, LocalizedText(fr: "ce n'est pas un fichier SQLite", en: "it is not an SQLite file"))
    ) { try openJournal(path: path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "my precious notes\n")
  }

  @Test func another_programs_database_is_refused() throws {
    let path = folder + "/other.sqlite"
    try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
    #expect(
      throws: JournalError.notAJournal(
        path, LocalizedText(fr: "il contient d'autres tables", en: "it holds other tables"))
    ) { try openJournal(path: path) }
  }

  @Test func a_journal_from_a_newer_bilan_is_refused_and_untouched() throws {
    let path = folder + "/j.sqlite"
    // Changed while the journal is open, so that an encrypted one's key is held.
    let opened = try openJournal(path: path)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    withExtendedLifetime(opened) {}
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: JournalError.newerSchema(path)) { try openJournal(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func a_read_only_journal_answers_reads_and_refuses_writes() throws {
    guard getuid() != 0 else { return }  // root writes through file modes
    let path = folder + "/j.sqlite"
    _ = try openJournal(path: path)
    chmod(path, 0o400)
    #expect(throws: JournalError.readOnly(path)) { try openJournal(path: path, forWriting: true) }
    #expect(try openJournal(path: path, forWriting: false).entryCount() == 0)
  }
}
