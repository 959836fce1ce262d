import BilanTestSupport
import Foundation
import Testing

/// An imported file that gives no date (the model essay's `#date:` line is a comment) stays undated:
/// listed as such, `null` in JSON, exported without a `date:`, sorted as the oldest, in no date filter.
@Suite struct UndatedImportTests {
  /// The model essay (undated), pages dated in YAML and in TOML, a jrnl entry and a note written today.
  func journal() throws -> Sandbox {
    let box = Sandbox()
    try box.startJournal()
    let files: [(String, String)] = [
      ("dated.md", "---\ntitle: \"Dated page\"\ndate: 2025-03-01\n---\n## One\ntext\n"),
      ("toml.md", "+++\ntitle = \"Toml page\"\ndate = 2024-05-01T10:00:00+02:00\n+++\n## One\ntext\n"),
      ("j.txt", "[2023-01-05 09:00] Jrnl entry. Its body.\n"),
    ]
    for (name, text) in files { try text.write(toFile: box.root + "/" + name, atomically: true, encoding: .utf8) }
    let pages = [ImportCommandTests.model.path, box.root + "/dated.md", box.root + "/toml.md"]
    #expect(try box.run(["import"] + pages).status == 0)
    #expect(try box.run(["import", "--from", "jrnl", box.root + "/j.txt"]).status == 0)
    #expect(try box.run(["write", "Today. A note."]).stdout == "5 Today.\n")
    return box
  }

  @Test func an_undated_file_is_listed_last_without_a_date() throws {
    let box = try journal()
    #expect(
      try box.run(["list", "--lang", "en"]).stdout == """
        5  2026-11-28  -                      Today.                     -
        2  2025-03-01  -                      Dated page                 -
        3  2024-05-01  -                      Toml page                  -
        4  2023-01-05  -                      Jrnl entry. Its body.      -
        1  undated     Professional autonomy  Autonomie Professionnelle  -

        """)
    #expect(
      try box.run(["list", "--lang", "fr"]).stdout.hasSuffix(
        "1  sans date   Autonomie professionnelle  Autonomie Professionnelle  -\n"))
    let json = try box.run(["list", "--format", "json"]).stdout
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(entries.map { $0["id"] as? Int } == [5, 2, 3, 4, 1])
    #expect(entries.last?["date"] is NSNull)
    #expect(entries[1]["date"] as? String == "2025-03-01T00:00:00+01:00")
    #expect(entries[2]["date"] as? String == "2024-05-01T10:00:00+02:00")
    // An entry with no date is in no period.
    let since = try box.run(["list", "--since", "2000"]).stdout
    let until = try box.run(["list", "--until", "2030"]).stdout
    #expect(since == until && since.split(separator: "\n").count == 4 && !since.contains("Autonomie"))
  }

  @Test func an_undated_file_is_shown_searched_and_exported_without_a_date() throws {
    let box = try journal()
    let model = try Data(contentsOf: ImportCommandTests.model)
    // Exported as it came in, byte for byte: its commented `#date:` line, and no `date:` added.
    let essay = try box.run(["export", "1"])
    #expect(Data(essay.stdout.utf8) == model)
    #expect(!essay.stdout.contains("\ndate:"))
    #expect(try box.run(["export", "2"]).stdout.contains("\ndate: 2025-03-01\n"))
    let folder = box.root + "/out"
    #expect(try box.run(["export", "--all", "--out", folder]).status == 0)
    let written = try String(contentsOfFile: folder + "/autonomie-professionnelle.md", encoding: .utf8)
    #expect(!written.contains("\ndate:"))

    #expect(try box.run(["show", "1", "--lang", "en"]).stdout.hasPrefix("#1  Autonomie Professionnelle  (undated)\n"))
    #expect(
      try box.run(["show", "1", "--lang", "fr"]).stdout.hasPrefix("#1  Autonomie Professionnelle  (sans date)\n"))
    #expect(try box.run(["show", "2", "--lang", "en"]).stdout.hasPrefix("#2  Dated page  2025-03-01 00:00\n"))
    let shown = try box.run(["show", "1", "--format", "json"]).stdout
    let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
    #expect(object["date"] is NSNull)
    #expect(
      try box.run(["search", "solliciter", "--lang", "en"]).stdout.hasPrefix(
        "1  undated     Autonomie Professionnelle\n"))
  }
}
