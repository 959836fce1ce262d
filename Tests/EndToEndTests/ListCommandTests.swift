import BilanTestSupport
import Foundation
import Testing

/// `list`, `show`, `search` and `export` with filters, and their JSON for scripts.
@Suite struct ListCommandTests {
  let box = Sandbox()

  init() throws {
    _ = try box.run(["assess", "sql", "--lang", "en"], input: "Requêtes.\n.\n.\n.\n.\nOne line\nData, Queries\n3\n")
    _ = try box.run(["write", "Stage. Premier jour avec l'équipe.", "--tag", "stage", "--skill", "autonomie"])
    _ = try box.run(["write", "Old note. About SQL joins.", "--date", "2026-10-02", "--tag", "Data"])
    _ = try box.run(["star", "3"])
  }

  func json(_ arguments: [String]) throws -> Any {
    let result = try box.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  @Test func filters_narrow_the_list() throws {
    #expect(try box.run(["list", "--tag", "data", "--lang", "en"]).stdout.split(separator: "\n").count == 2)
    #expect(
      try box.run(["list", "--tag", "data", "--kind", "journal"]).stdout.hasPrefix("3  2026-10-02  -  Old note."))
    #expect(try box.run(["list", "--starred"]).stdout.hasPrefix("3  "))
    #expect(try box.run(["list", "--skill", "autonomie"]).stdout.hasPrefix("2  2026-11-28"))
    #expect(try box.run(["list", "--since", "2026-11", "-n", "1"]).stdout.split(separator: "\n").count == 1)
    #expect(try box.run(["list", "--until", "2026-10-02"]).stdout.hasPrefix("3  "))
    let none = try box.run(["list", "--since", "today", "--kind", "project", "--lang", "en"])
    #expect(none.status == 0 && none.stdout.isEmpty)
  }

  @Test func bad_filters_say_what_to_type() throws {
    let date = try box.run(["list", "--since", "last week", "--lang", "en"])
    #expect(date.status == 64)
    #expect(date.stderr.contains("--since 'last week' is not a date: write 2026-11-28, 2026-11, 2026, today"))
    let order = try box.run(["list", "--since", "2026-11-28", "--until", "2026-11-01", "--lang", "en"])
    #expect(order.status == 64 && order.stderr.contains("comes before --since"))
    let skill = try box.run(["search", "x", "--skill", "cooking", "--lang", "en"])
    #expect(skill.status == 1 && skill.stderr.contains("No skill 'cooking'"))
    #expect(try box.run(["list", "--kind", "poem"]).status == 64)
    // A filter never adds a skill to the catalogue.
    #expect(try box.run(["skills", "--format", "json"]).stdout.contains("cooking") == false)
  }

  @Test func list_and_search_print_the_documented_json() throws {
    let listed = try #require(try json(["list", "--format", "json", "--lang", "en"]) as? [[String: Any]])
    #expect(listed.map { $0["id"] as? Int } == [2, 1, 3])
    let sql = try #require(listed.first { $0["id"] as? Int == 1 })
    #expect(Set(sql.keys) == ["id", "kind", "status", "title", "date", "skills", "level", "tags", "starred", "set"])
    #expect(sql["kind"] as? String == "assessment" && sql["status"] as? String == "done")
    #expect(sql["skills"] as? [String] == ["SQL"] && sql["level"] as? Int == 3 && sql["set"] as? String == "vision")
    #expect(sql["tags"] as? [String] == ["Data", "Queries"] && sql["date"] as? String == "2026-11-28T10:30:00+01:00")
    let note = try #require(listed.last)
    #expect(note["starred"] as? Bool == true && note["level"] is NSNull && note["set"] is NSNull)
    let hits = try #require(try json(["search", "equipe", "--format", "json", "--lang", "en"]) as? [[String: Any]])
    #expect(hits.count == 1 && hits[0]["id"] as? Int == 2)
    #expect(hits[0]["snippet"] as? String == "Premier jour avec l'équipe.")
    #expect(hits[0]["skills"] as? [String] == ["Professional autonomy"])
  }

  @Test func show_prints_an_entry_as_json() throws {
    let shown = try #require(try json(["show", "1", "--format", "json", "--lang", "en"]) as? [String: Any])
    #expect(shown["title"] as? String == "SQL" && shown["lang"] as? String == "en")
    #expect(shown["description"] as? String == "One line" && shown["target"] is NSNull)
    let sections = try #require(shown["sections"] as? [[String: String]])
    #expect(sections.first?["text"] == "Requêtes.")
    #expect((shown["answers"] as? [String: String])?["vision"] == "Requêtes.")
    #expect((shown["body"] as? String)?.contains("Requêtes.") == true)
    let note = try #require(try json(["show", "3", "--format", "json"]) as? [String: Any])
    #expect(note["body"] as? String == "About SQL joins.\n" && note["file"] is NSNull)
  }

  @Test func export_writes_the_filtered_entries_each_in_its_file() throws {
    let out = box.root + "/out"
    let result = try box.run(["export", "--kind", "journal", "--out", out])
    #expect(result.status == 0)
    #expect(result.stdout == "\(out)/old-note.md\n\(out)/stage.md\n")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files == ["old-note.md", "stage.md"])
    let stage = try String(contentsOfFile: out + "/stage.md", encoding: .utf8)
    #expect(stage.hasPrefix("---\ntitle: \"Stage.\"\n") && stage.hasSuffix("Premier jour avec l'équipe.\n"))
    let all = try box.run(["export", "--all", "--out", box.root + "/all"])
    #expect(all.stdout.split(separator: "\n").count == 3)
    // A new folder was filled under a hidden name and renamed: nothing of it is left beside.
    #expect(try FileManager.default.contentsOfDirectory(atPath: box.root).filter { $0.contains("partial") }.isEmpty)
    // Into a folder that holds files already: the other files stay, the essays are replaced.
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: out + "/stage.md"))
    #expect(try box.run(["export", "--kind", "journal", "--out", out]).status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["notes.txt", "old-note.md", "stage.md"])
    #expect(try String(contentsOfFile: out + "/stage.md", encoding: .utf8) == stage)
    // A folder that cannot be made: an error, and nothing written anywhere.
    let blocked = try box.run(["export", "--all", "--out", out + "/notes.txt/inner", "--lang", "en"])
    #expect(blocked.status == 1 && blocked.stderr.contains("Cannot create the folder"))
    #expect(try box.run(["export", "1", "--tag", "x"]).status == 64)
    #expect(try box.run(["export", "--all", "--format", "json", "--tag", "x"]).status == 64)
  }
}
