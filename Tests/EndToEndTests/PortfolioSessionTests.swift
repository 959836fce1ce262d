import BilanTestSupport
import Foundation
import Testing

/// The portfolio set at a real terminal: every kind of question, the anecdote loop, :edit, refusals.
@Suite struct PortfolioSessionTests {
  @Test func a_person_answers_the_portfolio_set_and_checks_the_essay() throws {
    let box = Sandbox()
    // The editor records what it was given, then writes the answer.
    let editor = box.root + "/editor.sh"
    try "#!/bin/sh\ncp \"$1\" '\(box.root)/seen.md'\nprintf 'Central to my profile.\\n' > \"$1\"\n"
      .write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    try box.startJournal(["--lang", "en"])
    let term = try Terminal(
      ["assess", "autonomie", "--set", "portfolio", "--lang", "en"], environment: box.environment(["EDITOR": editor]))
    try term.expect("Organising your own work")  // the catalogue's definition
    try term.expect("[1/13]")
    term.type("Autonomy means deciding alone and reporting.\r.\r")
    try term.expect("[2/13]")
    term.type("Remote work spread.\r.\r")
    try term.expect("[3/13]")
    term.type("https://example.org/remote\r")
    for (number, project) in [(1, "Citi ../../projets/citi"), (2, "[Dashboard](../../projets/dash)")] {
      try term.expect("[4/13] Story \(number) (1/7)")
      term.type("Story \(number) title\r")
      for answer in ["Situation.", "Task.", "I acted.", "Saved 30%.", "My part."] {
        term.type("\(answer) \(number)\r.\r")
      }
      try term.expect("[4/13] Story \(number) (7/7)")
      term.type("\(project)\r")
      // A project the journal does not have yet is made once the person says so.
      try term.expect("Create the project '\(number == 1 ? "Citi" : "Dashboard")'?")
      term.type("y\r")
      try term.expect(
        number == 1 ? "[4/13] Another story? (1 told, 3 at most) [y/N]" : "Another story? (2 told, 3 at most)")
      term.type(number == 1 ? "y\r" : "n\r")
    }
    try term.expect("[5/13]")
    term.type("9\r")
    try term.expect("not a level")
    term.type("3\r")
    try term.expect("[6/13]")
    term.type("The dashboard I shipped alone.\r.\r")
    try term.expect("[7/13]")
    term.type(":edit\r")
    try term.expect("[8/13]")
    term.type(":skip\r")
    try term.expect("[9/13]")
    term.type(":skip\r")
    try term.expect("[10/13]")
    term.type("4\r")
    try term.expect("By when?")
    term.type("soon\r")
    try term.expect("not a date")
    term.type("2027-06\r")
    try term.expect("[11/13]")
    term.type("- MOOC\rBook\r.\r")
    try term.expect("[12/13]")
    term.type("Autonomy, shown\r")
    try term.expect("[13/13]")
    term.type("Citi\r")
    try term.expect("1 Professional autonomy")
    #expect(term.wait() == 0)

    let seen = try String(contentsOfFile: box.root + "/seen.md", encoding: .utf8)
    #expect(seen.hasPrefix("<!-- What place does professional autonomy hold in your profile"))

    let markdown = try box.run(["export", "1"]).stdout
    let lines = markdown.components(separatedBy: "\n")
    #expect(
      lines.filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") } == [
        "## My definition", "## Evidence", "### Story 1 title", "### Story 2 title", "## Self-assessment",
        "## Next steps", "## Related projects",
      ])
    #expect(markdown.contains("**Project:** [Citi](../../projets/citi)\n"))
    #expect(markdown.contains("**Project:** [Dashboard](../../projets/dash)\n"))
    #expect(markdown.contains("**Place in my profile:** Central to my profile.\n"))
    #expect(markdown.contains("**Target:** level 4/5 (Proficient) by 2027-06\n"))
    #expect(markdown.contains("**Trainings:**\n\n- MOOC\n- Book\n"))
    #expect(
      markdown.hasSuffix("## Related projects\n\n- [Citi](../../projets/citi)\n- [Dashboard](../../projets/dash)\n"))

    // The rubric: the definition is too short, everything else is there.
    let check = try box.run(["check", "1", "--lang", "en"])
    #expect(check.status == 1)
    let missing = check.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  ✗") }
    #expect(missing == ["  ✗ My definition: 6 words, at least 80 needed"])
    #expect(check.stdout.contains("  ✓ Evidence: every story has 'Project'"))
  }
}

@Suite struct ShellFailureTests {
  @Test func a_failing_command_or_ctrl_d_in_an_interview_returns_to_the_prompt() throws {
    let box = Sandbox()
    _ = try box.run(["assess", "rigour", "--lang", "en"], input: "Care.\n.\n:skip\n:skip\n:skip\n\n\n:skip\n")
    let term = try Terminal(["--lang", "en"], environment: box.environment())
    try term.expect("bilan> ")
    term.type("check 1\r")
    try term.expect("✗ Where it matters: missing")
    try term.expect("bilan> ")  // the rubric is not met, and the shell goes on
    term.type("assess sql\r")
    try term.expect("[1/7]")
    try term.expect("│ ")  // readline is reading the answer
    term.type("\u{04}")  // Ctrl-D in the middle of the interview
    try term.expect("draft #2 kept; continue it with 'resume 2'")
    try term.expect("bilan> ")
    term.type("export 1 --out ~/site\r")
    try term.expect("\(box.root)/site/rigour.md")
    term.type("quit\r")
    #expect(term.wait() == 0)
    #expect(FileManager.default.fileExists(atPath: box.root + "/site/rigour.md"))
  }
}
