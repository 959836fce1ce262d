import BilanTestSupport
import Foundation
import Testing

/// Other people's material, in the forms a review found bilan mishandling: an English site, section
/// list pages, a folder above the one imported, names told apart only by `#` or `+`, identical pages,
/// labels written by hand in other ways, a title line above the sections, a post recognised as a skill
/// essay, a page edited after bilan published it.
@Suite struct RealMaterialTests {
  let box = Sandbox()
  static let env = ["BILAN_NOW": "2026-11-01T10:00:00+01:00", "BILAN_LANG": "en"]

  func write(_ path: String, _ text: String) throws {
    let full = box.root + "/" + path
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: full, atomically: true, encoding: .utf8)
  }

  func run(_ arguments: [String]) throws -> Sandbox.Result { try box.run(arguments, env: Self.env) }

  func entries() throws -> [[String: Any]] {
    let list = try run(["list", "-n", "100", "--format", "json"])
    return try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
  }

  static func vision(_ title: String, _ view: String) -> String {
    "---\ntitle: \"\(title)\"\n---\n## My view of \(view)\n\nA.\n\n## Where it matters\n\nB.\n\n## A critical view\n\nC.\n\n## Conclusion\n\nD.\n"
  }

  @Test func folders_say_what_a_page_is_only_from_the_folder_imported_down() throws {
    try write("site/content/projects/dash/index.md", "---\ntitle: \"Dash\"\n---\nA dashboard.\n")
    try write("site/content/projets/_index.md", "---\ntitle: \"Projets\"\n---\nMes projets.\n")
    try write("site/content/competences/_index.md", "---\ntitle: \"Compétences\"\n---\nMes compétences.\n")
    try write("Skills/vault/day1.md", "---\ntitle: \"Monday notes\"\n---\nNotes.\n")
    #expect(try run(["import", box.root + "/site/content", box.root + "/Skills/vault"]).status == 0)
    let kinds = Dictionary(uniqueKeysWithValues: try entries().map { ($0["title"] as! String, $0["kind"] as! String) })
    #expect(kinds["Dash"] == "project")
    #expect(kinds["Projets"] == "journal" && kinds["Compétences"] == "journal")
    #expect(kinds["Monday notes"] == "journal")
    let skills = try run(["skills"]).stdout
    #expect(!skills.contains("Monday notes") && !skills.contains("Compétences "))
  }

  @Test func names_told_apart_by_a_mark_stay_apart() throws {
    try write("skills/cpp.md", Self.vision("C++", "C++"))
    try write("skills/csharp.md", Self.vision("C#", "C#"))
    try write("skills/sass.md", Self.vision("Sass", "Sass"))
    try write("skills/sas.md", Self.vision("SAS", "SAS"))
    try write("skills/the.md", Self.vision("The", "it"))
    try write("skills/a.md", Self.vision("A", "it"))
    #expect(try run(["import", box.root + "/skills"]).status == 0)
    let tied = try entries().map { ($0["title"] as! String, ($0["skills"] as! [String]).first ?? "") }
    for (title, skill) in tied { #expect(title == skill, "\(title) tied to \(skill)") }
  }

  @Test func identical_pages_of_one_site_are_both_kept_and_published() throws {
    let page = "---\ntitle: \"Notes\"\n---\nThe same.\n"
    try write("site/content/a/notes.md", page)
    try write("site/content/b/notes.md", page)
    #expect(try run(["import", box.root + "/site/content"]).stdout.hasPrefix("imported: 2,"))
    // A copy of the site elsewhere is nothing new, and says so where scripts see it.
    try FileManager.default.copyItem(atPath: box.root + "/site", toPath: box.root + "/copy")
    let again = try run(["import", box.root + "/copy/content"])
    #expect(again.stdout.hasPrefix("imported: 0, updated: 0, unchanged: 2"))
    #expect(again.stderr.contains("the same bytes as #1"))
    #expect(try run(["publish", box.root + "/out", "--init"]).status == 0)
    for page in ["a", "b"] {
      #expect(FileManager.default.fileExists(atPath: box.root + "/out/content/\(page)/notes.md"))
    }
    // A twin in the trash is no twin: the page comes in again.
    #expect(try run(["delete", "2"]).status == 0)
    try write("other/content/b/notes.md", page)
    #expect(try run(["import", box.root + "/other/content"]).stdout.hasPrefix("imported: 1,"))
  }

  @Test func labels_levels_and_titles_written_by_hand_are_read() throws {
    try write(
      "skills/rigour.md",
      """
      ---
      title: "Rigour"
      ---
      # Rigour

      ## My definition

      \(String(repeating: "Rigour is care and method in every step of the work. ", count: 9))

      Current trend: audits everywhere.

      *Source* : [A survey](https://example.org/s)

      ## Evidence

      ### The audit

      Situation: a failing audit.

      **Action:** I rewrote the checklist.

      Result: zero findings.

      Project: [Audit](../../projects/audit/)

      ## Self-assessment

      I would say I am at 4/5 today.

      What shows it: the audit report.

      ## Next steps

      Target: 5/5 by 2027-06

      """)
    #expect(try run(["import", box.root + "/skills"]).status == 0)
    let entry = try #require(try entries().first)
    #expect(entry["title"] as? String == "Rigour" && entry["set"] as? String == "portfolio")
    let check = try run(["check", "1"])
    #expect(check.stdout.contains("✓ Evidence: every story has 'What I did'"), "\(check.stdout)")
    #expect(check.stdout.contains("✓ Evidence: every story has 'Result'"))
    #expect(check.stdout.contains("✓ Self-assessment: 'My level' level 4/5"), "\(check.stdout)")
    #expect(check.stdout.contains("✓ Next steps: 'Target' target 5/5 by 2027-06"))
    #expect(check.stdout.contains("✓ My definition: 'Current trend' present"))
  }

  @Test func a_post_recognised_as_a_skill_essay_is_published_in_its_place_only() throws {
    try write("site/content/posts/trail.md", Self.vision("Git", "Git"))
    #expect(try run(["import", box.root + "/site"]).status == 0)
    let published = try run(["publish", box.root + "/site", "--init"])
    #expect(published.status == 0, "\(published.stderr)")
    #expect(!FileManager.default.fileExists(atPath: box.root + "/site/content/skills/trail.md"))
    #expect(!FileManager.default.fileExists(atPath: box.root + "/site/content/competences/trail.md"))
    let overview = try String(contentsOfFile: box.root + "/site/content/_index.md", encoding: .utf8)
    #expect(overview.contains("](posts/trail/)"), "\(overview)")
  }

  @Test func a_page_edited_after_publish_is_read_again() throws {
    try write("site/content/competences/python.md", Self.vision("Python", "Python"))
    #expect(try run(["import", box.root + "/site"]).status == 0)
    #expect(try run(["publish", box.root + "/site", "--init"]).status == 0)
    // bilan's own output is passed over while unchanged…
    #expect(try run(["import", box.root + "/site"]).stdout.hasPrefix("imported: 0, updated: 0, unchanged: 0"))
    // …and the author's again once edited.
    let page = box.root + "/site/content/competences/python.md"
    try (try String(contentsOfFile: page, encoding: .utf8) + "\nOne more line.\n").write(
      toFile: page, atomically: true, encoding: .utf8)
    let again = try run(["import", box.root + "/site"])
    #expect(again.stdout.hasPrefix("imported: 0, updated: 1"), "\(again.stdout)")
    #expect(try run(["show", "1"]).stdout.contains("One more line."))
  }

  @Test func an_almost_set_names_the_heading_with_the_skill_and_a_huge_page_is_named_briefly() throws {
    try write(
      "skills/node.md",
      "---\ntitle: \"Node\"\n---\n## Context\n\nx\n\n## Where it matters\n\ny\n\n## A critical view\n\nz\n\n## Conclusion\n\nw\n"
    )
    var huge =
      "---\ntitle: \"Huge\"\n---\n## My view of Go\n\nx\n\n## Where it matters\n\ny\n\n## A critical view\n\nz\n"
    for n in 0..<8 { huge += "## Aside \(n)\n\nt\n\n" }
    try write("skills/huge.md", huge)
    let imported = try run(["import", box.root + "/skills"])
    #expect(imported.stderr.contains("'Context' is not the set's 'My view of node'"), "\(imported.stderr)")
    #expect(!imported.stderr.contains("{skill}"))
  }

  @Test func an_lf_page_keeps_its_lone_carriage_returns_and_a_missing_final_break() throws {
    try write("site/content/projets/citi.md", "---\ntitle: \"CITI\"\n---\nA line with a CR\r\nend")
    try write(
      "site/content/competences/python.md",
      Self.vision("Python", "Python") + "\n[CITI](../../projets/citi/)")
    #expect(try run(["import", box.root + "/site"]).status == 0)
    #expect(try run(["publish", box.root + "/site", "--init"]).status == 0)
    let citi = try Data(contentsOf: URL(fileURLWithPath: box.root + "/site/content/projets/citi.md"))
    #expect(citi.starts(with: Data("---\ntitle: \"CITI\"\n---\nA line with a CR\r\nend\n\n## ".utf8)))
    let python = try String(contentsOfFile: box.root + "/site/content/competences/python.md", encoding: .utf8)
    #expect(python.contains("[CITI](../../projets/citi/)\n\n## "))
  }

  /// Formats come from one registry: `--from` takes its names, and an option only another format reads is
  /// refused with the formats that read it.
  @Test func import_formats_and_their_options_come_from_one_registry() throws {
    let help = try run(["import", "--help"])
    #expect(help.stdout.contains("--from <markdown|jrnl|json>"))
    let wrong = try run(["import", "x", "--from", "jrnl", "--projects"])
    #expect(wrong.status == 64 && wrong.stderr == "bilan: --projects goes only with --from markdown\n")
    let format = try run(["import", "x", "--date-format", "%d.%m.%Y"])
    #expect(format.status == 64 && format.stderr == "bilan: --date-format goes only with --from jrnl\n")
    #expect(try run(["import", "x", "--from", "dayone"]).status == 64)
    // Export formats too: the backup writes the whole journal, so it asks for --all.
    #expect(try run(["export", "--help"]).stdout.contains("--format <markdown|json>"))
    let partial = try run(["export", "--format", "json"])
    #expect(partial.status == 64 && partial.stderr.contains("--format json writes the whole journal: add --all"))
    // A backup of a journal that does not exist yet is refused; of one just started, it is written.
    #expect(try run(["export", "--all", "--format", "json"]).status == 1)
    try box.startJournal()
    #expect(try run(["export", "--all", "--format", "json"]).stdout.contains("\"format\""))
  }
}
