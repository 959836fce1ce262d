import BilanCore
import Foundation

/// Small file-system helpers with the modes private writing needs.
enum Files {
  /// Creates the file (0600) and its folder (0700) when absent, and makes an existing file 0600.
  static func createPrivateFile(_ path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let fd = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    // A file left open to others (an older bilan, a copy) is closed to them now.
    fchmod(fd, 0o600)
    close(fd)
  }

  /// A fresh folder only the user can read, for files handed to an editor.
  static func privateTemporaryFolder(_ environment: [String: String]) throws -> String {
    let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(base)/bilan-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw BilanError("cannot create a private temporary folder in \(base): \(String(cString: strerror(errno)))")
    }
    return String(cString: made)
  }

  /// Writes a file that must not exist yet (in a folder no one else sees yet), in one go.
  static func writeNew(_ data: Data, to path: String, mode: mode_t = 0o644) throws {
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
    guard fd >= 0 else { throw BilanError("cannot write \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    let written = FileBytes.write(data, to: fd)
    guard written else { throw BilanError("cannot write \(path): \(String(cString: strerror(errno)))") }
  }

  /// The process writing `name`, when it is one of `writeAtomically`'s temporary files for a file ending
  /// in `suffix` (`.<file>.<pid>.tmp`): the next export removes those of killed runs.
  static func temporaryOwner(_ name: String, of suffix: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let stem = name.dropLast(".tmp".count)
    guard let dot = stem.lastIndex(of: "."), stem[..<dot].hasSuffix(suffix), stem[..<dot].count > suffix.count + 1
    else { return nil }
    return StaleFiles.pid(in: String(stem[stem.index(after: dot)...]), after: "", before: "")
  }

  /// Removes the temporary files killed runs left while writing `path` (one file, not a whole export:
  /// it reads the folder).
  static func removeStaleTemporaries(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    StaleFiles.remove(in: folder.isEmpty ? "." : folder) { StaleFiles.pid(in: $0, after: ".\(name).", before: ".tmp") }
  }

  /// Writes `data` next to `path` under a temporary name, then renames it: a reader (or a crash)
  /// never sees half a file. `durable` also waits for the disk before the rename, so a power cut
  /// leaves the old file or the new.
  static func writeAtomically(_ data: Data, to path: String, mode: mode_t = 0o644, durable: Bool = true) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let temp = "\(folder.isEmpty ? "." : folder)/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    let fd = open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
    guard fd >= 0 else { throw BilanError("cannot write \(path): \(String(cString: strerror(errno)))") }
    let ok = FileBytes.write(data, to: fd) && (!durable || fsync(fd) == 0)
    close(fd)
    guard ok, rename(temp, path) == 0 else {
      let why = String(cString: strerror(errno))
      unlink(temp)
      throw BilanError("cannot write \(path): \(why)")
    }
  }
}
