import Foundation

/// The theme `publish --init` writes: the files of the repository's `theme/` folder, embedded at build
/// time (`EmbedPromptsPlugin`), so that an installed binary carries them. Layouts, partials, the
/// stylesheet, the script and the words (`i18n/`) are the same for every site; the configuration is
/// the site's language's (`hugo.fr.toml` or `hugo.en.toml`, written as `hugo.toml`).
public enum SiteTheme {
  /// Every file of the theme for a site in `language`, by its path in the site.
  public static func files(_ language: Language) -> [String: String] {
    var files: [String: String] = [:]
    for (path, text) in EmbeddedTheme.files {
      if path.hasPrefix("hugo.") {
        if path == "hugo.\(language.rawValue).toml" { files["hugo.toml"] = text }
      } else {
        files[path] = text
      }
    }
    return files
  }
}
