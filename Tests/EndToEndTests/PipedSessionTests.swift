import BilanTestSupport
import Foundation
import GRDB
import Testing

/// bilan driven by a script: the same answers through stdin, only results on stdout.
@Suite struct PipedSessionTests {
  static let answers = """
    Autonomy is not independence.

     It is knowing when to ask.
    .
    - Research
    - Healthcare
    .
    Too much of it isolates.
    .
    I keep working on it.
    ..
    .
    Choosing well, alone or not
    Citi, Dashboard, Transverse
    3

    """

  @Test func a_whole_shell_session_piped_in_prints_only_results() throws {
    let box = Sandbox()
    let session = "assess \"autonomie professionnelle\" --lang fr\n" + Self.answers + "list\nexport 1\nquit\n"
    let result = try box.run([], input: session)
    #expect(result.status == 0)
    // Only results on stdout; on stderr, once, that the journal BILAN_DB names was made.
    #expect(result.stderr == box.newJournalNote())
    #expect(try box.run([], input: "list\nquit\n").stderr == "")
    #expect(
      result.stdout == """
        1 Autonomie professionnelle
        1  2026-11-28  Professional autonomy  Autonomie professionnelle  3/5
        ---
        title: "Autonomie professionnelle"
        date: 2026-11-28T10:30:00+01:00
        description: "Choosing well, alone or not"
        tags: ["Citi", "Dashboard", "Transverse"]
        draft: false
        level: 3
        ---
        ## Ma vision de l'autonomie professionnelle

        Autonomy is not independence.

         It is knowing when to ask.

        ## Contexte d'utilisation

        - Research
        - Healthcare

        ## Regard critique

        Too much of it isolates.

        ## Conclusion

        I keep working on it.
        .

        """)
    // The journal holds rows, not a blob.
    let db = try database(box.journal)
    let (status, level, answers, tags) = try db.read { db in
      (
        try String.fetchOne(db, sql: "SELECT status FROM entry WHERE id = 1"),
        try Int.fetchOne(db, sql: "SELECT level FROM rating WHERE entryId = 1"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM answer WHERE entryId = 1"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entryTag WHERE entryId = 1")
      )
    }
    #expect(status == "done" && level == 3 && answers == 7 && tags == 3)
  }

  @Test func assess_reads_answers_from_stdin_and_export_writes_a_file() throws {
    let box = Sandbox()
    let assessed = try box.run(["assess", "Gestion de projet", "--lang", "fr"], input: Self.answers)
    #expect(assessed.status == 0)
    #expect(assessed.stdout == "1 Gestion de projet\n")
    let out = box.root + "/site"
    let exported = try box.run(["export", "1", "1", "--out", out])
    #expect(exported.stdout == "\(out)/gestion-de-projet.md\n\(out)/gestion-de-projet-2.md\n")
    let file = try String(contentsOfFile: out + "/gestion-de-projet.md", encoding: .utf8)
    #expect(file.contains("## Ma vision de la gestion de projet\n\nAutonomy is not independence."))
  }

  @Test func a_bad_rating_in_a_script_stops_with_exit_1_and_keeps_the_draft() throws {
    let box = Sandbox()
    let answers = Self.answers.replacingOccurrences(of: "\n3\n", with: "\n7\n3\n")
    let result = try box.run(["assess", "SQL", "--lang", "en"], input: answers)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("'7' is not a level: type a whole number from 1 to 5"))
    #expect(result.stderr.contains("draft #1 kept"))
    let drafts = try box.run(["drafts"])
    #expect(drafts.stdout.contains("1\t2026-11-28\tSQL\tquestion 7/7"))
    // The script can go on where it stopped.
    let resumed = try box.run(["resume"], input: "3\n")
    #expect(resumed.status == 0)
    #expect(resumed.stdout == "1 SQL\n")
  }

  @Test func end_of_input_mid_interview_keeps_the_draft_and_exits_1() throws {
    let box = Sandbox()
    let result = try box.run(["assess", "SQL", "--lang", "en"], input: "Half an answer\n")
    #expect(result.status == 1)
    #expect(result.stderr.contains("end of input: draft #1 kept"))
    let resumed = try box.run(["resume", "1"], input: "and the rest.\n.\n")
    #expect(resumed.status == 1)  // still not finished: input ended again
    let shown = try box.run(["show", "1"])
    #expect(shown.stdout.contains("Half an answer\nand the rest."))
  }

  @Test func scripted_commands_that_lack_a_value_fail_with_usage() throws {
    let box = Sandbox()
    let result = try box.run(["assess"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("bilan assess SKILL"))
  }

  @Test func unknown_commands_and_options_suggest_the_closest() throws {
    let box = Sandbox()
    let command = try box.run(["lsit"])
    #expect(command.status == 64)
    #expect(command.stderr == "bilan: unknown command 'lsit'. Did you mean 'list'? See 'bilan --help'.\n")
    let afterGlobals = try box.run(["--lang", "fr", "lsit"])
    #expect(
      afterGlobals.stderr == "bilan: commande inconnue « lsit ». Vouliez-vous dire « list » ? Voir « bilan --help ».\n")
    #expect(try box.run(["lsit", "--lang=fr"]).stderr == afterGlobals.stderr)
    // `help` followed by a typo names it, rather than printing the whole help as if all were well.
    let help = try box.run(["help", "lsit"])
    #expect(help.status == 64 && help.stderr.contains("unknown command 'lsit'. Did you mean 'list'?"))
    #expect(try box.run(["help", "list"]).status == 0)
    let option = try box.run(["list", "--al"])
    #expect(option.status == 64)
    #expect(option.stderr.contains("--all"))
  }

  @Test func global_options_work_before_or_after_the_command() throws {
    let box = Sandbox()
    _ = try box.run(["assess", "SQL"], input: "x\n")
    let other = box.root + "/other.sqlite"
    let before = try box.run(["--db", other, "--lang", "fr", "list"])
    let after = try box.run(["list", "--db", other, "--lang", "fr"])
    // Both read the other journal, in French: it is not there, and nothing is made.
    #expect(before.status == 1 && before.stdout == "" && before == after)
    #expect(before.stderr.hasPrefix("bilan: pas de journal à \(other) : "))
    #expect(!FileManager.default.fileExists(atPath: other))
    let french = try box.run(["--lang", "fr", "list"])
    #expect(french.stdout.contains("brouillon"))
    let english = try box.run(["list"], env: ["BILAN_LANG": "fr", "LANG": "en_US.UTF-8"])
    #expect(english.stdout.contains("brouillon"))
  }

  @Test func a_journal_that_is_not_one_gets_a_clear_error_and_is_untouched() throws {
    let box = Sandbox()
    let notes = box.root + "/notes.txt"
    try "keep me\n".write(toFile: notes, atomically: true, encoding: .utf8)
    let result = try box.run(["--db", notes, "list"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("bilan: \(notes) is not a bilan journal"))
    #expect(!result.stderr.contains("Fatal error"))
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "keep me\n")
    let folder = try box.run(["--db", box.root, "list"])
    #expect(folder.status == 1 && folder.stderr.contains("is a folder"))
  }

  /// A typo in --db (or BILAN_DB) is not a new journal made where nobody will find it again: nothing is
  /// made, and the folder is named. bilan makes folders only for its default journal.
  @Test func a_journal_in_a_folder_that_does_not_exist_is_refused() throws {
    let box = Sandbox()
    let typo = box.root + "/nope/deeper/j.sqlite"
    let result = try box.run(["--db", typo, "list", "--lang", "en"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "bilan: the folder \(box.root)/nope/deeper does not exist: check the path \(typo) (--db or BILAN_DB); nothing was made.\n"
    )
    #expect(!FileManager.default.fileExists(atPath: box.root + "/nope"))
    #expect(try box.run(["list"], env: ["BILAN_DB": box.root + "/nope/j.sqlite"]).status == 1)
    // The default journal's folders are made, without a word, by the first command that records something.
    let fresh = try box.run(["write", "First note."], env: ["BILAN_DB": ""])
    #expect(fresh.status == 0 && fresh.stderr == "")
    #expect(FileManager.default.fileExists(atPath: box.root + "/data/bilan/bilan.sqlite"))
  }

  /// The built binary (its own `--version` shortcut, its exit codes, a session piped into it) answers
  /// as the commands do in-process.
  @Test func version_and_help_work_in_the_binary_as_in_process() throws {
    let box = Sandbox()
    #expect(try box.runProcess(["--version"]).stdout == "0.2.0\n")
    #expect(try box.run(["--version"]).stdout == "0.2.0\n")
    let help = try box.runProcess(["--help"])
    #expect(help.status == 0 && help.stdout.contains("assess") && help.stdout.contains("export"))
    #expect(try box.run(["--help"]) == help)
    #expect(!FileManager.default.fileExists(atPath: box.journal))  // --help never opens the journal
    let session = "write \"Un jour. Du texte.\"\nlist\nnope\n"
    let piped = try box.runProcess([], input: session)
    #expect(piped.status == 1 && piped.stdout.contains("Un jour.") && piped.stderr.contains("nope"))
    #expect(try box.run([], input: "list\nnope\n") == (try box.runProcess([], input: "list\nnope\n")))
    #expect(try box.runProcess(["nope"]).status == 64)
  }
}

