import Foundation

/// Writing a site's files safely: each through a temporary name, only bilan's own files replaced or
/// removed (a manifest records them), nothing rewritten that has not changed.
public struct SiteWriter {
  public struct Report: Sendable {
    public var created: [String] = []
    public var updated: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []
    /// Files of the user's that `--force` replaced, with where a copy of each is kept.
    public var replaced: [(String, String)] = []
    /// Pages bilan wrote that were edited by hand and would have been removed: kept, and forgotten.
    public var kept: [String] = []
  }

  /// A file of the user's where bilan would write.
  public struct Conflict: Error, Equatable {
    public var paths: [String]
  }

  /// A path that would land outside the site: `..`, an absolute path, or a folder on the way that is
  /// a symbolic link leading elsewhere.
  public struct Outside: Error, Equatable {
    public var path: String
  }

  /// Whether `path` (relative to the root) stays inside the root once every symbolic link on the way
  /// is followed. Checked before anything is written or removed.
  func isInside(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
      return false
    }
    guard let base = Self.resolved(root) else { return false }
    // The deepest folder on the way that exists, resolved: it must be the root or under it.
    var folder = (root + "/" + path as NSString).deletingLastPathComponent
    while !FileManager.default.fileExists(atPath: folder), folder.count > root.count {
      folder = (folder as NSString).deletingLastPathComponent
    }
    guard let real = Self.resolved(folder), real == base || real.hasPrefix(base + "/") else { return false }
    // The file itself may not be a link leading out either.
    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + path) {
      let absolute = target.hasPrefix("/") ? target : real + "/" + target
      guard let resolvedTarget = Self.resolved((absolute as NSString).deletingLastPathComponent),
        resolvedTarget == base || resolvedTarget.hasPrefix(base + "/")
      else { return false }
    }
    return true
  }

  static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  public static let manifestPath = ".bilan/manifest.json"

  let root: String
  public init(root: String) { self.root = root }

  /// `files` by path relative to the root. `adoptable` are paths whose current content bilan may take
  /// over (a file it imported and that is unchanged since). Nothing is written when a conflict is found.
  public func write(_ files: [String: Data], adoptable: Set<String> = [], force: Bool) throws -> Report {
    let fm = FileManager.default
    // A manifest edited to name files elsewhere is not followed.
    let manifest = readManifest().filter { isInside($0.key) }
    try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
    if let outside = files.keys.sorted().first(where: { !isInside($0) }) { throw Outside(path: outside) }
    removeStaleTemporaries(near: files.keys)
    var conflicts: [String] = []
    var changes = manifest.keys.contains { files[$0] == nil }
    for (path, data) in files {
      let full = root + "/" + path
      let current = fm.contents(atPath: full)
      if current != data { changes = true }
      guard let existing = current, existing != data else { continue }
      // bilan's own file, as bilan left it; or one it imported from here, unchanged since.
      if manifest[path]?.contains(ContentHash.of(existing)) == true { continue }
      if adoptable.contains(path) || force { continue }
      conflicts.append(path)  // the user's file, or bilan's edited by hand
    }
    guard conflicts.isEmpty else { throw Conflict(paths: conflicts.sorted()) }
    let written = files.mapValues { ContentHash.of($0) }
    if changes {
      // Before the first file changes, the manifest names what this run writes as bilan's too: a run
      // killed half-way leaves no file of its own that the next run would take for the user's.
      let recorded = readRecordedFiles().filter { isInside($0.key) }
      var pending = manifest
      for (path, hash) in written { pending[path, default: []].insert(hash) }
      try writeManifest(files: recorded, pending: pending)
    }
    var report = Report()
    for path in files.keys.sorted() {
      let data = files[path]!
      let full = root + "/" + path
      if let existing = fm.contents(atPath: full) {
        if existing == data {
          report.unchanged.append(path)
          continue
        }
        if force, manifest[path]?.contains(ContentHash.of(existing)) != true, !adoptable.contains(path) {
          // --force replaces a file of the user's, but keeps a copy of it.
          let copy = root + "/.bilan/replaced/" + path
          try Self.writeAtomically(existing, to: copy)
          report.replaced.append((path, copy))
        }
        report.updated.append(path)
      } else {
        report.created.append(path)
      }
      try Self.writeAtomically(data, to: full)
    }
    // bilan's files from before that it no longer writes: removed while they are still as it left them.
    for (path, hashes) in manifest where files[path] == nil {
      let full = root + "/" + path
      guard let existing = fm.contents(atPath: full) else { continue }
      if hashes.contains(ContentHash.of(existing)) {
        try fm.removeItem(atPath: full)
        report.removed.append(path)
      } else {
        report.kept.append(path)
      }
    }
    try writeManifest(files: written, pending: [:])
    report.removed.sort()
    report.kept.sort()
    return report
  }

  /// The contents bilan's files may have while still as bilan left them, by path: the hash each run
  /// that finished recorded (`files`), and those a run that was stopped half-way was writing (`pending`).
  func readManifest() -> [String: Set<String>] {
    var hashes = readRecordedFiles().mapValues { Set([$0]) }
    guard let data = FileManager.default.contents(atPath: root + "/" + Self.manifestPath),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let pending = object["pending"] as? [String: [String]]
    else { return hashes }
    for (path, list) in pending { hashes[path, default: []].formUnion(list) }
    return hashes
  }

  /// Which of `files` are pages a `publish` wrote and nobody changed since: a manifest in a folder above
  /// names the file, with the hash of what it wrote. A page edited since is the user's again.
  public static func writtenByBilan(_ files: [String]) -> Set<String> {
    var manifests: [String: [String: Set<String>]] = [:]
    var written = Set<String>()
    for file in files {
      var folder = (file as NSString).deletingLastPathComponent
      while folder.count > 1 {
        if manifests[folder] == nil, FileManager.default.fileExists(atPath: folder + "/" + manifestPath) {
          manifests[folder] = SiteWriter(root: folder).readManifest()
        }
        if let hashes = manifests[folder]?[String(file.dropFirst(folder.count + 1))] {
          if let data = FileManager.default.contents(atPath: file), hashes.contains(ContentHash.of(data)) {
            written.insert(file)
          }
          break
        }
        folder = (folder as NSString).deletingLastPathComponent
      }
    }
    return written
  }

  /// What the last run that finished wrote, by path.
  func readRecordedFiles() -> [String: String] {
    guard let data = FileManager.default.contents(atPath: root + "/" + Self.manifestPath),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let files = object["files"] as? [String: String]
    else { return [:] }
    return files
  }

  func writeManifest(files: [String: String], pending: [String: Set<String>]) throws {
    var object: [String: Any] = ["files": files]
    if !pending.isEmpty { object["pending"] = pending.mapValues { $0.sorted() } }
    let json = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    try Self.writeAtomically(json, to: root + "/" + Self.manifestPath)
  }

  /// The temporary files of runs that were killed, in the folders this run writes to.
  func removeStaleTemporaries(near paths: Dictionary<String, Data>.Keys) {
    var folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent })
    folders.insert(".bilan")
    for folder in folders {
      for place in [root + "/" + folder, root + "/.bilan/replaced/" + folder] {
        StaleFiles.remove(in: place, pid: Self.temporaryOwner)
      }
    }
  }

  /// The process that writes a temporary file named `.bilan-<pid>-<uuid>.tmp`.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix(".bilan-"), name.hasSuffix(".tmp") else { return nil }
    let middle = name.dropFirst(".bilan-".count).dropLast(".tmp".count)
    return middle.firstIndex(of: "-").flatMap { StaleFiles.pid(in: String(middle[..<$0]), after: "", before: "") }
  }

  /// A temporary file beside the target, then a rename: a reader, or a kill, never leaves half a file.
  /// Its name carries the process id, so that the next run removes it if this one is killed.
  /// Through a temporary name of bilan's own (`removeStaleTemporaries` knows it), synced before the rename.
  static func writeAtomically(_ data: Data, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try AtomicFile.write(
      data, to: path, mode: 0o666 & ~currentUmask, temporary: folder + "/.bilan-\(getpid())-\(UUID().uuidString).tmp")
  }

  /// The process's umask, read without changing it for good: files bilan publishes get the modes any
  /// file the user makes would get.
  static let currentUmask: mode_t = {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }()
}

