import Foundation

/// What a killed bilan leaves behind: temporary files and staging folders whose names carry the id of
/// the process that wrote them. The next run that writes to the same place removes those whose
/// process is gone; a running bilan's are left alone.
public enum StaleFiles {
  /// Whether no process has this id (one of another user's still counts as running).
  public static func isGone(_ pid: pid_t) -> Bool {
    pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
  }

  /// The process id in `name` between `prefix` and `suffix`, when all that stands between is digits.
  public static func pid(in name: String, after prefix: String, before suffix: String) -> pid_t? {
    guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else {
      return nil
    }
    let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return pid_t(digits)
  }

  /// Removes, directly in `folder`, the entries of the kind asked (regular files, or folders with all
  /// they hold) whose name gives the id of a gone process. A symbolic link is never followed nor
  /// removed: a link named like a leftover is not one of bilan's.
  public static func remove(in folder: String, folders: Bool = false, pid: (String) -> pid_t?) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names {
      guard let owner = pid(name), isGone(owner) else { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      let kind = info.st_mode & S_IFMT
      if folders, kind == S_IFDIR {
        // FileManager removes a folder's contents without following the links inside it.
        try? FileManager.default.removeItem(atPath: path)
      } else if !folders, kind == S_IFREG {
        unlink(path)
      }
    }
  }
}
