import BilanTestSupport
import Foundation
import Testing

/// A 0600 file holding a passphrase, as a script gives it.
func passphraseFile(_ box: Sandbox, _ text: String, name: String = "passphrase") throws -> String {
  let path = box.root + "/" + name
  try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
  chmod(path, 0o600)
  return path
}

/// `encrypt`, `decrypt` and `passphrase` as a person and a script use them, from a plain journal (so
/// not in the suite's encrypted run, where every journal is encrypted from the start).
@Suite(.enabled(if: !testsEncrypted)) struct EncryptionCommandTests {
  static let cheap = ["BILAN_TEST_KDF": "1"]

  @Test func encrypt_at_a_terminal_asks_twice_without_echo_and_the_shell_asks_once() throws {
    let box = Sandbox()
    #expect(try box.run(["write", "Carnet. A private thought, zygomorphe."]).status == 0)
    var term = try Terminal(["encrypt", "--lang", "en"], environment: box.environment(Self.cheap))
    try term.expect("a forgotten passphrase cannot be recovered")
    try term.expect("New passphrase for \(box.journal):")
    term.type("tall tree, small bird\r")
    try term.expect("The same again:")
    term.type("tall tree, small bird\r")
    #expect(term.wait() == 0)
    #expect(term.output.contains("\(box.journal) is encrypted: 1 entry"))
    #expect(!term.output.contains("tall tree"))
    let bytes = FileManager.default.contents(atPath: box.journal)!
    #expect(bytes.prefix(16) == Data("bilan encrypted\n".utf8))
    #expect(bytes.range(of: Data("zygomorphe".utf8)) == nil)

    // The shell asks once, then every command runs; the history keeps command names only.
    term = try Terminal(["--lang", "en"], environment: box.environment(Self.cheap))
    try term.expect("Passphrase for \(box.journal):")
    term.type("tall tree, small bird\r")
    try term.expect("bilan> ")
    term.type("write Second. Words no history keeps\r")
    try term.expect("2 Second.")
    term.type("search zygomorphe\r")
    try term.expect("Carnet.")
    term.type("backup \(box.root)/copy.sqlite\r")
    try term.expect("2 entries copied")
    term.type("restore \(box.root)/copy.sqlite\r")
    try term.expect("2 entries restored")
    term.type("list\r")
    try term.expect("Second.")
    term.type("quit\r")
    #expect(term.wait() == 0)
    #expect(term.output.components(separatedBy: "Passphrase for").count == 2)
    let history = try String(contentsOfFile: box.root + "/state/bilan/history", encoding: .utf8)
    #expect(history == "write\nsearch\nbackup\nrestore\nlist\nquit\n")
  }

  @Test func two_different_passphrases_encrypt_nothing() throws {
    let box = Sandbox()
    #expect(try box.run(["write", "Carnet. A line."]).status == 0)
    let before = FileManager.default.contents(atPath: box.journal)
    let term = try Terminal(["encrypt", "--lang", "en"], environment: box.environment(Self.cheap))
    try term.expect("New passphrase")
    term.type("one\r")
    try term.expect("The same again:")
    term.type("two\r")
    #expect(term.wait() == 1)
    #expect(term.output.contains("the two passphrases differ; nothing was changed."))
    #expect(FileManager.default.contents(atPath: box.journal) == before)
  }

  @Test func a_wrong_passphrase_exits_1_and_leaves_the_file_untouched() throws {
    let box = Sandbox()
    #expect(try box.run(["write", "Carnet. A line."]).status == 0)
    let right = try passphraseFile(box, "right one")
    #expect(try box.run(["encrypt", "--passphrase-file", right], env: Self.cheap).status == 0)
    let before = FileManager.default.contents(atPath: box.journal)
    let wrong = try passphraseFile(box, "wrong one", name: "wrong")
    let refused = try box.runProcess(["list", "--lang", "en", "--passphrase-file", wrong])
    #expect(refused.status == 1)
    #expect(refused.stderr == "bilan: wrong passphrase for \(box.journal): nothing was changed.\n")
    #expect(FileManager.default.contents(atPath: box.journal) == before)
    // No passphrase at all, in a script: what to give, and exit 1.
    let none = try box.runProcess(["list", "--lang", "en"])
    #expect(none.status == 1)
    #expect(none.stderr.contains("is encrypted: give its passphrase"))
    // A passphrase file others can read is refused before it is read.
    chmod(right, 0o644)
    let open = try box.run(["list", "--lang", "en", "--passphrase-file", right])
    #expect(open.status == 1)
    #expect(open.stderr.contains("can be read by others (mode 644): make it private with 'chmod 600 \(right)'"))
  }

  @Test func a_script_encrypts_changes_the_passphrase_and_decrypts() throws {
    let box = Sandbox()
    #expect(try box.run(["write", "Carnet. zygomorphe in the clear."]).status == 0)
    let first = try passphraseFile(box, "first")
    let second = try passphraseFile(box, "second", name: "second")
    let encrypted = try box.run(["encrypt"], env: Self.cheap.merging(["BILAN_PASSPHRASE_FILE": first]) { $1 })
    #expect(encrypted.status == 0, "\(encrypted.stderr)")
    let changed = try box.run(
      ["passphrase", "--passphrase-file", first, "--new-passphrase-file", second], env: Self.cheap)
    #expect(changed.status == 0)
    #expect(changed.stdout.contains("passphrase changed"))
    #expect(try box.run(["list", "--passphrase-file", first]).status == 1)
    #expect(try box.run(["list", "--passphrase-file", second]).stdout.contains("Carnet."))
    // Exports are plain, and say so.
    let export = try box.run(["export", "--all", "--out", box.root + "/out", "--passphrase-file", second])
    #expect(export.stderr.contains("is not encrypted: exports and published pages are plain text"))
    let decrypted = try box.run(["decrypt", "--yes", "--passphrase-file", second])
    #expect(decrypted.status == 0, "\(decrypted.stderr)")
    let bytes = FileManager.default.contents(atPath: box.journal)!
    #expect(bytes.range(of: Data("zygomorphe".utf8)) != nil)
    #expect(try box.run(["search", "zygomorphe"]).stdout.contains("Carnet."))
  }

  @Test func the_keyring_keeps_the_passphrase_when_asked() throws {
    let box = Sandbox()
    #expect(try box.run(["write", "Carnet. A line."]).status == 0)
    // A stand-in for secret-tool that keeps one secret in a file of the sandbox.
    let bin = box.root + "/bin"
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    try """
    #!/bin/sh
    store="\(box.root)/keyring"
    case "$1" in
      store) cat > "$store" ;;
      lookup) [ -f "$store" ] && cat "$store" || exit 1 ;;
    esac

    """.write(toFile: bin + "/secret-tool", atomically: true, encoding: .utf8)
    chmod(bin + "/secret-tool", 0o755)
    let env = Self.cheap.merging(["PATH": bin + ":/usr/bin:/bin"]) { $1 }
    let file = try passphraseFile(box, "kept in the keyring")
    let encrypted = try box.run(["encrypt", "--keyring", "--passphrase-file", file], env: env)
    #expect(encrypted.stdout.contains("The passphrase is in the desktop keyring"))
    unlink(file)
    #expect(try box.run(["list"], env: env).status == 1)
    let listed = try box.run(["list"], env: env.merging(["BILAN_KEYRING": "1"]) { $1 })
    #expect(listed.stdout.contains("Carnet."))
  }
}
