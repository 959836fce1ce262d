import BilanTestSupport
import Foundation
import GRDB
import Testing

/// `import` and the JSON backup, through the built binary.
@Suite struct ImportCommandTests {
  static let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("BilanCoreTests/Fixtures/model-essay.md")

  @Test func a_site_folder_is_imported_reported_and_exported_as_it_was() throws {
    let box = Sandbox()
    let site = box.root + "/site/content"
    try FileManager.default.createDirectory(atPath: site + "/competences/deep", withIntermediateDirectories: true)
    let model = try Data(contentsOf: Self.model)
    try model.write(to: URL(fileURLWithPath: site + "/competences/autonomie.md"))
    let toml = "+++\r\ntitle = \"Rigueur\"\r\nweight = 2\r\n+++\r\n## Une\r\ntexte\r\n"
    try Data(toml.utf8).write(to: URL(fileURLWithPath: site + "/competences/deep/rigueur.markdown"))
    try "---\ntitle: [oops\n---\n".write(toFile: site + "/competences/broken.md", atomically: true, encoding: .utf8)
    try "not markdown".write(toFile: site + "/competences/notes.txt", atomically: true, encoding: .utf8)

    let first = try box.run(["import", site, "--lang", "en"])
    #expect(first.status == 1)
    #expect(first.stdout == "imported: 2, updated: 0, unchanged: 0, failed: 1\n")
    // Named at the bracket that is never closed, not where the text ran out; the journal BILAN_DB
    // names is new, and a script is told so.
    #expect(
      first.stderr
        == box.newJournalNote()
        + "\(site)/competences/broken.md:2:8: YAML: did not find expected ',' or ']' while parsing a flow sequence opened here (a '[' is not closed)\n"
    )
    // Nothing of the broken file was stored.
    #expect(try box.run(["list"]).stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 2)

    let essay = try box.run(["export", "1"])
    #expect(Data(essay.stdout.utf8) == model)
    #expect(try box.run(["export", "2"]).stdout == toml)  // TOML and CRLF kept
    // Its headings are the vision set's: it is checked as a vision essay.
    let check = try box.run(["check", "1", "--lang", "en"])
    #expect(check.status == 0)
    #expect(check.stdout.contains("✓ Ma vision de l'autonomie professionnelle: present"))

    // An edit made in bilan survives importing the unchanged folder again.
    let editor = box.root + "/editor.sh"
    try "#!/bin/sh\nsed -i 's/^texte/texte revu/' \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    #expect(try box.run(["edit", "2"], env: ["EDITOR": editor]).status == 0)
    let again = try box.run(["import", site, "--lang", "en"])
    #expect(again.stdout == "imported: 0, updated: 0, unchanged: 2, failed: 1\n")
    #expect(try box.run(["export", "2"]).stdout == toml.replacingOccurrences(of: "texte", with: "texte revu"))

