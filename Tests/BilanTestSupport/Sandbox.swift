import BilanCommands
import BilanCore
import Foundation
import Glibc
import Synchronization

// What the test targets share: a sandbox that runs bilan in the test's process or as a process, a real
// pseudo-terminal, and a process id known to be gone.

/// The built `bilan` binary: beside the test bundle in the build folder, or `BILAN_BIN`.
public let bilanBinary: String = {
  if let path = ProcessInfo.processInfo.environment["BILAN_BIN"] { return path }
  var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<4 {
    let candidate = folder.appendingPathComponent("bilan").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return ".build/debug/bilan"
}()

/// `BILAN_TEST_ENCRYPTED=1` runs the suite against encrypted journals: every journal a sandbox's bilan
/// makes is sealed (`BILAN_ENCRYPT=1`), with a passphrase file and the cheapest key derivation.
public let testsEncrypted = ProcessInfo.processInfo.environment["BILAN_TEST_ENCRYPTED"] == "1"

/// The passphrase of every journal the suite encrypts.
public let testPassphrase = "a passphrase for tests only"

/// Keys this test process holds, so that it can read encrypted journals itself (GRDB through the shim).
private let heldKeys = Mutex<[KeyHold]>([])

/// Holds the key of the encrypted journal at `path` (a no-op for a plain one or none).
public func holdKey(_ path: String) {
  guard FileManager.default.fileExists(atPath: path),
    let key = try? Journal.key(path, passphrase: { Secret(bytes: Array(testPassphrase.utf8)) })
  else { return }
  heldKeys.withLock { $0.append(key) }
}

/// A private home for one test: journal, history and state stay inside it, and go with it.
public final class Sandbox: @unchecked Sendable {
  public let root: String
  public var journal: String { root + "/journal.sqlite" }
  /// Where the passphrase of an encrypted run is (0600).
  public var passphrasePath: String { root + "/.passphrase" }

  public init() {
    root = NSTemporaryDirectory() + "bilan-e2e-" + UUID().uuidString
    // A sandbox that cannot be made is a broken machine: the test stops there.
    do {
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      if testsEncrypted {
        try Data((testPassphrase + "\n").utf8).write(to: URL(fileURLWithPath: passphrasePath))
        chmod(passphrasePath, 0o600)
      }
    } catch {
      fatalError("cannot create the sandbox \(root): \(error)")
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  public func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var env = [
      "HOME": root, "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state",
      "XDG_CONFIG_HOME": root + "/config", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      "BILAN_DB": journal, "TERM": "dumb", "INPUTRC": "/dev/null",
      "BILAN_NOW": "2026-11-28T10:30:00+01:00",
    ]
    if testsEncrypted {
      env.merge(["BILAN_ENCRYPT": "1", "BILAN_PASSPHRASE_FILE": passphrasePath, "BILAN_TEST_KDF": "1"]) { $1 }
    }
    env.merge(extra) { $1 }
    return env
  }

  public struct Result: Equatable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
      self.status = status
      self.stdout = stdout
      self.stderr = stderr
    }
  }

  /// Runs bilan's commands in this process, with `input` as stdin, as `bilan ARGUMENTS` would with a pipe:
  /// the same code, its lines read back without a process.
  public func run(_ arguments: [String], input: String = "", env: [String: String] = [:]) throws -> Result {
    try run(arguments, bytes: Data(input.utf8), env: env)
  }

  /// The same with stdin given as bytes (which a String cannot always hold).
  public func run(_ arguments: [String], bytes input: Data, env: [String: String] = [:]) throws -> Result {
    let (host, output) = Host.captured(environment: environment(env), input: input)
    let status = Dispatch.main(arguments, host: host)
    return Result(status: status, stdout: output.stdout, stderr: output.stderr)
  }

  /// Makes the sandbox's journal as a person's first `bilan` does (the shell, left at once), for tests
  /// about what comes after: their output then holds no note that a new journal was made.
  /// `arguments` are global options (`--lang fr` names the catalogue's skills in French).
  public func startJournal(_ arguments: [String] = [], env: [String: String] = [:]) throws {
    let started = try run(arguments, env: env)
    guard started.status == 0, FileManager.default.fileExists(atPath: journal) else {
      throw StartFailed(status: started.status, stderr: started.stderr)
    }
  }

  /// What a script is told on stderr when its command makes the sandbox's journal: `BILAN_DB` names a
  /// file that is not there yet.
  public func newJournalNote(_ language: String = "en") -> String {
    language == "fr" ? "bilan: nouveau journal créé : \(journal)\n" : "bilan: new journal created: \(journal)\n"
  }

  public struct StartFailed: Error {
    public var status: Int32
    public var stderr: String
  }

  /// Runs the built `bilan` binary as a process, for what needs one: its start-up, its exit, a pipe.
  /// `directory` is where it runs (relative paths are read from there), else the test's own.
  public func runProcess(
    _ arguments: [String], input: String = "", env: [String: String] = [:], directory: String? = nil
  ) throws -> Result {
    try runProcess(arguments, bytes: Data(input.utf8), env: env, directory: directory)
  }

  public func runProcess(
    _ arguments: [String], bytes input: Data, env: [String: String] = [:], directory: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: bilanBinary)
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.arguments = arguments
    process.environment = environment(env)
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}

