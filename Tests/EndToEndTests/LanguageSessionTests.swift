import BilanTestSupport
import Foundation
import Testing

/// One language throughout: under `fr`, everything bilan writes at a terminal is French.
@Suite struct LanguageSessionTests {
  /// Words that give a line away as English (as `CatalogueTests` reads messages).
  static let english = [
    " the ", " is ", " and ", " not ", " with ", " from ", " no ", " of ", " to ", " your ", " you ", " for ",
    " this ", " what ", " how ", " when ", " one ", " each ", " every ",
  ]

  /// The lines of `output` that read as English, ANSI codes and search operators set aside.
  static func englishLines(_ output: String) -> [String] {
    output.components(separatedBy: "\n").filter { line in
      let plain = line.replacing(#/\u{1B}\[[0-9;?]*[A-Za-z]/#, with: "")
      let words = " " + plain.replacingOccurrences(of: " NOT ", with: " ").lowercased() + " "
      return english.contains { words.contains($0) }
    }
  }

  @Test func help_and_a_whole_portfolio_interview_are_french_under_fr() throws {
    let box = Sandbox()
    let term = try Terminal(["--lang", "fr"], environment: box.environment())
    // The journal BILAN_DB names does not exist yet: asked, in French, with its whole path.
    try term.expect("Créer un nouveau journal à \(box.journal) ? [o/N]")
    term.type("o\r")
    try term.expect("bilan> ")
    term.type("help\r")
    try term.expect("quit")
    try term.expect("bilan> ")
    term.type("help rate\r")
    try term.expect("UTILISATION : bilan rate")
    try term.expect("bilan> ")
    term.type("list --pas-une-option\r")
    try term.expect("option inconnue « --pas-une-option »")
    try term.expect("bilan> ")
    term.type("assess autonomie --set portfolio\r")
    try term.expect("[1/13]")
    term.type(":hint\r")
    term.type("Décider seul et rendre compte.\r.\r")
    // The rubric's note on this short answer comes right after it, before the next question.
    let afterFirst = try term.expect("[2/13]")
    #expect(afterFirst.contains("5 mots ; la grille en demande au moins 80."))
    term.type("Le télétravail s'est répandu.\r.\r")
    try term.expect("[3/13]")
    term.type("https://example.org/teletravail\r")
    try term.expect("[4/13] Anecdote 1 (1/7)")
    term.type("Une migration\r")
    for answer in ["La situation.", "La tâche.", "J'ai agi.", "Trente pour cent de gagné.", "Ma part."] {
      term.type("\(answer)\r.\r")
    }
    try term.expect("[4/13] Anecdote 1 (7/7)")
    term.type(":skip\r")
    try term.expect("[o/N]")
    term.type("n\r")
    try term.expect("[5/13]")
    term.type("9\r")  // refused, in French (checked with the rest below)
    term.type("3\r")
    try term.expect("[6/13]")
    term.type("Le tableau de bord livré seul.\r.\r")
    for number in 7...9 {
      try term.expect("[\(number)/13]")
      term.type(":skip\r")
    }
    try term.expect("[10/13]")
    term.type("4\r")
    try term.expect("D'ici quand ?")
    term.type("bientôt\r")
    try term.expect("2027-06")
    term.type("2027-06\r")
    try term.expect("[11/13]")
    term.type("- Un MOOC\rUn livre\r.\r")
    try term.expect("[12/13]")
    term.type("L'autonomie, prouvée\r")
    try term.expect("[13/13]")
    term.type("stage\r")
    try term.expect("Autonomie professionnelle")
    try term.expect("bilan> ")
    term.type("quit\r")
    #expect(term.wait() == 0)

    // What was checked holds bilan's own words: the hint, the refusals, the summary.
    #expect(term.output.contains("« 9 » n'est pas un niveau"))
    #expect(term.output.contains("« bientôt »"))
    #expect(term.output.contains("Lister les entrées"))
    let lines = Self.englishLines(term.output)
    #expect(lines.isEmpty, "English under fr:\n\(lines.joined(separator: "\n"))")
    // And the test can see English: the same session's help under en is caught.
    let english = try box.run(["--help", "--lang", "en"])
    #expect(!Self.englishLines(english.stdout).isEmpty)
  }

  static let commands = [
    [], ["shell"], ["assess"], ["daily"], ["resume"], ["drafts"], ["list"], ["show"], ["edit"], ["export"],
    ["import"], ["check"], ["skills"], ["skills", "list"], ["skills", "add"], ["skills", "rename"],
    ["skills", "merge"], ["skills", "remove"], ["skills", "category"], ["prompts"], ["prompts", "list"],
    ["prompts", "show"], ["prompts", "check"], ["rate"], ["target"], ["history"], ["cadence"], ["due"],
    ["projects"], ["project"], ["project", "add"], ["project", "link"], ["project", "assess"], ["publish"],
    ["star"], ["unstar"], ["tags"], ["search"], ["write"], ["delete"], ["undelete"], ["trash"], ["backup"],
    ["restore"], ["doctor"],
  ]

  /// `--help` of every command, swift-argument-parser's headings included, in each language.
  @Test func every_commands_help_is_in_the_language_asked_for() throws {
    let box = Sandbox()
    for command in Self.commands {
      let french = try box.run(command + ["--help", "--lang", "fr"])
      #expect(french.status == 0)
      #expect(french.stdout.contains("UTILISATION : bilan"), "\(command)")
      #expect(french.stdout.contains("Afficher cette aide."), "\(command)")
      #expect(Self.englishLines(french.stdout).isEmpty, "\(command): \(Self.englishLines(french.stdout))")
      // BILAN_LANG and the locale choose it too.
      let byLocale = try box.run(command + ["--help"], env: ["LANG": "fr_FR.UTF-8"])
      #expect(byLocale.stdout == french.stdout)
      let english = try box.run(command + ["--help", "--lang", "en"])
      #expect(english.stdout.contains("USAGE: bilan"), "\(command)")
    }
  }

  /// Usage errors, swift-argument-parser's and bilan's own `validate()`, in the language asked for.
  @Test(arguments: [
    (["list", "--nope"], "Erreur : option inconnue « --nope »"),
    (["list", "extra"], "Erreur : argument inattendu : « extra »"),
    (["search", "-n", "abc"], "Erreur : la valeur « abc » n'est pas valable pour « -n <n> »"),
    (["list", "--db"], "Erreur : valeur manquante pour « --db <path> »"),
    (["list", "-n=-1"], "Erreur : -n prend un nombre d'entrées, 0 ou plus"),
    (["check", "1", "--all"], "Erreur : donnez un numéro d'entrée ou --all, pas les deux"),
    (["export", "--format", "json"], "Erreur : --format json écrit tout le journal : ajoutez --all"),
    (["assess", "autonomie", "--project", "X"], "Erreur : donnez une compétence ou --project NOM, pas les deux"),
    (["rate"], "bilan: Il manque la compétence : bilan rate COMPÉTENCE NIVEAU"),
  ])
  func usage_errors_are_in_the_language_asked_for(_ arguments: [String], _ french: String) throws {
    let box = Sandbox()
    let result = try box.run(arguments, env: ["BILAN_LANG": "fr"])
    #expect(result.status == 64)
    #expect(result.stderr.contains(french), "\(result.stderr)")
    #expect(Self.englishLines(result.stderr).isEmpty, "\(result.stderr)")
  }

  /// What the core finds wrong in a file (import, a question set) is said in the session's language too,
  /// at the file's line; libyaml's own words are quoted as it wrote them.
  @Test func a_broken_file_is_named_in_the_language_asked_for() throws {
    let box = Sandbox()
    try box.startJournal()
    let page = box.root + "/page.md"
    try "---\ntitle: Sans fin\n".write(toFile: page, atomically: true, encoding: .utf8)
    let set = box.root + "/set.yaml"
    try "id: mine\ntitle: {fr: Mien, en: Mine}\nquestions: []\n".write(toFile: set, atomically: true, encoding: .utf8)
    for (language, imported, checked) in [
      (
        "fr", "\(page):1: l'en-tête ouvert ici par « --- » n'est jamais fermé",
        "\(set):3:12: « questions » doit être une liste non vide"
      ),
      (
        "en", "\(page):1: the front matter opened here with '---' is never closed",
        "\(set):3:12: 'questions' must be a non-empty list"
      ),
    ] {
      let importing = try box.run(["import", page, "--lang", language])
      #expect(importing.status == 1)
      #expect(importing.stderr.contains(imported), "\(importing.stderr)")
      let checking = try box.run(["prompts", "check", set, "--lang", language])
      #expect(checking.status == 1)
      #expect(checking.stdout.contains(checked), "\(checking.stdout)")
    }
  }
}
