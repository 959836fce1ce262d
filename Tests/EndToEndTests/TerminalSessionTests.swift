import BilanTestSupport
import Foundation
import Testing

/// A person at a terminal: readline, Tab completion, Ctrl-C, history, and the essay that comes out.
@Suite struct TerminalSessionTests {
  @Test func a_person_assesses_a_skill_at_the_terminal_and_exports_it_later() throws {
    let box = Sandbox()
    // A first run in the default place (no BILAN_DB): the journal and its folders are made unasked.
    let firstRun = ["BILAN_DB": ""]
    let term = try Terminal(["--lang", "en"], environment: box.environment(firstRun))
    try term.expect("(0 entries)")
    try term.expect("bilan> ")
    // Tab completes the command name.
    term.type("ass\t")
    try term.expect("assess ")
    term.type("Teamwork\r")
    try term.expect("[1/7]")
    term.type("First paragraph.\r\r  Second paragraph, indented.\r.\r")
    try term.expect("[2/7]")
    term.type(":back\r")
    let back = try term.expect("[1/7]")
    #expect(back.contains("[1/7]"))
    try term.expect("First paragraph.")
    term.type(".\r")  // an empty reply keeps the answer
    try term.expect("[2/7]")
    term.type("In every team.\r.\r")
    try term.expect("[3/7]")
    term.type(":hint\r")
    try term.expect("bullet")
    term.type("Too much consensus.\r.\r")
    try term.expect("[4/7]")
    term.type("Keep at it.\r.\r")
    try term.expect("[5/7]")
    term.type("Working well with others\r")
    try term.expect("[6/7]")
    term.type("Project X, Human\r")
    try term.expect("[7/7]")
    term.type("7\r")
    try term.expect("not a level")
    term.type("4\r")
    // A level of 4 calls for evidence, asked right after.
    try term.expect("Which evidence supports this level?")
    term.type("\r")
    try term.expect("This level calls for evidence")
    term.type("Project X shipped on time\r")
    try term.expect("1 Teamwork")
    try term.expect("bilan> ")
    // Ctrl-C abandons the line being typed, never the shell.
    term.type("lis\u{03}")
    try term.expect("bilan> ")
    term.type("list\r")
    let listed = try term.expect("bilan> ")
    #expect(listed.contains("1  2026-11-28  Teamwork  Teamwork  4/5"))
    term.type("quit\r")
    #expect(term.wait() == 0)

    // Another run on the same journal finds everything.
    #expect(!term.output.contains("new journal"))
    #expect(FileManager.default.fileExists(atPath: box.root + "/data/bilan/bilan.sqlite"))
    let export = try box.run(["export", "1"], env: firstRun)
    #expect(export.status == 0)
    #expect(
      export.stdout == """
        ---
        title: "Teamwork"
        date: 2026-11-28T10:30:00+01:00
        description: "Working well with others"
        tags: ["Project X", "Human"]
        draft: false
        level: 4
        ---
        ## My view of teamwork

        First paragraph.

          Second paragraph, indented.

        ## Where it matters

        In every team.

        ## A critical view

        Too much consensus.

        ## Conclusion

        Keep at it.

        """)
    // Only commands reach the history, never answers (for an encrypted journal, their names only).
    let history = try String(contentsOfFile: box.root + "/state/bilan/history", encoding: .utf8)
    #expect(history.contains(testsEncrypted ? "assess\n" : "assess Teamwork"))
    #expect(history.contains("list"))
    #expect(!history.contains("paragraph"))
    #expect(!history.contains("lis\n"))
  }

  @Test func the_shell_greets_in_french_and_leaves_on_ctrl_d() throws {
    let box = Sandbox()
    let term = try Terminal([], environment: box.environment(["LANG": "fr_FR.UTF-8"]))
    // BILAN_DB names a file that is not there: the shell asks first, with the path in full.
    try term.expect("Créer un nouveau journal à \(box.journal) ? [o/N] ")
    term.type("o\r")
    try term.expect("(0 entrée)")
    try term.expect("bilan> ")
    term.type("help\r")
    let help = try term.expect("bilan> ")
    #expect(help.contains("assess"))
    #expect(help.contains("quit"))
    term.type("\u{04}")
    #expect(term.wait() == 0)
  }

  @Test func a_missing_skill_is_asked_for_on_a_terminal() throws {
    let box = Sandbox()
    try box.startJournal(["--lang", "en"])
    // In the C locale too, accented input arrives whole.
    let term = try Terminal(["assess", "--lang", "en"], environment: box.environment(["LANG": "C"]))
    try term.expect("Skill:")
    term.type("Écoute\r")
    // Not in the catalogue: a person is asked before it is added.
    try term.expect("'Écoute' is not in the catalogue. Add it?")
    term.type("y\r")
    try term.expect("[1/7]")
    term.type("Déjà vu.\r.\r")
    try term.expect("[2/7]")
    term.type(":quit\r")
    try term.expect("raft #1 kept")
    #expect(term.wait() == 0)
    #expect(try box.run(["list"]).stdout.contains("Écoute"))
    #expect(try box.run(["show", "1"]).stdout.contains("## My view of écoute\n\nDéjà vu.\n"))
  }
}
