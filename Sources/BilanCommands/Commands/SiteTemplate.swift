import BilanCore
import Foundation

/// `publish --init`: bilan's own theme (`SiteTheme`, the repository's `theme/` folder) around the content
/// bilan writes. A file of the site that exists is never written again: the user's edits stay theirs.
enum SiteTemplate {
  static let configs = ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json"]

  static func hasConfig(_ root: String) -> Bool {
    configs.contains { FileManager.default.fileExists(atPath: root + "/" + $0) }
  }

  /// The language an existing site says it is in (`defaultContentLanguage`, else `languageCode`, in
  /// its TOML, YAML or JSON configuration); nil when it has none bilan knows.
  static func language(of root: String) -> Language? {
    for config in configs {
      guard let data = FileManager.default.contents(atPath: root + "/" + config) else { continue }
      for key in ["defaultContentLanguage", "languageCode"] {
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
          let text = line.trimmingCharacters(in: .whitespaces)
          guard text.hasPrefix(key) || text.hasPrefix("\"\(key)\"") else { continue }
          let value = text.drop { $0 != "=" && $0 != ":" }.dropFirst()
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t\"',"))
          if let language = Language(rawValue: String(value.prefix(2)).lowercased()) { return language }
        }
      }
    }
    return nil
  }

  /// Writes what is missing: a site with its own configuration keeps it, but gets the layouts it lacks.
  static func create(at root: String, language: Language, _ context: Context) throws {
    let fm = FileManager.default
    let configured = hasConfig(root)
    for (path, text) in SiteTheme.files(language).sorted(by: { $0.key < $1.key }) {
      let full = root + "/" + path
      AtomicFile.removeStaleTemporaries(of: full)
      if fm.fileExists(atPath: full) || (configured && path == "hugo.toml") { continue }
      try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(Data(text.utf8), to: full)
    }
    context.tell(
      configured
        ? context.say(PublishMessage.siteCompleted(root)) : context.say(PublishMessage.siteCreated(root)))
  }
}