    // A changed file updates its entry.
    try Data(toml.replacingOccurrences(of: "texte", with: "autre texte").utf8).write(
      to: URL(fileURLWithPath: site + "/competences/deep/rigueur.markdown"))
    #expect(
      try box.run(["import", site + "/competences/deep", "--lang", "en"]).stdout
        == "imported: 0, updated: 1, unchanged: 0, failed: 0\n")
    #expect(try box.run(["export", "2"]).stdout.contains("autre texte\r\n"))
  }

  @Test func a_json_backup_restores_with_the_same_ids_and_merges_without_duplicates() throws {
    let box = Sandbox()
    _ = try box.run(["assess", "sql", "--lang", "en"], input: "Joins.\n.\n.\n.\n.\nQueries\nDB, Data\n4\n")
    _ = try box.run(["assess", "rigour", "--lang", "en"], input: "Care.\n.\n:quit\n")  // a draft
    _ = try box.run(["import", Self.model.path])
    _ = try box.run(["project", "add", "Citi", "--description", "Une usine"])
    _ = try box.run(["project", "link", "citi", "sql"])
    let backup = box.root + "/backup.json"
    #expect(try box.run(["export", "--all", "--format", "json", "--out", backup]).status == 0)
    let text = try String(contentsOfFile: backup, encoding: .utf8)
    #expect(text.contains("\"format\" : \"bilan-journal\""))
    #expect(text.contains("\"name\" : \"Citi\""))

    let other = Sandbox()
    let restored = try other.run(["import", "--from", "json", backup, "--lang", "en"])
    #expect(restored.stdout == "\(backup): 3 entries restored (same ids), 0 already there\n")
    let again = try other.run(["export", "--all", "--format", "json"])
    #expect(again.stdout == text)
    #expect(try other.run(["export", "3"]).stdout == String(decoding: try Data(contentsOf: Self.model), as: UTF8.self))
    #expect(try other.run(["drafts"]).stdout.contains("Rigour"))

    let merged = try other.run(["import", "--from", "json", backup, "--lang", "en"])
    #expect(merged.stdout == "\(backup): 0 entries restored, 3 already there\n")

    let bad = box.root + "/bad.json"
    try "{\"format\": \"bilan-journal\", \"version\": 1}".write(toFile: bad, atomically: true, encoding: .utf8)
    let refused = try other.run(["import", "--from", "json", bad, "--lang", "en"])
    #expect(refused.status == 1)
    #expect(refused.stderr.hasPrefix("\(bad): not a bilan backup (missing 'skills'"))
  }

  @Test func a_jrnl_user_switches_without_loss() throws {
    let box = Sandbox()
    let folder = Self.model.deletingLastPathComponent().appendingPathComponent("jrnl")
    let text = folder.appendingPathComponent("journal.txt").path
    let result = try box.run(["import", "--from", "jrnl", text, "--lang", "en"])
    #expect(result.stdout == "imported: 4, unchanged: 0, skipped: 0, files failed: 0\n")
    // jrnl's own JSON export of the same journal adds nothing.
    let json = folder.appendingPathComponent("journal.json").path
    #expect(
      try box.run(["import", "--from", "jrnl", json, "--lang", "en"]).stdout
        == "imported: 0, unchanged: 4, skipped: 0, files failed: 0\n")
    let listed = try box.run(["list"]).stdout
    #expect(listed.contains("1  2024-03-01  -  Stand-up with @team."))
    #expect(listed.contains("4  2024-03-04  -  Autonomie : ce que j'en retiens."))
    #expect(
      try box.run(["export", "2"]).stdout == """
        ---
        title: "Fixed the flaky test!"
        date: 2024-03-02T18:40:00+01:00
        tags: ["@ci"]
        ---
        It was a race in @ci. Took two hours.

        """)
    #expect(try box.run(["export", "3"]).stdout.contains("starred: true\n---\n"))
    // An edit of a jrnl entry changes that entry, and importing the journal again keeps it.
    let editor = box.root + "/editor.sh"
    try "#!/bin/sh\nsed -i 's/two hours/three hours/' \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    #expect(try box.run(["edit", "2"], env: ["EDITOR": editor]).status == 0)
    #expect(
      try box.run(["import", "--from", "jrnl", text, "--lang", "en"]).stdout.hasPrefix("imported: 0, unchanged: 4"))
    #expect(try box.run(["export", "2"]).stdout.contains("Took three hours."))
    #expect(
      try box.run(["show", "4", "--lang", "en"]).stdout.contains("Demander de l'aide tôt, c'est aussi de l'autonomie."))
    let broken = box.root + "/notes.txt"
    try "no entries here\n".write(toFile: broken, atomically: true, encoding: .utf8)
    let refused = try box.run(["import", "--from", "jrnl", broken, "--lang", "en"])
    #expect(refused.status == 1)
    #expect(refused.stderr.hasPrefix("\(broken):1: no jrnl entry found"))
  }

  @Test func a_merge_knows_imported_files_and_keeps_the_users_own_skills() throws {
    let a = Sandbox()
    let jrnl = Self.model.deletingLastPathComponent().appendingPathComponent("jrnl/journal.json").path
    _ = try a.run(["import", Self.model.path])
    _ = try a.run(["import", "--from", "jrnl", jrnl])
    let backup = a.root + "/a.json"
    _ = try a.run(["export", "--all", "--format", "json", "--out", backup])

    let b = Sandbox()
    _ = try b.run(["import", Self.model.path], env: ["BILAN_NOW": "2026-11-29T08:00:00+01:00"])
    _ = try b.run(["import", "--from", "jrnl", jrnl], env: ["BILAN_NOW": "2026-11-29T08:00:00+01:00"])
    let merged = try b.run(["import", "--from", "json", backup, "--lang", "en"])
    #expect(merged.status == 0, "\(merged.stderr)")
    #expect(merged.stdout == "\(backup): 0 entries restored, 5 already there\n")

    let c = Sandbox()
    _ = try c.run(["skills", "add", "Soudure TIG"])
    #expect(
      try c.run(["import", "--from", "json", backup, "--lang", "en"]).stdout
        == "\(backup): 5 entries restored, 0 already there\n")
    #expect(try c.run(["skills"]).stdout.contains("Soudure TIG"))
  }

  @Test func a_missing_path_or_a_folder_named_like_a_file_never_stops_the_others() throws {
    let box = Sandbox()
    try FileManager.default.createDirectory(atPath: box.root + "/site/notes.md", withIntermediateDirectories: true)
    try "# Kept\nyes\n".write(toFile: box.root + "/site/notes.md/inside.md", atomically: true, encoding: .utf8)
    let result = try box.run(["import", box.root + "/nowhere.md", box.root + "/site", "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.stderr == box.newJournalNote() + "\(box.root)/nowhere.md:1: no such file or folder\n")
    #expect(result.stdout == "imported: 1, updated: 0, unchanged: 0, failed: 1\n")
  }
}
