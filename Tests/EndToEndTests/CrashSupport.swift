import BilanTestSupport
import Foundation
import GRDB
import Glibc

/// When a crash test kills bilan: a fixed delay after the start, or as soon as something is seen.
enum Moment: CustomStringConvertible {
  case after(milliseconds: UInt32)
  /// Polled every millisecond or two; given the process id (a staging folder's name holds it).
  case when(String, (pid_t) -> Bool)

  var description: String {
    switch self {
    case .after(let ms): "after \(ms) ms"
    case .when(let what, _): "when \(what)"
    }
  }
}

/// Starts bilan (stdin, stdout and stderr on /dev/null), sends SIGKILL at `moment` and reaps it.
/// True when the signal found it still running. The child is reaped here and nowhere else, so its id
/// cannot be reused by another process before the kill.
func killBilan(_ arguments: [String], _ box: Sandbox, at moment: Moment, env: [String: String] = [:]) throws -> Bool {
  let argv = ([bilanBinary] + arguments).map { strdup($0) } + [nil]
  let envp = box.environment(env).map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    for pointer in argv + envp { free(pointer) }
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  // Test threads block some signals, and the mask survives exec: bilan starts with none blocked.
  var none = sigset_t()
  sigemptyset(&none)
  posix_spawnattr_setsigmask(&attributes, &none)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, bilanBinary, &actions, &attributes, argv, envp)
  guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
  var status: Int32 = 0
  switch moment {
  case .after(let ms): usleep(ms * 1000)
  case .when(_, let seen):
    let deadline = Date().addingTimeInterval(20)
    while waitpid(pid, &status, WNOHANG) == 0, !seen(pid), Date() < deadline { usleep(1500) }
  }
  // Not reaped yet (a zombie at worst): the signal can only reach this child.
  guard waitpid(pid, &status, WNOHANG) == 0 else { return false }
  kill(pid, SIGKILL)
  waitpid(pid, &status, 0)
  return status & 0x7F == SIGKILL
}

/// The regular files under `folder` by relative path, with their bytes; hidden names (a dot first, in
/// any part of the path) only when asked.
func files(under folder: String, hidden: Bool = false) -> [String: Data] {
  var found: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: folder) else { return found }
  while let path = walker.nextObject() as? String {
    if !hidden, path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
    var info = stat()
    guard lstat(folder + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
    found[path] = FileManager.default.contents(atPath: folder + "/" + path)
  }
  return found
}

/// How many names `folder` holds (0 when it does not exist).
func countNames(_ folder: String) -> Int {
  (try? FileManager.default.contentsOfDirectory(atPath: folder).count) ?? 0
}

/// The journal read by the test itself, through GRDB: an encrypted one with its key held first.
func database(_ journal: String, _ configuration: Configuration = Configuration()) throws -> DatabaseQueue {
  holdKey(journal)
  return try DatabaseQueue(path: journal, configuration: configuration)
}

/// The journal after a crash: SQLite's own check, and a count.
func integrity(_ journal: String) throws -> String? {
  try database(journal).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
}

func countRows(_ journal: String, _ sql: String) throws -> Int {
  try database(journal).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
}

/// A jrnl journal of `count` entries, each with its own title.
func jrnlFile(_ path: String, entries count: Int) throws {
  var data = Data()
  for n in 0..<count {
    data.append(
      Data("[2024-03-01 09:15:00 AM] Entry \(n).\nBody of entry \(n), with a few more words @t\(n % 40).\n\n".utf8))
  }
  try data.write(to: URL(fileURLWithPath: path))
}

/// The paths whose bytes differ between two trees, or that only one holds: the first few, for a message.
func differences(_ found: [String: Data], _ expected: [String: Data]) -> [String] {
  Array(Set(found.keys).union(expected.keys).filter { found[$0] != expected[$0] }.sorted().prefix(5))
}
