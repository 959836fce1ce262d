import Foundation

/// Where `export --out DIR` writes, one file per essay, so that no half-written file is ever left.
/// A new or empty folder is filled under a hidden name beside it and renamed into place at the end:
/// the export appears whole or not at all, and each file is written once, without a rename of its
/// own. Into a folder that already holds files, each file is written under a temporary name and
/// renamed over the old one.
final class ExportFolder {
  let target: String
  /// Where files go while the export runs: a hidden sibling, or the target itself.
  let folder: String
  var staged: Bool { folder != target }
  private var used = Set<String>()
  /// The next suffix to try per slug: a thousand entries titled alike cost a thousand steps, not
  /// half a million.
  private var nextSuffix: [String: Int] = [:]

  init(_ target: String) throws {
    self.target = target
    let manager = FileManager.default
    let contents = try? manager.contentsOfDirectory(atPath: target)
    if contents?.isEmpty ?? !manager.fileExists(atPath: target) {
      let parent = (target as NSString).deletingLastPathComponent
      let name = (target as NSString).lastPathComponent
      folder = (parent.isEmpty ? "" : parent + "/") + ".\(name).partial-\(getpid())"
      try? manager.removeItem(atPath: folder)
    } else {
      folder = target
    }
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  /// Writes one essay under its slug (`-2`, `-3` on a clash) and gives its final path.
  func write(_ text: String, slug: String, durable: Bool) throws -> String {
    var name = slug
    var suffix = nextSuffix[slug] ?? 2
    while used.contains(name) {
      name = "\(slug)-\(suffix)"
      suffix += 1
    }
    if name != slug { nextSuffix[slug] = suffix }
    used.insert(name)
    let file = "\(name).md"
    if staged {
      try Files.writeNew(Data(text.utf8), to: folder + "/" + file)
    } else {
      try Files.writeAtomically(Data(text.utf8), to: folder + "/" + file, durable: durable)
    }
    return (target as NSString).appendingPathComponent(file)
  }

  /// Puts a staged export in place (the empty target folder, if any, makes way).
  func finish() throws {
    guard staged else { return }
    rmdir(target)
    guard rename(folder, target) == 0 else {
      throw BilanError("cannot move \(folder) to \(target): \(String(cString: strerror(errno)))")
    }
  }

  /// After a failure: a staged export leaves nothing behind.
  func abandon() {
    if staged { try? FileManager.default.removeItem(atPath: folder) }
  }
}
