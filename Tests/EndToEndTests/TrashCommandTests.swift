import BilanTestSupport
import Foundation
import GRDB
import Testing

/// delete, undelete and trash: an entry leaves everything and comes back whole.
@Suite struct TrashCommandTests {
  let box = Sandbox()

  @Test func a_deleted_entry_leaves_every_listing_and_comes_back_whole() throws {
    _ = try box.run(["assess", "sql", "--lang", "en"], input: "Requêtes.\n.\n.\n.\n.\nOne line\nData\n3\n")
    _ = try box.run(["write", "Stage. Premier jour.", "--tag", "stage"])
    let before = try box.run(["export", "1"]).stdout
    let deleted = try box.run(["delete", "1", "--lang", "en"])
    #expect(deleted.stdout == "#1 SQL: moved to the trash ('undelete 1' brings it back)\n")
    #expect(try box.run(["list"]).stdout.hasPrefix("2  ") && !box.run(["list"]).stdout.contains("SQL"))
    #expect(try box.run(["search", "requetes"]).stdout.isEmpty)
    #expect(try box.run(["tags"]).stdout == "1  stage\n")
    #expect(try box.run(["skills", "--format", "json"]).stdout.contains("\"level\" : 3") == false)
    let shown = try box.run(["show", "1", "--lang", "en"])
    #expect(shown.status == 1 && shown.stderr.contains("Entry #1 is in the trash ('undelete 1' brings it back)."))
    #expect(try box.run(["trash"]).stdout == "1  2026-11-28  SQL\n")
    #expect(try box.run(["undelete", "1", "--lang", "en"]).stdout == "#1 SQL: back\n")
    #expect(try box.run(["export", "1"]).stdout == before)
    #expect(try box.run(["skills", "--format", "json"]).stdout.contains("\"level\" : 3"))
    let again = try box.run(["undelete", "1", "--lang", "en"])
    #expect(again.status == 1 && again.stderr.contains("#1: not in the trash (see 'trash')."))
  }

  @Test func emptying_the_trash_asks_and_then_deletes_for_good() throws {
    _ = try box.run(["assess", "sql", "--lang", "en"], input: "x\n.\n.\n.\n.\n\n\n3\n")
    _ = try box.run(["delete", "1"])
    let refused = try box.run(["trash", "--empty", "--lang", "en"])
    #expect(refused.status == 64 && refused.stderr.contains("add --yes"))
    #expect(try box.run(["trash", "--empty", "--yes", "--lang", "en"]).stdout == "1 entries deleted for good.\n")
    #expect(try box.run(["trash"]).stdout.isEmpty)
    #expect(try box.run(["undelete", "1"]).status == 1)
    // Nothing of it is left: no answers, no rating, no search row.
    let db = try database(box.journal)
    let left = try db.read { db in
      try Int.fetchOne(
        db,
        sql: "SELECT (SELECT count(*) FROM answer) + (SELECT count(*) FROM rating) + (SELECT count(*) FROM entryText)")
    }
    #expect(left == 0)
  }
}
