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

  /// A fresh folder only the user can read, for files handed to an editor. For an encrypted journal's
  /// text, `inMemory`: in a tmpfs (the session's XDG_RUNTIME_DIR, else /dev/shm), never on a disk.
  static func privateTemporaryFolder(_ environment: [String: String], inMemory: Bool = false) throws -> String {
    let base: String
    if inMemory {
      guard let memory = memoryFolder(environment) else { throw BilanError(UsageMessage.noMemoryFolder.local) }
      base = memory
    } else {
      base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }
    var template = Array("\(base)/bilan-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw BilanError(UsageMessage.noPrivateFolder(base, reason: String(cString: strerror(errno))).local)
    }
    return String(cString: made)
  }

  /// The first of XDG_RUNTIME_DIR and /dev/shm that is a file system in memory (tmpfs or ramfs).
  static func memoryFolder(_ environment: [String: String]) -> String? {
    let candidates = [environment["XDG_RUNTIME_DIR"], "/dev/shm"].compactMap { $0 }.filter { !$0.isEmpty }
    return candidates.first { access($0, W_OK) == 0 && JournalCipher.isInMemory($0) }
  }
}

extension Files {
  /// Rewrites the shell's history with each line's first word only (the command's name): what was
  /// typed after it may be private text.
  static func keepCommandNames(_ path: String) {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let names = String(decoding: data, as: UTF8.self).split(separator: "\n")
      .compactMap { $0.split(separator: " ", maxSplits: 1).first.map(String.init) }
    try? AtomicFile.write(Data((names.map { $0 + "\n" }.joined()).utf8), to: path, mode: 0o600)
  }
}
