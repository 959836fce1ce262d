import BilanTestSupport
import Foundation
import GRDB
import Testing

/// Bytes a person never meant to type: refused by their line, or stored exactly; never a crash.
@Suite struct HostileInputTests {
  let box = Sandbox()

  func pending(_ id: Int) throws -> String? {
    try database(box.journal).read { db in
      try String.fetchOne(db, sql: "SELECT pending FROM entry WHERE id = ?", arguments: [id])
    }
  }

  @Test func invalid_utf8_and_nul_on_stdin_are_refused_by_their_line() throws {
    // Built as bytes: a string literal cannot hold an invalid byte.
    var input = Data("Fine line.\n\nBad ".utf8)
    input.append(contentsOf: [0xFF, 0xFE])
    input.append(Data(" byte.\n.\n".utf8))
    let refused = try box.run(["assess", "rigueur", "--lang", "en"], bytes: input)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "bilan: line 3 of the input holds bytes that are not UTF-8: refused; the lines before it are stored"))
    #expect(try pending(1) == "Fine line.\n")
    var withNul = Data("First.\nNUL ".utf8)
    withNul.append(0)
    withNul.append(Data(" inside.\n".utf8))
    let nul = try box.run(["assess", "python", "--lang", "en"], bytes: withNul)
    #expect(nul.status == 1 && nul.stderr.contains("line 2 of the input holds a NUL byte: refused"))
    #expect(try pending(2) == "First.")
  }

  @Test func a_ten_megabyte_answer_is_stored_exactly() throws {
    let long = String(repeating: "Une phrase assez longue, écrite encore et encore. ", count: 200_000)
    #expect(long.utf8.count > 10_000_000)
    let result = try box.run(["assess", "sql", "--lang", "en"], input: long + "\n.\n.\n.\n.\n\n\n3\n")
    #expect(result.status == 0)
    let stored = try database(box.journal).read { db in
      try String.fetchOne(db, sql: "SELECT text FROM answer WHERE entryId = 1 AND questionId = 'vision'")
    }
    #expect(stored == long)
    // Its search result comes at once (FTS5's snippet would weigh 200,000 matches against each other).
    #expect(try box.run(["search", "phrase"]).stdout.hasPrefix("1  2026-11-28  SQL\n    Une phrase assez longue"))
  }
}