/// Text for Hugo: what bilan wrote from interviews must not be read as shortcodes or nested tags.
public enum HugoText {
  /// `{{<` and `{{%` in typed text would make Hugo look for a shortcode and fail the build.
  public static func escapeShortcodes(_ text: String) -> String {
    text.replacingOccurrences(of: "{{<", with: "&#123;&#123;<").replacingOccurrences(of: "{{%", with: "&#123;&#123;%")
  }

  /// `/` in a tag makes nested folders (`CI/CD` → /tags/ci/cd/): it becomes `-`.
  public static func tag(_ tag: String) -> String {
    tag.replacingOccurrences(of: "/", with: "-")
  }

  /// Whether Hugo gives a tag a page of its own: its address keeps letters and digits only, so a tag of
  /// symbols alone (`🙂`, `++`) would be served where the tags list is.
  public static func hasAddress(_ tag: String) -> Bool {
    tag.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) }
  }

  /// TOML front matter (`+++`) with the same values as bilan's YAML.
  public static func toml(_ fields: [(key: String, value: FrontMatter.Value)]) -> String {
    func quoted(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x00: continue
        case 0x5C: out += "\\\\"
        case 0x22: out += "\\\""
        case 0x0A: out += "\\n"
        case 0x09: out += "\\t"
        case 0x0D: out += "\\r"
        case 0x01...0x1F, 0x7F: out += String(format: "\\u%04X", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
    var out = "+++\n"
    for (key, value) in fields {
      let text: String
      switch value {
      case .string(let s): text = quoted(s)
      case .strings(let list): text = "[" + list.map(quoted).joined(separator: ", ") + "]"
      case .bool(let b): text = b ? "true" : "false"
      case .int(let n): text = String(n)
      case .date(let date, let offset): text = FrontMatter.rfc3339(date, utcOffset: offset)
      }
      out += "\(key) = \(text)\n"
    }
    return out + "+++\n"
  }

  /// Links written in a body that point into the site: `[x](../../projets/citi)`, `[x](/skills/a/)`.
  public static func internalLinks(_ markdown: String) -> [String] {
    var links: [String] = []
    var rest = Substring(markdown)
    while let open = rest.range(of: "](") {
      let after = rest[open.upperBound...]
      guard let close = after.firstIndex(of: ")") else { break }
      let target = after[..<close].trimmingCharacters(in: .whitespaces)
      if !target.contains("://"), !target.hasPrefix("#"), !target.hasPrefix("mailto:"), !target.isEmpty {
        links.append(target)
      }
      rest = after[close...]
    }
    return links
  }

  /// Resolves a link from the page at `page` (`/competences/a/`) to a site path (`/projets/citi/`).
  public static func resolve(_ link: String, from page: String) -> String {
    var target =
      link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? link
    target =
      target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
    var parts: [Substring] = target.hasPrefix("/") ? [] : page.split(separator: "/")
    for part in target.split(separator: "/") {
      if part == "." || part.isEmpty { continue }
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    let path = "/" + parts.joined(separator: "/")
    return isFile(path) ? path : path + "/"
  }

  /// The pages a page's own lists already link to (`- [Python](../../competences/python/)`), as
  /// `urlized` site paths: generated lists leave them out rather than say them twice.
  public static func listedLinks(_ markdown: String, from page: String) -> Set<String> {
    var listed = Set<String>()
    for line in markdown.split(separator: "\n") {
      let item = line.drop { $0 == " " }
      guard item.hasPrefix("- ") || item.hasPrefix("* ") else { continue }
      for link in internalLinks(String(item)) { listed.insert(urlized(resolve(link, from: page))) }
    }
    return listed
  }

  /// A page path as Hugo serves it: lowercased, spaces as dashes (`/competences/Gestion de projet/` is
  /// served at `/competences/gestion-de-projet/`).
  public static func urlized(_ path: String) -> String {
    path.lowercased().replacingOccurrences(of: " ", with: "-")
  }

  /// Whether a site path names a file (`/images/a.png`) rather than a page: its last part ends with an
  /// extension that has a letter. A page's slug may hold dots (`/projets/transition-4.0/`, `v1.2`).
  static func isFile(_ path: String) -> Bool {
    guard !path.hasSuffix("/"), let last = path.split(separator: "/").last, let dot = last.lastIndex(of: ".")
    else { return false }
    let ext = last[last.index(after: dot)...]
    return (1...5).contains(ext.count) && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      && ext.contains { $0.isLetter }
  }
}
