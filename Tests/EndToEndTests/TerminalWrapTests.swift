import BilanTestSupport
import Foundation
import Testing

/// At a terminal, bilan's sentences are cut between words to the window's width, never by the terminal
/// in the middle of one (issue 18: `…(l'autonomie n'est pa` / `s l'indépendance)` at 120 columns).
@Suite struct TerminalWrapTests {
  /// The first question's hint of the default set, in French (prompts/vision.yaml).
  static let hint =
    "Définissez la compétence dans un contexte professionnel, puis distinguez-la d'une notion voisine "
    + "(l'autonomie n'est pas l'indépendance). Plusieurs paragraphes sont bienvenus."

  /// The output as read: escape codes (styles, readline's) taken out.
  static func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]|\u{1B}[=>]|\u{07}", with: "", options: .regularExpression)
  }

  /// Every run of spaces and line ends as one space: how the text reads once its line breaks are gone.
  static func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// The lines of `text` longer than `columns` (the texts here are Latin letters: one column each).
  static func tooWide(_ text: String, _ columns: Int) -> [String] {
    text.split(separator: "\n").map(String.init).filter { $0.count > columns }
  }

  /// The lines of `text` between two marks.
  static func lines(_ text: String, after start: String, before end: String) -> [String] {
    guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex)
    else { return [] }
    return text[from.upperBound..<to.lowerBound].split(separator: "\n").map(String.init)
  }

  /// A French session: the shell's greeting, `help`, a mistyped command, `assess` with its skill's
  /// definition and first question, `:hint`, `:quit`. Gives what the terminal showed.
  static func session(columns: Int) throws -> String {
    let box = Sandbox()
    try box.startJournal()
    let term = try Terminal(["--lang", "fr"], environment: box.environment(), columns: columns)
    try term.expect("bilan> ")
    term.type("help\r")
    try term.expect("bilan> ")
    term.type("asess\r")
    try term.expect("bilan> ")
    term.type("assess autonomie\r")
    try term.expect("[1/7]")
    try term.expect("│ ")
    term.type(":hint\r")
    try term.expect("bienvenus.")
    try term.expect("│ ")
    term.type(":quit\r")
    try term.expect("bilan> ")
    term.type("quit\r")
    #expect(term.wait() == 0)
    return plain(term.output)
  }

  @Test(arguments: [40, 60, 120])
  func no_line_is_wider_than_the_terminal_and_no_word_is_cut(columns: Int) throws {
    // The same session where nothing needs cutting: each of its lines is a text to find whole.
    let wide = try Self.session(columns: 400)
    let narrow = try Self.session(columns: columns)
    #expect(Self.tooWide(narrow, columns).isEmpty, "wider than \(columns): \(Self.tooWide(narrow, columns))")
    let flat = Self.flat(narrow)
    for line in wide.split(separator: "\n").map(String.init) where !Self.flat(line).isEmpty {
      #expect(flat.contains(Self.flat(line)), "cut at \(columns) columns: \(line)")
    }
    // Not found whole by chance: the hint and help's descriptions were long enough to be cut.
    #expect(flat.contains(Self.hint))
    // Not whole by chance: the hint was long enough to be cut, and each of its lines is indented.
    let hint = Self.lines(narrow, after: "│ :hint\n", before: "\n│ :quit")
    #expect(hint.count == (columns == 120 ? 2 : columns == 60 ? 3 : 6), "\(hint)")
    #expect(hint.allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }, "\(hint)")
    // help's descriptions go on under their column (the longest name, framework, and 4 spaces).
    let help = Self.lines(narrow, after: "bilan> help\n", before: "\nbilan> asess")
    let continued = help.filter { $0.hasPrefix("             ") }
    // At 120 the French summaries longer than a line go on; at 40 and 60 nearly all do.
    #expect(continued.count > (columns == 120 ? 0 : 10), "\(help)")
    #expect(continued.allSatisfy { !$0.hasPrefix("              ") }, "\(help)")
    #expect(help.allSatisfy { $0.hasPrefix("  ") })
  }

  @Test func after_the_window_narrows_the_next_hint_fits_it() throws {
    let box = Sandbox()
    try box.startJournal(["--lang", "fr"])
    let term = try Terminal(["assess", "autonomie", "--lang", "fr"], environment: box.environment(), columns: 120)
    try term.expect("│ ")
    term.type(":hint\r")
    let before = Self.plain(try term.expect("bienvenus."))
    try term.expect("│ ")
    term.resize(columns: 40)
    term.type(":hint\r")
    let after = Self.plain(try term.expect("bienvenus."))
    try term.expect("│ ")
    term.type(":quit\r")
    #expect(term.wait() == 0)
    // The hint's lines only: the typed command before them is readline's.
    func hint(_ text: String) -> [String] {
      Array(text.split(separator: "\n").map(String.init).drop { !$0.hasPrefix("  Définissez") })
    }
    #expect(hint(before).first?.hasPrefix("  Définissez") == true)
    #expect(hint(before).count == 2)
    #expect(Self.tooWide(hint(before).joined(separator: "\n"), 120).isEmpty)
    #expect(hint(after).count == 6)
    #expect(Self.tooWide(hint(after).joined(separator: "\n"), 40).isEmpty, "\(hint(after))")
    #expect(Self.flat(hint(after).joined(separator: " ")) == Self.hint)
  }

  @Test func on_a_pipe_nothing_is_cut_whatever_the_width() throws {
    let box = Sandbox()
    try box.startJournal()
    // The binary, its stdout and stderr pipes: a script reads whole lines, COLUMNS or not.
    let shell = try box.runProcess(["--lang", "fr"], input: "help\nasess\n", env: ["COLUMNS": "40"])
    let help = shell.stdout.split(separator: "\n")
    #expect(help.contains { $0.hasPrefix("  assess     Évaluer une compétence") && $0.count > 40 }, "\(help)")
    #expect(!help.contains { $0.hasPrefix("             ") })
    #expect(shell.stderr.hasPrefix("bilan: commande inconnue « asess »"))
    #expect(shell.stderr.split(separator: "\n").count == 1 && shell.stderr.count > 40, "\(shell.stderr)")
  }

  @Test func show_cuts_paragraphs_but_leaves_code_and_tables_whole() throws {
    let box = Sandbox()
    let paragraph =
      "Travailler seul ne veut pas dire travailler sans les autres : savoir demander de l'aide au bon moment "
      + "fait partie de l'autonomie."
    let code = "    let autonomie = compétence(\"une ligne de code bien plus longue que la fenêtre\")"
    let table = "| Situation | Ce que j'ai fait | Ce que j'en retiens pour la suite |"
    let essay = box.root + "/essai.md"
    try
      "---\ntitle: \"Essai\"\nskill: Rigueur\ndate: 2026-11-20\n---\n\n## Ma vision\n\n\(paragraph)\n\n\(code)\n\n\(table)\n"
      .write(toFile: essay, atomically: true, encoding: .utf8)
    #expect(try box.run(["import", essay]).status == 0)
    // And an answer typed in an interview, shown from the journal's sections.
    _ = try box.run(["assess", "autonomie", "--lang", "fr"], input: paragraph + "\n.\n:quit\n")
    for id in ["1", "2"] {
      let term = try Terminal(["show", id, "--lang", "fr"], environment: box.environment(), columns: 40)
      #expect(term.wait() == 0)
      let shown = Self.plain(term.output)
      #expect(Self.flat(shown).contains(paragraph), "\(shown)")
      #expect(shown.split(separator: "\n").contains { $0.hasPrefix("Travailler seul") && $0.count <= 40 }, "\(shown)")
      if id == "1" {
        #expect(shown.contains("\n" + code + "\n") && shown.contains("\n" + table + "\n"), "\(shown)")
        #expect(Self.tooWide(shown, 40).sorted() == [code, table].sorted(), "\(shown)")
      }
    }
  }
}