/// What a first trial by a fresh pair of eyes found, each kept as a test.
@Suite struct FreshTrialTests {
  /// A piped shell's `write` reads its text up to `.`: a line of it is never run as a command.
  @Test func a_piped_write_in_the_shell_takes_its_lines_not_commands() throws {
    let box = Sandbox()
    try box.startJournal()
    #expect(try box.run(["write", "Première. Texte."]).status == 0)
    let session = try box.run(["--lang", "fr"], input: "write\nNotes du jour.\nstar 1\n..\n.\nlist\n")
    #expect(session.status == 0, "\(session.stderr)")
    #expect(session.stderr.isEmpty, "\(session.stderr)")
    let shown = try box.run(["show", "2"]).stdout
    #expect(shown.contains("Notes du jour.") && shown.contains("star 1\n."))
    #expect(!(try box.run(["list"]).stdout.contains("★")))  // entry 1 was not starred
    // On the command line, piped text is the entry.
    let piped = try box.run(["write"], input: "Mon titre. Premier paragraphe.\n\nSecond.\n")
    // Several lines: the first is the title (README, `write`).
    #expect(
      piped.status == 0 && piped.stdout == "3 Mon titre. Premier paragraphe.\n", "\(piped.stdout) \(piped.stderr)")
  }

  /// `~` in --db and BILAN_DB is the run's HOME, not the password database's.
  @Test func a_tilde_in_the_journal_path_is_the_runs_home() throws {
    let box = Sandbox()
    let made = try box.run(["--db", "~/tilde.sqlite", "write", "Ici. Oui."])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(FileManager.default.fileExists(atPath: box.root + "/tilde.sqlite"))
    #expect(made.stderr == "bilan: new journal created: \(box.root)/tilde.sqlite\n")
    #expect(try box.run(["list"], env: ["BILAN_DB": "~/tilde.sqlite"]).stdout.contains("Ici."))
  }

  /// A language bilan does not speak, in BILAN_LANG, is said, not silently replaced.
  @Test func an_unknown_bilan_lang_is_named() throws {
    let box = Sandbox()
    try box.startJournal()
    let listed = try box.run(["list"], env: ["BILAN_LANG": "de"])
    #expect(listed.stderr.hasPrefix("bilan: warning: BILAN_LANG='de' is not a language bilan speaks (fr or en)"))
  }

  /// Why a file is not a journal, in the session's language; help cut by the library in French too.
  @Test func the_reason_a_file_is_no_journal_and_narrow_help_are_french() throws {
    let box = Sandbox()
    let text = box.root + "/notes.txt"
    try "pas une base\n".write(toFile: text, atomically: true, encoding: .utf8)
    let refused = try box.run(["--lang", "fr", "--db", text, "list"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("n'est pas un journal bilan (ce n'est pas un fichier SQLite)"), "\(refused.stderr)")
    let narrow = try box.run(["rate", "--help", "--lang", "fr"], env: ["COLUMNS": "40"]).stdout
    #expect(narrow.contains("(valeurs : fr,") && narrow.contains("Afficher cette aide."), "\(narrow)")
    #expect(!narrow.contains("Show") && !narrow.contains("values:"), "\(narrow)")
    let list = try box.run(["list", "--help", "--lang", "fr"]).stdout
    #expect(list.contains("(valeurs : text, json ; par défaut : text)"), "\(list)")
  }
}
