import Foundation

/// A file that could not be written, and the system's reason.
public struct FileWriteError: Error, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "cannot write \(path): \(reason)" }

  init(_ path: String, _ reason: String = String(cString: strerror(errno))) {
    self.path = path
    self.reason = reason
  }
}

/// The one way bilan writes a file whole: a reader (or a crash) sees the old file or the new one,
/// never half of one, and a power cut leaves one of them too when `durable`.
public enum AtomicFile {
  /// Writes `data` next to `path` under a temporary name (`.<name>.<pid>.tmp`, or `temporary`), waits for
  /// the disk when `durable`, then renames it over `path`.
  public static func write(
    _ data: Data, to path: String, mode: mode_t = 0o644, durable: Bool = true, temporary: String? = nil
  ) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let temp = temporary ?? "\(folder.isEmpty ? "." : folder)/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    let fd = open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
    guard fd >= 0 else { throw FileWriteError(path) }
    let ok = FileBytes.write(data, to: fd) && (!durable || fsync(fd) == 0)
    close(fd)
    guard ok, rename(temp, path) == 0 else {
      let error = FileWriteError(path)
      unlink(temp)
      throw error
    }
  }

  /// Writes a file that must not exist yet (in a folder no one else sees yet), in one go.
  public static func writeNew(_ data: Data, to path: String, mode: mode_t = 0o644) throws {
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
    guard fd >= 0 else { throw FileWriteError(path) }
    defer { close(fd) }
    guard FileBytes.write(data, to: fd) else { throw FileWriteError(path) }
  }

  /// The process writing `name`, when it is one of `write`'s temporary files for a file ending in
  /// `suffix` (`.<file>.<pid>.tmp`): the next run removes those of killed runs.
  public static func temporaryOwner(_ name: String, of suffix: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let stem = name.dropLast(".tmp".count)
    guard let dot = stem.lastIndex(of: "."), stem[..<dot].hasSuffix(suffix), stem[..<dot].count > suffix.count + 1
    else { return nil }
    return StaleFiles.pid(in: String(stem[stem.index(after: dot)...]), after: "", before: "")
  }

  /// Removes the temporary files killed runs left while writing `path` (one file, not a whole export:
  /// it reads the folder).
  public static func removeStaleTemporaries(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    StaleFiles.remove(in: folder.isEmpty ? "." : folder) { StaleFiles.pid(in: $0, after: ".\(name).", before: ".tmp") }
  }
}
