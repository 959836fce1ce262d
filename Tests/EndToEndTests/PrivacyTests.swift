import BilanTestSupport
import Foundation
import Testing

/// Private writing stays private: files only the user can read, no copy left behind by an editor that
/// fails, no entry text in error messages.
@Suite struct PrivacyTests {
  static func mode(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
  }

  /// The folders bilan made for an editor under `tmp`: none may stay.
  static func editorFolders(_ tmp: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? []).filter { $0.hasPrefix("bilan-") }
  }

  /// An editor that notes the file it was given, its mode and its folder's, then fails.
  static func failingEditor(_ box: Sandbox) throws -> (path: String, log: String) {
    let path = box.root + "/failing-editor.sh"
    let log = box.root + "/editor.log"
    try """
    #!/bin/sh
    printf '%s %s %s\\n' "$1" "$(stat -c %a "$1")" "$(stat -c %a "$(dirname "$1")")" >> \(log)
    exit 3

    """.write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return (path, log)
  }

  /// Each line of the log: the file the editor had, then that its mode was 0600 in a 0700 folder.
  static func checkEditorLog(_ log: String, count: Int) throws {
    let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == count)
    for line in lines {
      let parts = line.split(separator: " ").map(String.init)
      #expect(parts.count == 3 && parts[1] == "600" && parts[2] == "700", "\(line)")
      // Removed afterwards, folder and all.
      #expect(!FileManager.default.fileExists(atPath: (parts[0] as NSString).deletingLastPathComponent))
    }
  }

  @Test func a_failing_editor_leaves_nothing_behind_and_changes_nothing() throws {
    let box = Sandbox()
    let tmp = box.root + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    let editor = try Self.failingEditor(box)
    let env = ["EDITOR": editor.path, "TMPDIR": tmp]
    #expect(try box.run(["write", "Carnet. Une pensée privée."]).status == 0)
    let before = try box.run(["export", "1"]).stdout

    // `edit ID`
    let edit = try box.run(["edit", "1", "--lang", "en"], env: env)
    #expect(edit.status == 1)
    #expect(edit.stderr == "bilan: the editor (\(editor.path)) failed with status 3; nothing was changed\n")
    #expect(try box.run(["export", "1"]).stdout == before)

    // `:edit` in an interview: the question stays asked, the interview goes on.
    let assess = try box.run(
      ["assess", "sql", "--lang", "en"], input: ":edit\nJoins.\n.\n.\n.\n.\nQueries\nDB\n3\n", env: env)
    #expect(assess.status == 0)
    #expect(assess.stderr.contains("failed with status 3"))
    #expect(try box.run(["show", "2"]).stdout.contains("Joins."))

    // `write` with no text, at a terminal.
    var environment = box.environment(env)
    environment["TERM"] = "dumb"
    let term = try Terminal(["write", "--lang", "en"], environment: environment)
    #expect(term.wait() == 1)
    #expect(term.output.contains("failed with status 3; nothing was changed"))
    #expect(try box.run(["list"]).stdout.split(separator: "\n").count == 2)

    try Self.checkEditorLog(editor.log, count: 3)
    #expect(Self.editorFolders(tmp).isEmpty)
  }

  @Test func the_history_and_a_new_journal_are_private() throws {
    let box = Sandbox()
    // The default journal, in folders bilan makes.
    var environment = box.environment()
    environment["BILAN_DB"] = nil
    let state = box.root + "/state/bilan"
    // A history file an older tool left readable by all.
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: state + "/history", contents: Data("list\n".utf8))
    chmod(state + "/history", 0o644)

    let term = try Terminal(["--lang", "en"], environment: environment)
    _ = try term.expect("bilan> ")
    term.type("write Secret. A private line\r")
    _ = try term.expect("1 Secret.")
    term.type("quit\r")
    #expect(term.wait() == 0)
    #expect(Self.mode(state + "/history") == 0o600)
    let history = try String(contentsOfFile: state + "/history", encoding: .utf8)
    #expect(history.contains(testsEncrypted ? "write\n" : "write Secret."))
    let journal = box.root + "/data/bilan/bilan.sqlite"
    #expect(Self.mode(journal) == 0o600)
    #expect(Self.mode(box.root + "/data/bilan") == 0o700)
  }

  @Test func error_messages_name_the_line_not_the_text() throws {
    let box = Sandbox()
    let secret = "mon secret: le nom de mon chef"
    _ = try box.run(["assess", "sql", "--lang", "en"], input: "Joins.\n.\n.\n.\n.\nQueries\nDB\n3\n")
    // An edit that breaks the front matter on a line holding private text.
    let editor = box.root + "/editor.sh"
    try "#!/bin/sh\nsed -i 's/^title: .*/title: \(secret) [/' \"$1\"\n"
      .write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    let edit = try box.run(["edit", "1", "--lang", "en"], env: ["EDITOR": editor])
    #expect(edit.status == 1)
    #expect(edit.stderr.contains("edit-1.md:2: "))
    #expect(!edit.stderr.contains("secret") && !edit.stderr.contains("chef"))
    // What the user typed is kept, privately: an encrypted journal's in memory (a tmpfs folder of its own).
    let named = String((edit.stderr.components(separatedBy: ":2: ").first ?? "").drop { $0 != "/" })
    let kept = testsEncrypted ? named : box.root + "/state/bilan/edit-1.md"
    defer {
      if testsEncrypted { try? FileManager.default.removeItem(atPath: (kept as NSString).deletingLastPathComponent) }
    }
    #expect(edit.stderr.contains(kept + ":2: "), "\(edit.stderr)")
    #expect(!testsEncrypted || (kept.hasPrefix("/dev/shm/bilan-") && kept.hasSuffix("/edit-1.md")), "\(kept)")
    #expect(try String(contentsOfFile: kept, encoding: .utf8).contains(secret))
    #expect(Self.mode(kept) == 0o600)

    // The same for a file imported with a broken front matter.
    let file = box.root + "/broken.md"
    try "---\ntitle: \"\(secret)\ntags: [a\n---\nbody\n".write(toFile: file, atomically: true, encoding: .utf8)
    let imported = try box.run(["import", file, "--lang", "en"])
    #expect(imported.status == 1)
    #expect(imported.stderr.hasPrefix(file + ":"))
    #expect(!imported.stderr.contains("secret") && !imported.stderr.contains("chef"))
  }
}

