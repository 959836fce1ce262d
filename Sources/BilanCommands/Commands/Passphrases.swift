import BilanCore
import Foundation

/// Where an encrypted journal's passphrase comes from, first found first: a file only the user can read
/// (`--passphrase-file`, `BILAN_PASSPHRASE_FILE`), the desktop keyring when asked for
/// (`BILAN_KEYRING=1`, through secret-tool), the terminal without echo. Never an argument: it would
/// show in `ps` and in the shell's history.
extension Context {
  /// The passphrase of the encrypted journal at `path`.
  func passphrase(for path: String) throws -> Secret {
    if let file = passphraseFile ?? environment["BILAN_PASSPHRASE_FILE"].flatMap({ $0.isEmpty ? nil : $0 }) {
      return try readPassphraseFile(file)
    }
    if environment["BILAN_KEYRING"] == "1", let stored = try Keyring.lookup(fullPath(path), self) {
      return stored
    }
    if let readSecret = host.readSecret, let typed = readSecret(say(CryptMessage.passphrasePrompt(path))) {
      return typed
    }
    throw BilanError(JournalError.encrypted(path).message(language))
  }

  /// A new passphrase: from `file` (or the passphrase file, for `encrypt` in a script), else typed twice
  /// at the terminal after the warning that a forgotten one cannot be recovered.
  /// `passphrase` gives its own file (`--new-passphrase-file`) and never reads the current one's.
  func newPassphrase(for path: String, file: String? = nil, changing: Bool = false) throws -> Secret {
    let given =
      changing ? file : file ?? passphraseFile ?? environment["BILAN_PASSPHRASE_FILE"].flatMap { $0.isEmpty ? nil : $0 }
    if let given { return try readPassphraseFile(given) }
    guard let readSecret = host.readSecret else { throw BilanUsageError(say(CryptMessage.noTerminal)) }
    tell(say(CryptMessage.forgetWarning), .bold)
    guard let first = readSecret(say(CryptMessage.newPassphrasePrompt(path))), !first.isEmpty else {
      throw BilanError(say(CryptMessage.empty))
    }
    guard let second = readSecret(say(CryptMessage.repeatPrompt)), second.matches(first) else {
      throw BilanError(say(CryptMessage.mismatch))
    }
    return first
  }

  /// The first line of a file that only its owner can read.
  private func readPassphraseFile(_ file: String) throws -> Secret {
    var info = stat()
    guard stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw BilanError(say(CryptMessage.unreadable(file)))
    }
    if info.st_mode & 0o077 != 0 {
      throw BilanError(say(CryptMessage.notPrivate(file, mode: String(info.st_mode & 0o777, radix: 8))))
    }
    guard let secret = Secret.firstLine(ofFile: file) else {
      throw BilanError(say(CryptMessage.unreadable(file)))
    }
    if secret.isEmpty { throw BilanError(say(CryptMessage.empty)) }
    return secret
  }

  func fullPath(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}

/// The desktop keyring through secret-tool (libsecret): one secret per journal, by its full path.
enum Keyring {
  static func lookup(_ journal: String, _ context: Context) throws -> Secret? {
    var (status, output) = try run(["lookup", "application", "bilan", "journal", journal], input: nil, context)
    defer { output.resetBytes(in: 0..<output.count) }
    guard status == 0, !output.isEmpty else { return nil }
    return Secret.firstLine(of: output)
  }

  static func store(_ journal: String, _ secret: Secret, _ context: Context) throws {
    let (status, _) = try run(
      ["store", "--label", "bilan journal \(journal)", "application", "bilan", "journal", journal],
      input: Data(secret.bytes), context)
    if status != 0 { throw BilanError(context.say(CryptMessage.keyringFailed(status))) }
  }

  private static func run(_ arguments: [String], input: Data?, _ context: Context) throws -> (Int32, Data) {
    let folders = (context.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard let tool = folders.map({ "\($0)/secret-tool" }).first(where: FileManager.default.isExecutableFile)
    else { throw BilanError(context.say(CryptMessage.keyringMissing)) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.environment = context.environment
    let stdin = Pipe(), stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }
}
