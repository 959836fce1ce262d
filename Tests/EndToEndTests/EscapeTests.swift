import BilanTestSupport
import Foundation
import Testing

/// Text stored in entries may hold escape sequences (an imported file, a pasted log). Every command that
/// shows it makes them visible instead of letting the terminal run them; `export` into a file or a pipe
/// keeps the bytes exact.
@Suite struct EscapeTests {
  /// Sets the window title, rings, clears the screen, an 8-bit CSI, a right-to-left override.
  static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil"
  static let shown = #"\x1B]0;pwned\x07\x1B[2J\x9B31m\u{202E}evil"#

  /// What a terminal would run: none of it may reach the output.
  static func runnable(_ text: String) -> [String] {
    ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"].filter { text.contains($0) }
  }

  /// Every string inside a JSON value.
  static func strings(_ value: Any) -> [String] {
    switch value {
    case let text as String: [text]
    case let array as [Any]: array.flatMap(strings)
    case let object as [String: Any]: object.values.flatMap(strings)
    default: []
    }
  }

  /// A journal where every kind of stored text holds the hostile sequence.
  static func hostileJournal() throws -> Sandbox {
    let box = Sandbox()
    let h = hostile
    let essay = box.root + "/essay.md"
    try "---\ntitle: \"Essai\"\nskill: Rigueur\ndate: 2026-11-20\n---\n\n## Ma vision\n\nCorps \(h)\n"
      .write(toFile: essay, atomically: true, encoding: .utf8)
    #expect(try box.run(["import", essay]).status == 0)
    #expect(try box.run(["write", "Note \(h). Corps \(h)", "--tag", "t\(h)"]).status == 0)
    #expect(try box.run(["skills", "add", "Soin \(h)"]).status == 0)
    #expect(try box.run(["project", "add", "Projet \(h)", "--description", "desc \(h)"]).status == 0)
    #expect(try box.run(["rate", "rigueur", "3", "--note", "note \(h)"]).status == 0)
    // A draft whose title holds it, then an entry in the trash.
    _ = try box.run(["assess", "Soin \(h)", "--lang", "fr"], input: "Réponse \(h)\n")
    #expect(try box.run(["write", "Jetée \(h)."]).status == 0)
    #expect(try box.run(["delete", "4"]).status == 0)
    return box
  }

  @Test func every_command_that_shows_stored_text_shows_it_escaped() throws {
    let box = try Self.hostileJournal()
    let commands: [[String]] = [
      ["list"], ["show", "1"], ["show", "2"], ["search", "pwned"], ["tags"], ["trash"], ["drafts"],
      ["skills"], ["projects"], ["history", "rigueur"], ["check", "2"], ["show", "3"],
    ]
    for command in commands {
      let result = try box.run(command + ["--lang", "en"])
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(Self.runnable(result.stdout + result.stderr).isEmpty, "\(command) let escapes through")
      #expect(result.stdout.contains(Self.shown), "\(command) does not show the text:\n\(result.stdout)")
    }
  }

  @Test func json_keeps_the_exact_text_and_no_raw_controls() throws {
    let box = try Self.hostileJournal()
    for command in [["list"], ["show", "2"], ["search", "pwned"], ["tags"]] {
      let result = try box.run(command + ["--format", "json"])
      #expect(result.status == 0)
      #expect(Self.runnable(result.stdout).isEmpty, "\(command) let raw controls through")
      // The escaped JSON reads back as the exact stored text.
      #expect(result.stdout.contains(#"\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil"#), "\(command)")
      let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      #expect(Self.strings(value).contains { $0.contains(Self.hostile) }, "\(command) lost the text")
    }
  }

  @Test func export_is_exact_into_a_pipe_or_a_file_and_escaped_on_a_terminal() throws {
    let box = try Self.hostileJournal()
    let piped = try box.run(["export", "1"])
    #expect(piped.stdout.contains("Corps \(Self.hostile)\n"))
    let folder = box.root + "/out"
    #expect(try box.run(["export", "--all", "--out", folder]).status == 0)
    let file = try String(contentsOfFile: folder + "/essai.md", encoding: .utf8)
    #expect(file == piped.stdout)

    let term = try Terminal(["export", "1"], environment: box.environment())
    _ = try term.expect("Corps ")
    #expect(term.wait() == 0)
    #expect(term.output.contains("Corps \(Self.shown)"))
    #expect(Self.runnable(term.output).isEmpty)
  }

  @Test func the_shell_and_error_messages_escape_too() throws {
    let box = try Self.hostileJournal()
    let missing = try box.run(["import", "/nowhere/\(Self.hostile).md", "--lang", "en"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/nowhere/\(Self.shown).md"))
    #expect(Self.runnable(missing.stderr).isEmpty)

    let term = try Terminal(["--lang", "en"], environment: box.environment())
    _ = try term.expect("bilan> ")
    term.type("show 2\r")
    _ = try term.expect("Corps ")
    _ = try term.expect("bilan> ")
    // The match in real bold, the stored sequences around it escaped.
    term.type("search pwned\r")
    _ = try term.expect("\\x1B]0;\u{1B}[1mpwned\u{1B}[0m\\x07")
    _ = try term.expect("bilan> ")
    // A question that names stored text.
    term.type("drafts --discard 3\r")
    _ = try term.expect("[y/N]")
    term.type("n\r")
    _ = try term.expect("bilan> ")
    term.type("quit\r")
    #expect(term.wait() == 0)
    #expect(term.output.contains("Corps \(Self.shown)"))
    #expect(term.output.contains("(Soin \(Self.shown))? [y/N]"))
    // The shell styles its own lines; the stored sequences are never among them.
    #expect(!term.output.contains("\u{1B}]0;pwned") && !term.output.contains("\u{1B}[2J"))
    #expect(!term.output.contains("\u{9B}") && !term.output.contains("\u{202E}"))
  }
}