/// Nothing readable on disk: `strings` over every file bilan wrote for an encrypted journal (the
/// journal, its WAL left by a kill, a backup, the history, temporary files) finds none of 100 planted
/// answer words; over a plain journal's it finds them all, so the check can fail.
@Suite struct NothingReadableTests {
  static let words = (0..<100).map { "plantd\($0)qzw" }

  /// The file an editor is given holds the entry's text: an encrypted journal's is in memory (a tmpfs),
  /// never on a disk; a plain journal's in TMPDIR. Either way its folder is gone afterwards.
  @Test(arguments: [false, true]) func the_editors_file_is_in_memory_for_an_encrypted_journal(encrypted: Bool) throws {
    let box = Sandbox()
    let tmp = box.root + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    let log = box.root + "/editor.log"
    let editor = box.root + "/editor.sh"
    try Data(
      """
      #!/bin/sh
      printf '%s %s\\n' "$(stat -f -c %T "$(dirname "$1")")" "$1" >> '\(log)'
      printf '\\nEdited in place.\\n' >> "$1"

      """.utf8
    ).write(to: URL(fileURLWithPath: editor))
    chmod(editor, 0o755)
    var env = [
      "TMPDIR": tmp, "EDITOR": editor, "BILAN_TEST_KDF": "1", "BILAN_ENCRYPT": "0", "BILAN_PASSPHRASE_FILE": "",
    ]
    if encrypted {
      env["BILAN_PASSPHRASE_FILE"] = try passphraseFile(box, "an editor in memory")
      env["BILAN_ENCRYPT"] = "1"
    }
    try box.startJournal(env: env)
    #expect(try box.run(["write", "Carnet. A private line."], env: env).status == 0)
    let edit = try box.run(["edit", "1", "--lang", "en"], env: env)
    #expect(edit.status == 0, "\(edit.stderr)")
    #expect(try box.run(["show", "1"], env: env).stdout.contains("Edited in place."))
    let seen = try String(contentsOfFile: log, encoding: .utf8).trimmingCharacters(in: .newlines)
      .split(separator: " ", maxSplits: 1).map(String.init)
    #expect(seen.count == 2, "\(seen)")
    guard seen.count == 2 else { return }
    if encrypted {
      #expect(["tmpfs", "ramfs"].contains(seen[0]), "\(seen)")
      #expect(!seen[1].hasPrefix(tmp), "\(seen)")
    } else {
      #expect(seen[1].hasPrefix(tmp + "/"), "\(seen)")
    }
    #expect(!FileManager.default.fileExists(atPath: (seen[1] as NSString).deletingLastPathComponent))
  }

  @Test(arguments: [false, true]) func strings_finds_no_planted_word(encrypted: Bool) throws {
    let box = Sandbox()
    let tmp = box.root + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    var env = ["TMPDIR": tmp, "BILAN_TEST_KDF": "1", "BILAN_ENCRYPT": "0", "BILAN_PASSPHRASE_FILE": ""]
    if encrypted {
      env["BILAN_PASSPHRASE_FILE"] = try passphraseFile(box, "strings finds nothing")
      env["BILAN_ENCRYPT"] = "1"
    }
    try box.startJournal(env: env)
    let term = try Terminal(["--lang", "en"], environment: box.environment(env))
    try term.expect("bilan> ")
    for (n, word) in Self.words.enumerated() {
      term.type("write Note \(n). An answer holding \(word).\r")
      try term.expect("\(n + 1) Note \(n).")
    }
    term.type("backup \(box.root)/copy.sqlite\r")
    try term.expect("100 entries copied")
    term.type("search plantd42qzw\r")
    try term.expect("Note 42.")
    // A crash leftover: killed with its WAL and everything else in place.
    kill(term.pid, SIGKILL)
    _ = term.wait()
    #expect(FileManager.default.fileExists(atPath: box.journal + "-wal"))
    var found = Set<String>()
    let skip = Set([env["BILAN_PASSPHRASE_FILE"] ?? ""])
    for (name, _) in files(under: box.root, hidden: true) where !skip.contains(box.root + "/" + name) {
      let strings = Process()
      strings.executableURL = URL(fileURLWithPath: "/usr/bin/strings")
      strings.arguments = ["-a", "-n", "8", box.root + "/" + name]
      let out = Pipe()
      strings.standardOutput = out
      try strings.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      strings.waitUntilExit()
      for word in Self.words where text.contains(word) { found.insert(word) }
    }
    #expect(found.count == (encrypted ? 0 : 100), "\(found.sorted().prefix(5))")
  }
}
