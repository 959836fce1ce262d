import BilanTestSupport
import Foundation
import Testing

/// The commands of the question sets and the skills catalogue, driven by scripts.
@Suite struct CatalogueCommandTests {
  @Test func prompts_check_prints_each_problem_with_its_position_and_exits_1() throws {
    let box = Sandbox()
    let bad = box.root + "/bad.yaml"
    try "id: Bad Id\ntitle: {fr: a}\nquestions:\n  - {id: q, kind: poem, question: {fr: a, en: b}}\n"
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let result = try box.run(["prompts", "check", bad])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(bad):1:5: 'id' must be lower-case letters, digits, '-' or '_' (64 at most)
        \(bad):2:8: 'title' has no 'en' variant
        \(bad):4:19: unknown kind 'poem' (known: text, line, list, anecdotes, rating, evidence, target, tags, links, link, skills, generated)

        """)
  }

  @Test func every_shipped_set_passes_prompts_check() throws {
    let box = Sandbox()
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("prompts").path
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
    #expect(files.count >= 5)
    let result = try box.run(["prompts", "check"] + files.map { folder + "/" + $0 })
    #expect(result.status == 0, "\(result.stdout)")
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(lines.filter { $0.contains(": ok (set '") }.count == files.count - 1)
    #expect(lines.contains { $0.hasSuffix("skills.yaml: ok (catalogue of 16 skills)") })
  }

  @Test func a_broken_user_set_is_named_once_and_the_others_load() throws {
    let box = Sandbox()
    let folder = box.root + "/config/bilan/prompts"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try
      "id: star\ntitle: {fr: STAR, en: STAR}\nquestions:\n  - {id: s, kind: text, heading: {fr: S, en: S}, question: {fr: q, en: q}}\n"
      .write(toFile: folder + "/star.yaml", atomically: true, encoding: .utf8)
    try Data([0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/broken.yaml"))
    try box.startJournal()
    let result = try box.run([], input: "prompts\nprompts show star\nprompts\nquit\n")
    #expect(result.status == 0)
    #expect(result.stderr == "bilan: warning: \(folder)/broken.yaml:1:1: not a text file; file skipped\n")
    #expect(result.stdout.contains("star       STAR  (1 questions, ~/config/bilan/prompts/star.yaml)"))
    #expect(result.stdout.contains("portfolio  The skills portfolio"))
  }

  @Test func the_config_chooses_the_set_and_language_and_a_bad_line_is_reported() throws {
    let box = Sandbox()
    let folder = box.root + "/config/bilan"
    try FileManager.default.createDirectory(atPath: folder + "/prompts", withIntermediateDirectories: true)
    try
      "id: short\ntitle: {fr: Bref, en: Short}\nquestions:\n  - {id: s, kind: text, heading: {fr: En bref, en: In short}, question: {fr: q, en: q}}\n"
      .write(toFile: folder + "/prompts/short.yaml", atomically: true, encoding: .utf8)
    try "lang: fr\ndefault_set: short\ncolor: red\n".write(
      toFile: folder + "/config.yaml", atomically: true, encoding: .utf8)
    try box.startJournal()  // in French, as the config says
    let result = try box.run(["assess", "SQL"], input: "Une requête lente.\n.\n")
    #expect(result.status == 0, "\(result.stderr)")
    // Said in the language the config itself chose.
    #expect(
      result.stderr
        == "bilan: attention : \(folder)/config.yaml:3:1: clé inconnue « color » (connues : default_set, lang, cadence) ; ignorée\n"
    )
    #expect(result.stdout == "1 SQL\n")
    let shown = try box.run(["show", "1"]).stdout
    #expect(shown.contains("Questions : short"))
    #expect(shown.contains("## En bref\n\nUne requête lente.\n"))
    // A default set about something else than a skill is named at its line, and vision is used.
    try "default_set: daily\n".write(toFile: folder + "/config.yaml", atomically: true, encoding: .utf8)
    let other = try box.run(["assess", "SQL", "--lang", "en"], input: ":quit\n")
    #expect(
      other.stderr.hasPrefix(
        "bilan: warning: \(folder)/config.yaml:1: default_set 'daily' is not about a skill; using 'vision'.\n"))
  }

  @Test func skills_are_added_renamed_merged_and_removed() throws {
    let box = Sandbox()
    #expect(
      try box.run(["skills", "add", "Modélisation 3D", "--category", "technical"]).stdout
        == "Skill 'Modélisation 3D' added (technical).\n")
    let twice = try box.run(["skills", "add", "modelisation 3d"])
    #expect(twice.status == 1 && twice.stderr.contains("already in the catalogue"))
    // The same name but for articles and plurals is the same skill, in the catalogue as in the user's.
    for alike in ["La modélisation 3D", "Les Modélisations 3D", "la gestion de projets"] {
      let again = try box.run(["skills", "add", alike])
      #expect(again.status == 1 && again.stderr.contains("already in the catalogue"), "\(alike): \(again.stderr)")
    }
    // A longer name is another skill.
    #expect(try box.run(["skills", "add", "Modélisation 3D avancée"]).status == 0)
    #expect(try box.run(["skills", "remove", "Modélisation 3D avancée"]).status == 0)
    #expect(try box.run(["skills", "rename", "modél", "CAO"]).stdout == "'Modélisation 3D' is now 'CAO'.\n")
    // An unknown skill assessed from a script is added, with a note.
    let assessed = try box.run(["assess", "Soudure", "--lang", "en"], input: ".\n.\n.\n.\n\n\n2\n")
    #expect(assessed.status == 0)
    #expect(assessed.stderr.contains("new skill 'Soudure' added to the catalogue"))
    let refused = try box.run(["skills", "remove", "soudure"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("'Soudure' is used by 1 entry: add --yes"))
    #expect(try box.run(["skills", "merge", "soudure", "CAO", "--yes"]).status == 0)
    let listed = try box.run(["skills"]).stdout
    #expect(listed.contains("CAO") && listed.contains("2/5") && !listed.contains("Soudure"))
    #expect(try box.run(["list"]).stdout.contains("1  2026-11-28  CAO"))
    #expect(try box.run(["skills", "remove", "CAO", "--yes"]).status == 0)
    #expect(try box.run(["show", "1"]).status == 0)  // the entry stays
  }

  @Test func a_set_about_something_else_is_refused() throws {
    let box = Sandbox()
    let wrong = try box.run(["assess", "--project", "Citi", "--set", "portfolio"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr == "bilan: the set 'portfolio' is about a skill, not a project (sets that fit: project)\n")
    #expect(try box.run(["assess", "sql", "--set", "daily"]).stderr.contains("is about a day, not a skill"))
  }

  @Test func an_ambiguous_name_lists_the_candidates_and_stops() throws {
    let box = Sandbox()
    try box.startJournal(["--lang", "fr"])  // the catalogue's skills named in French
    let result = try box.run(["assess", "gestion", "--lang", "fr"], input: "x\n.\n")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "bilan: « gestion » désigne plusieurs compétences ; précisez :\n  Gestion de projet\n  Gestion de versions\n"
    )
    #expect(try box.run(["list"]).stdout == "")
  }

  @Test func daily_ties_the_reflection_to_its_skills_and_check_all_scores_the_essays() throws {
    let box = Sandbox()
    let daily = try box.run(
      ["daily", "sql", "autonomy", "--lang", "en"], input: "A slow query.\n.\n.\nIndex it.\n.\n\n")
    #expect(daily.status == 0, "\(daily.stderr)")
    #expect(daily.stdout == "1 Reflection of 2026-11-28\n")
    #expect(try box.run(["show", "1", "--lang", "en"]).stdout.contains("Skills: SQL, Professional autonomy"))
    _ = try box.run(
      ["assess", "rigour", "--lang", "en"], input: "Care.\n.\nEverywhere.\n.\nSlow.\n.\nKeep it.\n.\n\n\n3\n")
    _ = try box.run(["assess", "teamwork", "--lang", "en"], input: "Care.\n.\n:skip\n:skip\n:skip\n\n\n:skip\n")
    let check = try box.run(["check", "--all", "--lang", "en"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("#2  Rigour  (vision)"))
    #expect(check.stdout.contains("  ✗ A critical view: missing"))
    #expect(check.stdout.hasSuffix("Score: 5/8 requirements met (62%), 1 of 2 essays complete.\n"))
  }

  @Test func a_project_page_takes_its_name_and_ties_its_skills() throws {
    let box = Sandbox()
    var input = ""
    for _ in 0..<7 { input += "Notion.\n.\n" }
    input += "SQL, gestion de proj, Soudure\nA page\nCiti\n"
    let result = try box.run(["assess", "--project", "Citi", "--lang", "fr"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "1 Citi\n")
    #expect(result.stderr.contains("Nouvelle compétence « Soudure »"))
    let markdown = try box.run(["export", "1"]).stdout
    #expect(markdown.contains("## Compétences mobilisées\n\n- SQL\n- Gestion de projet\n- Soudure\n"))
  }
}
