import Foundation

/// Where `export --out DIR` writes, one file per essay, so that no half-written file is ever left.
/// A new or empty folder is filled under a hidden name beside it and renamed into place at the end:
/// the export appears whole or not at all, and each file is written once, without a rename of its
/// own. Into a folder that already holds files, each file is written under a temporary name and
/// renamed over the old one. What a killed export leaves (the hidden folder, a temporary file) is
/// removed by the next export to the same place.
public final class ExportFolder {
  public let target: String
  /// Where files go while the export runs: a hidden sibling, or the target itself.
  let folder: String
  public var staged: Bool { folder != target }
  private var names = FileNames()

  public init(_ target: String) throws {
    self.target = target
    let manager = FileManager.default
    let parent = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let prefix = (parent.isEmpty ? "" : parent + "/") + ".\(name).partial-"
    // The staging folders of exports to the same place that were killed.
    StaleFiles.remove(in: parent.isEmpty ? "." : parent, folders: true) {
      StaleFiles.pid(in: $0, after: ".\(name).partial-", before: "")
    }
    let contents = try? manager.contentsOfDirectory(atPath: target)
    // A target that is itself a link (named by the user) is written through, file by file.
    if contents?.isEmpty ?? !manager.fileExists(atPath: target), !Self.isLink(target) {
      folder = prefix + "\(getpid())"
      try? manager.removeItem(atPath: folder)
    } else {
      folder = target
      StaleFiles.remove(in: target) { AtomicFile.temporaryOwner($0, of: ".md") }
    }
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  public static func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// The names in the target that an export must not write over, with what each is: a symbolic link
  /// (writing through it would change a file elsewhere) or a folder.
  public func obstacles() -> [String: (english: String, french: String)] {
    guard !staged, let names = try? FileManager.default.contentsOfDirectory(atPath: target) else { return [:] }
    var found: [String: (english: String, french: String)] = [:]
    for name in names where name.hasSuffix(".md") {
      let path = target + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        let to = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        found[name] = ("a symbolic link to \(to)", "un lien symbolique vers \(to)")
      case S_IFDIR: found[name] = ("a folder", "un dossier")
      default: break
      }
    }
    return found
  }

  /// Writes one essay under its slug (`-2`, `-3` on a clash) and gives its final path.
  public func write(_ text: String, slug: String, durable: Bool) throws -> String {
    let file = names.take(slug)
    if staged {
      try AtomicFile.writeNew(Data(text.utf8), to: folder + "/" + file)
    } else {
      // Through a temporary name and a rename, which replaces a link that appeared since the check
      // rather than follow it.
      try AtomicFile.write(Data(text.utf8), to: folder + "/" + file, durable: durable)
    }
    return (target as NSString).appendingPathComponent(file)
  }

  /// Puts a staged export in place (the empty target folder, if any, makes way).
  public func finish() throws {
    guard staged else { return }
    rmdir(target)
    guard rename(folder, target) == 0 else {
      throw FileWriteError(target, "cannot move \(folder) there: \(String(cString: strerror(errno)))")
    }
  }

  /// After a failure: a staged export leaves nothing behind.
  public func abandon() {
    if staged { try? FileManager.default.removeItem(atPath: folder) }
  }
}

/// The file names of an export: `<slug>.md`, then `-2`, `-3` when slugs repeat.
public struct FileNames {
  private var used = Set<String>()
  /// The next suffix to try per slug: a thousand entries titled alike cost a thousand steps, not
  /// half a million.
  private var nextSuffix: [String: Int] = [:]

  public init() {}

  public mutating func take(_ slug: String) -> String {
    var name = slug
    var suffix = nextSuffix[slug] ?? 2
    while used.contains(name) {
      name = "\(slug)-\(suffix)"
      suffix += 1
    }
    if name != slug { nextSuffix[slug] = suffix }
    used.insert(name)
    return "\(name).md"
  }
}