/// bilan under a real pseudo-terminal (forkpty), typed into as a person would.
public final class Terminal {
  public let pid: pid_t
  public let master: Int32
  public private(set) var output = ""
  /// Where the last `expect` matched: the next one looks after it.
  private var cursor = 0

  /// A terminal `columns` wide (200 by default: no line of bilan's is cut there). `directory` is where
  /// bilan runs (relative paths are read from there), else the test's own.
  public init(
    _ arguments: [String], environment: [String: String], columns: Int = 200, directory: String? = nil
  ) throws {
    // Everything the child needs is built before the fork: after it, only chdir and exec.
    let argv = ([bilanBinary] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let folder = directory.flatMap { strdup($0) }
    var fd: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    let child = forkpty(&fd, nil, nil, &size)
    if child == 0 {
      // Test threads block SIGINT, and the mask survives exec: clear it so Ctrl-C reaches bilan.
      var none = sigset_t()
      sigemptyset(&none)
      sigprocmask(SIG_SETMASK, &none, nil)
      if let folder, chdir(folder) != 0 { _exit(126) }
      execve(argv[0]!, argv, envp)
      _exit(127)
    }
    guard child > 0 else { throw POSIXError(.EAGAIN) }
    pid = child
    master = fd
  }

  /// The window made `columns` wide, as a person drags it: the kernel sends bilan SIGWINCH.
  public func resize(columns: Int) {
    var size = winsize(ws_row: 40, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  public func type(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
  }

  /// Reads until `text` appears after the previous match; returns the output up to it.
  @discardableResult
  public func expect(_ text: String, seconds: Double = 15) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let start = output.index(output.startIndex, offsetBy: cursor)
      if let found = output[start...].range(of: text) {
        cursor = output.distance(from: output.startIndex, to: found.upperBound)
        return String(output[start..<found.upperBound])
      }
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&poller, 1, 100) > 0 {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(master, &buffer, buffer.count)
        if n <= 0 { break }
        output += String(decoding: buffer[0..<n], as: UTF8.self).replacingOccurrences(of: "\r", with: "")
      }
    }
    throw Timeout(expected: text, output: String(output.dropFirst(cursor)))
  }

  public struct Timeout: Error, CustomStringConvertible {
    public var expected: String
    public var output: String
    public var description: String { "did not see \(expected.debugDescription) in:\n\(output)" }
  }

  /// Waits for bilan to exit and gives its exit status.
  public func wait() -> Int32 {
    var status: Int32 = 0
    while true {
      var buffer = [UInt8](repeating: 0, count: 4096)
      let n = read(master, &buffer, buffer.count)
      if n <= 0 { break }
      output += String(decoding: buffer[0..<n], as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }
    waitpid(pid, &status, 0)
    close(master)
    return (status >> 8) & 0xFF
  }
}

/// The id of a process that has ended: what a killed bilan's leftovers carry in their names.
public func goneProcessID() throws -> pid_t {
  let finished = Process()
  finished.executableURL = URL(fileURLWithPath: "/bin/true")
  try finished.run()
  finished.waitUntilExit()
  return finished.processIdentifier
}
