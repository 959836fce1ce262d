import BilanTestSupport
import Foundation
import Testing

/// A new journal is never made by surprise: a command that only reads (or changes what is there) says
/// there is none; one that records something makes it, asking a person first and telling a script,
/// except in the default place, which the first run makes unasked.
@Suite struct NewJournalTests {
  /// What the folder holds: nothing at all must appear where a command refused to make a journal.
  /// What the sandbox holds besides the passphrase file of an encrypted run.
  func listing(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != ".passphrase" }.sorted()
  }

  @Test func a_read_on_a_journal_that_does_not_exist_says_so_and_makes_nothing() throws {
    let box = Sandbox()
    let missing = box.root + "/j.sqlite"
    let reads = [
      ["list"], ["search", "x"], ["show", "1"], ["skills"], ["projects"], ["history", "sql"], ["tags"], ["due"],
      ["drafts"], ["check", "1"], ["export", "1"], ["export", "--all", "--format", "json"],
      ["publish", box.root + "/site"], ["doctor"], ["trash"], ["backup", box.root + "/copy.sqlite"],
      // Changing what is there needs a journal too.
      ["edit", "1"], ["delete", "1"], ["undelete", "1"], ["star", "1"], ["resume"], ["drafts", "--discard", "1"],
      ["skills", "rename", "sql", "SQL2"], ["project", "link", "citi", "sql"], ["doctor", "--repair"],
      ["trash", "--empty", "--yes"],
    ]
    for command in reads {
      let result = try box.run(command + ["--db", missing, "--lang", "en"])
      #expect(result.status == 1, "\(command)")
      #expect(
        result.stderr
          == "bilan: no journal at \(missing): check the path (--db or BILAN_DB), or run 'bilan' with it to start one; nothing was made.\n",
        "\(command)")
      #expect(result.stdout == "", "\(command)")
    }
    let french = try box.run(["list", "--lang", "fr"], env: ["BILAN_DB": missing])
    #expect(
      french.stderr
        == "bilan: pas de journal à \(missing) : vérifiez le chemin (--db ou BILAN_DB), ou lancez « bilan » avec ce chemin pour en créer un ; rien n'a été créé.\n"
    )
    #expect(try listing(box.root) == [])
  }

  /// The binary, from a folder, with a relative path: the message names the journal in full.
  @Test func a_read_names_the_full_path_of_a_relative_journal() throws {
    let box = Sandbox()
    let result = try box.runProcess(["--db", "sub/../j.sqlite", "list", "--lang", "en"], directory: box.root)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("bilan: no journal at \(box.root)/j.sqlite: check the path"))
    #expect(try listing(box.root) == [])
  }

  @Test func a_read_on_the_default_journal_never_made_tells_how_to_begin() throws {
    let box = Sandbox()
    let first = try box.run(["list", "--lang", "en"], env: ["BILAN_DB": ""])
    #expect(first.status == 1)
    #expect(
      first.stderr
        == "bilan: no journal yet (\(box.root)/data/bilan/bilan.sqlite): 'bilan' opens the shell and starts one, as do 'bilan write', 'bilan assess' and 'bilan import'.\n"
    )
    let french = try box.runProcess(["due", "--lang", "fr"], env: ["BILAN_DB": ""])
    #expect(french.status == 1)
    #expect(
      french.stderr
        == "bilan: pas encore de journal (\(box.root)/data/bilan/bilan.sqlite) : « bilan » ouvre le shell et le crée, comme « bilan write », « bilan assess » ou « bilan import ».\n"
    )
    #expect(try listing(box.root) == [])
  }

  @Test func a_script_that_records_into_a_new_journal_makes_it_and_is_told() throws {
    let box = Sandbox()
    let named = box.root + "/mine.sqlite"
    let first = try box.run(["--db", named, "write", "First note."])
    #expect(first.status == 0 && first.stdout == "1 First note.\n")
    #expect(first.stderr == "bilan: new journal created: \(named)\n")
    #expect(FileManager.default.fileExists(atPath: named))
    // Told once: the journal is there now.
    #expect(try box.run(["--db", named, "write", "Second note."]).stderr == "")
    // The binary, in French, with a relative path: the note names it in full.
    let french = try box.runProcess(
      ["--db", "autre.sqlite", "--lang", "fr", "rate", "sql", "3"], directory: box.root)
    #expect(french.status == 0)
    #expect(french.stderr == "bilan: nouveau journal créé : \(box.root)/autre.sqlite\n")
    #expect(FileManager.default.fileExists(atPath: box.root + "/autre.sqlite"))
  }

  /// At a terminal, a journal named by --db that is not there is made only once the person says so.
  @Test func a_terminal_asks_before_making_a_named_journal() throws {
    let box = Sandbox()
    let question = "Create a new journal at \(box.root)/j.sqlite? [y/N] "
    let refused = try Terminal(
      ["--db", "j.sqlite", "--lang", "en"], environment: box.environment(), directory: box.root)
    try refused.expect(question)
    refused.type("n\r")
    try refused.expect("bilan: no journal was made.")
    #expect(refused.wait() == 1)
    #expect(try listing(box.root) == [])

    let accepted = try Terminal(
      ["--db", "j.sqlite", "write", "A note.", "--lang", "en"], environment: box.environment(), directory: box.root)
    try accepted.expect(question)
    accepted.type("o\r")
    try accepted.expect("1 A note.")
    #expect(accepted.wait() == 0)
    #expect(!accepted.output.contains("new journal created"))
    #expect(FileManager.default.fileExists(atPath: box.root + "/j.sqlite"))

    // Once made, the shell opens it without a question.
    let again = try Terminal(["--db", "j.sqlite", "--lang", "en"], environment: box.environment(), directory: box.root)
    try again.expect("(1 entry)")
    again.type("quit\r")
    #expect(again.wait() == 0)
    #expect(!again.output.contains("Create a new journal"))
  }
}
